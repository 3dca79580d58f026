//! Every page rendered from the real index.html, as the build does.

use super::*;
use dermamap_core::locale::{catalog, Lang, TextVersion};

fn template() -> String {
    let index = include_str!("../../index.html");
    template::prepare_template(index, &TextVersion::of(["{}"]))
        .expect("index.html has its boot slot")
}

/// Pages are written in the one language installed for the whole process: tests that render
/// take turns.
fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = TURN.lock().unwrap_or_else(|e| e.into_inner());
    let texts = catalogs()
        .unwrap()
        .into_iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, c)| c);
    catalog::install(lang, texts);
    f()
}

fn rendered(path: &str) -> String {
    rendered_in(Lang::En, path)
}

fn rendered_in(lang: Lang, path: &str) -> String {
    in_lang(lang, || {
        page(&template(), lang, path, Some("https://guide.example/")).expect("the page renders")
    })
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
    let not_found = in_lang(Lang::En, || {
        page(&template(), Lang::En, "/404", None).unwrap()
    });
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
    assert_eq!(output_file("/es"), "es/index.html");
    assert_eq!(output_file("/de/map/nape"), "de/map/nape/index.html");
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

#[test]
fn every_page_is_written_in_each_language_at_its_own_address() {
    for lang in [Lang::Es, Lang::De] {
        let code = lang.code();
        let home = rendered_in(lang, "/");
        assert!(
            home.contains(&format!(r#"<html lang="{code}""#)),
            "{code}: <html lang>"
        );
        assert!(
            !home.contains("<base href"),
            "/{code} is in the app's folder"
        );
        let rendered_for = format!(r#"data-prerendered-for="/{code}""#);
        assert!(
            home.contains(&rendered_for),
            "{code}: the address the app hydrates"
        );
        let nape = rendered_in(lang, "/map/nape");
        assert!(nape.contains(&format!(
            r#"rel="manifest" href="{code}/manifest.webmanifest""#
        )));
        assert!(nape.contains(r#"<base href="../../">"#));
        // Its links stay in the language, relative to the base (the app's folder).
        assert!(boot(&nape).contains(&format!(r#"href="{code}/map/cheekbone""#)));
        assert!(boot(&nape).contains(&format!(r#"href="{code}/estimator""#)));
        assert!(!boot(&nape).contains(r#"href="map/cheekbone""#));
        assert!(nape.contains(&format!(
            r#"<link rel="canonical" href="https://guide.example/{code}/map/nape">"#
        )));
        let not_found = in_lang(lang, || page(&template(), lang, "/404", None).unwrap());
        assert!(not_found.contains(r#"data-testid="not-found""#));
        assert!(not_found.contains(&format!(r#"<html lang="{code}""#)));
        assert!(not_found.contains(r#"<div id="boot"><"#), "never hydrated");
        assert!(
            boot(&not_found).contains(&format!(r#"href="{code}""#)),
            "links into its language"
        );
    }
}

#[test]
fn index_html_knows_the_same_language_prefixes_as_the_app() {
    // Its first script finds the app's folder (and the embed) below a language prefix before
    // the app loads: the prefixes it spells must be the app's.
    let codes: Vec<&str> = Lang::ALL
        .iter()
        .filter(|l| **l != Lang::En)
        .map(|l| l.code())
        .collect();
    let alternation = format!("(?:{})", codes.join("|"));
    let index = include_str!("../../index.html");
    assert_eq!(
        index.matches(&alternation).count(),
        2,
        "{alternation} in both patterns"
    );
    // nginx picks the not-found page of an address's language by the same prefixes.
    let plain = format!("({})", codes.join("|"));
    for conf in [
        include_str!("../../deploy/nginx/dermamap.conf"),
        include_str!("../../deploy/nginx/dermamap-guide.conf"),
    ] {
        assert_eq!(
            conf.matches(&plain).count(),
            2,
            "{plain} in the map and the location"
        );
    }
}

/// The names of attributes that a tag of `html` repeats (a browser keeps the first only).
fn repeated_attributes(html: &str) -> Vec<String> {
    let mut repeated = Vec::new();
    for tag in html.split('<').skip(1) {
        if tag.starts_with(['/', '!']) {
            continue;
        }
        let mut names = std::collections::HashSet::new();
        let mut rest = tag.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-');
        loop {
            rest = rest.trim_start_matches([' ', '\n', '\t', '/']);
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let name_len = rest.find([' ', '=', '>', '\n', '/']).unwrap_or(rest.len());
            let name = &rest[..name_len];
            if !names.insert(name.to_string()) {
                repeated.push(format!("{name} in <{}", &tag[..tag.len().min(80)]));
            }
            rest = &rest[name_len..];
            if let Some(value) = rest.strip_prefix('=') {
                rest = match value.chars().next() {
                    Some(q @ ('"' | '\'')) => value[1..].split_once(q).map_or("", |(_, r)| r),
                    _ => value.trim_start_matches(|c: char| !c.is_whitespace() && c != '>'),
                };
            }
        }
    }
    repeated
}

#[test]
fn no_page_repeats_an_attribute() {
    assert_eq!(
        repeated_attributes(r#"<a href="x" aria-current="page" aria-current="true">"#),
        vec![r#"aria-current in <a href="x" aria-current="page" aria-current="true">"#]
    );
    assert!(repeated_attributes(r#"<p title="a=b c" data-x='1'>x</p><br/>"#).is_empty());
    for lang in Lang::ALL {
        for path in dermamap::site_map::page_paths() {
            let html = rendered_in(lang, &path);
            let repeated = repeated_attributes(&html);
            assert!(repeated.is_empty(), "{} {path}: {repeated:?}", lang.code());
            // The brand links home; it is the current page only there.
            let brand = html.split(r#"class="brand""#).next().unwrap();
            let brand = &brand[brand.rfind("<a ").unwrap()..];
            assert_eq!(
                brand.contains("aria-current"),
                path == "/",
                "{} {path}: {brand}",
                lang.code()
            );
        }
    }
}

#[test]
fn index_html_reads_the_saved_plans_by_core_s_key() {
    let index = include_str!("../../index.html");
    let key = dermamap_core::aftercare::storage::STORAGE_KEY;
    assert!(
        index.contains(&format!(r#"localStorage.getItem("{key}")"#)),
        "{key}"
    );
}

/// A link preview or search result in any language names that language's page: its own title
/// and description, its address as canonical and as the preview's, and every language's page.
#[test]
fn every_page_in_every_language_has_its_own_head() {
    let attr = |html: &str, start: &str| {
        let from = html.find(start).unwrap_or_else(|| panic!("{start}")) + start.len();
        html[from..].split('"').next().unwrap().to_string()
    };
    for lang in Lang::ALL {
        let (mut titles, mut descriptions) = (
            std::collections::HashSet::new(),
            std::collections::HashSet::new(),
        );
        for path in dermamap::site_map::page_paths() {
            let html = rendered_in(lang, &path);
            let head = &html[..html.find("</head>").unwrap()];
            let at = format!("{} {path}", lang.code());
            assert!(
                head.contains(&format!(r#"<html lang="{}""#, lang.code())),
                "{at}: language"
            );
            let url = format!("https://guide.example{}", lang.path(&path));
            assert_eq!(
                attr(head, r#"<link rel="canonical" href=""#),
                url,
                "{at}: canonical"
            );
            assert_eq!(
                attr(head, r#"<meta property="og:url" content=""#),
                url,
                "{at}: og:url"
            );
            let title = head
                .split("<title>")
                .nth(1)
                .unwrap()
                .split("</title>")
                .next()
                .unwrap();
            assert_eq!(
                attr(head, r#"<meta property="og:title" content=""#),
                title.replace('"', "&quot;"),
                "{at}: og:title"
            );
            let description = attr(head, r#"<meta name="description" content=""#);
            assert_eq!(
                attr(head, r#"<meta property="og:description" content=""#),
                description,
                "{at}: og:description"
            );
            for other in Lang::ALL {
                assert!(
                    head.contains(&format!(
                        r#"<link rel="alternate" hreflang="{}" href="https://guide.example{}">"#,
                        other.code(),
                        other.path(&path)
                    )),
                    "{at}: the page in {}",
                    other.code()
                );
            }
            assert_eq!(
                head.matches(r#"rel="alternate""#).count(),
                Lang::ALL.len() + 1,
                "{at}: x-default"
            );
            assert!(
                titles.insert(title.to_string()) || path == "/",
                "{at}: title {title} repeats"
            );
            assert!(
                descriptions.insert(description.clone()),
                "{at}: description {description} repeats"
            );
        }
    }
}

#[test]
fn index_html_knows_every_page_s_first_segment() {
    // Its first script finds the app's folder by the words a page's address starts with
    // (a deep link's `<base>` before the app loads): they must be the site map's, each with a
    // second segment where a page has one.
    let index = include_str!("../../index.html");
    let line = index
        .lines()
        .find(|l| l.contains("var m = p.match("))
        .expect("the pattern that finds the app's folder");
    let after_languages = "(?:\\/|$))?(?:";
    let group =
        &line[line.find(after_languages).expect("the language prefixes") + after_languages.len()..];
    let group = &group[..group.find(")?\\/?$/").expect("the end of the page words")];
    let (mut alternatives, mut depth, mut from) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => {
                alternatives.push(&group[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    alternatives.push(&group[from..]);
    let in_index: std::collections::BTreeSet<(String, bool)> = alternatives
        .iter()
        .map(|alt| {
            let word: String = alt
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            let deeper = alt.len() > word.len();
            (word, deeper)
        })
        .collect();
    let mut in_site_map = std::collections::BTreeMap::<String, bool>::new();
    for path in dermamap::site_map::page_paths() {
        let mut segments = path.trim_matches('/').split('/');
        let first = segments.next().unwrap_or_default();
        if !first.is_empty() {
            *in_site_map.entry(first.to_string()).or_default() |= segments.next().is_some();
        }
    }
    let in_site_map: std::collections::BTreeSet<(String, bool)> = in_site_map.into_iter().collect();
    assert_eq!(in_index, in_site_map, "index.html's page words: {group}");
}

#[test]
fn every_page_in_every_language_has_every_text_in_its_catalog() {
    let mut report = String::new();
    for lang in Lang::ALL {
        let missed = in_lang(lang, || {
            catalog::record_misses();
            for path in dermamap::site_map::page_paths() {
                page(&template(), lang, &path, Some("https://guide.example/")).unwrap();
            }
            page(&template(), lang, "/404", None).unwrap();
            catalog::take_misses()
        });
        if !missed.is_empty() {
            report.push_str(&format!(
                "\n{} texts on the {} pages have no translation (core/locales/{}.json):\n{}\n",
                missed.len(),
                lang.own_name(),
                lang.code(),
                serde_json::to_string_pretty(&missed).unwrap()
            ));
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// The sources page's own texts go out with the pages' text (`only_split_pages_write`),
/// though the main module's data holds their keys: no page the main module renders alone
/// writes one, and the sources page writes every one.
#[test]
fn the_sources_page_s_own_texts_are_written_only_by_a_split_page() {
    let only = main_module::only_split_pages_write();
    assert!(only.len() > 60, "{}", only.len());
    let sources_seen = in_lang(Lang::En, || {
        let template = template();
        let mut sources_seen = false;
        for path in dermamap::site_map::page_paths()
            .into_iter()
            .chain(["/404".to_string()])
        {
            let (_, used) = page_and_texts(&template, Lang::En, &path, None).unwrap();
            if path == "/404" || !dermamap::pages::lazy_routes::is_split(&path) {
                let shared: Vec<_> = used.iter().filter(|k| only.contains(k)).collect();
                assert!(shared.is_empty(), "{path} writes {shared:?}");
            }
            if path == "/sources" {
                let missing: Vec<_> = only.iter().filter(|k| !used.contains(k)).collect();
                assert!(missing.is_empty(), "the sources page lacks {missing:?}");
                sources_seen = true;
            }
        }
        sources_seen
    });
    assert!(sources_seen);
}

/// The service worker tells each language's text files by `LANG_FILE` (scripts/precache.mjs
/// writes it into sw.js): it must know every file `Part::file` names, as that language's and
/// that part, and nothing a version is not.
#[test]
fn the_service_worker_knows_each_text_file_by_the_one_rust_definition() {
    use dermamap_core::locale::Part;
    let js = include_str!("../../scripts/precache.mjs");
    let start = js
        .find("export const LANG_FILE = /")
        .expect("LANG_FILE in precache.mjs")
        + "export const LANG_FILE = /".len();
    let end = start
        + js[start..]
            .find("/;")
            .expect("end of the LANG_FILE literal");
    let pattern = regex::Regex::new(&js[start..end]).expect("a valid pattern");
    let version = TextVersion::of(["{}", "{\"a\":\"b\"}"]);
    for lang in Lang::ALL {
        for part in [Part::Main, Part::Pages] {
            let file = part.file(lang, &version);
            let found = pattern
                .captures(&file)
                .unwrap_or_else(|| panic!("{file} is not a text file to the service worker"));
            assert_eq!(&found[1], lang.code(), "{file}");
            assert_eq!(found.get(2).is_some(), part == Part::Pages, "{file}");
            // A name whose version the app would not read is not one.
            let suffix = if part == Part::Pages { ".pages" } else { "" };
            for v in ["0123456789abcde", "0123456789abcdef0", "0123456789ABCDEF"] {
                assert!(TextVersion::parse(v).is_none(), "{v}");
                let file = format!("lang/{}{suffix}-{v}.json", lang.code());
                assert!(!pattern.is_match(&file), "{file}");
            }
        }
    }
}

#[path = "../../tests/fixtures/own_task_page.rs"]
mod own_task_page;

/// The browser tests of `in_own_task` hydrate `tests/fixtures/own_task_page.html`: it must be
/// what rendering their page writes.
#[test]
fn the_own_task_fixture_is_what_its_page_renders() {
    use leptos::prelude::*;
    let html = Owner::new().with(|| {
        own_task_page::page(RwSignal::new(0), RwSignal::new("a"))
            .into_view()
            .to_html()
    });
    let fixture = include_str!("../../tests/fixtures/own_task_page.html");
    assert_eq!(fixture.trim_end(), html, "write this into the fixture");
}

#[test]
fn the_template_s_own_texts_are_in_the_page_s_language() {
    let english = template::stopped_note(template::STOPPED.en(), template::RELOAD.en());
    assert!(rendered("/map/nape").contains(&english));
    for lang in [Lang::Es, Lang::De] {
        let page = rendered_in(lang, "/map/nape");
        let translated = in_lang(lang, || {
            template::stopped_note(
                catalog::tr(template::STOPPED),
                catalog::tr(template::RELOAD),
            )
        });
        assert_ne!(
            translated,
            english,
            "{}: the note is translated",
            lang.code()
        );
        assert!(
            page.contains(&translated),
            "{}: the stopped note",
            lang.code()
        );
        assert!(!page.contains(template::STOPPED.en()), "{}", lang.code());
        assert!(!page.contains(template::NOSCRIPT.en()), "{}", lang.code());
        let noscript = in_lang(lang, || catalog::tr(template::NOSCRIPT));
        assert!(page.contains(noscript), "{}: the <noscript>", lang.code());
    }
}

/// The figure's outline is an image the build writes (so the body figure can be the page's
/// largest contentful paint), named relative to the page's base like its links; its paths are
/// no longer in the page itself.
#[test]
fn the_figure_shows_its_outline_from_a_file_the_build_writes() {
    let files = dermamap::figure::outline_files();
    for (path, view) in [
        ("/", "front"),
        ("/map/nape", "back"),
        ("/map/cheeks", "face"),
    ] {
        let html = rendered(path);
        let body = boot(&html);
        assert!(body.contains(&format!(r#"data-view="{view}""#)), "{path}");
        // The figure's outline image, as the head's preload finds it (its `<image>` with the
        // class `figure-outline`).
        let href = template::figure_outline(body)
            .unwrap_or_else(|| panic!("{path}: the figure has its outline <image>"));
        let (_, svg) = files
            .iter()
            .find(|(f, _)| *f == href)
            .unwrap_or_else(|| panic!("{path}: {href} is not a file the build writes"));
        let first_path = svg
            .split("<path d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            !body.contains(first_path),
            "{path}: the outline is inline too"
        );
    }
}

/// An SVG `<image>` is not found by the preload scanner: a page that shows the figure asks
/// for its outline from the head, first thing; a page without it does not.
#[test]
fn a_page_with_the_figure_preloads_its_outline() {
    for (path, file) in [
        ("/", "figure/body.svg"),
        ("/map/cheeks", "figure/face.svg"),
        ("/embed", "figure/body.svg"),
    ] {
        let html = rendered(path);
        let head = &html[..html.find("</head>").unwrap()];
        assert!(
            head.contains(&format!(
                r#"<link rel="preload" href="{file}" as="image" fetchpriority="high">"#
            )),
            "{path}: {head}"
        );
    }
    let estimator = rendered("/estimator");
    assert!(!estimator.contains(r#"as="image""#));
}
