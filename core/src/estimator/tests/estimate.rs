//! The whole estimate: any input gives an estimate or typed errors.

use super::{any_book, any_input, valid_input};
use crate::estimator::{estimate, summary_text, EstimateInput, PriceBook};
use crate::model::{Procedure, Span};
use proptest::prelude::*;

#[test]
fn default_input_estimates() {
    let input = EstimateInput::default();
    assert_eq!(input.procedure, Procedure::Dermal);
    let e = estimate(&input, &PriceBook::sourced_default()).expect("default input is valid");
    assert_eq!(e.cost.total, Some(Span::new(50_00, 150_00)));
    assert!(!e.cost.partial);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn estimate_is_total(input in any_input(), book in any_book()) {
        match estimate(&input, &book) {
            Ok(e) => {
                prop_assert!(e.pain.range.min >= 0.0 && e.pain.range.max <= 10.0);
                prop_assert!(e.pain.range.min <= e.pain.range.max);
                if let Some(t) = e.cost.total { prop_assert!(t.min <= t.max); }
                for l in &e.cost.lines {
                    if let Some(a) = l.amount { prop_assert!(a.min <= a.max); }
                }
                let _ = summary_text(&e, &input);
            }
            Err(errs) => {
                prop_assert!(!errs.is_empty());
                for e in errs { prop_assert!(!e.message().is_empty()); }
            }
        }
    }

    #[test]
    fn valid_inputs_always_estimate(input in valid_input()) {
        prop_assert!(estimate(&input, &PriceBook::sourced_default()).is_ok());
    }
}
