//! What every test here shares: the throwaway dist/, the page it serves, and requests to the app.

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use base64::Engine as _;
use http_body_util::BodyExt;
use sha2::{Digest, Sha256};
use tower::ServiceExt;

pub(crate) const SECRET: &str = "TOP-SECRET-do-not-serve-4242";
pub(crate) const LOADER: &str = "\n      import init, * as bindings from '/dermamap-1a2b3c4d5e6f7a8b.js';\n      const wasm = await init({ module_or_path: '/dermamap-1a2b3c4d5e6f7a8b_bg.wasm' });\n      window.wasmBindings = bindings;\n    ";
pub(crate) const WASM: &str = "dermamap-1a2b3c4d5e6f7a8b_bg.wasm";
pub(crate) const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// index.html as served: with the `<base>` the server adds.
pub(crate) fn served_index(base: &str) -> String {
    String::from_utf8(dermamap_server::inject_base(index_html().as_bytes(), base)).unwrap()
}

pub(crate) fn index_html() -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Dermamap</title>\n\
         <link rel=\"modulepreload\" href=\"/dermamap-1a2b3c4d5e6f7a8b.js\">\n\
         <script type=\"module\">{LOADER}</script>\n\
         </head><body></body></html>\n"
    )
}

/// root/{Cargo.toml,x,secret.txt} hold SECRET; root/dist is what gets served.
pub(crate) fn fixture() -> tempfile::TempDir {
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

pub(crate) fn dist(root: &tempfile::TempDir) -> std::path::PathBuf {
    root.path().join("dist")
}

pub(crate) struct Resp {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Resp {
    pub(crate) fn h(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(&name)
            .unwrap_or_else(|| panic!("missing {name}"))
            .to_str()
            .unwrap()
    }
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// The body as text, decoded as its `Content-Encoding` says (br, gzip or none).
    pub(crate) fn decoded(&self) -> String {
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

pub(crate) async fn send(
    app: &Router,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
) -> Resp {
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

pub(crate) async fn get(app: &Router, uri: &str) -> Resp {
    send(app, Method::GET, uri, &[]).await
}

/// A GET that accepts one content encoding (`br`, `gzip`).
pub(crate) async fn get_encoded(app: &Router, uri: &str, encoding: &str) -> Resp {
    send(app, Method::GET, uri, &[("accept-encoding", encoding)]).await
}

pub(crate) fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}
