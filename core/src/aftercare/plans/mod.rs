//! A person's aftercare plans: one per procedure they had, with the tasks they ticked.
//! `Plans` is the only way to change them, so its limits always hold.
//!
//! - `plan.rs`: one [`Plan`], and the [`NewPlan`] a person fills in to start one; what a
//!   region id may be;
//! - `plan_id.rs`: its [`PlanId`], derived from its content, so one plan from two devices
//!   merges as one; what an id may be;
//! - `plan_name.rs`: its name, cleaned, or by default its procedure and place ([`default_name`]);
//! - `plan_error.rs`: why a change was refused ([`PlanError`]);
//! - `merge_report.rs`: what an import added, kept and left out ([`MergeReport`]).

mod merge_report;
mod plan;
mod plan_error;
mod plan_id;
mod plan_name;

use std::collections::BTreeSet;

use crate::text::one_line;

use super::by_procedure::task;
use super::date::Date;
use super::schedule::{tick_key, Repeat};

pub use merge_report::MergeReport;
pub(crate) use plan::is_region_id;
pub use plan::{NewPlan, Plan};
pub use plan_error::PlanError;
pub use plan_id::PlanId;
pub(crate) use plan_id::{is_plan_id, unique_id};
pub use plan_name::default_name;
#[cfg(test)]
pub(crate) use plan_name::is_default_name;
pub(crate) use plan_name::{normalise_name, person_given};

/// At most this many plans are kept (and imported).
pub const MAX_PLANS: usize = 20;
/// A plan's name is 1..=60 characters once trimmed.
pub const MAX_NAME_CHARS: usize = 60;
/// Region ids (from the body map) are 1..=40 of `a-z`, `0-9`, `-`.
pub const MAX_REGION_CHARS: usize = 40;
/// Plan ids are 1..=64 of `A-Z`, `a-z`, `0-9`, `-`, `_`.
pub const MAX_ID_CHARS: usize = 64;
/// Procedure dates before this year are refused as typing mistakes.
pub const MIN_YEAR: i32 = 1900;

/// A person's plans, in the order they were added. At most [`MAX_PLANS`], ids unique.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plans(Vec<Plan>);

impl Plans {
    pub fn new() -> Self {
        Plans(Vec::new())
    }

    /// For the storage layer, which checks each plan first.
    pub(crate) fn from_checked(plans: Vec<Plan>) -> Self {
        debug_assert!(plans.len() <= MAX_PLANS);
        Plans(plans)
    }

    /// Starts a plan. The name is trimmed (control characters removed) and defaults to the
    /// procedure and region; the date must not be after `today`.
    pub fn add(&mut self, new: NewPlan, today: Date) -> Result<PlanId, PlanError> {
        if self.0.len() >= MAX_PLANS {
            return Err(PlanError::TooManyPlans);
        }
        if new.date > today {
            return Err(PlanError::FutureDate {
                date: new.date,
                today,
            });
        }
        if new.date.year() < MIN_YEAR {
            return Err(PlanError::DateTooOld { date: new.date });
        }
        let region = match one_line(new.region.as_deref().unwrap_or("")) {
            r if r.is_empty() => None,
            r if is_region_id(&r) => Some(r),
            _ => return Err(PlanError::InvalidRegion),
        };
        let name = match one_line(&new.name) {
            n if n.chars().count() > MAX_NAME_CHARS => {
                return Err(PlanError::NameTooLong {
                    chars: n.chars().count(),
                })
            }
            n => person_given(n, new.procedure, region.as_deref()),
        };
        let id = unique_id(&self.0, new.procedure, new.date, region.as_deref(), &name);
        self.0.push(Plan {
            id: id.clone(),
            name,
            procedure: new.procedure,
            region,
            date: new.date,
            ticks: BTreeSet::new(),
        });
        Ok(PlanId(id))
    }

    /// Removes a plan; returns it, or `None` if no plan has that id.
    pub fn remove(&mut self, id: &str) -> Option<Plan> {
        let at = self.0.iter().position(|p| p.id == id)?;
        Some(self.0.remove(at))
    }

    /// Ticks or unticks a task (daily tasks per day; `day` is ignored for one-off tasks).
    /// Returns whether it is now done.
    pub fn toggle(&mut self, id: &str, task_id: &str, day: u16) -> Result<bool, PlanError> {
        let plan = self
            .0
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(PlanError::NotFound)?;
        let t = task(plan.procedure, task_id).ok_or(PlanError::UnknownTask)?;
        if t.repeat == Repeat::Daily && !t.covers(i64::from(day), plan.data().last_day) {
            return Err(PlanError::DayOutsideTask { day });
        }
        let key = tick_key(t, day);
        if plan.ticks.remove(&key) {
            Ok(false)
        } else {
            plan.ticks.insert(key);
            Ok(true)
        }
    }

    /// Whether a plan's task is ticked; `false` for unknown plans or tasks.
    pub fn is_done(&self, id: &str, task_id: &str, day: u16) -> bool {
        self.get(id).is_some_and(|p| p.is_done(task_id, day))
    }

    pub fn get(&self, id: &str) -> Option<&Plan> {
        self.0.iter().find(|p| p.id == id)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Plan> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether another plan can be added.
    pub fn is_full(&self) -> bool {
        self.0.len() >= MAX_PLANS
    }

    /// Adds the imported plans this list does not have yet, while there is room, and says
    /// exactly which were added, which were already here and which did not fit.
    pub fn merge_import(&mut self, other: Plans) -> MergeReport {
        let mut report = MergeReport::default();
        for plan in other.0 {
            if self.get(&plan.id).is_some() {
                report.already_here.push(plan.shown_name());
            } else if self.is_full() {
                report.no_room.push(plan.shown_name());
            } else {
                report.added.push(plan.shown_name());
                self.0.push(plan);
            }
        }
        report
    }
}

impl<'a> IntoIterator for &'a Plans {
    type Item = &'a Plan;
    type IntoIter = std::slice::Iter<'a, Plan>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
