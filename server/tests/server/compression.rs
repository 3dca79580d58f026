//! Compressed answers: precompressed br/gzip twins of assets, and pages compressed as sent.

use axum::http::{header, Method, StatusCode};
use dermamap_server::{app, Config};

use crate::support::{dist, fixture, get, send, served_index, IMMUTABLE, WASM};

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
