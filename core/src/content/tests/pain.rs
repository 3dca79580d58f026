//! Pain shown honestly: the estimator's range contains every published figure under the
//! conditions it was measured, whatever else the person chooses.

use crate::content::RegionId;
use crate::content::{region_of, Numbing, PAIN_STUDIES};
use crate::estimator::{estimate, EstimateInput, NeedleDepth, PriceBook, Skin, Tolerance};
use crate::model::Procedure;

fn needling_range(
    region: RegionId,
    hundredths: u16,
    numbing: bool,
    skin: Skin,
    tolerance: Tolerance,
) -> (f32, f32) {
    let mut input = EstimateInput::for_region(Procedure::Microneedling, region.as_ref());
    input.needling.depth = NeedleDepth::from_hundredths(hundredths);
    input.needling.numbing = numbing;
    input.needling.skin = skin;
    input.tolerance = tolerance;
    let e = estimate(&input, &PriceBook::sourced_default()).expect("an estimate");
    (e.pain.range.min, e.pain.range.max)
}

fn every_choice() -> impl Iterator<Item = (Skin, Tolerance)> {
    [Skin::Thin, Skin::Thick].into_iter().flat_map(|s| {
        [Tolerance::Low, Tolerance::Average, Tolerance::High]
            .into_iter()
            .map(move |t| (s, t))
    })
}

#[test]
fn a_1_mm_roller_with_numbing_cream_contains_5_2() {
    for region in [RegionId::Cheeks, RegionId::Forehead, RegionId::ChinJaw] {
        for (skin, tol) in every_choice() {
            let (min, max) = needling_range(region, 100, true, skin, tol);
            assert!(
                min <= 5.2 && 5.2 <= max,
                "{region:?} {skin:?} {tol:?}: {min}-{max}"
            );
        }
    }
}

#[test]
fn the_neck_at_1_25_mm_contains_5_4() {
    for numbing in [true, false] {
        for (skin, tol) in every_choice() {
            let (min, max) = needling_range(RegionId::Neck, 125, numbing, skin, tol);
            assert!(
                min <= 5.4 && 5.4 <= max,
                "numbing {numbing} {skin:?} {tol:?}: {min}-{max}"
            );
        }
    }
}

#[test]
fn every_published_figure_lies_in_the_range_for_its_conditions() {
    for study in PAIN_STUDIES {
        let numbing_choices: &[bool] = match study.numbing {
            Numbing::Cream | Numbing::CreamDeliveredByNeedling => &[true],
        };
        for &region in study.regions {
            assert!(region_of(region).is_some_and(|r| r.suits(Procedure::Microneedling)));
            for &numbing in numbing_choices {
                for (skin, tol) in every_choice() {
                    let (min, max) =
                        needling_range(region, study.depth_hundredths, numbing, skin, tol);
                    assert!(
                        min <= study.mean && study.mean <= max,
                        "{:?} {region:?} {} mm numbing {numbing} {skin:?} {tol:?}: {min}-{max} misses {}",
                        study.source,
                        study.depth_hundredths,
                        study.mean
                    );
                }
            }
        }
    }
}

#[test]
fn deeper_never_hurts_less() {
    let mut last = (0.0, 0.0);
    for h in (25..=250).step_by(5) {
        let r = needling_range(RegionId::Cheeks, h, true, Skin::Thick, Tolerance::Average);
        assert!(r.0 >= last.0 && r.1 >= last.1, "{h}: {r:?} after {last:?}");
        last = r;
    }
}

/// Bug: the estimator started from "the published figures, 3.0-5.5", and no study gives 5.5.
/// Where nothing moves the range, it is the lowest and the highest published mean.
#[test]
fn the_starting_band_ends_at_published_figures() {
    let lowest = PAIN_STUDIES.iter().map(|s| s.mean).fold(f32::MAX, f32::min);
    let highest = PAIN_STUDIES.iter().map(|s| s.mean).fold(f32::MIN, f32::max);
    let range = needling_range(RegionId::Cheeks, 125, true, Skin::Thick, Tolerance::Average);
    assert_eq!(range, (lowest, highest));
}
