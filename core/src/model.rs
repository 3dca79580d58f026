//! The shared vocabulary of the domain: procedures, views, sources and sourced facts.
//! Every module (content, estimator, aftercare, embed) speaks in these types.

use crate::locale::catalog::active_lang;
use crate::locale::fill;
use crate::locale::number::{decimal, local_decimal};
use serde::{Deserialize, Serialize};

/// The two procedures Dermamap explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Procedure {
    /// Micro-dermal (dermal anchor, single-point) piercing.
    Dermal,
    /// Microneedling (collagen induction therapy).
    Microneedling,
}

impl Procedure {
    pub const ALL: [Procedure; 2] = [Procedure::Dermal, Procedure::Microneedling];

    /// Stable slug used in URLs and stored data.
    pub fn slug(self) -> &'static str {
        match self {
            Procedure::Dermal => "dermal",
            Procedure::Microneedling => "microneedling",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == s)
    }

    /// Human label, as used in accessible names ("Nape of the neck, micro-dermal").
    pub fn label(self) -> &'static str {
        match self {
            Procedure::Dermal => tr!("micro-dermal"),
            Procedure::Microneedling => tr!("microneedling"),
        }
    }

    /// The procedure's name: "Micro-dermal piercing", "Microneedling".
    pub fn name(self) -> &'static str {
        match self {
            Procedure::Dermal => tr!("Micro-dermal piercing"),
            Procedure::Microneedling => tr!("Microneedling"),
        }
    }

    /// Its short name, for filters and plan names: "Micro-dermal", "Microneedling".
    pub fn short_name(self) -> &'static str {
        crate::locale::tr(self.short_text())
    }

    /// Its short name as a text of the catalog (its key: the wasm has no English).
    pub const fn short_text(self) -> crate::locale::Text {
        match self {
            Procedure::Dermal => text!("Micro-dermal"),
            Procedure::Microneedling => text!("Microneedling"),
        }
    }

    /// One occasion of it, as a plan starts from: "Micro-dermal piercing", "Microneedling session".
    pub fn occasion(self) -> &'static str {
        match self {
            Procedure::Dermal => tr!("Micro-dermal piercing"),
            Procedure::Microneedling => tr!("Microneedling session"),
        }
    }

    /// Where it is done, as a heading: "Micro-dermal placements", "Microneedling areas".
    pub fn places(self) -> &'static str {
        match self {
            Procedure::Dermal => tr!("Micro-dermal placements"),
            Procedure::Microneedling => tr!("Microneedling areas"),
        }
    }

    /// As the object of a sentence: "a micro-dermal piercing", "microneedling".
    pub fn as_object(self) -> &'static str {
        match self {
            Procedure::Dermal => tr!("a micro-dermal piercing"),
            Procedure::Microneedling => tr!("microneedling"),
        }
    }
}

/// Which drawing of the body a region sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    Front,
    Back,
    Face,
}

impl View {
    pub const ALL: [View; 3] = [View::Front, View::Back, View::Face];

    pub fn slug(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
            View::Face => "face",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Front => tr!("Front"),
            View::Back => tr!("Back"),
            View::Face => tr!("Face close-up"),
        }
    }
}

/// An inclusive range. Where sources differ, the range spans all of them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Span<T> {
    pub min: T,
    pub max: T,
}

impl<T: PartialOrd + Copy> Span<T> {
    pub const fn new(min: T, max: T) -> Self {
        Span { min, max }
    }
    pub fn is_ordered(&self) -> bool {
        self.min <= self.max
    }
    pub fn contains(&self, v: T) -> bool {
        self.min <= v && v <= self.max
    }
}

/// A number a source gives, with its unit. Money is in integer US cents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    /// Pain on a 0-10 scale.
    Pain(Span<f32>),
    Days(Span<u16>),
    Weeks(Span<u16>),
    Months(Span<u16>),
    Millimetres(Span<f32>),
    Sessions(Span<u8>),
    UsdCents(Span<u64>),
}

impl Quantity {
    pub fn is_ordered(&self) -> bool {
        match self {
            Quantity::Pain(s) | Quantity::Millimetres(s) => s.is_ordered() && s.min >= 0.0,
            Quantity::Days(s) | Quantity::Weeks(s) | Quantity::Months(s) => s.is_ordered(),
            Quantity::Sessions(s) => s.is_ordered(),
            Quantity::UsdCents(s) => s.is_ordered(),
        }
    }
}

