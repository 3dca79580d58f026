//! Response headers that are rules, not files: content types, cache policies, content
//! negotiation, ETags and the plain error responses.

use std::path::Path;
use std::time::UNIX_EPOCH;

use axum::body::Body;
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::StatusCode;
use axum::response::Response;

pub(crate) fn joined(headers: &HeaderMap, name: HeaderName) -> String {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",")
}

/// Whether an Accept-Encoding value permits `coding` (q > 0, explicitly or via `*`).
pub(crate) fn accepts(accept_encoding: &str, coding: &str) -> bool {
    let mut explicit: Option<f32> = None;
    let mut star: Option<f32> = None;
    for item in accept_encoding.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .find_map(|p| {
                let p = p.trim();
                p.strip_prefix("q=").or_else(|| p.strip_prefix("Q="))
            })
            .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0));
        if name.eq_ignore_ascii_case(coding)
            || (coding == "gzip" && name.eq_ignore_ascii_case("x-gzip"))
        {
            explicit = Some(explicit.map_or(q, |e: f32| e.max(q)));
        } else if name == "*" {
            star = Some(q);
        }
    }
    explicit.or(star).is_some_and(|q| q > 0.0)
}

/// Weak validator from size, mtime and encoding; enough for `no-cache`
/// revalidation of index.html without hashing files per request.
pub(crate) fn etag(meta: &std::fs::Metadata, coding: Option<&str>) -> String {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    match coding {
        Some(c) => format!("W/\"{:x}-{:x}-{c}\"", meta.len(), mtime),
        None => format!("W/\"{:x}-{:x}\"", meta.len(), mtime),
    }
}

pub(crate) fn if_none_match(header_value: &str, etag: &str) -> bool {
    let strip = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let ours = strip(etag);
    header_value
        .split(',')
        .any(|t| t.trim() == "*" || (!t.trim().is_empty() && strip(t) == ours))
}

