//! The pain model: the tables of expected ranges, its factors, and the directions it must keep.

use super::{dermal_input, first_with, needling_input, regions_for, valid_input};
use crate::content::Tissue;
use crate::estimator::{
    default_region, estimate, Direction, Estimate, NeedleDepth, PriceBook, Skin, Technique,
    Tolerance,
};
use crate::model::Procedure;
use crate::sources::SourceId::*;
use proptest::prelude::*;

fn range(e: &Estimate) -> (f32, f32) {
    (e.pain.range.min, e.pain.range.max)
}

fn close(a: (f32, f32), b: (f32, f32)) -> bool {
    (a.0 - b.0).abs() < 1e-4 && (a.1 - b.1).abs() < 1e-4
}

/// Dermal: (tissue, tolerance, technique) -> expected range. Base 3-6 (winenfood.com's two
/// articles: 4-6 and 3-5); fleshy +0.5/+1,
/// bony -0.5; tolerance +-1; punch or needle: no change (no source says which hurts less).
#[test]
fn dermal_pain_table() {
    use Technique::*;
    use Tissue::*;
    let rows: &[(Tissue, Tolerance, Technique, (f32, f32))] = &[
        (Average, Tolerance::Average, Needle, (3.0, 6.0)),
        (Average, Tolerance::Average, Punch, (3.0, 6.0)),
        (Fleshy, Tolerance::Average, Needle, (3.5, 7.0)),
        (Fleshy, Tolerance::Low, Needle, (4.5, 8.0)),
        (Fleshy, Tolerance::Low, Punch, (4.5, 8.0)),
        (Bony, Tolerance::Average, Punch, (2.5, 5.5)),
        (Bony, Tolerance::High, Punch, (1.5, 4.5)),
        (Bony, Tolerance::Low, Needle, (3.5, 6.5)),
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
/// From 1.0 to 2.5 mm the start is the studies' band, 3.0-5.4; shallower lowers it by 0.2 per
/// 0.1 mm (our assumption); no numbing and tolerance widen it towards the side they move,
/// never past a study figure; the area and the skin do not move it (no study compared them).
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
            (3.0, 5.4),
        ),
        (
            Average,
            Skin::Thick,
            125,
            false,
            Tolerance::Average,
            (3.0, 6.4),
        ),
        (
            Average,
            Skin::Thick,
            250,
            true,
            Tolerance::Average,
            (3.0, 5.4),
        ),
        (
            Average,
            Skin::Thin,
            25,
            true,
            Tolerance::Average,
            (1.5, 3.9),
        ),
        (Average, Skin::Thick, 25, true, Tolerance::High, (0.5, 3.9)),
        (Bony, Skin::Thin, 250, false, Tolerance::Low, (3.0, 7.4)),
        (Bony, Skin::Thick, 100, true, Tolerance::Average, (3.0, 5.4)),
        (
            Fleshy,
            Skin::Thick,
            150,
            true,
            Tolerance::Average,
            (3.0, 5.4),
        ),
    ];
    let mut checked = 0;
    for (tissue, skin, depth, numbing, tol, want) in rows {
        let Some(r) = first_with(Procedure::Microneedling, *tissue) else {
            continue;
        };
        let mut input = needling_input(r.id);
        input.needling.skin = *skin;
        input.needling.depth = NeedleDepth::from_hundredths(*depth);
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
    assert!(e.pain.factors[0].sources.contains(&WinenfoodPainLevel));
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

/// Each procedure's range says how far its evidence goes (the page shows this under it).
#[test]
fn pain_says_how_far_its_evidence_goes() {
    let book = PriceBook::sourced_default();
    let e = estimate(&dermal_input("cheekbone"), &book).unwrap();
    assert_eq!(
        e.pain.caveat,
        "Dermamap found no survey or study of piercing pain; the only figures it found are a \
         food-and-wine site's, so treat this as a rough guide."
    );
    let e = estimate(&needling_input("cheeks"), &book).unwrap();
    assert_eq!(
        e.pain.caveat,
        "The figures come from three small clinical studies (9, 15 and 26 people); pain varies widely from person to person."
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

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
    fn deeper_never_hurts_less(input in valid_input(), a in NeedleDepth::MIN.hundredths()..=NeedleDepth::MAX.hundredths(), b in NeedleDepth::MIN.hundredths()..=NeedleDepth::MAX.hundredths()) {
        let mut i = input;
        i.procedure = Procedure::Microneedling;
        let regions = regions_for(Procedure::Microneedling);
        if !regions.iter().any(|r| r.id == i.region) { i.region = default_region(Procedure::Microneedling).to_string(); }
        i.needling.depth = NeedleDepth::from_hundredths(a.min(b));
        let shallow = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
        i.needling.depth = NeedleDepth::from_hundredths(a.max(b));
        let deep = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
        prop_assert!(deep.min >= shallow.min && deep.max >= shallow.max);
    }
}

/// The tolerance step says which end of the range it moves, as it moves it: both ends for a
/// dermal, only the end it moves towards for microneedling (so published figures stay inside).
#[test]
fn the_tolerance_step_says_which_end_it_moves() {
    for (input, region) in [
        (dermal_input("cheekbone"), "cheekbone"),
        (needling_input("cheeks"), "cheeks"),
    ] {
        let book = PriceBook::sourced_default();
        let at = |t: Tolerance| {
            let mut i = input.clone();
            i.tolerance = t;
            estimate(&i, &book).unwrap()
        };
        let average = range(&at(Tolerance::Average));
        for (t, label) in [
            (Tolerance::Low, "Low pain tolerance"),
            (Tolerance::High, "High pain tolerance"),
        ] {
            let e = at(t);
            let (min, max) = range(&e);
            let why = &e
                .pain
                .factors
                .iter()
                .find(|f| f.label == label)
                .unwrap()
                .why;
            let moved = (
                (min - average.0).abs() > 1e-4,
                (max - average.1).abs() > 1e-4,
            );
            let said = match (moved, t) {
                ((true, true), Tolerance::Low) => "adds a point",
                ((true, true), _) => "takes a point off",
                ((false, true), _) => "raises the top of the range",
                ((true, false), _) => "lowers the bottom of the range",
                ((false, false), _) => unreachable!("{region} {t:?}: the range did not move"),
            };
            assert!(why.contains(said), "{region} {t:?} {moved:?}: {why}");
            if moved.0 != moved.1 {
                assert!(
                    !why.contains("adds a point") && !why.contains("takes a point off"),
                    "{why}"
                );
            }
        }
    }
}
