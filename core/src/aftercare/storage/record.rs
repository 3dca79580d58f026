//! The wire formats of versions 1 and 2 and their readers: every field checked, every
//! failure a short reason.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::locale::fill;
use crate::model::Procedure;

use super::super::date::Date;
use super::super::json_problem::json_problem;
use super::super::plans::{
    is_plan_id, is_region_id, normalise_name, person_given, unique_id, Plan, Plans, MAX_PLANS,
    MIN_YEAR,
};
use super::ticks::{ticks_from_wire, ticks_to_wire};
use super::{CURRENT_VERSION, MAX_REASON_CHARS};

#[derive(Serialize)]
pub(super) struct RecordOut {
    version: u32,
    plans: Vec<PlanV2>,
}

#[derive(Serialize, Deserialize)]
struct PlanV2 {
    id: String,
    name: String,
    procedure: Procedure,
    #[serde(default)]
    region: Option<String>,
    date: Date,
    #[serde(default)]
    ticks: Vec<String>,
}

#[derive(Deserialize)]
struct PlanV1 {
    #[serde(default)]
    name: String,
    procedure: String,
    date: Date,
    #[serde(default)]
    done: Vec<String>,
}

/// v1 milestone ids and what they became.
const V1_TASK_IDS: &[(&str, &str)] = &[
    ("plaster-off", "dermal-plaster-off"),
    ("healing-check", "dermal-healing-check"),
    ("next-session", "mn-next-session"),
];

pub(super) fn record(plans: &Plans) -> RecordOut {
    RecordOut {
        version: CURRENT_VERSION,
        plans: plans
            .iter()
            .map(|p| PlanV2 {
                id: p.id.clone(),
                name: p.name.clone(),
                procedure: p.procedure,
                region: p.region.clone(),
                date: p.date,
                ticks: ticks_to_wire(p),
            })
            .collect(),
    }
}

/// A record's version and, separately, whether its plans could be read: a newer record is
/// still worth reporting as newer when its plans are not readable.
pub(super) struct Parsed {
    pub(super) version: u32,
    pub(super) plans: Result<Plans, String>,
}

pub(super) fn parse_record(text: &str) -> Result<Parsed, String> {
    // serde_json stops at 128 levels of nesting, so hostile depth is an error, not a crash.
    let value: Value = serde_json::from_str(text).map_err(|e| json_problem(&e))?;
    let Value::Object(mut obj) = value else {
        return Err(fill(
            tr!("expected a JSON object, found {}"),
            &[("", &kind(&value))],
        ));
    };
    let version = match obj.get("version") {
        None => return Err(tr!("the record has no version").into()),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(0) | None => return Err(fill(tr!("version {n} does not exist"), &[("n", n)])),
            Some(v) => u32::try_from(v)
                .map_err(|_| fill(tr!("version {v} does not exist"), &[("v", &v)]))?,
        },
        Some(other) => {
            return Err(fill(
                tr!("the version is {}, not a number"),
                &[("", &kind(other))],
            ))
        }
    };
    let plans = match version {
        1 => read_v1(&mut obj),
        _ => read_v2(&mut obj),
    };
    Ok(Parsed { version, plans })
}

fn take_plans(obj: &mut Map<String, Value>) -> Result<Vec<Value>, String> {
    match obj.remove("plans") {
        None => Err(tr!("the record has no plans list").into()),
        Some(Value::Array(list)) if list.len() > MAX_PLANS => Err(fill(
            tr!("{} plans; at most {MAX_PLANS} are kept"),
            &[("", &list.len()), ("MAX_PLANS", &MAX_PLANS)],
        )),
        Some(Value::Array(list)) => Ok(list),
        Some(other) => Err(fill(tr!("plans is {}, not a list"), &[("", &kind(&other))])),
    }
}

