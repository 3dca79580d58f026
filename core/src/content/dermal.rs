//! Micro-dermal piercing: the facts shared by many regions (`D_*`, corrected once) and those
//! that hold for every micro-dermal.

use crate::model::{Quantity, Span};
use crate::sources::SourceId::*;

use super::fact::*;
use super::Fact;
use super::FactKind;

pub(super) const D_PAIN: Fact = dermal(
    FactKind::Pain,
    "Published pain charts put a dermal at about 4 to 6 out of 10; these are editors' estimates, not survey results.",
    pain(4.0, 6.0),
    &[PainCharts],
);

pub(super) const D_PAIN_FLESHY: Fact = dermal(
    FactKind::Pain,
    "This is a fleshier spot, and fleshier areas tend to hurt more when pierced.",
    None,
    &[Seed000],
);

pub(super) const D_PAIN_PIERCER: Fact = dermal(
    FactKind::Pain,
    "A piercer who writes about dermals says most people find them far less painful than expected, because the anchor sits shallow.",
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

pub(super) const D_HEALING: Fact = dermal(
    FactKind::Healing,
    "Full healing takes about 1 to 6 months, depending on the source; the anchor usually holds after about two weeks while the skin keeps growing around it.",
    Some(Quantity::Months(Span::new(1, 6))),
    &[Seed000, Seed001, BerlinPiercing, BiologyInsights],
);

pub(super) const D_HEALING_SLOWER: Fact = dermal(
    FactKind::Healing,
    "Good aftercare and avoiding knocks help it heal; an infection makes healing take longer.",
    None,
    &[Seed000],
);

pub(super) const D_HEALING_NORMAL: Fact = dermal(
    FactKind::Healing,
    "A little bleeding, swelling and bruising at first, and a whitish-yellow crust, are normal.",
    None,
    &[Seed000, Seed001, App],
);

pub(super) const D_RISKS: Fact = dermal(
    FactKind::Risk,
    "Possible problems include the top or anchor shifting or coming out, rejection and migration, tissue damage, overgrown tissue (hypergranulation), infection and scarring.",
    None,
    &[Seed000],
);

pub(super) const D_FLAT_SKIN: Fact = dermal(
    FactKind::Suitability,
    "Dermals need flat skin: hands, fingers, wrists, areas that rub and skin folds such as the armpit, the inner elbow or between the breasts do worse.",
    None,
    &[Seed000, QueenOfRings],
);

pub(super) const D_HANDS: Fact = dermal(
    FactKind::Risk,
    "Hands, fingers and wrists knock and rub against things all day, and dermals here reject more often than elsewhere.",
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
    "Before an MRI scan, tell your doctor and the scan team about the dermal: titanium is usually fine in most machines, surgical steel may not be, and they may check the metal first.",
    None,
    &[Seed001],
);

pub const D_COST: Fact = dermal(
    FactKind::Cost,
    "In the US a dermal costs about $50 to $150 per anchor; some shops charge for the jewellery on top.",
    usd_cents(5_000, 15_000),
    &[Seed000, RetailGazette, MuseumOfTattoos],
);

pub(super) const D_INFECTION: Fact = dermal(
    FactKind::SeeADoctor,
    "Severe pain or swelling, heat, pus, a foul smell, redness or a rash can mean infection: leave the jewellery in, keep the area clean, dab it with warm saline and see a doctor.",
    None,
    &[Seed000],
);

pub(super) const D_REJECTION: Fact = dermal(
    FactKind::SeeADoctor,
    "If the top sits higher or tilts, or the skin over the base thins and turns pink then purple over a month or more, it may be rejecting: see your piercer rather than treating it at home.",
    None,
    &[CentralBodyArt],
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
        FactKind::Overview,
        "The piercer cleans and marks the skin, makes a small pocket with a dermal punch or a needle, seats the anchor with forceps, fits the top and covers it with a plaster.",
        None,
        &[Seed000, Seed001],
    ),
    D_PAIN,
    D_PAIN_PIERCER,
    D_PAIN_PINCH,
    D_PAIN_FACTORS,
    D_HEALING,
    D_HEALING_SLOWER,
    D_HEALING_NORMAL,
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
        "Professional piercer associations set a minimum standard: implant-grade titanium (ASTM F136 or F1295), implant steel 316LVM (ASTM F138), solid nickel-free 14k or 18k gold, platinum, or unalloyed niobium (ASTM B392).",
        None,
        &[App],
    ),
    dermal(
        FactKind::Jewellery,
        "Titanium reacts least with the skin and suits sensitive skin; niobium is also a good choice, and surgical steel can irritate some people.",
        None,
        &[Seed000],
    ),
    dermal(
        FactKind::Jewellery,
        "Gold must be solid, never plated: one source suggests 24k, while professional bodies ask for solid 14k or 18k.",
        None,
        &[Seed000, App],
    ),
    dermal(
        FactKind::Jewellery,
        "Piercers should use titanium for dermals, but being told a piece is titanium does not prove it.",
        None,
        &[Seed001],
    ),
    dermal(
        FactKind::Aftercare,
        "Keep a new dermal covered with a plaster so the top is not pulled out: one source says for a few days, a piercer's guide says at least one week and ideally two.",
        None,
        &[Seed000, Seed001],
    ),
    dermal(
        FactKind::Aftercare,
        "Clean it with sterile 0.9% saline wound wash and pat it dry with clean disposable paper; professional piercers no longer advise home-mixed sea salt.",
        None,
        &[App, Seed000],
    ),
    dermal(
        FactKind::Aftercare,
        "Touch it only with clean hands, and ease any crust off gently.",
        None,
        &[Seed000],
    ),
    dermal(
        FactKind::Aftercare,
        "While it heals, avoid swimming and soaking in baths, pools or saunas, don't play with or remove the jewellery, and keep tight clothes, cosmetics and contact sports away from it.",
        None,
        &[Seed000, App],
    ),
    dermal(
        FactKind::Aftercare,
        "Don't put alcohol, hydrogen peroxide, antibacterial soap, iodine or ointments on it.",
        None,
        &[App],
    ),
    dermal(
        FactKind::Longevity,
        "Dermals are long-term but not permanent: many push out on their own after a few years, and some piercers count six months to a year as a success.",
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
    D_COST,
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
    D_REJECTION,
];
