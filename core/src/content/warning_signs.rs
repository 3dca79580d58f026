//! Warning signs a person can tick, in three tiers, and sourced advice on what to do.
//! Dermamap never diagnoses: it says what is normal, who to see, and how soon.
//!
//! The tiers follow the sources' own strength, the strongest where two differ: what is normal
//! now (APP Benelux, the APP; the source articles), see your piercer or a doctor
//! (centralbodyart.ca) or, after microneedling, contact your physician (the article “How do
//! you define micro-needling?”), and get medical help now (NHS: "get medical advice straight
//! away"; APP Benelux: "contact a doctor immediately"). Healing that gets worse is in the last
//! tier: APP Benelux says to contact the piercer or a doctor, the NHS counts red, swollen,
//! painful skin as signs of infection and says to get medical advice straight away.

use crate::locale::tr;
use crate::locale::Text;
use crate::model::Procedure;
use crate::sources::SourceId::{self, *};

/// How soon to act, from the sources' own wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Urgency {
    /// Nothing ticked: what is normal now.
    Reassure,
    /// See your piercer or a doctor; after microneedling, contact your physician.
    SeePractitioner,
    /// Get medical help now: the sources say "straight away" and "immediately".
    MedicalHelpNow,
}

impl Urgency {
    /// The tier's heading, in the words its sources use for this procedure.
    pub fn heading(self, procedure: Procedure) -> &'static str {
        match (self, procedure) {
            (Urgency::Reassure, _) => tr!("What is normal now"),
            (Urgency::SeePractitioner, Procedure::Dermal) => tr!("See your piercer or a doctor"),
            (Urgency::SeePractitioner, Procedure::Microneedling) => {
                tr!("Contact your doctor (physician)")
            }
            (Urgency::MedicalHelpNow, _) => tr!("Get medical help now"),
        }
    }
}

/// What a sign may point to; each has its own advice paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignKind {
    /// Dermal: possible infection (NHS; APP Benelux; the article “Micro Dermal Piercing”).
    Infection,
    /// Dermal: healing getting worse rather than better (APP Benelux; the NHS's signs of
    /// infection).
    Worsening,
    /// Dermal: the anchor may be rejecting or migrating (centralbodyart.ca, piercingbible.com,
    /// bodyjewelry.com).
    Rejection,
    /// Microneedling: an effect to tell a physician about (the article “How do you define
    /// micro-needling?”).
    SeriousReaction,
    /// Microneedling: signs of an infection that needs medical help the same day.
    NeedlingInfection,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WarningSign {
    /// Stable id (for checkboxes and storage).
    pub id: &'static str,
    pub procedure: Procedure,
    pub label: Text,
    pub kind: SignKind,
    pub urgency: Urgency,
    pub sources: &'static [SourceId],
}

const fn sign(
    id: &'static str,
    procedure: Procedure,
    label: &'static str,
    kind: SignKind,
    urgency: Urgency,
    sources: &'static [SourceId],
) -> WarningSign {
    WarningSign {
        id,
        procedure,
        label: Text::of(label),
        kind,
        urgency,
        sources,
    }
}

use Procedure::{Dermal, Microneedling};
use SignKind::*;
use Urgency::{MedicalHelpNow, SeePractitioner};

