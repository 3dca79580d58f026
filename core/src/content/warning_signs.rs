//! Warning signs a person can tick, in three tiers, and sourced advice on what to do.
//! Dermamap never diagnoses: it says what is normal, who to see, and how soon.
//!
//! The tiers follow the sources' own strength: what is normal now (APP Benelux; the source
//! articles), see your piercer or practitioner (APP Benelux, centralbodyart.ca, and the
//! article that says to contact a physician after microneedling), and get medical help today
//! (NHS: "get medical advice straight away"; APP Benelux: "contact a doctor immediately").

use crate::model::Procedure;
use crate::sources::SourceId::{self, *};

/// How soon to act, from the sources' own wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Urgency {
    /// Nothing ticked: what is normal now.
    Reassure,
    /// See your piercer or practitioner (or the doctor the source names) soon.
    SeePractitioner,
    /// Get medical help today.
    MedicalHelpToday,
}

impl Urgency {
    pub fn heading(self) -> &'static str {
        match self {
            Urgency::Reassure => "What is normal now",
            Urgency::SeePractitioner => "See your piercer or practitioner",
            Urgency::MedicalHelpToday => "Get medical help today",
        }
    }
}

/// What a sign may point to; each has its own advice paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignKind {
    /// Dermal: possible infection (NHS; APP Benelux; the article “Micro Dermal Piercing”).
    Infection,
    /// Dermal: healing getting worse rather than better (APP Benelux).
    Worsening,
    /// Dermal: the anchor may be rejecting or migrating (centralbodyart.ca).
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
    pub label: &'static str,
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
        label,
        kind,
        urgency,
        sources,
    }
}

use Procedure::{Dermal, Microneedling};
use SignKind::*;
use Urgency::{MedicalHelpToday, SeePractitioner};

