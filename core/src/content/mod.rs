//! The regions of the body map and their sourced facts, as static data compiled into the app.
//!
//! Editing guide: each region is one `Region { .. }` entry in a file of [`regions`]. A fact needs at
//! least one source; a fact with no source is left out, never guessed. Where sources differ,
//! the figure is the range spanning all of them and the fact cites every one. Facts shared by
//! many regions are named constants (`D_*` for micro-dermals, `N_*` for microneedling), so a
//! correction is made once. Procedure-wide facts are each procedure's `GENERAL` list. Host tests check ids,
//! sources and ranges.
//!
//! Files: [`fact`] and [`region`] (the record types), [`dermal`] and [`microneedling`]
//! (facts per procedure), [`contraindications`] (who should not have microneedling), [`regions`] (the map's regions by family), [`disclaimer`].

mod contraindications;
mod dermal;
mod disclaimer;
mod fact;
mod microneedling;
mod region;
mod region_id;
mod regions;
#[cfg(test)]
mod tests;

pub use contraindications::{Contraindication, NEEDLING_CONTRAINDICATIONS};
/// The sourced US prices, which the estimator's default price book reads.
pub use dermal::D_COST as DERMAL_COST;
pub use disclaimer::DISCLAIMER;
pub use fact::{Fact, FactKind};
pub use microneedling::N_COST as NEEDLING_COST;
pub use region::{Region, Tissue};
pub use region_id::RegionId;
pub use regions::{region, region_of, regions, regions_for, regions_in};

use crate::model::{Procedure, Quantity, Span};
use crate::sources::SourceId;

/// Facts that hold for a whole procedure, whatever the region: each procedure's list.
static GENERAL_FACTS: &[&[Fact]] = &[dermal::GENERAL, microneedling::GENERAL];

/// Procedure-wide facts for one procedure, in the order written.
pub fn general_facts(p: Procedure) -> impl Iterator<Item = &'static Fact> {
    GENERAL_FACTS
        .iter()
        .flat_map(|list| list.iter())
        .filter(move |f| f.procedure == p)
}

/// Every fact in the app: the general ones, then each region's. Shared facts appear once per use.
pub fn all_facts() -> impl Iterator<Item = &'static Fact> {
    GENERAL_FACTS
        .iter()
        .flat_map(|list| list.iter())
        .chain(regions().flat_map(|r| r.facts.iter()))
}

/// The sourced US price for the estimator: cents per anchor (micro-dermal) or per session
/// (microneedling), with the sources it spans. Read from the first costed fact, general first.
pub fn cost_span(procedure: Procedure) -> Option<(Span<u64>, &'static [SourceId])> {
    all_facts()
        .filter(|f| f.procedure == procedure && f.kind == FactKind::Cost)
        .find_map(|f| match f.quantity {
            Some(Quantity::UsdCents(span)) => Some((span, f.sources)),
            _ => None,
        })
}
