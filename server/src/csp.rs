//! The Content-Security-Policy: hashes of index.html's inline scripts and styles, and the
//! header value built from them. The one place the policy is written.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::*;

/// CSP `'sha256-…'` sources for every inline `<script>` (no `src`) in `html`,
/// in document order without duplicates. Trunk's module loader is inline and
/// changes every build, so this runs on the built index.html at startup.
pub fn inline_script_hashes(html: &[u8]) -> Vec<String> {
    inline_hashes(html, b"script")
}

/// CSP `'sha256-…'` sources for every `<style>` element in `html` (the stylesheet is
/// inlined into index.html so the first screen needs no second request).
pub fn inline_style_hashes(html: &[u8]) -> Vec<String> {
    inline_hashes(html, b"style")
}

/// `tag` is "script" or "style", lower case.
pub(crate) fn inline_hashes(html: &[u8], tag: &[u8]) -> Vec<String> {
    let open: Vec<u8> = [b"<".as_slice(), tag].concat();
    let close_tag: Vec<u8> = [b"</".as_slice(), tag].concat();
    let mut hashes: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].iter().position(|&b| b == b'<') {
        let lt = i + off;
        let rest = &html[lt..];
        if rest.starts_with(b"<!--") {
            // Commented-out markup is not executed; skip it so it cannot
            // desynchronise the scan.
            match find(html, lt + 4, b"-->") {
                Some(end) => i = end + 3,
                None => break,
            }
            continue;
        }
        let is_tag = starts_with_ci(rest, &open)
            && matches!(rest.get(open.len()), Some(c) if c.is_ascii_whitespace() || *c == b'>' || *c == b'/');
        if !is_tag {
            i = lt + 1;
            continue;
        }
        let Some((gt, has_src)) = scan_tag(html, lt + open.len()) else {
            break;
        };
        let body_start = gt + 1;
        let Some(close) = find_ci(html, body_start, &close_tag) else {
            break;
        };
        if !has_src {
            let digest = Sha256::digest(&html[body_start..close]);
            let source = format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            );
            if !hashes.contains(&source) {
                hashes.push(source);
            }
        }
        i = close + close_tag.len();
    }
    hashes
}

/// Walks the attributes of a start tag from `from` (just after the tag name).
/// Returns the index of the closing `>` and whether a `src` attribute exists.
/// Quote-aware, so a `>` inside an attribute value does not end the tag.
pub(crate) fn scan_tag(html: &[u8], from: usize) -> Option<(usize, bool)> {
    let mut i = from;
    let mut has_src = false;
    loop {
        while html.get(i)?.is_ascii_whitespace() || html[i] == b'/' {
            i += 1;
        }
        if html[i] == b'>' {
            return Some((i, has_src));
        }
        let name_start = i;
        while !matches!(html.get(i)?, b'=' | b'>' | b'/') && !html[i].is_ascii_whitespace() {
            i += 1;
        }
        if html[name_start..i].eq_ignore_ascii_case(b"src") {
            has_src = true;
        }
        while html.get(i)?.is_ascii_whitespace() {
            i += 1;
        }
        if html[i] != b'=' {
            continue; // boolean attribute such as `async`
        }
        i += 1;
        while html.get(i)?.is_ascii_whitespace() {
            i += 1;
        }
        match html[i] {
            q @ (b'"' | b'\'') => {
                i = i + 1 + html[i + 1..].iter().position(|&b| b == q)? + 1;
            }
            _ => {
                while !html.get(i)?.is_ascii_whitespace() && html[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

/// The Content-Security-Policy header value. `script_hashes` and `style_hashes` are
/// complete source expressions (`'sha256-…'`); `frame_ancestors` must already be
/// validated with [`validate_frame_ancestors`].
pub fn csp(script_hashes: &[String], style_hashes: &[String], frame_ancestors: &str) -> String {
    // 'wasm-unsafe-eval' lets the page compile the .wasm module without
    // opening up JS eval().
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for h in script_hashes {
        script_src.push(' ');
        script_src.push_str(h);
    }
    let mut style_src = String::from("'self'");
    for h in style_hashes {
        style_src.push(' ');
        style_src.push_str(h);
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src {style_src}; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'self'; \
         frame-ancestors {frame_ancestors}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha(s: &str) -> String {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
        )
    }

    #[test]
    fn csp_without_hashes_has_no_stray_space() {
        let p = csp(&[], &[], "*");
        assert!(p.starts_with(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
        ));
        assert!(p.ends_with("; frame-ancestors *"));
        assert!(!p.contains("unsafe-inline"));
        assert!(p.contains("object-src 'none'"));
        assert!(p.contains("img-src 'self' data:"));
    }

    #[test]
    fn csp_lists_hashes_in_script_src() {
        let p = csp(
            &["'sha256-AAA='".into(), "'sha256-BBB='".into()],
            &[],
            "'none'",
        );
        assert!(p.contains(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src"
        ));
        assert!(p.ends_with("frame-ancestors 'none'"));
    }

    #[test]
    fn hashes_only_inline_scripts_exact_bytes() {
        let loader = "\nimport init from '/dermamap-1a2b3c4d5e6f7a8b.js';\ninit('/x_bg.wasm');\n";
        let html = format!(
            "<!doctype html><html><head>\
             <script src=\"/a.js\"></script>\
             <SCRIPT defer SRC='/b.js'>ignored()</SCRIPT>\
             <!-- <script>commented()</script> -->\
             <script type=\"module\" data-x=\"a>b\">{loader}</script>\
             <script>{loader}</script>\
             <scripts>not a script</scripts>\
             <script type=module>two()</Script >\
             </head></html>"
        );
        assert_eq!(
            inline_script_hashes(html.as_bytes()),
            vec![sha(loader), sha("two()")]
        );
    }

    #[test]
    fn style_hashes_cover_inline_styles_only() {
        let css = "\nbody { color: #222 }\n";
        let html = format!(
            "<head><link rel=\"stylesheet\" href=\"/a.css\">\
             <style>{css}</style><STYLE media=\"print\">p{{x:y}}</STYLE>\
             <script>s()</script><styles>no</styles></head>"
        );
        assert_eq!(
            inline_style_hashes(html.as_bytes()),
            vec![sha(css), sha("p{x:y}")]
        );
        assert_eq!(inline_script_hashes(html.as_bytes()), vec![sha("s()")]);
        let p = csp(&[sha("s()")], &[sha(css)], "*");
        assert!(
            p.contains(&format!("style-src 'self' {};", sha(css))),
            "{p}"
        );
    }

    #[test]
    fn data_src_is_not_src() {
        let html = "<script data-src=\"/a.js\">x()</script>";
        assert_eq!(inline_script_hashes(html.as_bytes()), vec![sha("x()")]);
    }

    #[test]
    fn unterminated_script_is_ignored() {
        assert!(inline_script_hashes(b"<script>never closed").is_empty());
        assert!(inline_script_hashes(b"<script type=\"module").is_empty());
    }
}
