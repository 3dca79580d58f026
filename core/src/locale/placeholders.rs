//! A translated text's placeholders (`{}`, `{name}`) and how they are filled: the same
//! rule for every language, so a translation may reorder what it names.

/// `template` (already translated) with its placeholders filled: `{name}` takes the value
/// named so (a translation may put them in another order), each `{}` the next unnamed one.
/// Translations keep every placeholder of their English (a host test checks).
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut unnamed = values.iter().filter(|(name, _)| name.is_empty());
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        let value = if !is_placeholder_name(name) {
            None
        } else if name.is_empty() {
            unnamed.next()
        } else {
            values.iter().find(|(n, _)| *n == name)
        };
        match value {
            Some((_, v)) => out.push_str(&v.to_string()),
            None => out.push_str(&rest[open..open + len + 1]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

fn is_placeholder_name(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The placeholders of a text, in order (`{}`, `{n}`), for the translation checks.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + len];
        if is_placeholder_name(name) {
            found.push(&rest[open..open + len + 1]);
        }
        rest = &rest[open + len + 1..];
    }
    found
}
