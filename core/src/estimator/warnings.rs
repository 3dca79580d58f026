//! Warnings for a region and a procedure: risks the sources name and choices to rethink.

use crate::content::{FactKind, Region};
use crate::locale::in_sentence;
use crate::locale::{fill, tr};
use crate::model::{Procedure, Span};
use crate::sources::SourceId::{self, *};
use serde::Serialize;

use super::choices::{EstimateInput, Material};
use super::needle_depth::NeedleDepth;

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

fn region_risk_warnings(region: &Region, procedure: Procedure) -> Option<Warning> {
    region.fact(FactKind::Risk, procedure).map(|f| Warning {
        kind: WarningKind::RegionRisk,
        text: tr(f.text).to_string(),
        sources: f.sources,
    })
}

pub(super) fn dermal_warnings(input: &EstimateInput, region: &Region) -> Vec<Warning> {
    let mut w = Vec::new();
    if input.dermal.material == Material::ImplantSteel {
        w.push(Warning {
            kind: WarningKind::Material,
            text: tr!("Steel can irritate some skin (“Micro Dermal Piercing”). Body Piercing Hub: surgical steel \
                   cannot go into MRI machines, while titanium usually can; always tell your doctor and the \
                   scan staff, and ask a medical professional.")
                .to_string(),
            sources: &[Seed000, Seed001],
        });
    }
    w.extend(region_risk_warnings(region, Procedure::Dermal));
    w
}

pub(super) fn needling_warnings(
    input: &EstimateInput,
    region: &Region,
    depth: Option<(Span<NeedleDepth>, &'static [SourceId])>,
) -> Vec<Warning> {
    let n = &input.needling;
    let d = n.depth;
    let skin = in_sentence(n.skin.label());
    let mut w = Vec::new();
    // The guide's figure with its own sentence, which says what it is for (stretch marks,
    // scars on the face): never as if given for any use of the area.
    let given_for = NeedleDepth::sourced_fact(region, n.skin).map_or("", |f| tr(f.text));
    match depth {
        Some((range, sources)) if !range.contains(d) => w.push(Warning {
            kind: WarningKind::DepthOutsideSourcedRange,
            text: fill(
                tr!(
                    "{} mm is {} than the {} mm the depth guide gives here: {} Ask your \
                 practitioner before going {}."
                ),
                &[
                    ("", &d.local_text()),
                    (
                        "",
                        &if d > range.max {
                            tr!("deeper")
                        } else {
                            tr!("shallower")
                        },
                    ),
                    ("", &NeedleDepth::span_text(range)),
                    ("", &given_for),
                    (
                        "",
                        &if d > range.max {
                            tr!("deeper")
                        } else {
                            tr!("shallower")
                        },
                    ),
                ],
            ),
            sources,
        }),
        Some(_) => {}
        None => w.push(Warning {
            kind: WarningKind::NoSourcedDepth,
            text: fill(
                tr!(
                    "The sources give no needle depth for {} with {skin}. Ask your practitioner \
                 which depth suits you."
                ),
                &[("", &tr(region.name)), ("skin", &skin)],
            ),
            sources: &[],
        }),
    }
    if n.at_home {
        if d > NeedleDepth::AT_HOME_MAX {
            w.push(Warning {
                kind: WarningKind::DepthTooDeepAtHome,
                text: fill(
                    tr!("{} mm is too deep for home use: drpen.net's depth guide says {} mm at most at \
                     home. The AAD says in-office treatment goes deeper than home rollers."),
                    &[("", &d.text()), ("", &NeedleDepth::AT_HOME_MAX.text())],
                ),
                sources: &[DrPen, Aad2018],
            });
        }
        w.push(Warning {
            kind: WarningKind::AtHome,
            text: tr!("Home rollers don't go deep enough to match in-office treatment (AAD 2018, \
                   the article “How do you define micro-needling?”), and doing it yourself can raise the chance of side effects (“How do you define micro-needling?”).")
                .to_string(),
            sources: &[Aad2018, Seed002],
        });
    }
    w.extend(region_risk_warnings(region, Procedure::Microneedling));
    w
}
