//! What to do on which day after each procedure, as static, sourced data, and the
//! "today" view a plan gives on a given date.
//!
//! Editing guide: a task is one `Task { .. }` entry. Every task cites at least one
//! [`SourceId`] and says why in `why`; days count from the procedure day (day 0) and are
//! inclusive. A task whose `to_day` is `None` runs to the end of the plan. Host tests check
//! ids, windows and sources.

use crate::model::Procedure;
use crate::sources::SourceId::{self, *};

use super::date::Date;
use super::plans::Plan;

/// Where in the healing a day falls. Microneedling has no `Settling` phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// The plan's date is still ahead (the device clock moved back, or an imported plan).
    BeforeProcedure,
    /// Day 0.
    ProcedureDay,
    /// Dermal: the plaster weeks (days 1-13). Microneedling: the first week (days 1-7).
    Early,
    /// Dermal: days 14-89 (seed 000's one-to-three-month window). Microneedling: days 8-42.
    Healing,
    /// Dermal only: days 90-180, the studios' three-to-six-month stabilisation.
    Settling,
    /// Past the plan's last day.
    Complete,
}

/// Whether a task is ticked once per day or once for good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Repeat {
    /// Ticked separately for each day of its window (tick key `<task-id>@<day>`).
    Daily,
    /// Ticked once (tick key `<task-id>`), at any day of its window.
    Once,
}

/// One thing to do (or to avoid) after a procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Task {
    /// Stable id, stored in people's plans: lowercase ascii, digits and '-'. Never reuse one.
    pub id: &'static str,
    pub title: &'static str,
    /// Why, in plain words, naming where the advice comes from.
    pub why: &'static str,
    /// The phase the task belongs to (where it starts).
    pub phase: Phase,
    /// First day, 0 = procedure day.
    pub from_day: u16,
    /// Last day, inclusive; `None` = to the end of the plan.
    pub to_day: Option<u16>,
    pub repeat: Repeat,
    pub sources: &'static [SourceId],
}

impl Task {
    /// The last day of the task's window within a plan that ends on `last_day`.
    pub fn last_day(&self, plan_last_day: u16) -> u16 {
        self.to_day.unwrap_or(plan_last_day).min(plan_last_day)
    }

    /// Whether `day` lies within the task's window.
    pub fn covers(&self, day: i64, plan_last_day: u16) -> bool {
        i64::from(self.from_day) <= day && day <= i64::from(self.last_day(plan_last_day))
    }
}

/// A stretch of the healing, with what to expect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseInfo {
    pub phase: Phase,
    pub title: &'static str,
    pub from_day: u16,
    pub to_day: u16,
    pub summary: &'static str,
    pub sources: &'static [SourceId],
}

/// A sourced note, e.g. what to say when a plan ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: &'static str,
    pub sources: &'static [SourceId],
}

/// A date worth a calendar entry (all-day; `to_day` inclusive for multi-day windows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyDate {
    /// Stable id, used in the calendar event's UID.
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub from_day: u16,
    pub to_day: u16,
    pub sources: &'static [SourceId],
}

/// Everything Dermamap knows about caring for one procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AftercarePlan {
    pub procedure: Procedure,
    /// The last day of the plan; it is complete from the day after.
    pub last_day: u16,
    pub tasks: &'static [Task],
    /// In day order, covering 0..=last_day without gaps.
    pub phases: &'static [PhaseInfo],
    pub key_dates: &'static [KeyDate],
    /// Said when the plan is complete: healing may take longer than the plan.
    pub closing: Note,
}

