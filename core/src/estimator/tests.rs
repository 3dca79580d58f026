//! Host tests of the estimator.
#![allow(clippy::inconsistent_digit_grouping)]
use super::*;
use crate::content::{self, Region, RegionId, Tissue, NEEDLING_CONTRAINDICATIONS};
use crate::model::{Procedure, Span};
use crate::query;
use crate::sources::SourceId::*;
use proptest::prelude::*;

fn regions_for(p: Procedure) -> Vec<&'static Region> {
    content::regions().filter(|r| r.suits(p)).collect()
}

fn first_with(p: Procedure, tissue: Tissue) -> Option<&'static Region> {
    content::regions().find(|r| r.suits(p) && r.tissue == tissue)
}

fn dermal_input(region: impl AsRef<str>) -> EstimateInput {
    EstimateInput::for_region(Procedure::Dermal, region)
}

fn needling_input(region: impl AsRef<str>) -> EstimateInput {
    EstimateInput::for_region(Procedure::Microneedling, region)
}

fn range(e: &Estimate) -> (f32, f32) {
    (e.pain.range.min, e.pain.range.max)
}

fn close(a: (f32, f32), b: (f32, f32)) -> bool {
    (a.0 - b.0).abs() < 1e-4 && (a.1 - b.1).abs() < 1e-4
}

const DERMAL_IDS: &[&str] = &[
    "cheekbone",
    "under-eye",
    "third-eye",
    "nape",
    "back-dimples",
    "collarbone",
    "sternum",
    "belly",
    "hip",
    "finger",
    "hand",
    "wrist",
    "thigh",
];
const NEEDLING_IDS: &[&str] = &[
    "forehead",
    "around-eyes",
    "cheeks",
    "chin-jaw",
    "nose",
    "neck",
    "abdomen",
    "thighs",
    "legs",
    "scars",
    "back",
    "scalp",
];

#[test]
fn content_has_the_agreed_regions() {
    for id in DERMAL_IDS {
        let r = content::region(id).unwrap_or_else(|| panic!("dermal region {id} missing"));
        assert!(r.suits(Procedure::Dermal), "{id}");
    }
    for id in NEEDLING_IDS {
        let r = content::region(id).unwrap_or_else(|| panic!("needling region {id} missing"));
        assert!(r.suits(Procedure::Microneedling), "{id}");
    }
    assert_eq!(default_region(Procedure::Dermal), "cheekbone");
    assert_eq!(default_region(Procedure::Microneedling), "cheeks");
}

#[test]
fn default_input_estimates() {
    let input = EstimateInput::default();
    assert_eq!(input.procedure, Procedure::Dermal);
    let e = estimate(&input, &PriceBook::sourced_default()).expect("default input is valid");
    assert_eq!(e.cost.total, Some(Span::new(50_00, 150_00)));
    assert!(!e.cost.partial);
}

/// Dermal: (tissue, tolerance, technique) -> expected range. Base 4-6; fleshy +0.5/+1,
/// bony -0.5; tolerance +-1; punch -0.5.
#[test]
fn dermal_pain_table() {
    use Technique::*;
    use Tissue::*;
    let rows: &[(Tissue, Tolerance, Technique, (f32, f32))] = &[
        (Average, Tolerance::Average, Needle, (4.0, 6.0)),
        (Average, Tolerance::Average, Punch, (3.5, 5.5)),
        (Fleshy, Tolerance::Average, Needle, (4.5, 7.0)),
        (Fleshy, Tolerance::Low, Needle, (5.5, 8.0)),
        (Fleshy, Tolerance::Low, Punch, (5.0, 7.5)),
        (Bony, Tolerance::Average, Punch, (3.0, 5.0)),
        (Bony, Tolerance::High, Punch, (2.0, 4.0)),
        (Bony, Tolerance::Low, Needle, (4.5, 6.5)),
    ];
    let mut checked = 0;
    for (tissue, tol, tech, want) in rows {
        let Some(r) = first_with(Procedure::Dermal, *tissue) else {
            continue;
        };
        let mut input = dermal_input(r.id);
        input.tolerance = *tol;
        input.dermal.technique = *tech;
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        assert!(
            close(range(&e), *want),
            "{:?} {tol:?} {tech:?} at {}: {:?}",
            tissue,
            r.id,
            range(&e)
        );
        assert_eq!(e.pain.per, "each anchor");
        checked += 1;
    }
    assert!(
        checked >= 5,
        "content should have dermal regions of at least two tissue kinds"
    );
}

