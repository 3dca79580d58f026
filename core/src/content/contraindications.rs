//! Who should not have microneedling, or should ask first, with sources: the one list the
//! estimator's pre-screen, the summary and the content pages all show.

use crate::locale::Text;
use crate::locale::{fill, tr};
use serde::Serialize;

use crate::sources::SourceId::{self, *};

/// How strongly the sources word it: never softer than they do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Strength {
    /// A source says to avoid microneedling: "do not have it while ...".
    DoNotHave,
    /// A source asks for a doctor's clearance before treatment.
    ClearanceFirst,
    /// A source says you may not be a good candidate: ask a doctor first.
    AskFirst,
}

impl Strength {
    /// Strongest first: the order every list of contraindications is shown in.
    pub const ALL: [Strength; 3] = [
        Strength::DoNotHave,
        Strength::ClearanceFirst,
        Strength::AskFirst,
    ];

    /// What a list of the contraindications of this strength opens with, e.g. "Do not have
    /// microneedling with:": the page's list and the copied summary alike.
    pub fn heading(self) -> &'static str {
        match self {
            Strength::DoNotHave => tr!("Do not have microneedling with:"),
            Strength::ClearanceFirst => tr!("Only with a doctor's clearance:"),
            Strength::AskFirst => tr!("You may not be a good candidate; ask a doctor first:"),
        }
    }
}

/// A reason not to have microneedling, or to ask someone first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Contraindication {
    /// Stable id for checkboxes and anchors.
    pub id: &'static str,
    /// How strongly the sources say it.
    pub strength: Strength,
    /// "while ..." or "with ...": reads after the strength's lead.
    pub label: Text,
    pub who_to_ask: Text,
    pub why: Text,
    pub sources: &'static [SourceId],
}

impl Contraindication {
    /// What to do, as strongly as the sources say it, e.g. "Do not have microneedling while
    /// this applies; talk to a dermatologist."
    pub fn advice(&self) -> String {
        let template = match self.strength {
            Strength::DoNotHave => tr!("Do not have microneedling while this applies; talk to {}."),
            Strength::ClearanceFirst => tr!("Only with clearance from {} first."),
            Strength::AskFirst => tr!("You may not be a good candidate: ask {} first."),
        };
        fill(template, &[("", &tr(self.who_to_ask))])
    }
}

