//! The plain-text summary, and the contraindications it lists.

use super::{dermal_input, needling_input};
use crate::content::NEEDLING_CONTRAINDICATIONS;
use crate::estimator::{estimate, summary_text, NeedleDepth, PriceBook};
use crate::sources::SourceId::*;

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
        "scarring-history",
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
    input.needling.depth = NeedleDepth::from_hundredths(150);
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let s = summary_text(&e, &input);
    assert!(s.contains("Microneedling") && s.contains(e.region_name.en()));
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

/// Bug: the copied summary put every contraindication under "Ask a doctor first", softening
/// the ones the sources say to avoid. Each now stands under its own strength, as on the page.
#[test]
fn the_summary_lists_each_contraindication_as_strongly_as_the_page() {
    let input = needling_input("cheeks");
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let s = summary_text(&e, &input);
    for strength in crate::content::Strength::ALL {
        let line = s
            .lines()
            .find(|l| l.starts_with(strength.heading()))
            .unwrap_or_else(|| panic!("no line for {strength:?}: {s}"));
        for c in crate::content::NEEDLING_CONTRAINDICATIONS {
            assert_eq!(
                line.contains(c.label.en()),
                c.strength == strength,
                "{} under {strength:?}",
                c.id
            );
        }
    }
    assert!(
        !s.contains("Ask a doctor first if any of these apply"),
        "{s}"
    );
}

/// Bug: a depth the guide gives for stretch marks (or for scars on the face) read as given for
/// any treatment of the area. The summary and the warning now carry what it is given for.
#[test]
fn a_depth_given_for_one_concern_says_so() {
    let mut input = needling_input("thighs");
    input.needling.depth = NeedleDepth::from_hundredths(250);
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let s = summary_text(&e, &input);
    assert!(s.contains("1.5-2.0 mm. For stretch marks"), "{s}");
    let warning = e
        .warnings
        .iter()
        .find(|w| w.kind == crate::estimator::WarningKind::DepthOutsideSourcedRange)
        .expect("2.5 mm is past the guide's 2.0 mm");
    assert!(
        warning.text.contains("For stretch marks"),
        "{}",
        warning.text
    );
    assert!(!warning.text.contains("suggested for"), "{}", warning.text);

    let input = needling_input("scars");
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    let text = e.needling.unwrap().depth_text.unwrap();
    assert!(text.en().contains("scars on the face"), "{}", text.en());

    // Shown on its own, each sentence names the guide (no "it gives" left from the region
    // page, where it followed another sentence).
    for region in crate::content::regions() {
        for skin in [crate::estimator::Skin::Thin, crate::estimator::Skin::Thick] {
            if let Some(fact) = NeedleDepth::sourced_fact(region, skin) {
                assert!(
                    fact.text.en().contains("the depth guide"),
                    "{}",
                    fact.text.en()
                );
            }
        }
    }
}
