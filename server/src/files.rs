//! Files of dist/: resolving a request path safely under the root and sending a file
//! (precompressed twin, conditional requests, ranges).

use std::path::{Component, Path, PathBuf};

use axum::body::Body;
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use tower::ServiceExt;

use crate::*;

/// Maps a URL path (still percent-encoded, relative to the base) to a path
/// under `dir`. Rejects with 400 anything that could name a file outside `dir`
/// (`..`, encoded slashes forming `..`, backslashes, NUL/control characters)
/// instead of trying to normalise it; browsers never send such paths.
pub(crate) fn resolve(dir: &Path, path: &str) -> Result<PathBuf, StatusCode> {
    let bytes = percent_decode(path).ok_or(StatusCode::BAD_REQUEST)?;
    let decoded = String::from_utf8(bytes).map_err(|_| StatusCode::BAD_REQUEST)?;
    if decoded.chars().any(|c| c == '\\' || c.is_control()) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let mut out = dir.to_path_buf();
    let mut segments = 0;
    for seg in decoded.split('/') {
        match seg {
            "" | "." => continue,
            ".." => return Err(StatusCode::BAD_REQUEST),
            _ => {}
        }
        // Belt and braces: each segment must be one plain file name.
        let mut comps = Path::new(seg).components();
        if !matches!(
            (comps.next(), comps.next()),
            (Some(Component::Normal(_)), None)
        ) {
            return Err(StatusCode::BAD_REQUEST);
        }
        out.push(seg);
        segments += 1;
    }
    if segments == 0 || decoded.ends_with('/') {
        out.push("index.html");
    }
    Ok(out)
}

/// An HTML page of the build (index.html, a prerendered page, 404.html): sent with `<base>`
/// for the sub-path, compressed here (brotli or gzip), with its own ETag (see `index_page`).
pub(crate) fn is_page(name: &str) -> bool {
    name == "index.html" || name == NOT_FOUND_PAGE
}

pub(crate) fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The canonical path and metadata of `path` if it is a regular file inside
/// `root` (symlinks pointing outside are refused). A directory yields its
/// index.html.
///
/// Plain blocking calls: a stat of a local file takes about a microsecond, far less than a
/// hop to tokio's blocking pool (nginx stats files the same way).
pub(crate) async fn regular_file(root: &Path, path: &Path) -> Option<(PathBuf, std::fs::Metadata)> {
    let canon = std::fs::canonicalize(path).ok()?;
    if !canon.starts_with(root) {
        return None;
    }
    let meta = std::fs::metadata(&canon).ok()?;
    if meta.is_file() {
        return Some((canon, meta));
    }
    if meta.is_dir() {
        return Box::pin(regular_file(root, &canon.join("index.html"))).await;
    }
    None
}

pub(crate) async fn send_file(
    site: &Site,
    req: &Parts,
    head: bool,
    file: PathBuf,
    meta: std::fs::Metadata,
) -> Response {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    if is_page(&name) {
        return send_index(site, req, head, &file, &meta).await;
    }
    let version = (meta.modified().ok(), meta.len());
    let key = small_key(&file, req);
    // ServeDir sees the path under the root, with the request's own headers.
    let Ok(relative) = file.strip_prefix(&site.root) else {
        return plain(StatusCode::NOT_FOUND);
    };
    let uri: String = relative
        .components()
        .map(|c| encode_segment(&c.as_os_str().to_string_lossy()))
        .fold(String::new(), |acc, seg| acc + "/" + &seg);
    let mut inner = axum::http::Request::new(Body::empty());
    *inner.method_mut() = req.method.clone();
    *inner.headers_mut() = req.headers.clone();
    // With an ETag to compare, the date is ignored (RFC 9110 13.1.3): Last-Modified has
    // one-second steps, so a build deployed in the same second as the last one (or an older
    // build rolled back) would otherwise be answered "not modified". Our ETag decides below.
    if inner.headers().contains_key(header::IF_NONE_MATCH) {
        inner.headers_mut().remove(header::IF_MODIFIED_SINCE);
    }
    match uri.parse() {
        Ok(u) => *inner.uri_mut() = u,
        Err(_) => return plain(StatusCode::BAD_REQUEST),
    }
    let Ok(res) = site.files.clone().oneshot(inner).await;
    let mut res = res.map(Body::new);
    if !res.status().is_success() && res.status() != StatusCode::NOT_MODIFIED {
        return res;
    }
    // Our rules on top: the type and cache policy by name, and an ETag per variant.
    let coding = res
        .headers()
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(|c| match c {
            "br" => "br",
            "gzip" => "gzip",
            _ => "identity",
        });
    let variant_meta = match coding {
        Some(c @ ("br" | "gzip")) => {
            let ext = if c == "br" { "br" } else { "gz" };
            let mut p = file.clone().into_os_string();
            p.push(".");
            p.push(ext);
            std::fs::metadata(&p).unwrap_or(meta)
        }
        _ => meta,
    };
    let etag = etag(&variant_meta, coding.filter(|c| *c != "identity"));
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&name)),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control(&name)),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    let keepable = res
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        .is_some_and(|len| len <= crate::small_files::MAX_BODY_BYTES)
        && version.1 <= crate::small_files::MAX_FILE_BYTES;
    if let (Some(key), StatusCode::OK, false, true) = (key, res.status(), head, keepable) {
        // Keep the whole answer of a small file for the next request.
        let (parts, body) = res.into_parts();
        let Ok(collected) = http_body_util::BodyExt::collect(body).await else {
            return plain(StatusCode::INTERNAL_SERVER_ERROR);
        };
        let bytes = collected.to_bytes();
        site.small.put(
            key,
            version,
            parts.headers.clone(),
            bytes.clone(),
            etag.clone(),
        );
        res = Response::from_parts(parts, Body::from(bytes));
    }
    conditional(res, req, head, &etag)
}

