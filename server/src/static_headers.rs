//! `dist/_headers` for static hosts that read one (Netlify, Cloudflare Pages): the same
//! security headers and cache rules as this server, written by the build with
//! `dermamap-server --dir dist --write-headers`, so the policy is computed in one place.
//!
//! The file Trunk copies from `public/_headers` is the template: its
//! `Content-Security-Policy:` line gets the value [`csp`] computes from index.html, and an
//! immutable Cache-Control rule is added for each content-hashed asset. Writing twice gives
//! the same file.

use std::io;
use std::path::{Path, PathBuf};

use crate::*;

/// The line after which the build's own rules start; everything below it is rewritten.
const GENERATED: &str = "# Content-hashed assets (written by the build):";

/// The include file nginx reads (`deploy/nginx/*.conf`): the same security headers and
/// policy, as `add_header ... always;` lines, so error pages carry them too.
pub const NGINX_HEADERS: &str = "nginx-headers.conf";

/// Rewrites `<dir>/_headers` in place (missing template: skipped) and writes
/// `<dir>/nginx-headers.conf`.
pub fn write_static_headers(dir: &Path, frame_ancestors: &str) -> io::Result<()> {
    let html = match std::fs::read(dir.join("index.html")) {
        Ok(html) => html,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    let policy = csp(
        &inline_script_hashes(&html),
        &inline_style_hashes(&html),
        frame_ancestors,
    );
    std::fs::write(dir.join(NGINX_HEADERS), nginx_headers(&policy))?;
    let path = dir.join("_headers");
    let template = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let mut assets = Vec::new();
    collect_hashed(dir, dir, &mut assets)?;
    assets.sort();
    std::fs::write(&path, static_headers(&template, &policy, &assets))
}

/// `add_header` lines for every security header and `policy`.
pub fn nginx_headers(policy: &str) -> String {
    let mut out = String::from(
        "# Written by the build (dermamap-server --write-headers) from index.html: the security\n\
         # headers and the Content-Security-Policy of this build. Included by every location of\n\
         # deploy/nginx/*.conf (a location that adds its own header must include these again).\n",
    );
    let mut lines: Vec<(String, String)> = security_headers()
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    lines.push(("Content-Security-Policy".into(), policy.to_string()));
    for (name, value) in lines {
        out.push_str(&format!("add_header {name} \"{value}\" always;\n"));
    }
    out
}

/// The filled file: `template` up to its generated part, with `policy` in its CSP line and
/// an immutable rule for each of `assets` (paths relative to dist, with `/`).
pub fn static_headers(template: &str, policy: &str, assets: &[String]) -> String {
    let mut out = String::new();
    for line in template.lines() {
        if line == GENERATED {
            break;
        }
        // Comment lines may name the header too: only a header line is filled.
        match line.trim_start().strip_prefix("Content-Security-Policy:") {
            Some(_) if !line.starts_with('#') => {
                let indent = &line[..line.len() - line.trim_start().len()];
                out.push_str(&format!("{indent}Content-Security-Policy: {policy}\n"));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out.push_str(GENERATED);
    out.push('\n');
    for asset in assets {
        out.push_str(&format!(
            "/{asset}\n  Cache-Control: {}\n",
            cache_control(asset)
        ));
    }
    out
}

fn collect_hashed(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path: PathBuf = entry.path();
        if entry.file_type()?.is_dir() {
            collect_hashed(root, &path, out)?;
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if has_trunk_hash(&name) && !name.ends_with(".br") && !name.ends_with(".gz") {
            if let Ok(rel) = path.strip_prefix(root) {
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(rel.join("/"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "# Content-Security-Policy: named in a comment\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: PLACEHOLDER\n/index.html\n  Cache-Control: no-cache\n";

    #[test]
    fn fills_the_header_line_only_and_lists_hashed_assets() {
        let assets = vec!["app-0123456789abcdef_bg.wasm".to_string()];
        let out = static_headers(TEMPLATE, "default-src 'self'", &assets);
        assert!(out.starts_with("# Content-Security-Policy: named in a comment\n"));
        assert!(out.contains("\n  Content-Security-Policy: default-src 'self'\n"));
        assert!(!out.contains("PLACEHOLDER"));
        assert!(out.ends_with(
            "/app-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }

    #[test]
    fn writing_twice_gives_the_same_file() {
        let assets = vec!["app-0123456789abcdef.js".to_string()];
        let once = static_headers(TEMPLATE, "a", &assets);
        assert_eq!(static_headers(&once, "a", &assets), once);
    }
}
