//! The pain model: a sourced starting point per region, moved by factors that say why.

use crate::content::{Region, Tissue};
use crate::model::Span;
use crate::sources::SourceId::{self, *};
use serde::Serialize;

use super::choices::{EstimateInput, Skin, Technique, Tolerance};
use super::needle_depth::NeedleDepth;

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
            Direction::Up => "raises pain",
            Direction::Down => "lowers pain",
            Direction::Neutral => "no change",
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
        format!("{:.1}-{:.1} out of 10", self.range.min, self.range.max)
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

fn tolerance_step(
    p: &mut PainBuilder,
    t: Tolerance,
    sources: &'static [SourceId],
    source_says: &str,
) {
    match t {
        Tolerance::Low => p.step(
            "Low pain tolerance",
            Direction::Up,
            (10, 10),
            format!("{source_says} Dermamap adds a point for a low tolerance; the size is our assumption."),
            sources,
        ),
        Tolerance::Average => p.step(
            "Average pain tolerance",
            Direction::Neutral,
            (0, 0),
            format!("{source_says} With an average tolerance the range doesn't move."),
            sources,
        ),
        Tolerance::High => p.step(
            "High pain tolerance",
            Direction::Down,
            (-10, -10),
            format!("{source_says} Dermamap takes a point off for a high tolerance; the size is our assumption."),
            sources,
        ),
    }
}

pub(super) fn dermal_pain(input: &EstimateInput, region: &Region) -> PainEstimate {
    let d = &input.dermal;
    let mut p = PainBuilder::new();
    p.step(
        "Starting point: 4-6 out of 10",
        Direction::Neutral,
        (40, 60),
        "Published pain charts put dermal piercings at 4-6 out of 10. They are editors' \
         estimates, not surveys, so treat them as a rough guide.",
        &[PainCharts],
    );
    match region.tissue {
        Tissue::Fleshy => p.step(
            format!("Fleshier area: {}", region.name),
            Direction::Up,
            (5, 10),
            "The article “Micro Dermal Piercing”: the fleshier the area, the more it hurts, as more tissue is pierced. \
             Dermamap adds half a point to a point; the size is our assumption.",
            &[Seed000],
        ),
        Tissue::Average => p.step(
            format!("Average tissue: {}", region.name),
            Direction::Neutral,
            (0, 0),
            "The article “Micro Dermal Piercing”: fleshier areas hurt more. This area is in between, so the range doesn't move.",
            &[Seed000],
        ),
        Tissue::Bony => p.step(
            format!("Less fleshy area: {}", region.name),
            Direction::Down,
            (-5, -5),
            "The article “Micro Dermal Piercing”: fleshier areas hurt more, so a spot with little flesh over the bone should \
             hurt a little less. Dermamap takes half a point off; the size is our assumption.",
            &[Seed000],
        ),
    }
    tolerance_step(
        &mut p,
        input.tolerance,
        &[Seed000],
        "The article “Micro Dermal Piercing” names your own pain tolerance as a factor.",
    );
    match d.technique {
        Technique::Punch => p.step(
            "Dermal punch",
            Direction::Down,
            (-5, -5),
            "Body Piercing Hub, by a piercer: dermals done with a punch almost never hurt as much as people \
             expect, as they don't go deep; the pinch that holds the skin is usually the \
             uncomfortable part. Dermamap takes half a point off; the size is our assumption.",
            &[Seed001, Seed000],
        ),
        Technique::Needle => p.step(
            "Needle",
            Direction::Neutral,
            (0, 0),
            "The article “Micro Dermal Piercing” names the type of procedure as a factor but doesn't say which hurts more, \
             so the range doesn't move.",
            &[Seed000],
        ),
    }
    p.step(
        "Your piercer's experience",
        Direction::Neutral,
        (0, 0),
        "The article “Micro Dermal Piercing” names the piercer's experience as a factor. Dermamap can't judge your piercer, \
         so the range doesn't move.",
        &[Seed000],
    );
    if d.anchors > 1 {
        p.step(
            format!("{} anchors", d.anchors),
            Direction::Neutral,
            (0, 0),
            "Each anchor is a separate piercing: the range is for each one, not the whole visit.",
            &[],
        );
    }
    p.finish(
        "each anchor",
        "No survey-based pain scale exists for piercings; published charts are editors' \
         estimates, so treat this as a rough guide.",
    )
}