/// Microneedling: (tissue, skin, depth, numbing, tolerance) -> expected range.
/// At 1.25 mm with cream the base is 2.0-4.5; the line adds 1.92 per mm.
#[test]
fn needling_pain_table() {
    use Tissue::*;
    // (tissue, skin, depth, numbing, tolerance, expected)
    type Row = (Tissue, Skin, u16, bool, Tolerance, (f32, f32));
    let rows: &[Row] = &[
        (
            Average,
            Skin::Thick,
            125,
            true,
            Tolerance::Average,
            (2.0, 4.5),
        ),
        (
            Average,
            Skin::Thick,
            125,
            false,
            Tolerance::Average,
            (3.0, 5.5),
        ),
        (
            Average,
            Skin::Thick,
            250,
            true,
            Tolerance::Average,
            (4.4, 6.9),
        ),
        (
            Average,
            Skin::Thin,
            25,
            true,
            Tolerance::Average,
            (0.6, 3.1),
        ),
        (Average, Skin::Thick, 25, true, Tolerance::High, (0.0, 1.6)),
        (Bony, Skin::Thin, 250, false, Tolerance::Low, (7.4, 10.0)),
        (Bony, Skin::Thick, 100, true, Tolerance::Average, (2.1, 5.1)),
        (
            Fleshy,
            Skin::Thick,
            150,
            true,
            Tolerance::Average,
            (1.9, 4.4),
        ),
    ];
    let mut checked = 0;
    for (tissue, skin, depth, numbing, tol, want) in rows {
        let Some(r) = first_with(Procedure::Microneedling, *tissue) else {
            continue;
        };
        let mut input = needling_input(r.id);
        input.needling.skin = *skin;
        input.needling.depth_hundredths_mm = *depth;
        input.needling.numbing = *numbing;
        input.tolerance = *tol;
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        assert!(
            close(range(&e), *want),
            "{tissue:?} {skin:?} {depth} {numbing} {tol:?} at {}: {:?}",
            r.id,
            range(&e)
        );
        assert_eq!(e.pain.per, "each session");
        checked += 1;
    }
    assert!(
        checked >= 5,
        "content should have needling regions of at least two tissue kinds"
    );
}

#[test]
fn pain_factors_explain_every_choice() {
    let e = estimate(&dermal_input("cheekbone"), &PriceBook::sourced_default()).unwrap();
    let labels: Vec<&str> = e.pain.factors.iter().map(|f| f.label.as_str()).collect();
    assert!(labels[0].starts_with("Starting point"));
    assert!(e.pain.factors[0].sources.contains(&PainCharts));
    assert!(labels.iter().any(|l| l.contains("tolerance")));
    assert!(labels.contains(&"Dermal punch"));
    let exp = e
        .pain
        .factors
        .iter()
        .find(|f| f.label.contains("experience"))
        .unwrap();
    assert_eq!(exp.direction, Direction::Neutral);
    assert!(exp.sources.contains(&Seed000));
    let punch = e
        .pain
        .factors
        .iter()
        .find(|f| f.label == "Dermal punch")
        .unwrap();
    assert!(punch.sources.contains(&Seed001) && punch.why.contains("pinch"));

    let mut input = needling_input("cheeks");
    input.needling.numbing = false;
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let f = e
        .pain
        .factors
        .iter()
        .find(|f| f.label == "No numbing cream")
        .unwrap();
    assert_eq!(f.direction, Direction::Up);
    assert!(e
        .pain
        .factors
        .iter()
        .any(|f| f.label.starts_with("Needle depth")));
    assert!(e.pain.factors.iter().all(|f| !f.why.is_empty()));
}

