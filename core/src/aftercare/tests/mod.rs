//! Host tests for aftercare. Every fixture is a string constant here: one per shipped
//! storage version, then corrupt, hostile and future-version records.

use std::collections::BTreeSet;

use proptest::prelude::*;

use super::ics::{escape_text, fold_line};
use super::*;
use crate::model::Procedure::{self, Dermal, Microneedling};
use crate::sources::SourceId;

mod advice;
mod calendar;
mod export_import;
mod plans;
mod properties;
mod schedule;
mod static_data;
mod storage;

// Fixtures

/// Version 1 as it shipped: no ids or regions, "microdermal", milestone ids unprefixed.
const V1_FIXTURE: &str = r#"{"version":1,"plans":[
  {"name":"Hip dermal","procedure":"microdermal","date":"2024-03-01","done":["plaster-off","made-up-task"]},
  {"name":"","procedure":"microneedling","date":"2024-05-10","done":["next-session"]},
  {"name":"Hip dermal","procedure":"microdermal","date":"2024-03-01"}
]}"#;

/// Version 2 (current), as `encode` writes it, with an unknown tick that must be dropped.
const V2_FIXTURE: &str = r#"{"version":2,"plans":[
  {"id":"dermal-20240301-0a1b2c3d","name":"Nape dermal","procedure":"dermal","region":"nape","date":"2024-03-01",
   "ticks":["dermal-plaster@0-1,2","dermal-clean@5","dermal-plaster-off","retired-task@3"]},
  {"id":"microneedling-20240510-00000001","name":"Face","procedure":"microneedling","region":null,"date":"2024-05-10","ticks":[]}
]}"#;

/// Written by a future version 3 that added fields: still readable, read-only.
const V3_READABLE_FIXTURE: &str = r#"{"version":3,"synced":true,"plans":[
  {"id":"p1","name":"Later","procedure":"dermal","date":"2024-03-01","ticks":[],"photos":["a.jpg"]}
]}"#;

/// Written by a far-future version with a different plan shape: not readable.
const V9_UNREADABLE_FIXTURE: &str = r#"{"version":9,"plans":{"by-id":{}}}"#;

