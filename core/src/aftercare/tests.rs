//! Host tests for aftercare. Every fixture is a string constant here: one per shipped
//! storage version, then corrupt, hostile and future-version records.

use std::collections::BTreeSet;

use proptest::prelude::*;

use super::ics::{escape_text, fold_line};
use super::*;
use crate::model::Procedure::{self, Dermal, Microneedling};
use crate::sources::SourceId;

// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
// Static data

#[test]
fn aftercare_every_task_is_sourced_and_well_formed() {
    let mut all_ids = BTreeSet::new();
    for p in Procedure::ALL {
        let data = aftercare_plan(p);
        assert_eq!(data.procedure, p);
        assert!(!data.tasks.is_empty());
        for t in data.tasks {
            assert!(all_ids.insert(t.id), "task id {} used twice", t.id);
            assert!(
                t.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                t.id
            );
            assert!(!t.sources.is_empty(), "{} cites no source", t.id);
            assert!(t.why.len() > 40, "{} does not say why", t.id);
            assert!(!t.title.is_empty());
            assert!(t.from_day <= t.last_day(data.last_day), "{}", t.id);
            assert!(t.to_day.is_none_or(|to| to <= data.last_day), "{}", t.id);
            assert_ne!(
                phase_on(p, i64::from(t.from_day)),
                Phase::Complete,
                "{}",
                t.id
            );
        }
        // Phases cover every day of the plan, in order, without gaps.
        let mut next = 0;
        for ph in data.phases {
            assert_eq!(ph.from_day, next, "{p:?} {:?}", ph.phase);
            assert!(ph.from_day <= ph.to_day && !ph.sources.is_empty() && !ph.summary.is_empty());
            next = ph.to_day + 1;
        }
        assert_eq!(next, data.last_day + 1);
        assert!(!data.closing.sources.is_empty());
        for kd in data.key_dates {
            assert!(
                kd.from_day <= kd.to_day && kd.to_day <= data.last_day && !kd.sources.is_empty(),
                "{}",
                kd.id
            );
        }
    }
    assert_eq!(DERMAL.last_day, 180);
    assert_eq!(MICRONEEDLING.last_day, 42);
}

#[test]
fn aftercare_sources_say_what_the_brief_requires() {
    let cites = |p: Procedure, id: &str, s: SourceId| task(p, id).unwrap().sources.contains(&s);
    assert!(cites(Dermal, "dermal-plaster", SourceId::Seed001));
    assert!(cites(Dermal, "dermal-clean", SourceId::App));
    assert!(cites(Dermal, "dermal-clean", SourceId::Seed000));
    assert!(task(Dermal, "dermal-clean").unwrap().title.contains("0.9%"));
    assert!(cites(Microneedling, "mn-no-washing", SourceId::Seed003));
    assert!(cites(Microneedling, "mn-sunscreen", SourceId::Seed002));
    assert!(cites(Microneedling, "mn-sunscreen", SourceId::Seed004));
    assert!(cites(Microneedling, "mn-moisturise", SourceId::Seed004));
    assert!(cites(Microneedling, "mn-next-session", SourceId::Seed004));
    assert!(DERMAL.closing.text.contains("longer"));
}

#[test]
fn aftercare_warning_signs_are_sourced() {
    let mut seen = BTreeSet::new();
    for s in WARNING_SIGNS {
        assert!(seen.insert(s.id), "{}", s.id);
        assert!(!s.sources.is_empty() && !s.label.is_empty());
        assert_eq!(warning_sign(s.id), Some(s));
    }
    assert_eq!(
        warning_signs(Dermal)
            .filter(|s| s.kind == SignKind::Infection)
            .count(),
        5
    );
    assert_eq!(
        warning_signs(Dermal)
            .filter(|s| s.kind == SignKind::Rejection)
            .count(),
        3
    );
    assert_eq!(warning_signs(Microneedling).count(), 4);
    assert!(warning_signs(Microneedling)
        .all(|s| s.kind == SignKind::SeriousReaction && s.sources == [SourceId::Seed002]));
    assert!(warning_signs(Dermal)
        .filter(|s| s.kind == SignKind::Rejection)
        .all(|s| s.sources.contains(&SourceId::CentralBodyArt)));
}

// ---------------------------------------------------------------------------------------
// Schedule

