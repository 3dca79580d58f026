//! The published US prices the estimator starts from: each source's price is its own fact;
//! the estimator's default spans them.

use crate::model::{Quantity, Span};
use crate::sources::SourceId::{self, *};

use super::dermal::{D_COST_ARTICLE, D_COST_MUSEUM, D_COST_RETAIL_GAZETTE};
use super::microneedling::{N_COST_ARTICLE, N_COST_CLINIC};
use super::{span_across, Fact};

/// Price of one dermal (one anchor), per source.
pub static DERMAL_PRICES: &[Fact] = &[D_COST_ARTICLE, D_COST_RETAIL_GAZETTE, D_COST_MUSEUM];
/// Price of one microneedling session, per source.
pub static NEEDLING_PRICES: &[Fact] = &[N_COST_ARTICLE, N_COST_CLINIC];

/// The sources of [`DERMAL_PRICES`], for cost lines (a test checks they match).
pub const DERMAL_PRICE_SOURCES: &[SourceId] = &[Seed000, RetailGazette, MuseumOfTattoos];
/// The sources of [`NEEDLING_PRICES`] (a test checks they match).
pub const NEEDLING_PRICE_SOURCES: &[SourceId] = &[Seed002, SdBotox];

/// The span in US cents across these price facts.
pub fn sourced_price(prices: &[Fact]) -> Option<Span<u64>> {
    match span_across(prices).or_else(|| prices.first().and_then(|f| f.quantity)) {
        Some(Quantity::UsdCents(span)) => Some(span),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn price_sources_are_those_of_the_price_facts() {
        for (facts, sources) in [
            (DERMAL_PRICES, DERMAL_PRICE_SOURCES),
            (NEEDLING_PRICES, NEEDLING_PRICE_SOURCES),
        ] {
            let mut cited: Vec<SourceId> = facts
                .iter()
                .flat_map(|f| f.sources.iter().copied())
                .collect();
            cited.dedup();
            assert_eq!(cited, sources);
        }
    }

    #[test]
    fn the_default_spans_every_source() {
        assert_eq!(sourced_price(DERMAL_PRICES), Some(Span::new(5_000, 15_000)));
        assert_eq!(
            sourced_price(NEEDLING_PRICES),
            Some(Span::new(10_000, 80_000))
        );
    }
}
