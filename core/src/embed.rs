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

use crate::estimator::{Currency, JewelleryPrices, Material, PriceBook};
use crate::model::{Procedure, Span};
use crate::query;

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
}

/// Longest studio name, in characters.
pub const NAME_MAX_CHARS: usize = 60;
/// Longest piece of the given input a notice ever repeats, in characters.
pub const ECHO_MAX: usize = 40;
/// Highest price accepted, in major units (per anchor, per piece or per session).
pub const PRICE_MAX_MAJOR: u64 = 1_000_000;
/// WCAG 2 AA minimum contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// ISO 4217 codes a studio may price in. [`Currency`] knows each one's decimal places.
pub const SUPPORTED_CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK",
    "HUF", "RON", "BGN", "TRY", "ILS", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "ZAR",
    "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "JPY", "KRW", "CNY", "HKD", "TWD", "SGD", "MYR",
    "THB", "IDR", "PHP", "VND", "INR",
];

/// The currency for `code` (any case, surrounding spaces ignored) if it is supported.
pub fn supported_currency(code: &str) -> Option<Currency> {
    let code = code.trim();
    SUPPORTED_CURRENCIES
        .iter()
        .find(|c| c.eq_ignore_ascii_case(code))
        .and_then(|c| Currency::new(c).ok())
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

slug_enum! {
    /// Which of the studio's services the embed is about.
    #[derive(Default)]
    Services {
        #[default]
        Both => "both", "Both";
        Dermal => "dermal", "Micro-dermal piercings only";
        Microneedling => "microneedling", "Microneedling only";
    }
}

impl Services {
    /// The one procedure offered, if the studio offers only one.
    pub fn only(self) -> Option<Procedure> {
        match self {
            Services::Both => None,
            Services::Dermal => Some(Procedure::Dermal),
            Services::Microneedling => Some(Procedure::Microneedling),
        }
    }

    pub fn includes(self, p: Procedure) -> bool {
        self.only().is_none_or(|only| only == p)
    }
}

slug_enum! {
    /// The tab the embed opens on.
    #[derive(Default)]
    EmbedTab {
        #[default]
        Map => "map", "Body map";
        Estimator => "estimator", "Estimator";
        Aftercare => "aftercare", "Aftercare";
    }
}

// ---------------------------------------------------------------------------------------------
// Colour and contrast (WCAG 2)
// ---------------------------------------------------------------------------------------------

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const WHITE: Rgb = Rgb {
        r: 255,
        g: 255,
        b: 255,
    };
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };

    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Rgb { r, g, b }
    }

    /// `#rgb` or `#rrggbb`, any case; the `#` may be left off (it must be `%23` in a URL).
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let s = s.trim();
        let h = s.strip_prefix('#').unwrap_or(s);
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(h.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
        match h.len() {
            3 => Some(Rgb::new(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb::new(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case: safe to hand to CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn relative_luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }
}

/// WCAG 2 contrast ratio of two colours, 1 to 21, in either order.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A ratio as people read it: `4.48:1`. Never rounds a failing ratio up to a passing one.
pub fn ratio_text(ratio: f64) -> String {
    let mut shown = (ratio * 100.0).round() / 100.0;
    if ratio < MIN_CONTRAST && shown >= MIN_CONTRAST {
        shown = 4.49;
    }
    format!("{shown:.2}:1")
}

/// A studio accent colour that white text on it (buttons, selected tabs) can be read on:
/// at least [`MIN_CONTRAST`] against white. Only [`Accent::new`] makes one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Accent(Rgb);

impl Accent {
    /// The text colour the accent sits under.
    pub const TEXT_ON_ACCENT: Rgb = Rgb::WHITE;

    /// The accent, or the contrast it falls short with.
    pub fn new(colour: Rgb) -> Result<Accent, f64> {
        let ratio = contrast_ratio(colour, Self::TEXT_ON_ACCENT);
        if ratio >= MIN_CONTRAST {
            Ok(Accent(colour))
        } else {
            Err(ratio)
        }
    }

    pub fn rgb(self) -> Rgb {
        self.0
    }

    /// `#rrggbb`: only hex digits, so it can go into a CSS custom property as it is.
    pub fn css(self) -> String {
        self.0.hex()
    }

    pub fn contrast_with_text(self) -> f64 {
        contrast_ratio(self.0, Self::TEXT_ON_ACCENT)
    }
}

// ---------------------------------------------------------------------------------------------
// Prices
// ---------------------------------------------------------------------------------------------

/// Why a price could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceError {
    /// Not `150`, `49.50` or `120-180`.
    Format,
    /// More decimal places than the currency has.
    TooManyDecimals,
    /// Above [`PRICE_MAX_MAJOR`].
    TooHigh,
    /// `180-120`.
    OutOfOrder,
}

impl PriceError {
    pub fn message(self, currency: Currency) -> String {
        let digits = currency.minor_digits();
        let example = match digits {
            0 => "like 15000 or 12000-18000".to_string(),
            d => format!(
                "like 150, {} or 120-180",
                format_major(49_50 * 10u64.pow(d - 2), d)
            ),
        };
        match self {
            PriceError::Format => format!("use a price {example}, in {currency}, without a currency sign or thousands separators"),
            PriceError::TooManyDecimals if digits == 0 => format!("{currency} has no decimal places: use whole amounts, {example}"),
            PriceError::TooManyDecimals => format!("{currency} has at most {digits} decimal places"),
            PriceError::TooHigh => format!("prices above {} are not accepted", currency.format(PRICE_MAX_MAJOR * 10u64.pow(digits))),
            PriceError::OutOfOrder => "the lowest price comes first, as in 120-180".to_string(),
        }
    }
}

/// One amount in major units (`150`, `49.50`) as integer minor units.
fn parse_amount(s: &str, digits: u32) -> Result<u64, PriceError> {
    let s = s.trim();
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || frac.is_some_and(|f| !all_digits(f)) {
        return Err(PriceError::Format);
    }
    let frac = frac.unwrap_or("");
    if frac.len() > digits as usize {
        return Err(PriceError::TooManyDecimals);
    }
    // Leading zeros are fine; only the value counts.
    let whole_value = whole.trim_start_matches('0');
    if whole_value.len() > 7 {
        return Err(PriceError::TooHigh);
    }
    let whole_value: u64 = if whole_value.is_empty() {
        0
    } else {
        whole_value.parse().map_err(|_| PriceError::Format)?
    };
    if whole_value > PRICE_MAX_MAJOR {
        return Err(PriceError::TooHigh);
    }
    let mut frac_value: u64 = 0;
    for i in 0..digits as usize {
        let d = frac.as_bytes().get(i).map_or(0, |b| u64::from(b - b'0'));
        frac_value = frac_value * 10 + d;
    }
    let minor = whole_value * 10u64.pow(digits) + frac_value;
    if minor > PRICE_MAX_MAJOR * 10u64.pow(digits) {
        return Err(PriceError::TooHigh);
    }
    Ok(minor)
}

/// `150`, `49.50` or `120-180` in `currency`'s major units, as a span of minor units.
pub fn parse_price(s: &str, currency: Currency) -> Result<Span<u64>, PriceError> {
    let digits = currency.minor_digits();
    let (min, max) = match s.split_once('-') {
        Some((a, b)) => (parse_amount(a, digits)?, parse_amount(b, digits)?),
        None => {
            let v = parse_amount(s, digits)?;
            (v, v)
        }
    };
    if min > max {
        return Err(PriceError::OutOfOrder);
    }
    Ok(Span::new(min, max))
}

/// Minor units as major-unit text for a query: `150`, `49.50`, `0.005`.
fn format_major(minor: u64, digits: u32) -> String {
    let unit = 10u64.pow(digits);
    let (whole, frac) = (minor / unit, minor % unit);
    if frac == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{frac:0width$}", width = digits as usize)
    }
}

/// A span as query text: `150` or `120-180`.
pub fn format_price(span: Span<u64>, currency: Currency) -> String {
    let d = currency.minor_digits();
    if span.min == span.max {
        format_major(span.min, d)
    } else {
        format!(
            "{}-{}",
            format_major(span.min, d),
            format_major(span.max, d)
        )
    }
}

/// The query key of a material's jewellery price: `jewellery-implant-steel`.
pub fn jewellery_key(m: Material) -> String {
    format!("{}{}", keys::JEWELLERY_PREFIX, m.slug())
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/// Bidirectional embeddings, overrides and isolates: invisible, and able to make a name
/// read differently from what it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A studio name as plain text: control and bidi characters removed, trimmed, at most
/// [`NAME_MAX_CHARS`] characters. `None` if nothing is left. The flag says it was cut.
pub fn clean_name(raw: &str) -> (Option<String>, bool) {
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect();
    let trimmed = kept.trim();
    let cut = trimmed.chars().count() > NAME_MAX_CHARS;
    let name: String = trimmed.chars().take(NAME_MAX_CHARS).collect();
    let name = name.trim_end();
    ((!name.is_empty()).then(|| name.to_string()), cut)
}

/// At most [`ECHO_MAX`] characters of what was given, without control characters, quoted.
fn shown(raw: &str) -> String {
    let clean: Vec<char> = raw
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect();
    let mut s: String = clean.iter().take(ECHO_MAX).collect();
    if clean.len() > ECHO_MAX {
        s.push('…');
    }
    format!("“{s}”")
}

// ---------------------------------------------------------------------------------------------
// The configuration
// ---------------------------------------------------------------------------------------------

/// A value from the query that was ignored, and why, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedNotice {
    /// The query key (at most [`ECHO_MAX`] characters of it).
    pub field: String,
    pub message: String,
}

/// A studio's embed, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    /// Plain text, never markup: see [`clean_name`].
    pub studio_name: Option<String>,
    pub currency: Currency,
    /// Per anchor, in minor units of `currency`. `None`: "ask your studio".
    pub dermal_per_anchor: Option<Span<u64>>,
    /// Per piece, by material, when charged separately.
    pub jewellery: JewelleryPrices,
    pub needling_per_session: Option<Span<u64>>,
    pub services: Services,
    /// `None`: Dermamap's own colours.
    pub accent: Option<Accent>,
    pub tab: EmbedTab,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            studio_name: None,
            currency: Currency::USD,
            dermal_per_anchor: None,
            jewellery: JewelleryPrices::default(),
            needling_per_session: None,
            services: Services::Both,
            accent: None,
            tab: EmbedTab::Map,
        }
    }
}