#[test]
fn aftercare_dermal_days() {
    let v = view_on(Dermal, 0);
    assert_eq!(
        (v.day_number, v.phase, v.complete),
        (0, Phase::ProcedureDay, false)
    );
    let today = ids(&v.today_tasks);
    for id in [
        "dermal-plaster",
        "dermal-clean",
        "dermal-clean-hands",
        "dermal-dry",
        "dermal-no-soaking",
        "dermal-hands-off",
        "dermal-loose-clothes",
        "dermal-no-products",
        "dermal-no-contact",
    ] {
        assert!(today.contains(&id), "{id} on day 0");
    }
    assert!(!today.contains(&"dermal-plaster-off"));
    assert_eq!(
        upcoming_ids(&v),
        ["dermal-plaster-off", "dermal-healing-check"]
    );
    assert_eq!(v.upcoming[0].in_days, 14);
    assert_eq!(v.upcoming[0].starts, d("2024-01-24"));
    assert_eq!(v.phase_info.unwrap().title, "Procedure day");
    assert!(v.closing.is_none());

    for day in [1, 6] {
        let v = view_on(Dermal, day);
        assert_eq!(v.phase, Phase::Early);
        assert!(ids(&v.today_tasks).contains(&"dermal-plaster"));
        assert_eq!(
            v.today_tasks
                .iter()
                .find(|t| t.task.id == "dermal-plaster")
                .unwrap()
                .key,
            format!("dermal-plaster@{day}")
        );
    }

    // Day 13: last plaster day; day 14: it can come off.
    let v = view_on(Dermal, 13);
    assert_eq!(v.phase, Phase::Early);
    let plaster = v
        .today_tasks
        .iter()
        .find(|t| t.task.id == "dermal-plaster")
        .unwrap();
    assert!(plaster.last_day);
    assert_eq!(plaster.to, d("2024-01-23"));
    assert!(!ids(&v.today_tasks).contains(&"dermal-plaster-off"));
    let v = view_on(Dermal, 14);
    assert_eq!(v.phase, Phase::Healing);
    assert!(!ids(&v.today_tasks).contains(&"dermal-plaster"));
    assert!(ids(&v.today_tasks).contains(&"dermal-plaster-off"));
    assert_eq!(upcoming_ids(&v), ["dermal-healing-check"]);

    let v = view_on(Dermal, 45);
    assert_eq!(v.phase, Phase::Healing);
    assert!(ids(&v.today_tasks).contains(&"dermal-clean"));
    assert!(!ids(&v.today_tasks).contains(&"dermal-plaster-off"));

    assert_eq!(view_on(Dermal, 89).phase, Phase::Healing);
    let v = view_on(Dermal, 90);
    assert_eq!(v.phase, Phase::Settling);
    assert!(ids(&v.today_tasks).contains(&"dermal-healing-check"));
    assert!(v.upcoming.is_empty());

    let v = view_on(Dermal, 180);
    assert!(!v.complete);
    assert!(v
        .today_tasks
        .iter()
        .all(|t| t.last_day || t.task.repeat == Repeat::Once || t.task.to_day.is_some()));
    let v = view_on(Dermal, 181);
    assert!(v.complete);
    let v = view_on(Dermal, 200);
    assert_eq!((v.phase, v.complete), (Phase::Complete, true));
    assert!(v.today_tasks.is_empty() && v.upcoming.is_empty() && v.phase_info.is_none());
    assert!(v.closing.unwrap().text.contains("take longer"));
}

#[test]
fn aftercare_microneedling_days() {
    let v = view_on(Microneedling, 0);
    assert_eq!(v.phase, Phase::ProcedureDay);
    let today = ids(&v.today_tasks);
    for id in [
        "mn-no-washing",
        "mn-no-heat",
        "mn-no-makeup",
        "mn-no-actives",
        "mn-moisturise",
        "mn-no-needling",
    ] {
        assert!(today.contains(&id), "{id} on day 0");
    }
    assert!(!today.contains(&"mn-sunscreen"));
    assert_eq!(upcoming_ids(&v), ["mn-sunscreen", "mn-next-session"]);

    let v = view_on(Microneedling, 1);
    let today = ids(&v.today_tasks);
    assert_eq!(v.phase, Phase::Early);
    assert!(
        today.contains(&"mn-sunscreen")
            && today.contains(&"mn-no-makeup")
            && today.contains(&"mn-no-heat")
    );
    assert!(!today.contains(&"mn-no-washing"));

    let v = view_on(Microneedling, 6);
    let today = ids(&v.today_tasks);
    assert!(today.contains(&"mn-sunscreen") && today.contains(&"mn-no-actives"));
    assert!(!today.contains(&"mn-no-makeup") && !today.contains(&"mn-no-heat"));

    let v = view_on(Microneedling, 7);
    assert_eq!(v.phase, Phase::Early);
    assert!(ids(&v.today_tasks).contains(&"mn-sunscreen"));
    assert!(!ids(&v.today_tasks).contains(&"mn-no-actives"));
    let v = view_on(Microneedling, 8);
    assert_eq!(v.phase, Phase::Healing);
    assert!(!ids(&v.today_tasks).contains(&"mn-sunscreen"));

    for day in [13, 14, 27] {
        let v = view_on(Microneedling, day);
        assert_eq!(
            ids(&v.today_tasks),
            ["mn-moisturise", "mn-no-needling"],
            "day {day}"
        );
        assert_eq!(upcoming_ids(&v), ["mn-next-session"]);
    }
    let v = view_on(Microneedling, 28);
    assert_eq!(ids(&v.today_tasks), ["mn-moisturise", "mn-next-session"]);
    let next = &v.today_tasks[1];
    assert_eq!((next.from, next.to), (d("2024-02-07"), d("2024-02-21")));
    assert_eq!(next.key, "mn-next-session");

    let v = view_on(Microneedling, 42);
    assert!(!v.complete && ids(&v.today_tasks).contains(&"mn-next-session"));
    let v = view_on(Microneedling, 45);
    assert!(v.complete && v.today_tasks.is_empty());
    let v = view_on(Microneedling, 200);
    assert_eq!((v.phase, v.complete), (Phase::Complete, true));
    assert!(v.closing.is_some());
}

