//! Microneedling: the facts shared by many areas (`N_*`, corrected once) and those that hold
//! for every session.

use crate::model::{Quantity, Span};
use crate::sources::SourceId::*;

use super::fact::*;
use super::Fact;
use super::FactKind;

pub(super) const N_PAIN_RANGE: Fact = needling(
    FactKind::Pain,
    "Small studies put microneedling pain at about 3 to 5.4 out of 10, depending on needle depth, the area and numbing cream.",
    pain(3.0, 5.4),
    &[Luz2017, NeedlingPainStudies],
);

pub(super) const N_PAIN_RULE: Fact = needling(
    FactKind::Pain,
    "No study gives a pain score for this area; studies found that deeper needles and bonier, thinner-skinned areas hurt more.",
    None,
    &[NeedlingPainStudies],
);

pub(super) const N_PAIN_FACE: Fact = needling(
    FactKind::Pain,
    "With 1.25 mm needles, people in one small study (26 people) rated the face about 3 out of 10; the study had confounding factors, so take it as a rough guide.",
    pain(3.0, 3.0),
    &[NeedlingPainStudies],
);

pub(super) const N_PAIN_NECK: Fact = needling(
    FactKind::Pain,
    "With 1.25 mm needles, people in one small study (26 people) rated the neck about 5.4 out of 10, against 3 for the face; the study had confounding factors, so take it as a rough guide.",
    pain(5.4, 5.4),
    &[NeedlingPainStudies],
);

pub(super) const N_PAIN_SCARS: Fact = needling(
    FactKind::Pain,
    "For acne scars treated at 2.5 mm, one study of 15 people found about 5.4 out of 10 with numbing cream, and 3.1 when the cream was helped in by needling.",
    pain(3.1, 5.4),
    &[NeedlingPainStudies],
);

pub(super) const N_SESSIONS: Fact = needling(
    FactKind::Sessions,
    "Several sessions are needed; a typical course is 3 to 6 sessions.",
    Some(Quantity::Sessions(Span::new(3, 6))),
    &[Seed002, Seed003, Seed004, Minutilli2024],
);

pub(super) const N_SPACING: Fact = needling(
    FactKind::Sessions,
    "Leave at least 4 weeks between sessions; courses usually space them 4 to 6 weeks apart.",
    Some(Quantity::Weeks(Span::new(4, 6))),
    &[Seed004, Minutilli2024],
);

pub const N_COST: Fact = needling(
    FactKind::Cost,
    "In the US a session costs about $100 to $800, depending on the treatment needed.",
    usd_cents(10_000, 80_000),
    &[Seed002, SdBotox],
);

pub(super) const N_SEE_DOCTOR: Fact = needling(
    FactKind::SeeADoctor,
    "Contact your doctor if you notice more serious effects, such as bleeding, bruising, infection or peeling.",
    None,
    &[Seed002],
);

pub(super) const N_DOWNTIME_SHALLOW: Fact = needling(
    FactKind::Downtime,
    "Up to about 0.5 mm deep, the depth guide expects about 2 to 3 days of downtime; deeper settings take longer.",
    days(2, 3),
    &[DrPen],
);

pub(super) const N_DOWNTIME_FACE_RANGE: Fact = needling(
    FactKind::Downtime,
    "Downtime depends on depth: about 2 to 3 days at 0.5 mm, 4 to 5 days at 1 to 1.5 mm and 6 to 7 days at 2 mm.",
    days(2, 7),
    &[DrPen],
);

pub(super) const N_DOWNTIME_DEEP: Fact = needling(
    FactKind::Downtime,
    "At the depths used here, about 1 to 2 mm, the guide expects about 4 to 7 days of downtime.",
    days(4, 7),
    &[DrPen],
);

pub(super) const N_CONCERNS_FACE: Fact = needling(
    FactKind::Concerns,
    "The face is where microneedling is most often done, for acne scars, fine lines and wrinkles, enlarged pores, dark spots and uneven tone or texture.",
    None,
    &[Seed002, Seed004],
);

pub(super) const N_STRETCH_MARKS: Fact = needling(
    FactKind::Concerns,
    "On the body it is used for stretch marks; one study found it worked on stretch marks on the thighs and abdomen when combined with fillers.",
    None,
    &[Seed002, Seed004],
);

pub(super) const N_DEPTH_STRETCH_THIN: Fact = needling(
    FactKind::NeedleDepthThin,
    "For stretch marks the depth guide gives a single range, 1.5 to 2.0 mm, not split by skin thickness.",
    mm(1.5, 2.0),
    &[DrPen],
);

pub(super) const N_DEPTH_STRETCH_THICK: Fact = needling(
    FactKind::NeedleDepthThick,
    "For stretch marks the depth guide gives the same 1.5 to 2.0 mm whatever the skin thickness.",
    mm(1.5, 2.0),
    &[DrPen],
);

pub(super) const N_NO_DEPTH: Fact = needling(
    FactKind::Suitability,
    "The depth guide used here gives no needle depth for this area, so Dermamap shows none; the practitioner sets it.",
    None,
    &[DrPen],
);

