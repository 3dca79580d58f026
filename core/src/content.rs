//! The regions of the body map and their sourced facts, as static data compiled into the app.
//!
//! Editing guide: each region is one `Region { .. }` entry in `REGIONS` below. A fact needs at
//! least one source; a fact with no source is left out, never guessed. Host tests check ids,
//! sources and ranges.

use crate::model::{Procedure, Quantity, View};
use crate::sources::SourceId;

/// How fleshy the tissue under a placement is. Seed 000: the fleshier the area, the more a
/// dermal hurts; the research notes: bonier, thinner-skinned areas hurt more when needling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tissue {
    Bony,
    Average,
    Fleshy,
}

/// What a fact is about, so pages can group and the estimator can look facts up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKind {
    Pain,
    Healing,
    Risk,
    Suitability,
    NeedleDepthThin,
    NeedleDepthThick,
    Downtime,
    Sessions,
    Concerns,
    Mri,
    Cost,
    SeeADoctor,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub procedure: Procedure,
    /// One plain sentence a visitor reads.
    pub text: &'static str,
    /// The figure the sentence gives, if any.
    pub quantity: Option<Quantity>,
    pub sources: &'static [SourceId],
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    /// Stable, URL-safe id: lowercase ascii letters, digits and '-'.
    pub id: &'static str,
    pub name: &'static str,
    pub view: View,
    pub procedures: &'static [Procedure],
    pub tissue: Tissue,
    pub description: &'static str,
    pub facts: &'static [Fact],
}

impl Region {
    pub fn suits(&self, p: Procedure) -> bool {
        self.procedures.contains(&p)
    }

    /// The first fact of this kind for this procedure.
    pub fn fact(&self, kind: FactKind, procedure: Procedure) -> Option<&'static Fact> {
        self.facts.iter().find(|f| f.kind == kind && f.procedure == procedure)
    }

    /// Accessible name, e.g. "Nape of the neck, micro-dermal".
    pub fn accessible_name(&self) -> String {
        let procs: Vec<&str> = self.procedures.iter().map(|p| p.label()).collect();
        format!("{}, {}", self.name, procs.join(" and "))
    }
}

/// All regions of the map.
pub static REGIONS: &[Region] = &[];

/// Looks a region up by id.
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}
