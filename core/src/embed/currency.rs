//! The currencies a studio may price in.

use crate::estimator::Currency;

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