#[test]
fn aftercare_before_the_procedure_day() {
    // A clock moved back, or an import from another time zone: shown, not crashed.
    let v = view_on(Dermal, -3);
    assert_eq!(
        (v.day_number, v.phase, v.complete),
        (-3, Phase::BeforeProcedure, false)
    );
    assert!(v.today_tasks.is_empty());
    assert_eq!(v.upcoming.len(), DERMAL.tasks.len());
    assert_eq!(v.upcoming[0].in_days, 3);
}

#[test]
fn aftercare_leap_days() {
    let (plans, id) = one_plan(Dermal, "2024-02-29");
    let plan = plans.get(&id).unwrap();
    let later = plan.date.add_days(365);
    assert_eq!(later, d("2025-02-28"));
    assert_eq!(plan.day_number(later), 365);
    assert_eq!(plan.day_number(d("2025-03-01")), 366);
    assert!(plan.is_complete(later));
    let v = today_view(plan, d("2024-03-14"));
    assert_eq!(v.day_number, 14);
    assert!(ids(&v.today_tasks).contains(&"dermal-plaster-off"));
    // Across the end of February in a common year and a leap year.
    let (plans, id) = one_plan(Microneedling, "2023-02-20");
    assert_eq!(plans.get(&id).unwrap().day_number(d("2023-03-01")), 9);
    let (plans, id) = one_plan(Microneedling, "2024-02-20");
    assert_eq!(plans.get(&id).unwrap().day_number(d("2024-03-01")), 10);
}

#[test]
fn aftercare_old_plans_are_complete() {
    let (plans, id) = one_plan(Dermal, "2001-09-09");
    let plan = plans.get(&id).unwrap();
    let v = today_view(plan, d("2026-11-21"));
    assert!(v.complete && v.day_number > 9000);
    let (plans, id) = one_plan(Microneedling, "1900-01-01");
    assert!(plans.get(&id).unwrap().is_complete(d("9999-12-31")));
}

// ---------------------------------------------------------------------------------------
// Plans

#[test]
fn aftercare_add_validates() {
    let today = d("2024-06-01");
    let mut plans = Plans::new();
    let err = plans
        .add(new_plan(Dermal, "2024-06-02"), today)
        .unwrap_err();
    assert_eq!(
        err,
        PlanError::FutureDate {
            date: d("2024-06-02"),
            today
        }
    );
    assert!(err.message().contains("after today"));
    assert!(plans.is_empty());
    assert!(
        plans.add(new_plan(Dermal, "2024-06-01"), today).is_ok(),
        "today is allowed"
    );
    assert_eq!(
        plans.add(new_plan(Dermal, "1899-12-31"), today),
        Err(PlanError::DateTooOld {
            date: d("1899-12-31")
        })
    );

    let id = plans
        .add(
            NewPlan {
                name: "  My \t hip\n dermal \u{0007} ".into(),
                ..new_plan(Dermal, "2024-05-01")
            },
            today,
        )
        .unwrap();
    assert_eq!(plans.get(&id).unwrap().name, "My hip dermal");

    let id = plans
        .add(
            NewPlan {
                region: Some("lower-back".into()),
                ..new_plan(Dermal, "2024-05-01")
            },
            today,
        )
        .unwrap();
    let p = plans.get(&id).unwrap();
    assert!(p.name.starts_with("Micro-dermal, "), "{}", p.name);
    assert_eq!(p.region.as_deref(), Some("lower-back"));
    let id = plans
        .add(
            NewPlan {
                name: "   ".into(),
                ..new_plan(Microneedling, "2024-05-01")
            },
            today,
        )
        .unwrap();
    assert_eq!(plans.get(&id).unwrap().name, "Microneedling");

    let sixty = "é".repeat(60);
    assert!(plans
        .add(
            NewPlan {
                name: sixty.clone(),
                ..new_plan(Dermal, "2024-05-01")
            },
            today
        )
        .is_ok());
    let err = plans
        .add(
            NewPlan {
                name: format!("{sixty}x"),
                ..new_plan(Dermal, "2024-05-01")
            },
            today,
        )
        .unwrap_err();
    assert_eq!(err, PlanError::NameTooLong { chars: 61 });
    assert_eq!(
        plans.add(
            NewPlan {
                region: Some("<b>".into()),
                ..new_plan(Dermal, "2024-05-01")
            },
            today
        ),
        Err(PlanError::InvalidRegion)
    );
    assert!(plans
        .add(
            NewPlan {
                region: Some("  ".into()),
                ..new_plan(Dermal, "2024-05-01")
            },
            today
        )
        .is_ok());

    while !plans.is_full() {
        plans.add(new_plan(Dermal, "2024-05-01"), today).unwrap();
    }
    assert_eq!(plans.len(), MAX_PLANS);
    assert_eq!(
        plans.add(new_plan(Dermal, "2024-05-01"), today),
        Err(PlanError::TooManyPlans)
    );
    let unique: BTreeSet<_> = plans.iter().map(|p| p.id.clone()).collect();
    assert_eq!(
        unique.len(),
        MAX_PLANS,
        "identical plans still get distinct ids"
    );
    for p in &plans {
        assert!(p.id.len() <= 64 && p.id.starts_with(p.procedure.slug()));
    }
}

