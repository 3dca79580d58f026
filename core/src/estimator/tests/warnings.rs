//! Warnings: at home, and depths outside the sourced range.

use super::{needling_input, regions_for};
use crate::estimator::{estimate, NeedleDepth, PriceBook, Skin, WarningKind};
use crate::model::Procedure;
use crate::sources::SourceId::*;

#[test]
fn at_home_has_no_studio_price_and_warns_when_deep() {
    let mut input = needling_input("cheeks");
    input.needling.at_home = true;
    input.needling.depth = NeedleDepth::from_hundredths(150);
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    assert_eq!(e.cost.total, None);
    assert!(e.cost.lines[0].if_unknown.contains("seller"));
    let deep = e
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::DepthTooDeepAtHome)
        .unwrap();
    assert!(deep.sources.contains(&Aad2018));
    input.needling.depth = NeedleDepth::from_hundredths(100);
    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
    assert!(!e
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::DepthTooDeepAtHome));
    assert!(e.warnings.iter().any(|w| w.kind == WarningKind::AtHome));
}

#[test]
fn depth_outside_sourced_range_warns() {
    let mut tested = 0;
    for r in regions_for(Procedure::Microneedling) {
        for skin in Skin::ALL {
            let mut input = needling_input(r.id);
            input.needling.skin = *skin;
            let Some((span, sources)) = NeedleDepth::sourced(r, *skin) else {
                let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                assert!(e
                    .warnings
                    .iter()
                    .any(|w| w.kind == WarningKind::NoSourcedDepth));
                continue;
            };
            assert!(!sources.is_empty());
            input.needling.depth = span.min.clamp(NeedleDepth::MIN, NeedleDepth::MAX);
            let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
            if span.contains(input.needling.depth) {
                assert!(
                    !e.warnings
                        .iter()
                        .any(|w| w.kind == WarningKind::DepthOutsideSourcedRange),
                    "{}",
                    r.id
                );
            }
            if span.max < NeedleDepth::MAX {
                input.needling.depth = NeedleDepth::from_hundredths(span.max.hundredths() + 1);
                let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                let w = e
                    .warnings
                    .iter()
                    .find(|w| w.kind == WarningKind::DepthOutsideSourcedRange)
                    .unwrap();
                assert!(w.text.contains("deeper"), "{}", w.text);
                tested += 1;
            }
        }
    }
    assert!(
        tested > 0,
        "content should give drpen.net depths for some areas"
    );
}
