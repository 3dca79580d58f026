//! The stored form of the plans: one versioned JSON record, its migrations, and the
//! export/import files (the same format, pretty-printed).
//!
//! Versions:
//! - **1** (shipped first): `{"version":1,"plans":[{"name","procedure","date","done":[ids]}]}`.
//!   No plan ids, no region; `procedure` was `"microdermal"` or `"microneedling"`; `done` held
//!   only the one-off milestones, by their old unprefixed ids (`"plaster-off"`).
//! - **2** (current): `{"version":2,"plans":[{"id","name","procedure","region","date","ticks"}]}`,
//!   where `ticks` holds one entry per ticked task: `"<task-id>@<days>"` for a daily task, the
//!   days as comma-separated runs (`"dermal-clean@0-13,15"`), and `"<task-id>"` for a one-off
//!   task (`"dermal-plaster-off"`). Readers also accept several entries for one task. Runs
//!   keep even [`MAX_PLANS`] plans ticked on alternate days far below the import limit
//!   (a per-day key list would not fit in [`MAX_IMPORT_BYTES`]).
//!
//! Reading is total: any input gives a [`Decoded`] or an [`ImportError`], never a panic.
//! A record from a newer version is never overwritten: the app should go read-only.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::Procedure;

use super::date::Date;
use super::plans::{
    is_plan_id, is_region_id, normalise_name, unique_id, Plan, Plans, MAX_PLANS, MIN_YEAR,
};
use super::schedule::{aftercare_plan, task, tick_key, Repeat};

/// The localStorage key of the record.
pub const STORAGE_KEY: &str = "dermamap.aftercare";
/// Prefix of keys holding copies of records that could not be read (see [`backup_key`]).
pub const BACKUP_KEY_PREFIX: &str = "dermamap.aftercare.backup";
/// The version [`encode`] and [`export_json`] write.
pub const CURRENT_VERSION: u32 = 2;
/// Largest import file accepted.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;
/// Largest stored record read (localStorage holds about 5 MB per origin).
pub const MAX_STORED_BYTES: usize = 2 * 1024 * 1024;
/// Reasons are cut to this many characters: they may quote hostile input.
const MAX_REASON_CHARS: usize = 200;

/// The key to copy an unreadable record to before starting afresh, e.g.
/// `dermamap.aftercare.backup.20240301T120000Z`. `stamp` is reduced to `[A-Za-z0-9-_:.]`.
pub fn backup_key(stamp: &str) -> String {
    let stamp: String = stamp
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .take(40)
        .collect();
    format!("{BACKUP_KEY_PREFIX}.{stamp}")
}

/// What was found under [`STORAGE_KEY`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Nothing stored (or only white space): start with no plans.
    Empty,
    /// A current-version record.
    Loaded(Plans),
    /// An older record, converted: save it back (after backing up the original) to finish.
    Migrated { plans: Plans, from: u32 },
    /// Not a record Dermamap can read. Back the raw text up before writing anything.
    Corrupt { reason: String },
    /// Written by a newer Dermamap. Never overwrite it: show `readable` (if the current
    /// reader could make sense of it) read-only and ask the person to update.
    FromNewerVersion {
        version: u32,
        readable: Option<Plans>,
    },
}

impl Decoded {
    /// The plans to show, if any.
    pub fn plans(&self) -> Option<&Plans> {
        match self {
            Decoded::Loaded(p) | Decoded::Migrated { plans: p, .. } => Some(p),
            Decoded::FromNewerVersion { readable, .. } => readable.as_ref(),
            Decoded::Empty | Decoded::Corrupt { .. } => None,
        }
    }

    /// Whether the app may write to [`STORAGE_KEY`] (after backing up a corrupt record).
    pub fn may_write(&self) -> bool {
        !matches!(self, Decoded::FromNewerVersion { .. })
    }
}

/// Reads the stored record. `None` = nothing under the key.
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    if raw.len() > MAX_STORED_BYTES {
        return Decoded::Corrupt {
            reason: format!("the record is too large ({} bytes)", raw.len()),
        };
    }
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.trim().is_empty() {
        return Decoded::Empty;
    }
    let parsed = match parse_record(raw) {
        Ok(parsed) => parsed,
        Err(reason) => {
            return Decoded::Corrupt {
                reason: short(&reason),
            }
        }
    };
    match (parsed.version, parsed.plans) {
        (version, plans) if version > CURRENT_VERSION => Decoded::FromNewerVersion {
            version,
            readable: plans.ok(),
        },
        (_, Err(reason)) => Decoded::Corrupt {
            reason: short(&reason),
        },
        (CURRENT_VERSION, Ok(plans)) => Decoded::Loaded(plans),
        (from, Ok(plans)) => Decoded::Migrated { plans, from },
    }
}

/// The record to store: compact JSON of the current version.
pub fn encode(plans: &Plans) -> String {
    serde_json::to_string(&record(plans))
        .expect("strings, dates and unit variants always serialise")
}

/// The export file: the same record as [`encode`], pretty-printed.
pub fn export_json(plans: &Plans) -> String {
    serde_json::to_string_pretty(&record(plans))
        .expect("strings, dates and unit variants always serialise")
}

