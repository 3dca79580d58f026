//! The sources, in the order the sources page lists them: the source articles, then the
//! professional bodies, regulators and studies, then studio, vendor and editorial pages.

use super::SourceId::*;
use super::SourceKind::*;
use super::{Source, SourceId, SourceKind, Title};
use crate::locale::Text;

/// One entry, in the order of the fields; `file` only for the seed articles (see [`seed`]).
/// A table row reads best as one call, so the argument count is allowed here.
#[allow(clippy::too_many_arguments)]
const fn source(
    id: SourceId,
    short: &'static str,
    title: &'static str,
    publisher: Option<&'static str>,
    kind: SourceKind,
    url: Option<&'static str>,
    covers: &'static str,
    anchor: &'static str,
) -> Source {
    Source {
        id,
        short,
        title: if in_quotes(title) {
            Title::Own(title)
        } else {
            Title::Described(Text::of(title))
        },
        publisher: match publisher {
            Some(p) => Some(Text::of(p)),
            None => None,
        },
        kind,
        url,
        covers: Text::of(covers),
        anchor,
        file: None,
    }
}

/// A title that opens with “ is the source's own (shown as published); any other is
/// Dermamap's description of it (translated).
const fn in_quotes(title: &str) -> bool {
    let b = title.as_bytes();
    b.len() >= 3 && b[0] == 0xE2 && b[1] == 0x80 && b[2] == 0x9C
}

/// A source whose own title Dermamap follows with a note on what it is or when it appeared.
const fn noted(note: &'static str, s: Source) -> Source {
    let Title::Own(own) = s.title else {
        panic!("a note follows a source's own title");
    };
    Source {
        title: Title::OwnWithNote(own, Text::of(note)),
        ..s
    }
}

const fn seed(file: &'static str, s: Source) -> Source {
    Source {
        file: Some(file),
        ..s
    }
}

