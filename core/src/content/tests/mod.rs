//! Host tests of the content. Files: this one (regions, facts, kinds), [`quantities`]
//! (figures in range and in fitting units), [`coverage`] (what each procedure must say, and who
//! says it), [`numbers`] (every figure in its sources' texts), [`reach`] (no dead content),
//! [`pain`] (study figures).

mod coverage;
mod numbers;
mod pain;
mod quantities;
mod reach;

use super::*;
use crate::model::{Quantity, Span, View};
use crate::sources::SourceId::{self, *};
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
    for r in regions() {
        assert!(url_safe(r.id.slug()), "id {:?} is not URL-safe", r.id);
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
    assert_eq!(regions().count(), DERMAL_IDS.len() + NEEDLING_IDS.len());
}

#[test]
fn names_and_descriptions_present_and_facts_match_procedures() {
    for r in regions() {
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
    for r in regions() {
        for f in r.facts {
            assert!(
                f.kind.is_region_kind(),
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
        .chain(
            NEEDLING_CONTRAINDICATIONS
                .iter()
                .flat_map(|c| c.sources.iter().copied()),
        )
        .collect();
    for s in SOURCES {
        assert!(cited.contains(&s.id), "{:?} is never cited", s.id);
    }
}

#[test]
fn texts_are_plain_short_sentences() {
    for f in all_facts() {
        let t = f.text;
        // A sentence starts with a capital, a digit, a quotation mark, or a site's own name.
        assert!(
            t.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '“')
                || SOURCES.iter().any(|s| t.starts_with(s.short)),
            "{t}"
        );
        assert!(t.ends_with('.'), "{t}");
        assert!(!t.contains("  ") && t.trim() == t.en(), "{t}");
        assert!(t.len() <= 220, "too long ({}): {t}", t.len());
    }
    for r in regions() {
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
    assert_eq!(by_view, regions().count());
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

#[test]
fn every_region_id_has_one_region_in_map_order() {
    let ids: Vec<RegionId> = regions().map(|r| r.id).collect();
    assert_eq!(
        ids,
        RegionId::ALL,
        "the content lists each region once, in map order"
    );
    for id in RegionId::ALL {
        assert_eq!(region_of(*id).map(|r| r.id), Some(*id));
        assert_eq!(region(id.slug()).map(|r| r.id), Some(*id));
    }
}
