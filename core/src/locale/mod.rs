//! The languages Dermamap speaks and the local way each writes numbers, dates, ranges and
//! prices (issue 18), and each language's text. Figures are formatted here, so a figure can
//! never differ between languages, only its spelling.
//!
//! - [`Lang`]: English, Spanish, German; their codes, address prefixes, and the choice from
//!   a browser's preferred languages.
//! - [`number`]: decimals and digit grouping (`1.5` / `1,5`, `1,200` / `1200` / `1.200`).
//! - [`date`]: calendar dates (`23 Nov 2026`, `23/11/2026`, `23.11.2026`).
//! - [`catalog`]: each language's text, keyed by its English, and the one active now ([`tr`]).
//! - [`money`]: prices and price ranges (`£70-£100`, `70-100 €`).

#[macro_use]
pub mod catalog;
mod case;
pub mod date;
mod lang;
pub mod money;
pub mod number;
mod part;
mod placeholders;

pub use case::in_sentence;
pub use catalog::{fill, tr, Catalog, Part, Text};
pub use lang::{Lang, LANG_KEY};
pub use part::TextVersion;

#[cfg(test)]
mod tests;
