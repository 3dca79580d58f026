//! Prices as studios type them, in their currency's digits, and the price book they make.

use super::{cfg, notice_for};
use crate::embed::{parse_price, PriceError};
use crate::estimator::{estimate, Currency, EstimateInput, PriceItem};
use crate::model::Span;

#[test]
fn prices_table() {
    let usd = Currency::USD;
    let jpy = Currency::new("JPY").unwrap();
    let kwd = Currency::new("KWD").unwrap();
    let ok: &[(&str, Currency, (u64, u64))] = &[
        ("150", usd, (150_00, 150_00)),
        ("120-180", usd, (120_00, 180_00)),
        (" 120 - 180 ", usd, (120_00, 180_00)),
        ("49.50", usd, (49_50, 49_50)),
        ("49.5", usd, (49_50, 49_50)),
        ("0.99-1", usd, (99, 100)),
        ("007", usd, (7_00, 7_00)),
        ("0", usd, (0, 0)),
        ("1000000", usd, (100_000_000, 100_000_000)),
        ("15000", jpy, (15000, 15000)),
        ("12000-18000", jpy, (12000, 18000)),
        ("12.345", kwd, (12345, 12345)),
        ("12.3", kwd, (12300, 12300)),
        ("150-150", usd, (150_00, 150_00)),
    ];
    for (s, c, (min, max)) in ok {
        assert_eq!(parse_price(s, *c), Ok(Span::new(*min, *max)), "{s} in {c}");
    }
    let bad: &[(&str, Currency, PriceError)] = &[
        ("", usd, PriceError::Format),
        ("abc", usd, PriceError::Format),
        ("$150", usd, PriceError::Format),
        ("1,250", usd, PriceError::Format),
        ("-5", usd, PriceError::Format),
        ("+5", usd, PriceError::Format),
        ("1-2-3", usd, PriceError::Format),
        ("1e3", usd, PriceError::Format),
        ("12.", usd, PriceError::Format),
        (".5", usd, PriceError::Format),
        ("1.2.3", usd, PriceError::Format),
        ("NaN", usd, PriceError::Format),
        ("١٥٠", usd, PriceError::Format),
        ("49.505", usd, PriceError::TooManyDecimals),
        ("15000.5", jpy, PriceError::TooManyDecimals),
        ("12.3456", kwd, PriceError::TooManyDecimals),
        ("1000000.01", usd, PriceError::TooHigh),
        ("1000001", usd, PriceError::TooHigh),
        ("99999999999999999999999", usd, PriceError::TooHigh),
        ("180-120", usd, PriceError::OutOfOrder),
    ];
    for (s, c, e) in bad {
        assert_eq!(parse_price(s, *c), Err(*e), "{s} in {c}");
    }
}

#[test]
fn prices_follow_the_currency_digits() {
    let c = cfg("cur=JPY&dermal=8000-12000");
    assert_eq!(c.dermal_per_anchor, Some(Span::new(8000, 12000)));
    let n = notice_for("cur=JPY&dermal=80.50", "dermal");
    assert!(n.message.contains("no decimal places"), "{}", n.message);
    let c = cfg("cur=KWD&needling=45.125");
    assert_eq!(c.needling_per_session, Some(Span::new(45125, 45125)));
}

#[test]
fn a_price_may_be_written_with_a_decimal_comma() {
    let eur = crate::embed::supported_currency("EUR").unwrap();
    assert_eq!(parse_price("49,50", eur), Ok(Span::new(4950, 4950)));
    assert_eq!(parse_price("60,5-80", eur), Ok(Span::new(6050, 8000)));
    // Three digits after a comma read as thousands: refused, never 1.25 or 1250.
    assert_eq!(parse_price("1,250", eur), Err(PriceError::Format));
    assert_eq!(parse_price("49,505", eur), Err(PriceError::Format));
    assert_eq!(parse_price("49,5", eur), Ok(Span::new(4950, 4950)));
    assert_eq!(parse_price("1,2,3", eur), Err(PriceError::Format));
}

#[test]
fn price_book_replaces_the_defaults() {
    let c = cfg("name=Ink&cur=GBP&needling=150-200");
    let book = c.price_book();
    assert_eq!(book.currency, Currency::GBP);
    assert!(book.is_studio_supplied());
    assert_eq!(book.price(PriceItem::DermalPerAnchor), None);
    assert_eq!(
        book.price(PriceItem::NeedlingPerSession),
        Some(Span::new(150_00, 200_00))
    );
    assert!(book.validate().is_empty());

    // No dermal price from the studio: that line says "ask your studio".
    let est = estimate(&EstimateInput::default(), &book).unwrap();
    assert_eq!(est.cost.lines[0].amount, None);
    assert!(
        est.cost.total_text().contains("ask your studio"),
        "{}",
        est.cost.total_text()
    );
    assert!(est
        .cost
        .notes
        .iter()
        .any(|n| n.text.contains("Prices set by Ink")));

    let c = cfg("cur=GBP&dermal=60-80&jewellery-titanium=20");
    let est = estimate(&EstimateInput::default(), &c.price_book()).unwrap();
    assert_eq!(est.cost.total_text(), "£60-£80");
    let mut input = EstimateInput::default();
    input.dermal.jewellery_included = false;
    let est = estimate(&input, &c.price_book()).unwrap();
    assert_eq!(est.cost.total_text(), "£80-£100");
}
