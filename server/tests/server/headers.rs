//! The headers of an answer: content types, cache policies, security headers and CSP, HEAD, ETags.

use axum::http::{header, Method, StatusCode};
use dermamap_server::{app, Config};

use crate::support::{
    dist, fixture, get, get_encoded, send, served_index, sha256_source, IMMUTABLE, LOADER, WASM,
};

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