impl EmbedConfig {
    /// Reads an embed query. Missing or empty values take their defaults quietly; each value
    /// that cannot be used is ignored with an [`EmbedNotice`]. Never panics.
    pub fn from_query(q: &str) -> (EmbedConfig, Vec<EmbedNotice>) {
        let pairs = query::parse(q);
        let mut notices = Vec::new();
        let mut note = |field: &str, message: String| {
            notices.push(EmbedNotice {
                field: field.chars().take(ECHO_MAX).collect(),
                message,
            });
        };
        let mut config = EmbedConfig::default();

        // Unknown and repeated keys, in the order given.
        let jewellery_keys: Vec<String> = Material::ALL.iter().map(|m| jewellery_key(*m)).collect();
        let known = |k: &str| {
            [
                keys::NAME,
                keys::CURRENCY,
                keys::DERMAL,
                keys::NEEDLING,
                keys::SERVICES,
                keys::ACCENT,
                keys::TAB,
            ]
            .contains(&k)
                || jewellery_keys.iter().any(|j| j == k)
        };
        for (i, (k, _)) in pairs.iter().enumerate() {
            if !known(k) {
                note(k, format!("Unknown setting {} was ignored.", shown(k)));
            } else if pairs[..i].iter().any(|(earlier, _)| earlier == k) {
                note(
                    k,
                    format!("“{k}” is given more than once: the first value is used."),
                );
            }
        }
        // Present and not blank.
        let value = |key: &str| query::get(&pairs, key).filter(|v| !v.trim().is_empty());

        if let Some(raw) = query::get(&pairs, keys::NAME) {
            let (name, cut) = clean_name(raw);
            if cut {
                note(keys::NAME, format!("The studio name is longer than {NAME_MAX_CHARS} characters, so it was shortened."));
            } else if name.is_none() && !raw.trim().is_empty() {
                note(
                    keys::NAME,
                    "The studio name had only invisible or control characters, so it was ignored."
                        .into(),
                );
            }
            config.studio_name = name;
        }

        if let Some(raw) = value(keys::CURRENCY) {
            match supported_currency(raw) {
                Some(c) => config.currency = c,
                None => note(
                    keys::CURRENCY,
                    format!(
                        "{} is not a supported currency code (such as USD, EUR or GBP), so prices are read as US dollars (USD).",
                        shown(raw.trim())
                    ),
                ),
            }
        }
        let currency = config.currency;

        let mut price = |key: &str, what: &str| -> Option<Span<u64>> {
            let raw = value(key)?;
            match parse_price(raw, currency) {
                Ok(span) => Some(span),
                Err(e) => {
                    note(
                        key,
                        format!(
                            "The {what} price {} was ignored: {}.",
                            shown(raw.trim()),
                            e.message(currency)
                        ),
                    );
                    None
                }
            }
        };
        config.dermal_per_anchor = price(keys::DERMAL, "micro-dermal (per anchor)");
        for m in Material::ALL {
            let p = price(
                &jewellery_key(*m),
                &format!("{} jewellery", m.slug().replace('-', " ")),
            );
            config.jewellery.set(*m, p);
        }
        config.needling_per_session = price(keys::NEEDLING, "microneedling (per session)");

        if let Some(raw) = value(keys::SERVICES) {
            match Services::from_slug(raw) {
                Some(s) => config.services = s,
                None => note(keys::SERVICES, format!("Services {} is not one of dermal, microneedling or both, so both are shown.", shown(raw.trim()))),
            }
        }

        if let Some(raw) = value(keys::ACCENT) {
            match Rgb::parse_hex(raw) {
                None => note(keys::ACCENT, format!("The accent colour {} is not a hex colour such as #7a3e65 or #a36, so Dermamap's own colour is used.", shown(raw.trim()))),
                Some(rgb) => match Accent::new(rgb) {
                    Ok(a) => config.accent = Some(a),
                    Err(ratio) => note(
                        keys::ACCENT,
                        format!(
                            "The accent colour {} is too light: white text on it has a contrast of {}, below the {MIN_CONTRAST}:1 that WCAG asks for, so Dermamap's own colour is used. Choose a darker shade.",
                            rgb.hex(),
                            ratio_text(ratio)
                        ),
                    ),
                },
            }
        }

        if let Some(raw) = value(keys::TAB) {
            match EmbedTab::from_slug(raw) {
                Some(t) => config.tab = t,
                None => note(
                    keys::TAB,
                    format!(
                        "Tab {} is not one of map, estimator or aftercare, so the map opens first.",
                        shown(raw.trim())
                    ),
                ),
            }
        }

        (config, notices)
    }