pub static WARNING_SIGNS: &[WarningSign] = &[
    sign(
        "fever",
        Dermal,
        "A fever, or feeling hot and shivery",
        Infection,
        MedicalHelpNow,
        &[Nhs, AppBenelux],
    ),
    sign(
        "nausea",
        Dermal,
        "Nausea or vomiting",
        Infection,
        MedicalHelpNow,
        &[AppBenelux],
    ),
    sign(
        "spreading-redness",
        Dermal,
        "Redness or swelling spreading more than about 1.5 cm from the piercing",
        Infection,
        MedicalHelpNow,
        &[AppBenelux],
    ),
    sign(
        "heat",
        Dermal,
        "The area is warm or hot to the touch",
        Infection,
        MedicalHelpNow,
        &[AppBenelux, Seed000],
    ),
    sign(
        "pus",
        Dermal,
        "Pus, or yellow or green discharge",
        Infection,
        MedicalHelpNow,
        &[AppBenelux, Nhs, Seed000],
    ),
    sign(
        "foul-smell",
        Dermal,
        "A foul smell",
        Infection,
        MedicalHelpNow,
        &[Seed000],
    ),
    sign(
        "rash",
        Dermal,
        "Redness or a rash around it",
        Infection,
        MedicalHelpNow,
        &[Seed000, Nhs],
    ),
    sign(
        "severe-pain-swelling",
        Dermal,
        "Severe pain and swelling",
        Infection,
        MedicalHelpNow,
        &[Seed000, Nhs],
    ),
    sign(
        "getting-worse",
        Dermal,
        "Swelling, redness or tenderness getting worse, or pain that is constant",
        Worsening,
        MedicalHelpNow,
        &[AppBenelux, Nhs],
    ),
    sign(
        "top-higher",
        Dermal,
        "The top sits higher than before, or tilts",
        Rejection,
        SeePractitioner,
        &[PiercingBible, BodyJewelry],
    ),
    sign(
        "skin-thinning",
        Dermal,
        "The skin over the base is getting thinner",
        Rejection,
        SeePractitioner,
        &[BodyJewelry],
    ),
    sign(
        "skin-colour",
        Dermal,
        "The skin around the anchor turns pink, then purple",
        Rejection,
        SeePractitioner,
        &[CentralBodyArt],
    ),
    sign(
        "mn-fever",
        Microneedling,
        "A fever, or feeling hot and shivery",
        NeedlingInfection,
        MedicalHelpNow,
        &[Nhs, AppBenelux],
    ),
    sign(
        "mn-pus",
        Microneedling,
        "Pus in the treated skin",
        NeedlingInfection,
        MedicalHelpNow,
        &[AppBenelux, Nhs],
    ),
    sign(
        "mn-spreading-redness",
        Microneedling,
        "Redness spreading, or the skin warm to the touch",
        NeedlingInfection,
        MedicalHelpNow,
        &[AppBenelux],
    ),
    sign(
        "mn-bleeding",
        Microneedling,
        "Bleeding after you have left the clinic",
        SeriousReaction,
        SeePractitioner,
        &[Seed002],
    ),
    sign(
        "mn-bruising",
        Microneedling,
        "Bruising",
        SeriousReaction,
        SeePractitioner,
        &[Seed002],
    ),
    sign(
        "mn-infection",
        Microneedling,
        "Other signs of infection",
        NeedlingInfection,
        MedicalHelpNow,
        &[Seed002],
    ),
    sign(
        "mn-peeling",
        Microneedling,
        "Peeling",
        SeriousReaction,
        SeePractitioner,
        &[Seed002],
    ),
];

/// The signs to offer for a procedure, in display order.
pub fn warning_signs(procedure: Procedure) -> impl Iterator<Item = &'static WarningSign> {
    WARNING_SIGNS
        .iter()
        .filter(move |s| s.procedure == procedure)
}

/// A sign by id.
pub fn warning_sign(id: &str) -> Option<&'static WarningSign> {
    WARNING_SIGNS.iter().find(|s| s.id == id)
}

/// What is normal now, per procedure, with its sources: the first tier. Nothing is called
/// normal here that a source does not call normal (peeling after microneedling is not).
pub fn normal_now(procedure: Procedure) -> (Text, &'static [SourceId]) {
    match procedure {
        Dermal => (
            // Redness is normal to one source and a sign of infection to two: both, with who
            // says what (the sign below keeps the strongest advice).
            text!("APP Benelux: some swelling, redness, tenderness and fluid draining are normal in the first weeks; contact your piercer or a doctor if they get worse or the pain is constant. The APP's aftercare also lists some bleeding, bruising and a whitish-yellow crust. Sources differ on redness: the NHS and the article “Micro Dermal Piercing” list red skin or a rash around a piercing as a sign of infection (below), and APP Benelux says to contact a doctor immediately when redness and swelling spread more than about 1.5 cm from the hole."),
            &[AppBenelux, AppAftercare, Nhs, Seed000],
        ),
        Microneedling => (
            text!("Redness and irritation for the first few days are the skin's natural reaction, and dryness is common: moisturise. Bleeding, bruising, infection or peeling are not in this list: tick them below."),
            &[Seed002, Seed004],
        ),
    }
}

