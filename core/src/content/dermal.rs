//! Micro-dermal piercing: the facts shared by many regions (`D_*`, corrected once) and those
//! that hold for every micro-dermal.

use crate::model::{Quantity, Span};
use crate::sources::SourceId::*;

use super::fact::*;
use super::Fact;
use super::FactKind;

pub(super) const D_PAIN: Fact = dermal(
    FactKind::Pain,
    "Dermamap found no survey or study of dermal piercing pain. winenfood.com, a food-and-wine site, puts it at 4 to 6 out of 10 in one unsigned article and 3 to 5 in another; neither cites a survey.",
    pain(3.0, 6.0),
    &[WinenfoodPainLevel, WinenfoodPainExpectations],
);

pub(super) const D_PAIN_FLESHY: Fact = dermal(
    FactKind::Pain,
    "This is a fleshier spot, and fleshier areas tend to hurt more when pierced.",
    None,
    &[Seed000],
);

pub(super) const D_PAIN_PIERCER: Fact = dermal(
    FactKind::Pain,
    "Body Piercing Hub, written by a piercer: dermals almost never hurt as much as people think, because they don't go deep.",
    None,
    &[Seed001],
);

pub(super) const D_PAIN_FACTORS: Fact = dermal(
    FactKind::Pain,
    "How much it hurts depends on the area (fleshier spots hurt more), your own tolerance, the piercer's experience and the method used.",
    None,
    &[Seed000],
);

pub(super) const D_PAIN_PINCH: Fact = dermal(
    FactKind::Pain,
    "The piercer holds a fold of skin during the procedure to keep the piercing shallow; most people find this the uncomfortable part.",
    None,
    &[Seed001],
);

/// Healing time, as each source gives it (they differ: shown side by side).
pub(super) const D_HEALING_ARTICLE: Fact = dermal(
    FactKind::Healing,
    "The article “Micro Dermal Piercing”: healing usually takes 1 to 3 months, and longer if it gets infected.",
    Some(Quantity::Months(Span::new(1, 3))),
    &[Seed000],
);

pub(super) const D_HEALING_PIERCER: Fact = dermal(
    FactKind::Healing,
    "Body Piercing Hub: anchors take at least a few months to heal fully, but after about two weeks the skin usually holds the anchor in place.",
    None,
    &[Seed001],
);

pub(super) const D_HEALING_STUDIOS: Fact = dermal(
    FactKind::Healing,
    "berlin-piercing.de: the skin pocket around the anchor forms in 2 to 4 months, and healing takes 4 to 6. biologyinsights.com: the tissue settles around the anchor in 3 to 6 months.",
    Some(Quantity::Months(Span::new(3, 6))),
    &[BerlinPiercing, BiologyInsights],
);

pub(super) const D_HEALING_SLOWER: Fact = dermal(
    FactKind::Healing,
    "Good aftercare and avoiding knocks help it heal; an infection makes healing take longer.",
    None,
    &[Seed000],
);

pub(super) const D_HEALING_NORMAL: Fact = dermal(
    FactKind::Healing,
    "APP Benelux: some swelling, redness, tenderness and fluid draining are normal in the first weeks; contact your piercer or a doctor if they get worse or the pain is constant.",
    None,
    &[AppBenelux],
);

pub(super) const D_HEALING_NORMAL_APP: Fact = dermal(
    FactKind::Healing,
    "The APP's aftercare also lists some bleeding, bruising and a whitish-yellow crust early on.",
    None,
    &[AppAftercare],
);

pub(super) const D_RISKS: Fact = dermal(
    FactKind::Risk,
    "Possible problems include the top or anchor shifting or coming out, rejection and migration, tissue damage, overgrown tissue (hypergranulation), infection and scarring.",
    None,
    &[Seed000],
);

pub(super) const D_FLAT_SKIN: Fact = dermal(
    FactKind::Suitability,
    "Dermals sit on flat skin (“Micro Dermal Piercing”). queenofrings.nl: on arms, wrists and hands they catch, get bumped and last less; skin folds are unsuitable. Yet the source articles list finger and hand dermals.",
    None,
    &[Seed000, QueenOfRings, Seed001],
);

