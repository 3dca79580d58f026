//! A language's text: every English sentence, label and message a person sees, with its
//! translation. English is the key (the text the code and the content are written in), so a
//! changed English sentence has no translation until a translator looks at it again, and the
//! page shows the English meanwhile rather than an outdated translation. Host tests fail on
//! any missing one: `core/tests/translations.rs` (every `tr!("…")`/`text!("…")` of the code
//! and every text of the content tables, and each
//! translation's numbers, placeholders and sources) and the prerender's (every text of every
//! page, in each language, through [`record_misses`]).
//!
//! The catalogs are `core/locales/<code>.json` (`{"English": "translation"}`); their keys are
//! the English catalog. The host (prerender, tests) has them built in. The wasm carries no
//! text at all, only each text's key: a [`Text`] is the 32-bit hash of its English, computed
//! at compile time (`text!("…")`, `tr!("…")`), and on the host it also keeps the English.
//! The app loads the reader's language alone (English too), from the files the prerender
//! writes next to the pages, keyed by the hash; a reader downloads one language's text and no
//! other. Each language is served in two [`Part`]s, following the wasm's split: the texts the
//! main module can write (the shell and the map), loaded before the app starts, and those
//! only the other pages' code writes, loaded with that code.

use std::collections::HashMap;
use std::sync::RwLock;

pub use super::part::Part;
pub use super::placeholders::{fill, placeholders};
use super::Lang;

/// One language's translations, keyed by (a hash of) the English text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    texts: HashMap<u32, String>,
}

/// Why a catalog could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogError(pub String);

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the translations could not be read: {}", self.0)
    }
}

/// The key of an English text: FNV-1a, 32 bits (a host test checks the catalogs' texts
/// never share one). `const`, so the wasm holds keys where the code names English text.
pub const fn key(en: &str) -> u32 {
    let bytes = en.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// A text a person reads, named by its English: in the wasm only its key (the English stays
/// out of the download), on the host its English too (the prerender's English pages, the
/// tests). Written `text!("…")` (or [`Text::of`] in a `const` table); read with [`tr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    key: u32,
    #[cfg(not(target_arch = "wasm32"))]
    en: &'static str,
}

impl Text {
    /// The text whose English is `en`. Call it where it is evaluated at compile time (a
    /// `const`, a `static`, `text!`), or the wasm carries the English after all.
    pub const fn of(en: &'static str) -> Text {
        #[cfg(target_arch = "wasm32")]
        let _ = en;
        Text {
            key: key(en),
            #[cfg(not(target_arch = "wasm32"))]
            en,
        }
    }

    pub const fn key(self) -> u32 {
        self.key
    }

    /// The English (host builds only: the wasm does not have it).
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn en(self) -> &'static str {
        self.en
    }
}

/// The domain's own tests read content as the English it is written in (its figures are
/// checked against the English sources).
#[cfg(all(test, not(target_arch = "wasm32")))]
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.en
    }
}

/// A text is written in the active language ([`tr`]).
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(tr(*self))
    }
}

/// A text is serialized as its key, the same in every language (whatever is serialized may
/// be stored, and stored data never depends on the language it was made in).
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.key)
    }
}

/// `text!("English")`: the [`Text`] of a literal, made at compile time.
#[macro_export]
macro_rules! text {
    ($en:literal) => {
        const { $crate::locale::Text::of($en) }
    };
}

/// `tr!("English")`: a literal in the active language ([`tr`] of its [`Text`]).
#[macro_export]
macro_rules! tr {
    ($en:literal) => {
        $crate::locale::tr($crate::text!($en))
    };
}

impl Catalog {
    /// From a catalog file as kept in the repository: a JSON object of English text to its
    /// translation; `null` (not translated, or not text) entries are left out.
    pub fn from_json(json: &str) -> Result<Catalog, CatalogError> {
        let raw: HashMap<String, Option<String>> =
            serde_json::from_str(json).map_err(|e| CatalogError(e.to_string()))?;
        let mut catalog = Catalog::default();
        for (en, t) in raw {
            let Some(t) = t.filter(|t| !t.is_empty()) else {
                continue;
            };
            catalog.texts.insert(key(&en), t);
        }
        Ok(catalog)
    }

