//! No address, however encoded, reads a file outside dist/.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use dermamap_server::{app, Config};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::support::{dist, fixture, send, SECRET};

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
