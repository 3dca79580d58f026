//! What a person chooses: the vocabulary (placement, skin, tolerance, tools...), the
//! limits, and the input the estimate is made from.

use serde::{Deserialize, Serialize};

use super::echo::clip;
use super::input_error::InputError;
use super::needle_depth::NeedleDepth;

use crate::content::{self, Region, RegionId};
use crate::model::{Procedure, Span};
use crate::sources::SourceId::{self, *};

// Input vocabulary
// ---------------------------------------------------------------------------------------------

slug_enum! {
    /// How the person rates their own pain tolerance.
    #[derive(Default)]
    Tolerance {
        Low => "low", "Low: needles are hard for me";
        #[default]
        Average => "average", "Average";
        High => "high", "High: needles don't bother me much";
    }
}

slug_enum! {
    /// How the pocket for a dermal anchor is made (seeds 000, 001).
    Technique {
        Punch => "punch", "Dermal punch";
        Needle => "needle", "Needle";
    }
}

slug_enum! {
    /// Jewellery material: the professional minimum standards (APP) that seed 000 also names.
    Material {
        Titanium => "titanium", "Implant-grade titanium";
        Niobium => "niobium", "Niobium";
        Gold => "gold", "Solid gold (14k-18k, not plated)";
        ImplantSteel => "implant-steel", "Implant steel";
    }
}

slug_enum! {
    /// The top that screws onto the anchor (seed 000).
    TopStyle {
        Disc => "disc", "Disc";
        Gem => "gem", "Gem";
        Ball => "ball", "Ball";
        Magnetic => "magnetic", "Magnetic";
    }
}

slug_enum! {
    /// What the person wants microneedling to treat (seeds 002, 003, 004).
    Concern {
        AcneScars => "acne-scars", "Acne scars";
        FineLines => "fine-lines", "Fine lines and wrinkles";
        StretchMarks => "stretch-marks", "Stretch marks";
        Pigmentation => "pigmentation", "Pigmentation and sun spots";
        HairLoss => "hair-loss", "Hair loss";
        Scars => "scars", "Other scars";
        Pores => "pores", "Enlarged pores";
        Texture => "texture", "Uneven texture and tone";
    }
}

slug_enum! {
    /// Skin thickness in the area, which picks the needle-depth column (drpen.net).
    Skin {
        Thin => "thin", "Thin skin";
        Thick => "thick", "Thick skin";
    }
}

/// Valid anchor counts for one visit.
pub const ANCHORS_MIN: u8 = 1;
pub const ANCHORS_MAX: u8 = 10;
/// Valid session counts for one course (acne scars: 1-8, Minutilli 2024).
pub const SESSIONS_MIN: u8 = 1;
pub const SESSIONS_MAX: u8 = 8;

/// The choices for a micro-dermal piercing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DermalOptions {
    /// How many anchors in this visit (1-10).
    pub anchors: u8,
    pub technique: Technique,
    pub material: Material,
    pub top: TopStyle,
    /// Whether the studio's piercing price includes the jewellery (seed 000: some charge
    /// for it separately).
    pub jewellery_included: bool,
}

impl Default for DermalOptions {
    fn default() -> Self {
        DermalOptions {
            anchors: 1,
            // Seed 001 describes the procedure with a dermal punch.
            technique: Technique::Punch,
            material: Material::Titanium,
            top: TopStyle::Disc,
            jewellery_included: true,
        }
    }
}

/// The choices for a microneedling course.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NeedlingOptions {
    pub concern: Concern,
    pub skin: Skin,
    /// Covered: 0.25-2.5 mm (see [`NeedleDepth::is_covered`]).
    pub depth: NeedleDepth,
    pub numbing: bool,
    /// Sessions in the course (1-8).
    pub sessions: u8,
    /// Rolling at home rather than in a clinic.
    pub at_home: bool,
}

impl NeedlingOptions {
    /// Defaults for an area: depth from the area's sourced range for thin skin (its shallow
    /// end), else 0.5 mm; sessions from the sources for the default concern.
    pub fn for_region(region_id: &str) -> Self {
        let concern = Concern::AcneScars;
        let skin = Skin::Thin;
        NeedlingOptions {
            concern,
            skin,
            depth: NeedleDepth::default_for(region_id, skin, false),
            numbing: true,
            sessions: concern.sessions().default,
            at_home: false,
        }
    }
}