pub static SOURCES: &[Source] = &[
    seed("000_576f7309695d2130.txt", source(
        Seed000,
        "“Micro Dermal Piercing”",
        "“Micro Dermal Piercing”",
        None,
        UnnamedArticle,
        None,
        "How a dermal is done, risks, pain factors, healing, aftercare, jewellery and US prices.",
        "micro-dermal-piercing",
    )),
    seed("001_f08e84c95376fbfe.txt", noted("on dermals, also called microdermals or dermal anchors", source(
        Seed001,
        "Body Piercing Hub",
        "“Your ultimate guide to...”",
        Some("Body Piercing Hub; written by a professionally trained body piercer"),
        Editorial,
        None,
        "A piercer's view of the procedure, pain, healing, removal, MRI scans, jewellery and prices. The site also sells aftercare products.",
        "body-piercing-hub",
    ))),
    seed("002_c982ed294b9ee435.txt", source(
        Seed002,
        "“How do you define micro-needling?”",
        "“How do you define micro-needling?”",
        None,
        UnnamedArticle,
        None,
        "Uses, treated areas, cost (citing Dermapen's estimates), side effects, who may not be a good candidate, and home rollers against in-office treatment.",
        "how-do-you-define-micro-needling",
    )),
    seed("003_9e2de675fac95b60.txt", source(
        Seed003,
        "Fillers Direct",
        "“What is Microneedling?”",
        Some("Fillers Direct, a supplier writing for practitioners"),
        StudioOrVendor,
        None,
        "What microneedling treats, needle lengths, the consultation and aftercare on the day.",
        "fillers-direct",
    )),
    seed("004_4c11eca2259bed73.txt", source(
        Seed004,
        "“What is micro needling”",
        "“What is micro needling”",
        None,
        UnnamedArticle,
        None,
        "Who should avoid microneedling, the procedure step by step, numbing cream, spacing between sessions and aftercare; written for rolling at home.",
        "what-is-micro-needling",
    )),
    source(
        App,
        "APP",
        "“Jewelry Standards”",
        Some("Association of Professional Piercers (APP, United States), safepiercing.org"),
        ProfessionalBody,
        Some("https://www.safepiercing.org/jewelry_standards.php"),
        "The minimum standard for jewellery in new piercings; gold must be solid, 14 karat or higher, free of nickel and cadmium, and never plated.",
        "app",
    ),
    noted("brochure", source(
        AppAftercare,
        "APP",
        "“Suggested Aftercare Guidelines for Body Piercings”",
        Some("Association of Professional Piercers (APP, United States), safepiercing.org"),
        ProfessionalBody,
        None,
        "Cleaning with sterile saline sold as a wound wash rather than home-mixed sea salt, drying with disposable paper, what to avoid while it heals, and what is normal.",
        "app-aftercare",
    )),
    source(
        Aupp,
        "AUPP",
        "“Safe Body Jewellery”",
        Some("Australasian United Professional Piercers (AUPP), safepiercing.org.au"),
        ProfessionalBody,
        Some("https://www.safepiercing.org.au/safe-jewellery/"),
        "The minimum standard for body jewellery: implant-grade titanium, 316LVM steel, solid 14 or 18 karat gold, platinum, niobium and lead-free glass.",
        "aupp",
    ),
    source(
        AppBenelux,
        "APP Benelux",
        "“Is my piercing infected?”",
        Some("APP Benelux (Association of Professional Piercers, Benelux)"),
        ProfessionalBody,
        Some("https://appbenelux.org/"),
        "What is normal while a piercing heals, when to contact the piercer, and when to contact a doctor immediately.",
        "app-benelux",
    ),
    source(
        Nhs,
        "NHS",
        "“Piercings”",
        Some("NHS (UK National Health Service), nhs.uk"),
        HealthService,
        Some("https://www.nhs.uk/conditions/piercings/"),
        "Signs of an infected piercing, and getting medical advice straight away.",
        "nhs",
    ),
    noted("November 2020", source(
        Fda2020,
        "FDA 2020",
        "“Regulatory Considerations for Microneedling Products: Guidance for Industry and Food and Drug Administration Staff”",
        Some("US Food and Drug Administration"),
        Regulator,
        Some("https://www.fda.gov/"),
        "Aesthetic microneedling devices are Class II medical devices (21 CFR 878.4430).",
        "fda-2020",
    )),
    noted("news release, 16 February 2018", source(
        Aad2018,
        "AAD 2018",
        "“Microneedling: experienced hands can improve the face”",
        Some("American Academy of Dermatology"),
        ProfessionalBody,
        Some("https://www.aad.org/news/microneedling"),
        "A doctor's in-office treatment, with needles deep enough to cause bleeding, gives results that home rollers, with shorter and duller needles, do not.",
        "aad-2018",
    )),
    source(
        Asds2017,
        "ASDS 2017",
        "“ASDS Guidelines Task Force: Consensus Recommendations Regarding the Safety of Lasers, Dermabrasion, Chemical Peels, Energy Devices, and Skin Surgery During and After Isotretinoin Use”",
        Some("Waldman A et al., American Society for Dermatologic Surgery task force; Dermatologic Surgery, 2017"),
        ProfessionalBody,
        None,
        "Too little evidence to delay superficial procedures for people taking isotretinoin; microneedling is not named.",
        "asds-2017",
    ),
    source(
        Luz2017,
        "Luz 2017",
        "“Drug delivery of topical anesthetics as an effective technique for reducing pain in microneedling: a pilot study”",
        Some("Luz FB, Siqueira SM, Pereira LA"),
        Study {
            journal: Some("Surgical & Cosmetic Dermatology"),
            year: Some(2017),
            n: 9,
        },
        Some("https://doi.org/10.5935/scd1984-8773.20179405"),
        "Pain with a 1.0 mm roller after numbing cream: 5.2 ± 1.7 out of 10 (9 people).",
        "luz-2017",
    ),
    source(
        PainStudyAcneScars,
        "Healio 2016",
        "“Microneedling enhances topical anesthesia application for acne scar treatment”",
        Some("Healio, reporting a study of 15 people"),
        Study {
            journal: None,
            year: Some(2016),
            n: 15,
        },
        Some("https://cm.healio.com/news/dermatology/20160125/microneedling-enhances-topical-anesthesia-application-for-acne-scar-treatment"),
        "Pain at 2.5 mm for acne scars: 5.4 out of 10 with numbing cream, 3.1 when needling helped the cream into the skin.",
        "acne-scar-pain-study",
    ),
    source(
        PainStudyFaceNeck,
        "Medicina (Kaunas) 2026",
        "A retrospective study of microneedling pain on the face and neck at 1.25 mm, with a different numbing cream on each (26 women)",
        Some("Medicina (Kaunas), 2026;62(6):1026"),
        Study {
            journal: Some("Medicina (Kaunas)"),
            year: Some(2026),
            n: 26,
        },
        Some("https://doi.org/10.3390/medicina62061026"),
        "Face about 3.0, neck 5.4 out of 10, scored after the procedure. Each area had its own numbing cream (Pliaglis on the face, lidocaine and tetracaine 7% each; Anesderm under film on the neck, lidocaine and prilocaine 2.5% each); neither the women nor the operator was blinded, and the order was not randomised, so the study cannot say which area hurts more.",
        "face-neck-pain-study",
    ),
    source(
        Minutilli2024,
        "Minutilli 2024",
        "“Microneedling for Treatment of Acne Scars: Considerations on the Successful Management of This Aesthetic Procedure”",
        Some("E. Minutilli, Journal of Drugs in Dermatology"),
        Commentary {
            journal: "Journal of Drugs in Dermatology",
            year: 2024,
        },
        None,
        "Acne scars: 1 to 8 sessions, 4-week spacing better than 2-week, results judged 3 months after the last session.",
        "minutilli-2024",
    ),
    source(
        DrPen,
        "drpen.net",
        "Needle depth guide",
        Some("Dr. Pen (device maker), drpen.net"),
        StudioOrVendor,
        Some("https://drpen.net/blogs/how-it-works/needle-depth-guide"),
        "Needle depth by area and skin thickness, downtime by depth, and 1.0 mm at most at home.",
        "drpen",
    ),
    source(
        BerlinPiercing,
        "berlin-piercing.de",
        "“Dermal Anchors”",
        Some("Berlin Piercing (studio), berlin-piercing.de"),
        StudioOrVendor,
        Some("https://www.berlin-piercing.de/gallery/dermal-anchors-2/"),
        "The skin pocket around the anchor forms in 2 to 4 months; healing takes 4 to 6 months.",
        "berlin-piercing",
    ),
    source(
        BiologyInsights,
        "biologyinsights.com",
        "“How Long Do Dermal Piercings Take to Heal?”",
        Some("biologyinsights.com"),
        Editorial,
        Some("https://biologyinsights.com/how-long-do-dermal-piercings-take-to-heal"),
        "The tissue settles around the anchor in 3 to 6 months.",
        "biologyinsights",
    ),
    source(
        TattooPiercer,
        "tattoopiercer.com",
        "“Surface Piercings”",
        Some("tattoopiercer.com"),
        Editorial,
        Some("https://tattoopiercer.com/pages/surface-piercings"),
        "Dermals are “long-term temporary”; 6 months to a year counts as a success.",
        "tattoopiercer",
    ),
    source(
        QueenOfRings,
        "queenofrings.nl",
        "“Aftercare Dermal Anchor”",
        Some("Queen of Rings (studio and shop), queenofrings.nl"),
        StudioOrVendor,
        Some("https://www.queenofrings.nl/en/aftercare/aftercare-dermal-anchor/"),
        "Arms, wrists and hands, where a dermal catches and gets bumped, have less chance of lasting; skin folds are unsuitable.",
        "queenofrings",
    ),
    source(
        CentralBodyArt,
        "Central Body Art",
        "“Dermal Anchoring”",
        Some("Central Body Art (studio), centralbodyart.ca"),
        StudioOrVendor,
        Some("http://centralbodyart.ca/dermal-anchoring"),
        "Rejection usually takes a month or more, the skin around the anchor turning pink, then purple; contact the piercer as soon as possible, as some anchors can be saved.",
        "centralbodyart",
    ),
    source(
        PiercingBible,
        "The Piercing Bible",
        "“Microdermal Piercing (Surface Anchor) Rejecting”",
        Some("Elayne Angel, piercer and author of The Piercing Bible, piercingbible.com (blog)"),
        Editorial,
        Some("http://www.piercingbible.com/blog/category/surface-anchors-microdermals"),
        "Even with good care, anchors sometimes tilt or come up to the surface and reject.",
        "piercing-bible",
    ),
    source(
        BodyJewelry,
        "bodyjewelry.com",
        "“How to Tell If Your Dermal Piercing Is Rejecting — and What You Can Do About It”",
        Some("bodyjewelry.com (a jewellery shop's blog)"),
        StudioOrVendor,
        Some("https://bodyjewelry.com/blog/-recognizing-rejection-of-dermal-anchors"),
        "Signs that a dermal may be rejecting: more of the base showing as it rises, one side lifting, the skin over it looking thinner.",
        "bodyjewelry",
    ),
    source(
        RetailGazette,
        "Retail Gazette",
        "Dermal piercing prices",
        Some("Retail Gazette (trade news)"),
        Editorial,
        None,
        "US $50 to $150 for a dermal.",
        "retail-gazette",
    ),
    source(
        MuseumOfTattoos,
        "museumoftattoos.com",
        "Dermal piercing cost",
        Some("museumoftattoos.com"),
        Editorial,
        Some("https://www.museumoftattoos.com/dermal-piercing/"),
        "US $70 to $150 for a dermal.",
        "museumoftattoos",
    ),
    source(
        SdBotox,
        "sdbotox.com",
        "“Decided You Want to Do Microneedling? Here's What to Expect”",
        Some("sdbotox.com (clinic)"),
        StudioOrVendor,
        Some("https://sdbotox.com/blog/decided-you-want-to-do-microneedling-heres-what-to-expect/"),
        "US $100 to $700 a session; about $300 for the face.",
        "sdbotox",
    ),
    source(
        BalanceDaySpa,
        "Balance Day Spa",
        "“Microneedling Contraindications”",
        Some("Balance Day Spa, balancedayspa.com"),
        StudioOrVendor,
        Some("https://balancedayspa.com/pages/microneedling-contraindications"),
        "Microneedling may not be suitable with uncontrolled diabetes, moles, warts or birthmarks in the area, Botox in the face in the last 3 months or dermal fillers in the last 12.",
        "balancedayspa",
    ),
    source(
        WinenfoodPainLevel,
        "winenfood.com",
        "An article on the pain to expect from a dermal piercing, told in the first person",
        Some("winenfood.com, a food-and-wine site; unsigned"),
        Editorial,
        Some("https://winenfood.com/a-look-at-the-dermal-piercing-pain-level-to-expect"),
        "Puts a dermal at 4 to 6 out of 10 for most people, citing only talks with piercers, no survey.",
        "winenfood-pain-level",
    ),
    source(
        WinenfoodPainExpectations,
        "winenfood.com",
        "Another article on the pain of a dermal piercing, told in the first person",
        Some("winenfood.com, a food-and-wine site; unsigned"),
        Editorial,
        Some("https://winenfood.com/pain-expectations-for-a-dermal-piercing"),
        "Puts a dermal at 3 to 5 out of 10 for most people, giving no basis for the figure.",
        "winenfood-pain-expectations",
    ),
];
