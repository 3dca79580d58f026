//! `dermamap-prerender --dist <dir> [--site-url <url>]`: renders every page of the app to
//! HTML into Trunk's output (Trunk's post-build hook runs it, see scripts/post-build.mjs).
//!
//! Each address gets its own file (`/map/nape` -> `map/nape/index.html`, `/` -> `index.html`),
//! in every language (`/es/map/nape` -> `es/map/nape/index.html`), holding the page's real
//! content, title, description, canonical and other-language links and link-preview tags;
//! unknown addresses get `404.html`; `sitemap.xml` and `robots.txt` list the pages; each
//! language gets its text for the app in two parts (`lang/es-<version>.json` for the main
//! module, `lang/es.pages-<version>.json` for the other pages' code: see `main_module`; the
//! wasm holds none), named by the build's [`TextVersion`], which every page carries. No server
//! is needed at run time: the app hydrates the prerendered markup when its wasm has loaded.

#[macro_use]
extern crate dermamap_core;

mod links;
mod main_module;
mod manifest;
mod render;
mod sitemap;
mod template;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dermamap_core::locale::{catalog, Catalog, Lang, Part, TextVersion};

/// Where the site is served, for the sitemap and canonical links (`make build SITE_URL=...`).
const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080/";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

struct Args {
    dist: PathBuf,
    site_url: String,
}

/// Whether the main part of a language's served catalog has every text a page written by the
/// main module's code alone used (`used`, recorded while rendering it): the app writes that
/// page before any other part has loaded. A text missing there would be blank in the app.
fn main_part_has(
    main_part: &Catalog,
    used: &BTreeSet<u32>,
    english: &Catalog,
) -> Result<(), String> {
    let missing: Vec<&str> = used
        .iter()
        .filter(|key| main_part.by_key(**key).is_none())
        .filter_map(|key| english.by_key(*key))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the main module's texts (`main_module`) lack {} the page writes: {missing:?}",
            missing.len()
        ))
    }
}

fn parse_args(args: Vec<String>) -> Result<Args, String> {
    let mut dist = None;
    let mut site_url = std::env::var("DERMAMAP_SITE_URL")
        .ok()
        .filter(|s| !s.is_empty());
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--dist" => dist = it.next().map(PathBuf::from),
            "--site-url" => site_url = it.next(),
            other => {
                return Err(format!(
                    "unknown argument {other:?} (usage: --dist <dir> [--site-url <url>])"
                ))
            }
        }
    }
    let site_url = site_url.unwrap_or_else(|| DEFAULT_SITE_URL.to_string());
    if !(site_url.starts_with("https://") || site_url.starts_with("http://"))
        || site_url.contains(['"', '<', '>', ' '])
    {
        return Err(format!(
            "--site-url must be an http(s) address, not {site_url:?}"
        ));
    }
    Ok(Args {
        dist: dist.ok_or("--dist <dir> is required")?,
        site_url,
    })
}

