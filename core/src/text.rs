//! Text that comes from outside (a studio's name, a plan's name, a value in a link, a
//! reason from a parser): the one set of rules for cleaning it and for repeating it back.
//!
//! - [`is_invisible`]: control characters and bidi controls, which can hide or reorder text.
//! - [`visible`] drops them; [`one_line`] makes them spaces and folds white space.
//! - [`cut`] shortens on a character boundary; [`echo`] and [`quote_if_plain`] are the two
//!   ways a message may repeat what was given.

/// Control characters, and the bidirectional marks, embeddings, overrides and isolates that
/// can make text read differently from what it is.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `raw` without invisible characters.
pub fn visible(raw: &str) -> String {
    raw.chars().filter(|c| !is_invisible(*c)).collect()
}

/// `raw` on one line: invisible characters as spaces, runs of white space as one space,
/// trimmed.
pub fn one_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len().min(1024));
    for c in raw.chars() {
        if is_invisible(c) || c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// At most `max` characters of `s` (never splitting one), and whether anything was cut.
pub fn cut(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((at, _)) => (s[..at].to_string(), true),
        None => (s.to_string(), false),
    }
}

/// What was given, for a message: visible characters only, at most `max` of them, with `…`
/// where it was cut.
pub fn echo(raw: &str, max: usize) -> String {
    let (mut s, was_cut) = cut(&visible(raw), max);
    if was_cut {
        s.push('…');
    }
    s
}

/// The value in straight quotes if it is short and made of plain characters (letters,
/// digits, `.-_ +`), else a neutral phrase in brackets, translated ("(empty)", "(value not
/// shown)"): for messages about values of a link, which anyone can craft.
pub fn quote_if_plain(raw: &str, max: usize) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '+');
    if raw.trim().is_empty() {
        tr!("(empty)").to_string()
    } else if raw.chars().count() <= max && raw.chars().all(plain) {
        format!("\"{raw}\"")
    } else {
        tr!("(value not shown)").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters() {
        for c in ['\0', '\n', '\u{7f}', '\u{200e}', '\u{202e}', '\u{2067}'] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', ' ', 'é', '“'] {
            assert!(!is_invisible(c), "{c:?}");
        }
        assert_eq!(visible("Ink\n\u{202e}Steel"), "InkSteel");
        assert_eq!(one_line("  a\t\u{202e} b\n"), "a b");
    }

    #[test]
    fn cutting_and_echoing() {
        assert_eq!(cut("éé", 1), ("é".to_string(), true));
        assert_eq!(cut("é", 1), ("é".to_string(), false));
        assert_eq!(echo("a\u{0}bc", 2), "ab…");
        assert_eq!(quote_if_plain("mars", 40), "\"mars\"");
        assert_eq!(quote_if_plain("<b>", 40), "(value not shown)");
        assert_eq!(quote_if_plain("", 40), "(empty)");
        assert_eq!(quote_if_plain(" ", 40), "(empty)");
    }
}
