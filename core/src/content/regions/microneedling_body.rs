//! Microneedling areas of the body: front and back.

use crate::model::View;
use crate::model::{Quantity, Span};
use crate::sources::SourceId::*;

use super::super::fact::*;
use super::super::microneedling::*;
use super::super::{Fact, FactKind, Region, RegionId, Tissue};
use super::NEEDLING;

/// What is said of an area where stretch marks often form (the abdomen, the thighs).
const STRETCH_MARK_AREA: &[Fact] = needling_facts![
    N_STRETCH_MARKS,
    N_PAIN_RULE,
    N_DEPTH_STRETCH_THIN,
    N_DEPTH_STRETCH_THICK,
    N_DOWNTIME_DEEP,
    N_SESSIONS,
];

pub(super) static REGIONS: &[Region] = &[
    // Microneedling, front.
    Region {
        id: RegionId::Neck,
        name: text!("Neck"),
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: text!("The front and sides of the neck."),
        facts: needling_facts![
            needling(
                FactKind::Concerns,
                "The neck can be treated where the skin is wrinkled or damaged.",
                None,
                &[Seed002],
            ),
            N_PAIN_NECK,
            N_NO_DEPTH,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::Abdomen,
        name: text!("Abdomen"),
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Fleshy,
        description: text!("The belly, where stretch marks often form."),
        facts: STRETCH_MARK_AREA,
    },
    Region {
        id: RegionId::Thighs,
        name: text!("Thighs"),
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Fleshy,
        description: text!("The thighs, where stretch marks often form."),
        facts: STRETCH_MARK_AREA,
    },
    Region {
        id: RegionId::Legs,
        name: text!("Legs"),
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: text!("The lower legs and the rest of the legs."),
        facts: needling_facts![
            needling(
                FactKind::Concerns,
                "The legs can be treated for stretch marks, scars and other damaged skin.",
                None,
                &[Seed002],
            ),
            N_PAIN_RULE,
            N_DEPTH_STRETCH_THIN,
            N_DEPTH_STRETCH_THICK,
            N_DOWNTIME_DEEP,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::Scars,
        name: text!("Scars, anywhere on the body"),
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: text!("Scars on the face or body, including acne scars."),
        facts: needling_facts![
            needling(
                FactKind::Concerns,
                "Microneedling is used to soften acne scars and scars on other parts of the body.",
                None,
                &[Seed002, Seed003, Seed004],
            ),
            needling(
                FactKind::Suitability,
                "A history of skin scars can make you a poor candidate, so mention it before treatment.",
                None,
                &[Seed002],
            ),
            N_PAIN_SCARS,
            needling(
                FactKind::NeedleDepthThin,
                "For scars on the face with thin skin, the depth guide gives 1.0 to 1.25 mm; it gives no figure for scars elsewhere.",
                mm(1.0, 1.25),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For scars on the face with thicker skin, the depth guide gives 1.5 to 2.0 mm.",
                mm(1.5, 2.0),
                &[DrPen],
            ),
            N_DOWNTIME_DEEP,
            needling(
                FactKind::Sessions,
                "For acne scars, a 2024 journal commentary gives 1 to 8 sessions and finds 4 weeks apart better than 2.",
                Some(Quantity::Sessions(Span::new(1, 8))),
                &[Minutilli2024],
            ),
            needling(
                FactKind::Healing,
                "The same commentary judges acne-scar results 3 months after the last session.",
                Some(Quantity::Months(Span::new(3, 3))),
                &[Minutilli2024],
            ),
        ],
    },
    // Microneedling, back.
    Region {
        id: RegionId::Back,
        name: text!("Back"),
        view: View::Back,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: text!("The upper and lower back."),
        facts: needling_facts![
            needling(
                FactKind::Concerns,
                "The back can be treated where the skin is scarred or damaged.",
                None,
                &[Seed002],
            ),
            N_PAIN_RULE,
            N_NO_DEPTH,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::Scalp,
        name: text!("Scalp, for hair loss"),
        view: View::Back,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: text!("The scalp, where needling is used for thinning hair."),
        facts: needling_facts![
            needling(
                FactKind::Concerns,
                "On the scalp it is used to promote hair growth in people with hair loss (alopecia).",
                None,
                &[Seed002, Seed003],
            ),
            N_PAIN_RULE,
            N_NO_DEPTH,
            N_SESSIONS,
        ],
    },
];
