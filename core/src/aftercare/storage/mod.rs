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
//!   keep even [`MAX_PLANS`](super::MAX_PLANS) plans ticked on alternate days far below the import limit
//!   (a per-day key list would not fit in [`MAX_IMPORT_BYTES`]).
//!
//! Reading is total: any input gives a [`Decoded`] or an [`ImportError`], never a panic.
//! A record from a newer version is never overwritten: the app should go read-only.

//!
//! Files: [`record`](mod@record) reads and writes the wire formats of each version, [`ticks`] packs
//! tick keys into runs of days, [`import`] checks an export file before it is merged, [`keep`]
//! carries fields this version does not know into the next record written.

mod import;
mod keep;
mod record;
mod ticks;

pub use import::{check_import_size, import_json, ImportError};
pub use keep::{encode_keeping, same_record, unknown_fields};

use crate::locale::fill;

use super::plans::Plans;
use record::{parse_record, record, short};

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
            reason: fill(
                tr!("the record is too large ({} bytes)"),
                &[("", &raw.len())],
            ),
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
