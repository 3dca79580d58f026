//! What cannot be used, as typed errors with safe messages.

use super::{dermal_input, needling_input};
use crate::content::RegionId;
use crate::estimator::{estimate, EstimateInput, InputError, NeedleDepth, PriceBook, PriceItem};
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
    input.needling.depth = NeedleDepth::from_hundredths(300);
    input.needling.sessions = 9;
    let errs = estimate(&input, &book).unwrap_err();
    assert!(errs.contains(&InputError::DepthOutOfRange {
        given: NeedleDepth::from_hundredths(300)
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
        given: NeedleDepth::from_hundredths(300)
    }
    .message()
    .contains("3.0 mm"));
}

/// Messages state the limits from the constants, as they always read.
#[test]
fn messages_state_the_limits() {
    assert_eq!(
        InputError::DepthOutOfRange {
            given: NeedleDepth::from_hundredths(300)
        }
        .message(),
        "A 3.0 mm needle is outside the 0.25-2.5 mm range the sources describe."
    );
    let (_, n) = EstimateInput::from_query("depth=9");
    assert_eq!(
        n[0].message,
        "The needle depth \"9\" isn't a depth from 0.25 to 2.5 mm: using 0.5 mm."
    );
}
