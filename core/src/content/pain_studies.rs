//! The published pain figures for microneedling, with the conditions they were measured
//! under: shown as they are, and the estimator's ranges must contain them (a host test).

use crate::locale::fill;
use crate::locale::number::local_decimal;
use crate::locale::Text;
use crate::sources::SourceId::{self, *};

use super::RegionId;

/// Whether numbing cream was used before the needling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbing {
    Cream,
    /// Cream, helped into the skin by a first, shallow needling.
    CreamDeliveredByNeedling,
}

impl Numbing {
    pub fn label(self) -> &'static str {
        match self {
            Numbing::Cream => tr!("after numbing cream"),
            Numbing::CreamDeliveredByNeedling => {
                tr!("numbing cream, with needling to help it into the skin")
            }
        }
    }
}

/// One published figure: mean pain out of 10.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PainStudy {
    pub source: SourceId,
    /// People in the study.
    pub n: u16,
    /// Needle depth in hundredths of a millimetre.
    pub depth_hundredths: u16,
    /// What was treated, in the study's words.
    pub area: Text,
    /// The map regions the figure applies to (the estimator's range must contain it there).
    pub regions: &'static [RegionId],
    pub numbing: Numbing,
    pub mean: f32,
    /// Standard deviation, where the source gives one.
    pub sd: Option<f32>,
    /// A caveat the source or the notes give.
    pub caveat: Option<Text>,
}

impl PainStudy {
    /// "5.2 ± 1.7 out of 10".
    pub fn score_text(&self) -> String {
        let mean = local_decimal(format!("{:.1}", self.mean));
        match self.sd {
            Some(sd) => fill(
                tr!("{mean} ± {sd} out of 10"),
                &[("mean", &mean), ("sd", &local_decimal(format!("{sd:.1}")))],
            ),
            None => fill(tr!("{mean} out of 10"), &[("mean", &mean)]),
        }
    }

    /// "1.0 mm", "1.25 mm".
    pub fn depth_text(&self) -> String {
        let h = self.depth_hundredths;
        local_decimal(if h.is_multiple_of(10) {
            format!("{}.{} mm", h / 100, (h % 100) / 10)
        } else {
            format!("{}.{:02} mm", h / 100, h % 100)
        })
    }
}

const FACE: &[RegionId] = &[
    RegionId::Forehead,
    RegionId::AroundEyes,
    RegionId::Cheeks,
    RegionId::ChinJaw,
    RegionId::Nose,
];

pub static PAIN_STUDIES: &[PainStudy] = &[
    PainStudy {
        source: Luz2017,
        n: 9,
        depth_hundredths: 100,
        area: text!("the face, with a roller"),
        regions: FACE,
        numbing: Numbing::Cream,
        mean: 5.2,
        sd: Some(1.7),
        caveat: None,
    },
    PainStudy {
        source: PainStudyFaceNeck,
        n: 26,
        depth_hundredths: 125,
        area: text!("the face"),
        regions: FACE,
        numbing: Numbing::Cream,
        mean: 3.0,
        sd: None,
        caveat: Some(text!("26 women, scored after the procedure. Each area had its own numbing cream, so the face and neck figures do not show which area hurts more.")),
    },
    PainStudy {
        source: PainStudyFaceNeck,
        n: 26,
        depth_hundredths: 125,
        area: text!("the neck"),
        regions: &[RegionId::Neck],
        numbing: Numbing::Cream,
        mean: 5.4,
        sd: None,
        caveat: Some(text!("26 women, scored after the procedure. Each area had its own numbing cream, so the face and neck figures do not show which area hurts more.")),
    },
    PainStudy {
        source: PainStudyAcneScars,
        n: 15,
        depth_hundredths: 250,
        area: text!("acne scars"),
        regions: &[RegionId::Scars],
        numbing: Numbing::Cream,
        mean: 5.4,
        sd: None,
        caveat: None,
    },
    PainStudy {
        source: PainStudyAcneScars,
        n: 15,
        depth_hundredths: 250,
        area: text!("acne scars"),
        regions: &[RegionId::Scars],
        numbing: Numbing::CreamDeliveredByNeedling,
        mean: 3.1,
        sd: None,
        caveat: None,
    },
];