#[test]
fn aftercare_toggle_and_remove() {
    let (mut plans, id) = one_plan(Dermal, "2024-01-10");
    assert!(!plans.is_done(&id, "dermal-plaster", 3));
    assert_eq!(plans.toggle(&id, "dermal-plaster", 3), Ok(true));
    assert!(plans.is_done(&id, "dermal-plaster", 3));
    assert!(
        !plans.is_done(&id, "dermal-plaster", 4),
        "daily ticks are per day"
    );
    assert_eq!(
        plans.toggle(&id, "dermal-plaster", 14),
        Err(PlanError::DayOutsideTask { day: 14 })
    );
    assert_eq!(
        plans.toggle(&id, "mn-sunscreen", 3),
        Err(PlanError::UnknownTask)
    );
    assert_eq!(
        plans.toggle("nope", "dermal-plaster", 3),
        Err(PlanError::NotFound)
    );

    assert_eq!(plans.toggle(&id, "dermal-plaster-off", 15), Ok(true));
    assert!(
        plans.is_done(&id, "dermal-plaster-off", 0),
        "one-off ticks ignore the day"
    );
    assert!(plans.get(&id).unwrap().ticks.contains("dermal-plaster-off"));

    let plan = plans.get(&id).unwrap();
    let v = today_view(plan, plan.date.add_days(3));
    assert!(
        v.today_tasks
            .iter()
            .find(|t| t.task.id == "dermal-plaster")
            .unwrap()
            .done
    );
    assert!(
        !v.today_tasks
            .iter()
            .find(|t| t.task.id == "dermal-clean")
            .unwrap()
            .done
    );
    let v = today_view(plan, plan.date.add_days(16));
    assert!(
        v.today_tasks
            .iter()
            .find(|t| t.task.id == "dermal-plaster-off")
            .unwrap()
            .done
    );

    assert_eq!(plans.toggle(&id, "dermal-plaster", 3), Ok(false));
    assert!(!plans.is_done(&id, "dermal-plaster", 3));
    assert!(plans.remove(&id).is_some());
    assert!(plans.remove(&id).is_none());
    assert!(plans.is_empty());
}

// ---------------------------------------------------------------------------------------
// Storage

#[test]
fn aftercare_decode_empty() {
    assert_eq!(decode(None), Decoded::Empty);
    assert_eq!(decode(Some("")), Decoded::Empty);
    assert_eq!(decode(Some("  \n")), Decoded::Empty);
}

#[test]
fn aftercare_decode_current_fixture() {
    let Decoded::Loaded(plans) = decode(Some(V2_FIXTURE)) else {
        panic!("{:?}", decode(Some(V2_FIXTURE)))
    };
    assert_eq!(plans.len(), 2);
    let p = plans.get("dermal-20240301-0a1b2c3d").unwrap();
    assert_eq!(
        (p.name.as_str(), p.procedure, p.region.as_deref(), p.date),
        ("Nape dermal", Dermal, Some("nape"), d("2024-03-01"))
    );
    let ticks: Vec<&str> = p.ticks.iter().map(String::as_str).collect();
    assert_eq!(
        ticks,
        [
            "dermal-clean@5",
            "dermal-plaster-off",
            "dermal-plaster@0",
            "dermal-plaster@1",
            "dermal-plaster@2"
        ]
    );
    assert!(plans.is_done(&p.id, "dermal-plaster", 2));
    assert_eq!(
        plans.get("microneedling-20240510-00000001").unwrap().region,
        None
    );
    assert!(decode(Some(V2_FIXTURE)).may_write());
}

