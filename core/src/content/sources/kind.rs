//! What kind of source it is, so a reader can weigh it.
use crate::locale::fill;

/// The kinds of source Dermamap cites, from most to least weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// A professional body (piercers' or dermatologists' association).
    ProfessionalBody,
    /// A public health service.
    HealthService,
    /// A regulator.
    Regulator,
    /// A clinical study: `n` people; the journal and year where known.
    Study {
        journal: Option<&'static str>,
        year: Option<u16>,
        n: u16,
    },
    /// A journal commentary: an expert's view, not a study.
    Commentary { journal: &'static str, year: u16 },
    /// A studio, clinic, spa or vendor page: lower confidence.
    StudioOrVendor,
    /// An editorial or community page: lower confidence.
    Editorial,
    /// A web article whose text names no publisher: lower confidence.
    UnnamedArticle,
}

impl SourceKind {
    /// How a reader sees the kind, e.g. "Peer-reviewed study, Surgical & Cosmetic
    /// Dermatology, 2017, n = 9".
    pub fn label(self) -> String {
        match self {
            SourceKind::ProfessionalBody => tr!("Professional body").into(),
            SourceKind::HealthService => tr!("Public health service").into(),
            SourceKind::Regulator => tr!("Regulator").into(),
            SourceKind::Study {
                journal: Some(j),
                year: Some(y),
                n,
            } => fill(
                tr!("Peer-reviewed study, {j}, {y}, n = {n}"),
                &[("j", &j), ("y", &y), ("n", &n)],
            ),
            SourceKind::Study {
                year: Some(y), n, ..
            } => fill(
                tr!("Clinical study (journal not identified), reported {y}, n = {n}"),
                &[("y", &y), ("n", &n)],
            ),
            SourceKind::Study { n, .. } => fill(
                tr!("Clinical study, not identified further (n = {n})"),
                &[("n", &n)],
            ),
            SourceKind::Commentary { journal, year } => fill(
                tr!("Journal commentary (an expert's view, not a study), {journal}, {year}"),
                &[("journal", &journal), ("year", &year)],
            ),
            SourceKind::StudioOrVendor => tr!("Studio, clinic or vendor page").into(),
            SourceKind::Editorial => tr!("Editorial or community page").into(),
            SourceKind::UnnamedArticle => tr!("Web article, publisher not named").into(),
        }
    }

    /// Studio, vendor and editorial pages, and articles without a publisher, carry less
    /// weight than professional bodies, regulators and journals.
    pub fn lower_confidence(self) -> bool {
        matches!(
            self,
            SourceKind::StudioOrVendor | SourceKind::Editorial | SourceKind::UnnamedArticle
        )
    }
}
