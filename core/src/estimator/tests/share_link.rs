//! The share link: examples, hostile queries, round trips.

use super::valid_input;
use crate::estimator::echo::ECHO_MAX;
use crate::estimator::{Concern, EstimateInput, NeedleDepth, Skin};
use crate::model::Procedure;
use crate::query;
use proptest::prelude::*;

#[test]
fn query_examples() {
    let (i, n) = EstimateInput::from_query("");
    assert_eq!(i, EstimateInput::default());
    assert!(n.is_empty());

    let (i, n) = EstimateInput::from_query(
        "?procedure=microneedling&region=cheeks&depth=1.25&sessions=5&numbing=no",
    );
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(i.procedure, Procedure::Microneedling);
    assert_eq!(i.needling.depth, NeedleDepth::from_hundredths(125));
    assert_eq!(i.needling.sessions, 5);
    assert!(!i.needling.numbing);

    // A region alone picks its procedure.
    let (i, n) = EstimateInput::from_query("region=forehead");
    assert!(n.is_empty());
    assert_eq!(i.procedure, Procedure::Microneedling);
    assert_eq!(
        i.needling.depth,
        NeedleDepth::default_for("forehead", Skin::Thin, false)
    );
}

#[test]
fn hostile_queries_give_notices_and_defaults() {
    let cases: &[(&str, &str)] = &[
        ("anchors=1000", "anchors"),
        ("anchors=-3", "anchors"),
        ("anchors=abc", "anchors"),
        ("anchors=0", "anchors"),
        ("anchors=1e308", "anchors"),
        ("procedure=microneedling&depth=1e308", "depth"),
        ("depth=NaN", "depth"),
        ("depth=-3", "depth"),
        ("depth=0.1", "depth"),
        ("depth=9.99", "depth"),
        ("sessions=99999999999999999999", "sessions"),
        ("sessions=0", "sessions"),
        ("region=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "region"),
        ("region=mars", "region"),
        ("procedure=tattoo", "procedure"),
        ("material=lead", "material"),
        ("top=<b>", "top"),
        ("technique=gun", "technique"),
        ("tolerance=infinite", "tolerance"),
        ("concern=everything", "concern"),
        ("skin=scales", "skin"),
        ("numbing=maybe", "numbing"),
        ("home=%00", "home"),
        ("jewellery=2", "jewellery"),
        ("procedure=dermal&region=forehead", "region"),
    ];
    for (q, field) in cases {
        let (input, notices) = EstimateInput::from_query(q);
        assert_eq!(notices.len(), 1, "{q}: {notices:?}");
        assert_eq!(notices[0].field, *field, "{q}");
        assert!(input.validate().is_ok(), "{q} gave {input:?}");
        assert!(!notices[0].message.contains('<'), "{q}");
    }
    let (i, _) = EstimateInput::from_query("anchors=1000&sessions=-1&depth=1e308");
    assert_eq!(i.dermal.anchors, 1);
    assert_eq!(i.needling.sessions, Concern::AcneScars.sessions().default);

    // Long values are never echoed.
    let long = format!("region={}", "a".repeat(41));
    let (_, n) = EstimateInput::from_query(&long);
    assert!(!n[0].message.contains(&"a".repeat(41)));
    let (_, n) = EstimateInput::from_query("region=mars");
    assert!(n[0].message.contains("\"mars\""));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn query_round_trips(input in valid_input()) {
        let q = input.to_query();
        let (back, notices) = EstimateInput::from_query(&q);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, input);
    }

    #[test]
    fn any_query_is_safe(q in ".{0,200}") {
        let (input, notices) = EstimateInput::from_query(&q);
        prop_assert!(input.validate().is_ok());
        for n in notices {
            prop_assert!(n.message.chars().count() < 200);
            prop_assert!(!n.message.contains('<') && !n.message.contains('>'));
        }
    }

    #[test]
    fn any_value_in_any_field_is_safe(key in proptest::sample::select(vec![
        "procedure", "region", "anchors", "technique", "material", "top", "jewellery", "concern",
        "skin", "depth", "numbing", "sessions", "tolerance", "home",
    ]), value in ".{0,80}") {
        let q = format!("{key}={}", query::encode(&value));
        let (input, notices) = EstimateInput::from_query(&q);
        prop_assert!(input.validate().is_ok());
        prop_assert!(notices.len() <= 1);
        for n in &notices {
            prop_assert_eq!(n.field.as_str(), key);
            if value.chars().count() > ECHO_MAX {
                prop_assert!(!n.message.contains(value.as_str()));
            }
        }
    }
}
