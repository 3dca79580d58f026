//! What each procedure's content must hold, and who says it: core facts, sources side by
//! side where they differ, estimates flagged as such, referrals only where sources make them.

use super::*;

#[test]
fn core_facts_present_per_procedure() {
    let required: [(Procedure, &[FactKind]); 2] = [
        (
            Procedure::Dermal,
            &[
                FactKind::Pain,
                FactKind::Healing,
                FactKind::Risk,
                FactKind::Mri,
                FactKind::Cost,
                FactKind::SeeADoctor,
            ],
        ),
        (
            Procedure::Microneedling,
            &[
                FactKind::Concerns,
                FactKind::Pain,
                FactKind::Sessions,
                FactKind::Cost,
                FactKind::SeeADoctor,
            ],
        ),
    ];
    for (procedure, kinds) in required {
        for r in regions_for(procedure) {
            for &kind in kinds {
                assert!(
                    r.fact(kind, procedure).is_some(),
                    "{} lacks {:?}",
                    r.id,
                    kind
                );
            }
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
fn dermal_pain_figures_say_dermamap_found_no_survey_or_study() {
    let cites_the_pages = |f: &&Fact| {
        f.sources
            .iter()
            .any(|s| matches!(s, WinenfoodPainLevel | WinenfoodPainExpectations))
    };
    assert!(all_facts().filter(cites_the_pages).count() > 0);
    for f in all_facts().filter(cites_the_pages) {
        assert!(
            f.text.contains("found no survey or study"),
            "low-authority pain figure not flagged: {}",
            f.text
        );
    }
    // The fact's span holds both pages' figures (4 to 6, 3 to 5) and nothing wider, and the
    // estimator starts from it: an average spot, an average tolerance, moves nothing.
    let Some(crate::model::Quantity::Pain(span)) = super::super::dermal::D_PAIN.quantity else {
        panic!("the dermal pain fact has a pain span");
    };
    assert_eq!((span.min, span.max), (3.0, 6.0));
    let average = regions()
        .find(|r| r.suits(Procedure::Dermal) && r.tissue == Tissue::Average)
        .expect("a dermal spot of average tissue");
    let input = crate::estimator::EstimateInput::for_region(Procedure::Dermal, average.id.slug());
    let e = crate::estimator::estimate(&input, &crate::estimator::PriceBook::sourced_default())
        .expect("an estimate");
    assert_eq!((e.pain.range.min, e.pain.range.max), (span.min, span.max));
    assert!(e.pain.factors[0].label.contains("3-6"));
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