#[test]
fn aftercare_migrates_v1() {
    let Decoded::Migrated { plans, from } = decode(Some(V1_FIXTURE)) else {
        panic!("{:?}", decode(Some(V1_FIXTURE)))
    };
    assert_eq!(from, 1);
    assert_eq!(plans.len(), 3);
    let all: Vec<&Plan> = plans.iter().collect();
    assert_eq!(
        (
            all[0].name.as_str(),
            all[0].procedure,
            all[0].region.as_ref()
        ),
        ("Hip dermal", Dermal, None)
    );
    assert_eq!(
        all[0].ticks.iter().collect::<Vec<_>>(),
        ["dermal-plaster-off"]
    );
    assert_eq!(
        all[1].name, "Microneedling",
        "empty v1 names get the default"
    );
    assert_eq!(all[1].ticks.iter().collect::<Vec<_>>(), ["mn-next-session"]);
    assert!(all[2].ticks.is_empty());
    assert_ne!(all[0].id, all[2].id, "identical v1 plans get distinct ids");
    // Deterministic: migrating twice gives the same ids, so a re-run cannot duplicate plans.
    let Decoded::Migrated { plans: again, .. } = decode(Some(V1_FIXTURE)) else {
        unreachable!()
    };
    assert_eq!(plans, again);
    // Once saved, it loads as the current version, unchanged.
    assert_eq!(decode(Some(&encode(&plans))), Decoded::Loaded(plans));
}

#[test]
fn aftercare_corrupt_fixtures() {
    for (what, raw) in CORRUPT_FIXTURES {
        match decode(Some(raw)) {
            Decoded::Corrupt { reason } => {
                assert!(
                    !reason.is_empty() && reason.chars().count() <= 201,
                    "{what}: {reason}"
                );
            }
            other => panic!("{what}: expected Corrupt, got {other:?}"),
        }
        assert!(
            matches!(
                import_json(raw, d("2030-01-01")),
                Err(ImportError::Invalid { .. })
            ),
            "{what}"
        );
    }
}

#[test]
fn aftercare_newer_versions_are_read_only() {
    match decode(Some(V3_READABLE_FIXTURE)) {
        Decoded::FromNewerVersion {
            version: 3,
            readable: Some(plans),
        } => {
            assert_eq!(plans.get("p1").unwrap().name, "Later");
        }
        other => panic!("{other:?}"),
    }
    let d9 = decode(Some(V9_UNREADABLE_FIXTURE));
    assert_eq!(
        d9,
        Decoded::FromNewerVersion {
            version: 9,
            readable: None
        }
    );
    assert!(!d9.may_write() && d9.plans().is_none());
    let e = import_json(V3_READABLE_FIXTURE, d("2030-01-01")).unwrap_err();
    assert_eq!(e, ImportError::NewerVersion { version: 3 });
    assert!(e.message().contains("newer version"));
}

