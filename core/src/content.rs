//! The regions of the body map and their sourced facts, as static data compiled into the app.
//!
//! Editing guide: each region is one `Region { .. }` entry in `REGIONS` below. A fact needs at
//! least one source; a fact with no source is left out, never guessed. Where sources differ,
//! the figure is the range spanning all of them and the fact cites every one. Facts shared by
//! many regions are named constants (`D_*` for micro-dermals, `N_*` for microneedling), so a
//! correction is made once. Procedure-wide facts live in `GENERAL_FACTS`. Host tests check ids,
//! sources and ranges.

use crate::model::{Procedure, Quantity, Span, View};
use crate::sources::SourceId;
use crate::sources::SourceId::*;

/// How fleshy the tissue under a placement is. Seed 000: the fleshier the area, the more a
/// dermal hurts; the research notes: bonier, thinner-skinned areas hurt more when needling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tissue {
    Bony,
    Average,
    Fleshy,
}

/// What a fact is about, so pages can group and the estimator can look facts up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKind {
    Pain,
    Healing,
    Risk,
    Suitability,
    NeedleDepthThin,
    NeedleDepthThick,
    Downtime,
    Sessions,
    Concerns,
    Mri,
    Cost,
    SeeADoctor,
    // The kinds below are for procedure-wide facts (`GENERAL_FACTS`) only; region facts keep to
    // the kinds above, which the map's details panel names (a host test checks this).
    /// What the procedure is and how it is done.
    Overview,
    /// Anchors, tops and materials (micro-dermals).
    Jewellery,
    Aftercare,
    /// How long a dermal stays in.
    Longevity,
    /// Taking a dermal out.
    Removal,
    /// Who should not have the procedure, or should ask first.
    Contraindication,
    /// How the devices are regulated.
    Regulation,
}

impl FactKind {
    pub const ALL: [FactKind; 19] = [
        FactKind::Overview,
        FactKind::Concerns,
        FactKind::Suitability,
        FactKind::Contraindication,
        FactKind::Pain,
        FactKind::NeedleDepthThin,
        FactKind::NeedleDepthThick,
        FactKind::Sessions,
        FactKind::Healing,
        FactKind::Downtime,
        FactKind::Aftercare,
        FactKind::Jewellery,
        FactKind::Longevity,
        FactKind::Removal,
        FactKind::Risk,
        FactKind::Mri,
        FactKind::Cost,
        FactKind::Regulation,
        FactKind::SeeADoctor,
    ];

    /// Heading for a group of facts of this kind.
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Pain => "Pain",
            FactKind::Healing => "Healing time",
            FactKind::Risk => "Risks",
            FactKind::Suitability => "Suitability",
            FactKind::NeedleDepthThin => "Needle depth, thin skin",
            FactKind::NeedleDepthThick => "Needle depth, thick skin",
            FactKind::Downtime => "Downtime",
            FactKind::Sessions => "Sessions",
            FactKind::Concerns => "Concerns treated",
            FactKind::Mri => "MRI scans",
            FactKind::Cost => "Cost",
            FactKind::SeeADoctor => "When to get help",
            FactKind::Overview => "What it is",
            FactKind::Jewellery => "Jewellery",
            FactKind::Aftercare => "Aftercare",
            FactKind::Longevity => "How long it lasts",
            FactKind::Removal => "Removal",
            FactKind::Contraindication => "Who should not have it",
            FactKind::Regulation => "Regulation",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub procedure: Procedure,
    /// One plain sentence a visitor reads.
    pub text: &'static str,
    /// The figure the sentence gives, if any.
    pub quantity: Option<Quantity>,
    pub sources: &'static [SourceId],
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    /// Stable, URL-safe id: lowercase ascii letters, digits and '-'.
    pub id: &'static str,
    pub name: &'static str,
    pub view: View,
    pub procedures: &'static [Procedure],
    pub tissue: Tissue,
    pub description: &'static str,
    pub facts: &'static [Fact],
}

impl Region {
    pub fn suits(&self, p: Procedure) -> bool {
        self.procedures.contains(&p)
    }

    /// The first fact of this kind for this procedure.
    pub fn fact(&self, kind: FactKind, procedure: Procedure) -> Option<&'static Fact> {
        self.facts
            .iter()
            .find(|f| f.kind == kind && f.procedure == procedure)
    }

    /// All facts of this region for one procedure, in the order written.
    pub fn facts_for(&self, procedure: Procedure) -> impl Iterator<Item = &'static Fact> {
        let facts: &'static [Fact] = self.facts;
        facts.iter().filter(move |f| f.procedure == procedure)
    }

    /// Accessible name, e.g. "Nape of the neck, micro-dermal".
    pub fn accessible_name(&self) -> String {
        let procs: Vec<&str> = self.procedures.iter().map(|p| p.label()).collect();
        format!("{}, {}", self.name, procs.join(" and "))
    }
}

/// Shown on every page and in full on /about.
pub const DISCLAIMER: &str = "Dermamap gives general information drawn from the sources it cites. \
It is not medical advice and does not replace a consultation. Before a piercing or a treatment, \
and if anything worries you afterwards, see a qualified piercer, a dermatologist or a doctor. \
In an emergency, call your local emergency services.";

const fn dermal(
    kind: FactKind,
    text: &'static str,
    quantity: Option<Quantity>,
    sources: &'static [SourceId],
) -> Fact {
    Fact {
        kind,
        procedure: Procedure::Dermal,
        text,
        quantity,
        sources,
    }
}

const fn needling(
    kind: FactKind,
    text: &'static str,
    quantity: Option<Quantity>,
    sources: &'static [SourceId],
) -> Fact {
    Fact {
        kind,
        procedure: Procedure::Microneedling,
        text,
        quantity,
        sources,
    }
}