    /// The query that gives this configuration back: `name=…&cur=GBP&dermal=60-80…`.
    /// Defaults are left out, except the currency, which is always written.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(n) = &self.studio_name {
            pairs.push((keys::NAME, n.clone()));
        }
        pairs.push((keys::CURRENCY, self.currency.code().to_string()));
        if let Some(p) = self.dermal_per_anchor {
            pairs.push((keys::DERMAL, format_price(p, self.currency)));
        }
        let jewellery: Vec<(String, String)> = Material::ALL
            .iter()
            .filter_map(|m| {
                self.jewellery
                    .get(*m)
                    .map(|p| (jewellery_key(*m), format_price(p, self.currency)))
            })
            .collect();
        for (k, v) in &jewellery {
            pairs.push((k.as_str(), v.clone()));
        }
        if let Some(p) = self.needling_per_session {
            pairs.push((keys::NEEDLING, format_price(p, self.currency)));
        }
        if self.services != Services::Both {
            pairs.push((keys::SERVICES, self.services.slug().to_string()));
        }
        if let Some(a) = self.accent {
            // Without the `#`, which would start a fragment if the URL were pasted unencoded.
            pairs.push((keys::ACCENT, a.css().trim_start_matches('#').to_string()));
        }
        if self.tab != EmbedTab::Map {
            pairs.push((keys::TAB, self.tab.slug().to_string()));
        }
        query::build(pairs)
    }

    /// True if the studio gave any price.
    pub fn has_prices(&self) -> bool {
        self.dermal_per_anchor.is_some()
            || self.needling_per_session.is_some()
            || Material::ALL
                .iter()
                .any(|m| self.jewellery.get(*m).is_some())
    }

    /// The studio's own price book: it replaces the sourced defaults entirely, so a price
    /// the studio did not give says "ask your studio".
    pub fn price_book(&self) -> PriceBook {
        let mut book = PriceBook::studio(self.currency, self.studio_name.clone());
        book.dermal_per_anchor = self.dermal_per_anchor;
        book.jewellery = self.jewellery.clone();
        book.needling_per_session = self.needling_per_session;
        book
    }
}

