//! A plan's name: cleaned like any stored text, or, when the person gave none, its procedure
//! and place in the reader's language.

use crate::locale::{fill, tr};
use crate::model::Procedure;
use crate::text::one_line;

use super::MAX_NAME_CHARS;

/// Like [`one_line`], cut to [`MAX_NAME_CHARS`] (empty stays empty: shown by its procedure
/// and place, [`Plan::shown_name`](super::Plan::shown_name)).
pub(crate) fn normalise_name(raw: &str) -> String {
    // Only the first few KB can matter; do not scan a hostile megabyte.
    let head = match raw.char_indices().nth(4 * MAX_NAME_CHARS) {
        Some((at, _)) => &raw[..at],
        None => raw,
    };
    let cleaned = one_line(head);
    let cut: String = cleaned.chars().take(MAX_NAME_CHARS).collect();
    cut.trim_end().to_string()
}

/// "Micro-dermal, nape of the neck" or "Microneedling".
pub fn default_name(procedure: Procedure, region: Option<&str>) -> String {
    let what = procedure.short_name();
    let name = match region {
        Some(id) => {
            let place = crate::content::region(id).map_or_else(
                || id.replace('-', " "),
                |r| crate::locale::in_sentence(tr(r.name)),
            );
            fill(
                tr!("{what}, {place}"),
                &[("what", &what), ("place", &place)],
            )
        }
        None => what.to_string(),
    };
    // Clean like any stored name, so a region id such as "-x" or "a--b" (double spaces once
    // the hyphens become spaces) reads back unchanged after a save (found by fuzzing).
    one_line(&name)
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}
