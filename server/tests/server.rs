//! End-to-end behaviour against a throwaway dist/ built in a temp dir.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command as Proc, Stdio};

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use base64::Engine as _;
use dermamap_server::{app, parse_args, Command, Config};
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tower::ServiceExt;

const SECRET: &str = "TOP-SECRET-do-not-serve-4242";
const LOADER: &str = "\n      import init, * as bindings from '/dermamap-1a2b3c4d5e6f7a8b.js';\n      const wasm = await init({ module_or_path: '/dermamap-1a2b3c4d5e6f7a8b_bg.wasm' });\n      window.wasmBindings = bindings;\n    ";
const WASM: &str = "dermamap-1a2b3c4d5e6f7a8b_bg.wasm";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// index.html as served: with the `<base>` the server adds.
fn served_index(base: &str) -> String {
    String::from_utf8(dermamap_server::inject_base(index_html().as_bytes(), base)).unwrap()
}

fn index_html() -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Dermamap</title>\n\
         <link rel=\"modulepreload\" href=\"/dermamap-1a2b3c4d5e6f7a8b.js\">\n\
         <script type=\"module\">{LOADER}</script>\n\
         </head><body></body></html>\n"
    )
}

/// root/{Cargo.toml,x,secret.txt} hold SECRET; root/dist is what gets served.
fn fixture() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let r = root.path();
    for f in ["Cargo.toml", "x", "secret.txt"] {
        std::fs::write(r.join(f), SECRET).unwrap();
    }
    let d = r.join("dist");
    std::fs::create_dir_all(d.join("a")).unwrap();
    std::fs::write(d.join("index.html"), index_html()).unwrap();
    std::fs::write(d.join(WASM), b"\0asm-raw").unwrap();
    std::fs::write(d.join(format!("{WASM}.br")), b"brotli-bytes").unwrap();
    std::fs::write(d.join(format!("{WASM}.gz")), b"gzip-bytes").unwrap();
    std::fs::write(
        d.join("dermamap-1a2b3c4d5e6f7a8b.js"),
        "export default function init() {}",
    )
    .unwrap();
    std::fs::write(d.join("manifest.webmanifest"), "{\"name\":\"Dermamap\"}").unwrap();
    std::fs::write(d.join("sw.js"), "self.addEventListener('fetch', () => {});").unwrap();
    std::fs::write(d.join("a").join("note.txt"), "inside").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(r.join("secret.txt"), d.join("leak.txt")).unwrap();
    root
}

fn dist(root: &tempfile::TempDir) -> std::path::PathBuf {
    root.path().join("dist")
}

