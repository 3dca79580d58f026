//! Prices as a studio types them (`60-80`, `49.50`), in integer minor units, and back.

use crate::estimator::{Currency, Material};
use crate::locale::fill;
use crate::model::Span;

use super::*;

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
            0 => tr!("like 15000 or 12000-18000").to_string(),
            d => fill(
                tr!("like 150, {} or 120-180"),
                &[("", &format_major(49_50 * 10u64.pow(d - 2), d))],
            ),
        };
        match self {
            PriceError::Format => fill(
                tr!("use a price {example}, in {currency}, without a currency sign or thousands separators"),
                &[("example", &example), ("currency", &currency)],
            ),
            PriceError::TooManyDecimals if digits == 0 => fill(
                tr!("{currency} has no decimal places: use whole amounts, {example}"),
                &[("currency", &currency), ("example", &example)],
            ),
            PriceError::TooManyDecimals => fill(
                tr!("{currency} has at most {digits} decimal places"),
                &[("currency", &currency), ("digits", &digits)],
            ),
            PriceError::TooHigh => fill(
                tr!("prices above {} are not accepted"),
                &[("", &currency.format(PRICE_MAX_MAJOR * 10u64.pow(digits)))],
            ),
            PriceError::OutOfOrder => tr!("the lowest price comes first, as in 120-180").to_string(),
        }
    }
}

/// One amount in major units (`150`, `49.50`) as integer minor units.
fn parse_amount(s: &str, digits: u32) -> Result<u64, PriceError> {
    let s = s.trim();
    // The decimal mark may be a point or, as Spanish and German write it, a comma; a comma
    // before three digits reads as a thousands separator ("1,250"), which prices do not take.
    let (whole, frac) = match s.split_once(['.', ',']) {
        Some((_, f)) if s.contains(',') && f.len() == 3 => return Err(PriceError::Format),
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
