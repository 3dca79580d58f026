//! Needle depth in hundredths of a millimetre: its limits, the sourced depth for a region,
//! the default, and its text forms (`1.25`, "1.0 mm").

use crate::content::{self, FactKind, Region};
use crate::model::{Procedure, Quantity, Span};
use crate::sources::SourceId;

use super::choices::Skin;

/// Valid needle depths in hundredths of a millimetre (0.25-2.5 mm; seed 003, drpen.net).
pub const DEPTH_MIN: u16 = 25;
pub const DEPTH_MAX: u16 = 250;
/// Depth used when the sources give none for the area and skin type (0.5 mm).
pub const DEPTH_FALLBACK: u16 = 50;
/// The deepest needle the sources accept at home (1.0 mm; research notes, AAD 2018).
pub const AT_HOME_MAX_DEPTH: u16 = 100;

/// The needle depth an area's sources give for a skin type (drpen.net), in hundredths of a
/// millimetre, with the fact's sources. `None` if the content has no usable figure.
pub fn sourced_depth(region: &Region, skin: Skin) -> Option<(Span<u16>, &'static [SourceId])> {
    let kind = match skin {
        Skin::Thin => FactKind::NeedleDepthThin,
        Skin::Thick => FactKind::NeedleDepthThick,
    };
    let fact = region.fact(kind, Procedure::Microneedling)?;
    match fact.quantity? {
        Quantity::Millimetres(s) => {
            let (min, max) = (mm_to_hundredths(s.min)?, mm_to_hundredths(s.max)?);
            (min <= max).then_some((Span::new(min, max), fact.sources))
        }
        _ => None,
    }
}

/// Default needle depth: the shallow end of the area's sourced range for the skin type,
/// else 0.5 mm; never deeper than 1.0 mm at home. Always within 0.25-2.5 mm.
pub fn default_depth(region_id: impl AsRef<str>, skin: Skin, at_home: bool) -> u16 {
    let region_id = region_id.as_ref();
    let d = content::region(region_id)
        .and_then(|r| sourced_depth(r, skin))
        .map(|(s, _)| s.min)
        .unwrap_or(DEPTH_FALLBACK)
        .clamp(DEPTH_MIN, DEPTH_MAX);
    if at_home {
        d.min(AT_HOME_MAX_DEPTH)
    } else {
        d
    }
}

fn mm_to_hundredths(mm: f32) -> Option<u16> {
    (mm.is_finite() && (0.0..=100.0).contains(&mm)).then(|| (mm * 100.0).round() as u16)
}

/// Depth in hundredths as minimal decimal text: 125 -> "1.25", 150 -> "1.5", 200 -> "2".
pub(super) fn depth_query(h: u16) -> String {
    let (w, f) = (h / 100, h % 100);
    match f {
        0 => w.to_string(),
        f if f % 10 == 0 => format!("{w}.{}", f / 10),
        f => format!("{w}.{f:02}"),
    }
}

/// The depths the estimator covers, for messages: "0.25 to 2.5 mm".
pub(super) fn depth_limits_text() -> String {
    format!("{} to {} mm", depth_text(DEPTH_MIN), depth_text(DEPTH_MAX))
}

/// Depth for reading: always with a decimal point ("2.0", "1.25").
pub fn depth_text(h: u16) -> String {
    if h.is_multiple_of(100) {
        format!("{}.0", h / 100)
    } else {
        depth_query(h)
    }
}

pub(super) fn depth_span_text(s: Span<u16>) -> String {
    if s.min == s.max {
        depth_text(s.min)
    } else {
        format!("{}-{}", depth_text(s.min), depth_text(s.max))
    }
}

/// `^\d{1,2}(\.\d{1,2})?$` millimetres as hundredths; anything else is `None`.
pub fn parse_depth(s: &str) -> Option<u16> {
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
    Some(w * 100 + f)
}

/// Downtime in days at a depth (drpen.net: 0.2-0.5 mm about 2-3 days, 0.8-1.5 mm about 4-5,
/// 2-3 mm about 6-7). Between the source's bands the range spans both neighbours.
pub(super) fn downtime_days(depth: u16) -> Span<u8> {
    match depth {
        0..=50 => Span::new(2, 3),
        51..=79 => Span::new(2, 5),
        80..=150 => Span::new(4, 5),
        151..=199 => Span::new(4, 7),
        _ => Span::new(6, 7),
    }
}
