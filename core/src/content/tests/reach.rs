//! Every fact reaches a reader: region facts through the map's panels (every region is on
//! the map), procedure-wide facts through a section of their procedure's About page.

use std::collections::HashSet;

use crate::content::{about_sections, general_facts, regions, FactKind};
use crate::model::Procedure;

#[test]
fn every_general_fact_is_under_exactly_one_about_heading() {
    for p in [Procedure::Dermal, Procedure::Microneedling] {
        for f in general_facts(p) {
            let homes: Vec<_> = about_sections(p)
                .iter()
                .filter(|s| s.kinds.contains(&f.kind))
                .map(|s| s.heading)
                .collect();
            assert_eq!(
                homes.len(),
                1,
                "{p:?} {:?} fact is under {homes:?}: {}",
                f.kind,
                f.text
            );
        }
        let shown: usize = about_sections(p).iter().map(|s| s.facts(p).count()).sum();
        assert_eq!(shown, general_facts(p).count(), "{p:?}");
    }
}

#[test]
fn about_pages_cover_what_the_issue_names() {
    let headings = |p| {
        about_sections(p)
            .iter()
            .map(|s| s.heading.to_lowercase())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let dermal = headings(Procedure::Dermal);
    for topic in [
        "what it is",
        "step by step",
        "jewellery",
        "removal",
        "how long it lasts",
        "risks and rejection",
        "regulation",
        "pain",
        "aftercare",
    ] {
        assert!(
            dermal.contains(topic),
            "dermal About page has no {topic}: {dermal}"
        );
    }
    let needling = headings(Procedure::Microneedling);
    for topic in [
        "what it is",
        "step by step",
        "who should not have it",
        "home rollers",
        "regulation",
        "risks",
        "pain",
        "sessions",
    ] {
        assert!(
            needling.contains(topic),
            "microneedling About page has no {topic}: {needling}"
        );
    }
    // No heading is empty: it has facts, or says the sources are silent.
    for p in [Procedure::Dermal, Procedure::Microneedling] {
        for s in about_sections(p) {
            let has_list = s.kinds.contains(&FactKind::Contraindication);
            assert!(
                s.facts(p).next().is_some() || s.when_silent.is_some() || has_list,
                "{p:?}: {}",
                s.heading
            );
        }
    }
}

#[test]
fn every_region_fact_is_in_a_region_on_the_map() {
    // The map draws every region of `regions()` and lists them (the app's tests check the
    // drawing); a region fact reaches a reader when its region is one of them.
    let mut seen = HashSet::new();
    for r in regions() {
        for f in r.facts {
            assert!(
                r.suits(f.procedure),
                "{}: fact for a procedure the region does not offer",
                r.name
            );
            seen.insert(f.text);
        }
    }
    assert!(seen.len() > 40);
}
