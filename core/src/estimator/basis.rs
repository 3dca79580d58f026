//! What a line or a note of the cost rests on.

use crate::sources::SourceId;
use serde::Serialize;

/// What a line or a note of the cost rests on: its sources (none: Dermamap's own reasoning),
/// the prices of the studio whose embed shows the estimate, which no source stands behind
/// and which are not Dermamap's, or nothing, for a line that gives no figure ("ask your
/// studio").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Basis {
    Sources(&'static [SourceId]),
    StudioPrice,
    NoFigure,
}

impl Basis {
    /// The sources it cites: none for a studio's price or a line with no figure.
    pub fn sources(self) -> &'static [SourceId] {
        match self {
            Basis::Sources(s) => s,
            Basis::StudioPrice | Basis::NoFigure => &[],
        }
    }
}
