//! Why an input cannot be estimated, in words a person can act on.

use crate::content::RegionId;
use crate::locale::{fill, tr};
use crate::model::{Procedure, Span};

use super::choices::{ANCHORS_MAX, ANCHORS_MIN, SESSIONS_MAX, SESSIONS_MIN};
use super::echo::shown;
use super::needle_depth::NeedleDepth;
use super::price_book::PriceItem;

/// Something in the input or the price book the estimator cannot use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No area has this id (the id is clipped to 40 characters).
    UnknownRegion {
        id: String,
    },
    /// The area exists but the procedure isn't done there.
    RegionDoesNotSuit {
        region: RegionId,
        name: crate::locale::Text,
        procedure: Procedure,
    },
    AnchorsOutOfRange {
        given: u8,
    },
    DepthOutOfRange {
        given: NeedleDepth,
    },
    SessionsOutOfRange {
        given: u8,
    },
    /// A price in the price book has its lowest figure above its highest.
    PriceOutOfOrder {
        item: PriceItem,
    },
}

impl InputError {
    /// The problem in plain words, for the screen.
    pub fn message(&self) -> String {
        match self {
            InputError::UnknownRegion { id } if id.is_empty() => {
                tr!("Choose an area on the body map first.").to_string()
            }
            InputError::UnknownRegion { id } => {
                fill(
                    tr!("Dermamap doesn't know the area {}. Choose one on the body map."),
                    &[("", &shown(id))],
                )
            }
            InputError::RegionDoesNotSuit { name, procedure, .. } => fill(
                tr!("{name} isn't a place for {}. Choose another area or the other procedure."),
                &[("name", &tr(*name)), ("", &procedure.as_object())],
            ),
            InputError::AnchorsOutOfRange { given } => fill(
                tr!("{given} anchors is outside what the estimator covers: choose {ANCHORS_MIN} to {ANCHORS_MAX}."),
                &[
                    ("given", given),
                    ("ANCHORS_MIN", &ANCHORS_MIN),
                    ("ANCHORS_MAX", &ANCHORS_MAX),
                ],
            ),
            InputError::DepthOutOfRange { given } => fill(
                tr!("A {} mm needle is outside the {} mm range the sources describe."),
                &[
                    ("", &given.local_text()),
                    (
                        "",
                        &NeedleDepth::span_text(Span::new(NeedleDepth::MIN, NeedleDepth::MAX)),
                    ),
                ],
            ),
            InputError::SessionsOutOfRange { given } => fill(
                tr!("{given} sessions is outside what the estimator covers: choose {SESSIONS_MIN} to {SESSIONS_MAX}."),
                &[
                    ("given", given),
                    ("SESSIONS_MIN", &SESSIONS_MIN),
                    ("SESSIONS_MAX", &SESSIONS_MAX),
                ],
            ),
            InputError::PriceOutOfOrder { item } => fill(
                tr!("The price for {} has its lowest figure above its highest. Check the price list."),
                &[("", &item.label())],
            ),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for InputError {}
