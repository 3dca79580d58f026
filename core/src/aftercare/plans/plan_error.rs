//! Why a change to the plans was refused, in words a person can act on.

use std::fmt;

use crate::locale::fill;

use super::super::date::Date;
use super::{MAX_NAME_CHARS, MAX_PLANS, MIN_YEAR};

/// Why a change to the plans was refused. [`PlanError::message`] says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The procedure date is after today.
    FutureDate { date: Date, today: Date },
    /// The procedure date is before [`MIN_YEAR`].
    DateTooOld { date: Date },
    /// The name has more than [`MAX_NAME_CHARS`] characters.
    NameTooLong { chars: usize },
    /// The region is not a body-map id.
    InvalidRegion,
    /// Already [`MAX_PLANS`] plans.
    TooManyPlans,
    /// No plan has that id.
    NotFound,
    /// The plan's procedure has no task with that id.
    UnknownTask,
    /// A daily task was ticked for a day outside its window.
    DayOutsideTask { day: u16 },
}

impl PlanError {
    pub fn message(&self) -> String {
        match self {
            PlanError::FutureDate { date, today } => fill(
                tr!("The procedure date {date} is after today ({today}). Start the plan on the day of the procedure."),
                &[("date", date), ("today", today)],
            ),
            PlanError::DateTooOld { date } => {
                fill(
                    tr!("The date {date} is before {MIN_YEAR}. Check the year."),
                    &[("date", date), ("MIN_YEAR", &MIN_YEAR)],
                )
            }
            PlanError::NameTooLong { chars } => fill(
                tr!("The name is {chars} characters long; keep it to {MAX_NAME_CHARS} or fewer."),
                &[("chars", chars), ("MAX_NAME_CHARS", &MAX_NAME_CHARS)],
            ),
            PlanError::InvalidRegion => tr!("That body area is not one Dermamap knows.").to_string(),
            PlanError::TooManyPlans => fill(
                tr!("You already have {MAX_PLANS} plans. Remove one you no longer need first."),
                &[("MAX_PLANS", &MAX_PLANS)],
            ),
            PlanError::NotFound => tr!("That plan no longer exists.").to_string(),
            PlanError::UnknownTask => tr!("That task is not part of this plan.").to_string(),
            PlanError::DayOutsideTask { day } => {
                fill(tr!("That task is not due on day {day}."), &[("day", day)])
            }
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for PlanError {}