fn read_v2(obj: &mut Map<String, Value>) -> Result<Plans, String> {
    let mut plans: Vec<Plan> = Vec::new();
    for (i, v) in take_plans(obj)?.into_iter().enumerate() {
        let at = |e: &dyn fmt::Display| fill(tr!("plan {}: {e}"), &[("", &(i + 1)), ("e", e)]);
        let w: PlanV2 = serde_json::from_value(v).map_err(|e| at(&json_problem(&e)))?;
        if !is_plan_id(&w.id) {
            return Err(at(&tr!("the id is not valid")));
        }
        if plans.iter().any(|p| p.id == w.id) {
            return Err(at(&tr!("the id is used twice")));
        }
        let region = checked_region(w.region).map_err(|e| at(&e))?;
        check_date(w.date).map_err(|e| at(&e))?;
        let name = normalise_name(&w.name);
        let name = person_given(name, w.procedure, region.as_deref());
        let ticks = ticks_from_wire(w.procedure, &w.ticks);
        plans.push(Plan {
            id: w.id,
            name,
            procedure: w.procedure,
            region,
            date: w.date,
            ticks,
        });
    }
    Ok(Plans::from_checked(plans))
}

/// v1 -> v2: ids derived from the content, no region, milestone ids renamed.
fn read_v1(obj: &mut Map<String, Value>) -> Result<Plans, String> {
    let mut plans: Vec<Plan> = Vec::new();
    for (i, v) in take_plans(obj)?.into_iter().enumerate() {
        let at = |e: &dyn fmt::Display| fill(tr!("plan {}: {e}"), &[("", &(i + 1)), ("e", e)]);
        let w: PlanV1 = serde_json::from_value(v).map_err(|e| at(&json_problem(&e)))?;
        let procedure = match w.procedure.as_str() {
            "microdermal" | "dermal" => Procedure::Dermal,
            "microneedling" => Procedure::Microneedling,
            _ => return Err(at(&tr!("unknown procedure"))),
        };
        check_date(w.date).map_err(|e| at(&e))?;
        let name = normalise_name(&w.name);
        let done: Vec<String> = w
            .done
            .iter()
            .map(|old| {
                V1_TASK_IDS
                    .iter()
                    .find(|(from, _)| from == old)
                    .map_or(old.as_str(), |(_, to)| to)
                    .to_string()
            })
            .collect();
        let ticks = ticks_from_wire(procedure, &done);
        // From the name as stored, so that one plan migrated before and after this reading of
        // default names keeps one id.
        let id = unique_id(&plans, procedure, w.date, None, &name);
        plans.push(Plan {
            id,
            name: person_given(name, procedure, None),
            procedure,
            region: None,
            date: w.date,
            ticks,
        });
    }
    Ok(Plans::from_checked(plans))
}

fn checked_region(region: Option<String>) -> Result<Option<String>, &'static str> {
    match region {
        None => Ok(None),
        Some(r) if r.is_empty() => Ok(None),
        Some(r) if is_region_id(&r) => Ok(Some(r)),
        Some(_) => Err(tr!("the region is not a valid id")),
    }
}

fn check_date(date: Date) -> Result<(), String> {
    if date.year() < MIN_YEAR {
        return Err(fill(
            tr!("the date {date} is before {MIN_YEAR}"),
            &[("date", &date), ("MIN_YEAR", &MIN_YEAR)],
        ));
    }
    Ok(())
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => tr!("true or false"),
        Value::Number(_) => tr!("a number"),
        Value::String(_) => tr!("a string"),
        Value::Array(_) => tr!("a list"),
        Value::Object(_) => tr!("an object"),
    }
}

/// At most [`MAX_REASON_CHARS`] characters on one line, `…` where it was cut.
pub(super) fn short(reason: &str) -> String {
    let (mut out, was_cut) = crate::text::cut(&crate::text::one_line(reason), MAX_REASON_CHARS);
    if was_cut {
        out.push('…');
    }
    out
}
