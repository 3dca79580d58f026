//! Currencies: ISO 4217 codes, their minor units and how amounts are written.

use serde::{Deserialize, Serialize};

use crate::model::Span;

/// An ISO 4217 currency code: three ASCII capital letters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

/// A currency code that isn't three letters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyError;

impl std::fmt::Display for CurrencyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = tr!("a currency is a three-letter code such as USD, GBP or EUR");
        f.write_str(text)
    }
}

impl std::error::Error for CurrencyError {}

impl Currency {
    pub const USD: Currency = Currency(*b"USD");
    pub const GBP: Currency = Currency(*b"GBP");
    pub const EUR: Currency = Currency(*b"EUR");

    /// A code of three ASCII letters, in any case (`"usd"` gives `USD`).
    pub fn new(code: &str) -> Result<Self, CurrencyError> {
        let b = code.trim().as_bytes();
        if b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic) {
            Ok(Currency([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ]))
        } else {
            Err(CurrencyError)
        }
    }

    pub fn code(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// Digits after the decimal point (ISO 4217): 0 for JPY, KRW and others, 3 for the
    /// dinars, 2 for most.
    pub fn minor_digits(self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" | b"ISK" | b"CLP" | b"VND" | b"PYG" | b"UGX" | b"XAF" | b"XOF"
            | b"XPF" | b"BIF" | b"DJF" | b"GNF" | b"KMF" | b"RWF" | b"VUV" | b"UYI" => 0,
            b"BHD" | b"IQD" | b"JOD" | b"KWD" | b"LYD" | b"OMR" | b"TND" => 3,
            _ => 2,
        }
    }

    /// The symbol everybody reads for it, where there is one.
    pub(crate) fn symbol(self) -> Option<&'static str> {
        Some(match &self.0 {
            b"USD" => "$",
            b"GBP" => "£",
            b"EUR" => "€",
            b"JPY" => "¥",
            b"AUD" => "A$",
            b"CAD" => "CA$",
            b"NZD" => "NZ$",
            _ => return None,
        })
    }

    /// An amount in minor units the reader's way: `$1,250`, `$12.50`, `¥1,500`, `CHF 80` in
    /// English, `80 CHF`, `12,50 €` in Spanish and German.
    /// A zero fraction is left off, so ranges read easily. Other languages:
    /// [`crate::locale::money`].
    pub fn format(self, minor: u64) -> String {
        crate::locale::money::price(crate::locale::catalog::active_lang(), self, minor)
    }

    /// A range of minor units the reader's way: `$50-$150`, `50-150 $`, or one figure if both
    /// ends agree.
    pub fn format_span(self, span: Span<u64>) -> String {
        crate::locale::money::range(crate::locale::catalog::active_lang(), self, span)
    }
}

impl std::fmt::Debug for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl TryFrom<String> for Currency {
    type Error = CurrencyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Currency::new(&s)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.code().to_string()
    }
}