    /// The catalog as the wasm loads it: `{"<key in hex>": "text"}`.
    pub fn to_served_json(&self) -> String {
        let sorted: std::collections::BTreeMap<String, &String> = self
            .texts
            .iter()
            .map(|(k, t)| (format!("{k:08x}"), t))
            .collect();
        serde_json::to_string(&sorted).unwrap_or_else(|_| "{}".to_string())
    }

    /// The English catalog: the English of every text, from a catalog file (its keys; every
    /// language's file has the same ones, a host test checks).
    pub fn english(source_json: &str) -> Result<Catalog, CatalogError> {
        let raw: HashMap<String, serde::de::IgnoredAny> =
            serde_json::from_str(source_json).map_err(|e| CatalogError(e.to_string()))?;
        let texts = raw.into_keys().map(|en| (key(&en), en)).collect();
        Ok(Catalog { texts })
    }

    /// This catalog with `fallback`'s text wherever it has none (a language's served catalog
    /// with English for a text not yet translated: the wasm has no English of its own).
    pub fn or_else(mut self, fallback: &Catalog) -> Catalog {
        for (k, t) in &fallback.texts {
            self.texts.entry(*k).or_insert_with(|| t.clone());
        }
        self
    }

    /// From the served form ([`Catalog::to_served_json`]).
    pub fn from_served_json(json: &str) -> Result<Catalog, CatalogError> {
        let raw: HashMap<String, String> =
            serde_json::from_str(json).map_err(|e| CatalogError(e.to_string()))?;
        Catalog::from_served_entries(raw)
    }

    /// From the served form's entries, key (in hex) and text, however the JSON was read (the
    /// wasm reads it with the browser's own parser: no JSON parser of its own in its first
    /// module).
    pub fn from_served_entries(
        entries: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog::default();
        for (k, t) in entries {
            let Some(key) = (k.len() <= 8)
                .then(|| u32::from_str_radix(&k, 16).ok())
                .flatten()
            else {
                let shown: String = k.chars().take(40).collect();
                return Err(CatalogError(format!("“{shown}” is not a text's key")));
            };
            catalog.texts.insert(key, t);
        }
        Ok(catalog)
    }

    /// Moves the texts whose key `keep` refuses into a catalog of their own (the
    /// [`Part::Pages`] of a served catalog).
    pub fn split_off(&mut self, keep: impl Fn(u32) -> bool) -> Catalog {
        let (kept, moved) = std::mem::take(&mut self.texts)
            .into_iter()
            .partition(|(k, _)| keep(*k));
        self.texts = kept;
        Catalog { texts: moved }
    }

    /// The text with this key, if it is here.
    pub fn by_key(&self, key: u32) -> Option<&str> {
        self.texts.get(&key).map(String::as_str)
    }

    /// `text` in this catalog's language, if it has it.
    pub fn get(&self, text: Text) -> Option<&str> {
        self.texts.get(&text.key).map(String::as_str)
    }

    /// The translation of the English `en`, if there is one.
    pub fn translation_of(&self, en: &str) -> Option<&str> {
        self.texts.get(&key(en)).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

/// The catalog file of a language as kept in the repository (host builds only: the wasm
/// never carries a language's text). English has none: its texts are the files' keys
/// ([`Catalog::english`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn source(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Es => Some(include_str!("../../locales/es.json")),
        Lang::De => Some(include_str!("../../locales/de.json")),
    }
}

/// The language pages are written in, and its catalog (the app: its [`Part::Main`], and its
/// [`Part::Pages`] once another page's code has asked for it).
#[derive(Clone, Copy, Debug)]
struct Active {
    lang: Lang,
    catalog: Option<&'static Catalog>,
    pages: Option<&'static Catalog>,
}

static ACTIVE: RwLock<Active> = RwLock::new(Active {
    lang: Lang::En,
    catalog: None,
    pages: None,
});

