//! The HTML pages as sent (index.html, the prerendered pages, 404.html): `<base href>` for a
//! sub-path, brotli or gzip, and their own ETag, prepared once per version of each file.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::body::{Body, Bytes};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;

use crate::*;

/// How a page is sent: brotli where the client takes it, else gzip, else as it is (brotli
/// first whatever the q-values, as the precompressed files are: the RFC lets the server
/// choose among accepted codings).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PageCoding {
    Br,
    Gzip,
    Identity,
}

impl PageCoding {
    fn for_request(req: &Parts) -> PageCoding {
        let accepted = joined(&req.headers, header::ACCEPT_ENCODING);
        if accepts(&accepted, "br") {
            PageCoding::Br
        } else if accepts(&accepted, "gzip") {
            PageCoding::Gzip
        } else {
            PageCoding::Identity
        }
    }

    /// Its `Content-Encoding`, and the ETag's variant: a cache must not mix the bodies.
    fn name(self) -> Option<&'static str> {
        match self {
            PageCoding::Br => Some("br"),
            PageCoding::Gzip => Some("gzip"),
            PageCoding::Identity => None,
        }
    }

    /// The page's body in this coding: compressed on first use, once per version of the page
    /// (requests for it meanwhile wait for the same work), on a blocking thread, not the
    /// runtime's. None only if that thread failed.
    async fn body(self, page: &Arc<PreparedIndex>) -> Option<Bytes> {
        if self == PageCoding::Identity {
            return Some(page.plain.clone());
        }
        if let Some(done) = self.cell(page).get() {
            return Some(done.clone());
        }
        let page = page.clone();
        tokio::task::spawn_blocking(move || {
            self.cell(&page)
                .get_or_init(|| {
                    Bytes::from(match self {
                        PageCoding::Br => brotli_bytes(&page.plain),
                        _ => gzip_bytes(&page.plain),
                    })
                })
                .clone()
        })
        .await
        .ok()
    }

    /// Where the page keeps its body in this coding (gzip's for identity, never asked).
    fn cell(self, page: &PreparedIndex) -> &OnceLock<Bytes> {
        match self {
            PageCoding::Br => &page.br,
            PageCoding::Gzip | PageCoding::Identity => &page.gzip,
        }
    }
}

/// index.html with `<base href="<base>">` added, so relative asset URLs resolve against the
/// app's root even for deep links like `/guide/map/nape` or an unknown `/guide/a/b`. (The page's
/// own script guesses the base on hosts that cannot do this.) Compressed here (brotli or gzip,
/// as the client accepts): the rewrite means the build's precompressed twins do not match.
pub(crate) async fn send_index(
    site: &Site,
    req: &Parts,
    head: bool,
    file: &Path,
    meta: &std::fs::Metadata,
) -> Response {
    let coding = PageCoding::for_request(req);
    let etag = etag(
        meta,
        Some(match coding {
            PageCoding::Br => "base-br",
            PageCoding::Gzip => "base-gzip",
            PageCoding::Identity => "base",
        }),
    );
    let mut res = Response::new(Body::empty());
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type("index.html")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control("index.html")),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Some(name) = coding.name() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    }
    if if_none_match(&joined(&req.headers, header::IF_NONE_MATCH), &etag) {
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        return res;
    }
    let Some(prepared) = prepared_index(site, file, meta).await else {
        return plain(StatusCode::NOT_FOUND);
    };
    let Some(body) = coding.body(&prepared).await else {
        return plain(StatusCode::INTERNAL_SERVER_ERROR);
    };
    res.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    if !head {
        *res.body_mut() = Body::from(body);
    }
    res
}

/// index.html as it is now, prepared (base, policy) once per version of the file:
/// a stat per call, a read only when the file changed. `None` without an index.html.
pub(crate) async fn current_index(site: &Site) -> Option<Arc<PreparedIndex>> {
    let file = site.root.join("index.html");
    // A stat per response (about a microsecond): the policy follows a rebuilt index.html
    // at once.
    let meta = std::fs::metadata(&file).ok()?;
    prepared_index(site, &file, &meta).await
}

/// The prepared index.html for this version of the file, from the cache while unchanged.
pub(crate) async fn prepared_index(
    site: &Site,
    file: &Path,
    meta: &std::fs::Metadata,
) -> Option<Arc<PreparedIndex>> {
    let version = (meta.modified().ok(), meta.len());
    {
        let cached = site.pages.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = cached.get(file).filter(|p| p.version == version) {
            return Some(p.clone());
        }
    }
    let html = tokio::fs::read(file).await.ok()?;
    let policy = csp(
        &inline_script_hashes(&html),
        &inline_style_hashes(&html),
        &site.frame_ancestors,
    );
    let plain = Bytes::from(inject_base(&html, &site.base));
    let prepared = Arc::new(PreparedIndex {
        version,
        gzip: OnceLock::new(),
        br: OnceLock::new(),
        plain,
        csp: HeaderValue::from_str(&policy).ok()?,
    });
    // One entry per page of the build: bounded by the files under the root.
    site.pages
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(file.to_path_buf(), prepared.clone());
    Some(prepared)
}

pub(crate) fn gzip_bytes(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into memory cannot fail.
    encoder.write_all(data).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}

/// Brotli once per version of a page, then served from memory. Quality 10: for one of the
/// guide's pages about 2 % larger than 11 at under half its time (about 20 ms), and 15 %
/// smaller than gzip; the first request of every page after a deploy (a service worker
/// precaching them all) pays it.
pub(crate) fn brotli_bytes(data: &[u8]) -> Vec<u8> {
    // A window as large as the page (16 to 22 bits): the encoder's tables follow it.
    let lgwin = (usize::BITS - data.len().leading_zeros()).clamp(16, 22) as i32;
    let params = brotli::enc::BrotliEncoderParams {
        quality: 10,
        lgwin,
        size_hint: data.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    // Reading and writing memory cannot fail.
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("brotli into memory");
    out
}

/// Inserts `<base href>` right after the opening `<head>` tag (unchanged if there is none).
pub fn inject_base(html: &[u8], base: &str) -> Vec<u8> {
    let Some(start) = find_ci(html, 0, b"<head") else {
        return html.to_vec();
    };
    let Some(end) = find(html, start, b">") else {
        return html.to_vec();
    };
    let tag = format!("<base href=\"{base}\">");
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..=end]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[end + 1..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_injected_after_head() {
        let html = b"<!doctype html><html><HEAD lang=x><title>t</title></head></html>";
        let out = String::from_utf8(inject_base(html, "/guide/")).unwrap();
        assert_eq!(out, "<!doctype html><html><HEAD lang=x><base href=\"/guide/\"><title>t</title></head></html>");
        assert_eq!(
            inject_base(b"<p>no head</p>", "/"),
            b"<p>no head</p>".to_vec()
        );
    }
}
