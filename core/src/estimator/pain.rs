//! The pain model: a sourced starting point per region, moved by factors that say why.

use crate::content::{Region, Tissue};
use crate::locale::number::local_decimal;
use crate::locale::{fill, tr};
use crate::model::Span;
use crate::sources::SourceId::{self, *};
use serde::Serialize;

use super::choices::{EstimateInput, Skin, Technique, Tolerance};

/// Which way a factor moves the pain range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Direction {
    Up,
    Down,
    Neutral,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Up => tr!("raises pain"),
            Direction::Down => tr!("lowers pain"),
            Direction::Neutral => tr!("no change"),
        }
    }

    /// A stable name for styling, the same in every language.
    pub fn slug(self) -> &'static str {
        match self {
            Direction::Up => "raises-pain",
            Direction::Down => "lowers-pain",
            Direction::Neutral => "no-change",
        }
    }

    pub(super) fn sign(self) -> &'static str {
        match self {
            Direction::Up => "+",
            Direction::Down => "-",
            Direction::Neutral => "=",
        }
    }
}

/// One reason the pain range is where it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PainFactor {
    pub label: String,
    pub direction: Direction,
    pub why: String,
    /// Empty where the step is Dermamap's own reasoning.
    pub sources: &'static [SourceId],
}

/// Expected pain on a 0-10 scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PainEstimate {
    /// Always within 0..=10 with `min <= max`.
    pub range: Span<f32>,
    /// What the range applies to: "each anchor" or "each session".
    pub per: &'static str,
    /// How far the evidence behind the range goes, in one sentence.
    pub caveat: &'static str,
    pub factors: Vec<PainFactor>,
}

impl PainEstimate {
    /// "3.5-5.5 out of 10".
    pub fn text(&self) -> String {
        let end = |v: f32| local_decimal(format!("{v:.1}"));
        fill(
            tr!("{min}-{max} out of 10"),
            &[("min", &end(self.range.min)), ("max", &end(self.range.max))],
        )
    }
}

/// Builds a pain range in integer tenths, one explained step at a time.
struct PainBuilder {
    min: i32,
    max: i32,
    factors: Vec<PainFactor>,
}

impl PainBuilder {
    fn new() -> Self {
        PainBuilder {
            min: 0,
            max: 0,
            factors: Vec::new(),
        }
    }

    /// Moves the range by `(min, max)` tenths. Both steps have the factor's sign.
    fn step(
        &mut self,
        label: impl Into<String>,
        direction: Direction,
        shift: (i32, i32),
        why: impl Into<String>,
        sources: &'static [SourceId],
    ) {
        self.min += shift.0;
        self.max += shift.1;
        self.factors.push(PainFactor {
            label: label.into(),
            direction,
            why: why.into(),
            sources,
        });
    }

    fn finish(self, per: &'static str, caveat: &'static str) -> PainEstimate {
        let min = self.min.clamp(0, 100);
        let max = self.max.clamp(min, 100);
        PainEstimate {
            range: Span::new(min as f32 / 10.0, max as f32 / 10.0),
            per,
            caveat,
            factors: self.factors,
        }
    }
}

/// A low tolerance raises the range and a high one lowers it. With `widen`, only the end it
/// moves towards moves, so published figures inside the range stay inside.
fn tolerance_step(
    p: &mut PainBuilder,
    t: Tolerance,
    widen: bool,
    sources: &'static [SourceId],
    source_says: &str,
) {
    let (low, high) = if widen {
        ((0, 10), (-10, 0))
    } else {
        ((10, 10), (-10, -10))
    };
    match t {
        Tolerance::Low => p.step(
            tr!("Low pain tolerance"),
            Direction::Up,
            low,
            fill(
                if widen {
                    tr!("{source_says} Dermamap raises the top of the range by a point for a low tolerance, so the published figures inside it stay inside; the size is our assumption.")
                } else {
                    tr!("{source_says} Dermamap adds a point for a low tolerance; the size is our assumption.")
                },
                &[("source_says", &source_says)],
            ),
            sources,
        ),
        Tolerance::Average => p.step(
            tr!("Average pain tolerance"),
            Direction::Neutral,
            (0, 0),
            fill(
                tr!("{source_says} With an average tolerance the range doesn't move."),
                &[("source_says", &source_says)],
            ),
            sources,
        ),
        Tolerance::High => p.step(
            tr!("High pain tolerance"),
            Direction::Down,
            high,
            fill(
                if widen {
                    tr!("{source_says} Dermamap lowers the bottom of the range by a point for a high tolerance, so the published figures inside it stay inside; the size is our assumption.")
                } else {
                    tr!("{source_says} Dermamap takes a point off for a high tolerance; the size is our assumption.")
                },
                &[("source_says", &source_says)],
            ),
            sources,
        ),
    }
}

