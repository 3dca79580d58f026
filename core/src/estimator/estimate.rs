//! The estimate as shown: pain with its factors, cost with its lines, warnings and notes,
//! and [`estimate`], which makes it.

// Prices are written as dollars_cents (`150_00` is $150.00) on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

use serde::Serialize;

use crate::content::RegionId;
use crate::model::{Procedure, Span};
use crate::sources::SourceId::{self, *};

use super::*;

/// Which way a factor moves the pain range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Direction {
    Up,
    Down,
    Neutral,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Up => "raises pain",
            Direction::Down => "lowers pain",
            Direction::Neutral => "no change",
        }
    }

    pub(crate) fn sign(self) -> &'static str {
        match self {
            Direction::Up => "+",
            Direction::Down => "-",
            Direction::Neutral => "=",
        }
    }
}

/// One reason the pain range is where it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PainFactor {
    pub label: String,
    pub direction: Direction,
    pub why: String,
    /// Empty where the step is Dermamap's own reasoning.
    pub sources: &'static [SourceId],
}

/// Expected pain on a 0-10 scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PainEstimate {
    /// Always within 0..=10 with `min <= max`.
    pub range: Span<f32>,
    /// What the range applies to: "each anchor" or "each session".
    pub per: &'static str,
    pub factors: Vec<PainFactor>,
}

impl PainEstimate {
    /// "3.5-5.5 out of 10".
    pub fn text(&self) -> String {
        format!("{:.1}-{:.1} out of 10", self.range.min, self.range.max)
    }
}

/// What a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum WarningKind {
    /// The chosen depth is outside the area's sourced range for the skin type.
    DepthOutsideSourcedRange,
    /// The sources give no depth for this area and skin type.
    NoSourcedDepth,
    /// Deeper than 1.0 mm at home.
    DepthTooDeepAtHome,
    /// Home rolling gives weaker results than a clinic.
    AtHome,
    /// A material note (irritation, MRI).
    Material,
    /// A risk the area's content names.
    RegionRisk,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    pub kind: WarningKind,
    pub text: String,
    pub sources: &'static [SourceId],
}

/// One line of the cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CostLine {
    pub label: String,
    /// `None`: no price known; show [`CostLine::if_unknown`].
    pub amount: Option<Span<u64>>,
    /// What to say when there is no amount, e.g. "ask your studio".
    pub if_unknown: &'static str,
    pub sources: &'static [SourceId],
}

/// A sentence under the cost, with its sources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    pub text: String,
    pub sources: &'static [SourceId],
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cost {
    pub currency: Currency,
    /// Sum of the lines that have an amount; `None` if none has.
    pub total: Option<Span<u64>>,
    /// True when some line has no amount, so the total leaves it out.
    pub partial: bool,
    pub lines: Vec<CostLine>,
    pub included: Vec<String>,
    pub not_included: Vec<String>,
    pub notes: Vec<Note>,
    pub studio_supplied: bool,
}

impl Cost {
    /// "$50-$150", or "ask your studio".
    pub fn total_text(&self) -> String {
        match self.total {
            Some(t) if self.partial => format!(
                "{} plus the items marked below",
                self.currency.format_span(t)
            ),
            Some(t) => self.currency.format_span(t),
            // No line has a price: say what its line says ("ask your studio", "check the seller").
            None => self
                .lines
                .iter()
                .find(|l| l.amount.is_none())
                .map_or(ASK_STUDIO, |l| l.if_unknown)
                .to_string(),
        }
    }

    pub fn line_text(&self, line: &CostLine) -> String {
        match line.amount {
            Some(a) => self.currency.format_span(a),
            None => line.if_unknown.to_string(),
        }
    }
}

/// Depth, downtime and course guidance for microneedling.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NeedlingGuide {
    /// The area's sourced depth for the chosen skin type, in hundredths of a millimetre.
    pub sourced_depth: Option<Span<u16>>,
    pub depth_sources: &'static [SourceId],
    /// Expected downtime in days at the chosen depth (drpen.net).
    pub downtime_days: Span<u8>,
    pub downtime_sources: &'static [SourceId],
    pub sessions: SessionsGuide,
}

/// The result shown on the estimator page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Estimate {
    pub procedure: Procedure,
    pub region_id: RegionId,
    pub region_name: &'static str,
    pub pain: PainEstimate,
    pub cost: Cost,
    pub warnings: Vec<Warning>,
    /// Only for microneedling.
    pub needling: Option<NeedlingGuide>,
}

/// Estimates pain and cost, or says what in the input cannot be used.
pub fn estimate(input: &EstimateInput, book: &PriceBook) -> Result<Estimate, Vec<InputError>> {
    let mut errors = Vec::new();
    let region = match input.validate() {
        Ok(r) => Some(r),
        Err(e) => {
            errors.extend(e);
            None
        }
    };
    errors.extend(book.validate());
    let region = match region {
        Some(r) if errors.is_empty() => r,
        _ => return Err(errors),
    };
    let est = match input.procedure {
        Procedure::Dermal => Estimate {
            procedure: Procedure::Dermal,
            region_id: region.id,
            region_name: region.name,
            pain: dermal_pain(input, region),
            cost: dermal_cost(input, region, book),
            warnings: dermal_warnings(input, region),
            needling: None,
        },
        Procedure::Microneedling => {
            let n = &input.needling;
            let depth = sourced_depth(region, n.skin);
            Estimate {
                procedure: Procedure::Microneedling,
                region_id: region.id,
                region_name: region.name,
                pain: needling_pain(input, region),
                cost: needling_cost(input, region, book),
                warnings: needling_warnings(input, region, depth),
                needling: Some(NeedlingGuide {
                    sourced_depth: depth.map(|(s, _)| s),
                    depth_sources: depth.map(|(_, s)| s).unwrap_or(&[]),
                    downtime_days: downtime_days(n.depth_hundredths_mm),
                    downtime_sources: &[DrPen],
                    sessions: n.concern.sessions(),
                }),
            }
        }
    };
    Ok(est)
}
