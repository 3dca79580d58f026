//! A studio's price book: serde and its use in an estimate.

use super::dermal_input;
use crate::estimator::{estimate, Currency, Material, PriceBook};
use crate::model::Span;

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
    assert!(c
        .lines
        .iter()
        .all(|l| l.basis == crate::estimator::Basis::StudioPrice));
    assert!(c.notes[0].text.contains("Ink & Steel"));
    assert_eq!(c.total_text(), "£240-£360");
}
