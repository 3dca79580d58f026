//! Host tests of the content. Files: this one (regions, facts, kinds), [`numbers`] (every
//! figure in its sources' texts), [`reach`] (no dead content), [`pain`] (study figures).

mod numbers;
mod pain;
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
    for r in regions() {
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
            FactKind::Overview | FactKind::HomeRollers => matches!(q, Quantity::Millimetres(_)),
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
    for r in regions() {
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
fn dermal_healing_shows_each_source_side_by_side() {
    let nape = region("nape").unwrap();
    let healing: Vec<_> = nape
        .facts_for(Procedure::Dermal)
        .filter(|f| f.kind == FactKind::Healing)
        .collect();
    for s in [Seed000, Seed001, BerlinPiercing, BiologyInsights] {
        assert!(
            healing.iter().any(|f| f.sources.contains(&s)),
            "healing does not cite {s:?}"
        );
    }
    assert_eq!(
        span_across(healing.iter().copied()),
        Some(Quantity::Months(Span::new(1, 6)))
    );
    // Each figure names who gives it.
    assert!(
        healing
            .iter()
            .all(|f| f.sources.iter().any(|s| f.text.contains(s.short()))
                || f.text.contains("studio"))
    );
}

#[test]
fn cost_spans_cover_every_source_figure() {
    let dermal = sourced_price(DERMAL_PRICES).expect("dermal cost");
    assert_eq!(dermal, Span::new(5_000, 15_000));
    // “Micro Dermal Piercing”: $70-100; Retail Gazette $50-150; museumoftattoos.com $70-150.
    for dollars in [70, 100, 50, 150] {
        assert!(dermal.contains(dollars * 100));
    }
    let needling = sourced_price(NEEDLING_PRICES).expect("microneedling cost");
    assert_eq!(needling, Span::new(10_000, 80_000));
    // “How do you define micro-needling?”: $150 and $200-800; sdbotox: $100-700, face about $300.
    for dollars in [150, 200, 800, 100, 700, 300] {
        assert!(needling.contains(dollars * 100));
    }
    // Every price fact names its source in its text, and every costed fact is a price fact.
    for f in all_facts().filter(|f| f.kind == FactKind::Cost && f.quantity.is_some()) {
        assert!(
            DERMAL_PRICES.contains(f) || NEEDLING_PRICES.contains(f),
            "{}",
            f.text
        );
        assert!(
            f.text.contains(f.sources[0].short()) || f.text.contains("clinic"),
            "{}",
            f.text
        );
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
    let referral = [
        "see a doctor",
        "contact your doctor",
        "contact a doctor",
        "see your piercer",
    ];
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
                    .any(|s| matches!(s, Seed000 | Seed002 | CentralBodyArt | Nhs | AppBenelux)),
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
        // A sentence starts with a capital, a digit, a quotation mark, or a site's own name.
        assert!(
            t.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '“')
                || SOURCES.iter().any(|s| t.starts_with(s.short)),
            "{t}"
        );
        assert!(t.ends_with('.'), "{t}");
        assert!(!t.contains("  ") && t.trim() == t, "{t}");
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
