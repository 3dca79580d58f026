//! What a plan asks of a person on one day: the phase, the tasks whose window covers the
//! day (ticked or not) and those still to come.

use super::by_procedure::{aftercare_plan, phase_on};
use super::date::Date;
use super::plans::Plan;
use super::schedule::{tick_key, Note, Phase, PhaseInfo, Task};

impl Plan {
    /// What the plan asks on `today`.
    pub fn today_view(&self, today: Date) -> DayView {
        today_view(self, today)
    }
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