/// A small file answered before and unchanged since, from memory (see `small_files`). Looked
/// up by the resolved path before it is canonicalised: an entry exists only for a path that
/// was its own canonical path (no symlink), and the stat checks it is still that file.
pub(crate) fn cached_small_file(
    site: &Site,
    req: &Parts,
    head: bool,
    candidate: &Path,
) -> Option<Response> {
    if candidate
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(is_page)
    {
        return None;
    }
    let key = small_key(candidate, req)?;
    let meta = std::fs::metadata(candidate).ok().filter(|m| m.is_file())?;
    let hit = site.small.get(&key, (meta.modified().ok(), meta.len()))?;
    let mut res = Response::new(Body::from(hit.body.clone()));
    *res.headers_mut() = hit.headers.clone();
    Some(conditional(res, req, head, &hit.etag))
}

/// 304 when the client already has this ETag; no body for HEAD.
fn conditional(mut res: Response, req: &Parts, head: bool, etag: &str) -> Response {
    if res.status() == StatusCode::OK
        && if_none_match(&joined(&req.headers, header::IF_NONE_MATCH), etag)
    {
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        *res.body_mut() = Body::empty();
        res.headers_mut().remove(header::CONTENT_LENGTH);
    }
    if head {
        *res.body_mut() = Body::empty();
    }
    res
}

/// The cache key of a plain GET of a small file: the file and which codings the client
/// takes. Ranges and date conditions go to ServeDir.
fn small_key(file: &Path, req: &Parts) -> Option<SmallKey> {
    let plain_get = req.method == axum::http::Method::GET
        && !req.headers.contains_key(header::RANGE)
        && !req.headers.contains_key(header::IF_MODIFIED_SINCE)
        && !req.headers.contains_key(header::IF_UNMODIFIED_SINCE)
        && !req.headers.contains_key(header::IF_MATCH);
    let ae = joined(&req.headers, header::ACCEPT_ENCODING);
    plain_get.then(|| SmallKey {
        file: file.to_path_buf(),
        br: accepts(&ae, "br"),
        gzip: accepts(&ae, "gzip"),
    })
}

/// A path segment as it may appear in a URI (ServeDir decodes it again).
fn encode_segment(seg: &str) -> String {
    let mut out = String::new();
    for b in seg.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_rejects_escapes() {
        let d = Path::new("/srv/dist");
        assert_eq!(resolve(d, "/").unwrap(), d.join("index.html"));
        assert_eq!(resolve(d, "/a/b.js").unwrap(), d.join("a/b.js"));
        assert_eq!(resolve(d, "/a/./b.js").unwrap(), d.join("a/b.js"));
        assert_eq!(resolve(d, "/a%20b.js").unwrap(), d.join("a b.js"));
        assert_eq!(resolve(d, "/sub/").unwrap(), d.join("sub/index.html"));
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E/Cargo.toml",
            "/..%2fCargo.toml",
            "/..%2FCargo.toml",
            "/a/../../x",
            "/..\\Cargo.toml",
            "/%5c..%5cCargo.toml",
            "/index.html%00.js",
            "/%",
            "/%zz",
            "/%ff",
        ] {
            assert_eq!(resolve(d, bad), Err(StatusCode::BAD_REQUEST), "{bad}");
        }
    }
}
