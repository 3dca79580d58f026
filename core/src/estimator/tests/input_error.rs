//! What cannot be used, as typed errors with safe messages.

use super::{dermal_input, needling_input};
use crate::content::RegionId;
use crate::estimator::{estimate, InputError, PriceBook, PriceItem};
use crate::model::Span;

#[test]
fn typed_errors() {
    let book = PriceBook::sourced_default();
    let mut input = dermal_input("nowhere");
    input.dermal.anchors = 0;
    let errs = estimate(&input, &book).unwrap_err();
    assert!(errs.contains(&InputError::UnknownRegion {
        id: "nowhere".into()
    }));
    assert!(errs.contains(&InputError::AnchorsOutOfRange { given: 0 }));

    let input = dermal_input("forehead");
    let errs = estimate(&input, &book).unwrap_err();
    assert!(
        matches!(
            errs[0],
            InputError::RegionDoesNotSuit {
                region: RegionId::Forehead,
                ..
            }
        ),
        "{errs:?}"
    );

    let mut input = needling_input("cheeks");
    input.needling.depth_hundredths_mm = 300;
    input.needling.sessions = 9;
    let errs = estimate(&input, &book).unwrap_err();
    assert!(errs.contains(&InputError::DepthOutOfRange {
        given_hundredths_mm: 300
    }));
    assert!(errs.contains(&InputError::SessionsOutOfRange { given: 9 }));

    let mut bad = book.clone();
    bad.needling_per_session = Some(Span::new(5, 1));
    let errs = estimate(&needling_input("cheeks"), &bad).unwrap_err();
    assert_eq!(
        errs,
        vec![InputError::PriceOutOfOrder {
            item: PriceItem::NeedlingPerSession
        }]
    );

    let long = "x".repeat(500);
    let err = estimate(&dermal_input(&long), &book).unwrap_err();
    for e in &err {
        assert!(!e.message().is_empty());
        assert!(!e.message().contains(&"x".repeat(41)));
    }
    assert!(InputError::DepthOutOfRange {
        given_hundredths_mm: 300
    }
    .message()
    .contains("3.0 mm"));
}
