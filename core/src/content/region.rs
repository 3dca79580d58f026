//! A region of the body map: where it is drawn, which procedures it offers, the tissue under
//! it, and its facts.

use crate::locale::{tr, Text};
use crate::model::{Procedure, View};

use super::{Fact, FactKind, RegionId};

/// How fleshy the tissue under a placement is. Seed 000: the fleshier the area, the more a
/// dermal hurts; the research notes: bonier, thinner-skinned areas hurt more when needling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tissue {
    Bony,
    Average,
    Fleshy,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    /// Which region: its address and stored name.
    pub id: RegionId,
    pub name: Text,
    pub view: View,
    pub procedures: &'static [Procedure],
    pub tissue: Tissue,
    pub description: Text,
    pub facts: &'static [Fact],
}

impl Region {
    pub fn suits(&self, p: Procedure) -> bool {
        self.procedures.contains(&p)
    }

    /// The first fact of this kind for this procedure.
    pub fn fact(&self, kind: FactKind, procedure: Procedure) -> Option<&'static Fact> {
        self.facts
            .iter()
            .find(|f| f.kind == kind && f.procedure == procedure)
    }

    /// All facts of this region for one procedure, in the order written.
    pub fn facts_for(&self, procedure: Procedure) -> impl Iterator<Item = &'static Fact> {
        let facts: &'static [Fact] = self.facts;
        facts.iter().filter(move |f| f.procedure == procedure)
    }

    /// Accessible name, e.g. "Nape of the neck, micro-dermal".
    pub fn accessible_name(&self) -> String {
        let procs: Vec<&str> = self.procedures.iter().map(|p| p.label()).collect();
        format!("{}, {}", tr(self.name), procs.join(tr!(" and ")))
    }
}