/// Who should avoid microneedling, or ask first (seeds 002, 004; balancedayspa.com; ASDS 2017).
pub static NEEDLING_CONTRAINDICATIONS: &[Contraindication] = &[
    Contraindication {
        id: "active-acne-infection",
        strength: Strength::DoNotHave,
        label: text!("Active acne, spots or any skin infection"),
        who_to_ask: text!("a dermatologist"),
        why: text!("“What is micro needling” says to avoid microneedling with active acne, zits or any skin infection; “How do you define micro-needling?” says active acne may make you a poor candidate."),
        sources: &[Seed002, Seed004],
    },
    Contraindication {
        id: "skin-cancer",
        strength: Strength::DoNotHave,
        label: text!("Skin cancer in the treatment area"),
        who_to_ask: text!("your dermatologist or cancer team"),
        why: text!("The article “What is micro needling” lists skin cancer in the treatment area as a reason to avoid microneedling."),
        sources: &[Seed004],
    },
    Contraindication {
        id: "metal-allergy",
        strength: Strength::DoNotHave,
        label: text!("Allergy to steel or titanium"),
        who_to_ask: text!("your doctor"),
        why: text!("The needles are metal; the article “What is micro needling” lists an allergy to steel or titanium as a reason to avoid microneedling."),
        sources: &[Seed004],
    },
    Contraindication {
        id: "bleeding",
        strength: Strength::DoNotHave,
        label: text!("A bleeding disorder"),
        who_to_ask: text!("your doctor"),
        why: text!("The article “What is micro needling” lists a bleeding disorder as a reason to avoid microneedling; in-office \
              needling goes deep enough to cause bleeding (AAD 2018)."),
        sources: &[Seed004, Aad2018],
    },
    Contraindication {
        id: "isotretinoin",
        strength: Strength::DoNotHave,
        label: text!("Taking isotretinoin (such as Accutane)"),
        who_to_ask: text!("the dermatologist who prescribes it"),
        why: text!("The article “What is micro needling” says people currently using isotretinoin should avoid microneedling. \
              An ASDS task force (ASDS 2017) found too little evidence to delay superficial procedures during or after isotretinoin, \
              but it does not name microneedling."),
        sources: &[Seed004, Asds2017],
    },
    Contraindication {
        id: "psoriasis-eczema",
        strength: Strength::AskFirst,
        label: text!("Psoriasis or eczema"),
        who_to_ask: text!("a dermatologist"),
        why: text!("The article “How do you define micro-needling?” says people with skin conditions such as psoriasis or eczema may not be good candidates."),
        sources: &[Seed002],
    },
    Contraindication {
        id: "open-wounds",
        strength: Strength::DoNotHave,
        label: text!("Open cuts, wounds or irritated skin in the area"),
        who_to_ask: text!("a dermatologist, once it has healed"),
        why: text!("“What is micro needling” says to avoid microneedling with irritated skin or an open wound in the treatment area; “How do you define micro-needling?” says open cuts or wounds may make you a poor candidate."),
        sources: &[Seed002, Seed004],
    },
    Contraindication {
        id: "radiotherapy",
        strength: Strength::AskFirst,
        label: text!("Radiotherapy recently"),
        who_to_ask: text!("your cancer team"),
        why: text!("The article “How do you define micro-needling?” says people who had radiotherapy recently may not be good candidates."),
        sources: &[Seed002],
    },
    Contraindication {
        id: "scarring-history",
        strength: Strength::AskFirst,
        label: text!("A history of skin scars"),
        who_to_ask: text!("a dermatologist"),
        why: text!("The article “How do you define micro-needling?” says a history of skin scars may make you a poor candidate."),
        sources: &[Seed002],
    },
    Contraindication {
        id: "pregnancy",
        strength: Strength::ClearanceFirst,
        label: text!("Pregnancy"),
        who_to_ask: text!("your obstetrician or gynaecologist"),
        why: text!("The article “How do you define micro-needling?”: pregnant women need clearance from an obstetrician or gynaecologist before treatment."),
        sources: &[Seed002],
    },
    Contraindication {
        id: "uncontrolled-diabetes",
        strength: Strength::AskFirst,
        label: text!("Diabetes that is not well controlled"),
        who_to_ask: text!("your doctor or diabetes team"),
        why: text!("Balance Day Spa says microneedling may not be suitable with uncontrolled diabetes (a studio source: lower confidence)."),
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "moles-warts",
        strength: Strength::AskFirst,
        label: text!("Moles, warts or birthmarks in the area"),
        who_to_ask: text!("a dermatologist"),
        why: text!("Balance Day Spa says microneedling may not be suitable with moles, HPV warts or birthmarks in the treatment area (a studio source: lower confidence)."),
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "botox-3-months",
        strength: Strength::AskFirst,
        label: text!("Botox in the face in the last 3 months"),
        who_to_ask: text!("the clinician who gave it"),
        why: text!("Balance Day Spa says microneedling may not be suitable after Botox or similar injections in the face in the last 3 months (a studio source: lower confidence)."),
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "fillers-12-months",
        strength: Strength::AskFirst,
        label: text!("Dermal fillers in the last 12 months"),
        who_to_ask: text!("the clinician who gave them"),
        why: text!("Balance Day Spa says microneedling may not be suitable after dermal fillers or other facial surgery in the last 12 months (a studio source: lower confidence)."),
        sources: &[BalanceDaySpa],
    },
];
