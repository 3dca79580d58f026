//! The cost: totals per anchor and per session, and that more never costs less.

use super::{any_book, dermal_input, needling_input, valid_input};
use crate::estimator::{
    default_region, estimate, Basis, Currency, Estimate, PriceBook, DERMAL_PRICE_SOURCES,
};
use crate::model::{Procedure, Span};
use crate::sources::SourceId::*;
use proptest::prelude::*;

fn total(e: &Estimate) -> Option<Span<u64>> {
    e.cost.total
}

/// A studio's own price is the studio's: not a source's, and not Dermamap's reasoning.
#[test]
fn a_studio_s_prices_rest_on_the_studio() {
    let mut book = PriceBook::studio(Currency::USD, Some("Ink".into()));
    book.dermal_per_anchor = Some(Span::new(60_00, 80_00));
    let mut input = dermal_input("cheekbone");
    input.dermal.jewellery_included = false;
    let c = estimate(&input, &book).unwrap().cost;
    assert_eq!(c.lines[0].basis, Basis::StudioPrice);
    // No price for the jewellery: "ask your studio", with nothing to cite (and not called
    // Dermamap's reasoning).
    assert_eq!(c.lines[1].amount, None);
    assert_eq!(c.lines[1].basis, Basis::NoFigure);
    assert!(c
        .notes
        .iter()
        .any(|n| n.text == "Prices set by Ink." && n.basis == Basis::StudioPrice));
    assert!(c
        .notes
        .iter()
        .all(|n| n.basis == Basis::StudioPrice || !n.basis.sources().is_empty()));
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
        assert_eq!(c.lines[0].basis, Basis::Sources(DERMAL_PRICE_SOURCES));
        if !incl {
            assert_eq!(c.lines[1].amount, None);
            assert_eq!(c.lines[1].basis, Basis::NoFigure);
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
            .any(|n| n.text.contains("insurance") && n.basis.sources().contains(&Seed002)));
    }
    assert_eq!(
        Currency::USD.format_span(Span::new(300_00, 2400_00)),
        "$300-$2,400"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

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
}
