//! Internal links of a rendered page, made relative to the page's `<base>`.

use crate::render::BASE_MARKER;

/// Rewrites every attribute value that starts with [`BASE_MARKER`] ("/__dermamap_base__/map/nape")
/// into a path relative to the app's folder ("map/nape"; the app's root is "./"). Fails if the
/// marker is left anywhere else (in text, or unquoted), which would be a broken link.
pub fn relative_to_base(html: &str) -> Result<String, String> {
    let quoted = format!("\"{BASE_MARKER}");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(&quoted) {
        out.push_str(&rest[..at + 1]);
        let after = &rest[at + quoted.len()..];
        let end = after.find('"').ok_or("an unterminated attribute")?;
        let path = after[..end].trim_start_matches('/');
        if path.is_empty() || path.starts_with(['?', '#']) {
            out.push_str("./");
        }
        out.push_str(path);
        rest = &after[end..];
    }
    out.push_str(rest);
    if out.contains(BASE_MARKER) {
        return Err(format!("{BASE_MARKER} left outside a quoted attribute"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_links_become_relative_to_the_base() {
        let m = BASE_MARKER;
        let html = format!(
            r#"<a href="{m}/">a</a><a href="{m}">b</a><a href="{m}/map/nape">c</a><a href="{m}/?x=1">d</a><a href="{m}/estimator?procedure=dermal#r">e</a><a href="https://other.example/">f</a>"#
        );
        assert_eq!(
            relative_to_base(&html).unwrap(),
            r#"<a href="./">a</a><a href="./">b</a><a href="map/nape">c</a><a href="./?x=1">d</a><a href="estimator?procedure=dermal#r">e</a><a href="https://other.example/">f</a>"#
        );
        assert!(relative_to_base(&format!("<p>{m}/map</p>")).is_err());
        assert!(relative_to_base(&format!(r#"<a href="{m}/map>"#)).is_err());
    }
}