#[test]
fn cost_table() {
    let book = PriceBook::sourced_default();
    // (anchors, jewellery included) -> total, partial
    for (anchors, incl, total, partial) in [
        (1, true, Span::new(50_00, 150_00), false),
        (3, true, Span::new(150_00, 450_00), false),
        (10, true, Span::new(500_00, 1500_00), false),
        (2, false, Span::new(100_00, 300_00), true),
    ] {
        let mut input = dermal_input("cheekbone");
        input.dermal.anchors = anchors;
        input.dermal.jewellery_included = incl;
        let c = estimate(&input, &book).unwrap().cost;
        assert_eq!(c.total, Some(total), "{anchors} {incl}");
        assert_eq!(c.partial, partial);
        assert_eq!(c.lines[0].sources, DERMAL_PRICE_SOURCES);
        if !incl {
            assert_eq!(c.lines[1].amount, None);
            assert_eq!(c.line_text(&c.lines[1]), "ask your studio");
        }
    }
    // (sessions) -> course total at $100-800 a session
    for (sessions, total) in [
        (1, Span::new(100_00, 800_00)),
        (3, Span::new(300_00, 2400_00)),
        (8, Span::new(800_00, 6400_00)),
    ] {
        let mut input = needling_input("cheeks");
        input.needling.sessions = sessions;
        let c = estimate(&input, &book).unwrap().cost;
        assert_eq!(c.total, Some(total));
        assert!(c
            .notes
            .iter()
            .any(|n| n.text.contains("insurance") && n.sources.contains(&Seed002)));
    }
    assert_eq!(
        Currency::USD.format_span(Span::new(300_00, 2400_00)),
        "$300-$2,400"
    );
}

#[test]
fn at_home_has_no_studio_price_and_warns_when_deep() {
    let mut input = needling_input("cheeks");
    input.needling.at_home = true;
    input.needling.depth_hundredths_mm = 150;
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    assert_eq!(e.cost.total, None);
    assert!(e.cost.lines[0].if_unknown.contains("seller"));
    let deep = e
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::DepthTooDeepAtHome)
        .unwrap();
    assert!(deep.sources.contains(&Aad2018));
    input.needling.depth_hundredths_mm = 100;
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    assert!(!e
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::DepthTooDeepAtHome));
    assert!(e.warnings.iter().any(|w| w.kind == WarningKind::AtHome));
}

#[test]
fn depth_outside_sourced_range_warns() {
    let mut tested = 0;
    for r in regions_for(Procedure::Microneedling) {
        for skin in Skin::ALL {
            let mut input = needling_input(r.id);
            input.needling.skin = *skin;
            let Some((span, sources)) = sourced_depth(r, *skin) else {
                let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                assert!(e
                    .warnings
                    .iter()
                    .any(|w| w.kind == WarningKind::NoSourcedDepth));
                continue;
            };
            assert!(!sources.is_empty());
            input.needling.depth_hundredths_mm = span.min.clamp(DEPTH_MIN, DEPTH_MAX);
            let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
            if span.contains(input.needling.depth_hundredths_mm) {
                assert!(
                    !e.warnings
                        .iter()
                        .any(|w| w.kind == WarningKind::DepthOutsideSourcedRange),
                    "{}",
                    r.id
                );
            }
            if span.max < DEPTH_MAX {
                input.needling.depth_hundredths_mm = span.max + 1;
                let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                let w = e
                    .warnings
                    .iter()
                    .find(|w| w.kind == WarningKind::DepthOutsideSourcedRange)
                    .unwrap();
                assert!(w.text.contains("deeper"), "{}", w.text);
                tested += 1;
            }
        }
    }
    assert!(
        tested > 0,
        "content should give drpen.net depths for some areas"
    );
}

