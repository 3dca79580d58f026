//! The regions of the body map and their sourced facts, as static data compiled into the app.
//!
//! Editing guide: each region is one `Region { .. }` entry in a file of [`regions`](mod@regions). A fact needs at
//! least one source; a fact with no source is left out, never guessed. Where sources differ,
//! each source's figure is its own fact, saying who says it, and pages show them side by side with the span across them. Facts shared by
//! many regions are named constants (`D_*` for micro-dermals, `N_*` for microneedling), so a
//! correction is made once. Procedure-wide facts are each procedure's `GENERAL` list. Host tests check ids,
//! sources and ranges.
//!
//! Files: [`sources`] (every source, its kind and how much weight it carries), [`fact`] and
//! [`region`](mod@region) (the record types), [`dermal`] and [`microneedling`] (facts per procedure),
//! [`contraindications`] (who should not have microneedling, and how strongly),
//! [`pain_studies`] (the published pain figures and their conditions), [`prices`] (the sourced
//! prices the estimator starts from), [`regions`](mod@regions) (the map's regions by family), [`about`]
//! (which facts each procedure's About page shows, under which heading), [`disclaimer`].
//! [`warning_signs`] (what is normal after a procedure, and the signs to act on, in three
//! tiers) is offered by aftercare as `aftercare::signs`.

mod about;
mod contraindications;
mod dermal;
mod disclaimer;
mod fact;
mod microneedling;
mod pain_studies;
mod prices;
mod region;
mod region_id;
mod regions;
#[cfg(test)]
mod source_texts;
pub mod sources;
#[cfg(test)]
mod tests;
pub mod warning_signs;

pub use about::{about_sections, span_across, AboutSection};
pub use contraindications::{Contraindication, Strength, NEEDLING_CONTRAINDICATIONS};
pub use disclaimer::DISCLAIMER;
pub use fact::{Fact, FactKind};
pub use pain_studies::{Numbing, PainStudy, PAIN_STUDIES};
pub use prices::{
    sourced_price, DERMAL_PRICES, DERMAL_PRICE_SOURCES, NEEDLING_PRICES, NEEDLING_PRICE_SOURCES,
};
pub use region::{Region, Tissue};
pub use region_id::RegionId;
pub use regions::{region, region_of, regions, regions_for, regions_in};

use crate::model::Procedure;

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
