//! A value from outside (a link's query, an embed's settings) that could not be used, and
//! what was done instead, in plain words. Parsers return these beside their result; pages
//! list them so a person (or a studio) can fix the link.

use serde::Serialize;

/// One ignored or replaced value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The key it was given under (e.g. "anchors", "cur"), at most a few dozen characters.
    pub field: String,
    pub message: String,
}

impl Notice {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Notice {
            field: field.into(),
            message: message.into(),
        }
    }
}
