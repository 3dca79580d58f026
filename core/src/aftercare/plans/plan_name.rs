//! A plan's name: cleaned like any stored text, or, when the person gave none, its procedure
//! and place in the reader's language; and a default name stored as if it were a person's.

use crate::locale::catalog::key;
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

/// Whether `name` is what the app once stored for a plan started without a name: its default
/// name in the language it was made in. Until 97add86 (2026-12-04) a plan without a name stored
/// its default name, in English until the languages arrived that morning, then in the
/// language read. Such a name is read as no name (shown in the reader's language, like any
/// plan without one). Recognised: the default name in the active language as it is now, and
/// the English one by the keys of its parts ("Micro-dermal, nape of the neck": the
/// procedure's short name, then the region's name in lower case; the wasm has no English,
/// only each text's key).
pub(crate) fn is_default_name(name: &str, procedure: Procedure, region: Option<&str>) -> bool {
    if name.is_empty() {
        return false;
    }
    if name == default_name(procedure, region) {
        return true;
    }
    let (what, place) = match (region, name.split_once(", ")) {
        (None, _) => (name, None),
        (Some(_), Some((what, place))) => (what, Some(place)),
        (Some(_), None) => return false,
    };
    if key(what) != procedure.short_text().key() {
        return false;
    }
    match (region, place) {
        (None, None) => true,
        (Some(id), Some(place)) => match crate::content::region(id) {
            // The English name, lower-cased: its first letter was the only capital.
            Some(r) => key(&capitalised(place)) == r.name.key(),
            None => place == id.replace('-', " "),
        },
        _ => false,
    }
}

/// The name a person gave, or none: a default name, stored as if it were one (before 97add86)
/// or typed out, is no name, so that it is shown in the reader's language.
pub(crate) fn person_given(name: String, procedure: Procedure, region: Option<&str>) -> String {
    if is_default_name(&name, procedure, region) {
        String::new()
    } else {
        name
    }
}

/// `place` with its first letter a capital ("nape of the neck" -> "Nape of the neck").
fn capitalised(place: &str) -> String {
    let mut chars = place.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
