//! Every page rendered from the real index.html, as the build does.

use super::*;

fn template() -> String {
    let index = include_str!("../../index.html");
    template::prepare_template(index).expect("index.html has its boot slot")
}

fn rendered(path: &str) -> String {
    page(&template(), path, Some("https://guide.example/")).expect("the page renders")
}

/// The prerendered body (inside `#boot`).
fn boot(html: &str) -> &str {
    let start = html.find(r#"<div id="boot""#).expect("boot element");
    &html[start..]
}

#[test]
fn every_page_renders_its_own_content_with_its_own_head() {
    let mut titles = std::collections::HashSet::new();
    let mut descriptions = std::collections::HashSet::new();
    for path in dermamap::site_map::page_paths() {
        let html = rendered(&path);
        // The app hydrates the markup only at the address it was rendered for.
        assert!(
            html.contains(&format!(r#"<div id="boot" data-prerendered-for="{path}">"#)),
            "{path} names its address for the app"
        );
        assert!(
            !html.contains("not-found"),
            "{path} renders the not-found page"
        );
        assert!(
            !html.contains(render::BASE_MARKER),
            "{path} keeps the marker"
        );
        assert!(boot(&html).contains("<h1"), "{path} has its heading");
        let head = &html[..html.find("</head>").unwrap()];
        assert_eq!(head.matches("<title>").count(), 1, "{path}: one title");
        assert_eq!(
            html.matches(r#"name="description""#).count(),
            1,
            "{path}: one description"
        );
        assert!(
            html.contains(&format!(
                r#"<link rel="canonical" href="https://guide.example{path}">"#
            )),
            "{path}: canonical"
        );
        assert!(html.contains(r#"<html lang="en""#), "{path}: language");
        let title = html
            .split("<title>")
            .nth(1)
            .unwrap()
            .split("</title>")
            .next()
            .unwrap()
            .to_string();
        assert!(
            titles.insert(title.clone()) || path == "/",
            "{path}: title {title} repeats"
        );
        let description = head
            .split(r#"name="description" content=""#)
            .nth(1)
            .and_then(|d| d.split('"').next())
            .unwrap()
            .to_string();
        assert!(
            descriptions.insert(description.clone()),
            "{path}: description {description} repeats"
        );
    }
}

#[test]
fn a_region_page_shows_that_region_and_links_every_region() {
    let html = rendered("/map/nape");
    assert!(html.starts_with("<!doctype html>") || html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<base href="../">"#));
    let body = boot(&html);
    assert!(
        body.contains(r#"data-testid="body-figure""#),
        "the body figure is in the HTML"
    );
    assert!(
        body.contains(r#"data-testid="region-details""#),
        "the region's details are in the HTML"
    );
    assert!(body.contains("Nape"));
    // The figure shows the region's own view (the back), with the region on it, selected.
    assert!(body.contains(r#"data-view="back""#));
    assert!(body.contains(r#"aria-pressed="true" data-region="nape""#));
    for r in dermamap_core::content::RegionId::ALL {
        assert!(
            body.contains(&format!(r#"href="map/{}""#, r.slug())),
            "a link to {} (relative to the base)",
            r.slug()
        );
    }
    assert!(body.contains(r#"href="estimator""#) && body.contains(r#"href="./""#));
}

#[test]
fn the_about_pages_and_sources_carry_their_text() {
    let about = rendered("/about/microneedling");
    assert!(about.contains("data-testid=\"about-microneedling\""));
    // Links to a place on the page name the page: a bare "#x" would resolve against <base>.
    assert!(about.contains(r##"href="about/microneedling#"##));
    assert!(rendered("/estimator").contains(r#"href="estimator#main""#));
    assert!(!about.contains(r##"href="#"##));
    assert!(rendered("/sources").contains("id=\"src-"));
    let not_found = page(&template(), "/404", None).unwrap();
    assert!(not_found.contains(r#"data-testid="not-found""#));
    assert!(!not_found.contains("canonical"));
    assert!(
        not_found.contains(r#"<div id="boot"><"#),
        "served at any address: never hydrated, rendered afresh"
    );
}

#[test]
fn addresses_map_to_files_and_bad_arguments_are_refused() {
    assert_eq!(output_file("/"), "index.html");
    assert_eq!(output_file("/map/nape"), "map/nape/index.html");
    assert!(parse_args(vec![]).is_err());
    assert!(parse_args(vec![
        "--dist".into(),
        "d".into(),
        "--site-url".into(),
        "javascript:x".into()
    ])
    .is_err());
    assert!(parse_args(vec!["--bogus".into()]).is_err());
    let ok = parse_args(vec![
        "--dist".into(),
        "d".into(),
        "--site-url".into(),
        "https://a.example/".into(),
    ])
    .unwrap();
    assert_eq!(ok.site_url, "https://a.example/");
}