#[test]
fn aftercare_hostile_fixtures() {
    // Markup is kept as inert text (the UI escapes it), cleaned of control characters.
    let Decoded::Loaded(plans) = decode(Some(HOSTILE_SCRIPT_NAME)) else {
        panic!()
    };
    let p = plans.get("x1").unwrap();
    assert_eq!(p.name, "<script>alert(1)</script> evil");
    assert_eq!(
        p.ticks.len(),
        181,
        "ranges are clamped to the task's window"
    );
    assert!(p.ticks.iter().all(|k| k.starts_with("dermal-clean@")));

    for raw in [HOSTILE_SCRIPT_ID, HOSTILE_SCRIPT_REGION] {
        assert!(
            matches!(decode(Some(raw)), Decoded::Corrupt { .. }),
            "{raw}"
        );
    }
    assert_eq!(decode(Some(HOSTILE_PROTO)), Decoded::Loaded(Plans::new()));

    let deep = hostile_deep_nesting();
    assert!(matches!(decode(Some(&deep)), Decoded::Corrupt { .. }));
    assert!(matches!(
        import_json(&deep, d("2030-01-01")),
        Err(ImportError::Invalid { .. })
    ));
    assert!(matches!(
        decode(Some(&hostile_deep_object())),
        Decoded::Corrupt { .. }
    ));

    let huge = hostile_huge_name();
    match decode(Some(&huge)) {
        Decoded::Loaded(plans) => assert_eq!(
            plans.get("big").unwrap().name.chars().count(),
            MAX_NAME_CHARS
        ),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        import_json(&huge, d("2030-01-01")),
        Err(ImportError::TooLarge { .. })
    ));
    let too_big = format!("{huge}{}", " ".repeat(super::storage::MAX_STORED_BYTES));
    assert!(matches!(decode(Some(&too_big)), Decoded::Corrupt { .. }));

    match decode(Some(&hostile_huge_procedure())) {
        Decoded::Corrupt { reason } => assert!(
            reason.chars().count() <= 201,
            "reasons never echo megabytes"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn aftercare_encode_round_trips() {
    let plans = full_plans(MAX_PLANS);
    let raw = encode(&plans);
    assert!(raw.starts_with(r#"{"version":2,"plans":["#));
    assert_eq!(decode(Some(&raw)), Decoded::Loaded(plans.clone()));
    assert_eq!(
        decode(Some(&encode(&Plans::new()))),
        Decoded::Loaded(Plans::new())
    );
}

#[test]
fn aftercare_ticks_are_stored_as_runs() {
    let (mut plans, id) = one_plan(Dermal, "2024-01-10");
    for day in [0, 1, 2, 5, 180] {
        plans.toggle(&id, "dermal-clean", day).unwrap();
    }
    plans.toggle(&id, "dermal-healing-check", 100).unwrap();
    let raw = encode(&plans);
    assert!(
        raw.contains(r#""ticks":["dermal-clean@0-2,5,180","dermal-healing-check"]"#),
        "{raw}"
    );
}

// ---------------------------------------------------------------------------------------
// Export / import

#[test]
fn aftercare_export_import_round_trip() {
    let plans = full_plans(MAX_PLANS);
    let text = export_json(&plans);
    assert!(text.contains("\n  \"version\": 2"), "pretty-printed");
    assert!(
        text.len() < MAX_IMPORT_BYTES / 2,
        "a full export is {} bytes",
        text.len()
    );
    let imported = import_json(&text, d("2025-01-01")).unwrap();
    assert_eq!(imported, plans);

    let mut mine = Plans::new();
    mine.add(new_plan(Microneedling, "2024-12-01"), d("2025-01-01"))
        .unwrap();
    assert_eq!(
        mine.clone().merge_import(imported.clone()),
        MAX_PLANS - 1,
        "stops at the limit"
    );
    let mut some = Plans::new();
    let first = plans.iter().next().unwrap().clone();
    some.merge_import(
        import_json(
            &export_json(&Plans::from_checked(vec![first.clone()])),
            d("2025-01-01"),
        )
        .unwrap(),
    );
    assert_eq!(
        some.merge_import(imported),
        MAX_PLANS - 1,
        "duplicates by id are skipped"
    );
    assert_eq!(some.get(&first.id), Some(&first));
    assert_eq!(some.len(), MAX_PLANS);
}

#[test]
fn aftercare_import_validates() {
    let today = d("2024-06-01");
    assert_eq!(import_json("", today), Err(ImportError::Empty));
    assert_eq!(import_json("\u{feff} ", today), Err(ImportError::Empty));
    let big = format!(
        "{V2_FIXTURE}{}",
        " ".repeat(MAX_IMPORT_BYTES + 1 - V2_FIXTURE.len())
    );
    assert_eq!(
        import_json(&big, today),
        Err(ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
    assert!(ImportError::TooLarge {
        bytes: MAX_IMPORT_BYTES + 1
    }
    .message()
    .contains("256 KB"));

    let future = import_json(V2_FIXTURE, d("2024-05-09")).unwrap_err();
    assert_eq!(
        future,
        ImportError::FutureDate {
            name: "Face".into(),
            date: d("2024-05-10")
        }
    );
    assert!(future.message().contains("after today"));

    let ok = import_json(&format!("\u{feff}{V2_FIXTURE}"), today).unwrap();
    assert!(
        ok.iter()
            .all(|p| p.ticks.iter().all(|k| !k.starts_with("retired"))),
        "unknown task ids dropped"
    );
    assert_eq!(
        import_json(V1_FIXTURE, today).unwrap().len(),
        3,
        "old exports import too"
    );

    let long = format!(
        r#"{{"version":2,"plans":[{{"id":"a","name":"{}","procedure":"dermal","date":"2024-03-01"}}]}}"#,
        "n".repeat(500)
    );
    assert_eq!(
        import_json(&long, today)
            .unwrap()
            .get("a")
            .unwrap()
            .name
            .len(),
        MAX_NAME_CHARS
    );

    let too_many = format!(
        r#"{{"version":2,"plans":[{}]}}"#,
        (0..21)
            .map(|i| format!(
                r#"{{"id":"p{i}","name":"n","procedure":"dermal","date":"2024-03-01"}}"#
            ))
            .collect::<Vec<_>>()
            .join(",")
    );
    assert!(matches!(
        import_json(&too_many, today),
        Err(ImportError::Invalid { .. })
    ));
    let e = import_json("<html>", today).unwrap_err();
    assert!(
        e.message().contains("Nothing was imported"),
        "{}",
        e.message()
    );
}

// ---------------------------------------------------------------------------------------
// Calendar

#[test]
fn aftercare_ics_is_valid() {
    let mut plans = Plans::new();
    let name = "Hip, left; \\ \"ouch\" — ünïcödé ✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨";
    assert!(name.chars().count() <= MAX_NAME_CHARS);
    let id = plans
        .add(
            NewPlan {
                name: name.into(),
                ..new_plan(Dermal, "2024-02-29")
            },
            d("2024-06-01"),
        )
        .unwrap();
    let plan = plans.get(&id).unwrap();
    let ics = calendar_ics(plan, "20240601T101500Z");

    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'),
        "CRLF only"
    );
    for physical in ics.split("\r\n") {
        assert!(
            physical.len() <= 75,
            "{} octets: {physical}",
            physical.len()
        );
    }
    let lines = unfold(&ics);
    assert_eq!(lines[0], "BEGIN:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
        DERMAL.key_dates.len()
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| *l == "DTSTAMP:20240601T101500Z")
            .count(),
        DERMAL.key_dates.len()
    );
    let uids: BTreeSet<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), DERMAL.key_dates.len());
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240314".to_string()),
        "plaster off on day 14"
    );
    assert!(lines.contains(&"DTEND;VALUE=DATE:20240315".to_string()));
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240529".to_string()),
        "day 90"
    );
    let summary = format!("SUMMARY:{}: plaster can come off", escape_text(name));
    assert!(lines.contains(&summary), "{lines:#?}");
    assert!(summary.contains(r"Hip\, left\; \\ "));
    assert!(lines
        .iter()
        .filter(|l| l.starts_with("DESCRIPTION:"))
        .all(|l| l.contains("\\n\\nSources: ")));

    // Microneedling: the next session is a two-week window, DTEND exclusive.
    let (plans, id) = one_plan(Microneedling, "2024-01-10");
    let lines = unfold(&calendar_ics(plans.get(&id).unwrap(), "not a stamp"));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20240207".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20240222".to_string()));
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240117".to_string()),
        "sunscreen week ends on day 7"
    );
    assert!(
        lines.contains(&"DTSTAMP:20240110T000000Z".to_string()),
        "invalid stamps fall back"
    );
}