/// Facts that hold for every microneedling session, whatever the area.
pub(super) static GENERAL: &[Fact] = &[
    needling(
        FactKind::Overview,
        "Microneedling, also called collagen induction therapy, uses many tiny needles to make small wounds in the skin, which prompts it to repair itself and make more collagen.",
        None,
        &[Seed002, Seed003, Seed004],
    ),
    needling(
        FactKind::Overview,
        "Dermaroller needles range from about 0.5 to 2.5 mm.",
        mm(0.5, 2.5),
        &[Seed003],
    ),
    needling(
        FactKind::Overview,
        "A session takes from a few minutes up to an hour.",
        None,
        &[Seed004],
    ),
    needling(
        FactKind::Overview,
        "Most people have it on the face, but the back, legs, neck and other areas with wrinkled or damaged skin can be treated too.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Concerns,
        "It is used for acne scars and other scars, fine lines and wrinkles, enlarged pores, dark spots, uneven tone or texture, loose skin, stretch marks, rosacea and hair loss.",
        None,
        &[Seed002, Seed003, Seed004],
    ),
    needling(
        FactKind::Suitability,
        "Choose a dermatologist or trained professional who is skilled in microneedling.",
        None,
        &[Seed002, Seed004],
    ),
    needling(
        FactKind::Suitability,
        "Home rollers should be 1.0 mm at most; the AAD says they do not match in-office treatment, which goes deep enough to cause pinpoint bleeding.",
        None,
        &[DrPen, Aad2018, Seed002],
    ),
    needling(
        FactKind::Suitability,
        "People with darker skin may choose it over some laser treatments, which use heat that can change skin colour.",
        None,
        &[Seed002],
    ),
    // Who should not have it: one list, NEEDLING_CONTRAINDICATIONS (contraindications.rs).
    needling(
        FactKind::Contraindication,
        "Some skin conditions, medicines, recent treatments and pregnancy mean you should not have microneedling, or should ask a doctor first: see the list of who should not have it.",
        None,
        &[Seed002, Seed004],
    ),
    N_PAIN_RANGE,
    needling(
        FactKind::Pain,
        "With a 1.0 mm roller after numbing cream, 9 people rated it about 5.2 out of 10 on average.",
        pain(5.2, 5.2),
        &[Luz2017],
    ),
    needling(
        FactKind::Pain,
        "Deeper needles and bonier, thinner-skinned areas hurt more.",
        None,
        &[NeedlingPainStudies],
    ),
    needling(
        FactKind::Pain,
        "If your pain tolerance is low, numbing cream can be put on before the session.",
        None,
        &[Seed004],
    ),
    N_SESSIONS,
    N_SPACING,
    needling(
        FactKind::Sessions,
        "The results do not last for ever, so repeat sessions are usually part of long-term care.",
        None,
        &[Seed002, Seed003],
    ),
    needling(
        FactKind::Healing,
        "It is not an instant fix: results build over several weeks, and the full effect can take a few months.",
        None,
        &[Seed002, Seed003],
    ),
    needling(
        FactKind::Healing,
        "Redness, irritation and dryness are common for several days after a session.",
        None,
        &[Seed002, Seed004],
    ),
    needling(
        FactKind::Downtime,
        "At 0.2 to 0.5 mm, expect about 2 to 3 days of downtime.",
        days(2, 3),
        &[DrPen],
    ),
    needling(
        FactKind::Downtime,
        "At 0.8 to 1.5 mm, expect about 4 to 5 days of downtime.",
        days(4, 5),
        &[DrPen],
    ),
    needling(
        FactKind::Downtime,
        "At 2 to 3 mm, expect about 6 to 7 days of downtime.",
        days(6, 7),
        &[DrPen],
    ),
    needling(
        FactKind::Downtime,
        "Most people need little downtime and can go back to work or school once they feel at ease.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Aftercare,
        "For the rest of the day, don't wash the area, and avoid heat, sun, the gym and anything that makes you sweat.",
        None,
        &[Seed003],
    ),
    needling(
        FactKind::Aftercare,
        "Use sunblock, and keep the skin away from strong sun and harsh chemicals for at least a week.",
        None,
        &[Seed002, Seed004],
    ),
    needling(
        FactKind::Aftercare,
        "Let the skin heal before wearing make-up; after that, concealer can cover the redness.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Aftercare,
        "Moisturise well to keep the skin from drying out.",
        None,
        &[Seed004],
    ),
    needling(
        FactKind::Risk,
        "Rolling at home gives weaker results and can raise the chance of side effects.",
        None,
        &[Seed002],
    ),
    N_COST,
    needling(
        FactKind::Cost,
        "One estimate puts an hour-long session at as little as $150, and one clinic prices a face session at about $300.",
        None,
        &[Seed002, SdBotox],
    ),
    needling(
        FactKind::Cost,
        "As a cosmetic treatment it is not usually covered by insurance; if a doctor says it is medically needed, check with your insurer before booking.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Cost,
        "Budget for repeat sessions too, and possibly time off work.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Regulation,
        "The US FDA's final guidance of November 2020 puts microneedling devices for aesthetic use in Class II (21 CFR 878.4430).",
        None,
        &[Fda2020],
    ),
    N_SEE_DOCTOR,
];
