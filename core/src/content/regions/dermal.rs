//! Micro-dermal placements: face, back and front.

use crate::model::View;
use crate::sources::SourceId::*;

use super::super::dermal::*;
use super::super::fact::*;
use super::super::{FactKind, Region, RegionId, Tissue};
use super::DERMAL;

pub(super) static REGIONS: &[Region] = &[
    // Micro-dermal, face.
    Region {
        id: RegionId::Cheekbone,
        name: text!("Cheekbone"),
        view: View::Face,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("The top of the cheekbone, the most popular spot for a face dermal."),
        facts: dermal_facts![D_PAIN],
    },
    Region {
        id: RegionId::UnderEye,
        name: text!("Under the eye"),
        view: View::Face,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("Just below the eye, at the top of the cheekbone; never in the eye itself."),
        facts: dermal_facts![D_PAIN],
    },
    Region {
        id: RegionId::ThirdEye,
        name: text!("Third eye, between the eyebrows"),
        view: View::Face,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("Right between the eyebrows, just above the nose."),
        facts: dermal_facts![D_PAIN],
    },
    // Micro-dermal, back.
    Region {
        id: RegionId::Nape,
        name: text!("Nape of the neck"),
        view: View::Back,
        procedures: DERMAL,
        tissue: Tissue::Average,
        description: text!("The centre of the back of the neck, at the nape; neck dermals are rarely on the front."),
        facts: dermal_facts![D_PAIN],
    },
    Region {
        id: RegionId::BackDimples,
        name: text!("Back dimples / lower back"),
        view: View::Back,
        procedures: DERMAL,
        tissue: Tissue::Average,
        description: text!("The two dimples of the lower back, just above the buttocks on either side of the spine."),
        facts: dermal_facts![D_PAIN, D_CLOTHES],
    },
    // Micro-dermal, front.
    Region {
        id: RegionId::Collarbone,
        name: text!("Collarbone"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("On or just above the collarbones."),
        facts: dermal_facts![D_PAIN],
    },
    Region {
        id: RegionId::Sternum,
        name: text!("Sternum / chest"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("On the breastbone, most often between the breasts."),
        facts: dermal_facts![
            D_PAIN,
            dermal(
                FactKind::Suitability,
                "The skin must lie flat for a dermal: queenofrings.nl counts skin folds, such as where the breasts press together, as unsuitable, while Body Piercing Hub says chest dermals are most often placed between the breasts.",
                None,
                &[QueenOfRings, Seed001],
            ),
        ],
    },
    Region {
        id: RegionId::Belly,
        name: text!("Belly"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Fleshy,
        description: text!("On the belly, near the navel."),
        facts: dermal_facts![
            D_PAIN,
            D_PAIN_FLESHY,
            dermal(
                FactKind::Suitability,
                "A belly dermal can be an option when the shape of the navel does not suit a standard navel piercing.",
                None,
                &[Seed001],
            ),
            D_CLOTHES,
        ],
    },
    Region {
        id: RegionId::Hip,
        name: text!("Hip"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("Around the pelvic bones on either side, above the belt line."),
        facts: dermal_facts![D_PAIN, D_CLOTHES],
    },
    Region {
        id: RegionId::Finger,
        name: text!("Finger, top side"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("The top of a finger, on the same side as the nail."),
        facts: dermal_facts![D_PAIN, D_HANDS],
    },
    Region {
        id: RegionId::Hand,
        name: text!("Top of the hand"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("The back of the hand, on the same side as the nails."),
        facts: dermal_facts![D_PAIN, D_HANDS],
    },
    Region {
        id: RegionId::Wrist,
        name: text!("Wrist, outside"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: text!("The outside of the wrist, just above the fold; not the inside."),
        facts: dermal_facts![D_PAIN, D_HANDS],
    },
    Region {
        id: RegionId::Thigh,
        name: text!("Thigh"),
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Fleshy,
        description: text!("On the thigh."),
        facts: dermal_facts![
            D_PAIN,
            D_PAIN_FLESHY,
            D_CLOTHES,
        ],
    },
];