/// Makes `lang` the language of everything written from now on, with its catalog (the app
/// loads it from the site, English too; on the host, `None` for English means the English
/// the code is written in). The catalog lives as long as the program: the app installs one
/// language per page load, the prerender each in turn (leaked once per language by the
/// caller's cache).
pub fn install(lang: Lang, catalog: Option<&'static Catalog>) {
    let mut active = ACTIVE.write().unwrap_or_else(|e| e.into_inner());
    *active = Active {
        lang,
        catalog,
        pages: None,
    };
}

/// Adds `lang`'s [`Part::Pages`] to the active catalog (nothing if `lang` is no longer the
/// active language).
pub fn install_pages(lang: Lang, pages: &'static Catalog) {
    let mut active = ACTIVE.write().unwrap_or_else(|e| e.into_inner());
    if active.lang == lang {
        active.pages = Some(pages);
    }
}

/// Whether the active language's [`Part::Pages`] is installed.
pub fn has_pages() -> bool {
    ACTIVE
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .pages
        .is_some()
}

/// The language text is written in now.
pub fn active_lang() -> Lang {
    ACTIVE.read().unwrap_or_else(|e| e.into_inner()).lang
}

/// `text` in the active language. On the host, a text the installed catalog lacks is written
/// in English (and recorded: the host tests report it; with no catalog, English is meant); in the wasm, a text the
/// loaded catalog does not have is empty and reported ([`on_miss`]; the tests make sure
/// there is none).
pub fn tr(text: Text) -> &'static str {
    let active = *ACTIVE.read().unwrap_or_else(|e| e.into_inner());
    #[cfg(not(target_arch = "wasm32"))]
    used(text.key);
    if let Some(found) = active
        .catalog
        .and_then(|c| c.get(text))
        .or_else(|| active.pages.and_then(|c| c.get(text)))
    {
        return found;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        if active.catalog.is_some() {
            missed(text.en);
        }
        text.en
    }
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(report) = ON_MISS.get() {
            report(text.key);
        }
        ""
    }
}

/// Told of every text the app asks for that the installed catalog lacks (see [`on_miss`]).
static ON_MISS: std::sync::OnceLock<fn(u32)> = std::sync::OnceLock::new();

/// The app: `report` is told the key of every text written while the installed parts of the
/// catalog lack it (it would read as nothing). Set once; the app logs it as an error, so every
/// end-to-end test, which fails on a console error, also checks that no text is blank. (The
/// host writes the English instead, and records it: [`record_misses`].)
pub fn on_miss(report: fn(u32)) {
    let _ = ON_MISS.set(report);
}

/// The texts asked for in a language that has no translation for them, while recording.
#[cfg(not(target_arch = "wasm32"))]
static MISSES: std::sync::Mutex<Option<Vec<&'static str>>> = std::sync::Mutex::new(None);

#[cfg(not(target_arch = "wasm32"))]
fn missed(en: &'static str) {
    if en.trim().is_empty() {
        return;
    }
    if let Some(list) = MISSES.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        if !list.contains(&en) {
            list.push(en);
        }
    }
}

/// Host tests: starts recording the texts the active language has no translation for.
#[cfg(not(target_arch = "wasm32"))]
pub fn record_misses() {
    *MISSES.lock().unwrap_or_else(|e| e.into_inner()) = Some(Vec::new());
}

/// Host tests: the texts recorded since [`record_misses`], and stops recording.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_misses() -> Vec<&'static str> {
    MISSES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .unwrap_or_default()
}

/// The keys of the texts asked for, while recording.
#[cfg(not(target_arch = "wasm32"))]
static USED: std::sync::Mutex<Option<std::collections::BTreeSet<u32>>> =
    std::sync::Mutex::new(None);

#[cfg(not(target_arch = "wasm32"))]
fn used(key: u32) {
    if let Some(set) = USED.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        set.insert(key);
    }
}

/// The prerender: starts recording the keys of the texts written (to check that the main
/// module's [`Part::Main`] holds every text of the pages it renders by itself).
#[cfg(not(target_arch = "wasm32"))]
pub fn record_used() {
    *USED.lock().unwrap_or_else(|e| e.into_inner()) = Some(Default::default());
}

/// The keys recorded since [`record_used`], and stops recording.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_used() -> std::collections::BTreeSet<u32> {
    USED.lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .unwrap_or_default()
}
