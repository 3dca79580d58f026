//! Needle depth: its unit (hundredths of a millimetre), the depths the estimator covers, the
//! sourced depth for a region and the default, the downtime it brings, and its text forms
//! (`1.25` in a link, "1.0" to read).

use serde::{Deserialize, Serialize};

use crate::content::{self, FactKind, Region};
use crate::locale::fill;
use crate::model::{Procedure, Quantity, Span};
use crate::sources::SourceId;

use super::choices::Skin;

/// A needle depth in hundredths of a millimetre (`125` is 1.25 mm). Any value can be held,
/// as an input may be anything; [`NeedleDepth::is_covered`] says whether the estimator
/// covers it. Serialized as the bare number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NeedleDepth(u16);

impl NeedleDepth {
    /// The shallowest depth the estimator covers (0.25 mm; seed 003, drpen.net).
    pub const MIN: NeedleDepth = NeedleDepth(25);
    /// The deepest depth the estimator covers (2.5 mm; seed 003, drpen.net).
    pub const MAX: NeedleDepth = NeedleDepth(250);
    /// Used when the sources give no depth for the area and skin type (0.5 mm).
    pub const FALLBACK: NeedleDepth = NeedleDepth(50);
    /// The deepest needle the sources accept at home (1.0 mm, drpen.net's depth guide).
    pub const AT_HOME_MAX: NeedleDepth = NeedleDepth(100);

    pub const fn from_hundredths(hundredths_mm: u16) -> Self {
        NeedleDepth(hundredths_mm)
    }

    pub const fn hundredths(self) -> u16 {
        self.0
    }

    /// Within [`NeedleDepth::MIN`]..=[`NeedleDepth::MAX`].
    pub fn is_covered(self) -> bool {
        (Self::MIN..=Self::MAX).contains(&self)
    }

    /// The depth an area's sources give for a skin type (drpen.net), with the fact's
    /// sources. `None` if the content has no usable figure.
    pub fn sourced(
        region: &Region,
        skin: Skin,
    ) -> Option<(Span<NeedleDepth>, &'static [SourceId])> {
        let fact = Self::sourced_fact(region, skin)?;
        match fact.quantity? {
            Quantity::Millimetres(s) => {
                let (min, max) = (Self::from_mm(s.min)?, Self::from_mm(s.max)?);
                (min <= max).then_some((Span::new(min, max), fact.sources))
            }
            _ => None,
        }
    }

    /// The area's fact that gives its depth for a skin type, whose sentence says what the
    /// figure is for.
    pub fn sourced_fact(region: &Region, skin: Skin) -> Option<&'static content::Fact> {
        let kind = match skin {
            Skin::Thin => FactKind::NeedleDepthThin,
            Skin::Thick => FactKind::NeedleDepthThick,
        };
        region.fact(kind, Procedure::Microneedling)
    }

    /// The depth the form starts on: the shallow end of the area's sourced range for the
    /// skin type, else [`NeedleDepth::FALLBACK`]; never deeper than
    /// [`NeedleDepth::AT_HOME_MAX`] at home. Always covered.
    pub fn default_for(region_id: impl AsRef<str>, skin: Skin, at_home: bool) -> Self {
        let d = content::region(region_id.as_ref())
            .and_then(|r| Self::sourced(r, skin))
            .map(|(s, _)| s.min)
            .unwrap_or(Self::FALLBACK)
            .clamp(Self::MIN, Self::MAX);
        if at_home {
            d.min(Self::AT_HOME_MAX)
        } else {
            d
        }
    }

    fn from_mm(mm: f32) -> Option<Self> {
        (mm.is_finite() && (0.0..=100.0).contains(&mm))
            .then(|| NeedleDepth((mm * 100.0).round() as u16))
    }

    /// `^\d{1,2}(\.\d{1,2})?$` millimetres; anything else is `None`. Not limited to the
    /// covered depths: see [`NeedleDepth::is_covered`].
    pub fn parse(s: &str) -> Option<Self> {
        let (whole, frac) = match s.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (s, None),
        };
        let digits = |t: &str, max: usize| {
            !t.is_empty() && t.len() <= max && t.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(whole, 2) || !frac.is_none_or(|f| digits(f, 2)) {
            return None;
        }
        let w: u16 = whole.parse().ok()?;
        let f: u16 = match frac {
            None => 0,
            Some(f) if f.len() == 1 => f.parse::<u16>().ok()? * 10,
            Some(f) => f.parse().ok()?,
        };
        Some(NeedleDepth(w * 100 + f))
    }

    /// Millimetres as minimal decimal text, for a link: "1.25", "1.5", "2".
    pub(super) fn query_text(self) -> String {
        let (w, f) = (self.0 / 100, self.0 % 100);
        match f {
            0 => w.to_string(),
            f if f % 10 == 0 => format!("{w}.{}", f / 10),
            f => format!("{w}.{f:02}"),
        }
    }

    /// Millimetres for reading, always with a decimal point: "2.0", "1.25".
    pub fn text(self) -> String {
        if self.0.is_multiple_of(100) {
            format!("{}.0", self.0 / 100)
        } else {
            self.query_text()
        }
    }

    /// The depth for reading, with the reader's decimal mark ("0,5" in Spanish and German);
    /// [`NeedleDepth::text`] is the form a number field and a link take.
    pub fn local_text(self) -> String {
        crate::locale::number::local_decimal(self.text())
    }

    /// A range of depths for reading: "0.25-0.5", or one figure if both ends agree.
    pub fn span_text(s: Span<NeedleDepth>) -> String {
        if s.min == s.max {
            s.min.local_text()
        } else {
            format!("{}-{}", s.min.local_text(), s.max.local_text())
        }
    }

    /// The covered depths, for messages: "0.25 to 2.5 mm".
    pub(super) fn limits_text() -> String {
        fill(
            tr!("{} to {} mm"),
            &[("", &Self::MIN.text()), ("", &Self::MAX.text())],
        )
    }

    /// Downtime in days at this depth (drpen.net: 0.2-0.5 mm about 2-3 days, 0.8-1.5 mm
    /// about 4-5, 2-3 mm about 6-7). Between the source's bands the range spans both
    /// neighbours.
    pub(super) fn downtime_days(self) -> Span<u8> {
        match self.0 {
            0..=50 => Span::new(2, 3),
            51..=79 => Span::new(2, 5),
            80..=150 => Span::new(4, 5),
            151..=199 => Span::new(4, 7),
            _ => Span::new(6, 7),
        }
    }
}
