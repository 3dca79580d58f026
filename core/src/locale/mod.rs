//! The languages Dermamap speaks and the local way each writes numbers, dates, ranges and
//! prices (issue 18). Text itself is not here: only what every language's pages format the
//! same figures with, so a figure can never differ between languages, only its spelling.
//!
//! - [`Lang`]: English, Spanish, German; their codes, address prefixes, and the choice from
//!   a browser's preferred languages.
//! - [`number`]: decimals and digit grouping (`1.5` / `1,5`, `1,200` / `1200` / `1.200`).
//! - [`date`]: calendar dates (`23 Nov 2026`, `23/11/2026`, `23.11.2026`).
//! - [`money`]: prices and price ranges (`£70-£100`, `70-100 €`).

pub mod date;
mod lang;
pub mod money;
pub mod number;

pub use lang::Lang;

#[cfg(test)]
mod tests;
