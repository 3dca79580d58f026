//! The studio embed: one `<iframe>` puts Dermamap, with a studio's own name, currency, prices
//! and accent colour, on the studio's site. Everything comes from the embed URL's query:
//!
//! ```text
//! /embed?name=Ink+%26+Steel&cur=GBP&dermal=60-80&jewellery-titanium=25&needling=150
//!       &services=both&accent=0b5d5b&tab=estimator
//! ```
//!
//! [`EmbedConfig::from_query`] is total: any query string gives a typed, validated
//! configuration plus one [`EmbedNotice`] for each value it had to ignore. Notices repeat at
//! most [`ECHO_MAX`] characters of what was given, and nothing here panics.
//! [`EmbedConfig::to_query`] writes the query back (the `/studio` page's snippet), and the
//! two round-trip.
//!
//! Money is integer minor units, as in the estimator: `49.50` GBP is 4950 pence. No floats;
//! the only floats are in the colour contrast check, which WCAG defines on real numbers.
//!
//! Files: [`config`] (the configuration and its query), [`services`] (which services and
//! which tab), [`currency`] (the currencies a studio may price in), [`price`] (prices as
//! studios type them), [`accent`] (the studio's colour, checked for contrast), [`name`]
//! (the studio's name as plain text), [`height_message`] (the one message sent to the host), [`snippet`](mod@snippet) (the HTML a studio
//! pastes).

mod accent;
mod config;
mod currency;
mod height_message;
mod name;
mod price;
mod services;
mod snippet;
#[cfg(test)]
mod tests;

pub use accent::{contrast_ratio, ratio_text, Accent, Rgb};
pub use config::EmbedConfig;
pub use currency::{supported_currency, SUPPORTED_CURRENCIES};
pub use height_message::{HEIGHT_MESSAGE_TYPE, MAX_HEIGHT, MIN_HEIGHT};
pub use name::clean_name;
pub use price::{format_price, jewellery_key, parse_price, PriceError};
pub use services::{EmbedTab, Services};
pub use snippet::{snippet, FRAME_TITLE, SANDBOX};

/// What the embed ignored, and why (see [`crate::notice`]).
pub type EmbedNotice = crate::notice::Notice;

/// The query keys, in the order [`EmbedConfig::to_query`] writes them.
pub mod keys {
    pub const NAME: &str = "name";
    pub const CURRENCY: &str = "cur";
    pub const DERMAL: &str = "dermal";
    /// Followed by a material slug: `jewellery-titanium`, `jewellery-implant-steel`.
    pub const JEWELLERY_PREFIX: &str = "jewellery-";
    pub const NEEDLING: &str = "needling";
    pub const SERVICES: &str = "services";
    pub const ACCENT: &str = "accent";
    pub const TAB: &str = "tab";
    /// `en`, `es` or `de`.
    pub const LANG: &str = "lang";
}

/// Longest studio name, in characters.
pub const NAME_MAX_CHARS: usize = 60;
/// Longest piece of the given input a notice ever repeats, in characters.
pub const ECHO_MAX: usize = 40;
/// Highest price accepted, in major units (per anchor, per piece or per session).
pub const PRICE_MAX_MAJOR: u64 = 1_000_000;
/// WCAG 2 AA minimum contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;