const DERMAL_TASKS: &[Task] = &[
    Task {
        id: "dermal-plaster",
        title: "Keep the plaster on",
        why: "The plaster holds the anchor in place while the skin starts to grow around it; taken off too early, the jewellery is almost certain to pop out. Seed 001's piercer says at least one week and recommends two; seed 000 says to keep it covered for a few days. Follow your own piercer if they say otherwise.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(13),
        repeat: Repeat::Daily,
        sources: &[Seed001, Seed000],
    },
    Task {
        id: "dermal-plaster-off",
        title: "Plaster off: ask your piercer if you are unsure",
        why: "After about two weeks the skin has usually healed just enough to hold the anchor while it keeps healing (seed 001).",
        phase: Phase::Healing,
        from_day: 14,
        to_day: Some(20),
        repeat: Repeat::Once,
        sources: &[Seed001],
    },
    Task {
        id: "dermal-clean",
        title: "Clean it with sterile 0.9% saline",
        why: "Regular gentle cleaning helps it heal without infection. Seed 000 says a sea-salt solution on a cotton swab; the Association of Professional Piercers no longer recommends home-mixed salt and advises sterile 0.9% saline wound wash. While the plaster is on, follow your piercer's instructions for cleaning around it.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[App, Seed000],
    },
    Task {
        id: "dermal-clean-hands",
        title: "Touch it only with freshly washed hands",
        why: "Dirty hands carry germs into a fresh wound; seed 000 says to touch the area only with clean hands.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000, App],
    },
    Task {
        id: "dermal-dry",
        title: "Pat it dry with clean disposable paper",
        why: "Fabric towels hold bacteria and can snag the top. Seed 000 says to wipe it dry with something clean; piercers' aftercare standards prefer clean disposable paper.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000, App],
    },
    Task {
        id: "dermal-crust",
        title: "Gently clean away crust, never pick it",
        why: "A whitish-yellow crust is normal while it heals; seed 000 says to clean it gently off the jewellery rather than pull at it.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000, App],
    },
    Task {
        id: "dermal-no-soaking",
        title: "No swimming, baths, hot tubs or saunas",
        why: "Pools, baths and saunas soak a healing wound in water that is not clean. Seed 000 says no swimming for the first days; piercers' aftercare standards say no soaking at all while it heals.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000, App],
    },
    Task {
        id: "dermal-hands-off",
        title: "Don't play with, twist or remove the jewellery",
        why: "Moving the top disturbs the anchor while skin grows around it (seed 000). Tops are changed only once it has fully healed, after a few months, and the anchor is removed by a professional (seed 001).",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000, Seed001],
    },
    Task {
        id: "dermal-loose-clothes",
        title: "Wear loose clothes over it",
        why: "Tight clothes and straps rub and catch on the top, which can irritate it or pull the anchor (seed 000).",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000],
    },
    Task {
        id: "dermal-no-products",
        title: "Keep make-up, lotions and chemicals away from it",
        why: "Seed 000 says no cosmetics or chemicals in or around it. Piercers following professional standards also advise against alcohol, hydrogen peroxide, antibacterial soaps, iodine and ointments, which irritate healing skin.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000, App],
    },
    Task {
        id: "dermal-no-contact",
        title: "Avoid contact sports and knocks",
        why: "A knock can dislodge the anchor or damage the tissue around it; seed 000 says to avoid sports and outdoor games to prevent injuries.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed000],
    },
    Task {
        id: "dermal-healing-check",
        title: "Check how it has healed, with your piercer if unsure",
        why: "Seed 000 puts healing at one to three months, longer after an infection; studios say full stabilisation takes three to six months. If it is still tender, red or crusty, keep up the care.",
        phase: Phase::Settling,
        from_day: 90,
        to_day: None,
        repeat: Repeat::Once,
        sources: &[Seed000, BerlinPiercing, BiologyInsights],
    },
];

const DERMAL_PHASES: &[PhaseInfo] = &[
    PhaseInfo {
        phase: Phase::ProcedureDay,
        title: "Procedure day",
        from_day: 0,
        to_day: 0,
        summary: "The piercer covers the piercing with a plaster that holds the anchor while the skin starts to grow around it. A little bleeding is common.",
        sources: &[Seed001],
    },
    PhaseInfo {
        phase: Phase::Early,
        title: "Plaster weeks",
        from_day: 1,
        to_day: 13,
        summary: "Keep the plaster on: after about two weeks the skin has usually healed just enough to hold the anchor. Some swelling, bruising and a whitish-yellow crust are normal early on.",
        sources: &[Seed001, App],
    },
    PhaseInfo {
        phase: Phase::Healing,
        title: "Healing",
        from_day: 14,
        to_day: 89,
        summary: "Healing usually takes one to three months, longer if it gets infected. Keep cleaning it and keep it safe from knocks, friction and soaking.",
        sources: &[Seed000],
    },
    PhaseInfo {
        phase: Phase::Settling,
        title: "Settling in",
        from_day: 90,
        to_day: 180,
        summary: "Studios describe the pocket around the anchor forming in two to four months and full stabilisation taking three to six months. Keep up the care while it is still tender or crusty.",
        sources: &[BerlinPiercing, BiologyInsights],
    },
];