#[test]
fn defaults_follow_sources() {
    // Depth default: shallow end of the sourced range, else 0.5 mm.
    for r in content::regions() {
        for skin in Skin::ALL {
            let d = default_depth(r.id, *skin, false);
            assert!((DEPTH_MIN..=DEPTH_MAX).contains(&d));
            match sourced_depth(r, *skin) {
                Some((s, _)) => assert_eq!(d, s.min.clamp(DEPTH_MIN, DEPTH_MAX)),
                None => assert_eq!(d, DEPTH_FALLBACK),
            }
            assert!(default_depth(r.id, *skin, true) <= AT_HOME_MAX_DEPTH);
        }
    }
    assert_eq!(default_depth("nowhere", Skin::Thin, false), 50);
    assert_eq!(Concern::AcneScars.sessions().range, Span::new(1, 8));
    assert!(Concern::AcneScars
        .sessions()
        .sources
        .contains(&Minutilli2024));
    for c in Concern::ALL {
        let g = c.sessions();
        assert!(g.range.contains(g.default) && (SESSIONS_MIN..=SESSIONS_MAX).contains(&g.default));
    }
}

#[test]
fn typed_errors() {
    let book = PriceBook::sourced_default();
    let mut input = dermal_input("nowhere");
    input.dermal.anchors = 0;
    let errs = estimate(&input, &book).unwrap_err();
    assert!(errs.contains(&InputError::UnknownRegion {
        id: "nowhere".into()
    }));
    assert!(errs.contains(&InputError::AnchorsOutOfRange { given: 0 }));

    let input = dermal_input("forehead");
    let errs = estimate(&input, &book).unwrap_err();
    assert!(
        matches!(
            errs[0],
            InputError::RegionDoesNotSuit {
                region: RegionId::Forehead,
                ..
            }
        ),
        "{errs:?}"
    );

    let mut input = needling_input("cheeks");
    input.needling.depth_hundredths_mm = 300;
    input.needling.sessions = 9;
    let errs = estimate(&input, &book).unwrap_err();
    assert!(errs.contains(&InputError::DepthOutOfRange {
        given_hundredths_mm: 300
    }));
    assert!(errs.contains(&InputError::SessionsOutOfRange { given: 9 }));

    let mut bad = book.clone();
    bad.needling_per_session = Some(Span::new(5, 1));
    let errs = estimate(&needling_input("cheeks"), &bad).unwrap_err();
    assert_eq!(
        errs,
        vec![InputError::PriceOutOfOrder {
            item: PriceItem::NeedlingPerSession
        }]
    );

    let long = "x".repeat(500);
    let err = estimate(&dermal_input(&long), &book).unwrap_err();
    for e in &err {
        assert!(!e.message().is_empty());
        assert!(!e.message().contains(&"x".repeat(41)));
    }
    assert!(InputError::DepthOutOfRange {
        given_hundredths_mm: 300
    }
    .message()
    .contains("3.0 mm"));
}

#[test]
fn currency_formats() {
    assert_eq!(Currency::new("usd"), Ok(Currency::USD));
    assert!(
        Currency::new("US").is_err()
            && Currency::new("U$D").is_err()
            && Currency::new("ÜSD").is_err()
    );
    assert_eq!(Currency::USD.format(0), "$0");
    assert_eq!(Currency::USD.format(5), "$0.05");
    assert_eq!(Currency::USD.format(150_00), "$150");
    assert_eq!(Currency::USD.format(1_234_567_50), "$1,234,567.50");
    assert_eq!(Currency::new("JPY").unwrap().minor_digits(), 0);
    assert_eq!(Currency::new("KRW").unwrap().format(15000), "KRW 15,000");
    assert_eq!(Currency::new("JPY").unwrap().format(1500), "¥1,500");
    assert_eq!(Currency::new("KWD").unwrap().format(1500), "KWD 1.500");
    assert_eq!(Currency::new("chf").unwrap().format(80_00), "CHF 80");
    assert_eq!(Currency::GBP.format_span(Span::new(40_00, 40_00)), "£40");
    assert_eq!(
        Currency::USD.format(u64::MAX),
        "$184,467,440,737,095,516.15"
    );
    let json = serde_json::to_string(&Currency::EUR).unwrap();
    assert_eq!(json, "\"EUR\"");
    assert!(serde_json::from_str::<Currency>("\"EURO\"").is_err());
    assert_eq!(Currency::EUR.format(99_99), "€99.99");
}