const fn pain(min: f32, max: f32) -> Option<Quantity> {
    Some(Quantity::Pain(Span::new(min, max)))
}

const fn mm(min: f32, max: f32) -> Option<Quantity> {
    Some(Quantity::Millimetres(Span::new(min, max)))
}

const fn days(min: u16, max: u16) -> Option<Quantity> {
    Some(Quantity::Days(Span::new(min, max)))
}

const fn usd_cents(min: u64, max: u64) -> Option<Quantity> {
    Some(Quantity::UsdCents(Span::new(min, max)))
}

// ---------------------------------------------------------------------------------------------
// Micro-dermal facts shared by regions and the general list.
// ---------------------------------------------------------------------------------------------

const D_PAIN: Fact = dermal(
    FactKind::Pain,
    "Published pain charts put a dermal at about 4 to 6 out of 10; these are editors' estimates, not survey results.",
    pain(4.0, 6.0),
    &[PainCharts],
);

const D_PAIN_FLESHY: Fact = dermal(
    FactKind::Pain,
    "This is a fleshier spot, and fleshier areas tend to hurt more when pierced.",
    None,
    &[Seed000],
);

const D_PAIN_PIERCER: Fact = dermal(
    FactKind::Pain,
    "A piercer who writes about dermals says most people find them far less painful than expected, because the anchor sits shallow.",
    None,
    &[Seed001],
);

const D_PAIN_FACTORS: Fact = dermal(
    FactKind::Pain,
    "How much it hurts depends on the area (fleshier spots hurt more), your own tolerance, the piercer's experience and the method used.",
    None,
    &[Seed000],
);

const D_PAIN_PINCH: Fact = dermal(
    FactKind::Pain,
    "The piercer holds a fold of skin during the procedure to keep the piercing shallow; most people find this the uncomfortable part.",
    None,
    &[Seed001],
);

const D_HEALING: Fact = dermal(
    FactKind::Healing,
    "Full healing takes about 1 to 6 months, depending on the source; the anchor usually holds after about two weeks while the skin keeps growing around it.",
    Some(Quantity::Months(Span::new(1, 6))),
    &[Seed000, Seed001, BerlinPiercing, BiologyInsights],
);

const D_HEALING_SLOWER: Fact = dermal(
    FactKind::Healing,
    "Good aftercare and avoiding knocks help it heal; an infection makes healing take longer.",
    None,
    &[Seed000],
);

const D_HEALING_NORMAL: Fact = dermal(
    FactKind::Healing,
    "A little bleeding, swelling and bruising at first, and a whitish-yellow crust, are normal.",
    None,
    &[Seed000, Seed001, App],
);

const D_RISKS: Fact = dermal(
    FactKind::Risk,
    "Possible problems include the top or anchor shifting or coming out, rejection and migration, tissue damage, overgrown tissue (hypergranulation), infection and scarring.",
    None,
    &[Seed000],
);

const D_FLAT_SKIN: Fact = dermal(
    FactKind::Suitability,
    "Dermals need flat skin: hands, fingers, wrists, areas that rub and skin folds such as the armpit, the inner elbow or between the breasts do worse.",
    None,
    &[Seed000, QueenOfRings],
);

const D_HANDS: Fact = dermal(
    FactKind::Risk,
    "Hands, fingers and wrists knock and rub against things all day, and dermals here reject more often than elsewhere.",
    None,
    &[QueenOfRings],
);

const D_CLOTHES: Fact = dermal(
    FactKind::Risk,
    "Keep tight clothes off it while it heals; dermals in spots that rub tend to do worse.",
    None,
    &[Seed000, QueenOfRings],
);

const D_MRI: Fact = dermal(
    FactKind::Mri,
    "Before an MRI scan, tell your doctor and the scan team about the dermal: titanium is usually fine in most machines, surgical steel may not be, and they may check the metal first.",
    None,
    &[Seed001],
);

const D_COST: Fact = dermal(
    FactKind::Cost,
    "In the US a dermal costs about $50 to $150 per anchor; some shops charge for the jewellery on top.",
    usd_cents(5_000, 15_000),
    &[Seed000, RetailGazette, MuseumOfTattoos],
);

const D_INFECTION: Fact = dermal(
    FactKind::SeeADoctor,
    "Severe pain or swelling, heat, pus, a foul smell, redness or a rash can mean infection: leave the jewellery in, keep the area clean, dab it with warm saline and see a doctor.",
    None,
    &[Seed000],
);

const D_REJECTION: Fact = dermal(
    FactKind::SeeADoctor,
    "If the top sits higher or tilts, or the skin over the base thins and turns pink then purple over a month or more, it may be rejecting: see your piercer rather than treating it at home.",
    None,
    &[CentralBodyArt],
);

// ---------------------------------------------------------------------------------------------
// Microneedling facts shared by regions and the general list.
// ---------------------------------------------------------------------------------------------

const N_PAIN_RANGE: Fact = needling(
    FactKind::Pain,
    "Small studies put microneedling pain at about 3 to 5.4 out of 10, depending on needle depth, the area and numbing cream.",
    pain(3.0, 5.4),
    &[Luz2017, NeedlingPainStudies],
);

const N_PAIN_RULE: Fact = needling(
    FactKind::Pain,
    "No study gives a pain score for this area; studies found that deeper needles and bonier, thinner-skinned areas hurt more.",
    None,
    &[NeedlingPainStudies],
);

const N_PAIN_FACE: Fact = needling(
    FactKind::Pain,
    "With 1.25 mm needles, people in one small study (26 people) rated the face about 3 out of 10; the study had confounding factors, so take it as a rough guide.",
    pain(3.0, 3.0),
    &[NeedlingPainStudies],
);

