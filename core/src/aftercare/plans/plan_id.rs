//! A plan's id: derived from its content, so the same plan from two devices merges as one.

use std::fmt;

use crate::model::Procedure;

use super::super::date::Date;
use super::{Plan, MAX_ID_CHARS};

/// The id of a plan, as returned by [`Plans::add`](super::Plans::add). Derefs to `&str`.
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