#[test]
fn price_book_serde_round_trip() {
    let mut book = PriceBook::studio(Currency::GBP, Some("Ink & Steel".into()));
    book.dermal_per_anchor = Some(Span::new(40_00, 60_00));
    book.jewellery
        .set(Material::Gold, Some(Span::new(80_00, 120_00)));
    let json = serde_json::to_string(&book).unwrap();
    let back: PriceBook = serde_json::from_str(&json).unwrap();
    assert_eq!(back, book);
    let mut input = dermal_input("cheekbone");
    input.dermal.material = Material::Gold;
    input.dermal.jewellery_included = false;
    input.dermal.anchors = 2;
    let c = estimate(&input, &book).unwrap().cost;
    assert!(c.studio_supplied);
    assert_eq!(c.total, Some(Span::new(240_00, 360_00)));
    assert!(c.lines.iter().all(|l| l.sources.is_empty()));
    assert!(c.notes[0].text.contains("Ink & Steel"));
    assert_eq!(c.total_text(), "£240-£360");
}

#[test]
fn contraindications_are_sourced() {
    let ids = [
        "active-acne-infection",
        "skin-cancer",
        "metal-allergy",
        "bleeding",
        "isotretinoin",
        "psoriasis-eczema",
        "open-wounds",
        "radiotherapy",
        "keloid-scarring",
        "pregnancy",
        "uncontrolled-diabetes",
        "moles-warts",
        "botox-3-months",
        "fillers-12-months",
    ];
    assert_eq!(NEEDLING_CONTRAINDICATIONS.len(), ids.len());
    for (c, id) in NEEDLING_CONTRAINDICATIONS.iter().zip(ids) {
        assert_eq!(c.id, id);
        assert!(!c.sources.is_empty() && !c.who_to_ask.is_empty() && !c.why.is_empty());
    }
    let iso = NEEDLING_CONTRAINDICATIONS
        .iter()
        .find(|c| c.id == "isotretinoin")
        .unwrap();
    assert!(iso.sources.contains(&Asds2017));
    let preg = NEEDLING_CONTRAINDICATIONS
        .iter()
        .find(|c| c.id == "pregnancy")
        .unwrap();
    assert!(preg.who_to_ask.contains("obstetrician"));
}

#[test]
fn summary_mentions_the_essentials() {
    let mut input = needling_input("cheeks");
    input.needling.at_home = true;
    input.needling.depth_hundredths_mm = 150;
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let s = summary_text(&e, &input);
    assert!(s.contains("Microneedling") && s.contains(e.region_name));
    assert!(s.contains(&e.pain.text()));
    assert!(s.contains("1.5 mm") && s.contains("insurance") && s.contains("1.0 mm at most"));
    assert!(s.contains("obstetrician") || s.contains("Pregnancy"));

    let input = dermal_input("cheekbone");
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let s = summary_text(&e, &input);
    // The summary cites its sources by their names (issue 15), never by internal ids.
    assert!(
        s.contains("$50-$150") && s.contains("“Micro Dermal Piercing”") && s.contains("1 anchor")
    );
    assert!(!s.contains("Seed 0"), "{s}");
}

