//! Needle depth as text in a link and back.

use crate::estimator::NeedleDepth;

#[test]
fn depth_in_a_link_and_back() {
    for (d, want) in [
        ("0.25", 25),
        ("2.5", 250),
        ("2", 200),
        ("1.05", 105),
        ("01.5", 150),
    ] {
        assert_eq!(
            NeedleDepth::parse(d),
            Some(NeedleDepth::from_hundredths(want)),
            "{d}"
        );
    }
    for d in [
        "", ".5", "1.", "1.255", "100", "1e308", "-3", "NaN", "1,5", "1.5.0", " 1", "inf", "+1",
    ] {
        assert_eq!(NeedleDepth::parse(d), None, "{d}");
    }
    assert_eq!(NeedleDepth::from_hundredths(125).query_text(), "1.25");
    assert_eq!(NeedleDepth::from_hundredths(150).query_text(), "1.5");
    assert_eq!(NeedleDepth::from_hundredths(200).query_text(), "2");
    assert_eq!(NeedleDepth::from_hundredths(25).query_text(), "0.25");
    assert_eq!(NeedleDepth::from_hundredths(5).query_text(), "0.05");
}

#[test]
fn covered_depths_and_their_form_in_data() {
    assert!(NeedleDepth::MIN.is_covered() && NeedleDepth::MAX.is_covered());
    assert!(!NeedleDepth::from_hundredths(24).is_covered());
    assert!(!NeedleDepth::from_hundredths(251).is_covered());
    assert!(NeedleDepth::FALLBACK.is_covered() && NeedleDepth::AT_HOME_MAX.is_covered());
    assert_eq!(NeedleDepth::MIN.text(), "0.25");
    assert_eq!(NeedleDepth::MAX.text(), "2.5");
    assert_eq!(NeedleDepth::AT_HOME_MAX.text(), "1.0");
    // Serialized as the bare number of hundredths, as the field was before it had a type.
    assert_eq!(
        serde_json::to_string(&NeedleDepth::from_hundredths(125)).unwrap(),
        "125"
    );
}
