//! What kind of source it is, so a reader can weigh it.

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
            SourceKind::ProfessionalBody => "Professional body".into(),
            SourceKind::HealthService => "Public health service".into(),
            SourceKind::Regulator => "Regulator".into(),
            SourceKind::Study {
                journal: Some(j),
                year: Some(y),
                n,
            } => format!("Peer-reviewed study, {j}, {y}, n = {n}"),
            SourceKind::Study {
                year: Some(y), n, ..
            } => {
                format!("Clinical study (journal not identified), reported {y}, n = {n}")
            }
            SourceKind::Study { n, .. } => {
                format!("Clinical study, not identified further (n = {n})")
            }
            SourceKind::Commentary { journal, year } => {
                format!("Journal commentary (an expert's view, not a study), {journal}, {year}")
            }
            SourceKind::StudioOrVendor => "Studio, clinic or vendor page".into(),
            SourceKind::Editorial => "Editorial or community page".into(),
            SourceKind::UnnamedArticle => "Web article, publisher not named".into(),
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
