//! The pain and cost estimator, and its shareable URL query.
//!
//! Everything here is total: any [`EstimateInput`] and any [`PriceBook`] give either an
//! [`Estimate`] or a list of typed [`InputError`]s, and any query string gives an input plus
//! [`QueryNotice`]s for the values that were replaced. Nothing panics.
//!
//! Pain is a range on a 0-10 scale, built from a sourced starting point and a list of
//! [`PainFactor`]s that say which way each choice moves it and why. Where a source only says
//! *which way* something moves pain, the *size* of the step is Dermamap's assumption, and the
//! factor says so. Pain is computed in integer tenths and turned into `f32` only at the end.
//!
//! Money is integer minor units (cents, pence, yen) in a [`Currency`]; no floats.
//!
//! Files, in the order a reader meets them:
//! - [`choices`]: what a person chooses ([`EstimateInput`]), its vocabulary and limits;
//! - [`form_rules`]: what follows from one choice in the form, and the form's field checks;
//! - [`needle_depth`]: [`NeedleDepth`], its limits, the sourced and default depth, downtime,
//!   depth as text;
//! - [`input_error`]: what in an input or a price book cannot be used;
//! - [`currency`] and [`price_book`]: money and the prices an estimate is made with;
//! - [`estimate`](mod@estimate): the result and [`estimate()`], which puts the parts below together;
//! - [`pain`], [`cost`], [`warnings`]: the three parts of an estimate; [`basis`]: what a
//!   line of the cost rests on;
//! - [`summary`]: the estimate as plain text;
//! - [`share_link`]: the input as a query string and back;
//! - [`echo`]: how a message repeats a value it was given.
//!
//! Each file names what it uses from its siblings; this file only re-exports the public
//! vocabulary, so callers write `dermamap_core::estimator::X`.

mod basis;
mod choices;
mod cost;
mod currency;
mod echo;
mod estimate;
mod form_rules;
mod input_error;
mod needle_depth;
mod pain;
mod price_book;
mod share_link;
mod summary;
#[cfg(test)]
mod tests;
mod warnings;

pub use basis::Basis;
pub use choices::{
    default_region, Concern, DermalOptions, EstimateInput, Material, NeedlingOptions,
    SessionsGuide, Skin, Technique, Tolerance, TopStyle, ANCHORS_MAX, ANCHORS_MIN, SESSIONS_MAX,
    SESSIONS_MIN,
};
pub use cost::{Cost, CostLine, Note};
pub use currency::{Currency, CurrencyError};
pub use estimate::{estimate, Estimate, NeedlingGuide};
pub use form_rules::{anchors_help, depth_from_field, depth_help, sessions_help, whole_number_in};
pub use input_error::InputError;
pub use needle_depth::NeedleDepth;
pub use pain::{Direction, PainEstimate, PainFactor};
pub use price_book::{
    JewelleryPrices, PriceBook, PriceItem, PriceOrigin, DERMAL_PRICE_SOURCES,
    NEEDLING_PRICE_SOURCES,
};
pub use summary::summary_text;
pub use warnings::{Warning, WarningKind};

/// A query value that could not be used and was replaced by a default.
pub type QueryNotice = crate::notice::Notice;
