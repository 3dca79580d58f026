//! Needle depth as text in a link and back.

use crate::estimator::needle_depth::depth_query;
use crate::estimator::parse_depth;

#[test]
fn depth_in_a_link_and_back() {
    for (d, want) in [
        ("0.25", 25),
        ("2.5", 250),
        ("2", 200),
        ("1.05", 105),
        ("01.5", 150),
    ] {
        assert_eq!(parse_depth(d), Some(want), "{d}");
    }
    for d in [
        "", ".5", "1.", "1.255", "100", "1e308", "-3", "NaN", "1,5", "1.5.0", " 1", "inf", "+1",
    ] {
        assert_eq!(parse_depth(d), None, "{d}");
    }
    assert_eq!(depth_query(125), "1.25");
    assert_eq!(depth_query(150), "1.5");
    assert_eq!(depth_query(200), "2");
    assert_eq!(depth_query(25), "0.25");
    assert_eq!(depth_query(5), "0.05");
}
