//! A language's text: every English sentence, label and message a person sees, with its
//! translation. English is the key (the text the code and the content are written in), so a
//! changed English sentence has no translation until a translator looks at it again, and the
//! page shows the English meanwhile rather than an outdated translation. Host tests fail on
//! any missing one: `core/tests/translations.rs` (every `tr("…")` of the code, and each
//! translation's numbers, placeholders and sources) and the prerender's (every text of every
//! page, in each language, through [`record_misses`]).
//!
//! The catalogs are `core/locales/<code>.json` (`{"English": "translation"}`). The host
//! (prerender, tests) has them built in; the wasm loads the reader's language alone, from the
//! `lang/<code>.json` the prerender writes next to the pages, before it starts. That served
//! form is keyed by a 64-bit hash of the English instead of the English itself (the wasm has
//! the English already; the file is about a third smaller) and leaves out texts that read the
//! same in the language (source titles, "Microneedling").

use std::collections::HashMap;
use std::sync::RwLock;

use super::Lang;

/// One language's translations, keyed by (a hash of) the English text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    texts: HashMap<u64, String>,
    /// Texts whose translation is the English itself (only known from a source catalog):
    /// left out of the served form.
    same: std::collections::HashSet<u64>,
}

/// Why a catalog could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogError(pub String);

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the translations could not be read: {}", self.0)
    }
}

/// The key of an English text: FNV-1a, 64 bits (a host test checks the catalogs' texts
/// never share one).
pub fn key(en: &str) -> u64 {
    en.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
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
            if t == en {
                catalog.same.insert(key(&en));
            }
            catalog.texts.insert(key(&en), t);
        }
        Ok(catalog)
    }

    /// The catalog as the wasm loads it: `{"<hash in hex>": "translation"}`, without the
    /// texts that read as in English.
    pub fn to_served_json(&self) -> String {
        let sorted: std::collections::BTreeMap<String, &String> = self
            .texts
            .iter()
            .filter(|(k, _)| !self.same.contains(k))
            .map(|(k, t)| (format!("{k:016x}"), t))
            .collect();
        serde_json::to_string(&sorted).unwrap_or_else(|_| "{}".to_string())
    }

    /// From the served form ([`Catalog::to_served_json`]).
    pub fn from_served_json(json: &str) -> Result<Catalog, CatalogError> {
        let raw: HashMap<String, String> =
            serde_json::from_str(json).map_err(|e| CatalogError(e.to_string()))?;
        let mut catalog = Catalog::default();
        for (k, t) in raw {
            let k = u64::from_str_radix(&k, 16)
                .map_err(|_| CatalogError(format!("{k:?} is not a text's key")))?;
            catalog.texts.insert(k, t);
        }
        Ok(catalog)
    }

    /// The translation of `en`, if there is one.
    pub fn get(&self, en: &str) -> Option<&str> {
        self.texts.get(&key(en)).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Whether `text` is one of the translations (a text translated twice over).
    #[cfg(not(target_arch = "wasm32"))]
    fn is_translation(&self, text: &str) -> bool {
        self.texts.values().any(|t| t == text)
    }
}

/// The catalog file of a language as kept in the repository (host builds only: the wasm
/// never carries another language's text).
#[cfg(not(target_arch = "wasm32"))]
pub fn source(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Es => Some(include_str!("../../locales/es.json")),
        Lang::De => Some(include_str!("../../locales/de.json")),
    }
}

/// The language pages are written in, and its catalog (none for English).
#[derive(Clone, Copy, Debug)]
struct Active {
    lang: Lang,
    catalog: Option<&'static Catalog>,
}

static ACTIVE: RwLock<Active> = RwLock::new(Active {
    lang: Lang::En,
    catalog: None,
});

/// Makes `lang` the language of everything written from now on. The catalog lives as long
/// as the program: the app installs one language per page load, the prerender each in turn
/// (`catalog` is leaked once per language by the caller's cache).
pub fn install(lang: Lang, catalog: Option<&'static Catalog>) {
    let mut active = ACTIVE.write().unwrap_or_else(|e| e.into_inner());
    *active = Active {
        lang,
        catalog: if lang == Lang::En { None } else { catalog },
    };
}

/// The language text is written in now.
pub fn active_lang() -> Lang {
    ACTIVE.read().unwrap_or_else(|e| e.into_inner()).lang
}

/// `en` in the active language: its translation, or the English itself where there is none
/// (English pages; a text a translator has not reached, which the host tests report).
pub fn tr(en: &'static str) -> &'static str {
    let active = *ACTIVE.read().unwrap_or_else(|e| e.into_inner());
    match active.catalog {
        None => en,
        Some(c) => match c.get(en) {
            Some(translated) => translated,
            None => {
                #[cfg(not(target_arch = "wasm32"))]
                missed(c, en);
                en
            }
        },
    }
}

/// The texts asked for in a language that has no translation for them, while recording.
#[cfg(not(target_arch = "wasm32"))]
static MISSES: std::sync::Mutex<Option<Vec<&'static str>>> = std::sync::Mutex::new(None);

#[cfg(not(target_arch = "wasm32"))]
fn missed(catalog: &Catalog, en: &'static str) {
    // A text translated twice over (already the translation) is not a miss.
    if en.trim().is_empty() || catalog.is_translation(en) {
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

/// `template` (already translated) with its placeholders filled: `{name}` takes the value
/// named so (a translation may put them in another order), each `{}` the next unnamed one.
/// Translations keep every placeholder of their English (a host test checks).
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut unnamed = values.iter().filter(|(name, _)| name.is_empty());
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        let value = if !is_placeholder_name(name) {
            None
        } else if name.is_empty() {
            unnamed.next()
        } else {
            values.iter().find(|(n, _)| *n == name)
        };
        match value {
            Some((_, v)) => out.push_str(&v.to_string()),
            None => out.push_str(&rest[open..open + len + 1]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

fn is_placeholder_name(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The placeholders of a text, in order (`{}`, `{n}`), for the translation checks.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + len];
        if is_placeholder_name(name) {
            found.push(&rest[open..open + len + 1]);
        }
        rest = &rest[open + len + 1..];
    }
    found
}