pub static WARNING_SIGNS: &[WarningSign] = &[
    sign(
        "fever",
        Dermal,
        "A fever, or feeling hot and shivery",
        Infection,
        MedicalHelpToday,
        &[Nhs, AppBenelux],
    ),
    sign(
        "nausea",
        Dermal,
        "Nausea or vomiting",
        Infection,
        MedicalHelpToday,
        &[AppBenelux],
    ),
    sign(
        "spreading-redness",
        Dermal,
        "Redness or swelling spreading more than about 1.5 cm from the piercing",
        Infection,
        MedicalHelpToday,
        &[AppBenelux],
    ),
    sign(
        "heat",
        Dermal,
        "The area is warm or hot to the touch",
        Infection,
        MedicalHelpToday,
        &[AppBenelux, Seed000],
    ),
    sign(
        "pus",
        Dermal,
        "Pus, or yellow or green discharge",
        Infection,
        MedicalHelpToday,
        &[AppBenelux, Nhs, Seed000],
    ),
    sign(
        "foul-smell",
        Dermal,
        "A foul smell",
        Infection,
        MedicalHelpToday,
        &[Seed000],
    ),
    sign(
        "severe-pain-swelling",
        Dermal,
        "Severe pain and swelling",
        Infection,
        MedicalHelpToday,
        &[Seed000, Nhs],
    ),
    sign(
        "getting-worse",
        Dermal,
        "Swelling, redness or tenderness getting worse, or pain that is constant",
        Worsening,
        SeePractitioner,
        &[AppBenelux],
    ),
    sign(
        "top-higher",
        Dermal,
        "The top sits higher than before, or tilts",
        Rejection,
        SeePractitioner,
        &[CentralBodyArt],
    ),
    sign(
        "skin-thinning",
        Dermal,
        "The skin over the base is getting thinner",
        Rejection,
        SeePractitioner,
        &[CentralBodyArt],
    ),
    sign(
        "skin-colour",
        Dermal,
        "The skin over the base turns pink or purple",
        Rejection,
        SeePractitioner,
        &[CentralBodyArt],
    ),
    sign(
        "mn-fever",
        Microneedling,
        "A fever, or feeling hot and shivery",
        NeedlingInfection,
        MedicalHelpToday,
        &[Nhs, AppBenelux],
    ),
    sign(
        "mn-pus",
        Microneedling,
        "Pus in the treated skin",
        NeedlingInfection,
        MedicalHelpToday,
        &[AppBenelux, Nhs],
    ),
    sign(
        "mn-spreading-redness",
        Microneedling,
        "Redness spreading, or the skin warm to the touch",
        NeedlingInfection,
        MedicalHelpToday,
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
        SeriousReaction,
        SeePractitioner,
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
pub fn normal_now(procedure: Procedure) -> (&'static str, &'static [SourceId]) {
    match procedure {
        Dermal => (
            "In the first weeks some swelling, redness and tenderness, fluid draining, a little bleeding and bruising, and a whitish-yellow crust are normal. Contact your piercer if they get worse or the pain is constant.",
            &[AppBenelux, Seed000],
        ),
        Microneedling => (
            "Redness and irritation for the first few days are the skin's natural reaction, and dryness is common: moisturise. Bleeding, bruising, infection or peeling are not in this list: tick them below.",
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

const NOT_A_DIAGNOSIS: &str = "Dermamap cannot tell you what is wrong: this is not a diagnosis. If you feel very unwell, or it is getting worse quickly, get medical help straight away.";

/// Advice for the ticked signs (any procedure mix; duplicates are fine).
pub fn advice_for(signs: &[&WarningSign]) -> Advice {
    let has = |k: SignKind| signs.iter().any(|s| s.kind == k);
    let urgency = signs
        .iter()
        .map(|s| s.urgency)
        .max()
        .unwrap_or(Urgency::Reassure);
    let mut paragraphs: Vec<&str> = Vec::new();
    let mut sources: Vec<SourceId> = Vec::new();

    if signs.is_empty() {
        for p in [Dermal, Microneedling] {
            let (text, from) = normal_now(p);
            paragraphs.push(text);
            sources.extend(from);
        }
        paragraphs.push("If something worries you, ask your piercer or practitioner: that is what they are there for.");
        return Advice {
            urgency,
            message: paragraphs.join("\n\n"),
            sources,
        };
    }
    if has(Infection) {
        paragraphs.push("Get medical help today: see a GP, call a health advice line or go to a minor injuries unit. The NHS says to get medical advice straight away for signs of an infected piercing, and APP Benelux to contact a doctor immediately for fever, nausea or vomiting, redness spreading more than about 1.5 cm, warmth or pus. Delay can lead to a serious infection.");
        paragraphs.push("Do not take the jewellery out yourself unless a doctor tells you to. Let your piercer know too.");
        sources.extend([Nhs, AppBenelux, Seed000]);
    }
    if has(NeedlingInfection) {
        paragraphs.push("Get medical help today: call the clinic that treated you or a doctor now. Fever, pus, or redness that spreads or feels warm are the signs of infection the NHS and APP Benelux say need a doctor straight away, and the article “How do you define micro-needling?” says to contact your physician about infection.");
        sources.extend([Nhs, AppBenelux, Seed002]);
    }
    if has(Worsening) {
        paragraphs.push("Healing should get better, not worse. APP Benelux: contact your piercer or a doctor when swelling, redness or tenderness get worse or the pain is constant.");
        sources.push(AppBenelux);
    }
    if has(Rejection) {
        paragraphs.push("These can mean the anchor is moving towards the surface. This usually happens slowly, over a month or more. Do not press on it, try to push it back or remove it yourself: removing an anchor takes a professional.");
        paragraphs.push("See your piercer soon rather than treating it at home: they can check it and talk you through what to do.");
        sources.extend([CentralBodyArt, Seed001]);
    }
    if has(SeriousReaction) {
        paragraphs.push("After microneedling, the article “How do you define micro-needling?” says to contact your physician if you notice bleeding, bruising, infection or peeling. Call the clinic that treated you or your doctor and tell them what you see.");
        paragraphs
            .push("Until then, be gentle with the skin: no scrubbing, and keep it out of the sun.");
        sources.extend([Seed002, Seed003]);
    }
    paragraphs.push(NOT_A_DIAGNOSIS);
    sources.sort();
    sources.dedup();
    Advice {
        urgency,
        message: paragraphs.join("\n\n"),
        sources,
    }
}
