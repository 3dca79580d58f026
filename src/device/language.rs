//! The reader's language on this device: the one they chose (remembered in localStorage),
//! the browser's preferred ones for a first visit, and the catalog of a language's text,
//! loaded from the site (`lang/<code>-<version>.json` and `lang/<code>.pages-<version>.json`,
//! written by the prerender, precached by the service worker) so the wasm carries no
//! language's text, English included. The version is the build's, which the page names
//! (`<meta name="dermamap-text">`): a page reads its own build's text, never another's.

use std::cell::RefCell;

use dermamap_core::locale::{catalog, tr, Catalog, Lang, Part, Text, TextVersion, LANG_KEY};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::storage::DeviceStorage;

/// The language this person chose on this device, if they ever chose one.
pub fn remembered() -> Option<Lang> {
    let stored = DeviceStorage::probe().read(LANG_KEY).ok().flatten()?;
    Lang::from_tag(&stored)
}

/// Remembers `lang` as this person's choice (silently not, where the device keeps nothing:
/// the address still names the language).
pub fn remember(lang: Lang) {
    let _ = DeviceStorage::probe().write(LANG_KEY, lang.code());
}

/// The language the browser asks for first among the guide's (English if none of them).
pub fn browser_preferred() -> Lang {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_string())
                .collect::<Vec<String>>()
        })
        .unwrap_or_default();
    Lang::preferred(languages.iter().map(String::as_str))
}

/// Loads the part of `lang`'s text the app starts with ([`Part::Main`]: what the main module
/// writes, the shell and the map).
pub async fn load_catalog(lang: Lang) -> Result<Catalog, String> {
    load_part(lang, Part::Main).await
}

/// One load of a part of the text, as many may wait for it.
type Attempt = Shared<LocalBoxFuture<'static, Result<(), String>>>;

thread_local! {
    /// The load of the active language's [`Part::Pages`] under way, if one is.
    static PAGES_UNDER_WAY: RefCell<Option<Attempt>> = const { RefCell::new(None) };
}

/// The active language's text for the pages whose code is split out ([`Part::Pages`]),
/// installed: loaded once, by whichever page's code asks first (the others wait for that
/// load); a failure is not kept, so the next page opened tries again.
pub async fn pages_texts() -> Result<(), String> {
    // The host (the prerender) has every language's text built in.
    if catalog::has_pages() || !cfg!(target_arch = "wasm32") {
        return Ok(());
    }
    let attempt = PAGES_UNDER_WAY.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| {
                let lang = catalog::active_lang();
                async move {
                    let loaded = load_part(lang, Part::Pages)
                        .await
                        .map(|texts| catalog::install_pages(lang, Box::leak(Box::new(texts))));
                    PAGES_UNDER_WAY.with(|slot| slot.borrow_mut().take());
                    loaded
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    attempt.await
}

/// The version of the text this page's build serves, as the page names it.
fn text_version(document: &web_sys::Document) -> Result<TextVersion, String> {
    let selector = format!(r#"meta[name="{}"]"#, TextVersion::META_NAME);
    let written = document
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(
            "the page does not name its text's version (a page not written by the prerender?)",
        )?;
    TextVersion::parse(&written).ok_or_else(|| {
        let shown: String = written.chars().take(40).collect();
        format!("the page names its text's version as “{shown}”, not a version")
    })
}

/// Loads a part of `lang`'s text from the site (relative to the document's `<base>`).
async fn load_part(lang: Lang, part: Part) -> Result<Catalog, String> {
    let window = web_sys::window().ok_or("no window")?;
    let version = text_version(&window.document().ok_or("no document")?)?;
    let url = part.file(lang, &version);
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| format!("{url} could not be fetched"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    // Read by the browser's JSON parser: the first module carries none of its own.
    let json = JsFuture::from(response.json().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("{url} is not JSON"))?;
    let entries = served_entries(&json).map_err(|e| format!("{url}: {e}"))?;
    Catalog::from_served_entries(entries).map_err(|e| format!("{url}: {e}"))
}

/// The entries of a served catalog as the browser parsed it: an object of text.
fn served_entries(json: &wasm_bindgen::JsValue) -> Result<Vec<(String, String)>, String> {
    if !json.is_object() || js_sys::Array::is_array(json) {
        return Err("not an object of texts".into());
    }
    js_sys::Object::entries(json.unchecked_ref())
        .iter()
        .map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            match entry.get(1).as_string() {
                Some(text) => Ok((key, text)),
                None => {
                    let shown: String = key.chars().take(40).collect();
                    Err(format!("the text of “{shown}” is not text"))
                }
            }
        })
        .collect()
}

/// `text` in `lang`, which need not be the page's: the page's own text when it is, else from
/// that language's catalog, the part that has it (fetched; offline, only the parts of a
/// language read on this device are in the service worker's cache). A part that cannot be
/// loaded does not stop the search in the other. None when no part that loads has it.
pub async fn text_in(lang: Lang, text: Text) -> Option<String> {
    if lang == catalog::active_lang() {
        return Some(tr(text).to_string());
    }
    for part in [Part::Main, Part::Pages] {
        if let Some(found) = load_part(lang, part)
            .await
            .ok()
            .and_then(|c| c.get(text).map(str::to_string))
        {
            return Some(found);
        }
    }
    None
}
