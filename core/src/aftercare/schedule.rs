//! The shape of an aftercare plan: tasks, phases, key dates and notes. The plans themselves are data, one file per procedure
//! ([`super::dermal_plan`], [`super::microneedling_plan`]); what a plan asks on a given
//! day is [`super::today`]; [`super::by_procedure`] finds a procedure's plan.

use crate::locale::Text;
use crate::model::Procedure;
use crate::sources::SourceId;

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
    pub title: Text,
    /// Why, in plain words, naming where the advice comes from.
    pub why: Text,
    /// The phase the task belongs to (where it starts).
    pub phase: Phase,
    /// First day, 0 = procedure day.
    pub from_day: u16,
    /// Last day, inclusive; `None` = to the end of the plan.
    pub to_day: Option<u16>,
    pub repeat: Repeat,
    pub sources: &'static [SourceId],
}

/// When a task applies: the phase it belongs to, its first day and its last (inclusive;
/// `None` = to the end of the plan).
pub type Window = (Phase, u16, Option<u16>);

impl Task {
    /// A task: ticked each day of its window (`Repeat::Daily`) or once (`Repeat::Once`).
    pub const fn new(
        repeat: Repeat,
        id: &'static str,
        title: &'static str,
        why: &'static str,
        (phase, from_day, to_day): Window,
        sources: &'static [SourceId],
    ) -> Task {
        Task {
            id,
            title: Text::of(title),
            why: Text::of(why),
            phase,
            from_day,
            to_day,
            repeat,
            sources,
        }
    }

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
    pub title: Text,
    pub from_day: u16,
    pub to_day: u16,
    pub summary: Text,
    pub sources: &'static [SourceId],
}

/// A sourced note, e.g. what to say when a plan ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: Text,
    pub sources: &'static [SourceId],
}

/// A date worth a calendar entry (all-day; `to_day` inclusive for multi-day windows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyDate {
    /// Stable id, used in the calendar event's UID.
    pub id: &'static str,
    pub title: Text,
    pub description: Text,
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

/// The tick key for a task on a day: `<task-id>@<day>` for daily tasks, `<task-id>` for one-off.
pub fn tick_key(task: &Task, day: u16) -> String {
    match task.repeat {
        Repeat::Daily => format!("{}@{}", task.id, day),
        Repeat::Once => task.id.to_string(),
    }
}
