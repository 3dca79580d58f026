//! Tick keys on the wire: runs of days per daily task (`"dermal-clean@0-13,15"`), plain ids
//! for one-off tasks.

use std::collections::BTreeSet;

use crate::model::Procedure;

use super::super::by_procedure::{aftercare_plan, task};
use super::super::plans::Plan;
use super::super::schedule::{tick_key, Repeat};

/// Tick keys with runs of days collapsed, in task order.
pub(super) fn ticks_to_wire(plan: &Plan) -> Vec<String> {
    let data = aftercare_plan(plan.procedure);
    let mut out = Vec::new();
    for t in data.tasks {
        match t.repeat {
            Repeat::Once => {
                if plan.ticks.contains(t.id) {
                    out.push(t.id.to_string());
                }
            }
            Repeat::Daily => {
                let mut runs: Vec<String> = Vec::new();
                let mut run: Option<(u16, u16)> = None;
                let flush = |(a, b): (u16, u16), runs: &mut Vec<String>| {
                    runs.push(if a == b {
                        a.to_string()
                    } else {
                        format!("{a}-{b}")
                    });
                };
                for day in t.from_day..=t.last_day(data.last_day) {
                    if plan.ticks.contains(&tick_key(t, day)) {
                        run = Some(run.map_or((day, day), |(a, _)| (a, day)));
                    } else if let Some(r) = run.take() {
                        flush(r, &mut runs);
                    }
                }
                if let Some(r) = run {
                    flush(r, &mut runs);
                }
                if !runs.is_empty() {
                    out.push(format!("{}@{}", t.id, runs.join(",")));
                }
            }
        }
    }
    out
}

/// Expands stored tick entries, dropping unknown tasks, malformed entries and days outside
/// a task's window. Work is bounded by entries + window sizes, whatever ranges claim.
pub(super) fn ticks_from_wire(procedure: Procedure, entries: &[String]) -> BTreeSet<String> {
    let data = aftercare_plan(procedure);
    // One bitmap per task, indexed from its first day.
    let mut days: Vec<Vec<bool>> = data
        .tasks
        .iter()
        .map(|t| vec![false; usize::from(t.last_day(data.last_day).saturating_sub(t.from_day)) + 1])
        .collect();
    for entry in entries {
        let (id, span) = match entry.split_once('@') {
            Some((id, span)) => (id, Some(span)),
            None => (entry.as_str(), None),
        };
        let Some(at) = data.tasks.iter().position(|t| t.id == id) else {
            continue;
        };
        let t = &data.tasks[at];
        let last = t.last_day(data.last_day);
        let spans: Vec<(u16, u16)> = match (t.repeat, span) {
            (Repeat::Once, _) => vec![(t.from_day, t.from_day)],
            (Repeat::Daily, None) => continue,
            (Repeat::Daily, Some(span)) => span.split(',').filter_map(parse_span).collect(),
        };
        for (lo, hi) in spans {
            let (lo, hi) = (lo.max(t.from_day), hi.min(last));
            if lo <= hi {
                let (a, b) = (usize::from(lo - t.from_day), usize::from(hi - t.from_day));
                days[at][a..=b].fill(true);
            }
        }
    }
    let mut ticks = BTreeSet::new();
    for (t, set) in data.tasks.iter().zip(&days) {
        for (offset, _) in set.iter().enumerate().filter(|(_, on)| **on) {
            ticks.insert(tick_key(t, t.from_day + offset as u16));
        }
    }
    debug_assert!(ticks
        .iter()
        .all(|k| task(procedure, k.split('@').next().unwrap_or("")).is_some()));
    ticks
}

/// One run of a span list: `"7"` or `"3-12"` (at most five digits each); `None` if
/// malformed or reversed.
fn parse_span(span: &str) -> Option<(u16, u16)> {
    let num = |s: &str| -> Option<u16> {
        if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse::<u32>()
            .ok()
            .map(|n| n.min(u32::from(u16::MAX)) as u16)
    };
    let (a, b) = match span.split_once('-') {
        Some((a, b)) => (num(a)?, num(b)?),
        None => {
            let a = num(span)?;
            (a, a)
        }
    };
    (a <= b).then_some((a, b))
}
