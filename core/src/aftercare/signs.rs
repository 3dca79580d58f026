//! Warning signs a person can tick, and calm, sourced advice on what to do. Dermamap never
//! diagnoses: it says who to see and what not to do meanwhile.

use crate::model::Procedure;
use crate::sources::SourceId::{self, *};

/// What a warning sign may point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignKind {
    /// Dermal: possible infection (seed 000).
    Infection,
    /// Dermal: the anchor may be rejecting or migrating (centralbodyart.ca).
    Rejection,
    /// Microneedling: an effect seed 002 says to tell your physician about.
    SeriousReaction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WarningSign {
    /// Stable id (for checkboxes and URLs).
    pub id: &'static str,
    pub procedure: Procedure,
    pub label: &'static str,
    pub kind: SignKind,
    pub sources: &'static [SourceId],
}

const fn sign(
    id: &'static str,
    procedure: Procedure,
    label: &'static str,
    kind: SignKind,
    sources: &'static [SourceId],
) -> WarningSign {
    WarningSign {
        id,
        procedure,
        label,
        kind,
        sources,
    }
}

use Procedure::{Dermal, Microneedling};
use SignKind::*;

pub static WARNING_SIGNS: &[WarningSign] = &[
    sign(
        "severe-pain-swelling",
        Dermal,
        "Severe pain and swelling",
        Infection,
        &[Seed000],
    ),
    sign("heat", Dermal, "The area feels hot", Infection, &[Seed000]),
    sign(
        "pus",
        Dermal,
        "Pus or other discharge",
        Infection,
        &[Seed000],
    ),
    sign("foul-smell", Dermal, "A foul smell", Infection, &[Seed000]),
    sign(
        "spreading-redness",
        Dermal,
        "Redness or a rash that spreads",
        Infection,
        &[Seed000],
    ),
    sign(
        "top-higher",
        Dermal,
        "The top sits higher than before, or tilts",
        Rejection,
        &[CentralBodyArt],
    ),
    sign(
        "skin-thinning",
        Dermal,
        "The skin over the base is getting thinner",
        Rejection,
        &[CentralBodyArt],
    ),
    sign(
        "skin-colour",
        Dermal,
        "The skin over the base turns pink or purple",
        Rejection,
        &[CentralBodyArt],
    ),
    sign(
        "mn-bleeding",
        Microneedling,
        "Bleeding after you have left the clinic",
        SeriousReaction,
        &[Seed002],
    ),
    sign(
        "mn-bruising",
        Microneedling,
        "Bruising",
        SeriousReaction,
        &[Seed002],
    ),
    sign(
        "mn-infection",
        Microneedling,
        "Signs of infection",
        SeriousReaction,
        &[Seed002],
    ),
    sign(
        "mn-peeling",
        Microneedling,
        "Peeling",
        SeriousReaction,
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

/// How soon to act.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Nothing ticked: what is normal, and when to ask.
    Reassure,
    /// See the piercer soon.
    SeePiercer,
    /// See a doctor (or the clinic) soon.
    SeeDoctor,
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
    let mut paragraphs: Vec<&str> = Vec::new();
    let mut sources: Vec<SourceId> = Vec::new();
    let mut urgency = Urgency::Reassure;

    if signs.is_empty() {
        paragraphs.push("Nothing ticked. Early on, some bleeding, swelling, bruising and a whitish-yellow crust are normal around a new dermal; after microneedling, redness and irritation for a few days, and some dryness, are normal.");
        paragraphs.push("If something worries you, ask your piercer or clinician: that is what they are there for.");
        sources.extend([App, Seed002, Seed004]);
        return Advice {
            urgency,
            message: paragraphs.join("\n\n"),
            sources,
        };
    }
    if has(Infection) {
        urgency = urgency.max(Urgency::SeeDoctor);
        paragraphs.push("These can be signs of an infection. Stay calm: infections are treatable. Do not take the jewellery out yourself: the article “Micro Dermal Piercing” advises against removing it.");
        paragraphs.push("Keep the area clean, dab it gently with a warm saline compress, and see a doctor soon, then follow their advice. Let your piercer know too.");
        sources.extend([Seed000, App]);
    }
    if has(Rejection) {
        urgency = urgency.max(Urgency::SeePiercer);
        paragraphs.push("These can mean the anchor is moving towards the surface. This usually happens slowly, over a month or more. Do not press on it, try to push it back or remove it yourself: removing an anchor takes a professional.");
        paragraphs.push("See your piercer soon rather than treating it at home: they can check it and talk you through what to do.");
        sources.extend([CentralBodyArt, Seed001]);
    }
    if has(SeriousReaction) {
        urgency = urgency.max(Urgency::SeeDoctor);
        paragraphs.push("After microneedling, the article “How do you define micro-needling?” says to contact your physician if you notice bleeding, bruising, infection or peeling. Call the clinic that treated you or your doctor and tell them what you see.");
        paragraphs.push("Until then, be gentle with the skin: no make-up, scrubbing or active skincare, and keep it out of the sun.");
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