#[test]
fn query_examples() {
    let (i, n) = EstimateInput::from_query("");
    assert_eq!(i, EstimateInput::default());
    assert!(n.is_empty());

    let (i, n) = EstimateInput::from_query(
        "?procedure=microneedling&region=cheeks&depth=1.25&sessions=5&numbing=no",
    );
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(i.procedure, Procedure::Microneedling);
    assert_eq!(i.needling.depth_hundredths_mm, 125);
    assert_eq!(i.needling.sessions, 5);
    assert!(!i.needling.numbing);

    // A region alone picks its procedure.
    let (i, n) = EstimateInput::from_query("region=forehead");
    assert!(n.is_empty());
    assert_eq!(i.procedure, Procedure::Microneedling);
    assert_eq!(
        i.needling.depth_hundredths_mm,
        default_depth("forehead", Skin::Thin, false)
    );

    for (d, want) in [
        ("0.25", 25),
        ("2.5", 250),
        ("2", 200),
        ("1.05", 105),
        ("01.5", 150),
    ] {
        assert_eq!(parse_depth(d), Some(want), "{d}");
    }
    for d in [
        "", ".5", "1.", "1.255", "100", "1e308", "-3", "NaN", "1,5", "1.5.0", " 1", "inf", "+1",
    ] {
        assert_eq!(parse_depth(d), None, "{d}");
    }
    assert_eq!(depth_query(125), "1.25");
    assert_eq!(depth_query(150), "1.5");
    assert_eq!(depth_query(200), "2");
    assert_eq!(depth_query(25), "0.25");
    assert_eq!(depth_query(5), "0.05");
}

