//! Aftercare: day-by-day plans after a micro-dermal piercing or a microneedling session,
//! warning signs, the stored record and its migrations, export/import, and calendar files.
//!
//! - [`date`] holds a local calendar date and its arithmetic (no clock: "today" is passed in).
//! - [`schedule`] holds the shape of a plan (tasks, phases, key dates) and its lookups;
//!   [`dermal_plan`] and [`microneedling_plan`] hold the sourced data for each procedure,
//!   [`by_procedure`] finds it.
//! - [`plan_start`] holds the choices a link starts a new plan from.
//! - [`today`] holds what a plan asks on one day ([`today_view`]).
//! - [`plans`] holds a person's [`Plans`], their limits and ticks.
//! - [`signs`] (in `content/warning_signs.rs`) holds [`WARNING_SIGNS`] in three tiers and
//!   [`advice_for`]; `ticked_signs` keeps the ticked ones apart from the plans.
//! - [`storage`] holds [`decode`], [`encode`], [`export_json`] and [`import_json`] (versions 1 and 2).
//! - [`ics`] holds [`calendar_ics`].

pub mod by_procedure;
pub mod date;
pub mod dermal_plan;
pub mod ics;
pub mod microneedling_plan;
pub mod plan_start;
pub mod plans;
pub mod schedule;
/// The warning signs are content (`content::warning_signs`); aftercare offers them.
pub use crate::content::warning_signs as signs;
mod json_problem;
pub mod storage;
mod ticked_signs;
pub mod today;

#[cfg(test)]
mod tests;

pub use by_procedure::{aftercare_plan, phase_on, task, tasks_for};
pub use date::{Date, DateError};
pub use dermal_plan::DERMAL;
pub use ics::calendar_ics;
pub use microneedling_plan::MICRONEEDLING;
pub use plan_start::PlanStart;
pub use plans::{
    default_name, MergeReport, NewPlan, Plan, PlanError, PlanId, Plans, MAX_NAME_CHARS, MAX_PLANS,
};
pub use schedule::{tick_key, AftercarePlan, KeyDate, Note, Phase, PhaseInfo, Repeat, Task};
pub use signs::{
    advice_for, normal_now, warning_sign, warning_signs, Advice, SignKind, Urgency, WarningSign,
    WARNING_SIGNS,
};
pub use storage::{
    backup_key, check_import_size, decode, encode, encode_keeping, export_json, import_json,
    same_record, unknown_fields, Decoded, ImportError, BACKUP_KEY_PREFIX, CURRENT_VERSION,
    MAX_IMPORT_BYTES, STORAGE_KEY,
};
pub use ticked_signs::{TickedSigns, UnreadableSigns, SIGNS_BACKUP_KEY, SIGNS_KEY};
pub use today::{today_view, DayView, TaskOnDay, Upcoming};
