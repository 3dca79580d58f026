//! A person's aftercare plans: one per procedure they had, with the tasks they ticked.
//! `Plans` is the only way to change them, so its limits always hold.

use std::collections::BTreeSet;
use std::fmt;

use crate::locale::{fill, tr};
use crate::model::Procedure;
use crate::text::one_line;

use super::by_procedure::{aftercare_plan, task};
use super::date::Date;
use super::schedule::{tick_key, AftercarePlan, Repeat};

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

/// The id of a plan, as returned by [`Plans::add`]. Derefs to `&str`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlanId(pub String);

impl PlanId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for PlanId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<PlanId> for String {
    fn from(id: PlanId) -> String {
        id.0
    }
}

/// Why a change to the plans was refused. [`PlanError::message`] says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The procedure date is after today.
    FutureDate { date: Date, today: Date },
    /// The procedure date is before [`MIN_YEAR`].
    DateTooOld { date: Date },
    /// The name has more than [`MAX_NAME_CHARS`] characters.
    NameTooLong { chars: usize },
    /// The region is not a body-map id.
    InvalidRegion,
    /// Already [`MAX_PLANS`] plans.
    TooManyPlans,
    /// No plan has that id.
    NotFound,
    /// The plan's procedure has no task with that id.
    UnknownTask,
    /// A daily task was ticked for a day outside its window.
    DayOutsideTask { day: u16 },
}

impl PlanError {
    pub fn message(&self) -> String {
        match self {
            PlanError::FutureDate { date, today } => fill(
                tr!("The procedure date {date} is after today ({today}). Start the plan on the day of the procedure."),
                &[("date", date), ("today", today)],
            ),
            PlanError::DateTooOld { date } => {
                fill(
                    tr!("The date {date} is before {MIN_YEAR}. Check the year."),
                    &[("date", date), ("MIN_YEAR", &MIN_YEAR)],
                )
            }
            PlanError::NameTooLong { chars } => fill(
                tr!("The name is {chars} characters long; keep it to {MAX_NAME_CHARS} or fewer."),
                &[("chars", chars), ("MAX_NAME_CHARS", &MAX_NAME_CHARS)],
            ),
            PlanError::InvalidRegion => tr!("That body area is not one Dermamap knows.").to_string(),
            PlanError::TooManyPlans => fill(
                tr!("You already have {MAX_PLANS} plans. Remove one you no longer need first."),
                &[("MAX_PLANS", &MAX_PLANS)],
            ),
            PlanError::NotFound => tr!("That plan no longer exists.").to_string(),
            PlanError::UnknownTask => tr!("That task is not part of this plan.").to_string(),
            PlanError::DayOutsideTask { day } => {
                fill(tr!("That task is not due on day {day}."), &[("day", day)])
            }
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for PlanError {}

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
            n => n,
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

/// What an import did, plan by plan (by name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: Vec<String>,
    pub already_here: Vec<String>,
    /// Not added: the list already had [`MAX_PLANS`] plans.
    pub no_room: Vec<String>,
}

impl MergeReport {
    /// One message a person can act on, e.g. "Imported 2 plans: “A”, “B”. 1 did not fit ...".
    pub fn message(&self) -> String {
        fn names(list: &[String]) -> String {
            list.iter()
                .map(|n| fill(tr!("“{n}”"), &[("n", n)]))
                .collect::<Vec<_>>()
                .join(", ")
        }
        fn plans(n: usize) -> String {
            if n == 1 {
                tr!("1 plan").into()
            } else {
                fill(tr!("{n} plans"), &[("n", &n)])
            }
        }
        let mut parts = Vec::new();
        parts.push(match self.added.len() {
            0 => tr!("No plan was imported.").to_string(),
            n => fill(
                tr!("Imported {}: {}."),
                &[("", &plans(n)), ("", &names(&self.added))],
            ),
        });
        if !self.already_here.is_empty() {
            parts.push(fill(
                tr!("Already here, kept as they are: {}."),
                &[("", &names(&self.already_here))],
            ));
        }
        if !self.no_room.is_empty() {
            parts.push(fill(
                tr!("Not imported, as Dermamap keeps at most {MAX_PLANS} plans: {}. Remove plans you no longer need and import the file again."),
                &[("MAX_PLANS", &MAX_PLANS), ("", &names(&self.no_room))],
            ));
        }
        parts.join(" ")
    }

    /// Whether everything in the file is now in the list.
    pub fn complete(&self) -> bool {
        self.no_room.is_empty()
    }
}

impl<'a> IntoIterator for &'a Plans {
    type Item = &'a Plan;
    type IntoIter = std::slice::Iter<'a, Plan>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Like [`one_line`], cut to [`MAX_NAME_CHARS`] (empty stays empty: shown by its procedure
/// and place, [`Plan::shown_name`]).
pub(crate) fn normalise_name(raw: &str) -> String {
    // Only the first few KB can matter; do not scan a hostile megabyte.
    let head = match raw.char_indices().nth(4 * MAX_NAME_CHARS) {
        Some((at, _)) => &raw[..at],
        None => raw,
    };
    let cleaned = one_line(head);
    let cut: String = cleaned.chars().take(MAX_NAME_CHARS).collect();
    cut.trim_end().to_string()
}

/// "Micro-dermal, nape of the neck" or "Microneedling".
pub fn default_name(procedure: Procedure, region: Option<&str>) -> String {
    let what = procedure.short_name();
    let name = match region {
        Some(id) => {
            let place = crate::content::region(id).map_or_else(
                || id.replace('-', " "),
                |r| crate::locale::in_sentence(tr(r.name)),
            );
            fill(
                tr!("{what}, {place}"),
                &[("what", &what), ("place", &place)],
            )
        }
        None => what.to_string(),
    };
    // Clean like any stored name, so a region id such as "-x" or "a--b" (double spaces once
    // the hyphens become spaces) reads back unchanged after a save (found by fuzzing).
    one_line(&name)
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

pub(crate) fn is_region_id(s: &str) -> bool {
    (1..=MAX_REGION_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn is_plan_id(s: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff; // separator, so ("ab","c") and ("a","bc") differ
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A readable id derived from the plan's content (`dermal-20240301-1a2b3c4d`), so the same
/// plan exported from two devices merges as one. Salted until unique among `existing`.
pub(crate) fn unique_id(
    existing: &[Plan],
    procedure: Procedure,
    date: Date,
    region: Option<&str>,
    name: &str,
) -> String {
    let date_text = date.to_basic();
    (0u32..)
        .map(|salt| {
            let h = fnv1a(&[
                procedure.slug().as_bytes(),
                date_text.as_bytes(),
                region.unwrap_or("").as_bytes(),
                name.as_bytes(),
                &salt.to_le_bytes(),
            ]);
            format!("{}-{}-{:08x}", procedure.slug(), date_text, h as u32)
        })
        .find(|id| existing.iter().all(|p| &p.id != id))
        .unwrap_or_default() // unreachable: at most MAX_PLANS ids are taken
}
