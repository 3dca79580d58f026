//! Reading an export file made by any shipped version, refused with a reason a person can
//! act on when it cannot be used.

use std::fmt;

use crate::locale::fill;

use super::super::date::Date;
use super::super::plans::Plans;
use super::record::{parse_record, short};
use super::{CURRENT_VERSION, MAX_IMPORT_BYTES};

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
            ImportError::Empty => tr!("The file is empty.").to_string(),
            ImportError::TooLarge { bytes } => fill(
                tr!("The file is too large ({} KB); a Dermamap export is at most {} KB."),
                &[
                    ("", &bytes.div_ceil(1024)),
                    ("", &(MAX_IMPORT_BYTES / 1024)),
                ],
            ),
            ImportError::Invalid { reason } => {
                fill(
                    tr!("This is not a Dermamap aftercare export, or it is damaged ({reason})."),
                    &[("reason", reason)],
                )
            }
            ImportError::NewerVersion { version } => fill(
                tr!("This file comes from a newer version of Dermamap (format {version}). Update Dermamap, then import it again."),
                &[("version", version)],
            ),
            ImportError::FutureDate { name, date } => {
                fill(
                    tr!("The plan \"{name}\" starts on {date}, which is after today."),
                    &[("name", name), ("date", date)],
                )
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

/// Checks a file's size before it is read (a browser reports it without reading): a file
/// over [`MAX_IMPORT_BYTES`] is refused without loading it into memory.
pub fn check_import_size(bytes: f64) -> Result<(), ImportError> {
    if bytes.is_finite() && bytes >= 0.0 && bytes <= MAX_IMPORT_BYTES as f64 {
        Ok(())
    } else {
        Err(ImportError::TooLarge {
            bytes: if bytes.is_finite() && bytes > 0.0 {
                bytes as usize
            } else {
                usize::MAX
            },
        })
    }
}

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
            name: p.shown_name(),
            date: p.date,
        });
    }
    Ok(plans)
}