const N_PAIN_NECK: Fact = needling(
    FactKind::Pain,
    "With 1.25 mm needles, people in one small study (26 people) rated the neck about 5.4 out of 10, against 3 for the face; the study had confounding factors, so take it as a rough guide.",
    pain(5.4, 5.4),
    &[NeedlingPainStudies],
);

const N_PAIN_SCARS: Fact = needling(
    FactKind::Pain,
    "For acne scars treated at 2.5 mm, one study of 15 people found about 5.4 out of 10 with numbing cream, and 3.1 when the cream was helped in by needling.",
    pain(3.1, 5.4),
    &[NeedlingPainStudies],
);

const N_SESSIONS: Fact = needling(
    FactKind::Sessions,
    "Several sessions are needed; a typical course is 3 to 6 sessions.",
    Some(Quantity::Sessions(Span::new(3, 6))),
    &[Seed002, Seed003, Seed004, Minutilli2024],
);

const N_SPACING: Fact = needling(
    FactKind::Sessions,
    "Leave at least 4 weeks between sessions; courses usually space them 4 to 6 weeks apart.",
    Some(Quantity::Weeks(Span::new(4, 6))),
    &[Seed004, Minutilli2024],
);

const N_COST: Fact = needling(
    FactKind::Cost,
    "In the US a session costs about $100 to $800, depending on the treatment needed.",
    usd_cents(10_000, 80_000),
    &[Seed002, SdBotox],
);

const N_SEE_DOCTOR: Fact = needling(
    FactKind::SeeADoctor,
    "Contact your doctor if you notice more serious effects, such as bleeding, bruising, infection or peeling.",
    None,
    &[Seed002],
);

const N_DOWNTIME_SHALLOW: Fact = needling(
    FactKind::Downtime,
    "Up to about 0.5 mm deep, the depth guide expects about 2 to 3 days of downtime; deeper settings take longer.",
    days(2, 3),
    &[DrPen],
);

const N_DOWNTIME_FACE_RANGE: Fact = needling(
    FactKind::Downtime,
    "Downtime depends on depth: about 2 to 3 days at 0.5 mm, 4 to 5 days at 1 to 1.5 mm and 6 to 7 days at 2 mm.",
    days(2, 7),
    &[DrPen],
);

const N_DOWNTIME_DEEP: Fact = needling(
    FactKind::Downtime,
    "At the depths used here, about 1 to 2 mm, the guide expects about 4 to 7 days of downtime.",
    days(4, 7),
    &[DrPen],
);

const N_CONCERNS_FACE: Fact = needling(
    FactKind::Concerns,
    "The face is where microneedling is most often done, for acne scars, fine lines and wrinkles, enlarged pores, dark spots and uneven tone or texture.",
    None,
    &[Seed002, Seed004],
);

const N_STRETCH_MARKS: Fact = needling(
    FactKind::Concerns,
    "On the body it is used for stretch marks; one study found it worked on stretch marks on the thighs and abdomen when combined with fillers.",
    None,
    &[Seed002, Seed004],
);

const N_DEPTH_STRETCH_THIN: Fact = needling(
    FactKind::NeedleDepthThin,
    "For stretch marks the depth guide gives a single range, 1.5 to 2.0 mm, not split by skin thickness.",
    mm(1.5, 2.0),
    &[DrPen],
);

const N_DEPTH_STRETCH_THICK: Fact = needling(
    FactKind::NeedleDepthThick,
    "For stretch marks the depth guide gives the same 1.5 to 2.0 mm whatever the skin thickness.",
    mm(1.5, 2.0),
    &[DrPen],
);

const N_NO_DEPTH: Fact = needling(
    FactKind::Suitability,
    "The depth guide used here gives no needle depth for this area, so Dermamap shows none; the practitioner sets it.",
    None,
    &[DrPen],
);

// ---------------------------------------------------------------------------------------------
// Procedure-wide facts.
// ---------------------------------------------------------------------------------------------