#[cfg(test)]
mod tests {
    // Prices are written as major_minor (`49_50` is 49.50) on purpose.
    #![allow(clippy::inconsistent_digit_grouping)]

    use super::*;
    use crate::estimator::{estimate, EstimateInput, PriceItem};
    use proptest::prelude::*;

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

    #[test]
    fn empty_query_gives_defaults() {
        for q in ["", "?", "&&", "?&"] {
            assert_eq!(cfg(q), EmbedConfig::default());
        }
        let d = EmbedConfig::default();
        assert_eq!(d.currency, Currency::USD);
        assert_eq!(d.services, Services::Both);
        assert_eq!(d.tab, EmbedTab::Map);
        assert!(!d.has_prices());
    }

    #[test]
    fn full_query_is_read() {
        let c = cfg("?name=Ink+%26+Steel&cur=gbp&dermal=60-80&jewellery-titanium=25&jewellery-implant-steel=12.50&needling=150&services=dermal&accent=%230B5D5B&tab=estimator");
        assert_eq!(c.studio_name.as_deref(), Some("Ink & Steel"));
        assert_eq!(c.currency, Currency::GBP);
        assert_eq!(c.dermal_per_anchor, Some(Span::new(60_00, 80_00)));
        assert_eq!(
            c.jewellery.get(Material::Titanium),
            Some(Span::new(25_00, 25_00))
        );
        assert_eq!(
            c.jewellery.get(Material::ImplantSteel),
            Some(Span::new(12_50, 12_50))
        );
        assert_eq!(c.jewellery.get(Material::Gold), None);
        assert_eq!(c.needling_per_session, Some(Span::new(150_00, 150_00)));
        assert_eq!(c.services, Services::Dermal);
        assert_eq!(c.accent.map(Accent::css).as_deref(), Some("#0b5d5b"));
        assert_eq!(c.tab, EmbedTab::Estimator);
        assert!(c.has_prices());
    }

