//! `EstimateInput::from_query` on any text (the estimator's shareable URL).
//!
//! Properties: never panics; every field falls back to its default, so the input always
//! validates and estimates with the sourced price book; pain stays within 0..=10 with
//! min <= max; notices are short and never carry markup; `to_query` -> `from_query` gives
//! the same input back with no notices, and `to_query` is canonical.
#![no_main]

use dermamap_core::estimator::{estimate, summary_text, EstimateInput, PriceBook};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    let (input, notices) = EstimateInput::from_query(&q);

    if let Err(errors) = input.validate() {
        panic!("from_query({q:?}) returned an invalid input {input:?}: {errors:?}");
    }
    for n in &notices {
        assert!(!n.message.is_empty(), "empty notice for {}", n.field);
        assert!(
            n.message.chars().count() < 200,
            "long notice: {:?}",
            n.message
        );
        assert!(
            !n.message.contains(['<', '>']),
            "markup in notice: {:?}",
            n.message
        );
    }

    let est = match estimate(&input, &PriceBook::sourced_default()) {
        Ok(est) => est,
        Err(errors) => panic!("valid input {input:?} does not estimate: {errors:?}"),
    };
    let pain = est.pain.range;
    assert!(
        pain.min >= 0.0 && pain.max <= 10.0 && pain.min <= pain.max,
        "pain {}-{} for {input:?}",
        pain.min,
        pain.max
    );
    if let Some(t) = est.cost.total {
        assert!(t.min <= t.max, "total {t:?}");
    }
    for line in &est.cost.lines {
        if let Some(a) = line.amount {
            assert!(a.min <= a.max, "line {:?}: {a:?}", line.label);
        }
    }
    let _ = est.pain.text();
    let _ = est.cost.total_text();
    let _ = summary_text(&est, &input);

    let link = input.to_query();
    let (back, again) = EstimateInput::from_query(&link);
    assert!(
        again.is_empty(),
        "to_query gave {link:?}, which reads with notices {again:?}"
    );
    assert_eq!(
        back, input,
        "to_query -> from_query changed the input (query {link:?})"
    );
    assert_eq!(back.to_query(), link, "to_query is not canonical");
});
