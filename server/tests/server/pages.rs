//! Which page each address gets: index.html, a prerendered page, a 404, under a base prefix.

use axum::http::{header, Method, StatusCode};
use dermamap_server::{app, parse_args, Command, Config};

use crate::support::{
    dist, fixture, get, get_encoded, index_html, send, served_index, SECRET, WASM,
};

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
