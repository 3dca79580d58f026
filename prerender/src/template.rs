//! Trunk's index.html as the frame of every prerendered page: where the app's markup goes,
//! and the `<head>` of one page (its `<base>`, canonical address and link-preview tags).

use dermamap_core::locale::{Lang, Part, Text, TextVersion};
use dermamap_core::text;

/// The element index.html leaves empty for the prerender, and the app removes when it mounts.
pub const BOOT_SLOT: &str = r#"<div id="boot"></div>"#;

/// The template without what each page sets for itself: the generic `<title>`, description
/// and `<html lang>` (leptos_meta writes the page's own), and with the version of the build's
/// text, which the app reads before it fetches any (every page, the not-found ones too).
pub fn prepare_template(index_html: &str, text: &TextVersion) -> Result<String, String> {
    if index_html.matches(BOOT_SLOT).count() != 1 {
        return Err(format!(
            "index.html must contain {BOOT_SLOT} exactly once (the prerender fills it)"
        ));
    }
    // Each page says these in its own language: they must be there, as written, to translate.
    if !index_html.contains(NOSCRIPT.en())
        || !index_html.contains(&stopped_note(STOPPED.en(), RELOAD.en()))
    {
        return Err(
            "index.html must hold its <noscript> text and its stopped note as the \
                    prerender defines them (prerender/src/template.rs), to translate them"
                .to_string(),
        );
    }
    let mut html = remove_element(index_html, "<title>", "</title>");
    html = remove_element(&html, r#"<meta name="description""#, ">");
    // Where leptos_meta puts the page's tags, and where the app finds them again when it
    // hydrates them.
    html = html.replacen(
        "</head>",
        &format!("{}<!--HEAD--></head>", text.meta_tag()),
        1,
    );
    Ok(html.replacen("<html lang=\"en\">", "<html>", 1))
}

fn remove_element(html: &str, start: &str, end: &str) -> String {
    let Some(from) = html.find(start) else {
        return html.to_string();
    };
    let Some(len) = html[from..].find(end) else {
        return html.to_string();
    };
    format!("{}{}", &html[..from], &html[from + len + end.len()..])
}

/// What index.html says to a reader without JavaScript (its `<noscript>`), in English: each
/// page carries it in the page's language.
pub const NOSCRIPT: Text = text!("Without JavaScript every page of the guide can be read; the body map, the estimator and the aftercare checklist need it to respond.");

/// What a page says when the app's code stops on it (index.html's script shows it).
pub const STOPPED: Text = text!("Something went wrong, and this page stopped responding. You can still read it and follow its links. Reload the page to start it again: your saved aftercare plans stay on this device.");

/// The label of the stopped note's button, the same as the update notice's.
pub const RELOAD: Text = text!("Reload");

/// The note index.html keeps hidden until the app's code stops, from its two texts (index.html
/// holds it in English, which a test checks).
pub fn stopped_note(stopped: &str, reload: &str) -> String {
    format!(
        r#"<div id="stopped" role="alert"><div class="stopped" hidden><p>{}</p><button type="button">{}</button></div></div>"#,
        crate::sitemap::escape(stopped),
        crate::sitemap::escape(reload)
    )
}

/// The template's own texts (its `<noscript>` and its stopped note) in the active language.
pub fn translate_template_texts(page: &str) -> String {
    use dermamap_core::locale::tr;
    page.replacen(NOSCRIPT.en(), tr(NOSCRIPT), 1).replacen(
        &stopped_note(STOPPED.en(), RELOAD.en()),
        &stopped_note(tr(STOPPED), tr(RELOAD)),
        1,
    )
}

/// The template with the app's markup in the boot element. `rendered_for`: the app path the
/// markup was rendered for, which the app hydrates only on that address (none for the
/// not-found page, served for any unknown address: the app renders that one afresh).
pub fn fill_boot(template: &str, body: &str, rendered_for: Option<&str>) -> Result<String, String> {
    if !template.contains(BOOT_SLOT) {
        return Err(format!("the template has no {BOOT_SLOT}"));
    }
    let attr = rendered_for
        .map(|p| format!(r#" {}="{}""#, dermamap::site_map::PRERENDERED_FOR, p))
        .unwrap_or_default();
    Ok(template.replacen(
        BOOT_SLOT,
        &format!(r#"<div id="boot"{attr}>{body}</div>"#),
        1,
    ))
}

/// How many folders below the app's a page's address is: "/", "/estimator" and "/es" 0,
/// "/map/nape" and "/es/estimator" 1, "/es/map/nape" 2.
pub fn depth(address: &str) -> usize {
    address.matches('/').count().saturating_sub(1)
}

/// `<base href>` relative to the page itself ("../" for /map/nape), so its relative links and
/// assets resolve against the app's folder wherever the build is hosted. Placed first in
/// `<head>`: index.html's first script reads it. A server that knows the base (dermamap-server
/// --base) inserts an absolute one before it, which then wins.
pub fn base_tag(address: &str) -> Option<String> {
    match depth(address) {
        0 => None,
        d => Some(format!(r#"<base href="{}">"#, "../".repeat(d))),
    }
}

/// The page's `<head>` completed: its `<base>`; from its title and description, the
/// canonical link and Open Graph tags for link previews; the same page in each other language
/// (hreflang, English as the default); and the language's text for the app, fetched early.
pub fn complete_head(
    page: &str,
    lang: Lang,
    app_path: &str,
    site_url: &str,
) -> Result<String, String> {
    let title = between(page, "<title>", "</title>").ok_or("the page has no <title>")?;
    let description = between(page, r#"<meta name="description" content=""#, "\"")
        .ok_or("the page has no description")?;
    let site = site_url.trim_end_matches('/');
    let address = lang.path(app_path);
    let url = format!("{site}{address}");
    let title_attr = title.replace('"', "&quot;");
    let mut alternates: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                r#"<link rel="alternate" hreflang="{}" href="{site}{}">"#,
                l.code(),
                l.path(app_path)
            )
        })
        .collect();
    alternates.push_str(&format!(
        r#"<link rel="alternate" hreflang="x-default" href="{site}{app_path}">"#
    ));
    // The language's text the app starts with. Not the part a split page's code writes: the
    // app fetches it alongside that code, and a second preload in the head cost Lighthouse's
    // simulated LCP on those pages 0.1-0.2 s (tests/bench/README.md, "Text in two parts").
    let version = between(page, &TextVersion::meta_tag_start(), "\"")
        .and_then(TextVersion::parse)
        .ok_or("the page does not name its text's version")?;
    alternates.push_str(&format!(
        r#"<link rel="preload" href="{}" as="fetch" crossorigin>"#,
        Part::Main.file(lang, &version)
    ));
    // The body figure's outline, the page's largest contentful paint where the page shows the
    // figure: an SVG `<image>` is not found by the browser's preload scanner, so it would be
    // requested only once the parser reaches the figure.
    if let Some(outline) = figure_outline(page) {
        alternates.push_str(&format!(
            r#"<link rel="preload" href="{outline}" as="image" fetchpriority="high">"#
        ));
    }
    let tags = format!(
        concat!(
            "{alternates}",
            r#"<link rel="canonical" href="{url}">"#,
            r#"<meta property="og:type" content="website">"#,
            r#"<meta property="og:site_name" content="Dermamap">"#,
            r#"<meta property="og:title" content="{title}">"#,
            r#"<meta property="og:description" content="{description}">"#,
            r#"<meta property="og:url" content="{url}">"#,
            r#"<meta property="og:image" content="{site}/icons/icon-512.png">"#,
            "</head>"
        ),
        alternates = alternates,
        url = url,
        title = title_attr,
        description = description,
        site = site,
    );
    let mut out = page.replacen("</head>", &tags, 1);
    if let Some(base) = base_tag(&address) {
        let head = out.find("<head>").ok_or("the page has no <head>")?;
        out.insert_str(head + "<head>".len(), &base);
    }
    Ok(out)
}

/// The address of the body figure's outline image in a page, if it shows the figure.
pub(crate) fn figure_outline(page: &str) -> Option<&str> {
    page.split("<image ")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .find(|tag| tag.contains(r#"class="figure-outline""#))
        .and_then(|tag| between(tag, r#"href=""#, "\""))
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let len = s[from..].find(end)?;
    Some(&s[from..from + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A template with what the prerender needs of index.html and little else.
    fn index() -> String {
        format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dermamap</title><meta name="description" content="x"></head><body>{}<noscript>{}</noscript><div id="boot"></div></body></html>"#,
            stopped_note(STOPPED.en(), RELOAD.en()),
            NOSCRIPT.en()
        )
    }

    #[test]
    fn the_template_loses_what_pages_set_and_keeps_its_slot() {
        let v = TextVersion::of(["{}"]);
        let t = prepare_template(&index(), &v).unwrap();
        assert!(!t.contains("<title>") && !t.contains("description") && !t.contains("lang="));
        assert!(t.contains(BOOT_SLOT));
        assert!(prepare_template("<body></body>", &v).is_err());
        let without_note = index().replace(&stopped_note(STOPPED.en(), RELOAD.en()), "");
        assert!(prepare_template(&without_note, &v).is_err());
        let twice = format!("{}{BOOT_SLOT}", index());
        assert!(prepare_template(&twice, &v).is_err());
        assert!(
            include_str!("../../index.html").contains(NOSCRIPT.en()),
            "index.html's <noscript> is the text each language translates"
        );
        assert!(
            include_str!("../../index.html").contains(&stopped_note(STOPPED.en(), RELOAD.en())),
            "index.html's stopped note is the one each language translates"
        );
        assert!(
            t.contains(&format!("{}<!--HEAD--></head>", v.meta_tag())),
            "the build's text version, then leptos_meta's marker (for hydration)"
        );
        let filled = fill_boot(&t, "<main>hi</main>", None).unwrap();
        assert!(filled.contains(r#"<div id="boot"><main>hi</main></div>"#));
        let page = fill_boot(&t, "<main>hi</main>", Some("/map/nape")).unwrap();
        assert!(page.contains(r#"<div id="boot" data-prerendered-for="/map/nape"><main>"#));
    }

    #[test]
    fn a_nested_page_gets_a_relative_base_first_in_head() {
        assert_eq!(depth("/"), 0);
        assert_eq!(depth("/estimator"), 0);
        assert_eq!(depth("/map/nape"), 1);
        assert_eq!(depth("/es"), 0);
        assert_eq!(depth("/es/estimator"), 1);
        assert_eq!(depth("/de/map/nape"), 2);
        let v = TextVersion::of(["{}"]);
        let page = &format!(
            r#"<html><head><meta charset="utf-8"><title>Nape · Dermamap</title><meta name="description" content="About &quot;nape&quot;">{}</head><body></body></html>"#,
            v.meta_tag()
        );
        let out = complete_head(page, Lang::En, "/map/nape", "https://guide.example/").unwrap();
        assert!(out.starts_with(r#"<html><head><base href="../"><meta charset"#));
        assert!(out.contains(r#"<link rel="canonical" href="https://guide.example/map/nape">"#));
        assert!(out.contains(r#"<meta property="og:title" content="Nape · Dermamap">"#));
        assert!(
            out.contains(r#"<meta property="og:description" content="About &quot;nape&quot;">"#)
        );
        let root = complete_head(page, Lang::En, "/", "https://guide.example").unwrap();
        assert!(!root.contains("<base"));
        assert!(root.contains(r#"href="https://guide.example/">"#));
        assert!(complete_head("<head></head>", Lang::En, "/", "x").is_err());
        let unversioned = page.replace(&v.meta_tag(), "");
        assert_eq!(
            complete_head(&unversioned, Lang::En, "/", "https://guide.example/"),
            Err("the page does not name its text's version".to_string())
        );
        let es = complete_head(page, Lang::Es, "/map/nape", "https://guide.example/").unwrap();
        assert!(es.starts_with(r#"<html><head><base href="../../"><meta charset"#));
        assert!(es.contains(r#"<link rel="canonical" href="https://guide.example/es/map/nape">"#));
        for (code, path) in [
            ("en", "/map/nape"),
            ("es", "/es/map/nape"),
            ("de", "/de/map/nape"),
            ("x-default", "/map/nape"),
        ] {
            let link = format!(
                r#"<link rel="alternate" hreflang="{code}" href="https://guide.example{path}">"#
            );
            assert!(es.contains(&link) && out.contains(&link), "{link}");
        }
        let preload =
            |file: &str| format!(r#"<link rel="preload" href="{file}" as="fetch" crossorigin>"#);
        assert!(es.contains(&preload(&format!("lang/es-{v}.json"))));
        // Each page preloads its own language's text only (English too: the wasm has none).
        assert!(out.contains(&preload(&format!("lang/en-{v}.json"))));
        assert_eq!(
            (
                out.matches("rel=\"preload\"").count(),
                es.matches("rel=\"preload\"").count()
            ),
            (1, 1)
        );
        // A page whose code is split out too: the part its code writes comes with that code.
        let estimator =
            complete_head(page, Lang::De, "/estimator", "https://guide.example/").unwrap();
        assert!(estimator.contains(&preload(&format!("lang/de-{v}.json"))));
        assert!(!estimator.contains(".pages-") && !es.contains(".pages-"));
        let es_home = complete_head(page, Lang::Es, "/", "https://guide.example/").unwrap();
        assert!(!es_home.contains("<base"), "/es is in the app's folder");
        assert!(es_home.contains(r#"<link rel="canonical" href="https://guide.example/es">"#));
    }
}
