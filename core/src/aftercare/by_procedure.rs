//! The aftercare data of each procedure, and lookups into it: the plan, its tasks, a task by
//! id, the phase a day falls in.

use crate::model::Procedure;

use super::dermal_plan::DERMAL;
use super::microneedling_plan::MICRONEEDLING;
use super::schedule::{AftercarePlan, Phase, Task};

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