struct Resp {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Resp {
    fn h(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(&name)
            .unwrap_or_else(|| panic!("missing {name}"))
            .to_str()
            .unwrap()
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// The body as text, decoded as its `Content-Encoding` says (br, gzip or none).
    fn decoded(&self) -> String {
        use std::io::Read;
        let mut text = String::new();
        match self
            .headers
            .get(header::CONTENT_ENCODING)
            .map(|v| v.to_str().unwrap())
        {
            Some("br") => brotli::Decompressor::new(&self.body[..], 4096)
                .read_to_string(&mut text)
                .map(drop),
            Some("gzip") => flate2::read::GzDecoder::new(&self.body[..])
                .read_to_string(&mut text)
                .map(drop),
            None => return self.text(),
            Some(other) => panic!("unexpected coding {other}"),
        }
        .unwrap();
        text
    }
}

async fn send(app: &Router, method: Method, uri: &str, headers: &[(&str, &str)]) -> Resp {
    let mut b = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(b.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Resp {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Resp {
    send(app, Method::GET, uri, &[]).await
}

/// A GET that accepts one content encoding (`br`, `gzip`).
async fn get_encoded(app: &Router, uri: &str, encoding: &str) -> Resp {
    send(app, Method::GET, uri, &[("accept-encoding", encoding)]).await
}

fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[tokio::test]
async fn root_and_spa_fallback_serve_index_without_caching() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    for uri in [
        "/",
        "/index.html",
        "/map/nape",
        "/estimator",
        "/guide/aftercare",
        "/map/nape?zone=1",
        "/map/",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        assert_eq!(r.text(), served_index("/"), "{uri}");
        assert_eq!(r.h(header::CACHE_CONTROL), "no-cache", "{uri}");
        assert_eq!(
            r.h(header::CONTENT_TYPE),
            "text/html; charset=utf-8",
            "{uri}"
        );
    }
}

/// A prerendered build: each page in its own folder, 404.html for the rest.
#[tokio::test]
async fn prerendered_pages_answer_their_addresses_and_unknown_paths_get_404_html() {
    let root = fixture();
    let d = dist(&root);
    std::fs::create_dir_all(d.join("map/nape")).unwrap();
    let page = |title: &str| {
        index_html().replace(
            "<title>Dermamap</title>",
            &format!("<title>{title}</title>"),
        )
    };
    std::fs::write(d.join("map/nape/index.html"), page("Nape")).unwrap();
    std::fs::write(d.join("404.html"), page("Page not found")).unwrap();
    std::fs::create_dir_all(d.join("es")).unwrap();
    std::fs::write(d.join("es/404.html"), page("Página no encontrada")).unwrap();
    for base in ["/", "/guide/"] {
        let mut config = Config::new(d.clone());
        config.base = base.to_string();
        let app = app(&config).unwrap();
        let prefix = base.trim_end_matches('/');
        for uri in ["/map/nape", "/map/nape/", "/map/nape?view=face"] {
            let r = get(&app, &format!("{prefix}{uri}")).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}");
            assert!(r.text().contains("<title>Nape</title>"), "{uri}");
            // The server's absolute <base> comes first, so it wins over a page's relative one.
            assert!(
                r.text().contains(&format!("<head><base href=\"{base}\">")),
                "{uri}"
            );
            assert_eq!(r.h(header::CACHE_CONTROL), "no-cache");
            assert!(r.headers.contains_key(header::CONTENT_SECURITY_POLICY));
        }
        for uri in ["/map/elbow", "/nowhere/at/all", "/estimator"] {
            let r = get(&app, &format!("{prefix}{uri}")).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
            assert!(r.text().contains("<title>Page not found</title>"), "{uri}");
            assert!(
                r.text().contains(&format!("<base href=\"{base}\">")),
                "{uri}"
            );
            assert_eq!(r.h(header::CONTENT_TYPE), "text/html; charset=utf-8");
            assert!(r.headers.contains_key(header::CONTENT_SECURITY_POLICY));
            // Compressed like any page.
            let br = get_encoded(&app, &format!("{prefix}{uri}"), "br").await;
            assert_eq!(br.status, StatusCode::NOT_FOUND, "{uri}");
            assert_eq!(br.h(header::CONTENT_ENCODING), "br", "{uri}");
            assert_eq!(br.decoded(), r.text(), "{uri}");
        }
        // A language's unknown address gets that language's not-found page.
        for uri in ["/es/map/elbow", "/es/nowhere"] {
            let r = get(&app, &format!("{prefix}{uri}")).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
            assert!(
                r.text().contains("<title>Página no encontrada</title>"),
                "{uri}"
            );
            assert!(
                r.text().contains(&format!("<base href=\"{base}\">")),
                "{uri}"
            );
        }
        // A missing asset stays a plain 404; the root page is still index.html.
        let r = get(&app, &format!("{prefix}/missing-0123abcd.js")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!r.text().contains("<title>"));
        let r = get(&app, &format!("{prefix}/")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.text().contains("<title>Dermamap</title>"));
    }
}

#[tokio::test]
async fn missing_assets_are_404_unless_html_is_accepted() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    for uri in ["/nope.js", "/nope.wasm", "/map/nope.css"] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(!r.text().contains("<html"), "{uri}");
        assert_eq!(r.h(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    }
    let r = send(
        &app,
        Method::GET,
        "/docs/v1.2",
        &[("accept", "text/html,application/xhtml+xml")],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.text(), served_index("/"));
    assert!(r.h(header::VARY).contains("Accept"));
}

#[tokio::test]
async fn content_types_and_cache_policies() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();

    let r = get(&app, &format!("/{WASM}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.h(header::CONTENT_TYPE), "application/wasm");
    assert_eq!(r.h(header::CACHE_CONTROL), IMMUTABLE);

    let r = get(&app, "/dermamap-1a2b3c4d5e6f7a8b.js").await;
    assert_eq!(r.h(header::CONTENT_TYPE), "text/javascript; charset=utf-8");
    assert_eq!(r.h(header::CACHE_CONTROL), IMMUTABLE);

    let r = get(&app, "/manifest.webmanifest").await;
    assert_eq!(r.h(header::CONTENT_TYPE), "application/manifest+json");
    assert_eq!(r.h(header::CACHE_CONTROL), "no-cache");

    let r = get(&app, "/sw.js").await;
    assert_eq!(r.h(header::CACHE_CONTROL), "no-cache");

    let r = get(&app, "/a/note.txt").await;
    assert_eq!(r.text(), "inside");
    assert_eq!(r.h(header::CONTENT_TYPE), "text/plain; charset=utf-8");
    assert_eq!(r.h(header::CACHE_CONTROL), "public, max-age=3600");
}

#[tokio::test]
async fn precompressed_variants_are_negotiated() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let uri = format!("/{WASM}");
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, &'a str);
    let cases: [Case; 6] = [
        (
            &[("accept-encoding", "gzip, deflate, br, zstd")],
            Some("br"),
            "brotli-bytes",
        ),
        (
            &[("accept-encoding", "gzip, deflate")],
            Some("gzip"),
            "gzip-bytes",
        ),
        (
            &[("accept-encoding", "br;q=0, gzip")],
            Some("gzip"),
            "gzip-bytes",
        ),
        (&[("accept-encoding", "identity")], None, "\0asm-raw"),
        (&[("accept-encoding", "gzip;q=0")], None, "\0asm-raw"),
        (&[], None, "\0asm-raw"),
    ];
    for (headers, encoding, body) in cases {
        let r = send(&app, Method::GET, &uri, headers).await;
        assert_eq!(r.status, StatusCode::OK, "{headers:?}");
        assert_eq!(r.text(), body, "{headers:?}");
        assert_eq!(
            r.headers
                .get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap()),
            encoding
        );
        assert_eq!(r.h(header::VARY), "Accept-Encoding");
        assert_eq!(
            r.h(header::CONTENT_TYPE),
            "application/wasm",
            "type of the original"
        );
        assert_eq!(r.h(header::CACHE_CONTROL), IMMUTABLE);
        assert_eq!(r.h(header::CONTENT_LENGTH), body.len().to_string());
    }
    // Files without precompressed siblings are sent as-is even if br is accepted.
    let r = send(
        &app,
        Method::GET,
        "/sw.js",
        &[("accept-encoding", "br, gzip")],
    )
    .await;
    assert!(r.headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(r.h(header::VARY), "Accept-Encoding");
}

#[tokio::test]
async fn security_headers_and_csp() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    for uri in ["/", "/map/nape", "/nope.js", "/../x", &format!("/{WASM}")] {
        let r = get(&app, uri).await;
        assert_eq!(r.h(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{uri}");
        assert_eq!(r.h(header::REFERRER_POLICY), "no-referrer", "{uri}");
        assert_eq!(
            r.h(header::HeaderName::from_static("permissions-policy")),
            "camera=(), microphone=(), geolocation=()"
        );
        assert!(r.headers.get("cross-origin-opener-policy").is_none());
        let csp = r.h(header::CONTENT_SECURITY_POLICY);
        assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
        let script_src = csp
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap();
        assert!(script_src.contains(&sha256_source(LOADER)), "{csp}");
        assert!(csp.trim_end().ends_with("frame-ancestors *"), "{csp}");
        assert!(!csp.contains("unsafe-inline"));
    }

    let mut config = Config::new(dist(&root));
    config.frame_ancestors = "'self' https://*.example.org".into();
    let app = dermamap_server::app(&config).unwrap();
    let r = get(&app, "/").await;
    assert!(r
        .h(header::CONTENT_SECURITY_POLICY)
        .ends_with("frame-ancestors 'self' https://*.example.org"));

    config.frame_ancestors = "*; script-src *".into();
    assert!(dermamap_server::app(&config).is_err(), "app() re-validates");
}

#[tokio::test]
async fn traversal_never_leaves_dist() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    for uri in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E/Cargo.toml",
        "/..%2fCargo.toml",
        "/..%2FCargo.toml",
        "/a/../../x",
        "/a/%2e%2e/%2e%2e/x",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/secret.txt%00.js",
        "/%00",
        "/leak.txt",
        "//..//..//secret.txt",
    ] {
        for method in [Method::GET, Method::HEAD] {
            let r = send(&app, method.clone(), uri, &[("accept", "*/*")]).await;
            assert!(
                matches!(r.status, StatusCode::BAD_REQUEST | StatusCode::NOT_FOUND),
                "{method} {uri} -> {}",
                r.status
            );
            assert!(!r.text().contains(SECRET), "{uri} leaked");
        }
    }
    // Raw backslashes, if the URI parser lets them through at all.
    if let Ok(req) = Request::builder()
        .uri("/..\\secret.txt")
        .body(Body::empty())
    {
        let res = app.clone().oneshot(req).await.unwrap();
        assert!(matches!(
            res.status(),
            StatusCode::BAD_REQUEST | StatusCode::NOT_FOUND
        ));
        let body = res.into_body().collect().await.unwrap().to_bytes();
        assert!(!String::from_utf8_lossy(&body).contains(SECRET));
    }
}

#[tokio::test]
async fn head_has_headers_but_no_body() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let r = send(
        &app,
        Method::HEAD,
        &format!("/{WASM}"),
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.is_empty());
    assert_eq!(
        r.h(header::CONTENT_LENGTH),
        "brotli-bytes".len().to_string()
    );
    assert_eq!(r.h(header::CONTENT_ENCODING), "br");
    assert_eq!(r.h(header::CONTENT_TYPE), "application/wasm");