/// What to do about the ticked signs. `message` is calm plain text in paragraphs separated
/// by blank lines; it never names a diagnosis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub urgency: Urgency,
    pub message: String,
    pub sources: Vec<SourceId>,
}

const NOT_A_DIAGNOSIS: Text = Text::of("Dermamap cannot tell you what is wrong: this is not a diagnosis. If you feel very unwell, or it is getting worse quickly, get medical help straight away.");

/// Advice for the ticked signs (any procedure mix; duplicates are fine).
pub fn advice_for(signs: &[&WarningSign]) -> Advice {
    let has = |k: SignKind| signs.iter().any(|s| s.kind == k);
    let urgency = signs
        .iter()
        .map(|s| s.urgency)
        .max()
        .unwrap_or(Urgency::Reassure);
    let mut paragraphs: Vec<Text> = Vec::new();
    let mut sources: Vec<SourceId> = Vec::new();

    if signs.is_empty() {
        for p in [Dermal, Microneedling] {
            let (text, from) = normal_now(p);
            paragraphs.push(text);
            sources.extend(from);
        }
        paragraphs.push(text!("If something worries you, ask your piercer or practitioner: that is what they are there for."));
        return Advice {
            urgency,
            message: paragraphs
                .iter()
                .map(|p| tr(*p))
                .collect::<Vec<_>>()
                .join("\n\n"),
            sources,
        };
    }
    if has(Infection) {
        paragraphs.push(text!("Get medical help now: the NHS says to get medical advice straight away for signs of an infected piercing (see a GP, call NHS 111 or a health advice line, or go to a minor injuries unit), and APP Benelux to contact a doctor immediately for fever, nausea or vomiting, redness and swelling spreading more than about 1.5 cm, warmth or pus. Delay can lead to a serious infection."));
        paragraphs.push(text!("Do not take the jewellery out yourself unless a doctor tells you to. Let your piercer know too."));
        sources.extend([Nhs, AppBenelux, Seed000]);
    }
    if has(NeedlingInfection) {
        paragraphs.push(text!("Get medical help now: contact a doctor, and tell the clinic that treated you. For piercings, the NHS and APP Benelux say fever, pus, spreading redness or warmth need a doctor straight away; Dermamap applies the same rule after microneedling. The article “How do you define micro-needling?” says to contact your physician about infection."));
        sources.extend([Nhs, AppBenelux, Seed002]);
    }
    if has(Worsening) {
        paragraphs.push(text!("Healing should get better, not worse. APP Benelux: contact your piercer or a doctor when swelling, redness or tenderness get worse or the pain is constant. The NHS counts red, swollen, painful skin around a piercing as a sign of infection and says to get medical advice straight away."));
        sources.extend([AppBenelux, Nhs]);
    }
    if has(Rejection) {
        paragraphs.push(text!("These can mean the anchor is coming up to the surface (The Piercing Bible); Central Body Art says rejection usually takes a month or more. Do not take the anchor out yourself: Body Piercing Hub says removing it takes a professional piercer or a doctor."));
        paragraphs.push(text!("See your piercer as soon as possible: Central Body Art says some anchors can be saved if rejection is caught early, and The Piercing Bible advises having your piercer check it in person."));
        sources.extend([CentralBodyArt, PiercingBible, Seed001]);
    }
    if has(SeriousReaction) {
        paragraphs.push(text!("After microneedling, the article “How do you define micro-needling?” says to contact your physician if you notice bleeding, bruising, infection or peeling. Contact your doctor, tell them what you see, and tell the clinic that treated you too."));
        paragraphs.push(text!(
            "Until then, be very gentle with the skin and keep it out of the sun (Fillers Direct)."
        ));
        sources.extend([Seed002, Seed003]);
    }
    paragraphs.push(NOT_A_DIAGNOSIS);
    sources.sort();
    sources.dedup();
    Advice {
        urgency,
        message: paragraphs
            .iter()
            .map(|p| tr(*p))
            .collect::<Vec<_>>()
            .join("\n\n"),
        sources,
    }
}