#[test]
fn hostile_queries_give_notices_and_defaults() {
    let cases: &[(&str, &str)] = &[
        ("anchors=1000", "anchors"),
        ("anchors=-3", "anchors"),
        ("anchors=abc", "anchors"),
        ("anchors=0", "anchors"),
        ("anchors=1e308", "anchors"),
        ("procedure=microneedling&depth=1e308", "depth"),
        ("depth=NaN", "depth"),
        ("depth=-3", "depth"),
        ("depth=0.1", "depth"),
        ("depth=9.99", "depth"),
        ("sessions=99999999999999999999", "sessions"),
        ("sessions=0", "sessions"),
        ("region=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "region"),
        ("region=mars", "region"),
        ("procedure=tattoo", "procedure"),
        ("material=lead", "material"),
        ("top=<b>", "top"),
        ("technique=gun", "technique"),
        ("tolerance=infinite", "tolerance"),
        ("concern=everything", "concern"),
        ("skin=scales", "skin"),
        ("numbing=maybe", "numbing"),
        ("home=%00", "home"),
        ("jewellery=2", "jewellery"),
        ("procedure=dermal&region=forehead", "region"),
    ];
    for (q, field) in cases {
        let (input, notices) = EstimateInput::from_query(q);
        assert_eq!(notices.len(), 1, "{q}: {notices:?}");
        assert_eq!(notices[0].field, *field, "{q}");
        assert!(input.validate().is_ok(), "{q} gave {input:?}");
        assert!(!notices[0].message.contains('<'), "{q}");
    }
    let (i, _) = EstimateInput::from_query("anchors=1000&sessions=-1&depth=1e308");
    assert_eq!(i.dermal.anchors, 1);
    assert_eq!(i.needling.sessions, Concern::AcneScars.sessions().default);

    // Long values are never echoed.
    let long = format!("region={}", "a".repeat(41));
    let (_, n) = EstimateInput::from_query(&long);
    assert!(!n[0].message.contains(&"a".repeat(41)));
    let (_, n) = EstimateInput::from_query("region=mars");
    assert!(n[0].message.contains("\"mars\""));
}

fn any_tolerance() -> impl Strategy<Value = Tolerance> {
    proptest::sample::select(Tolerance::ALL)
}

/// Any input at all, valid or not.
fn any_input() -> impl Strategy<Value = EstimateInput> {
    let region = prop_oneof![
        proptest::sample::select(DERMAL_IDS).prop_map(str::to_string),
        proptest::sample::select(NEEDLING_IDS).prop_map(str::to_string),
        ".{0,60}",
    ];
    (
        proptest::sample::select(Procedure::ALL.to_vec()),
        region,
        any_tolerance(),
        (
            any::<u8>(),
            proptest::sample::select(Technique::ALL),
            proptest::sample::select(Material::ALL),
            proptest::sample::select(TopStyle::ALL),
            any::<bool>(),
        ),
        (
            proptest::sample::select(Concern::ALL),
            proptest::sample::select(Skin::ALL),
            any::<u16>(),
            any::<bool>(),
            any::<u8>(),
            any::<bool>(),
        ),
    )
        .prop_map(|(procedure, region, tolerance, d, n)| EstimateInput {
            procedure,
            region,
            tolerance,
            dermal: DermalOptions {
                anchors: d.0,
                technique: d.1,
                material: d.2,
                top: d.3,
                jewellery_included: d.4,
            },
            needling: NeedlingOptions {
                concern: n.0,
                skin: n.1,
                depth_hundredths_mm: n.2,
                numbing: n.3,
                sessions: n.4,
                at_home: n.5,
            },
        })
}

/// Inputs that pass validation (all fields in range, region suits the procedure).
fn valid_input() -> impl Strategy<Value = EstimateInput> {
    (
        any_input(),
        any::<prop::sample::Index>(),
        ANCHORS_MIN..=ANCHORS_MAX,
        DEPTH_MIN..=DEPTH_MAX,
        SESSIONS_MIN..=SESSIONS_MAX,
    )
        .prop_map(|(mut i, idx, a, d, s)| {
            let regions = regions_for(i.procedure);
            if !regions.is_empty() {
                i.region = regions[idx.index(regions.len())].id.to_string();
            }
            i.dermal.anchors = a;
            i.needling.depth_hundredths_mm = d;
            i.needling.sessions = s;
            i
        })
}

fn any_span() -> impl Strategy<Value = Option<Span<u64>>> {
    proptest::option::of(prop_oneof![
        (0u64..1_000_000, 0u64..1_000_000).prop_map(|(a, b)| Span::new(a.min(b), a.max(b))),
        (any::<u64>(), any::<u64>()).prop_map(|(a, b)| Span::new(a, b)),
    ])
}

fn any_book() -> impl Strategy<Value = PriceBook> {
    (
        any_span(),
        any_span(),
        any_span(),
        any_span(),
        any_span(),
        any_span(),
        any::<bool>(),
    )
        .prop_map(|(d, t, n, g, s, ns, studio)| PriceBook {
            currency: Currency::EUR,
            dermal_per_anchor: d,
            jewellery: JewelleryPrices {
                titanium: t,
                niobium: n,
                gold: g,
                implant_steel: s,
            },
            needling_per_session: ns,
            origin: if studio {
                PriceOrigin::Studio { name: None }
            } else {
                PriceOrigin::Sourced
            },
        })
}

fn total(e: &Estimate) -> Option<Span<u64>> {
    e.cost.total
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn estimate_is_total(input in any_input(), book in any_book()) {
        match estimate(&input, &book) {
            Ok(e) => {
                prop_assert!(e.pain.range.min >= 0.0 && e.pain.range.max <= 10.0);
                prop_assert!(e.pain.range.min <= e.pain.range.max);
                if let Some(t) = e.cost.total { prop_assert!(t.min <= t.max); }
                for l in &e.cost.lines {
                    if let Some(a) = l.amount { prop_assert!(a.min <= a.max); }
                }
                let _ = summary_text(&e, &input);
            }
            Err(errs) => {
                prop_assert!(!errs.is_empty());
                for e in errs { prop_assert!(!e.message().is_empty()); }
            }
        }
    }

    #[test]
    fn valid_inputs_always_estimate(input in valid_input()) {
        prop_assert!(estimate(&input, &PriceBook::sourced_default()).is_ok());
    }

    #[test]
    fn more_anchors_never_cost_less(input in valid_input(), book in any_book(), a in 1u8..=10, b in 1u8..=10) {
        let (lo, hi) = (a.min(b), a.max(b));
        let mut i = input;
        i.procedure = Procedure::Dermal;
        i.region = default_region(Procedure::Dermal).to_string();
        i.dermal.anchors = lo;
        let Ok(x) = estimate(&i, &book) else { return Ok(()) };
        i.dermal.anchors = hi;
        let y = estimate(&i, &book).unwrap();
        match (total(&x), total(&y)) {
            (Some(x), Some(y)) => prop_assert!(y.min >= x.min && y.max >= x.max),
            (x, y) => prop_assert_eq!(x.is_none(), y.is_none()),
        }
    }

    #[test]
    fn more_sessions_never_cost_less(input in valid_input(), book in any_book(), a in 1u8..=8, b in 1u8..=8) {
        let (lo, hi) = (a.min(b), a.max(b));
        let mut i = input;
        i.procedure = Procedure::Microneedling;
        i.region = default_region(Procedure::Microneedling).to_string();
        i.needling.sessions = lo;
        let Ok(x) = estimate(&i, &book) else { return Ok(()) };
        i.needling.sessions = hi;
        let y = estimate(&i, &book).unwrap();
        match (total(&x), total(&y)) {
            (Some(x), Some(y)) => prop_assert!(y.min >= x.min && y.max >= x.max),
            (x, y) => prop_assert_eq!(x.is_none(), y.is_none()),
        }
    }

    #[test]
    fn numbing_never_raises_pain(input in valid_input()) {
        let mut i = input;
        i.procedure = Procedure::Microneedling;
        let regions = regions_for(Procedure::Microneedling);
        if !regions.iter().any(|r| r.id == i.region) { i.region = default_region(Procedure::Microneedling).to_string(); }
        i.needling.numbing = false;
        let without = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
        i.needling.numbing = true;
        let with = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
        prop_assert!(with.min <= without.min && with.max <= without.max);
    }

    #[test]
    fn deeper_never_hurts_less(input in valid_input(), a in DEPTH_MIN..=DEPTH_MAX, b in DEPTH_MIN..=DEPTH_MAX) {
        let mut i = input;
        i.procedure = Procedure::Microneedling;
        let regions = regions_for(Procedure::Microneedling);
        if !regions.iter().any(|r| r.id == i.region) { i.region = default_region(Procedure::Microneedling).to_string(); }
        i.needling.depth_hundredths_mm = a.min(b);
        let shallow = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
        i.needling.depth_hundredths_mm = a.max(b);
        let deep = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
        prop_assert!(deep.min >= shallow.min && deep.max >= shallow.max);
    }

    #[test]
    fn query_round_trips(input in valid_input()) {
        let q = input.to_query();
        let (back, notices) = EstimateInput::from_query(&q);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, input);
    }

    #[test]
    fn any_query_is_safe(q in ".{0,200}") {
        let (input, notices) = EstimateInput::from_query(&q);
        prop_assert!(input.validate().is_ok());
        for n in notices {
            prop_assert!(n.message.chars().count() < 200);
            prop_assert!(!n.message.contains('<') && !n.message.contains('>'));
        }
    }

    #[test]
    fn any_value_in_any_field_is_safe(key in proptest::sample::select(vec![
        "procedure", "region", "anchors", "technique", "material", "top", "jewellery", "concern",
        "skin", "depth", "numbing", "sessions", "tolerance", "home",
    ]), value in ".{0,80}") {
        let q = format!("{key}={}", query::encode(&value));
        let (input, notices) = EstimateInput::from_query(&q);
        prop_assert!(input.validate().is_ok());
        prop_assert!(notices.len() <= 1);
        for n in &notices {
            prop_assert_eq!(n.field.as_str(), key);
            if value.chars().count() > ECHO_MAX {
                prop_assert!(!n.message.contains(value.as_str()));
            }
        }
    }
}