    let r = send(&app, Method::HEAD, "/map/nape", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.is_empty());
    assert_eq!(
        r.h(header::CONTENT_LENGTH),
        served_index("/").len().to_string()
    );

    let r = send(&app, Method::POST, "/", &[]).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.h(header::ALLOW), "GET, HEAD");
}

#[tokio::test]
async fn etag_revalidation() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let first = get(&app, "/").await;
    let etag = first.h(header::ETAG).to_string();
    let r = send(&app, Method::GET, "/", &[("if-none-match", &etag)]).await;
    assert_eq!(r.status, StatusCode::NOT_MODIFIED);
    assert!(r.body.is_empty());
    assert_eq!(r.h(header::CACHE_CONTROL), "no-cache");
    // The br representation has a different validator.
    let plain = get(&app, &format!("/{WASM}")).await;
    let br = get_encoded(&app, &format!("/{WASM}"), "br").await;
    assert_ne!(plain.h(header::ETAG), br.h(header::ETAG));
}

#[tokio::test]
async fn base_prefix() {
    let root = fixture();
    let Ok(Command::Serve(mut config)) = parse_args(["--base", "/guide/"]) else {
        panic!()
    };
    config.dir = dist(&root);
    let app = app(&config).unwrap();

    for uri in ["/guide/", "/guide/map/nape", "/guide/index.html"] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        assert_eq!(r.text(), served_index("/guide/"), "{uri}");
    }
    let r = get(&app, &format!("/guide/{WASM}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.h(header::CONTENT_TYPE), "application/wasm");

    for uri in [
        "/map/nape",
        "/",
        "/index.html",
        "/guidebook",
        &format!("/{WASM}"),
        "/guide/nope.js",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(r.headers.get(header::CONTENT_SECURITY_POLICY).is_some());
    }

    let r = get(&app, "/guide").await;
    assert!(r.status.is_redirection());
    assert_eq!(r.h(header::LOCATION), "/guide/");
    let r = get(&app, "/guide?x=1").await;
    assert_eq!(r.h(header::LOCATION), "/guide/?x=1");

    let r = get(&app, "/guide/../Cargo.toml").await;
    assert!(!r.text().contains(SECRET));
}

#[test]
fn flag_parsing() {
    let Ok(Command::Serve(c)) = parse_args(Vec::<String>::new()) else {
        panic!()
    };
    assert_eq!(c.dir, Path::new("dist"));
    assert_eq!(c.addr, "127.0.0.1:8080");
    assert_eq!(c.frame_ancestors, "*");
    assert_eq!(c.base, "/");

    let Ok(Command::Serve(c)) = parse_args([
        "--dir",
        "out",
        "--addr",
        "0.0.0.0:0",
        "--frame-ancestors",
        "'none'",
        "--base=/guide",
    ]) else {
        panic!()
    };
    assert_eq!(
        (c.dir.to_str().unwrap(), c.addr.as_str()),
        ("out", "0.0.0.0:0")
    );
    assert_eq!(
        (c.frame_ancestors.as_str(), c.base.as_str()),
        ("'none'", "/guide/")
    );

    assert_eq!(parse_args(["--help"]), Ok(Command::Help));

    let err = |args: &[&str]| parse_args(args.iter().copied()).unwrap_err().to_string();
    assert!(err(&["--frame-ancestors", "'self'; script-src *"]).contains("frame-ancestors"));
    assert!(err(&["--frame-ancestors", "\"x\""]).contains("not allowed"));
    assert!(err(&["--frame-ancestors", ""]).contains("empty"));
    assert!(err(&["--dir"]).contains("needs a value"));
    assert!(err(&["--port", "1"]).contains("unknown option"));
    assert!(err(&["dist"]).contains("unexpected argument"));
    assert!(err(&["--addr", "nohost"]).contains("--addr"));
    assert!(err(&["--base", "/a/../b"]).contains("--base"));
}

#[test]
fn app_refuses_missing_dir() {
    let root = tempfile::tempdir().unwrap();
    assert!(app(&Config::new(root.path().join("nope"))).is_err());
}

// The real binary: exit codes and the startup line the Makefile parses.
#[test]
fn binary_exit_codes_and_startup_line() {
    let exe = env!("CARGO_BIN_EXE_dermamap-server");

    let out = Proc::new(exe)
        .args(["--frame-ancestors", "x;y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frame-ancestors"));

    let out = Proc::new(exe).arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2));

    let out = Proc::new(exe).arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--frame-ancestors"));

    let root = fixture();
    let dir = dist(&root);
    let mut child = Proc::new(exe)
        .args(["--dir", dir.to_str().unwrap(), "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let result = std::panic::catch_unwind(|| {
        let prefix = format!("Dermamap serving {} on http://", dir.display());
        assert!(line.starts_with(&prefix), "{line:?}");
        let addr = line[prefix.len()..].trim_end().strip_suffix('/').unwrap();
        assert!(!addr.ends_with(":0"), "real port printed: {addr}");

        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(
            s,
            "GET /map/nape HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).unwrap();
        assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
        assert!(resp
            .to_ascii_lowercase()
            .contains("content-security-policy: default-src 'self'"));
        assert!(resp.contains(&sha256_source(LOADER)));
        assert!(resp.ends_with(&served_index("/")));
    });
    child.kill().unwrap();
    child.wait().unwrap();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

#[tokio::test]
async fn pages_are_sent_brotli_or_gzip_as_accepted_each_with_its_own_etag() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let plain = get(&app, "/estimator").await;
    assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());

    let br = send(
        &app,
        Method::GET,
        "/estimator",
        &[("accept-encoding", "gzip, deflate, br, zstd")],
    )
    .await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.h(header::CONTENT_ENCODING), "br");
    assert_eq!(br.h(header::VARY), "Accept-Encoding");
    assert_eq!(br.h(header::CONTENT_LENGTH), br.body.len().to_string());
    assert_eq!(br.decoded(), served_index("/"));

    let r = send(
        &app,
        Method::GET,
        "/estimator",
        &[("accept-encoding", "br;q=0, gzip")],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.h(header::CONTENT_ENCODING), "gzip");
    assert_eq!(r.h(header::VARY), "Accept-Encoding");
    assert_eq!(r.h(header::CONTENT_LENGTH), r.body.len().to_string());
    assert_eq!(r.decoded(), served_index("/"));
    let etags = [plain.h(header::ETAG), r.h(header::ETAG), br.h(header::ETAG)];
    assert!(
        etags[0] != etags[1] && etags[1] != etags[2] && etags[0] != etags[2],
        "a cache must not mix the bodies: {etags:?}"
    );
    // Each ETag answers a revalidation of its own body.
    let again = send(
        &app,
        Method::GET,
        "/estimator",
        &[("accept-encoding", "br"), ("if-none-match", etags[2])],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    // Another body's ETag is not this one's.
    let other = send(
        &app,
        Method::GET,
        "/estimator",
        &[("accept-encoding", "br"), ("if-none-match", etags[1])],
    )
    .await;
    assert_eq!(other.status, StatusCode::OK);
    assert_eq!(other.body, br.body);
    // HEAD: the brotli body's length, no body.
    let head = send(
        &app,
        Method::HEAD,
        "/estimator",
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(head.h(header::CONTENT_ENCODING), "br");
    assert_eq!(head.h(header::CONTENT_LENGTH), br.body.len().to_string());
    assert!(head.body.is_empty());

    let refused = send(&app, Method::GET, "/", &[("accept-encoding", "gzip;q=0")]).await;
    assert!(refused.headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(refused.text(), served_index("/"));
}

#[tokio::test]
async fn the_policy_follows_a_rebuilt_index_html() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let before = get(&app, "/").await;
    let old = sha256_source(LOADER);
    assert!(before.h(header::CONTENT_SECURITY_POLICY).contains(&old));
    // A rebuild changes the loader script: every response now carries the new hash.
    let loader = LOADER.replace("1a2b3c4d5e6f7a8b", "9f8e7d6c5b4a3928");
    let html = index_html().replace(LOADER, &loader);
    std::fs::write(dist(&root).join("index.html"), &html).unwrap();
    let new = sha256_source(&loader);
    for uri in ["/", "/map/nape", &format!("/{WASM}"), "/missing.js"] {
        let r = get(&app, uri).await;
        let policy = r.h(header::CONTENT_SECURITY_POLICY);
        assert!(
            policy.contains(&new) && !policy.contains(&old),
            "{uri}: {policy}"
        );
    }
}

#[tokio::test]
async fn a_rebuilt_index_html_is_served_at_once() {
    // index.html is prepared once per version of the file.
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    assert_eq!(get(&app, "/").await.text(), served_index("/"));
    let rebuilt = format!("{}<!-- rebuilt -->", index_html());
    std::fs::write(dist(&root).join("index.html"), &rebuilt).unwrap();
    let r = get(&app, "/map/nape").await;
    assert!(r.text().ends_with("<!-- rebuilt -->"), "{}", r.text());
}

/// Bug (issue 16, found by the update test): ServeDir answered 304 to If-Modified-Since for a
/// file replaced within the same second, so a new sw.js was never seen. The ETag decides.
#[tokio::test]
async fn a_file_replaced_within_the_same_second_is_not_reported_unchanged() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let first = get(&app, "/sw.js").await;
    let (etag, modified) = (
        first.h(header::ETAG).to_string(),
        first.h(header::LAST_MODIFIED).to_string(),
    );
    assert!(!modified.is_empty());
    std::fs::write(
        dist(&root).join("sw.js"),
        "self.addEventListener('fetch', () => {}); // v2",
    )
    .unwrap();
    let again = send(
        &app,
        Method::GET,
        "/sw.js",
        &[("if-none-match", &etag), ("if-modified-since", &modified)],
    )
    .await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.text().ends_with("// v2"));
    let same = send(
        &app,
        Method::GET,
        "/sw.js",
        &[
            ("if-none-match", again.h(header::ETAG)),
            ("if-modified-since", &modified),
        ],
    )
    .await;
    assert_eq!(same.status, StatusCode::NOT_MODIFIED);
}