const DERMAL_KEY_DATES: &[KeyDate] = &[
    KeyDate {
        id: "plaster-off",
        title: "plaster can come off",
        description: "After about two weeks the skin has usually healed just enough to hold the anchor (seed 001). Ask your piercer if you are unsure.",
        from_day: 14,
        to_day: 14,
        sources: &[Seed001],
    },
    KeyDate {
        id: "healing-window-ends",
        title: "one-to-three-month healing window ends",
        description: "Seed 000 puts healing at one to three months; it can take longer, especially after an infection. Keep up the care while it is still tender, red or crusty.",
        from_day: 90,
        to_day: 90,
        sources: &[Seed000],
    },
    KeyDate {
        id: "plan-ends",
        title: "aftercare plan ends",
        description: "Studios say a dermal anchor takes three to six months to stabilise fully; yours may take longer. See your piercer if anything looks wrong.",
        from_day: 180,
        to_day: 180,
        sources: &[BerlinPiercing, BiologyInsights],
    },
];

const MICRONEEDLING_TASKS: &[Task] = &[
    Task {
        id: "mn-no-washing",
        title: "Don't wash the treated skin for the rest of today",
        why: "The tiny channels the needles made are still open; seed 003 says to avoid washing the skin for the rest of the day.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(0),
        repeat: Repeat::Daily,
        sources: &[Seed003],
    },
    Task {
        id: "mn-no-heat",
        title: "Avoid heat, sun, the gym and anything that makes you sweat",
        why: "Heat and sweat irritate freshly needled skin; seed 003 says to avoid heat (including the sun) and the gym, and to be very gentle with the skin for a couple of days.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(2),
        repeat: Repeat::Daily,
        sources: &[Seed003],
    },
    Task {
        id: "mn-gentle",
        title: "Be gentle: no scrubbing, and don't pick at dry or flaking skin",
        why: "Seed 003 says to be very gentle with the skin for a couple of days while it starts to repair.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(2),
        repeat: Repeat::Daily,
        sources: &[Seed003],
    },
    Task {
        id: "mn-no-makeup",
        title: "No make-up yet",
        why: "Seed 002 says to let the skin heal before applying any make-up; once it has, concealer can cover the redness. Dermamap's research notes put the wait at 24-48 hours: ask your clinician for your skin.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(1),
        repeat: Repeat::Daily,
        sources: &[Seed002],
    },
    Task {
        id: "mn-sunscreen",
        title: "Use sunscreen every day and keep out of strong sun",
        why: "Needled skin is more sensitive to sunlight. Seed 002 says to keep it protected for at least a week; seed 004 says to protect it with sunblock whenever you go out. Carry on after this week if your clinician advises.",
        phase: Phase::Early,
        from_day: 1,
        to_day: Some(7),
        repeat: Repeat::Daily,
        sources: &[Seed002, Seed004],
    },
    Task {
        id: "mn-no-actives",
        title: "No retinoids, acids or vitamin C yet",
        why: "Strong active ingredients sting and irritate skin that is still repairing; seed 002 says to keep the skin protected from harsh chemicals for at least a week. Ask your clinician when to restart them.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(6),
        repeat: Repeat::Daily,
        sources: &[Seed002],
    },
    Task {
        id: "mn-moisturise",
        title: "Moisturise",
        why: "Dryness is a common side effect; seed 004 says to use plenty of moisturiser or serum to keep the skin from drying out.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: None,
        repeat: Repeat::Daily,
        sources: &[Seed004],
    },
    Task {
        id: "mn-no-needling",
        title: "Don't needle or roll the area again yet",
        why: "The skin needs time to rebuild between sessions; seed 004 says to wait at least four weeks before needling again.",
        phase: Phase::ProcedureDay,
        from_day: 0,
        to_day: Some(27),
        repeat: Repeat::Daily,
        sources: &[Seed004],
    },
    Task {
        id: "mn-next-session",
        title: "Next session due: book it if your course continues",
        why: "Most people need several sessions. Seed 004 says to repeat after four to five weeks; a 2024 study of acne scars found four-week spacing worked better than two, and courses are usually spaced four to six weeks apart.",
        phase: Phase::Healing,
        from_day: 28,
        to_day: Some(42),
        repeat: Repeat::Once,
        sources: &[Seed004, Minutilli2024, Seed002],
    },
];

