//! Microneedling areas of the face.

use crate::model::View;
use crate::sources::SourceId::*;

use super::super::fact::*;
use super::super::microneedling::*;
use super::super::{FactKind, Region, RegionId, Tissue};
use super::NEEDLING;

pub(super) static REGIONS: &[Region] = &[
    // Microneedling, face.
    Region {
        id: RegionId::Forehead,
        name: text!("Forehead"),
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: text!("The forehead, between the eyebrows and the hairline."),
        facts: needling_facts![
            N_CONCERNS_FACE,
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin on the forehead, the depth guide gives 0.25 to 0.5 mm.",
                mm(0.25, 0.5),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin on the forehead, the depth guide gives 0.5 to 0.75 mm.",
                mm(0.5, 0.75),
                &[DrPen],
            ),
            N_DOWNTIME_SHALLOW,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::AroundEyes,
        name: text!("Around the eyes"),
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: text!("The thin skin under and beside the eyes."),
        facts: needling_facts![
            needling(
                FactKind::Concerns,
                "Around the eyes it is used for fine lines and wrinkles.",
                None,
                &[Seed002, Seed004],
            ),
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin around the eyes, the depth guide gives 0.25 mm.",
                mm(0.25, 0.25),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin around the eyes, the depth guide gives 0.25 to 0.5 mm.",
                mm(0.25, 0.5),
                &[DrPen],
            ),
            N_DOWNTIME_SHALLOW,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::Cheeks,
        name: text!("Cheeks"),
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: text!("The cheeks, from below the cheekbones to the jaw."),
        facts: needling_facts![
            N_CONCERNS_FACE,
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin on the cheeks, the depth guide gives 0.5 to 1.0 mm.",
                mm(0.5, 1.0),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin on the cheeks, the depth guide gives 1.0 to 2.0 mm.",
                mm(1.0, 2.0),
                &[DrPen],
            ),
            N_DOWNTIME_FACE_RANGE,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::ChinJaw,
        name: text!("Chin and jaw"),
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: text!("The chin and the line of the jaw."),
        facts: needling_facts![
            N_CONCERNS_FACE,
            needling(
                FactKind::Concerns,
                "It is also used to firm loose, ageing skin.",
                None,
                &[Seed002, Seed003],
            ),
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin on the chin, the depth guide gives 0.5 to 1.0 mm; it gives no separate figure for the jawline.",
                mm(0.5, 1.0),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin on the chin, the depth guide gives 1.0 to 2.0 mm.",
                mm(1.0, 2.0),
                &[DrPen],
            ),
            N_DOWNTIME_FACE_RANGE,
            N_SESSIONS,
        ],
    },
    Region {
        id: RegionId::Nose,
        name: text!("Nose"),
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: text!("The nose. The sources speak of the face as a whole rather than the nose alone."),
        facts: needling_facts![N_CONCERNS_FACE, N_PAIN_FACE, N_NO_DEPTH, N_SESSIONS],
    },
];
