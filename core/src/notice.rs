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

/// At most this many notices are shown for one address: a hostile query with thousands of
/// bad values gets a short list and a count, not thousands of lines.
pub const MAX_NOTICES: usize = 10;

/// The first notices, and one that counts the rest when there are more than [`MAX_NOTICES`].
pub fn capped(mut notices: Vec<Notice>) -> Vec<Notice> {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(Notice::new(
            "",
            format!("…and {more} more values were ignored."),
        ));
    }
    notices
}

#[cfg(test)]
mod cap_tests {
    use super::*;

    #[test]
    fn notices_are_capped_with_a_count() {
        let many: Vec<Notice> = (0..25)
            .map(|i| Notice::new(format!("k{i}"), "bad"))
            .collect();
        let shown = capped(many);
        assert_eq!(shown.len(), MAX_NOTICES);
        assert_eq!(
            shown.last().unwrap().message,
            "…and 16 more values were ignored."
        );
        let few: Vec<Notice> = (0..3)
            .map(|i| Notice::new(format!("k{i}"), "bad"))
            .collect();
        assert_eq!(capped(few.clone()), few);
    }
}