/// To two places at most: "1.00" -> "1", "0.50" -> "0.5", figures read as the sources wrote
/// them (with the reader's decimal mark: "0,5"). By whole hundredths, not a float formatter:
/// the app's first module then carries no float formatting code.
fn trim_f32(v: f32) -> String {
    let hundredths = (f64::from(v.max(0.0)) * 100.0).round() as u64;
    decimal(active_lang(), hundredths, 2)
}

fn span_text<T: PartialEq + Copy>(s: &Span<T>, f: impl Fn(T) -> String) -> String {
    if s.min == s.max {
        f(s.min)
    } else {
        format!("{}–{}", f(s.min), f(s.max))
    }
}

fn dollars(cents: u64) -> String {
    if cents.is_multiple_of(100) {
        format!("{}", cents / 100)
    } else {
        local_decimal(format!("{}.{:02}", cents / 100, cents % 100))
    }
}

impl Quantity {
    /// The figure as a visitor reads it: "4–6 out of 10", "1–6 months", "US$50–150".
    pub fn describe(&self) -> String {
        match self {
            Quantity::Pain(s) => fill(tr!("{} out of 10"), &[("", &span_text(s, trim_f32))]),
            Quantity::Days(s) => fill(tr!("{} days"), &[("", &span_text(s, |v| v.to_string()))]),
            Quantity::Weeks(s) => fill(tr!("{} weeks"), &[("", &span_text(s, |v| v.to_string()))]),
            Quantity::Months(s) => {
                fill(tr!("{} months"), &[("", &span_text(s, |v| v.to_string()))])
            }
            Quantity::Millimetres(s) => fill(tr!("{} mm"), &[("", &span_text(s, trim_f32))]),
            Quantity::Sessions(s) => fill(
                tr!("{} sessions"),
                &[("", &span_text(s, |v| v.to_string()))],
            ),
            Quantity::UsdCents(s) => format!("US${}", span_text(s, dollars)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_written() {
        assert_eq!(
            Quantity::Pain(Span::new(4.0, 6.0)).describe(),
            "4–6 out of 10"
        );
        assert_eq!(
            Quantity::Pain(Span::new(5.2, 5.2)).describe(),
            "5.2 out of 10"
        );
        assert_eq!(
            Quantity::Millimetres(Span::new(0.25, 0.5)).describe(),
            "0.25–0.5 mm"
        );
        assert_eq!(Quantity::Months(Span::new(1, 6)).describe(), "1–6 months");
        assert_eq!(
            Quantity::UsdCents(Span::new(5000, 15050)).describe(),
            "US$50–150.50"
        );
    }

    /// The figures as the float formatter wrote them before (two places, zeros trimmed), for
    /// every hundredth the content could give and the figures it does give.
    #[test]
    fn figures_by_hundredths_read_as_the_float_formatter_wrote_them() {
        let by_formatter = |v: f32| {
            let s = format!("{v:.2}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        };
        let mut values: Vec<f32> = (0..=2000).map(|h| h as f32 / 100.0).collect();
        values.extend((0..=200).map(|t| t as f32 * 0.1));
        values.extend([0.25, 0.5, 1.5, 2.5, 5.2, 6.7, 7.3, 0.05, 0.005, 2.71]);
        for v in values {
            assert_eq!(trim_f32(v), by_formatter(v), "{v}");
        }
    }

    #[test]
    fn slugs_round_trip() {
        for p in Procedure::ALL {
            assert_eq!(Procedure::from_slug(p.slug()), Some(p));
        }
        for v in View::ALL {
            assert_eq!(View::from_slug(v.slug()), Some(v));
        }
        assert_eq!(View::from_slug("side"), None);
    }

    #[test]
    fn ordered_checks_min_max() {
        assert!(Quantity::Days(Span::new(2, 3)).is_ordered());
        assert!(!Quantity::Days(Span::new(3, 2)).is_ordered());
        assert!(!Quantity::Pain(Span::new(-1.0, 2.0)).is_ordered());
    }
}
