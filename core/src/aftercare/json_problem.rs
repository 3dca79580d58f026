//! What a stored record or an imported file's JSON reader found wrong, for a person to read.

use crate::locale::fill;

/// A JSON reader's error in the reader's language: what kind of problem, and where. The
/// parser's own wording is English and technical ("unknown variant `tattoo`"), so it is not
/// shown.
pub(crate) fn json_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Syntax => tr!("not valid JSON"),
        Category::Eof => tr!("it ends too early"),
        Category::Data => tr!("a value is missing, or is not one Dermamap knows"),
        Category::Io => tr!("it could not be read"),
    };
    if e.line() == 0 {
        return what.to_string();
    }
    fill(
        tr!("{what} (line {line}, column {column})"),
        &[
            ("what", &what),
            ("line", &e.line()),
            ("column", &e.column()),
        ],
    )
}