pub(super) const D_HANDS: Fact = dermal(
    FactKind::Risk,
    "On hands, wrists and arms a dermal catches on things and gets bumped, which makes irritation, inflammation and rejection much more likely.",
    None,
    &[QueenOfRings],
);

pub(super) const D_CLOTHES: Fact = dermal(
    FactKind::Risk,
    "Keep tight clothes off it while it heals; dermals in spots that rub tend to do worse.",
    None,
    &[Seed000, QueenOfRings],
);

pub(super) const D_MRI: Fact = dermal(
    FactKind::Mri,
    "Body Piercing Hub: tell your doctor and the scan staff about the dermal before an MRI scan; titanium is usually fine, but surgical steel cannot go into the machines. Always ask a medical professional.",
    None,
    &[Seed001],
);

/// US prices per anchor, as each source gives them (the estimator's default spans them).
pub const D_COST_ARTICLE: Fact = dermal(
    FactKind::Cost,
    "The article “Micro Dermal Piercing”: a dermal costs about $70 to $100 in the US; some shops charge for the jewellery on top.",
    usd_cents(7_000, 10_000),
    &[Seed000],
);

pub const D_COST_RETAIL_GAZETTE: Fact = dermal(
    FactKind::Cost,
    "Retail Gazette: about $50 to $150 in the US.",
    usd_cents(5_000, 15_000),
    &[RetailGazette],
);

pub const D_COST_MUSEUM: Fact = dermal(
    FactKind::Cost,
    "Museum of Tattoos (museumoftattoos.com): about $70 to $150 in the US.",
    usd_cents(7_000, 15_000),
    &[MuseumOfTattoos],
);

pub(super) const D_INFECTION: Fact = dermal(
    FactKind::SeeADoctor,
    "Severe pain or swelling, heat, pus, a foul smell, redness or a rash can mean infection: leave the jewellery in and see a doctor: the NHS says to get medical advice straight away.",
    None,
    &[Seed000, Nhs],
);

pub(super) const D_INFECTION_URGENT: Fact = dermal(
    FactKind::SeeADoctor,
    "APP Benelux: contact a doctor immediately for fever, nausea or vomiting, redness and swelling spreading more than about 1.5 cm from the hole, warmth or pus.",
    None,
    &[AppBenelux],
);

pub(super) const D_REJECTION: Fact = dermal(
    FactKind::SeeADoctor,
    "Central Body Art: rejection usually takes a month or more, with the skin around the anchor turning pink, then purple; see your piercer as soon as possible, as some anchors can be saved if caught early.",
    None,
    &[CentralBodyArt],
);

pub(super) const D_REJECTION_SIGNS: Fact = dermal(
    FactKind::Risk,
    "Signs that it may be rejecting: the top sits higher or tilts (The Piercing Bible, bodyjewelry.com), or the skin over the base looks thinner (bodyjewelry.com).",
    None,
    &[PiercingBible, BodyJewelry],
);

