//! The estimate as shown: pain with its factors, cost with its lines, warnings and notes,
//! and [`estimate`], which makes it.

use serde::Serialize;

use super::choices::{EstimateInput, SessionsGuide};
use super::cost::{dermal_cost, needling_cost, Cost};
use super::input_error::InputError;
use super::needle_depth::NeedleDepth;
use super::pain::{dermal_pain, needling_pain, PainEstimate};
use super::price_book::PriceBook;
use super::warnings::{dermal_warnings, needling_warnings, Warning};

use crate::content::RegionId;
use crate::model::{Procedure, Span};
use crate::sources::SourceId::{self, *};

/// Depth, downtime and course guidance for microneedling.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NeedlingGuide {
    /// The area's sourced depth for the chosen skin type.
    pub sourced_depth: Option<Span<NeedleDepth>>,
    /// What the depth guide gives it for, in its words ("For stretch marks ..."): a figure
    /// given for one concern or one part of the body is shown with it.
    pub depth_text: Option<crate::locale::Text>,
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
    pub region_name: crate::locale::Text,
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
            let depth = NeedleDepth::sourced(region, n.skin);
            Estimate {
                procedure: Procedure::Microneedling,
                region_id: region.id,
                region_name: region.name,
                pain: needling_pain(input, region),
                cost: needling_cost(input, region, book),
                warnings: needling_warnings(input, region, depth),
                needling: Some(NeedlingGuide {
                    sourced_depth: depth.map(|(s, _)| s),
                    depth_text: depth
                        .and(NeedleDepth::sourced_fact(region, n.skin))
                        .map(|f| f.text),
                    depth_sources: depth.map(|(_, s)| s).unwrap_or(&[]),
                    downtime_days: n.depth.downtime_days(),
                    downtime_sources: &[DrPen],
                    sessions: n.concern.sessions(),
                }),
            }
        }
    };
    Ok(est)
}
