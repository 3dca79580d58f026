//! What follows from one choice in the estimator's form: the cascades a person expects
//! (another procedure starts from its own defaults; another area or skin resets the needle
//! depth to its sourced value; another concern resets the number of sessions) and the
//! checks on what is typed into its number fields. The form only calls these.

use crate::content;
use crate::locale::fill;
use crate::model::Procedure;

use super::choices::{
    default_region, Concern, EstimateInput, Skin, ANCHORS_MAX, ANCHORS_MIN, SESSIONS_MAX,
    SESSIONS_MIN,
};
use super::needle_depth::NeedleDepth;

impl EstimateInput {
    /// Switches to `procedure`: the area is kept if it offers the procedure, else it becomes
    /// the procedure's default; everything else starts from the procedure's defaults, except
    /// the person's pain tolerance.
    pub fn switch_procedure(&mut self, procedure: Procedure) {
        if self.procedure == procedure {
            return;
        }
        let keep = content::region(&self.region).is_some_and(|r| r.suits(procedure));
        let region = if keep {
            self.region.clone()
        } else {
            default_region(procedure).to_string()
        };
        let tolerance = self.tolerance;
        *self = EstimateInput::for_region(procedure, &region);
        self.tolerance = tolerance;
    }

    /// Chooses an area of the map by id, resetting the needle depth to its sourced value.
    /// `false` (and no change) for an id that is not on the map.
    pub fn choose_region(&mut self, id: impl AsRef<str>) -> bool {
        let Some(region) = content::region(id) else {
            return false;
        };
        self.region = region.id.to_string();
        self.reset_depth();
        true
    }

    /// Chooses the skin in the area, resetting the needle depth to its sourced value.
    pub fn choose_skin(&mut self, skin: Skin) {
        self.needling.skin = skin;
        self.reset_depth();
    }

    /// Chooses what to treat, resetting the sessions to the sourced number for it.
    pub fn choose_concern(&mut self, concern: Concern) {
        self.needling.concern = concern;
        self.needling.sessions = concern.sessions().default;
    }

    fn reset_depth(&mut self) {
        self.needling.depth =
            NeedleDepth::default_for(&self.region, self.needling.skin, self.needling.at_home);
    }
}

/// A needle depth typed into the form, one the estimator covers, or the message to show
/// beside the field.
pub fn depth_from_field(raw: &str) -> Result<NeedleDepth, String> {
    NeedleDepth::parse(raw.trim())
        .filter(|d| d.is_covered())
        .ok_or_else(|| {
            fill(
                tr!("Enter a depth from {}, like 0.5 or 1.25."),
                &[("", &NeedleDepth::limits_text())],
            )
        })
}

/// Help under the anchors field.
pub fn anchors_help() -> String {
    fill(
        tr!("How many dermals in this visit ({ANCHORS_MIN} to {ANCHORS_MAX}). Each anchor is priced \
         separately."),
        &[("ANCHORS_MIN", &ANCHORS_MIN), ("ANCHORS_MAX", &ANCHORS_MAX)],
    )
}

/// Help under the needle depth field.
pub fn depth_help() -> String {
    fill(
        tr!("{}. Changing the area or skin type resets it to the sourced depth for that area (drpen.net)."),
        &[("", &NeedleDepth::limits_text())],
    )
}

/// Help under the sessions field.
pub fn sessions_help() -> String {
    fill(
        tr!("{SESSIONS_MIN} to {SESSIONS_MAX}. Starts at the sourced number for what you want to treat."),
        &[
            ("SESSIONS_MIN", &SESSIONS_MIN),
            ("SESSIONS_MAX", &SESSIONS_MAX),
        ],
    )
}

/// A whole number typed into the form, within `min..=max`, or the message to show.
pub fn whole_number_in(raw: &str, min: u8, max: u8) -> Result<u8, String> {
    raw.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            fill(
                tr!("Enter a whole number from {min} to {max}."),
                &[("min", &min), ("max", &max)],
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimator::Tolerance;

    #[test]
    fn switching_procedure_keeps_a_suitable_area_and_the_tolerance() {
        let mut i = EstimateInput::for_region(Procedure::Dermal, "nape");
        i.tolerance = Tolerance::ALL[0];
        i.switch_procedure(Procedure::Microneedling);
        assert_eq!(i.procedure, Procedure::Microneedling);
        assert!(content::region(&i.region).is_some_and(|r| r.suits(Procedure::Microneedling)));
        assert_eq!(i.tolerance, Tolerance::ALL[0]);
        let before = i.clone();
        i.switch_procedure(Procedure::Microneedling);
        assert_eq!(i, before, "the same procedure changes nothing");
    }

    #[test]
    fn area_and_skin_reset_the_depth_and_concern_the_sessions() {
        let mut i = EstimateInput::for_region(
            Procedure::Microneedling,
            default_region(Procedure::Microneedling),
        );
        i.needling.depth = NeedleDepth::MAX;
        let other = content::regions_for(Procedure::Microneedling)
            .last()
            .unwrap()
            .id;
        assert!(i.choose_region(other));
        assert_eq!(
            i.needling.depth,
            NeedleDepth::default_for(other, i.needling.skin, false)
        );
        assert!(!i.choose_region("nowhere"));
        assert_eq!(i.region, other.slug());
        for c in Concern::ALL {
            i.choose_concern(*c);
            assert_eq!(i.needling.sessions, c.sessions().default);
        }
    }

    #[test]
    fn typed_numbers() {
        assert_eq!(
            depth_from_field(" 1.25 "),
            Ok(NeedleDepth::from_hundredths(125))
        );
        assert!(depth_from_field("3").unwrap_err().contains("0.25 to 2.5"));
        assert!(depth_from_field("abc").is_err());
        assert_eq!(whole_number_in("3", 1, 10), Ok(3));
        assert_eq!(
            whole_number_in("11", 1, 10),
            Err("Enter a whole number from 1 to 10.".into())
        );
    }

    #[test]
    fn help_states_the_limits() {
        assert_eq!(
            anchors_help(),
            "How many dermals in this visit (1 to 10). Each anchor is priced separately."
        );
        assert_eq!(
            depth_help(),
            "0.25 to 2.5 mm. Changing the area or skin type resets it to the sourced depth for \
             that area (drpen.net)."
        );
        assert_eq!(
            sessions_help(),
            "1 to 8. Starts at the sourced number for what you want to treat."
        );
    }
}
