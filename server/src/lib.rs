//! Static file server for Dermamap's Trunk build (`dist/`).
//!
//! Everything that decides *what* is answered lives here so it can be tested
//! with `tower::ServiceExt::oneshot`; `main.rs` only parses flags and binds.

use std::fmt;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::Router;
use base64::Engine as _;
use sha2::{Digest, Sha256};

pub const DEFAULT_DIR: &str = "dist";
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_FRAME_ANCESTORS: &str = "*";
pub const DEFAULT_BASE: &str = "/";

pub const USAGE: &str = "\
Usage: dermamap-server [OPTIONS]

Serves Dermamap's Trunk build with SPA fallback, precompressed assets and a strict CSP.

Options:
  --dir <path>               directory to serve (default: dist)
  --addr <host:port>         listen address; port 0 picks a free port (default: 127.0.0.1:8080)
  --base <prefix>            URL prefix the app is hosted under, e.g. /guide/ (default: /)
  --frame-ancestors <value>  CSP frame-ancestors source list, e.g. \"'self' https://example.org\"
                             or \"'none'\" (default: *, any site may embed)
  --help                     print this help
";

/// Runtime configuration, produced by [`parse_args`] or built directly in tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub dir: PathBuf,
    pub addr: String,
    /// Validated source list for the CSP `frame-ancestors` directive.
    pub frame_ancestors: String,
    /// Normalised prefix: always starts and ends with `/`.
    pub base: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dir: PathBuf::from(DEFAULT_DIR),
            addr: DEFAULT_ADDR.to_string(),
            frame_ancestors: DEFAULT_FRAME_ANCESTORS.to_string(),
            base: DEFAULT_BASE.to_string(),
        }
    }
}

impl Config {
    /// Config for serving `dir` with every other setting at its default.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Config {
            dir: dir.into(),
            ..Config::default()
        }
    }
}

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve(Config),
    Help,
}

/// A bad command line; `main` prints it and exits with status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Parses the arguments after the program name. Accepts `--flag value` and
/// `--flag=value`; a repeated flag takes its last value.
pub fn parse_args<I, S>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut config = Config::default();
    let mut args = args.into_iter().map(Into::into);
    while let Some(arg) = args.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        if !matches!(
            flag.as_str(),
            "--dir" | "--addr" | "--frame-ancestors" | "--base"
        ) {
            return Err(UsageError(if flag.starts_with('-') {
                format!("unknown option `{flag}`")
            } else {
                format!("unexpected argument `{arg}`")
            }));
        }
        let value = match inline.or_else(|| args.next()) {
            Some(v) => v,
            None => return Err(UsageError(format!("`{flag}` needs a value"))),
        };
        match flag.as_str() {
            "--dir" => {
                if value.is_empty() {
                    return Err(UsageError("`--dir` must not be empty".into()));
                }
                config.dir = PathBuf::from(value);
            }
            "--addr" => {
                validate_addr(&value).map_err(|e| UsageError(format!("invalid --addr: {e}")))?;
                config.addr = value;
            }
            "--frame-ancestors" => {
                validate_frame_ancestors(&value)
                    .map_err(|e| UsageError(format!("invalid --frame-ancestors: {e}")))?;
                config.frame_ancestors = value;
            }
            "--base" => {
                config.base = normalize_base(&value)
                    .map_err(|e| UsageError(format!("invalid --base: {e}")))?;
            }
            _ => unreachable!(),
        }
    }
    Ok(Command::Serve(config))
}

/// `host:port` with a numeric port; the host is resolved only when binding.
fn validate_addr(addr: &str) -> Result<(), String> {
    let (host, port) = addr
        .rsplit_once(':')
        .ok_or_else(|| format!("`{addr}` is not host:port"))?;
    if host.is_empty() {
        return Err(format!("`{addr}` has no host"));
    }
    port.parse::<u16>()
        .map_err(|_| format!("`{port}` is not a port number (0-65535)"))?;
    Ok(())
}

