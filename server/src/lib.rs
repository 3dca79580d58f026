//! Static file server for Dermamap's Trunk build (`dist/`).
//!
//! Everything that decides *what* is answered lives here so it can be tested
//! with `tower::ServiceExt::oneshot`; `main.rs` only parses flags and binds.

//!
//! - [`config`]: flags, defaults, validation.
//! - [`csp`]: the Content-Security-Policy from index.html's inline hashes (per version of the file).
//! - [`files`]: safe path resolution and sending files (tower-http's ServeDir, our headers).
//! - [`connections`]: the accept loop: TCP_NODELAY, timeouts, a connection cap, graceful drain.
//! - [`small_files`]: ServeDir's answers for small files, kept while the file is unchanged.
//! - [`guard_io`]: the idle timeout, and security headers on responses hyper writes itself.
//! - [`index_page`]: index.html prepared for the base path.
//! - [`headers`]: content types, cache rules, negotiation, ETags.
//! - [`static_headers`]: the same headers as a `_headers` file for static hosts.

mod config;
mod connections;
mod csp;
mod files;
mod guard_io;
mod headers;
mod html_scan;
mod index_page;
mod small_files;
mod static_headers;

pub use config::*;
pub use connections::{open_file_budget, serve_connections};
pub use csp::{csp, inline_script_hashes, inline_style_hashes};
pub(crate) use files::*;
pub(crate) use headers::*;
pub(crate) use html_scan::*;
pub use index_page::inject_base;
pub(crate) use index_page::*;
pub(crate) use small_files::{SmallFiles, SmallKey};
pub use static_headers::{nginx_headers, static_headers, write_static_headers, NGINX_HEADERS};

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::Router;
use tower_http::services::ServeDir;

/// How much of a file ServeDir reads per body chunk: the wasm (about 360 KiB brotli) goes in
/// two reads and writes instead of six (measured with `make bench`'s load section).
const FILE_CHUNK_BYTES: usize = 256 * 1024;

/// The prerender's page for addresses that are not pages.
pub(crate) const NOT_FOUND_PAGE: &str = "404.html";

/// Per-server state shared by all requests.
pub(crate) struct Site {
    /// Canonical served directory; every file served must canonicalise under it.
    pub(crate) root: PathBuf,
    pub(crate) base: String,
    /// `frame-ancestors` of the policy.
    pub(crate) frame_ancestors: String,
    /// Security headers added to every response; the CSP comes from the current index.html.
    pub(crate) security: HeaderMap,
    /// Each HTML page as sent (index.html and the prerendered pages), and the policy for
    /// its inline hashes, made once per version of the file: a rebuilt dist is served with
    /// its own policy at once, without a restart.
    pub(crate) pages: Mutex<HashMap<PathBuf, Arc<PreparedIndex>>>,
    /// The build's other files: tower-http's ServeDir (precompressed br and gzip twins,
    /// Last-Modified, conditional requests, ranges).
    pub(crate) files: ServeDir,
    /// ServeDir's answers for small files, while the files are unchanged.
    pub(crate) small: SmallFiles,
}

/// index.html with `<base>` added (plain, and gzip and brotli once asked for), and the
/// policy for its inline hashes, for one version of the file.
pub(crate) struct PreparedIndex {
    pub(crate) version: (Option<SystemTime>, u64),
    pub(crate) plain: Bytes,
    /// Compressed on first use (`index_page`).
    pub(crate) gzip: std::sync::OnceLock<Bytes>,
    pub(crate) br: std::sync::OnceLock<Bytes>,
    pub(crate) csp: HeaderValue,
}

/// The headers every response carries, whoever writes it (our service, or hyper itself for
/// a request it cannot parse). The CSP is added per response.
pub fn security_headers() -> HeaderMap {
    let mut security = HeaderMap::new();
    security.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    security.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    security.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    security
}

/// The head lines added to a response hyper writes itself (a 400 or 431): the security
/// headers and a policy that allows nothing, as such a response has no content.
pub fn error_head_lines(frame_ancestors: &str) -> Vec<u8> {
    let mut out = String::new();
    for (name, value) in &security_headers() {
        out.push_str(&format!("{}: {}\r\n", name, value.to_str().unwrap_or("")));
    }
    out.push_str(&format!(
        "content-security-policy: default-src 'none'; frame-ancestors {frame_ancestors}\r\n"
    ));
    out.into_bytes()
}