const MICRONEEDLING_PHASES: &[PhaseInfo] = &[
    PhaseInfo {
        phase: Phase::ProcedureDay,
        title: "Treatment day",
        from_day: 0,
        to_day: 0,
        summary: "Redness and irritation are normal for the first few days: they are the skin's reaction to the tiny injuries. Be very gentle with it.",
        sources: &[Seed002, Seed003],
    },
    PhaseInfo {
        phase: Phase::Early,
        title: "First week",
        from_day: 1,
        to_day: 7,
        summary: "The skin is more sensitive to sunlight and harsh chemicals for at least a week. Dryness is a common side effect: moisturise.",
        sources: &[Seed002, Seed004],
    },
    PhaseInfo {
        phase: Phase::Healing,
        title: "Rebuilding",
        from_day: 8,
        to_day: 42,
        summary: "The skin rebuilds collagen over the following weeks; results show after several weeks and build over months. Wait at least four weeks before the next session.",
        sources: &[Seed002, Seed004],
    },
];

const MICRONEEDLING_KEY_DATES: &[KeyDate] = &[
    KeyDate {
        id: "sunscreen-week-ends",
        title: "last day of the sunscreen week",
        description: "Seed 002 says to keep needled skin protected from the sun for at least a week; keep using sunscreen outdoors if your clinician advises.",
        from_day: 7,
        to_day: 7,
        sources: &[Seed002, Seed004],
    },
    KeyDate {
        id: "next-session",
        title: "next session due",
        description: "Seed 004 says to wait at least four weeks and repeat after four to five weeks; courses are usually spaced four to six weeks apart (Minutilli 2024). Book it with your clinician if your course continues.",
        from_day: 28,
        to_day: 42,
        sources: &[Seed004, Minutilli2024],
    },
];

pub static DERMAL: AftercarePlan = AftercarePlan {
    procedure: Procedure::Dermal,
    last_day: 180,
    tasks: DERMAL_TASKS,
    phases: DERMAL_PHASES,
    key_dates: DERMAL_KEY_DATES,
    closing: Note {
        text: "This plan ends after six months, but a dermal can take longer to settle: seed 000 gives one to three months, studios three to six for full stabilisation. Keep caring for it while it is tender, red or crusty, and see your piercer if it changes. Dermals are long-term but temporary: most reject and push out after a few years (seed 001).",
        sources: &[Seed000, BerlinPiercing, BiologyInsights, Seed001],
    },
};

pub static MICRONEEDLING: AftercarePlan = AftercarePlan {
    procedure: Procedure::Microneedling,
    last_day: 42,
    tasks: MICRONEEDLING_TASKS,
    phases: MICRONEEDLING_PHASES,
    key_dates: MICRONEEDLING_KEY_DATES,
    closing: Note {
        text: "This plan covers the six weeks after one session. Results build over months and most people need several sessions; a typical course is three to six sessions, four to six weeks apart. Start a new plan on the day of your next session.",
        sources: &[Seed002, Seed003, Minutilli2024],
    },
};

/// The aftercare data for a procedure.
pub fn aftercare_plan(procedure: Procedure) -> &'static AftercarePlan {
    match procedure {
        Procedure::Dermal => &DERMAL,
        Procedure::Microneedling => &MICRONEEDLING,
    }
}