pub(super) fn dermal_pain(input: &EstimateInput, region: &Region) -> PainEstimate {
    let d = &input.dermal;
    let mut p = PainBuilder::new();
    p.step(
        tr!("Starting point: 3-6 out of 10"),
        Direction::Neutral,
        (30, 60),
        tr!("Dermamap found no survey or study of dermal piercing pain. Two unsigned articles on winenfood.com, a food-and-wine site, put a dermal at 4-6 and at 3-5 out of 10, citing no survey, so Dermamap starts from 3-6: a rough guide."),
        &[WinenfoodPainLevel, WinenfoodPainExpectations],
    );
    match region.tissue {
        Tissue::Fleshy => p.step(
            fill(tr!("Fleshier area: {}"), &[("", &tr(region.name))]),
            Direction::Up,
            (5, 10),
            tr!("The article “Micro Dermal Piercing”: the fleshier the area, the more it hurts, as more tissue is pierced. \
             Dermamap adds half a point to a point; the size is our assumption."),
            &[Seed000],
        ),
        Tissue::Average => p.step(
            fill(tr!("Average tissue: {}"), &[("", &tr(region.name))]),
            Direction::Neutral,
            (0, 0),
            tr!("The article “Micro Dermal Piercing”: fleshier areas hurt more. This area is in between, so the range doesn't move."),
            &[Seed000],
        ),
        Tissue::Bony => p.step(
            fill(tr!("Less fleshy area: {}"), &[("", &tr(region.name))]),
            Direction::Down,
            (-5, -5),
            tr!("The article “Micro Dermal Piercing”: fleshier areas hurt more, so a spot with little flesh over the bone should \
             hurt a little less. Dermamap takes half a point off; the size is our assumption."),
            &[Seed000],
        ),
    }
    tolerance_step(
        &mut p,
        input.tolerance,
        false,
        &[Seed000],
        tr!("The article “Micro Dermal Piercing” names your own pain tolerance as a factor."),
    );
    match d.technique {
        Technique::Punch => p.step(
            tr!("Dermal punch"),
            Direction::Neutral,
            (0, 0),
            tr!("Body Piercing Hub, by a piercer: dermals almost never hurt as much as people think, and \
             the pinch that holds the skin is usually the uncomfortable part. No source says whether \
             a punch or a needle hurts less, so the range doesn't move."),
            &[Seed001, Seed000],
        ),
        Technique::Needle => p.step(
            tr!("Needle"),
            Direction::Neutral,
            (0, 0),
            tr!("The article “Micro Dermal Piercing” names the type of procedure as a factor but doesn't say which hurts more, \
             so the range doesn't move."),
            &[Seed000],
        ),
    }
    p.step(
        tr!("Your piercer's experience"),
        Direction::Neutral,
        (0, 0),
        tr!("The article “Micro Dermal Piercing” names the piercer's experience as a factor. Dermamap can't judge your piercer, \
         so the range doesn't move."),
        &[Seed000],
    );
    if d.anchors > 1 {
        p.step(
            fill(tr!("{} anchors"), &[("", &d.anchors)]),
            Direction::Neutral,
            (0, 0),
            tr!("Each anchor is a separate piercing: the range is for each one, not the whole visit."),
            &[],
        );
    }
    p.finish(
        tr!("each anchor"),
        tr!("Dermamap found no survey or study of piercing pain; the only figures it found are a food-and-wine site's, so treat this as a rough guide."),
    )
}

/// The band the published figures span, in tenths: every study figure measured between 1.0
/// and 2.5 mm (3.0, 3.1, 5.2, 5.4) lies inside it, and no bound is a figure no study gives.
const STUDY_BAND: (i32, i32) = (30, 54);
/// The depths the studies measured, in hundredths of a millimetre.
const STUDIED_DEPTHS: (i32, i32) = (100, 250);

