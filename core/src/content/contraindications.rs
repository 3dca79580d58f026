//! Who should not have microneedling, or should ask first, with sources: the one list the
//! estimator's pre-screen, the summary and the content pages all show.

use serde::Serialize;

use crate::sources::SourceId::{self, *};

/// A reason not to have microneedling without asking someone first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Contraindication {
    /// Stable id for checkboxes and anchors.
    pub id: &'static str,
    pub label: &'static str,
    pub who_to_ask: &'static str,
    pub why: &'static str,
    pub sources: &'static [SourceId],
}

/// Who should avoid microneedling, or ask first (seeds 002, 004; balancedayspa.com; ASDS 2017).
pub static NEEDLING_CONTRAINDICATIONS: &[Contraindication] = &[
    Contraindication {
        id: "active-acne-infection",
        label: "Active acne, spots or a skin infection in the area",
        who_to_ask: "a dermatologist",
        why: "The articles “How do you define micro-needling?” and “What is micro needling” list active acne, zits or any skin infection as a reason to avoid microneedling.",
        sources: &[Seed002, Seed004],
    },
    Contraindication {
        id: "skin-cancer",
        label: "Skin cancer in the treatment area",
        who_to_ask: "your dermatologist or cancer team",
        why: "The article “What is micro needling” lists skin cancer in the treatment area as a reason to avoid microneedling.",
        sources: &[Seed004],
    },
    Contraindication {
        id: "metal-allergy",
        label: "Allergy to steel or titanium",
        who_to_ask: "your doctor",
        why: "The needles are metal; the article “What is micro needling” lists an allergy to steel or titanium as a reason to avoid microneedling.",
        sources: &[Seed004],
    },
    Contraindication {
        id: "bleeding",
        label: "A bleeding disorder, or taking blood thinners (anticoagulants)",
        who_to_ask: "your doctor, or whoever prescribes your blood thinner",
        why: "In-office needling goes deep enough to cause pinpoint bleeding (AAD 2018); the article “What is micro needling” \
              lists bleeding disorders as a reason to avoid it.",
        sources: &[Seed004, Aad2018],
    },
    Contraindication {
        id: "isotretinoin",
        label: "Taking isotretinoin (such as Accutane), now or recently",
        who_to_ask: "the dermatologist who prescribes it",
        why: "The article “What is micro needling” lists isotretinoin as a reason to avoid microneedling. A 2017 ASDS task \
              force found too little evidence to delay superficial procedures, so ask rather than guess.",
        sources: &[Seed004, Asds2017],
    },
    Contraindication {
        id: "psoriasis-eczema",
        label: "Psoriasis or eczema",
        who_to_ask: "a dermatologist",
        why: "The article “How do you define micro-needling?” says people with skin conditions such as psoriasis or eczema may not be good candidates.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "open-wounds",
        label: "Open cuts, wounds or irritated skin in the area",
        who_to_ask: "a dermatologist, once it has healed",
        why: "The articles “How do you define micro-needling?” and “What is micro needling” list open wounds and irritated skin in the treatment area as a reason to wait.",
        sources: &[Seed002, Seed004],
    },
    Contraindication {
        id: "radiotherapy",
        label: "Radiotherapy recently",
        who_to_ask: "your cancer team",
        why: "The article “How do you define micro-needling?” says people who had radiotherapy recently may not be good candidates.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "keloid-scarring",
        label: "A history of keloid or raised scarring",
        who_to_ask: "a dermatologist",
        why: "The article “How do you define micro-needling?” says a history of skin scarring may make you a poor candidate.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "pregnancy",
        label: "Pregnancy",
        who_to_ask: "your obstetrician or gynaecologist",
        why: "The article “How do you define micro-needling?”: pregnant women need clearance from an obstetrician or gynaecologist before treatment.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "uncontrolled-diabetes",
        label: "Diabetes that is not well controlled",
        who_to_ask: "your doctor or diabetes team",
        why: "A spa's contraindication list names uncontrolled diabetes (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "moles-warts",
        label: "Moles or warts in the area",
        who_to_ask: "a dermatologist",
        why: "A spa's contraindication list names moles and warts in the area (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "botox-3-months",
        label: "Botox in the last 3 months",
        who_to_ask: "the clinician who gave it",
        why: "A spa's contraindication list asks for 3 months after Botox (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "fillers-12-months",
        label: "Fillers in the last 12 months",
        who_to_ask: "the clinician who gave them",
        why: "A spa's contraindication list asks for 12 months after fillers (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
];
