//! The regions of the map by family, in map order, and how to look them up.

/// A micro-dermal placement's facts: its own, then those every placement shares (healing and
/// cost by source, risks, MRI, infection, rejection), written once here.
macro_rules! dermal_facts {
    ($($fact:expr),* $(,)?) => {
        &[
            $($fact,)*
            D_HEALING_ARTICLE,
            D_HEALING_PIERCER,
            D_HEALING_STUDIOS,
            D_RISKS,
            D_MRI,
            D_COST_ARTICLE,
            D_COST_RETAIL_GAZETTE,
            D_COST_MUSEUM,
            D_INFECTION,
            D_INFECTION_URGENT,
            D_REJECTION_SIGNS,
            D_REJECTION,
        ]
    };
}

/// A microneedling area's facts: its own, then those every area shares (cost by source, when
/// to see a doctor, who should not have it), written once here.
macro_rules! needling_facts {
    ($($fact:expr),* $(,)?) => {
        &[$($fact,)* N_COST_ARTICLE, N_COST_CLINIC, N_SEE_DOCTOR]
    };
}

mod dermal;
mod microneedling_body;
mod microneedling_face;

use crate::model::{Procedure, View};

use super::{Region, RegionId};

const DERMAL: &[Procedure] = &[Procedure::Dermal];
const NEEDLING: &[Procedure] = &[Procedure::Microneedling];

/// Every family of regions, in map order.
static FAMILIES: &[&[Region]] = &[
    dermal::REGIONS,
    microneedling_face::REGIONS,
    microneedling_body::REGIONS,
];

/// The region with this id (every id has one: a test checks).
pub fn region_of(id: RegionId) -> Option<&'static Region> {
    regions().find(|r| r.id == id)
}

/// All regions of the map, in map order.
pub fn regions() -> impl Iterator<Item = &'static Region> + Clone {
    FAMILIES.iter().flat_map(|family| family.iter())
}

/// Looks a region up by id.
pub fn region(id: impl AsRef<str>) -> Option<&'static Region> {
    let id = RegionId::from_slug(id.as_ref())?;
    regions().find(|r| r.id == id)
}

/// The regions drawn on one view of the body, in map order.
pub fn regions_in(view: View) -> impl Iterator<Item = &'static Region> {
    regions().filter(move |r| r.view == view)
}

/// The regions where a procedure can be done, in map order.
pub fn regions_for(p: Procedure) -> impl Iterator<Item = &'static Region> {
    regions().filter(move |r| r.suits(p))
}
