//! The shared vocabulary of the domain: procedures, views, sources and sourced facts.
//! Every module (content, estimator, aftercare, embed) speaks in these types.

use serde::{Deserialize, Serialize};

/// The two procedures Dermamap explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Procedure {
    /// Micro-dermal (dermal anchor, single-point) piercing.
    Dermal,
    /// Microneedling (collagen induction therapy).
    Microneedling,
}

impl Procedure {
    pub const ALL: [Procedure; 2] = [Procedure::Dermal, Procedure::Microneedling];

    /// Stable slug used in URLs and stored data.
    pub fn slug(self) -> &'static str {
        match self {
            Procedure::Dermal => "dermal",
            Procedure::Microneedling => "microneedling",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == s)
    }

    /// Human label, as used in accessible names ("Nape of the neck, micro-dermal").
    pub fn label(self) -> &'static str {
        match self {
            Procedure::Dermal => "micro-dermal",
            Procedure::Microneedling => "microneedling",
        }
    }
}

/// Which drawing of the body a region sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    Front,
    Back,
    Face,
}

impl View {
    pub const ALL: [View; 3] = [View::Front, View::Back, View::Face];

    pub fn slug(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
            View::Face => "face",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Front => "Front",
            View::Back => "Back",
            View::Face => "Face close-up",
        }
    }
}

/// An inclusive range. Where sources differ, the range spans all of them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Span<T> {
    pub min: T,
    pub max: T,
}

impl<T: PartialOrd + Copy> Span<T> {
    pub const fn new(min: T, max: T) -> Self {
        Span { min, max }
    }
    pub fn is_ordered(&self) -> bool {
        self.min <= self.max
    }
    pub fn contains(&self, v: T) -> bool {
        self.min <= v && v <= self.max
    }
}

/// A number a source gives, with its unit. Money is in integer US cents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    /// Pain on a 0-10 scale.
    Pain(Span<f32>),
    Days(Span<u16>),
    Weeks(Span<u16>),
    Months(Span<u16>),
    Millimetres(Span<f32>),
    Sessions(Span<u8>),
    UsdCents(Span<u64>),
}

impl Quantity {
    pub fn is_ordered(&self) -> bool {
        match self {
            Quantity::Pain(s) | Quantity::Millimetres(s) => s.is_ordered() && s.min >= 0.0,
            Quantity::Days(s) | Quantity::Weeks(s) | Quantity::Months(s) => s.is_ordered(),
            Quantity::Sessions(s) => s.is_ordered(),
            Quantity::UsdCents(s) => s.is_ordered(),
        }
    }
}