    #[test]
    fn prices_table() {
        let usd = Currency::USD;
        let jpy = Currency::new("JPY").unwrap();
        let kwd = Currency::new("KWD").unwrap();
        let ok: &[(&str, Currency, (u64, u64))] = &[
            ("150", usd, (150_00, 150_00)),
            ("120-180", usd, (120_00, 180_00)),
            (" 120 - 180 ", usd, (120_00, 180_00)),
            ("49.50", usd, (49_50, 49_50)),
            ("49.5", usd, (49_50, 49_50)),
            ("0.99-1", usd, (99, 100)),
            ("007", usd, (7_00, 7_00)),
            ("0", usd, (0, 0)),
            ("1000000", usd, (100_000_000, 100_000_000)),
            ("15000", jpy, (15000, 15000)),
            ("12000-18000", jpy, (12000, 18000)),
            ("12.345", kwd, (12345, 12345)),
            ("12.3", kwd, (12300, 12300)),
            ("150-150", usd, (150_00, 150_00)),
        ];
        for (s, c, (min, max)) in ok {
            assert_eq!(parse_price(s, *c), Ok(Span::new(*min, *max)), "{s} in {c}");
        }
        let bad: &[(&str, Currency, PriceError)] = &[
            ("", usd, PriceError::Format),
            ("abc", usd, PriceError::Format),
            ("$150", usd, PriceError::Format),
            ("1,250", usd, PriceError::Format),
            ("-5", usd, PriceError::Format),
            ("+5", usd, PriceError::Format),
            ("1-2-3", usd, PriceError::Format),
            ("1e3", usd, PriceError::Format),
            ("12.", usd, PriceError::Format),
            (".5", usd, PriceError::Format),
            ("1.2.3", usd, PriceError::Format),
            ("NaN", usd, PriceError::Format),
            ("١٥٠", usd, PriceError::Format),
            ("49.505", usd, PriceError::TooManyDecimals),
            ("15000.5", jpy, PriceError::TooManyDecimals),
            ("12.3456", kwd, PriceError::TooManyDecimals),
            ("1000000.01", usd, PriceError::TooHigh),
            ("1000001", usd, PriceError::TooHigh),
            ("99999999999999999999999", usd, PriceError::TooHigh),
            ("180-120", usd, PriceError::OutOfOrder),
        ];
        for (s, c, e) in bad {
            assert_eq!(parse_price(s, *c), Err(*e), "{s} in {c}");
        }
    }

    #[test]
    fn prices_follow_the_currency_digits() {
        let c = cfg("cur=JPY&dermal=8000-12000");
        assert_eq!(c.dermal_per_anchor, Some(Span::new(8000, 12000)));
        let n = notice_for("cur=JPY&dermal=80.50", "dermal");
        assert!(n.message.contains("no decimal places"), "{}", n.message);
        let c = cfg("cur=KWD&needling=45.125");
        assert_eq!(c.needling_per_session, Some(Span::new(45125, 45125)));
    }