/// Only characters that occur in CSP source expressions are allowed, so the
/// value cannot end the directive (`;`), split the header (CR/LF) or smuggle
/// another policy (`,`).
pub fn validate_frame_ancestors(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("value is empty (use \"'none'\" to forbid all embedding)".into());
    }
    if let Some(bad) = value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || " :/.*-'".contains(*c)))
    {
        return Err(format!(
            "character {bad:?} is not allowed; use letters, digits, spaces and :/.*-' only"
        ));
    }
    Ok(())
}

/// Turns `guide`, `/guide` or `/guide/` into `/guide/`. Segments are limited to
/// URL-safe characters so prefix matching on the raw request path is exact.
pub fn normalize_base(value: &str) -> Result<String, String> {
    let trimmed = value.trim_matches('/');
    if trimmed.is_empty() {
        return Ok("/".into());
    }
    for seg in trimmed.split('/') {
        if seg.is_empty() || seg == "." || seg == ".." {
            return Err(format!("`{value}` has an empty, `.` or `..` segment"));
        }
        if let Some(bad) = seg
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || "-._~".contains(*c)))
        {
            return Err(format!("character {bad:?} is not allowed in the prefix"));
        }
    }
    Ok(format!("/{trimmed}/"))
}

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
fn inline_hashes(html: &[u8], tag: &[u8]) -> Vec<String> {
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
fn scan_tag(html: &[u8], from: usize) -> Option<(usize, bool)> {
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

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
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

/// Per-server state shared by all requests.
struct Site {
    /// Canonical served directory; every file served must canonicalise under it.
    root: PathBuf,
    base: String,
    /// Security headers (incl. CSP) added to every response.
    security: HeaderMap,
    /// index.html as sent, made once per version of the file rather than per request.
    index: Mutex<Option<PreparedIndex>>,
}

/// index.html with `<base>` added, plain and gzipped, for one version of the file.
struct PreparedIndex {
    version: (Option<SystemTime>, u64),
    plain: Bytes,
    gzip: Bytes,
}

/// Builds the router. Fails if `config.dir` is not a directory. The CSP hashes
/// come from `<dir>/index.html` as it is now; restart after a rebuild.
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
    let (scripts, styles) = match std::fs::read(root.join("index.html")) {
        Ok(html) => (inline_script_hashes(&html), inline_style_hashes(&html)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => (Vec::new(), Vec::new()),
        Err(e) => return Err(e),
    };
    let policy = csp(&scripts, &styles, &config.frame_ancestors);

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
    security.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_str(&policy)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?,
    );

    let site = Arc::new(Site {
        root,
        base,
        security,
        index: Mutex::new(None),
    });
    Ok(Router::new().fallback(serve).with_state(site))
}

async fn serve(State(site): State<Arc<Site>>, req: Request) -> Response {
    // Only the head is needed; `Parts` is Sync so it may be borrowed across awaits.
    let (parts, _body) = req.into_parts();
    let mut res = respond(&site, &parts).await;
    let headers = res.headers_mut();
    for (name, value) in &site.security {
        headers.insert(name, value.clone());
    }
    // Set by the fallback when the 404-vs-index decision also read Accept.
    if !headers.contains_key(header::VARY) {
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    res
}

async fn respond(site: &Site, req: &Parts) -> Response {
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
    if let Some((file, meta)) = regular_file(&site.root, &candidate).await {
        return send_file(site, req, head, file, meta).await;
    }

    // SPA fallback: client-side routes such as /map/nape get the app shell,
    // but a missing asset must stay a 404 so broken builds are visible.
    let last = path.rsplit('/').next().unwrap_or("");
    let has_ext = Path::new(last).extension().is_some();
    let wants_html = req.headers.get_all(header::ACCEPT).iter().any(|v| {
        v.to_str()
            .is_ok_and(|s| s.to_ascii_lowercase().contains("text/html"))
    });
    if !has_ext || wants_html {
        if let Some((file, meta)) = regular_file(&site.root, &site.root.join("index.html")).await {
            let mut res = send_file(site, req, head, file, meta).await;
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

/// Maps a URL path (still percent-encoded, relative to the base) to a path
/// under `dir`. Rejects with 400 anything that could name a file outside `dir`
/// (`..`, encoded slashes forming `..`, backslashes, NUL/control characters)
/// instead of trying to normalise it; browsers never send such paths.
fn resolve(dir: &Path, path: &str) -> Result<PathBuf, StatusCode> {
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

fn percent_decode(s: &str) -> Option<Vec<u8>> {
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
async fn regular_file(root: &Path, path: &Path) -> Option<(PathBuf, std::fs::Metadata)> {
    let canon = tokio::fs::canonicalize(path).await.ok()?;
    if !canon.starts_with(root) {
        return None;
    }
    let meta = tokio::fs::metadata(&canon).await.ok()?;
    if meta.is_file() {
        return Some((canon, meta));
    }
    if meta.is_dir() {
        return Box::pin(regular_file(root, &canon.join("index.html"))).await;
    }
    None
}

async fn send_file(
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

    if name == "index.html" {
        return send_index(site, req, head, &file, &meta).await;
    }

    // Prefer Trunk/CI-produced precompressed siblings; never compress on the fly.
    let accept_encoding = joined(&req.headers, header::ACCEPT_ENCODING);
    let mut chosen = (file.clone(), meta, None);
    if !name.ends_with(".br") && !name.ends_with(".gz") {
        for (ext, coding) in [("br", "br"), ("gz", "gzip")] {
            if !accepts(&accept_encoding, coding) {
                continue;
            }
            let mut variant = file.clone().into_os_string();
            variant.push(".");
            variant.push(ext);
            if let Some((p, m)) = regular_file(&site.root, Path::new(&variant)).await {
                chosen = (p, m, Some(coding));
                break;
            }
        }
    }
    let (path, meta, coding) = chosen;

    let etag = etag(&meta, coding);
    let mut res = Response::new(Body::empty());
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
    if let Some(c) = coding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(c));
    }

    if if_none_match(&joined(&req.headers, header::IF_NONE_MATCH), &etag) {
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        return res;
    }

    res.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(meta.len()));
    if !head {
        match tokio::fs::File::open(&path).await {
            Ok(f) => {
                *res.body_mut() =
                    Body::from_stream(tokio_util::io::ReaderStream::with_capacity(f, 64 * 1024));
            }
            Err(_) => return plain(StatusCode::NOT_FOUND), // removed since stat
        }
    }
    res
}

/// index.html with `<base href="<base>">` added, so relative asset URLs resolve against the
/// app's root even for deep links like `/guide/map/nape` or an unknown `/guide/a/b`. (The page's
/// own script guesses the base on hosts that cannot do this.) Gzipped here when the client
/// accepts it: the rewrite means the build's precompressed twins do not match.
async fn send_index(
    site: &Site,
    req: &Parts,
    head: bool,
    file: &Path,
    meta: &std::fs::Metadata,
) -> Response {
    let gzip = accepts(&joined(&req.headers, header::ACCEPT_ENCODING), "gzip");
    let etag = etag(meta, Some(if gzip { "base-gzip" } else { "base" }));
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
    if gzip {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    if if_none_match(&joined(&req.headers, header::IF_NONE_MATCH), &etag) {
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        return res;
    }
    let Some(body) = prepared_index(site, file, meta, gzip).await else {
        return plain(StatusCode::NOT_FOUND);
    };
    res.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    if !head {
        *res.body_mut() = Body::from(body);
    }
    res
}

/// The body of index.html as sent, from the cache while the file is unchanged.
async fn prepared_index(
    site: &Site,
    file: &Path,
    meta: &std::fs::Metadata,
    gzip: bool,
) -> Option<Bytes> {
    let version = (meta.modified().ok(), meta.len());
    let pick = |p: &PreparedIndex| {
        if gzip {
            p.gzip.clone()
        } else {
            p.plain.clone()
        }
    };
    {
        let cached = site.index.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = cached.as_ref().filter(|p| p.version == version) {
            return Some(pick(p));
        }
    }
    let html = tokio::fs::read(file).await.ok()?;
    let plain = Bytes::from(inject_base(&html, &site.base));
    let prepared = PreparedIndex {
        version,
        gzip: Bytes::from(gzip_bytes(&plain)),
        plain,
    };
    let body = pick(&prepared);
    *site.index.lock().unwrap_or_else(|e| e.into_inner()) = Some(prepared);
    Some(body)
}

fn gzip_bytes(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into memory cannot fail.
    encoder.write_all(data).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
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

fn joined(headers: &HeaderMap, name: HeaderName) -> String {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",")
}

/// Whether an Accept-Encoding value permits `coding` (q > 0, explicitly or via `*`).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
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
fn etag(meta: &std::fs::Metadata, coding: Option<&str>) -> String {
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

fn if_none_match(header_value: &str, etag: &str) -> bool {
    let strip = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let ours = strip(etag);
    header_value
        .split(',')
        .any(|t| t.trim() == "*" || (!t.trim().is_empty() && strip(t) == ours))
}

fn plain(status: StatusCode) -> Response {
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
fn content_type(name: &str) -> &'static str {
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
fn cache_control(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    // These name the current build's hashed assets, so they must be
    // revalidated; HTML pages are the same kind of entry point.
    if matches!(
        name,
        "index.html" | "manifest.webmanifest" | "sw.js" | "precache.json"
    ) || name.ends_with(".html")
    {
        return "no-cache";
    }
    if has_trunk_hash(name) {
        return "public, max-age=31536000, immutable";
    }
    "public, max-age=3600"
}

/// `name-<16 hex>.<ext>` or `name-<16 hex>_bg.wasm` (Trunk's content hash).
fn has_trunk_hash(name: &str) -> bool {
    // Trunk prints its u64 content hash in hex without leading zeros, so 8-16 digits
    // (fewer than 8 would be a 1-in-4-billion hash; treating it as unhashed is only slower).
    let (stem, _ext) = match name.strip_suffix("_bg.wasm") {
        Some(stem) => (stem, "wasm"),
        None => match name.rsplit_once('.') {
            Some((stem, ext)) if !ext.is_empty() => (stem, ext),
            _ => return false,
        },
    };
    match stem.rsplit_once('-') {
        Some((prefix, hash)) => {
            !prefix.is_empty()
                && (8..=16).contains(&hash.len())
                && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
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

    #[test]
    fn frame_ancestors_validation() {
        for ok in [
            "*",
            "'none'",
            "'self' https://*.example.org:8443",
            "https://a-b.example",
        ] {
            assert!(validate_frame_ancestors(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "  ",
            "'self'; script-src *",
            "a,b",
            "x\r\ny",
            "\"self\"",
            "a_b",
        ] {
            assert!(validate_frame_ancestors(bad).is_err(), "{bad:?}");
        }
    }

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

    #[test]
    fn base_normalisation() {
        assert_eq!(normalize_base("/").unwrap(), "/");
        assert_eq!(normalize_base("/guide").unwrap(), "/guide/");
        assert_eq!(normalize_base("guide/").unwrap(), "/guide/");
        assert_eq!(normalize_base("/a/b/").unwrap(), "/a/b/");
        assert!(normalize_base("/a//b/").is_err());
        assert!(normalize_base("/../").is_err());
        assert!(normalize_base("/a b/").is_err());
    }

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

    #[test]
    fn args() {
        assert_eq!(
            parse_args(Vec::<String>::new()),
            Ok(Command::Serve(Config::default()))
        );
        assert_eq!(parse_args(["--help"]), Ok(Command::Help));
        let Ok(Command::Serve(c)) = parse_args([
            "--dir",
            "out",
            "--addr=0.0.0.0:0",
            "--base",
            "/guide",
            "--frame-ancestors",
            "'self'",
        ]) else {
            panic!()
        };
        assert_eq!(c.dir, PathBuf::from("out"));
        assert_eq!(c.addr, "0.0.0.0:0");
        assert_eq!(c.base, "/guide/");
        assert_eq!(c.frame_ancestors, "'self'");
        assert!(parse_args(["--addr", "[::1]:8080"]).is_ok());
        for bad in [
            vec!["--dir"],
            vec!["--nope"],
            vec!["stray"],
            vec!["--addr", "8080"],
            vec!["--addr", "localhost:99999"],
            vec!["--frame-ancestors", "*; script-src *"],
            vec!["--base", "/a/../b"],
        ] {
            assert!(parse_args(bad.clone()).is_err(), "{bad:?}");
        }
    }
}
