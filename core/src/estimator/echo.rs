//! How the estimator repeats a value it was given (a link's query, a studio's name) in a
//! message: never more than [`ECHO_MAX`] characters, and quoted only when harmless.

use crate::text;

/// Longest raw value a notice or error ever repeats.
pub(super) const ECHO_MAX: usize = 40;

/// The value in quotes if it is short and plain, else a neutral phrase (see [`crate::text`](mod@crate::text)).
pub(super) fn shown(raw: &str) -> String {
    text::quote_if_plain(raw, ECHO_MAX)
}

/// At most [`ECHO_MAX`] characters of a value, for errors that keep it.
pub(super) fn clip(raw: &str) -> String {
    text::cut(raw, ECHO_MAX).0
}
