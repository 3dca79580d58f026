//! The choices a new plan starts from when a link opens the aftercare page
//! (`?procedure=microneedling&region=cheeks`, from a region's panel or the embed's map).

use crate::content::{self, RegionId};
use crate::model::Procedure;
use crate::query;

/// A new plan's starting procedure and region. Anything unknown in the link falls back:
/// the procedure to a micro-dermal, the region to none (also when it does not suit the
/// procedure).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanStart {
    pub procedure: Procedure,
    /// A region id from the map, only if it offers the procedure.
    pub region: Option<RegionId>,
}

impl PlanStart {
    /// Reads `procedure` and `region` from a query string (with or without its `?`).
    pub fn from_query(q: &str) -> Self {
        let pairs = query::parse(q);
        let procedure = query::get(&pairs, "procedure")
            .and_then(Procedure::from_slug)
            .unwrap_or(Procedure::Dermal);
        let region = query::get(&pairs, "region")
            .and_then(content::region)
            .filter(|r| r.suits(procedure))
            .map(|r| r.id);
        PlanStart { procedure, region }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_procedure_and_region() {
        let s = PlanStart::from_query("?procedure=microneedling&region=cheeks");
        assert_eq!(s.procedure, Procedure::Microneedling);
        assert_eq!(s.region, Some(RegionId::Cheeks));
    }

    #[test]
    fn unknown_or_unsuited_values_fall_back() {
        let s = PlanStart::from_query("procedure=tattoo&region=nowhere");
        assert_eq!(
            s,
            PlanStart {
                procedure: Procedure::Dermal,
                region: None
            }
        );
        // Every region a procedure does not offer is dropped, never kept as text.
        for r in content::regions() {
            for p in Procedure::ALL {
                let s = PlanStart::from_query(&format!("procedure={}&region={}", p.slug(), r.id));
                assert_eq!(s.region.is_some(), r.suits(p), "{} {}", r.id, p.slug());
            }
        }
        assert_eq!(
            PlanStart::from_query(""),
            PlanStart {
                procedure: Procedure::Dermal,
                region: None
            }
        );
    }
}