/// Everything the estimator form asks.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EstimateInput {
    pub procedure: Procedure,
    /// A region id from [`content::regions`].
    pub region: String,
    pub tolerance: Tolerance,
    pub dermal: DermalOptions,
    pub needling: NeedlingOptions,
}

impl Default for EstimateInput {
    fn default() -> Self {
        EstimateInput::for_region(Procedure::Dermal, default_region(Procedure::Dermal))
    }
}

impl EstimateInput {
    /// Defaults for a procedure on an area; the needle depth follows the area's sources.
    pub fn for_region(procedure: Procedure, region_id: impl AsRef<str>) -> Self {
        let region_id = region_id.as_ref();
        EstimateInput {
            procedure,
            region: region_id.to_string(),
            tolerance: Tolerance::Average,
            dermal: DermalOptions::default(),
            needling: NeedlingOptions::for_region(region_id),
        }
    }

    /// Checks the input against the sources' limits. Only the options of the chosen
    /// procedure are checked; the other procedure's options are kept but ignored.
    pub fn validate(&self) -> Result<&'static Region, Vec<InputError>> {
        let mut errors = Vec::new();
        let region = match content::region(&self.region) {
            Some(r) if r.suits(self.procedure) => Some(r),
            Some(r) => {
                errors.push(InputError::RegionDoesNotSuit {
                    region: r.id,
                    name: r.name,
                    procedure: self.procedure,
                });
                None
            }
            None => {
                errors.push(InputError::UnknownRegion {
                    id: clip(&self.region),
                });
                None
            }
        };
        match self.procedure {
            Procedure::Dermal => {
                let n = self.dermal.anchors;
                if !(ANCHORS_MIN..=ANCHORS_MAX).contains(&n) {
                    errors.push(InputError::AnchorsOutOfRange { given: n });
                }
            }
            Procedure::Microneedling => {
                let d = self.needling.depth;
                if !d.is_covered() {
                    errors.push(InputError::DepthOutOfRange { given: d });
                }
                let s = self.needling.sessions;
                if !(SESSIONS_MIN..=SESSIONS_MAX).contains(&s) {
                    errors.push(InputError::SessionsOutOfRange { given: s });
                }
            }
        }
        match region {
            Some(r) if errors.is_empty() => Ok(r),
            _ => Err(errors),
        }
    }
}

/// The area the estimator opens on for a procedure: the face is the most common place for
/// both (seed 001: top of the cheekbone; seed 002: the face). Falls back to the first area
/// that suits the procedure if the content has no such id.
pub fn default_region(procedure: Procedure) -> RegionId {
    let preferred = match procedure {
        Procedure::Dermal => RegionId::Cheekbone,
        Procedure::Microneedling => RegionId::Cheeks,
    };
    match content::region_of(preferred) {
        Some(r) if r.suits(procedure) => r.id,
        _ => content::regions()
            .find(|r| r.suits(procedure))
            .map(|r| r.id)
            .unwrap_or(preferred),
    }
}

/// How many sessions the sources suggest for a concern.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SessionsGuide {
    /// The range of sessions the sources give; `None` where they give no number.
    pub range: Option<Span<u8>>,
    /// What the form starts on: one session, the price of which every source gives.
    pub default: u8,
    /// Weeks between sessions.
    pub spacing_weeks: Span<u8>,
    pub text: crate::locale::Text,
    pub sources: &'static [SourceId],
}

impl Concern {
    /// The sourced course for this concern.
    pub fn sessions(self) -> SessionsGuide {
        match self {
            Concern::AcneScars => SessionsGuide {
                range: Some(Span::new(1, 8)),
                default: 1,
                spacing_weeks: Span::new(4, 5),
                text: text!("For acne scars a 2024 journal commentary (Minutilli 2024) gives 1 to 8 sessions; 4 weeks apart did \
                       better than 2, and results are judged 3 months after the last session. The article \
                       “What is micro needling”: wait at least 4 weeks, and repeat after 4 to 5 weeks."),
                sources: &[Minutilli2024, Seed004],
            },
            _ => SessionsGuide {
                range: None,
                default: 1,
                spacing_weeks: Span::new(4, 5),
                text: text!("Several sessions are needed (“How do you define micro-needling?”; Fillers Direct), but \
                       the sources give no typical number: set how many your practitioner plans. The article \
                       “What is micro needling”: wait at least 4 weeks, and repeat after 4 to 5 weeks."),
                sources: &[Seed002, Seed003, Seed004],
            },
        }
    }
}
