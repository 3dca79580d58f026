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
