//! Microneedling: the facts shared by many areas (`N_*`, corrected once) and those that hold
//! for every session.

use crate::model::{Quantity, Span};
use crate::sources::SourceId::*;

use super::fact::*;
use super::Fact;
use super::FactKind;

pub(super) const N_PAIN_RANGE: Fact = needling(
    FactKind::Pain,
    "Small studies measured about 3.0 to 5.4 out of 10 at different depths and areas, all after numbing cream; each study's figure is listed with its conditions.",
    pain(3.0, 5.4),
    &[Luz2017, PainStudyAcneScars, PainStudyFaceNeck],
);

pub(super) const N_PAIN_RULE: Fact = needling(
    FactKind::Pain,
    "No study gives a pain score for this area: the published figures are for the face, the neck and acne scars.",
    None,
    &[Luz2017, PainStudyFaceNeck, PainStudyAcneScars],
);

pub(super) const N_PAIN_FACE: Fact = needling(
    FactKind::Pain,
    "With 1.25 mm needles and a numbing cream, 26 women in one study rated the face about 3.0 out of 10 after the procedure. Their necks had another cream, so the study cannot say which area hurts more.",
    pain(3.0, 3.0),
    &[PainStudyFaceNeck],
);

pub(super) const N_PAIN_NECK: Fact = needling(
    FactKind::Pain,
    "With 1.25 mm needles, 26 women in one study rated the neck about 5.4 out of 10 after the procedure, the face 3.0. Each area had its own numbing cream, so the study cannot say if the neck hurts more.",
    pain(5.4, 5.4),
    &[PainStudyFaceNeck],
);

pub(super) const N_PAIN_SCARS: Fact = needling(
    FactKind::Pain,
    "For acne scars treated at 2.5 mm, one study of 15 people found about 5.4 out of 10 with numbing cream, and 3.1 when needling helped the cream into the skin.",
    pain(3.1, 5.4),
    &[PainStudyAcneScars],
);

pub(super) const N_SESSIONS: Fact = needling(
    FactKind::Sessions,
    "Several sessions are needed, and results show after a few sessions; the sources give no typical number of sessions.",
    None,
    &[Seed002, Seed003],
);

pub(super) const N_SPACING: Fact = needling(
    FactKind::Sessions,
    "The article “What is micro needling”: wait at least 4 weeks after a session, and repeat after 4 to 5 weeks.",
    Some(Quantity::Weeks(Span::new(4, 5))),
    &[Seed004],
);

pub(super) const N_ACNE_COURSE: Fact = needling(
    FactKind::Sessions,
    "For acne scars, a 2024 journal commentary gives 1 to 8 sessions, finds 4 weeks between sessions better than 2, and judges results 3 months after the last session.",
    Some(Quantity::Sessions(Span::new(1, 8))),
    &[Minutilli2024],
);

/// US prices per session, as each source gives them (the estimator's default spans them).
pub const N_COST_ARTICLE: Fact = needling(
    FactKind::Cost,
    "The article “How do you define micro-needling?”, citing Dermapen's estimates: $200 to $800 a session in the US, depending on the treatment; an hour-long session could cost only $150.",
    usd_cents(15_000, 80_000),
    &[Seed002],
);

pub const N_COST_CLINIC: Fact = needling(
    FactKind::Cost,
    "A clinic, sdbotox.com: $100 to $700 a session in the US, about $300 for the face.",
    usd_cents(10_000, 70_000),
    &[SdBotox],
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
        FactKind::Steps,
        "First a consultation: the practitioner asks about your concerns, allergies and skin sensitivities and plans the treatment.",
        None,
        &[Seed003],
    ),
    needling(
        FactKind::Steps,
        "The skin, the practitioner's fingers and the device are cleaned; numbing cream can go on first if your pain tolerance is low.",
        None,
        &[Seed004],
    ),
    needling(
        FactKind::Steps,
        "The device is rolled over the skin a couple of times; the needles puncture it in a pattern, and you will see some blood (“What is micro needling”).",
        None,
        &[Seed004],
    ),
    needling(
        FactKind::Steps,
        "It takes from a few minutes up to an hour.",
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
        FactKind::HomeRollers,
        "The AAD says home rollers do not match in-office treatment, whose needles go deep enough to cause bleeding. Home rollers are not meant to break the skin; if they do, they can cause injury or infection.",
        None,
        &[Aad2018, Seed002],
    ),
    needling(
        FactKind::HomeRollers,
        "drpen.net's depth guide: at home, 1.0 mm at most.",
        mm(1.0, 1.0),
        &[DrPen],
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
        "With a 1.0 mm roller after numbing cream, 9 people rated it 5.2 ± 1.7 out of 10 on average.",
        pain(5.2, 5.2),
        &[Luz2017],
    ),
    needling(
        FactKind::Pain,
        "If your pain tolerance is low, numbing cream can be put on before the session.",
        None,
        &[Seed004],
    ),
    N_SESSIONS,
    N_SPACING,
    N_ACNE_COURSE,
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
        "Be very gentle with the skin for a couple of days. Don't wash it for the rest of the day, and avoid heat (including the sun), the gym and anything that makes you sweat.",
        None,
        &[Seed003],
    ),
    needling(
        FactKind::Aftercare,
        "Use sunblock, and keep the skin protected from sunlight and harsh chemicals for at least a week.",
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
        FactKind::HomeRollers,
        "Rolling at home gives weaker results and can raise the chance of side effects.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Risk,
        "The most common side effect is slight irritation right after the session, and redness can last several days; it is not risk-free, though “What is micro needling” reports no permanent side effects.",
        None,
        &[Seed002, Seed004],
    ),
    N_COST_ARTICLE,
    N_COST_CLINIC,
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
