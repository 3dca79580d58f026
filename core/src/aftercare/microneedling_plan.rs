//! Aftercare after one microneedling session, as sourced data: five weeks of tasks, phases and
//! key dates, up to when the article “What is micro needling” says to repeat (four to five weeks).
//!
//! Editing guide: a task is one `Task::new(..)` entry. Every task cites at least one
//! [`SourceId`](crate::sources::SourceId) and says why in `why`; days count from the procedure day (day 0) and are
//! inclusive. A task whose `to_day` is `None` runs to the end of the plan. Host tests check
//! ids, windows and sources.

use crate::model::Procedure;
use crate::sources::SourceId::*;

use super::schedule::{AftercarePlan, KeyDate, Note, Phase, PhaseInfo, Repeat, Task};

pub static MICRONEEDLING: AftercarePlan = AftercarePlan {
    procedure: Procedure::Microneedling,
    last_day: 35,
    tasks: MICRONEEDLING_TASKS,
    phases: MICRONEEDLING_PHASES,
    key_dates: MICRONEEDLING_KEY_DATES,
    closing: Note {
        text: text!("This plan runs until the next session is due: the article “What is micro needling” says to repeat after four to five weeks. Results build over months and most people need several sessions; the sources give no typical number. Start a new plan on the day of your next session."),
        sources: &[Seed002, Seed003, Seed004],
    },
};

const MICRONEEDLING_TASKS: &[Task] = &[
    Task::new(
        Repeat::Daily,
        "mn-no-washing",
        "Don't wash the treated skin for the rest of today",
        "Fillers Direct says to avoid washing the skin for the rest of the day.",
        (Phase::ProcedureDay, 0, Some(0)),
        &[Seed003],
    ),
    Task::new(
        Repeat::Daily,
        "mn-no-heat",
        "Avoid heat, sun, the gym and anything that makes you sweat",
        "Fillers Direct says to avoid heat (including the sun) and the gym, and to be very gentle with the skin for a couple of days.",
        (Phase::ProcedureDay, 0, Some(2)),
        &[Seed003],
    ),
    Task::new(
        Repeat::Daily,
        "mn-gentle",
        "Be very gentle with the skin",
        "Fillers Direct says to be very gentle with the skin for a couple of days while it starts to repair.",
        (Phase::ProcedureDay, 0, Some(2)),
        &[Seed003],
    ),
    // Once: the source gives no number of days without make-up (the retired daily
    // "mn-no-makeup" ended on day 2, a figure no source gives; its ticks are dropped on load).
    Task::new(
        Repeat::Once,
        "mn-makeup-when",
        "Ask when you can wear make-up again",
        "The article “How do you define micro-needling?” says to let the skin heal before applying any make-up; once it has, concealer can cover the redness. It gives no number of days: ask your practitioner when your skin is ready.",
        (Phase::ProcedureDay, 0, Some(7)),
        &[Seed002],
    ),
    Task::new(
        Repeat::Daily,
        "mn-sunscreen",
        "Use sunblock and keep out of the sun",
        "Needled skin is more sensitive to sunlight. The article “How do you define micro-needling?” says to keep it protected for at least a week; the article “What is micro needling” says to protect it with sunblock whenever you go out. Carry on after this week if your clinician advises.",
        (Phase::Early, 1, Some(7)),
        &[Seed002, Seed004],
    ),
    Task::new(
        Repeat::Daily,
        "mn-no-actives",
        "Keep harsh chemicals off the skin",
        "The article “How do you define micro-needling?” says to keep the skin protected from harsh chemicals for at least a week. Ask your practitioner which of your skincare products to leave off, and when to restart them.",
        (Phase::ProcedureDay, 0, Some(7)),
        &[Seed002],
    ),
    Task::new(
        Repeat::Daily,
        "mn-moisturise",
        "Moisturise",
        "Dryness is a common side effect; the article “What is micro needling” says to use plenty of moisturiser or serum to keep the skin from drying out.",
        (Phase::ProcedureDay, 0, None),
        &[Seed004],
    ),
    Task::new(
        Repeat::Daily,
        "mn-no-needling",
        "Don't needle or roll the area again yet",
        "The skin needs time to rebuild between sessions; the article “What is micro needling” says to wait at least four weeks before needling again.",
        (Phase::ProcedureDay, 0, Some(27)),
        &[Seed004],
    ),
    Task::new(
        Repeat::Once,
        "mn-next-session",
        "Next session due: book it if your course continues",
        "Most people need several sessions. The article “What is micro needling” says to repeat after four to five weeks; for acne scars, a 2024 journal commentary (Minutilli 2024) found four-week spacing better than two.",
        (Phase::Healing, 28, Some(35)),
        &[Seed004, Minutilli2024, Seed002],
    ),
];

const MICRONEEDLING_PHASES: &[PhaseInfo] = &[
    PhaseInfo {
        phase: Phase::ProcedureDay,
        title: text!("Treatment day"),
        from_day: 0,
        to_day: 0,
        summary: text!("Redness and irritation are normal for the first few days: they are the skin's reaction to the tiny injuries. Be very gentle with it."),
        sources: &[Seed002, Seed003],
    },
    PhaseInfo {
        phase: Phase::Early,
        title: text!("First week"),
        from_day: 1,
        to_day: 7,
        summary: text!("The skin is more sensitive to sunlight and harsh chemicals for at least a week. Dryness is a common side effect: moisturise."),
        sources: &[Seed002, Seed004],
    },
    PhaseInfo {
        phase: Phase::Healing,
        title: text!("Rebuilding"),
        from_day: 8,
        to_day: 35,
        summary: text!("The skin rebuilds collagen over the following weeks; results show after several weeks and build over months. The article “What is micro needling”: wait at least four weeks before the next session."),
        sources: &[Seed002, Seed004],
    },
];

const MICRONEEDLING_KEY_DATES: &[KeyDate] = &[
    KeyDate {
        id: "sunscreen-week-ends",
        title: text!("last day of the sunscreen week"),
        description: text!("The article “How do you define micro-needling?” says to keep needled skin protected from the sun for at least a week; keep using sunscreen outdoors if your clinician advises."),
        from_day: 7,
        to_day: 7,
        sources: &[Seed002, Seed004],
    },
    KeyDate {
        id: "next-session",
        title: text!("next session due"),
        description: text!("The article “What is micro needling” says to wait at least four weeks and repeat after four to five weeks; for acne scars, a 2024 journal commentary found four-week spacing better than two (Minutilli 2024). Book it with your practitioner if your course continues."),
        from_day: 28,
        to_day: 35,
        sources: &[Seed004, Minutilli2024],
    },
];