fn run(args: Vec<String>) -> Result<String, String> {
    let args = parse_args(args)?;
    let index = args.dist.join("index.html");
    let source = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let paths = dermamap::site_map::page_paths();
    let main_wasm = main_module::find(&args.dist)?;
    let in_main = main_module::values(
        &std::fs::read(&main_wasm)
            .map_err(|e| format!("cannot read {}: {e}", main_wasm.display()))?,
    )
    .map_err(|e| format!("{}: {e}", main_wasm.display()))?;
    let only_split_pages = main_module::only_split_pages_write();
    let (_, english) = catalogs()?[0];
    // Each language's text as served, in its two parts: a text not yet translated reads in
    // English there (the host tests list each one; the pages written here record it).
    let served: Vec<(Lang, &Catalog, Catalog, Catalog)> = catalogs()?
        .into_iter()
        .map(|(lang, texts)| {
            let mut main = texts.clone().or_else(english);
            let pages =
                main.split_off(|key| in_main.contains(&key) && !only_split_pages.contains(&key));
            (lang, texts, main, pages)
        })
        .collect();
    // Named by a hash of them all: a page names the one version of its build's text.
    let files: Vec<(String, String)> = served
        .iter()
        .map(|(_, _, main, pages)| (main.to_served_json(), pages.to_served_json()))
        .collect();
    let version = TextVersion::of(files.iter().flat_map(|(m, p)| [m.as_str(), p.as_str()]));
    let template = template::prepare_template(&source, &version)?;
    let mut listed = Vec::new();
    for ((lang, texts, served, _), (main_json, pages_json)) in served.iter().zip(&files) {
        let (lang, served) = (*lang, served);
        catalog::install(lang, Some(texts));
        for path in &paths {
            let (html, used) = page_and_texts(&template, lang, path, Some(&args.site_url))?;
            if !dermamap::pages::lazy_routes::is_split(path) {
                main_part_has(served, &used, english)
                    .map_err(|e| format!("{} (rendering {path})", e))?;
            }
            if html.contains(r#"data-testid="not-found""#) {
                return Err(format!(
                    "{path} renders the not-found page: is its route missing?"
                ));
            }
            let address = lang.path(path);
            write(&args.dist, &output_file(&address), &html)?;
            if dermamap::site_map::is_listed(path) {
                listed.push(address);
            }
        }
        // Its own not-found page, for unknown addresses under its prefix (the servers pick
        // it); English's is the build's 404.html, written last.
        let (not_found, used) = page_and_texts(&template, lang, "/404", None)?;
        main_part_has(served, &used, english)
            .map_err(|e| format!("{e} (rendering the not-found page)"))?;
        if lang != Lang::En {
            write(&args.dist, &format!("{}/404.html", lang.code()), &not_found)?;
        }
        write(&args.dist, &Part::Main.file(lang, &version), main_json)?;
        write(&args.dist, &Part::Pages.file(lang, &version), pages_json)?;
        if let Some(path) = manifest::path(lang) {
            let english = std::fs::read_to_string(args.dist.join("manifest.webmanifest"))
                .map_err(|e| format!("cannot read manifest.webmanifest: {e}"))?;
            write(&args.dist, &path, &manifest::localized(&english, lang)?)?;
        }
    }
    catalog::install(Lang::En, Some(english));
    let not_found = page(&template, Lang::En, "/404", None)?;
    write(&args.dist, "404.html", &not_found)?;
    write(
        &args.dist,
        "sitemap.xml",
        &sitemap::sitemap_xml(&args.site_url, &listed),
    )?;
    write(
        &args.dist,
        "robots.txt",
        &sitemap::robots_txt(&args.site_url),
    )?;
    // The figure's outlines, which every page's body figure shows as images.
    let outlines = dermamap::figure::outline_files();
    for (path, svg) in &outlines {
        write(&args.dist, path, svg)?;
    }
    Ok(format!(
        "{} pages in {} languages, 404.html, sitemap.xml, robots.txt and {} figure outlines for {} in {}",
        paths.len() * Lang::ALL.len(),
        Lang::ALL.len(),
        outlines.len(),
        args.site_url,
        args.dist.display()
    ))
}

/// Every language with its catalog, English first (its texts are the catalog files' keys),
/// read once per process (the run, or all the tests). The pages are written with the
/// catalogs the app loads, so a text missing from one shows here (the tests record misses).
fn catalogs() -> Result<Vec<(Lang, &'static Catalog)>, String> {
    type Catalogs = Result<Vec<(Lang, &'static Catalog)>, String>;
    static READ: std::sync::OnceLock<Catalogs> = std::sync::OnceLock::new();
    READ.get_or_init(read_catalogs).clone()
}

fn read_catalogs() -> Result<Vec<(Lang, &'static Catalog)>, String> {
    let first = catalog::source(Lang::Es).ok_or("no Spanish catalog")?;
    let english = Catalog::english(first).map_err(|e| format!("the English catalog: {e}"))?;
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let parsed = match catalog::source(lang) {
                None => english.clone(),
                Some(json) => Catalog::from_json(json)
                    .map_err(|e| format!("the {} catalog: {e}", lang.code()))?,
            };
            Ok((lang, &*Box::leak(Box::new(parsed))))
        })
        .collect()
}

/// One page as served: rendered in `lang`, its head completed, its links relative to its
/// `<base>`. A page with a `site_url` is served at its own address, so the app may hydrate it
/// there; the 404 page (none) has no canonical link and is rendered afresh wherever it is
/// served. The language's catalog must be installed.
fn page(template: &str, lang: Lang, path: &str, site_url: Option<&str>) -> Result<String, String> {
    page_and_texts(template, lang, path, site_url).map(|(page, _)| page)
}

/// [`page`], and the keys of the texts the app wrote in it (not the template's).
fn page_and_texts(
    template: &str,
    lang: Lang,
    path: &str,
    site_url: Option<&str>,
) -> Result<(String, BTreeSet<u32>), String> {
    catalog::record_used();
    let app = render::render_page(template, lang, path, site_url.is_some());
    let used = catalog::take_used();
    let rendered = template::translate_template_texts(&app?);
    let mut headed = match site_url {
        Some(site) => template::complete_head(&rendered, lang, path, site)?,
        None => rendered,
    };
    if lang != Lang::En {
        headed = manifest::link_in(&headed, lang)?;
    }
    let page = links::relative_to_base(&headed).map_err(|e| format!("{}: {e}", lang.path(path)))?;
    Ok((page, used))
}

/// The file of an address under dist: `index.html` for "/", else `<path>/index.html`
/// (`/es` -> `es/index.html`).
fn output_file(app_path: &str) -> String {
    match app_path.trim_matches('/') {
        "" => "index.html".to_string(),
        p => format!("{p}/index.html"),
    }
}

fn write(dist: &Path, relative: &str, contents: &str) -> Result<(), String> {
    let file = dist.join(relative);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&file, contents).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

#[cfg(test)]
mod tests;
