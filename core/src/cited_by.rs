//! What cites each source: every text a reader can see that names it, for the sources page.

use crate::aftercare::{DERMAL, MICRONEEDLING, WARNING_SIGNS};
use crate::content::{all_facts, general_facts, NEEDLING_CONTRAINDICATIONS, PAIN_STUDIES};
use crate::model::Procedure;
use crate::sources::SourceId;

/// Where a citing text appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CitedIn {
    /// A fact on the map or an About page.
    Fact,
    /// A published pain figure.
    PainStudy,
    /// Who should not have microneedling.
    Contraindication,
    /// A warning sign in aftercare.
    WarningSign,
    /// An aftercare task or key date.
    Aftercare,
}

impl CitedIn {
    pub fn label(self) -> &'static str {
        match self {
            CitedIn::Fact => tr!("Fact"),
            CitedIn::PainStudy => tr!("Pain figure"),
            CitedIn::Contraindication => tr!("Who should not have microneedling"),
            CitedIn::WarningSign => tr!("Warning sign"),
            CitedIn::Aftercare => tr!("Aftercare"),
        }
    }
}

/// The texts that cite `source`, each once, in the order: facts, pain figures,
/// contraindications, warning signs, aftercare.
pub fn cited_by(source: SourceId) -> Vec<(CitedIn, String)> {
    let mut out: Vec<(CitedIn, String)> = Vec::new();
    let mut push = |kind: CitedIn, text: String| {
        if !out.iter().any(|(_, t)| *t == text) {
            out.push((kind, text));
        }
    };
    let facts = general_facts(Procedure::Dermal)
        .chain(general_facts(Procedure::Microneedling))
        .chain(all_facts());
    for f in facts.filter(|f| f.sources.contains(&source)) {
        push(CitedIn::Fact, f.text.to_string());
    }
    for s in PAIN_STUDIES.iter().filter(|s| s.source == source) {
        push(
            CitedIn::PainStudy,
            format!(
                "{}, {}, {}: {} (n = {})",
                s.area,
                s.depth_text(),
                s.numbing.label(),
                s.score_text(),
                s.n
            ),
        );
    }
    for c in NEEDLING_CONTRAINDICATIONS
        .iter()
        .filter(|c| c.sources.contains(&source))
    {
        push(CitedIn::Contraindication, c.label.to_string());
    }
    for s in WARNING_SIGNS.iter().filter(|s| s.sources.contains(&source)) {
        push(CitedIn::WarningSign, s.label.to_string());
    }
    for plan in [&DERMAL, &MICRONEEDLING] {
        for t in plan.tasks.iter().filter(|t| t.sources.contains(&source)) {
            push(CitedIn::Aftercare, t.title.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::SOURCES;

    /// Every listed source is cited by something a reader sees.
    #[test]
    fn every_source_is_cited() {
        for s in SOURCES {
            assert!(!cited_by(s.id).is_empty(), "{:?} cited by nothing", s.id);
        }
        let luz = cited_by(SourceId::Luz2017);
        assert!(luz.iter().any(|(k, t)| *k == CitedIn::PainStudy
            && t.contains("5.2 ± 1.7")
            && t.contains("n = 9")));
    }
}