/// Facts that hold for every micro-dermal, whatever the region.
pub(super) static GENERAL: &[Fact] = &[
    dermal(
        FactKind::Overview,
        "A micro-dermal is a single-point piercing: one small opening, an anchor under the skin, and a top that shows on the surface.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Steps,
        "The piercer cleans the skin and, once it is dry, marks the spot.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Steps,
        "The piercer pinches a fold of skin and holds it until the procedure is over, to keep the piercing shallow.",
        None,
        &[Seed001],
    ),
    dermal(
        FactKind::Steps,
        "A dermal punch or a needle makes a small pocket under the skin.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Steps,
        "The anchor is set under the skin with forceps, and the top is screwed onto it.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Steps,
        "A plaster covers it: for a few days (“Micro Dermal Piercing”), or at least one week and ideally two (Body Piercing Hub).",
        None,
        &[Seed000, Seed001],
    ),
    D_PAIN,
    D_PAIN_PIERCER,
    D_PAIN_PINCH,
    D_PAIN_FACTORS,
    D_HEALING_ARTICLE,
    D_HEALING_PIERCER,
    D_HEALING_STUDIOS,
    D_HEALING_SLOWER,
    D_HEALING_NORMAL,
    D_HEALING_NORMAL_APP,
    D_FLAT_SKIN,
    D_RISKS,
    dermal(
        FactKind::Jewellery,
        "Anchors come with a flat base or a round, footed base; footed anchors are less likely to pop out.",
        None,
        &[Seed000],
    ),
    dermal(
        FactKind::Jewellery,
        "Tops screw into the anchor and can be swapped once it has fully healed, ideally by the piercer; magnetic tops also exist.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Jewellery,
        "The AUPP's minimum standard: implant-grade titanium (ASTM F136 or F1295), implant steel 316LVM (ASTM F138), solid 14 or 18 karat gold, platinum, unalloyed niobium (ASTM B392) or lead-free glass.",
        None,
        &[Aupp],
    ),
    dermal(
        FactKind::Jewellery,
        "Titanium reacts least with the skin and suits sensitive skin; niobium is also a good choice, and surgical steel can irritate some people.",
        None,
        &[Seed000],
    ),
    dermal(
        FactKind::Jewellery,
        "Gold must be solid, never plated: the article “Micro Dermal Piercing” suggests 24k; the AUPP asks for 14 or 18 karat, the APP for 14 karat or higher, free of nickel and cadmium.",
        None,
        &[Seed000, Aupp, App],
    ),
    dermal(
        FactKind::Jewellery,
        "Piercers should use titanium for dermals, but being told a piece is titanium does not prove it.",
        None,
        &[Seed001],
    ),
    dermal(
        FactKind::Aftercare,
        "Keep a new dermal covered with a plaster so the top is not pulled out: “Micro Dermal Piercing” says for a few days, Body Piercing Hub at least one week and ideally two.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Aftercare,
        "Clean it with sterile 0.9% saline wound wash and pat it dry with clean disposable paper; the APP no longer advises home-mixed sea salt, which the article “Micro Dermal Piercing” suggests.",
        None,
        &[AppAftercare, Seed000],
    ),
    dermal(
        FactKind::Aftercare,
        "Touch it only with clean hands, and ease any crust off gently.",
        None,
        &[Seed000],
    ),
    dermal(
        FactKind::Aftercare,
        "While it heals, avoid swimming and soaking it in pools, hot tubs or lakes, don't play with or remove the jewellery, and keep tight clothes, cosmetics and contact sports away from it.",
        None,
        &[Seed000, AppAftercare],
    ),
    dermal(
        FactKind::Aftercare,
        "Studios that follow the APP's standards advise against alcohol, hydrogen peroxide, antibacterial soap, iodine and ointments on it.",
        None,
        &[AppAftercare],
    ),
    dermal(
        FactKind::Longevity,
        "Dermals are long-term but not permanent: most push out on their own after a few years (Body Piercing Hub); tattoopiercer.com counts six months to a year as a success.",
        None,
        &[Seed001, TattooPiercer],
    ),
    dermal(
        FactKind::Removal,
        "You cannot take the anchor out yourself: a professional piercer or a doctor has to remove it, sometimes with a tiny scalpel cut.",
        None,
        &[Seed001],
    ),
    dermal(
        FactKind::Removal,
        "Some piercers don't remove anchors and refer you to a cosmetic surgery clinic, in case a stitch is needed to limit scarring.",
        None,
        &[Seed001],
    ),
    D_MRI,
    D_COST_ARTICLE,
    D_COST_RETAIL_GAZETTE,
    D_COST_MUSEUM,
    dermal(
        FactKind::Cost,
        "Prices depend on where you live and the jewellery you choose; dermals usually cost a little more than regular piercings, and the cheapest piercer is not always the best choice.",
        None,
        &[Seed001],
    ),
    dermal(
        FactKind::Cost,
        "In the UK, dermal jewellery costs around 5 to 10 times as much as a regular titanium piece.",
        None,
        &[Seed001],
    ),
    D_INFECTION,
    D_INFECTION_URGENT,
    D_REJECTION_SIGNS,
    D_REJECTION,
];
