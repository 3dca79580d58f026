//! Files rebuilt while the server runs: the next answer, its CSP and its ETag follow them.

use axum::http::{header, Method, StatusCode};
use dermamap_server::{app, Config};

use crate::support::{
    dist, fixture, get, get_encoded, index_html, send, served_index, sha256_source, LOADER, WASM,
};

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
