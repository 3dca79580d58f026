//! How strong the evidence behind a figure is: the weightiest kind of source it cites.

use super::{SourceId, SourceKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Only studio, vendor, editorial or unnamed pages say it.
    LowerConfidence,
    /// An expert's commentary in a journal.
    ExpertView,
    /// Small clinical studies.
    SmallStudies,
    /// A professional body, public health service or regulator.
    Professional,
}

impl Evidence {
    /// The weightiest evidence among these sources (lower confidence for none).
    pub fn of(sources: &[SourceId]) -> Evidence {
        sources
            .iter()
            .map(|s| match s.source().kind {
                SourceKind::ProfessionalBody
                | SourceKind::HealthService
                | SourceKind::Regulator => Evidence::Professional,
                SourceKind::Study { .. } => Evidence::SmallStudies,
                SourceKind::Commentary { .. } => Evidence::ExpertView,
                SourceKind::StudioOrVendor | SourceKind::Editorial | SourceKind::UnnamedArticle => {
                    Evidence::LowerConfidence
                }
            })
            .max()
            .unwrap_or(Evidence::LowerConfidence)
    }

    /// Shown beside a figure.
    pub fn label(self) -> &'static str {
        match self {
            Evidence::Professional => {
                tr!("Evidence: professional body, health service or regulator")
            }
            Evidence::SmallStudies => tr!("Evidence: small clinical studies"),
            Evidence::ExpertView => tr!("Evidence: an expert's journal commentary"),
            Evidence::LowerConfidence => {
                tr!("Evidence: studio, vendor or editorial pages only (lower confidence)")
            }
        }
    }

    /// A short class name for styling.
    pub fn slug(self) -> &'static str {
        match self {
            Evidence::Professional => "professional",
            Evidence::SmallStudies => "studies",
            Evidence::ExpertView => "expert",
            Evidence::LowerConfidence => "lower",
        }
    }
}