/// Facts that hold for a whole procedure, whatever the region.
pub static GENERAL_FACTS: &[Fact] = &[
    // Micro-dermal.
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
    // Microneedling.
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
    needling(
        FactKind::Contraindication,
        "It is not advised with active acne, a skin infection, irritated skin or an open wound in the area.",
        None,
        &[Seed002, Seed004],
    ),
    needling(
        FactKind::Contraindication,
        "Avoid it if you have skin cancer in the area, an allergy to steel or titanium, or a bleeding disorder.",
        None,
        &[Seed004],
    ),
    needling(
        FactKind::Contraindication,
        "You may not be a good candidate if you have psoriasis or eczema, have had radiotherapy recently, or have a history of skin scarring.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Contraindication,
        "If you are pregnant, get clearance from your obstetrician or gynaecologist first.",
        None,
        &[Seed002],
    ),
    needling(
        FactKind::Contraindication,
        "Isotretinoin (such as Accutane) is often listed as a reason to wait, though a 2017 expert task force found too little evidence to delay superficial procedures.",
        None,
        &[Seed004, Asds2017],
    ),
    needling(
        FactKind::Contraindication,
        "One clinic also lists uncontrolled diabetes, moles or warts in the area, Botox in the last 3 months and fillers in the last 12 months.",
        None,
        &[BalanceDaySpa],
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

// ---------------------------------------------------------------------------------------------
// Regions.
// ---------------------------------------------------------------------------------------------

const DERMAL: &[Procedure] = &[Procedure::Dermal];
const NEEDLING: &[Procedure] = &[Procedure::Microneedling];

/// All regions of the map.
pub static REGIONS: &[Region] = &[
    // Micro-dermal, face.
    Region {
        id: "cheekbone",
        name: "Cheekbone",
        view: View::Face,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "The top of the cheekbone, the most popular spot for a face dermal.",
        facts: &[D_PAIN, D_HEALING, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "under-eye",
        name: "Under the eye",
        view: View::Face,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "Just below the eye, at the top of the cheekbone; never in the eye itself.",
        facts: &[D_PAIN, D_HEALING, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "third-eye",
        name: "Third eye, between the eyebrows",
        view: View::Face,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "Right between the eyebrows, just above the nose.",
        facts: &[D_PAIN, D_HEALING, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    // Micro-dermal, back.
    Region {
        id: "nape",
        name: "Nape of the neck",
        view: View::Back,
        procedures: DERMAL,
        tissue: Tissue::Average,
        description: "The centre of the back of the neck, at the nape; neck dermals are rarely on the front.",
        facts: &[D_PAIN, D_HEALING, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "back-dimples",
        name: "Back dimples / lower back",
        view: View::Back,
        procedures: DERMAL,
        tissue: Tissue::Average,
        description: "The two dimples of the lower back, just above the buttocks on either side of the spine.",
        facts: &[D_PAIN, D_HEALING, D_CLOTHES, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    // Micro-dermal, front.
    Region {
        id: "collarbone",
        name: "Collarbone",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "On or just above the collarbones.",
        facts: &[D_PAIN, D_HEALING, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "sternum",
        name: "Sternum / chest",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "On the breastbone, most often between the breasts.",
        facts: &[
            D_PAIN,
            D_HEALING,
            dermal(
                FactKind::Suitability,
                "The skin over the breastbone must lie flat for a dermal: where the breasts press together and form a fold, the skin is unsuitable.",
                None,
                &[Seed001, QueenOfRings],
            ),
            D_RISKS,
            D_MRI,
            D_COST,
            D_INFECTION,
            D_REJECTION,
        ],
    },
    Region {
        id: "belly",
        name: "Belly",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Fleshy,
        description: "On the belly, near the navel.",
        facts: &[
            D_PAIN,
            D_PAIN_FLESHY,
            D_HEALING,
            dermal(
                FactKind::Suitability,
                "A belly dermal can be an option when the shape of the navel does not suit a standard navel piercing.",
                None,
                &[Seed001],
            ),
            D_CLOTHES,
            D_RISKS,
            D_MRI,
            D_COST,
            D_INFECTION,
            D_REJECTION,
        ],
    },
    Region {
        id: "hip",
        name: "Hip",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "Around the pelvic bones on either side, above the belt line.",
        facts: &[D_PAIN, D_HEALING, D_CLOTHES, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "finger",
        name: "Finger, top side",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "The top of a finger, on the same side as the nail.",
        facts: &[D_PAIN, D_HEALING, D_HANDS, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "hand",
        name: "Top of the hand",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "The back of the hand, on the same side as the nails.",
        facts: &[D_PAIN, D_HEALING, D_HANDS, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "wrist",
        name: "Wrist, outside",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Bony,
        description: "The outside of the wrist, just above the fold; not the inside.",
        facts: &[D_PAIN, D_HEALING, D_HANDS, D_RISKS, D_MRI, D_COST, D_INFECTION, D_REJECTION],
    },
    Region {
        id: "thigh",
        name: "Thigh",
        view: View::Front,
        procedures: DERMAL,
        tissue: Tissue::Fleshy,
        description: "On the thigh.",
        facts: &[
            D_PAIN,
            D_PAIN_FLESHY,
            D_HEALING,
            D_CLOTHES,
            D_RISKS,
            D_MRI,
            D_COST,
            D_INFECTION,
            D_REJECTION,
        ],
    },
    // Microneedling, face.
    Region {
        id: "forehead",
        name: "Forehead",
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: "The forehead, between the eyebrows and the hairline.",
        facts: &[
            N_CONCERNS_FACE,
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin on the forehead, the depth guide gives 0.25 to 0.5 mm.",
                mm(0.25, 0.5),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin on the forehead, it gives 0.5 to 0.75 mm.",
                mm(0.5, 0.75),
                &[DrPen],
            ),
            N_DOWNTIME_SHALLOW,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "around-eyes",
        name: "Around the eyes",
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: "The thin skin under and beside the eyes.",
        facts: &[
            needling(
                FactKind::Concerns,
                "Around the eyes it is used for fine lines and wrinkles.",
                None,
                &[Seed002, Seed004],
            ),
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin around the eyes, the depth guide gives 0.25 mm, its shallowest setting.",
                mm(0.25, 0.25),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin around the eyes, it gives 0.25 to 0.5 mm.",
                mm(0.25, 0.5),
                &[DrPen],
            ),
            N_DOWNTIME_SHALLOW,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "cheeks",
        name: "Cheeks",
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: "The cheeks, from below the cheekbones to the jaw.",
        facts: &[
            N_CONCERNS_FACE,
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin on the cheeks, the depth guide gives 0.5 to 1.0 mm.",
                mm(0.5, 1.0),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin on the cheeks, it gives 1.0 to 2.0 mm.",
                mm(1.0, 2.0),
                &[DrPen],
            ),
            N_DOWNTIME_FACE_RANGE,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "chin-jaw",
        name: "Chin and jaw",
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: "The chin and the line of the jaw.",
        facts: &[
            N_CONCERNS_FACE,
            needling(
                FactKind::Concerns,
                "It is also used to firm loose, ageing skin.",
                None,
                &[Seed002, Seed003],
            ),
            N_PAIN_FACE,
            needling(
                FactKind::NeedleDepthThin,
                "For thin skin on the chin, the depth guide gives 0.5 to 1.0 mm; it gives no separate figure for the jawline.",
                mm(0.5, 1.0),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For thicker skin on the chin, it gives 1.0 to 2.0 mm.",
                mm(1.0, 2.0),
                &[DrPen],
            ),
            N_DOWNTIME_FACE_RANGE,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "nose",
        name: "Nose",
        view: View::Face,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: "The nose. The sources speak of the face as a whole rather than the nose alone.",
        facts: &[N_CONCERNS_FACE, N_PAIN_FACE, N_NO_DEPTH, N_SESSIONS, N_COST, N_SEE_DOCTOR],
    },
    // Microneedling, front.
    Region {
        id: "neck",
        name: "Neck",
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: "The front and sides of the neck.",
        facts: &[
            needling(
                FactKind::Concerns,
                "The neck can be treated where the skin is wrinkled or damaged.",
                None,
                &[Seed002],
            ),
            N_PAIN_NECK,
            N_NO_DEPTH,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "abdomen",
        name: "Abdomen",
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Fleshy,
        description: "The belly, where stretch marks often form.",
        facts: &[
            N_STRETCH_MARKS,
            N_PAIN_RULE,
            N_DEPTH_STRETCH_THIN,
            N_DEPTH_STRETCH_THICK,
            N_DOWNTIME_DEEP,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "thighs",
        name: "Thighs",
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Fleshy,
        description: "The thighs, where stretch marks often form.",
        facts: &[
            N_STRETCH_MARKS,
            N_PAIN_RULE,
            N_DEPTH_STRETCH_THIN,
            N_DEPTH_STRETCH_THICK,
            N_DOWNTIME_DEEP,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "legs",
        name: "Legs",
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: "The lower legs and the rest of the legs.",
        facts: &[
            needling(
                FactKind::Concerns,
                "The legs can be treated for stretch marks, scars and other damaged skin.",
                None,
                &[Seed002],
            ),
            N_PAIN_RULE,
            N_DEPTH_STRETCH_THIN,
            N_DEPTH_STRETCH_THICK,
            N_DOWNTIME_DEEP,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "scars",
        name: "Scars, anywhere on the body",
        view: View::Front,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: "Scars on the face or body, including acne scars.",
        facts: &[
            needling(
                FactKind::Concerns,
                "Microneedling is used to soften acne scars and scars on other parts of the body.",
                None,
                &[Seed002, Seed003, Seed004],
            ),
            needling(
                FactKind::Suitability,
                "A history of problem scarring can make you a poor candidate, so mention it before treatment.",
                None,
                &[Seed002],
            ),
            N_PAIN_SCARS,
            needling(
                FactKind::NeedleDepthThin,
                "For scars on the face with thin skin, the depth guide gives 1.0 to 1.25 mm; it gives no figure for scars elsewhere.",
                mm(1.0, 1.25),
                &[DrPen],
            ),
            needling(
                FactKind::NeedleDepthThick,
                "For scars on the face with thicker skin, it gives 1.5 to 2.0 mm.",
                mm(1.5, 2.0),
                &[DrPen],
            ),
            N_DOWNTIME_DEEP,
            needling(
                FactKind::Sessions,
                "For acne scars, a 2024 study used 1 to 8 sessions and found 4 weeks apart worked better than 2.",
                Some(Quantity::Sessions(Span::new(1, 8))),
                &[Minutilli2024],
            ),
            needling(
                FactKind::Healing,
                "The same study judged acne-scar results 3 months after the last session.",
                Some(Quantity::Months(Span::new(3, 3))),
                &[Minutilli2024],
            ),
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    // Microneedling, back.
    Region {
        id: "back",
        name: "Back",
        view: View::Back,
        procedures: NEEDLING,
        tissue: Tissue::Average,
        description: "The upper and lower back.",
        facts: &[
            needling(
                FactKind::Concerns,
                "The back can be treated where the skin is scarred or damaged.",
                None,
                &[Seed002],
            ),
            N_PAIN_RULE,
            N_NO_DEPTH,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
    Region {
        id: "scalp",
        name: "Scalp, for hair loss",
        view: View::Back,
        procedures: NEEDLING,
        tissue: Tissue::Bony,
        description: "The scalp, where needling is used for thinning hair.",
        facts: &[
            needling(
                FactKind::Concerns,
                "On the scalp it is used to promote hair growth in people with hair loss (alopecia).",
                None,
                &[Seed002, Seed003],
            ),
            N_PAIN_RULE,
            N_NO_DEPTH,
            N_SESSIONS,
            N_COST,
            N_SEE_DOCTOR,
        ],
    },
];

/// Looks a region up by id.
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// The regions drawn on one view of the body, in map order.
pub fn regions_in(view: View) -> impl Iterator<Item = &'static Region> {
    REGIONS.iter().filter(move |r| r.view == view)
}

/// The regions where a procedure can be done, in map order.
pub fn regions_for(p: Procedure) -> impl Iterator<Item = &'static Region> {
    REGIONS.iter().filter(move |r| r.suits(p))
}

/// Procedure-wide facts for one procedure, in the order written.
pub fn general_facts(p: Procedure) -> impl Iterator<Item = &'static Fact> {
    GENERAL_FACTS.iter().filter(move |f| f.procedure == p)
}

/// Every fact in the app: the general ones, then each region's. Shared facts appear once per use.
pub fn all_facts() -> impl Iterator<Item = &'static Fact> {
    GENERAL_FACTS
        .iter()
        .chain(REGIONS.iter().flat_map(|r| r.facts.iter()))
}

/// The sourced US price for the estimator: cents per anchor (micro-dermal) or per session
/// (microneedling), with the sources it spans. Read from the first costed fact, general first.
pub fn cost_span(procedure: Procedure) -> Option<(Span<u64>, &'static [SourceId])> {
    all_facts()
        .filter(|f| f.procedure == procedure && f.kind == FactKind::Cost)
        .find_map(|f| match f.quantity {
            Some(Quantity::UsdCents(span)) => Some((span, f.sources)),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::SOURCES;
    use std::collections::HashSet;

    const DERMAL_IDS: &[(&str, View)] = &[
        ("cheekbone", View::Face),
        ("under-eye", View::Face),
        ("third-eye", View::Face),
        ("nape", View::Back),
        ("back-dimples", View::Back),
        ("collarbone", View::Front),
        ("sternum", View::Front),
        ("belly", View::Front),
        ("hip", View::Front),
        ("finger", View::Front),
        ("hand", View::Front),
        ("wrist", View::Front),
        ("thigh", View::Front),
    ];

    const NEEDLING_IDS: &[(&str, View)] = &[
        ("forehead", View::Face),
        ("around-eyes", View::Face),
        ("cheeks", View::Face),
        ("chin-jaw", View::Face),
        ("nose", View::Face),
        ("neck", View::Front),
        ("abdomen", View::Front),
        ("thighs", View::Front),
        ("legs", View::Front),
        ("scars", View::Front),
        ("back", View::Back),
        ("scalp", View::Back),
    ];

    fn url_safe(id: &str) -> bool {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--")
    }

    #[test]
    fn url_safe_rejects_bad_ids() {
        for bad in [
            "",
            "Nape",
            "back dimples",
            "-hip",
            "hip-",
            "a--b",
            "é",
            "a/b",
        ] {
            assert!(!url_safe(bad), "{bad:?} should not be URL-safe");
        }
        assert!(url_safe("back-dimples"));
    }

    #[test]
    fn ids_unique_and_url_safe() {
        let mut seen = HashSet::new();
        for r in REGIONS {
            assert!(url_safe(r.id), "id {:?} is not URL-safe", r.id);
            assert!(seen.insert(r.id), "id {:?} is used twice", r.id);
            assert_eq!(region(r.id).map(|f| f.id), Some(r.id));
        }
        assert!(region("no-such-region").is_none());
    }

    #[test]
    fn exactly_the_listed_regions_with_procedure_and_view() {
        for (ids, p) in [
            (DERMAL_IDS, Procedure::Dermal),
            (NEEDLING_IDS, Procedure::Microneedling),
        ] {
            for &(id, view) in ids {
                let r = region(id).unwrap_or_else(|| panic!("region {id} missing"));
                assert_eq!(r.view, view, "{id} is on the wrong view");
                assert_eq!(r.procedures, &[p], "{id} has the wrong procedures");
                assert!(r.suits(p));
            }
        }
        assert_eq!(REGIONS.len(), DERMAL_IDS.len() + NEEDLING_IDS.len());
    }

    #[test]
    fn names_and_descriptions_present_and_facts_match_procedures() {
        for r in REGIONS {
            assert!(!r.name.trim().is_empty(), "{} has no name", r.id);
            assert!(
                !r.description.trim().is_empty(),
                "{} has no description",
                r.id
            );
            assert!(!r.procedures.is_empty(), "{} has no procedure", r.id);
            assert!(!r.facts.is_empty(), "{} has no facts", r.id);
            for f in r.facts {
                assert!(
                    r.suits(f.procedure),
                    "{}: fact for {:?} it does not offer: {}",
                    r.id,
                    f.procedure,
                    f.text
                );
            }
            for p in r.procedures {
                assert!(
                    r.facts_for(*p).next().is_some(),
                    "{} has no fact for {:?}",
                    r.id,
                    p
                );
            }
        }
    }

    #[test]
    fn region_facts_keep_to_the_region_kinds() {
        use FactKind::*;
        let region_kinds = [
            Pain,
            Healing,
            Risk,
            Suitability,
            NeedleDepthThin,
            NeedleDepthThick,
            Downtime,
            Sessions,
            Concerns,
            Mri,
            Cost,
            SeeADoctor,
        ];
        for r in REGIONS {
            for f in r.facts {
                assert!(
                    region_kinds.contains(&f.kind),
                    "{}: {:?} is for general facts only: {}",
                    r.id,
                    f.kind,
                    f.text
                );
            }
        }
    }

    #[test]
    fn every_fact_is_sourced_and_sources_resolve() {
        for f in all_facts() {
            assert!(!f.sources.is_empty(), "unsourced fact: {}", f.text);
            let mut seen = HashSet::new();
            for s in f.sources {
                assert_eq!(s.source().id, *s);
                assert!(seen.insert(*s), "{:?} cited twice in: {}", s, f.text);
            }
        }
    }

    #[test]
    fn every_listed_source_is_cited_somewhere() {
        let cited: HashSet<SourceId> = all_facts()
            .flat_map(|f| f.sources.iter().copied())
            .collect();
        for s in SOURCES {
            assert!(cited.contains(&s.id), "{:?} is never cited", s.id);
        }
    }

    #[test]
    fn quantities_ordered_and_in_range() {
        for f in all_facts() {
            let Some(q) = f.quantity else { continue };
            assert!(q.is_ordered(), "unordered quantity in: {}", f.text);
            match q {
                Quantity::Pain(s) => assert!(
                    s.min >= 0.0 && s.max <= 10.0,
                    "pain off the 0-10 scale: {}",
                    f.text
                ),
                Quantity::Millimetres(s) => assert!(
                    s.min > 0.0 && s.max <= 2.5,
                    "needle length outside the sources' 0.5-2.5 mm: {}",
                    f.text
                ),
                Quantity::Sessions(s) => assert!(s.min >= 1, "zero sessions: {}", f.text),
                Quantity::UsdCents(s) => assert!(s.min > 0, "free procedure: {}", f.text),
                Quantity::Days(_) | Quantity::Weeks(_) | Quantity::Months(_) => {}
            }
        }
    }

    #[test]
    fn quantity_units_fit_the_kind() {
        for f in all_facts() {
            let Some(q) = f.quantity else { continue };
            let ok = match f.kind {
                FactKind::Pain => matches!(q, Quantity::Pain(_)),
                FactKind::NeedleDepthThin | FactKind::NeedleDepthThick => {
                    matches!(q, Quantity::Millimetres(_))
                }
                FactKind::Cost => matches!(q, Quantity::UsdCents(_)),
                FactKind::Downtime => matches!(q, Quantity::Days(_)),
                FactKind::Healing => matches!(
                    q,
                    Quantity::Days(_) | Quantity::Weeks(_) | Quantity::Months(_)
                ),
                FactKind::Sessions => matches!(q, Quantity::Sessions(_) | Quantity::Weeks(_)),
                FactKind::Overview => matches!(q, Quantity::Millimetres(_)),
                _ => false,
            };
            assert!(ok, "{:?} fact with {:?}: {}", f.kind, q, f.text);
            if matches!(q, Quantity::Pain(_)) {
                assert_eq!(f.kind, FactKind::Pain);
            }
        }
    }

    #[test]
    fn needle_depths_only_for_needling_and_thin_not_deeper_than_thick() {
        for r in REGIONS {
            for f in r.facts {
                if matches!(
                    f.kind,
                    FactKind::NeedleDepthThin | FactKind::NeedleDepthThick | FactKind::Downtime
                ) {
                    assert_eq!(
                        f.procedure,
                        Procedure::Microneedling,
                        "{}: {}",
                        r.id,
                        f.text
                    );
                    assert!(
                        f.sources.contains(&DrPen),
                        "{}: depth and downtime come from the depth guide",
                        r.id
                    );
                }
            }
            let thin = r.fact(FactKind::NeedleDepthThin, Procedure::Microneedling);
            let thick = r.fact(FactKind::NeedleDepthThick, Procedure::Microneedling);
            assert_eq!(
                thin.is_some(),
                thick.is_some(),
                "{} has only one of thin/thick depth",
                r.id
            );
            if let (Some(a), Some(b)) = (thin, thick) {
                match (a.quantity, b.quantity) {
                    (Some(Quantity::Millimetres(a)), Some(Quantity::Millimetres(b))) => {
                        assert!(
                            a.min <= b.min && a.max <= b.max,
                            "{}: thin skin deeper than thick",
                            r.id
                        )
                    }
                    other => panic!("{}: depth without millimetres: {other:?}", r.id),
                }
            }
        }
        // Areas the depth guide does not cover have no depth at all.
        for id in ["nose", "neck", "back", "scalp"] {
            assert!(
                region(id)
                    .unwrap()
                    .fact(FactKind::NeedleDepthThin, Procedure::Microneedling)
                    .is_none(),
                "{id}"
            );
        }
    }

    #[test]
    fn depth_guide_figures_by_area() {
        let depth = |id: &str, kind| match region(id)
            .unwrap()
            .fact(kind, Procedure::Microneedling)
            .unwrap()
            .quantity
        {
            Some(Quantity::Millimetres(s)) => (s.min, s.max),
            other => panic!("{other:?}"),
        };
        assert_eq!(depth("forehead", FactKind::NeedleDepthThin), (0.25, 0.5));
        assert_eq!(depth("forehead", FactKind::NeedleDepthThick), (0.5, 0.75));
        assert_eq!(
            depth("around-eyes", FactKind::NeedleDepthThin),
            (0.25, 0.25)
        );
        assert_eq!(
            depth("around-eyes", FactKind::NeedleDepthThick),
            (0.25, 0.5)
        );
        assert_eq!(depth("cheeks", FactKind::NeedleDepthThin), (0.5, 1.0));
        assert_eq!(depth("chin-jaw", FactKind::NeedleDepthThick), (1.0, 2.0));
        assert_eq!(depth("scars", FactKind::NeedleDepthThin), (1.0, 1.25));
        assert_eq!(depth("scars", FactKind::NeedleDepthThick), (1.5, 2.0));
        for id in ["abdomen", "thighs", "legs"] {
            assert_eq!(depth(id, FactKind::NeedleDepthThin), (1.5, 2.0));
            assert_eq!(depth(id, FactKind::NeedleDepthThick), (1.5, 2.0));
        }
    }

    #[test]
    fn core_facts_present_per_procedure() {
        for r in regions_for(Procedure::Dermal) {
            for kind in [
                FactKind::Pain,
                FactKind::Healing,
                FactKind::Risk,
                FactKind::Mri,
                FactKind::Cost,
                FactKind::SeeADoctor,
            ] {
                assert!(
                    r.fact(kind, Procedure::Dermal).is_some(),
                    "{} lacks {:?}",
                    r.id,
                    kind
                );
            }
        }
        for r in regions_for(Procedure::Microneedling) {
            for kind in [
                FactKind::Concerns,
                FactKind::Pain,
                FactKind::Sessions,
                FactKind::Cost,
                FactKind::SeeADoctor,
            ] {
                assert!(
                    r.fact(kind, Procedure::Microneedling).is_some(),
                    "{} lacks {:?}",
                    r.id,
                    kind
                );
            }
        }
        for (p, kinds) in [
            (
                Procedure::Dermal,
                &[
                    FactKind::Overview,
                    FactKind::Jewellery,
                    FactKind::Aftercare,
                    FactKind::Longevity,
                    FactKind::Removal,
                    FactKind::Mri,
                    FactKind::SeeADoctor,
                ][..],
            ),
            (
                Procedure::Microneedling,
                &[
                    FactKind::Overview,
                    FactKind::Contraindication,
                    FactKind::Regulation,
                    FactKind::Suitability,
                    FactKind::Downtime,
                    FactKind::Aftercare,
                    FactKind::SeeADoctor,
                ][..],
            ),
        ] {
            for kind in kinds {
                assert!(
                    general_facts(p).any(|f| f.kind == *kind),
                    "no general {kind:?} fact for {p:?}"
                );
            }
        }
    }

    #[test]
    fn dermal_healing_spans_every_source() {
        let f = region("nape")
            .unwrap()
            .fact(FactKind::Healing, Procedure::Dermal)
            .unwrap();
        assert_eq!(f.quantity, Some(Quantity::Months(Span::new(1, 6))));
        for s in [Seed000, Seed001, BerlinPiercing, BiologyInsights] {
            assert!(f.sources.contains(&s), "healing fact does not cite {s:?}");
        }
    }

    #[test]
    fn cost_spans_cover_every_source_figure() {
        let (dermal, ds) = cost_span(Procedure::Dermal).expect("dermal cost");
        assert_eq!(dermal, Span::new(5_000, 15_000));
        for s in [Seed000, RetailGazette, MuseumOfTattoos] {
            assert!(ds.contains(&s), "dermal cost does not cite {s:?}");
        }
        // Seed 000: $70-100; Retail Gazette $50-150; Museum of Tattoos $70-150.
        for dollars in [70, 100, 50, 150] {
            assert!(dermal.contains(dollars * 100));
        }
        let (needling, ns) = cost_span(Procedure::Microneedling).expect("microneedling cost");
        assert_eq!(needling, Span::new(10_000, 80_000));
        assert!(ns.contains(&Seed002) && ns.contains(&SdBotox));
        // Seed 002: $150 and $200-800; sdbotox: $100-700, face about $300.
        for dollars in [150, 200, 800, 100, 700, 300] {
            assert!(needling.contains(dollars * 100));
        }
        // Every costed fact anywhere agrees with the estimator's span.
        for f in all_facts().filter(|f| f.kind == FactKind::Cost) {
            if let Some(Quantity::UsdCents(s)) = f.quantity {
                let (span, _) = cost_span(f.procedure).unwrap();
                assert_eq!(s, span, "{}", f.text);
            }
        }
    }

    #[test]
    fn pain_charts_are_flagged_as_estimates() {
        for f in all_facts().filter(|f| f.sources.contains(&PainCharts)) {
            assert!(
                f.text.contains("estimate"),
                "low-authority pain chart not flagged: {}",
                f.text
            );
        }
        let (fleshy, bony) = (region("belly").unwrap(), region("finger").unwrap());
        assert!(fleshy
            .facts
            .iter()
            .any(|f| f.kind == FactKind::Pain && f.sources.contains(&Seed000)));
        assert!(!bony
            .facts
            .iter()
            .any(|f| f.kind == FactKind::Pain && f.sources.contains(&Seed000)));
    }

    #[test]
    fn referrals_only_where_sources_make_them() {
        let referral = ["see a doctor", "contact your doctor", "see your piercer"];
        for f in all_facts() {
            let lower = f.text.to_lowercase();
            if referral.iter().any(|r| lower.contains(r)) {
                assert_eq!(
                    f.kind,
                    FactKind::SeeADoctor,
                    "referral outside SeeADoctor: {}",
                    f.text
                );
                assert!(
                    f.sources
                        .iter()
                        .any(|s| matches!(s, Seed000 | Seed002 | CentralBodyArt)),
                    "referral not backed by a source that makes it: {}",
                    f.text
                );
            }
        }
        for f in all_facts().filter(|f| f.kind == FactKind::SeeADoctor) {
            let lower = f.text.to_lowercase();
            assert!(
                referral.iter().any(|r| lower.contains(r)),
                "SeeADoctor fact says not whom to see: {}",
                f.text
            );
        }
    }

    #[test]
    fn texts_are_plain_short_sentences() {
        for f in all_facts() {
            let t = f.text;
            assert!(
                t.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
                "{t}"
            );
            assert!(t.ends_with('.'), "{t}");
            assert!(!t.contains("  ") && t.trim() == t, "{t}");
            assert!(t.len() <= 220, "too long ({}): {t}", t.len());
        }
        for r in REGIONS {
            assert!(
                r.description.ends_with('.') && r.description.len() <= 160,
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn tissue_is_anatomical() {
        for id in [
            "finger",
            "wrist",
            "collarbone",
            "sternum",
            "third-eye",
            "forehead",
            "scalp",
        ] {
            assert_eq!(region(id).unwrap().tissue, Tissue::Bony, "{id}");
        }
        for id in ["belly", "thigh", "abdomen", "thighs"] {
            assert_eq!(region(id).unwrap().tissue, Tissue::Fleshy, "{id}");
        }
    }

    #[test]
    fn views_and_procedures_partition_the_regions() {
        let by_view: usize = View::ALL.iter().map(|v| regions_in(*v).count()).sum();
        assert_eq!(by_view, REGIONS.len());
        assert!(regions_in(View::Back).all(|r| r.view == View::Back));
        assert_eq!(regions_in(View::Back).count(), 4);
        assert_eq!(regions_for(Procedure::Dermal).count(), DERMAL_IDS.len());
        assert_eq!(
            regions_for(Procedure::Microneedling).count(),
            NEEDLING_IDS.len()
        );
        assert_eq!(
            region("nape").unwrap().accessible_name(),
            "Nape of the neck, micro-dermal"
        );
    }

    #[test]
    fn fact_kinds_listed_once_with_labels() {
        let set: HashSet<FactKind> = FactKind::ALL.into_iter().collect();
        assert_eq!(set.len(), FactKind::ALL.len());
        for f in all_facts() {
            assert!(
                set.contains(&f.kind),
                "{:?} missing from FactKind::ALL",
                f.kind
            );
        }
        for k in FactKind::ALL {
            assert!(!k.label().is_empty());
        }
    }

    #[test]
    fn disclaimer_says_what_it_must() {
        let d = DISCLAIMER.to_lowercase();
        for needle in [
            "general information",
            "not medical advice",
            "piercer",
            "dermatologist",
            "doctor",
            "emergency",
        ] {
            assert!(d.contains(needle), "disclaimer lacks {needle:?}");
        }
    }
}
