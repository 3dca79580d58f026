//! Host tests of the embed configuration.
// Prices are written as major_minor (`49_50` is 49.50) on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

mod accent;
mod config;
mod currency;
mod name;
mod notices;
mod price;
mod properties;
mod services;

use super::{EmbedConfig, EmbedNotice};

fn cfg(q: &str) -> EmbedConfig {
    let (c, n) = EmbedConfig::from_query(q);
    assert!(n.is_empty(), "unexpected notices for {q:?}: {n:?}");
    c
}

fn notice_for(q: &str, field: &str) -> EmbedNotice {
    let (_, n) = EmbedConfig::from_query(q);
    n.into_iter()
        .find(|n| n.field == field)
        .unwrap_or_else(|| panic!("no notice for {field} in {q:?}"))
}
