//! One plan: a procedure a person had, and what they ticked since; what they fill in to
//! start one.

use std::collections::BTreeSet;

use crate::model::Procedure;

use super::super::by_procedure::{aftercare_plan, task};
use super::super::date::Date;
use super::super::schedule::{tick_key, AftercarePlan};
use super::{default_name, MAX_REGION_CHARS};

/// One procedure a person had, and what they ticked since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub id: String,
    /// The name the person gave it; empty if they gave none: it is then shown by its
    /// procedure and place, in the reader's language ([`Plan::shown_name`]), so stored data
    /// never depends on the language it was made in.
    pub name: String,
    pub procedure: Procedure,
    /// A region id from the body map, if the person chose one.
    pub region: Option<String>,
    /// The procedure day (day 0).
    pub date: Date,
    /// Ticked tasks: `<task-id>@<day>` for daily tasks, `<task-id>` for one-off tasks.
    /// Only keys of this procedure's tasks, within their windows, are ever present.
    pub ticks: BTreeSet<String>,
}

impl Plan {
    /// The name to show: the person's, else its procedure and place in the active language
    /// ("Micro-dermal, nape of the neck").
    pub fn shown_name(&self) -> String {
        if self.name.is_empty() {
            default_name(self.procedure, self.region.as_deref())
        } else {
            self.name.clone()
        }
    }

    /// The aftercare data for this plan's procedure.
    pub fn data(&self) -> &'static AftercarePlan {
        aftercare_plan(self.procedure)
    }

    /// 0 on the procedure day; negative if it is still ahead.
    pub fn day_number(&self, today: Date) -> i64 {
        today.days_since(self.date)
    }

    /// Whether the plan is past its last day.
    pub fn is_complete(&self, today: Date) -> bool {
        self.day_number(today) > i64::from(self.data().last_day)
    }

    /// Whether `task_id` is ticked (on `day`, for a daily task; any day for a one-off task).
    pub fn is_done(&self, task_id: &str, day: u16) -> bool {
        task(self.procedure, task_id).is_some_and(|t| self.ticks.contains(&tick_key(t, day)))
    }
}

/// What a person fills in to start a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPlan {
    /// May be empty: the plan is then shown by its procedure and region.
    pub name: String,
    pub procedure: Procedure,
    pub region: Option<String>,
    pub date: Date,
}

pub(crate) fn is_region_id(s: &str) -> bool {
    (1..=MAX_REGION_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
