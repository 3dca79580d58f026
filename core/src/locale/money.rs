//! Prices the local way, from [`Currency`]'s digits and symbols: the symbol before the
//! amount in English (`£70`, `$12.50`), after it in Spanish and German (`70 €`, `12,50 $`);
//! a range names its currency once in Spanish and German (`70-100 €`).

use super::number::{decimal_mark, whole};
use super::Lang;
use crate::estimator::Currency;
use crate::Span;

/// An amount in minor units, without the currency: `1,250`, `12.50` (en); `1250`,
/// `12,50` (es); `1.250`, `12,50` (de). A zero fraction is left off.
fn amount(lang: Lang, currency: Currency, minor: u64) -> String {
    let places = currency.minor_digits();
    let unit = 10u64.pow(places);
    let (int, frac) = (minor / unit, minor % unit);
    let int = whole(lang, int);
    if frac == 0 {
        int
    } else {
        format!(
            "{int}{}{frac:0width$}",
            decimal_mark(lang),
            width = places as usize
        )
    }
}

/// How the currency is named: its symbol where it has one everybody reads, else its code.
fn sign(currency: Currency) -> String {
    currency
        .symbol()
        .map_or_else(|| currency.code().to_string(), str::to_string)
}

/// One price: `£70`, `CHF 80` (en); `70 €`, `80 CHF` (es, de).
pub fn price(lang: Lang, currency: Currency, minor: u64) -> String {
    let (a, s) = (amount(lang, currency, minor), sign(currency));
    match (lang, currency.symbol()) {
        (Lang::En, Some(_)) => format!("{s}{a}"),
        (Lang::En, None) => format!("{s} {a}"),
        (Lang::Es | Lang::De, _) => format!("{a}\u{a0}{s}"),
    }
}

/// A price range, or one price where both ends agree: `£70-£100` (en), `70-100 €` (es, de).
pub fn range(lang: Lang, currency: Currency, span: Span<u64>) -> String {
    if span.min == span.max {
        return price(lang, currency, span.min);
    }
    match lang {
        Lang::En => format!(
            "{}-{}",
            price(lang, currency, span.min),
            price(lang, currency, span.max)
        ),
        Lang::Es | Lang::De => format!(
            "{}-{}\u{a0}{}",
            amount(lang, currency, span.min),
            amount(lang, currency, span.max),
            sign(currency)
        ),
    }
}
