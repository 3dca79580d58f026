//! The warning signs a person has ticked, kept apart from the plans: they are about the
//! person, not a plan, so they outlive plan changes and removals, reloads and other tabs
//! until the person unticks them.
//!
//! Stored under [`SIGNS_KEY`] as `{"version":1,"ticked":["fever",...]}`. Ids this version does
//! not know (a newer Dermamap's signs) are kept and written back unchanged.

use serde::{Deserialize, Serialize};

use crate::locale::fill;

use super::signs::{warning_sign, Urgency, WarningSign};

/// The localStorage key of the ticked signs.
pub const SIGNS_KEY: &str = "dermamap.signs";
/// Where an unreadable value is copied before it is replaced.
pub const SIGNS_BACKUP_KEY: &str = "dermamap.signs.backup";
const VERSION: u32 = 1;
/// More ids than any version will offer: a longer list is not ours.
const MAX_IDS: usize = 200;
const MAX_ID_CHARS: usize = 64;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TickedSigns {
    ids: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Record {
    version: u32,
    ticked: Vec<String>,
}

/// Why a stored value could not be read (it is backed up, then replaced).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableSigns(pub String);

impl TickedSigns {
    /// Reads the stored value; nothing stored is an empty list.
    pub fn parse(raw: Option<&str>) -> Result<TickedSigns, UnreadableSigns> {
        let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
            return Ok(TickedSigns::default());
        };
        let record: Record = serde_json::from_str(raw).map_err(|e| {
            UnreadableSigns(fill(
                tr!("not a list of ticked signs ({e})"),
                &[("e", &super::json_problem::json_problem(&e))],
            ))
        })?;
        if record.version == 0 {
            return Err(UnreadableSigns(tr!("version 0 is not a version").into()));
        }
        if record.ticked.len() > MAX_IDS
            || record
                .ticked
                .iter()
                .any(|id| id.chars().count() > MAX_ID_CHARS)
        {
            return Err(UnreadableSigns(
                tr!("the list is longer than any Dermamap writes").into(),
            ));
        }
        let mut ids = Vec::new();
        for id in record.ticked {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(TickedSigns { ids })
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(&Record {
            version: VERSION,
            ticked: self.ids.clone(),
        })
        .unwrap_or_default()
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    /// Ticks or unticks one sign; other ids, known or not, are left as they are.
    pub fn set(&mut self, id: &str, on: bool) {
        self.ids.retain(|i| i != id);
        if on {
            self.ids.push(id.to_string());
        }
    }

    /// The ticked signs this version knows, in the order they were ticked.
    pub fn signs(&self) -> Vec<&'static WarningSign> {
        self.ids.iter().filter_map(|id| warning_sign(id)).collect()
    }

    /// The ticked signs that call for medical help now.
    pub fn urgent(&self) -> Vec<&'static WarningSign> {
        self.signs()
            .into_iter()
            .filter(|s| s.urgency == Urgency::MedicalHelpNow)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_unknown_ids() {
        let mut t =
            TickedSigns::parse(Some(r#"{"version":3,"ticked":["fever","future-sign"]}"#)).unwrap();
        assert!(t.is_ticked("fever"));
        assert_eq!(t.urgent().len(), 1);
        t.set("top-higher", true);
        t.set("fever", false);
        let again = TickedSigns::parse(Some(&t.encode())).unwrap();
        assert!(again.is_ticked("future-sign") && again.is_ticked("top-higher"));
        assert!(!again.is_ticked("fever"));
        assert!(again.urgent().is_empty());
    }

    #[test]
    fn bad_values_are_reported_not_guessed() {
        assert_eq!(TickedSigns::parse(None), Ok(TickedSigns::default()));
        assert_eq!(TickedSigns::parse(Some("  ")), Ok(TickedSigns::default()));
        for bad in [
            "{",
            "[]",
            r#"{"version":1}"#,
            r#"{"version":0,"ticked":[]}"#,
            r#"{"version":1,"ticked":[1]}"#,
        ] {
            assert!(TickedSigns::parse(Some(bad)).is_err(), "{bad}");
        }
        let long = format!(r#"{{"version":1,"ticked":["{}"]}}"#, "x".repeat(65));
        assert!(TickedSigns::parse(Some(&long)).is_err());
    }

    #[test]
    fn urgent_signs_are_the_medical_help_today_tier() {
        let mut t = TickedSigns::default();
        for id in ["fever", "mn-pus", "top-higher", "mn-peeling"] {
            t.set(id, true);
        }
        let urgent: Vec<_> = t.urgent().iter().map(|s| s.id).collect();
        assert_eq!(urgent, ["fever", "mn-pus"]);
    }
}