/// The tasks for a procedure, in display order.
pub fn tasks_for(procedure: Procedure) -> &'static [Task] {
    aftercare_plan(procedure).tasks
}

/// A task of that procedure, by id.
pub fn task(procedure: Procedure, id: &str) -> Option<&'static Task> {
    tasks_for(procedure).iter().find(|t| t.id == id)
}

/// The phase a day falls in (day 0 = procedure day; negative = before it).
pub fn phase_on(procedure: Procedure, day: i64) -> Phase {
    let plan = aftercare_plan(procedure);
    if day < 0 {
        return Phase::BeforeProcedure;
    }
    plan.phases
        .iter()
        .find(|p| i64::from(p.from_day) <= day && day <= i64::from(p.to_day))
        .map_or(Phase::Complete, |p| p.phase)
}

/// One task as it stands on a given day of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskOnDay {
    pub task: &'static Task,
    /// The key [`Plans::toggle`](super::Plans::toggle) and the stored ticks use.
    pub key: String,
    pub done: bool,
    /// First and last dates of the task's window.
    pub from: Date,
    pub to: Date,
    /// Whether today is the last day of the window.
    pub last_day: bool,
}

/// A task that has not started yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upcoming {
    pub task: &'static Task,
    pub starts: Date,
    pub ends: Date,
    /// Days from today until it starts (at least 1).
    pub in_days: i64,
}

/// What a plan asks of a person on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayView {
    pub date: Date,
    /// 0 = procedure day; negative if the plan's date is still ahead.
    pub day_number: i64,
    pub phase: Phase,
    /// What to expect in this phase; `None` before the procedure and once complete.
    pub phase_info: Option<&'static PhaseInfo>,
    /// Tasks whose window covers today, in display order.
    pub today_tasks: Vec<TaskOnDay>,
    /// Tasks still to start, soonest first.
    pub upcoming: Vec<Upcoming>,
    /// Past the plan's last day.
    pub complete: bool,
    /// Set once complete: healing may take longer than the plan.
    pub closing: Option<&'static Note>,
}

/// The tick key for a task on a day: `<task-id>@<day>` for daily tasks, `<task-id>` for one-off.
pub fn tick_key(task: &Task, day: u16) -> String {
    match task.repeat {
        Repeat::Daily => format!("{}@{}", task.id, day),
        Repeat::Once => task.id.to_string(),
    }
}

/// The plan as it stands on `today`.
pub fn today_view(plan: &Plan, today: Date) -> DayView {
    let data = aftercare_plan(plan.procedure);
    let day_number = today.days_since(plan.date);
    let phase = phase_on(plan.procedure, day_number);
    let complete = day_number > i64::from(data.last_day);
    let date_of = |day: u16| plan.date.add_days(i64::from(day));

    let today_tasks = if complete {
        Vec::new()
    } else {
        data.tasks
            .iter()
            .filter(|t| t.covers(day_number, data.last_day))
            .map(|t| {
                // `covers` bounds day_number to 0..=last_day, so it fits in u16.
                let day = u16::try_from(day_number).unwrap_or(0);
                let key = tick_key(t, day);
                let last = t.last_day(data.last_day);
                TaskOnDay {
                    task: t,
                    done: plan.ticks.contains(&key),
                    key,
                    from: date_of(t.from_day),
                    to: date_of(last),
                    last_day: i64::from(last) == day_number,
                }
            })
            .collect()
    };

    let mut upcoming: Vec<Upcoming> = if complete {
        Vec::new()
    } else {
        data.tasks
            .iter()
            .filter(|t| i64::from(t.from_day) > day_number)
            .map(|t| Upcoming {
                task: t,
                starts: date_of(t.from_day),
                ends: date_of(t.last_day(data.last_day)),
                in_days: i64::from(t.from_day) - day_number,
            })
            .collect()
    };
    upcoming.sort_by_key(|u| u.in_days);

    DayView {
        date: today,
        day_number,
        phase,
        phase_info: data.phases.iter().find(|p| p.phase == phase),
        today_tasks,
        upcoming,
        complete,
        closing: complete.then_some(&data.closing),
    }
}