/// Builds the router. Fails if `config.dir` is not a directory. The policy follows
/// `<dir>/index.html`: it is recomputed whenever the file changes.
pub fn app(config: &Config) -> io::Result<Router> {
    validate_frame_ancestors(&config.frame_ancestors)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let base =
        normalize_base(&config.base).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let root = config.dir.canonicalize().map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot serve {}: {e}", config.dir.display()),
        )
    })?;
    if !root.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a directory", config.dir.display()),
        ));
    }
    let files = ServeDir::new(&root)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .with_buf_chunk_size(FILE_CHUNK_BYTES);
    let site = Arc::new(Site {
        root,
        base,
        frame_ancestors: config.frame_ancestors.clone(),
        security: security_headers(),
        pages: Mutex::new(HashMap::new()),
        files,
        small: SmallFiles::default(),
    });
    Ok(Router::new().fallback(serve).with_state(site))
}

pub(crate) async fn serve(State(site): State<Arc<Site>>, req: Request) -> Response {
    // Only the head is needed; `Parts` is Sync so it may be borrowed across awaits.
    let (parts, _body) = req.into_parts();
    let mut res = respond(&site, &parts).await;
    let csp = current_index(&site).await.map_or_else(
        || {
            HeaderValue::from_str(&csp(&[], &[], &site.frame_ancestors))
                .unwrap_or(HeaderValue::from_static("default-src 'none'"))
        },
        |p| p.csp.clone(),
    );
    let headers = res.headers_mut();
    for (name, value) in &site.security {
        headers.insert(name, value.clone());
    }
    headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    // Set by the fallback when the 404-vs-index decision also read Accept.
    if !headers.contains_key(header::VARY) {
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    res
}

pub(crate) async fn respond(site: &Site, req: &Parts) -> Response {
    let head = req.method == Method::HEAD;
    if !head && req.method != Method::GET {
        let mut res = plain(StatusCode::METHOD_NOT_ALLOWED);
        res.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return res;
    }

    let raw_path = req.uri.path();
    let path = if site.base == "/" {
        raw_path
    } else {
        let prefix = &site.base[..site.base.len() - 1]; // "/guide"
        match raw_path.strip_prefix(prefix) {
            Some("") => {
                // `/guide` -> `/guide/`, or relative asset URLs would resolve
                // against `/` instead of the prefix.
                let location = match req.uri.query() {
                    Some(q) => format!("{}?{q}", site.base),
                    None => site.base.clone(),
                };
                let mut res = plain(StatusCode::PERMANENT_REDIRECT);
                if let Ok(v) = HeaderValue::from_str(&location) {
                    res.headers_mut().insert(header::LOCATION, v);
                }
                return res;
            }
            Some(rest) if rest.starts_with('/') => rest,
            _ => return plain(StatusCode::NOT_FOUND),
        }
    };

    let candidate = match resolve(&site.root, path) {
        Ok(p) => p,
        Err(status) => return plain(status),
    };
    if let Some(res) = cached_small_file(site, req, head, &candidate) {
        return res;
    }
    if let Some((file, meta)) = regular_file(&site.root, &candidate).await {
        return send_file(site, req, head, file, meta).await;
    }

    // Pages are prerendered into their own folders (/map/nape is map/nape/index.html). Any
    // other path gets the build's 404.html (its language's, es/404.html, under /es/) with status 404 (the app, once loaded, shows the
    // page if the route exists after all); a build without one gets the app shell. A missing
    // asset must stay a plain 404 so broken builds are visible.
    let last = path.rsplit('/').next().unwrap_or("");
    let has_ext = Path::new(last).extension().is_some();
    let wants_html = req.headers.get_all(header::ACCEPT).iter().any(|v| {
        v.to_str()
            .is_ok_and(|s| s.to_ascii_lowercase().contains("text/html"))
    });
    if !has_ext || wants_html {
        // A language's pages have their own not-found page (es/404.html for /es/...).
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        let own = if !first.is_empty() && !first.contains('.') {
            regular_file(&site.root, &site.root.join(first).join(NOT_FOUND_PAGE)).await
        } else {
            None
        };
        let not_found = match own {
            Some(found) => Some(found),
            None => regular_file(&site.root, &site.root.join(NOT_FOUND_PAGE)).await,
        };
        let page = match not_found {
            Some(found) => Some((found, StatusCode::NOT_FOUND)),
            None => regular_file(&site.root, &site.root.join("index.html"))
                .await
                .map(|found| (found, StatusCode::OK)),
        };
        if let Some(((file, meta), status)) = page {
            let mut res = send_file(site, req, head, file, meta).await;
            if res.status() == StatusCode::OK {
                *res.status_mut() = status;
            }
            if has_ext {
                res.headers_mut().insert(
                    header::VARY,
                    HeaderValue::from_static("Accept-Encoding, Accept"),
                );
            }
            return res;
        }
    }
    plain(StatusCode::NOT_FOUND)
}