/// Small files are answered from memory while unchanged: a rebuilt one is read again at once,
/// and each coding keeps its own answer.
#[tokio::test]
async fn small_files_kept_in_memory_follow_the_file() {
    let root = fixture();
    let app = app(&Config::new(dist(&root))).unwrap();
    let path = dist(&root).join("manifest.webmanifest");
    for round in 0..3 {
        let body = format!("{{\"name\":\"Dermamap {round}\"}}");
        std::fs::write(&path, &body).unwrap();
        for _ in 0..2 {
            let r = get(&app, "/manifest.webmanifest").await;
            assert_eq!(r.text(), body);
            assert_eq!(r.h(header::CACHE_CONTROL), "no-cache");
            let head = send(&app, Method::HEAD, "/manifest.webmanifest", &[]).await;
            assert!(head.body.is_empty());
        }
    }
    let br = get_encoded(&app, &format!("/{WASM}"), "br").await;
    let gz = get_encoded(&app, &format!("/{WASM}"), "gzip").await;
    let plain = send(&app, Method::GET, &format!("/{WASM}"), &[]).await;
    assert_eq!(
        (
            br.body.as_slice(),
            gz.body.as_slice(),
            plain.body.as_slice()
        ),
        (&b"brotli-bytes"[..], &b"gzip-bytes"[..], &b"\0asm-raw"[..])
    );
    let again = get_encoded(&app, &format!("/{WASM}"), "br").await;
    assert_eq!(again.body, b"brotli-bytes");
    assert_eq!(again.h(header::CONTENT_ENCODING), "br");
    let revalidated = send(
        &app,
        Method::GET,
        &format!("/{WASM}"),
        &[
            ("accept-encoding", "br"),
            ("if-none-match", again.h(header::ETAG)),
        ],
    )
    .await;
    assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED);
}

/// A large file's small compressed twin (the wasm's brotli) is answered from memory too, and
/// follows a rebuild; its large plain form streams from disk, whole.
#[tokio::test]
async fn a_large_files_compressed_twin_is_kept_and_follows_a_rebuild() {
    let root = fixture();
    let d = dist(&root);
    let app = app(&Config::new(d.clone())).unwrap();
    for round in 0..3u8 {
        let plain: Vec<u8> = vec![round; 1_500_000 + usize::from(round)];
        std::fs::write(d.join(WASM), &plain).unwrap();
        let br = format!("brotli-round-{round}");
        std::fs::write(d.join(format!("{WASM}.br")), &br).unwrap();
        for _ in 0..3 {
            let r = get_encoded(&app, &format!("/{WASM}"), "br").await;
            assert_eq!(r.status, StatusCode::OK);
            assert_eq!(r.text(), br, "round {round}");
            assert_eq!(r.h(header::CONTENT_ENCODING), "br");
        }
        let whole = get(&app, &format!("/{WASM}")).await;
        assert_eq!(whole.body.len(), plain.len());
        assert_eq!(whole.body, plain);
    }
}