#[test]
fn aftercare_ics_escaping_and_folding() {
    assert_eq!(
        escape_text("a,b;c\\d\ne\r\nf\rg\u{0}h\ti"),
        "a\\,b\\;c\\\\d\\ne\\nf\\ngh i"
    );
    let mut out = String::new();
    fold_line(&"x".repeat(75), &mut out);
    assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    out.clear();
    fold_line(&"x".repeat(76), &mut out);
    assert_eq!(out, format!("{}\r\n x\r\n", "x".repeat(75)));
    out.clear();
    // 74 ASCII + a 4-byte emoji: the emoji must move whole to the next line.
    fold_line(&format!("{}😀", "a".repeat(74)), &mut out);
    assert_eq!(out, format!("{}\r\n 😀\r\n", "a".repeat(74)));
}

// ---------------------------------------------------------------------------------------
// Advice

#[test]
fn aftercare_advice() {
    let none = advice_for(&[]);
    assert_eq!(none.urgency, Urgency::Reassure);
    assert!(!none.sources.is_empty());

    let pus = warning_sign("pus").unwrap();
    let a = advice_for(&[pus, pus]);
    assert_eq!(a.urgency, Urgency::SeeDoctor);
    assert!(a.message.contains("Do not take the jewellery out yourself"));
    assert!(a.message.contains("doctor") && a.message.contains("not a diagnosis"));
    assert!(a.sources.contains(&SourceId::Seed000));

    let tilt = warning_sign("top-higher").unwrap();
    let a = advice_for(&[tilt]);
    assert_eq!(a.urgency, Urgency::SeePiercer);
    assert!(a.message.contains("piercer") && a.sources.contains(&SourceId::CentralBodyArt));

    let peel = warning_sign("mn-peeling").unwrap();
    let a = advice_for(&[peel]);
    assert!(a.message.contains("physician") && a.sources.contains(&SourceId::Seed002));

    let all: Vec<&WarningSign> = WARNING_SIGNS.iter().collect();
    let a = advice_for(&all);
    assert_eq!(a.urgency, Urgency::SeeDoctor);
    let mut sorted = a.sources.clone();
    sorted.dedup();
    assert_eq!(sorted, a.sources, "sources listed once");
    for word in ["you have an infection", "diagnosed", "rejecting."] {
        assert!(!a.message.to_lowercase().contains(word));
    }
}

#[test]
fn aftercare_backup_key() {
    assert_eq!(
        backup_key("20240601T101500Z"),
        "dermamap.aftercare.backup.20240601T101500Z"
    );
    assert_eq!(backup_key("a b/<c>"), "dermamap.aftercare.backup.abc");
    assert!(backup_key("").starts_with(BACKUP_KEY_PREFIX));
    assert_eq!(STORAGE_KEY, "dermamap.aftercare");
}

// ---------------------------------------------------------------------------------------
// Properties