/// Why an import file was refused. [`ImportError::message`] says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize },
    /// Not a Dermamap aftercare export (or a damaged one).
    Invalid { reason: String },
    /// Exported by a newer Dermamap.
    NewerVersion { version: u32 },
    /// A plan's procedure date is after today.
    FutureDate { name: String, date: Date },
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::Empty => "The file is empty.".to_string(),
            ImportError::TooLarge { bytes } => format!(
                "The file is too large ({} KB); a Dermamap export is at most {} KB.",
                bytes.div_ceil(1024),
                MAX_IMPORT_BYTES / 1024
            ),
            ImportError::Invalid { reason } => {
                format!("This is not a Dermamap aftercare export, or it is damaged ({reason}). Nothing was imported.")
            }
            ImportError::NewerVersion { version } => format!(
                "This file comes from a newer version of Dermamap (format {version}). Update Dermamap, then import it again."
            ),
            ImportError::FutureDate { name, date } => {
                format!("The plan \"{name}\" starts on {date}, which is after today. Nothing was imported.")
            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// Reads an export file (any shipped version). Checks the size, the version and every plan;
/// names are cleaned and cut to length, unknown task ids dropped, future dates refused.
/// Merge the result with [`Plans::merge_import`].
pub fn import_json(text: &str, today: Date) -> Result<Plans, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let parsed = parse_record(text).map_err(|r| ImportError::Invalid { reason: short(&r) })?;
    if parsed.version > CURRENT_VERSION {
        return Err(ImportError::NewerVersion {
            version: parsed.version,
        });
    }
    let plans = parsed
        .plans
        .map_err(|r| ImportError::Invalid { reason: short(&r) })?;
    if let Some(p) = plans.iter().find(|p| p.date > today) {
        return Err(ImportError::FutureDate {
            name: p.name.clone(),
            date: p.date,
        });
    }
    Ok(plans)
}

// ---------------------------------------------------------------------------------------
// Wire formats

#[derive(Serialize)]
struct RecordOut {
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

fn record(plans: &Plans) -> RecordOut {
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
struct Parsed {
    version: u32,
    plans: Result<Plans, String>,
}

fn parse_record(text: &str) -> Result<Parsed, String> {
    // serde_json stops at 128 levels of nesting, so hostile depth is an error, not a crash.
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(mut obj) = value else {
        return Err(format!("expected a JSON object, found {}", kind(&value)));
    };
    let version = match obj.get("version") {
        None => return Err("the record has no version".into()),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(0) | None => return Err(format!("version {n} does not exist")),
            Some(v) => u32::try_from(v).map_err(|_| format!("version {v} does not exist"))?,
        },
        Some(other) => return Err(format!("the version is {}, not a number", kind(other))),
    };
    let plans = match version {
        1 => read_v1(&mut obj),
        _ => read_v2(&mut obj),
    };
    Ok(Parsed { version, plans })
}

fn take_plans(obj: &mut Map<String, Value>) -> Result<Vec<Value>, String> {
    match obj.remove("plans") {
        None => Err("the record has no plans list".into()),
        Some(Value::Array(list)) if list.len() > MAX_PLANS => Err(format!(
            "{} plans; at most {MAX_PLANS} are kept",
            list.len()
        )),
        Some(Value::Array(list)) => Ok(list),
        Some(other) => Err(format!("plans is {}, not a list", kind(&other))),
    }
}

fn read_v2(obj: &mut Map<String, Value>) -> Result<Plans, String> {
    let mut plans: Vec<Plan> = Vec::new();
    for (i, v) in take_plans(obj)?.into_iter().enumerate() {
        let at = |e: &dyn fmt::Display| format!("plan {}: {e}", i + 1);
        let w: PlanV2 = serde_json::from_value(v).map_err(|e| at(&e))?;
        if !is_plan_id(&w.id) {
            return Err(at(&"the id is not valid"));
        }
        if plans.iter().any(|p| p.id == w.id) {
            return Err(at(&"the id is used twice"));
        }
        let region = checked_region(w.region).map_err(|e| at(&e))?;
        check_date(w.date).map_err(|e| at(&e))?;
        let name = normalise_name(&w.name, w.procedure, region.as_deref());
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
        let at = |e: &dyn fmt::Display| format!("plan {}: {e}", i + 1);
        let w: PlanV1 = serde_json::from_value(v).map_err(|e| at(&e))?;
        let procedure = match w.procedure.as_str() {
            "microdermal" | "dermal" => Procedure::Dermal,
            "microneedling" => Procedure::Microneedling,
            _ => return Err(at(&"unknown procedure")),
        };
        check_date(w.date).map_err(|e| at(&e))?;
        let name = normalise_name(&w.name, procedure, None);
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
        let id = unique_id(&plans, procedure, w.date, None, &name);
        plans.push(Plan {
            id,
            name,
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
        Some(_) => Err("the region is not a valid id"),
    }
}

fn check_date(date: Date) -> Result<(), String> {
    if date.year() < MIN_YEAR {
        return Err(format!("the date {date} is before {MIN_YEAR}"));
    }
    Ok(())
}

/// Tick keys with runs of days collapsed, in task order.
fn ticks_to_wire(plan: &Plan) -> Vec<String> {
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
fn ticks_from_wire(procedure: Procedure, entries: &[String]) -> BTreeSet<String> {
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

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// At most [`MAX_REASON_CHARS`] characters, control characters as spaces.
fn short(reason: &str) -> String {
    let mut out: String = reason
        .chars()
        .take(MAX_REASON_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if reason.chars().nth(MAX_REASON_CHARS).is_some() {
        out.push('…');
    }
    out
}
