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
//! Files: [`choices`] (the input), [`needle_depth`], [`input_error`], [`currency`],
//! [`price_book`], [`estimate`] (the output and the function that makes it), [`pain`],
//! [`warnings`], [`form_rules`] (what follows from a choice in the form), [`cost`], [`summary`], [`share_link`].

mod choices;
mod cost;
mod currency;
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

pub use choices::*;
pub use cost::*;
pub use currency::*;
pub use estimate::*;
pub use form_rules::{depth_from_field, whole_number_in};
pub use input_error::*;
pub use needle_depth::*;
pub use pain::*;
pub use price_book::*;
use share_link::*;
pub use summary::*;
pub use warnings::*;

/// A query value that could not be used and was replaced by a default.
pub type QueryNotice = crate::notice::Notice;