const CORRUPT_FIXTURES: &[(&str, &str)] = &[
    (
        "truncated",
        r#"{"version":2,"plans":[{"id":"a","name":"N","proce"#,
    ),
    ("null", "null"),
    ("empty list", "[]"),
    ("string", r#""x""#),
    ("bare word", "x"),
    ("number", "42"),
    ("no version", r#"{"plans":[]}"#),
    ("version as string", r#"{"version":"2","plans":[]}"#),
    ("version zero", r#"{"version":0,"plans":[]}"#),
    ("version negative", r#"{"version":-1,"plans":[]}"#),
    ("version fraction", r#"{"version":1.5,"plans":[]}"#),
    ("version huge", r#"{"version":99999999999,"plans":[]}"#),
    ("no plans", r#"{"version":2}"#),
    ("plans is object", r#"{"version":2,"plans":{}}"#),
    ("plans is null", r#"{"version":2,"plans":null}"#),
    ("plan is number", r#"{"version":2,"plans":[7]}"#),
    (
        "name is number",
        r#"{"version":2,"plans":[{"id":"a","name":5,"procedure":"dermal","date":"2024-03-01"}]}"#,
    ),
    (
        "unknown procedure",
        r#"{"version":2,"plans":[{"id":"a","name":"n","procedure":"tattoo","date":"2024-03-01"}]}"#,
    ),
    (
        "bad date",
        r#"{"version":2,"plans":[{"id":"a","name":"n","procedure":"dermal","date":"2023-02-29"}]}"#,
    ),
    (
        "date too old",
        r#"{"version":2,"plans":[{"id":"a","name":"n","procedure":"dermal","date":"1899-12-31"}]}"#,
    ),
    (
        "ticks is string",
        r#"{"version":2,"plans":[{"id":"a","name":"n","procedure":"dermal","date":"2024-03-01","ticks":"all"}]}"#,
    ),
    (
        "duplicate ids",
        r#"{"version":2,"plans":[{"id":"a","name":"n","procedure":"dermal","date":"2024-03-01"},{"id":"a","name":"m","procedure":"dermal","date":"2024-03-02"}]}"#,
    ),
    (
        "empty id",
        r#"{"version":2,"plans":[{"id":"","name":"n","procedure":"dermal","date":"2024-03-01"}]}"#,
    ),
    (
        "v1 wrong types",
        r#"{"version":1,"plans":[{"name":"n","procedure":"microdermal","date":20240301,"done":"x"}]}"#,
    ),
    (
        "v1 unknown procedure",
        r#"{"version":1,"plans":[{"name":"n","procedure":"laser","date":"2024-03-01"}]}"#,
    ),
];

/// Hostile but well-formed: markup in names, a hostile id, ranges claiming billions of days.
const HOSTILE_SCRIPT_NAME: &str = r#"{"version":2,"plans":[{"id":"x1","name":"<script>alert(1)</script>\u0000\u202e evil \r\n","procedure":"dermal","region":"nape","date":"2024-03-01","ticks":["dermal-clean@0-99999","dermal-clean@4294967295","dermal-clean@-5","dermal-clean@9-3","@","dermal-clean@","dermal-clean@0-1-2","<img src=x onerror=alert(1)>"]}]}"#;
const HOSTILE_SCRIPT_ID: &str = r#"{"version":2,"plans":[{"id":"<script>alert(1)</script>","name":"n","procedure":"dermal","date":"2024-03-01"}]}"#;
const HOSTILE_SCRIPT_REGION: &str = r#"{"version":2,"plans":[{"id":"a","name":"n","procedure":"dermal","region":"\"><script>","date":"2024-03-01"}]}"#;
const HOSTILE_PROTO: &str =
    r#"{"version":2,"__proto__":{"polluted":true},"constructor":{"prototype":{}},"plans":[]}"#;

fn hostile_deep_nesting() -> String {
    format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))
}

fn hostile_deep_object() -> String {
    let mut s = String::from(r#"{"version":2,"plans":"#);
    s.push_str(&r#"{"a":"#.repeat(50_000));
    s.push('1');
    s.push_str(&"}".repeat(50_000));
    s.push('}');
    s
}

fn hostile_huge_name() -> String {
    format!(
        r#"{{"version":2,"plans":[{{"id":"big","name":"{}","procedure":"dermal","date":"2024-03-01"}}]}}"#,
        "A".repeat(1_500_000)
    )
}

fn hostile_huge_procedure() -> String {
    format!(
        r#"{{"version":2,"plans":[{{"id":"big","name":"n","procedure":"{}","date":"2024-03-01"}}]}}"#,
        "<script>".repeat(50_000)
    )
}

// Helpers

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn new_plan(procedure: Procedure, date: &str) -> NewPlan {
    NewPlan {
        name: String::new(),
        procedure,
        region: None,
        date: d(date),
    }
}

fn one_plan(procedure: Procedure, date: &str) -> (Plans, String) {
    let mut plans = Plans::new();
    let id = plans
        .add(new_plan(procedure, date), d("2030-01-01"))
        .unwrap();
    (plans, id.0)
}

fn view_on(procedure: Procedure, day: i64) -> DayView {
    let (plans, id) = one_plan(procedure, "2024-01-10");
    let plan = plans.get(&id).unwrap();
    today_view(plan, plan.date.add_days(day))
}

fn ids(tasks: &[TaskOnDay]) -> Vec<&'static str> {
    tasks.iter().map(|t| t.task.id).collect()
}

fn upcoming_ids(v: &DayView) -> Vec<&'static str> {
    v.upcoming.iter().map(|u| u.task.id).collect()
}

fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for physical in ics.split("\r\n") {
        if let Some(rest) = physical.strip_prefix(' ') {
            lines.last_mut().unwrap().push_str(rest);
        } else if !physical.is_empty() {
            lines.push(physical.to_string());
        }
    }
    lines
}

fn full_plans(n: usize) -> Plans {
    let mut plans = Plans::new();
    for i in 0..n {
        let procedure = if i % 3 == 2 { Microneedling } else { Dermal };
        let date = d("2023-01-01").add_days(i as i64);
        let id = plans
            .add(
                NewPlan {
                    name: format!("Plan {i}, with ; commas"),
                    procedure,
                    region: Some("nape".into()),
                    date,
                },
                d("2025-01-01"),
            )
            .unwrap();
        for t in tasks_for(procedure) {
            for day in t.from_day..=t.last_day(aftercare_plan(procedure).last_day) {
                if (day + i as u16).is_multiple_of(2) || t.repeat == Repeat::Once {
                    plans.toggle(&id, t.id, day).unwrap();
                    if t.repeat == Repeat::Once {
                        break;
                    }
                }
            }
        }
    }
    plans
}
