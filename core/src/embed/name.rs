//! The studio's name as plain text, and the few characters of a value a notice repeats.

use crate::locale::fill;
use crate::text;

use super::{ECHO_MAX, NAME_MAX_CHARS};

/// A studio name as plain text: invisible characters removed, trimmed, at most
/// [`NAME_MAX_CHARS`] characters. `None` if nothing is left. The flag says it was cut.
pub fn clean_name(raw: &str) -> (Option<String>, bool) {
    let (name, cut) = text::cut(text::visible(raw).trim(), NAME_MAX_CHARS);
    let name = name.trim_end();
    ((!name.is_empty()).then(|| name.to_string()), cut)
}

/// At most [`ECHO_MAX`] characters of what was given, without invisible characters, quoted.
pub(crate) fn shown(raw: &str) -> String {
    fill(tr!("“{}”"), &[("", &text::echo(raw, ECHO_MAX))])
}