    #[test]
    fn bad_values_are_ignored_one_by_one() {
        let (c, n) = EmbedConfig::from_query("cur=XYZ&dermal=abc&needling=100-200&accent=%23777777&tab=shop&services=tattoo&jewellery-gold=9-1");
        assert_eq!(c.currency, Currency::USD);
        assert_eq!(c.dermal_per_anchor, None);
        assert_eq!(c.needling_per_session, Some(Span::new(100_00, 200_00)));
        assert_eq!(c.accent, None);
        assert_eq!(c.tab, EmbedTab::Map);
        assert_eq!(c.services, Services::Both);
        assert_eq!(c.jewellery.get(Material::Gold), None);
        let fields: Vec<&str> = n.iter().map(|n| n.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "cur",
                "dermal",
                "jewellery-gold",
                "services",
                "accent",
                "tab"
            ]
        );
    }

    #[test]
    fn currencies() {
        assert_eq!(cfg("cur=eur").currency, Currency::EUR);
        assert_eq!(cfg("cur=+GBP+").currency, Currency::GBP);
        assert_eq!(cfg("cur=").currency, Currency::USD);
        for bad in ["XYZ", "US", "USDD", "€", "usd;"] {
            let n = notice_for(&format!("cur={}", query::encode(bad)), "cur");
            assert!(n.message.contains("US dollars"), "{}", n.message);
        }
        for code in SUPPORTED_CURRENCIES {
            assert_eq!(
                supported_currency(code)
                    .map(|c| c.code().to_string())
                    .as_deref(),
                Some(*code)
            );
        }
    }

    #[test]
    fn names_are_plain_cleaned_text() {
        assert_eq!(
            cfg("name=+Ink+%26+Steel+").studio_name.as_deref(),
            Some("Ink & Steel")
        );
        assert_eq!(cfg("name=").studio_name, None);
        assert_eq!(cfg("name=+++").studio_name, None);
        // Markup is kept as text: the page renders it as text, never as HTML.
        let html = "<img src=x onerror=alert(1)>";
        assert_eq!(
            cfg(&format!("name={}", query::encode(html)))
                .studio_name
                .as_deref(),
            Some(html)
        );
        // Control and bidi characters go.
        assert_eq!(
            cfg("name=Ink%0A%0D%09%00Steel%E2%80%AE")
                .studio_name
                .as_deref(),
            Some("InkSteel")
        );
        let n = notice_for("name=%01%02", "name");
        assert!(n.message.contains("invisible"));
        // Long names are cut to 60 characters, on a character boundary.
        let long = "é".repeat(70);
        let (c, n) = EmbedConfig::from_query(&format!("name={}", query::encode(&long)));
        assert_eq!(
            c.studio_name.as_ref().map(|s| s.chars().count()),
            Some(NAME_MAX_CHARS)
        );
        assert_eq!(n.len(), 1);
        assert_eq!(
            clean_name(&format!("{} x", "a".repeat(59))),
            (Some("a".repeat(59)), true)
        );
    }

    #[test]
    fn notices_never_repeat_more_than_40_characters() {
        let long = "A".repeat(500);
        for key in [
            "cur",
            "dermal",
            "accent",
            "tab",
            "services",
            "jewellery-gold",
            &long,
        ] {
            let (_, n) = EmbedConfig::from_query(&format!("{key}={long}"));
            assert_eq!(n.len(), 1, "{key}");
            assert!(n[0].field.chars().count() <= ECHO_MAX);
            assert!(
                !n[0].message.contains(&"A".repeat(ECHO_MAX + 1)),
                "{}",
                n[0].message
            );
        }
    }

    #[test]
    fn unknown_and_repeated_keys_get_notices() {
        let (c, n) = EmbedConfig::from_query("curr=GBP&cur=EUR&cur=GBP");
        assert_eq!(c.currency, Currency::EUR);
        assert_eq!(
            n.iter().map(|n| n.field.as_str()).collect::<Vec<_>>(),
            ["curr", "cur"]
        );
        assert!(n[0].message.contains("Unknown setting"));
        assert!(n[1].message.contains("first value"));
    }

    #[test]
    fn services_and_tabs() {
        assert_eq!(
            cfg("services=microneedling").services,
            Services::Microneedling
        );
        assert_eq!(cfg("services=BOTH").services, Services::Both);
        assert!(Services::Dermal.includes(Procedure::Dermal));
        assert!(!Services::Dermal.includes(Procedure::Microneedling));
        assert!(Services::Both.includes(Procedure::Microneedling));
        for &t in EmbedTab::ALL {
            assert_eq!(cfg(&format!("tab={}", t.slug())).tab, t);
        }
    }

    #[test]
    fn contrast_known_pairs() {
        let white = Rgb::WHITE;
        let close = |a: f64, b: f64| (a - b).abs() < 0.005;
        assert!(close(contrast_ratio(Rgb::BLACK, white), 21.0));
        assert!(close(contrast_ratio(white, white), 1.0));
        let c777 = Rgb::parse_hex("#777777").unwrap();
        let c767 = Rgb::parse_hex("#767676").unwrap();
        assert!(
            close(contrast_ratio(c777, white), 4.48),
            "{}",
            contrast_ratio(c777, white)
        );
        assert!(
            close(contrast_ratio(c767, white), 4.54),
            "{}",
            contrast_ratio(c767, white)
        );
        assert!(Accent::new(c777).is_err());
        assert!(Accent::new(c767).is_ok());
        // Order does not matter.
        assert_eq!(contrast_ratio(c777, white), contrast_ratio(white, c777));
        // Well-known values: pure red 4.00, pure blue 8.59, #595959 7.00.
        assert!(close(contrast_ratio(Rgb::new(255, 0, 0), white), 4.0));
        assert!(close(contrast_ratio(Rgb::new(0, 0, 255), white), 8.59));
        assert!(close(
            contrast_ratio(Rgb::parse_hex("595959").unwrap(), white),
            7.0
        ));
        // Dermamap's own accent passes.
        assert!(Accent::new(Rgb::parse_hex("#7a3e65").unwrap()).is_ok());
        assert_eq!(ratio_text(contrast_ratio(c777, white)), "4.48:1");
        assert_eq!(ratio_text(4.4999), "4.49:1");
        assert_eq!(ratio_text(4.5), "4.50:1");
    }

    #[test]
    fn accents_table() {
        assert_eq!(
            cfg("accent=%23a36").accent.map(Accent::css).as_deref(),
            Some("#aa3366")
        );
        assert_eq!(
            cfg("accent=0B5D5B").accent.map(Accent::css).as_deref(),
            Some("#0b5d5b")
        );
        assert_eq!(cfg("accent=").accent, None);
        for bad in [
            "red",
            "#12345",
            "#1234567",
            "#ggg",
            "rgb(0,0,0)",
            "#",
            "#12",
            "url(x)",
            "#fff;x:y",
        ] {
            let n = notice_for(&format!("accent={}", query::encode(bad)), "accent");
            assert!(
                n.message.contains("not a hex colour"),
                "{bad}: {}",
                n.message
            );
        }
        let n = notice_for("accent=%23777777", "accent");
        assert!(n.message.contains("4.48:1"), "{}", n.message);
        assert!(n.message.contains("too light"));
        let n = notice_for("accent=fff", "accent");
        assert!(n.message.contains("1.00:1"), "{}", n.message);
    }

    #[test]
    fn price_book_replaces_the_defaults() {
        let c = cfg("name=Ink&cur=GBP&needling=150-200");
        let book = c.price_book();
        assert_eq!(book.currency, Currency::GBP);
        assert!(book.is_studio_supplied());
        assert_eq!(book.price(PriceItem::DermalPerAnchor), None);
        assert_eq!(
            book.price(PriceItem::NeedlingPerSession),
            Some(Span::new(150_00, 200_00))
        );
        assert!(book.validate().is_empty());

        // No dermal price from the studio: that line says "ask your studio".
        let est = estimate(&EstimateInput::default(), &book).unwrap();
        assert_eq!(est.cost.lines[0].amount, None);
        assert!(
            est.cost.total_text().contains("ask your studio"),
            "{}",
            est.cost.total_text()
        );
        assert!(est
            .cost
            .notes
            .iter()
            .any(|n| n.text.contains("Prices set by Ink")));

        let c = cfg("cur=GBP&dermal=60-80&jewellery-titanium=20");
        let est = estimate(&EstimateInput::default(), &c.price_book()).unwrap();
        assert_eq!(est.cost.total_text(), "£60-£80");
        let mut input = EstimateInput::default();
        input.dermal.jewellery_included = false;
        let est = estimate(&input, &c.price_book()).unwrap();
        assert_eq!(est.cost.total_text(), "£80-£100");
    }

    #[test]
    fn to_query_examples() {
        assert_eq!(EmbedConfig::default().to_query(), "cur=USD");
        let c = cfg(
            "name=Ink+%26+Steel&cur=GBP&dermal=60.5-80&accent=%23A36&tab=aftercare&services=both",
        );
        assert_eq!(
            c.to_query(),
            "name=Ink%20%26%20Steel&cur=GBP&dermal=60.50-80&accent=aa3366&tab=aftercare"
        );
        assert_eq!(EmbedConfig::from_query(&c.to_query()), (c, vec![]));
    }

    fn currency_strategy() -> impl Strategy<Value = Currency> {
        proptest::sample::select(SUPPORTED_CURRENCIES).prop_map(|c| Currency::new(c).unwrap())
    }

    fn price_strategy(digits: u32) -> impl Strategy<Value = Option<Span<u64>>> {
        let max = PRICE_MAX_MAJOR * 10u64.pow(digits);
        proptest::option::of((0..=max, 0..=max).prop_map(|(a, b)| Span::new(a.min(b), a.max(b))))
    }

    fn config_strategy() -> impl Strategy<Value = EmbedConfig> {
        currency_strategy()
            .prop_flat_map(|currency| {
                let d = currency.minor_digits();
                (
                    Just(currency),
                    proptest::option::of(".{0,80}"),
                    (price_strategy(d), price_strategy(d)),
                    proptest::collection::vec(price_strategy(d), Material::ALL.len()),
                    proptest::sample::select(Services::ALL.to_vec()),
                    proptest::option::of(any::<(u8, u8, u8)>()),
                    proptest::sample::select(EmbedTab::ALL.to_vec()),
                )
            })
            .prop_map(
                |(currency, name, (dermal, needling), jewels, services, accent, tab)| {
                    let mut jewellery = JewelleryPrices::default();
                    for (m, p) in Material::ALL.iter().zip(jewels) {
                        jewellery.set(*m, p);
                    }
                    EmbedConfig {
                        studio_name: name.and_then(|n| clean_name(&n).0),
                        currency,
                        dermal_per_anchor: dermal,
                        jewellery,
                        needling_per_session: needling,
                        services,
                        accent: accent.and_then(|(r, g, b)| Accent::new(Rgb::new(r, g, b)).ok()),
                        tab,
                    }
                },
            )
    }

    /// Query strings made of the real keys with odd values, and odd keys.
    fn query_strategy() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            proptest::sample::select(vec![
                "name",
                "cur",
                "dermal",
                "needling",
                "services",
                "accent",
                "tab",
                "jewellery-gold",
                "jewellery-implant-steel"
            ])
            .prop_map(String::from),
            ".{0,12}",
        ];
        let value = prop_oneof![
            ".{0,80}",
            "[0-9.\\- ]{0,14}",
            "#?[0-9a-fA-F]{0,7}",
            "[A-Za-z]{0,4}"
        ];
        proptest::collection::vec((key, value), 0..12).prop_map(|pairs| {
            pairs
                .into_iter()
                .map(|(k, v)| format!("{}={}", query::encode(&k), query::encode(&v)))
                .collect::<Vec<_>>()
                .join("&")
        })
    }

    fn check_invariants(c: &EmbedConfig, notices: &[EmbedNotice]) -> Result<(), TestCaseError> {
        if let Some(n) = &c.studio_name {
            prop_assert!(!n.is_empty() && n.chars().count() <= NAME_MAX_CHARS);
            prop_assert!(!n.chars().any(|ch| ch.is_control() || is_bidi_control(ch)));
            prop_assert_eq!(n.trim(), n.as_str());
        }
        prop_assert!(SUPPORTED_CURRENCIES.contains(&c.currency.code()));
        let max = PRICE_MAX_MAJOR * 10u64.pow(c.currency.minor_digits());
        let book = c.price_book();
        prop_assert!(book.validate().is_empty());
        for p in [c.dermal_per_anchor, c.needling_per_session]
            .into_iter()
            .chain(Material::ALL.iter().map(|m| c.jewellery.get(*m)))
            .flatten()
        {
            prop_assert!(p.min <= p.max && p.max <= max);
        }
        if let Some(a) = c.accent {
            prop_assert!(a.contrast_with_text() >= MIN_CONTRAST);
        }
        for n in notices {
            prop_assert!(n.field.chars().count() <= ECHO_MAX);
            // A notice is its fixed words plus at most ECHO_MAX characters of input.
            prop_assert!(n.message.chars().count() <= 260, "{}", n.message);
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn any_string_gives_a_config_and_notices(s in ".*") {
            let (c, n) = EmbedConfig::from_query(&s);
            check_invariants(&c, &n)?;
        }

        #[test]
        fn any_query_gives_a_valid_config(q in query_strategy()) {
            let (c, n) = EmbedConfig::from_query(&q);
            check_invariants(&c, &n)?;
            // What was kept reads back the same, without notices.
            prop_assert_eq!(EmbedConfig::from_query(&c.to_query()), (c, vec![]));
        }

        #[test]
        fn to_query_round_trips(c in config_strategy()) {
            prop_assert_eq!(EmbedConfig::from_query(&c.to_query()), (c, vec![]));
        }

        #[test]
        fn prices_round_trip(c in currency_strategy(), a in 0..=PRICE_MAX_MAJOR * 1000, b in 0..=PRICE_MAX_MAJOR * 1000) {
            let top = PRICE_MAX_MAJOR * 10u64.pow(c.minor_digits());
            let (a, b) = (a % (top + 1), b % (top + 1));
            let span = Span::new(a.min(b), a.max(b));
            prop_assert_eq!(parse_price(&format_price(span, c), c), Ok(span));
        }
    }
}