/// JSON-ish text: real records with random damage, and random values with familiar keys.
fn jsonish() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        "[a-z0-9@<>\\-]{0,12}".prop_map(serde_json::Value::String),
        prop_oneof![
            Just("2024-02-29"),
            Just("2023-02-29"),
            Just("dermal"),
            Just("microneedling"),
            Just("microdermal"),
            Just("dermal-clean@0-180"),
            Just("mn-next-session"),
            Just("next-session"),
            Just("<script>")
        ]
        .prop_map(|s| serde_json::Value::String(s.to_string())),
    ];
    let value = leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop_oneof![
            Just("version"),
            Just("plans"),
            Just("id"),
            Just("name"),
            Just("procedure"),
            Just("region"),
            Just("date"),
            Just("ticks"),
            Just("done"),
            Just("x")
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(key.prop_map(str::to_string), inner, 0..7)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    let record = (0u64..5, prop::collection::vec(value.clone(), 0..4))
        .prop_map(|(v, plans)| serde_json::json!({"version": v, "plans": plans}).to_string());
    let damaged = (
        prop_oneof![
            Just(V1_FIXTURE),
            Just(V2_FIXTURE),
            Just(V3_READABLE_FIXTURE)
        ],
        any::<prop::sample::Index>(),
        ".{0,3}",
    )
        .prop_map(|(base, at, junk)| {
            let mut cut = at.index(base.len() + 1);
            while !base.is_char_boundary(cut) {
                cut -= 1;
            }
            format!("{}{}{}", &base[..cut], junk, &base[cut..])
        });
    prop_oneof![value.prop_map(|v| v.to_string()), record, damaged]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn aftercare_prop_decode_never_panics(raw in any::<String>()) {
        let _ = decode(Some(&raw));
    }

    #[test]
    fn aftercare_prop_decode_jsonish_never_panics(raw in jsonish()) {
        let decoded = decode(Some(&raw));
        // Whatever loads is valid: saving and reloading it changes nothing.
        if let Decoded::Loaded(plans) | Decoded::Migrated { plans, .. } = &decoded {
            prop_assert!(plans.len() <= MAX_PLANS);
            prop_assert_eq!(decode(Some(&encode(plans))), Decoded::Loaded(plans.clone()));
        }
        if let Decoded::Corrupt { reason } = &decoded {
            prop_assert!(reason.chars().count() <= 201);
        }
    }

    #[test]
    fn aftercare_prop_import_never_panics(raw in prop_oneof![jsonish(), any::<String>()], y in 1900i32..2100, doy in 0i64..366) {
        let today = d(&format!("{y:04}-01-01")).add_days(doy);
        if let Ok(plans) = import_json(&raw, today) {
            prop_assert!(plans.iter().all(|p| p.date <= today && p.name.chars().count() <= MAX_NAME_CHARS));
            prop_assert_eq!(import_json(&export_json(&plans), today), Ok(plans));
        }
    }

    #[test]
    fn aftercare_prop_dates(raw in "[0-9]{4}-[0-9]{2}-[0-9]{2}|.{0,12}", days in -800_000i64..800_000) {
        if let Ok(date) = Date::parse(&raw) {
            prop_assert_eq!(date.to_string(), raw);
            let moved = date.add_days(days);
            if date.checked_add_days(days).is_some() {
                prop_assert_eq!(moved.days_since(date), days);
            }
        }
    }

    #[test]
    fn aftercare_prop_views_and_ics(day in -10i64..400, mn in any::<bool>(), name in "\\PC{0,60}") {
        let procedure = if mn { Microneedling } else { Dermal };
        let mut plans = Plans::new();
        let id = plans.add(NewPlan { name, ..new_plan(procedure, "2020-01-01") }, d("2021-01-01")).unwrap();
        let plan = plans.get(&id).unwrap();
        let v = today_view(plan, plan.date.add_days(day));
        prop_assert_eq!(v.day_number, day);
        prop_assert_eq!(v.complete, day > i64::from(aftercare_plan(procedure).last_day));
        for t in &v.today_tasks {
            prop_assert!(t.from <= v.date && v.date <= t.to);
            let tick_day = u16::try_from(day).unwrap();
            prop_assert!(plans.clone().toggle(&id, t.task.id, tick_day).is_ok());
        }
        let ics = calendar_ics(plan, "20240101T000000Z");
        prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75 && !l.contains('\n') && !l.contains('\r')));
    }
}

// Found by `make fuzz` (stored_plans, import_file): a blank name with a region id that is not on
// the map once turned "-x" into "Micro-dermal,  x", which read back as "Micro-dermal, x".
#[test]
fn aftercare_default_names_survive_a_save() {
    let raw = r#"{"version":2,"plans":[{"id":"a","name":"","procedure":"dermal","region":"-x","date":"2024-03-01"}]}"#;
    let plans = decode(Some(raw)).plans().cloned().expect("loads");
    assert_eq!(plans.iter().next().unwrap().name, "Micro-dermal, x");
    assert_eq!(
        decode(Some(&encode(&plans))),
        Decoded::Loaded(plans.clone())
    );
    let again = import_json(&export_json(&plans), d("2024-06-01")).unwrap();
    assert_eq!(again, plans);
}

proptest! {
    #[test]
    fn aftercare_prop_loaded_plans_round_trip(region in "[a-z0-9-]{1,20}", name in "[ a-zA-Z-]{0,8}", mn in any::<bool>()) {
        let procedure = if mn { "microneedling" } else { "dermal" };
        let raw = format!(r#"{{"version":2,"plans":[{{"id":"p1","name":"{name}","procedure":"{procedure}","region":"{region}","date":"2024-03-01"}}]}}"#);
        if let Some(plans) = decode(Some(&raw)).plans().cloned() {
            prop_assert_eq!(decode(Some(&encode(&plans))), Decoded::Loaded(plans.clone()));
            prop_assert_eq!(import_json(&export_json(&plans), d("2024-06-01")).unwrap(), plans);
        }
    }
}