pub(crate) fn plain(status: StatusCode) -> Response {
    let text = format!(
        "{} {}\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    let mut res = Response::new(Body::from(text));
    *res.status_mut() = status;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Content-Type of the original (uncompressed) file name.
pub(crate) fn content_type(name: &str) -> &'static str {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "xml" => "application/xml",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// Cache policy by file name (last path segment).
pub(crate) fn cache_control(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    // Never changes under its name: the wasm, scripts, styles and each language's text
    // (lang/es-<hash>.json), all named by their content.
    if has_trunk_hash(name) {
        return "public, max-age=31536000, immutable";
    }
    // These name the current build's hashed assets, so they must be revalidated; HTML pages
    // are the same kind of entry point, other JSON (precache.json) is the build's.
    if matches!(name, "manifest.webmanifest" | "sw.js")
        || name.ends_with(".html")
        || name.ends_with(".json")
    {
        return "no-cache";
    }
    "public, max-age=3600"
}

/// Whether a file name is content-hashed (by Trunk, or by the prerender for a language's
/// text): the rule of `scripts/hashed-name.mjs` (a name, `-<8 to 16 hex digits>`, optionally
/// `_bg`, then `.wasm`, `.js`, `.css` or `.json`), which a test below checks this against.
/// Trunk prints its u64 hash without leading zeros, hence 8-16.
pub(crate) fn has_trunk_hash(name: &str) -> bool {
    let Some(stem) = [
        "_bg.wasm", "_bg.js", "_bg.css", "_bg.json", ".wasm", ".js", ".css", ".json",
    ]
    .iter()
    .find_map(|ext| name.strip_suffix(ext)) else {
        return false;
    };
    match stem.rsplit_once('-') {
        Some((name, hash)) => {
            !name.rsplit('/').next().unwrap_or(name).is_empty()
                && (8..=16).contains(&hash.len())
                && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_policies() {
        let immutable = "public, max-age=31536000, immutable";
        assert_eq!(
            cache_control("dermamap-1a2b3c4d5e6f7a8b_bg.wasm"),
            immutable
        );
        assert_eq!(cache_control("/dermamap-1a2b3c4d5e6f7a8b.js"), immutable);
        assert_eq!(cache_control("style-0123456789abcdef.css"), immutable);
        assert_eq!(cache_control("style-0123456789ABCDEF.css"), immutable);
        assert_eq!(cache_control("index.html"), "no-cache");
        assert_eq!(cache_control("manifest.webmanifest"), "no-cache");
        assert_eq!(cache_control("lang/es.json"), "no-cache");
        assert_eq!(cache_control("lang/es-0123456789abcdef.json"), immutable);
        assert_eq!(
            cache_control("lang/es.pages-0123456789abcdef.json"),
            immutable
        );
        assert_eq!(cache_control("sw.js"), "no-cache");
        assert_eq!(cache_control("precache.json"), "no-cache");
        assert_eq!(cache_control("icon-192.png"), "public, max-age=3600");
        // Trunk drops leading zeros: a 15-digit hash is still a hash.
        assert_eq!(cache_control("dermamap-535f70faed64b11.js"), immutable);
        assert_eq!(cache_control("dermamap-535f70faed64b11_bg.wasm"), immutable);
        assert_eq!(cache_control("style-0123456.css"), "public, max-age=3600"); // 7 hex
        assert_eq!(
            cache_control("style-0123456789abcdef0.css"),
            "public, max-age=3600"
        ); // 17 hex
        assert_eq!(
            cache_control("style-0123456789abcdeg.css"),
            "public, max-age=3600"
        );
        assert_eq!(
            cache_control("-0123456789abcdef.css"),
            "public, max-age=3600"
        );
        assert_eq!(cache_control("x-0123456789abcdef"), "public, max-age=3600");
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a_bg.wasm"), "application/wasm");
        assert_eq!(content_type("a.js"), "text/javascript; charset=utf-8");
        assert_eq!(
            content_type("manifest.webmanifest"),
            "application/manifest+json"
        );
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("x.ics"), "text/calendar; charset=utf-8");
        assert_eq!(content_type("noext"), "application/octet-stream");
    }

    #[test]
    fn accept_encoding_parsing() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip, deflate, br", "gzip"));
        assert!(!accepts("gzip", "br"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("br;q=0, gzip", "br"));
        assert!(accepts("*", "br"));
        assert!(!accepts("*, br;q=0", "br"));
        assert!(accepts("x-gzip", "gzip"));
        assert!(accepts("BR;q=0.5", "br"));
    }

    /// The JavaScript definition (build scripts, service worker, tests) and this one agree.
    #[test]
    fn hashed_names_follow_the_one_javascript_definition() {
        let js = include_str!("../../scripts/hashed-name.mjs");
        let start = js
            .find("export const HASHED = /")
            .expect("HASHED in hashed-name.mjs")
            + "export const HASHED = /".len();
        let end = start + js[start..].find("/;").expect("end of the HASHED literal");
        let pattern = regex::Regex::new(&js[start..end]).expect("a valid pattern");
        let mut checked = 0;
        for name in sample_names() {
            assert_eq!(has_trunk_hash(&name), pattern.is_match(&name), "{name}");
            checked += 1;
        }
        assert!(checked > 200);
    }

    /// File names hashed or nearly so, for comparing the definitions.
    fn sample_names() -> Vec<String> {
        let mut names = Vec::new();
        for prefix in ["dermamap", "", "a-b.c", "chunks/x", "lang/es.pages"] {
            for hash in [
                "0123abcd",
                "0123456789abcdef",
                "123abcd",
                "0123456789abcdef0",
                "0123ABCD",
                "0123abcg",
            ] {
                for suffix in [
                    "_bg.wasm",
                    ".wasm",
                    ".js",
                    ".css",
                    ".json",
                    ".pages.json",
                    "_bg.js",
                    ".png",
                    ".js.br",
                    "_bg_bg.wasm",
                    "",
                ] {
                    names.push(format!("{prefix}-{hash}{suffix}"));
                }
            }
        }
        names.extend(["index.html", "sw.js", "style.css", "app.wasm", "-.js"].map(String::from));
        names
    }

    /// The nginx configs in deploy/nginx/ follow the same rules: the hashed-file pattern, the
    /// content types, the cache policies, and every location includes the security headers.
    #[test]
    fn nginx_configs_follow_the_same_rules() {
        for (file, conf) in [
            (
                "dermamap.conf",
                include_str!("../../deploy/nginx/dermamap.conf"),
            ),
            (
                "dermamap-guide.conf",
                include_str!("../../deploy/nginx/dermamap-guide.conf"),
            ),
        ] {
            // The hashed files' location: the regex location for wasm, js and css.
            let start = conf
                .match_indices("location ~ \"")
                .map(|(i, m)| i + m.len())
                .find(|&i| {
                    conf[i..]
                        .split('"')
                        .next()
                        .unwrap_or("")
                        .contains("wasm|json|js|css")
                })
                .expect("the hashed files' regex location");
            let end = start + conf[start..].find('"').unwrap();
            let hashed = regex::Regex::new(&conf[start..end]).expect("a valid pattern");
            for name in sample_names() {
                let path = format!("/{}", name.trim_start_matches('/'));
                assert_eq!(
                    has_trunk_hash(&name),
                    hashed.is_match(&path),
                    "{file}: {name}"
                );
            }
            let types = &conf[conf.find("types {").unwrap()..];
            let types = &types[..types.find('}').unwrap()];
            for line in types.lines().skip(1) {
                let mut words = line.trim().trim_end_matches(';').split_whitespace();
                let Some(mime) = words.next() else { continue };
                for ext in words {
                    let ours = content_type(&format!("x.{ext}"));
                    assert_eq!(ours.split(';').next().unwrap(), mime, "{file}: .{ext}");
                }
            }
            for (name, want) in [
                ("dermamap-0123456789abcdef_bg.wasm", "immutable"),
                ("sw.js", "no-cache"),
                ("embed.js", "3600"),
            ] {
                assert!(cache_control(name).contains(want), "{name}");
                assert!(
                    conf.contains(&format!(
                        "add_header Cache-Control \"{}\" always;",
                        cache_control(name)
                    )),
                    "{file}: {name}"
                );
            }
            let locations =
                conf.matches("\n    location").count() + conf.matches("\n        location").count();
            let includes = conf
                .matches("include /srv/dermamap/dist/nginx-headers.conf;")
                .count();
            assert!(
                includes >= locations,
                "{file}: {includes} includes for {locations} locations"
            );
        }
    }
}
