//! Host tests of the estimator: one file per module they test, and here the fixtures and
//! input strategies they share.
// Prices are written as dollars_cents (`150_00` is $150.00) on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

use proptest::prelude::*;

use crate::content::{self, Region, Tissue};
use crate::estimator::{
    Concern, Currency, DermalOptions, EstimateInput, JewelleryPrices, Material, NeedleDepth,
    NeedlingOptions, PriceBook, PriceOrigin, Skin, Technique, Tolerance, TopStyle, ANCHORS_MAX,
    ANCHORS_MIN, SESSIONS_MAX, SESSIONS_MIN,
};
use crate::model::{Procedure, Span};

mod choices;
mod cost;
mod currency;
mod estimate;
mod input_error;
mod needle_depth;
mod pain;
mod price_book;
mod share_link;
mod summary;
mod warnings;

fn regions_for(p: Procedure) -> Vec<&'static Region> {
    content::regions().filter(|r| r.suits(p)).collect()
}

fn first_with(p: Procedure, tissue: Tissue) -> Option<&'static Region> {
    content::regions().find(|r| r.suits(p) && r.tissue == tissue)
}

fn dermal_input(region: impl AsRef<str>) -> EstimateInput {
    EstimateInput::for_region(Procedure::Dermal, region)
}

fn needling_input(region: impl AsRef<str>) -> EstimateInput {
    EstimateInput::for_region(Procedure::Microneedling, region)
}

const DERMAL_IDS: &[&str] = &[
    "cheekbone",
    "under-eye",
    "third-eye",
    "nape",
    "back-dimples",
    "collarbone",
    "sternum",
    "belly",
    "hip",
    "finger",
    "hand",
    "wrist",
    "thigh",
];

const NEEDLING_IDS: &[&str] = &[
    "forehead",
    "around-eyes",
    "cheeks",
    "chin-jaw",
    "nose",
    "neck",
    "abdomen",
    "thighs",
    "legs",
    "scars",
    "back",
    "scalp",
];

fn any_tolerance() -> impl Strategy<Value = Tolerance> {
    proptest::sample::select(Tolerance::ALL)
}

/// Any input at all, valid or not.
fn any_input() -> impl Strategy<Value = EstimateInput> {
    let region = prop_oneof![
        proptest::sample::select(DERMAL_IDS).prop_map(str::to_string),
        proptest::sample::select(NEEDLING_IDS).prop_map(str::to_string),
        ".{0,60}",
    ];
    (
        proptest::sample::select(Procedure::ALL.to_vec()),
        region,
        any_tolerance(),
        (
            any::<u8>(),
            proptest::sample::select(Technique::ALL),
            proptest::sample::select(Material::ALL),
            proptest::sample::select(TopStyle::ALL),
            any::<bool>(),
        ),
        (
            proptest::sample::select(Concern::ALL),
            proptest::sample::select(Skin::ALL),
            any::<u16>(),
            any::<bool>(),
            any::<u8>(),
            any::<bool>(),
        ),
    )
        .prop_map(|(procedure, region, tolerance, d, n)| EstimateInput {
            procedure,
            region,
            tolerance,
            dermal: DermalOptions {
                anchors: d.0,
                technique: d.1,
                material: d.2,
                top: d.3,
                jewellery_included: d.4,
            },
            needling: NeedlingOptions {
                concern: n.0,
                skin: n.1,
                depth: NeedleDepth::from_hundredths(n.2),
                numbing: n.3,
                sessions: n.4,
                at_home: n.5,
            },
        })
}

/// Inputs that pass validation (all fields in range, region suits the procedure).
fn valid_input() -> impl Strategy<Value = EstimateInput> {
    (
        any_input(),
        any::<prop::sample::Index>(),
        ANCHORS_MIN..=ANCHORS_MAX,
        NeedleDepth::MIN.hundredths()..=NeedleDepth::MAX.hundredths(),
        SESSIONS_MIN..=SESSIONS_MAX,
    )
        .prop_map(|(mut i, idx, a, d, s)| {
            let regions = regions_for(i.procedure);
            if !regions.is_empty() {
                i.region = regions[idx.index(regions.len())].id.to_string();
            }
            i.dermal.anchors = a;
            i.needling.depth = NeedleDepth::from_hundredths(d);
            i.needling.sessions = s;
            i
        })
}

fn any_span() -> impl Strategy<Value = Option<Span<u64>>> {
    proptest::option::of(prop_oneof![
        (0u64..1_000_000, 0u64..1_000_000).prop_map(|(a, b)| Span::new(a.min(b), a.max(b))),
        (any::<u64>(), any::<u64>()).prop_map(|(a, b)| Span::new(a, b)),
    ])
}

fn any_book() -> impl Strategy<Value = PriceBook> {
    (
        any_span(),
        any_span(),
        any_span(),
        any_span(),
        any_span(),
        any_span(),
        any::<bool>(),
    )
        .prop_map(|(d, t, n, g, s, ns, studio)| PriceBook {
            currency: Currency::EUR,
            dermal_per_anchor: d,
            jewellery: JewelleryPrices {
                titanium: t,
                niobium: n,
                gold: g,
                implant_steel: s,
            },
            needling_per_session: ns,
            origin: if studio {
                PriceOrigin::Studio { name: None }
            } else {
                PriceOrigin::Sourced
            },
        })
}
