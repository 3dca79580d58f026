//! What a person chooses: the regions it offers, its defaults.

use super::{DERMAL_IDS, NEEDLING_IDS};
use crate::content;
use crate::estimator::{default_region, Concern, NeedleDepth, Skin, SESSIONS_MAX, SESSIONS_MIN};
use crate::model::{Procedure, Span};
use crate::sources::SourceId::*;

#[test]
fn content_has_the_agreed_regions() {
    for id in DERMAL_IDS {
        let r = content::region(id).unwrap_or_else(|| panic!("dermal region {id} missing"));
        assert!(r.suits(Procedure::Dermal), "{id}");
    }
    for id in NEEDLING_IDS {
        let r = content::region(id).unwrap_or_else(|| panic!("needling region {id} missing"));
        assert!(r.suits(Procedure::Microneedling), "{id}");
    }
    assert_eq!(default_region(Procedure::Dermal), "cheekbone");
    assert_eq!(default_region(Procedure::Microneedling), "cheeks");
}

#[test]
fn defaults_follow_sources() {
    // Depth default: shallow end of the sourced range, else 0.5 mm.
    for r in content::regions() {
        for skin in Skin::ALL {
            let d = NeedleDepth::default_for(r.id, *skin, false);
            assert!(d.is_covered());
            match NeedleDepth::sourced(r, *skin) {
                Some((s, _)) => assert_eq!(d, s.min.clamp(NeedleDepth::MIN, NeedleDepth::MAX)),
                None => assert_eq!(d, NeedleDepth::FALLBACK),
            }
            assert!(NeedleDepth::default_for(r.id, *skin, true) <= NeedleDepth::AT_HOME_MAX);
        }
    }
    assert_eq!(
        NeedleDepth::default_for("nowhere", Skin::Thin, false),
        NeedleDepth::from_hundredths(50)
    );
    assert_eq!(Concern::AcneScars.sessions().range, Some(Span::new(1, 8)));
    // No source gives a number of sessions for other concerns: none is shown.
    assert_eq!(Concern::FineLines.sessions().range, None);
    assert!(Concern::AcneScars
        .sessions()
        .sources
        .contains(&Minutilli2024));
    for c in Concern::ALL {
        let g = c.sessions();
        assert!(
            g.range.is_none_or(|r| r.contains(g.default))
                && (SESSIONS_MIN..=SESSIONS_MAX).contains(&g.default)
        );
        assert_eq!(
            g.spacing_weeks,
            Span::new(4, 5),
            "“What is micro needling”: four to five weeks"
        );
    }
}