/// Central pain in tenths at a depth, with numbing cream: a straight line through the
/// studies' 3.0 at 1.25 mm (face) and 5.4 at 2.5 mm. Non-decreasing in depth.
fn needling_centre(depth: NeedleDepth) -> i32 {
    30 + (i32::from(depth.hundredths()) - 125) * 24 / 125
}

pub(super) fn needling_pain(input: &EstimateInput, region: &Region) -> PainEstimate {
    let n = &input.needling;
    let mut p = PainBuilder::new();
    p.step(
        "Starting point: 1.25 mm with numbing cream",
        Direction::Neutral,
        (20, 45),
        "Small studies measured about 3 out of 10 at 1.25 mm on the face (n = 26) and 5.4 at \
         2.5 mm with numbing cream (n = 15); another found 5.2 \u{b1} 1.7 with a 1.0 mm roller \
         after numbing cream (Luz 2017, n = 9). Dermamap reads them as pain with numbing cream. \
         Real pain varies widely, so the range is wide on purpose.",
        &[NeedlingPainStudies, Luz2017],
    );
    let depth_shift = needling_centre(n.depth) - needling_centre(NeedleDepth::from_hundredths(125));
    let depth = n.depth.text();
    let (dir, why) = match depth_shift.cmp(&0) {
        std::cmp::Ordering::Greater => (
            Direction::Up,
            "Deeper needles hurt more (pain studies). Dermamap follows a straight line from 3 at \
             1.25 mm to 5.4 at 2.5 mm.",
        ),
        std::cmp::Ordering::Less => (
            Direction::Down,
            "Shallower needles hurt less (pain studies). Dermamap follows the same straight line \
             below 1.25 mm, which is our assumption.",
        ),
        std::cmp::Ordering::Equal => (
            Direction::Neutral,
            "This is the depth the starting point was measured at.",
        ),
    };
    p.step(
        format!("Needle depth {depth} mm"),
        dir,
        (depth_shift, depth_shift),
        why,
        &[NeedlingPainStudies],
    );
    if n.numbing {
        p.step(
            "Numbing cream",
            Direction::Down,
            (0, 0),
            "Numbing cream lowers the pain. The starting point is already pain with numbing \
             cream, so the range doesn't move further.",
            &[NeedlingPainStudies, Seed004],
        );
    } else {
        p.step(
            "No numbing cream",
            Direction::Up,
            (10, 10),
            "The starting point is pain with numbing cream, as in the studies that said; \
             without it Dermamap adds a point (our assumption). The article “What is micro needling” suggests numbing cream \
             if your tolerance is low.",
            &[NeedlingPainStudies, Seed004],
        );
    }
    match region.tissue {
        Tissue::Bony => p.step(
            format!("Bony area: {}", region.name),
            Direction::Up,
            (5, 10),
            "The pain studies found bonier, thinner-skinned areas hurt more. Dermamap adds half a \
             point to a point; the size is our assumption.",
            &[NeedlingPainStudies],
        ),
        Tissue::Average => p.step(
            format!("Average area: {}", region.name),
            Direction::Neutral,
            (0, 0),
            "Neither especially bony nor fleshy, so the range doesn't move.",
            &[NeedlingPainStudies],
        ),
        Tissue::Fleshy => p.step(
            format!("Fleshy area: {}", region.name),
            Direction::Down,
            (-5, -5),
            "The pain studies found bonier, thinner-skinned areas hurt more, so a fleshy area \
             should hurt a little less. Dermamap takes half a point off; the size is our assumption.",
            &[NeedlingPainStudies],
        ),
    }
    match n.skin {
        Skin::Thin => p.step(
            "Thin skin",
            Direction::Up,
            (5, 5),
            "The pain studies found thinner-skinned areas hurt more. Dermamap adds half a point; \
             the size is our assumption.",
            &[NeedlingPainStudies],
        ),
        Skin::Thick => p.step(
            "Thick skin",
            Direction::Neutral,
            (0, 0),
            "Thicker skin is not known to add pain, so the range doesn't move.",
            &[NeedlingPainStudies],
        ),
    }
    tolerance_step(
        &mut p,
        input.tolerance,
        &[Seed004],
        "The article “What is micro needling”: with a low pain tolerance, numbing cream helps.",
    );
    if n.sessions > 1 {
        p.step(
            format!("{} sessions", n.sessions),
            Direction::Neutral,
            (0, 0),
            "The range is for each session, not the whole course.",
            &[],
        );
    }
    p.finish(
        "each session",
        "The figures come from small clinical studies; pain varies widely from person to person.",
    )
}