pub(super) fn needling_pain(input: &EstimateInput, region: &Region) -> PainEstimate {
    let n = &input.needling;
    let mut p = PainBuilder::new();
    p.step(
        tr!("Starting point: the published figures, 3.0-5.4 out of 10"),
        Direction::Neutral,
        STUDY_BAND,
        tr!("Studies measured 5.2 \u{b1} 1.7 with a 1.0 mm roller after numbing cream (Luz 2017, n = 9); \
         3.0 on the face and 5.4 on the neck at 1.25 mm after numbing cream (26 women, scored after the procedure; each area had \
         its own cream, so not a comparison of areas); \
         and 5.4 at 2.5 mm with numbing cream for acne scars (n = 15). They do not rise steadily \
         with depth, so Dermamap starts from one band that contains them all. Every step below \
         keeps the figures measured under your settings inside the range."),
        &[Luz2017, PainStudyFaceNeck, PainStudyAcneScars],
    );
    let depth = n.depth.local_text();
    let h = i32::from(n.depth.hundredths());
    if h < STUDIED_DEPTHS.0 {
        let shift = -((STUDIED_DEPTHS.0 - h) * 2 / 10);
        p.step(
            fill(tr!("Needle depth {depth} mm"), &[("depth", &depth)]),
            Direction::Down,
            (shift, shift),
            tr!("No study measured pain below 1.0 mm. Dermamap assumes shallower needles hurt less and \
             lowers the range by 0.2 points for every 0.1 mm below 1.0 mm; both are our assumption."),
            &[],
        );
    } else if h > STUDIED_DEPTHS.1 {
        let shift = (h - STUDIED_DEPTHS.1) * 2 / 10;
        p.step(
            fill(tr!("Needle depth {depth} mm"), &[("depth", &depth)]),
            Direction::Up,
            (shift, shift),
            tr!("No study measured pain deeper than 2.5 mm. Dermamap assumes deeper needles hurt more \
             and raises the range by 0.2 points for every 0.1 mm past 2.5 mm; both are our assumption."),
            &[],
        );
    } else {
        p.step(
            fill(tr!("Needle depth {depth} mm"), &[("depth", &depth)]),
            Direction::Neutral,
            (0, 0),
            tr!("Within the depths the studies measured (1.0 to 2.5 mm), so the range doesn't move."),
            &[Luz2017, PainStudyAcneScars],
        );
    }
    if n.numbing {
        p.step(
            tr!("Numbing cream"),
            Direction::Neutral,
            (0, 0),
            tr!("The studies measured pain after numbing cream, so the range doesn't move. The article \
             “What is micro needling” suggests numbing cream if your tolerance is low."),
            &[Luz2017, PainStudyFaceNeck, PainStudyAcneScars, Seed004],
        );
    } else {
        p.step(
            tr!("No numbing cream"),
            Direction::Up,
            (0, 10),
            tr!("No study measured pain without numbing cream. Dermamap raises the top of the range by \
             a point and keeps the bottom; both are our assumption. The article “What is micro \
             needling” suggests numbing cream if your tolerance is low."),
            &[Luz2017, PainStudyFaceNeck, PainStudyAcneScars, Seed004],
        );
    }
    // The studies compared no areas by bone or flesh and no skin thicknesses: the area and the
    // skin are listed, and the range does not move for them.
    let (area_label, area_why) = match region.tissue {
        Tissue::Bony => (tr!("Bony area"), tr!("a bony area")),
        Tissue::Average => (
            tr!("Average area"),
            tr!("an area neither especially bony nor fleshy"),
        ),
        Tissue::Fleshy => (tr!("Fleshy area"), tr!("a fleshy area")),
    };
    p.step(
        fill(
            tr!("{area_label}: {}"),
            &[("area_label", &area_label), ("", &tr(region.name))],
        ),
        Direction::Neutral,
        (0, 0),
        fill(
            tr!("This is {area_why}. No study compared bony and fleshy areas; one study of 26 women measured the neck at 5.4 and the face at 3.0, each with its own numbing cream, so the range stays wide and doesn't move."),
            &[("area_why", &area_why)],
        ),
        &[PainStudyFaceNeck],
    );
    let skin = match n.skin {
        Skin::Thin => tr!("Thin skin"),
        Skin::Thick => tr!("Thick skin"),
    };
    p.step(
        skin,
        Direction::Neutral,
        (0, 0),
        tr!("No study compared thin and thick skin, so the range doesn't move."),
        &[],
    );
    tolerance_step(
        &mut p,
        input.tolerance,
        true,
        &[Seed004],
        tr!(
            "The article “What is micro needling”: with a low pain tolerance, numbing cream helps."
        ),
    );
    if n.sessions > 1 {
        p.step(
            fill(tr!("{} sessions"), &[("", &n.sessions)]),
            Direction::Neutral,
            (0, 0),
            tr!("The range is for each session, not the whole course."),
            &[],
        );
    }
    p.finish(
        tr!("each session"),
        tr!("The figures come from three small clinical studies (9, 15 and 26 people); pain varies widely from person to person."),
    )
}
