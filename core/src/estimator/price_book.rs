//! Prices: the sourced defaults and a studio's own, per anchor, per piece of jewellery and
//! per session, with where each comes from.

use crate::locale::in_sentence;
use serde::{Deserialize, Serialize};

use super::basis::Basis;
use super::choices::Material;
use super::currency::Currency;
use super::input_error::InputError;

use crate::content;
use crate::locale::fill;
use crate::model::Span;

/// A jewellery price per material, for studios that charge for it separately.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JewelleryPrices {
    pub titanium: Option<Span<u64>>,
    pub niobium: Option<Span<u64>>,
    pub gold: Option<Span<u64>>,
    pub implant_steel: Option<Span<u64>>,
}

impl JewelleryPrices {
    pub fn get(&self, m: Material) -> Option<Span<u64>> {
        match m {
            Material::Titanium => self.titanium,
            Material::Niobium => self.niobium,
            Material::Gold => self.gold,
            Material::ImplantSteel => self.implant_steel,
        }
    }

    pub fn set(&mut self, m: Material, price: Option<Span<u64>>) {
        match m {
            Material::Titanium => self.titanium = price,
            Material::Niobium => self.niobium = price,
            Material::Gold => self.gold = price,
            Material::ImplantSteel => self.implant_steel = price,
        }
    }
}

/// Where a price book's figures come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceOrigin {
    /// Published figures; each line cites its sources.
    Sourced,
    /// Prices a studio or clinic entered for itself.
    Studio { name: Option<String> },
}

/// One priced item in a [`PriceBook`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PriceItem {
    DermalPerAnchor,
    Jewellery(Material),
    NeedlingPerSession,
}

impl PriceItem {
    pub fn label(self) -> String {
        match self {
            PriceItem::DermalPerAnchor => tr!("a dermal piercing (per anchor)").to_string(),
            PriceItem::Jewellery(m) => fill(tr!("{} jewellery"), &[("", &in_sentence(m.label()))]),
            PriceItem::NeedlingPerSession => tr!("a microneedling session").to_string(),
        }
    }
}

/// Sources of the published dermal prices: those of the content's price facts.
pub use content::DERMAL_PRICE_SOURCES;
/// Sources of the published microneedling prices: those of the content's price facts.
pub use content::NEEDLING_PRICE_SOURCES;

/// Prices in one currency, in minor units. `None` means "ask your studio".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceBook {
    pub currency: Currency,
    /// Price of one dermal piercing (one anchor).
    pub dermal_per_anchor: Option<Span<u64>>,
    /// Jewellery charged separately, per anchor.
    pub jewellery: JewelleryPrices,
    pub needling_per_session: Option<Span<u64>>,
    pub origin: PriceOrigin,
}

impl Default for PriceBook {
    fn default() -> Self {
        PriceBook::sourced_default()
    }
}

impl PriceBook {
    /// US prices from the sources, spanning all of them, as the content's cost facts give
    /// them (dermal per piercing, microneedling per session). No source prices jewellery on
    /// its own, so jewellery is "ask your studio".
    pub fn sourced_default() -> Self {
        PriceBook {
            currency: Currency::USD,
            dermal_per_anchor: content::sourced_price(content::DERMAL_PRICES),
            jewellery: JewelleryPrices::default(),
            needling_per_session: content::sourced_price(content::NEEDLING_PRICES),
            origin: PriceOrigin::Sourced,
        }
    }

    /// An empty price book for a studio to fill in: every line is "ask your studio".
    pub fn studio(currency: Currency, name: Option<String>) -> Self {
        PriceBook {
            currency,
            dermal_per_anchor: None,
            jewellery: JewelleryPrices::default(),
            needling_per_session: None,
            origin: PriceOrigin::Studio { name },
        }
    }

    pub fn is_studio_supplied(&self) -> bool {
        matches!(self.origin, PriceOrigin::Studio { .. })
    }

    pub fn price(&self, item: PriceItem) -> Option<Span<u64>> {
        match item {
            PriceItem::DermalPerAnchor => self.dermal_per_anchor,
            PriceItem::Jewellery(m) => self.jewellery.get(m),
            PriceItem::NeedlingPerSession => self.needling_per_session,
        }
    }

    /// What a line's price rests on: the studio's own price where it gave one, the sources
    /// behind the published prices, or nothing where there is no price ("ask your studio").
    pub fn basis(&self, item: PriceItem) -> Basis {
        match (&self.origin, item) {
            _ if self.price(item).is_none() => Basis::NoFigure,
            (PriceOrigin::Studio { .. }, _) => Basis::StudioPrice,
            (PriceOrigin::Sourced, PriceItem::DermalPerAnchor) => {
                Basis::Sources(DERMAL_PRICE_SOURCES)
            }
            (PriceOrigin::Sourced, PriceItem::NeedlingPerSession) => {
                Basis::Sources(NEEDLING_PRICE_SOURCES)
            }
            // No published jewellery price is kept: a sourced book has none (above).
            (PriceOrigin::Sourced, PriceItem::Jewellery(_)) => Basis::NoFigure,
        }
    }

    /// Every price whose lowest figure is above its highest.
    pub fn validate(&self) -> Vec<InputError> {
        let mut items = vec![PriceItem::DermalPerAnchor, PriceItem::NeedlingPerSession];
        items.extend(Material::ALL.iter().map(|m| PriceItem::Jewellery(*m)));
        items
            .into_iter()
            .filter(|i| self.price(*i).is_some_and(|s| s.min > s.max))
            .map(|item| InputError::PriceOutOfOrder { item })
            .collect()
    }
}
