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
//! `lang/<code>.json` the prerender writes next to the pages, before it starts.

use std::collections::HashMap;
use std::sync::RwLock;

use super::Lang;

/// One language's translations, keyed by the English text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    texts: HashMap<String, String>,
}

/// Why a catalog could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogError(pub String);

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the translations could not be read: {}", self.0)
    }
}

impl Catalog {
    /// From a catalog file: a JSON object of English text to its translation; `null` (not
    /// translated, or not text) entries are left out.
    pub fn from_json(json: &str) -> Result<Catalog, CatalogError> {
        let raw: HashMap<String, Option<String>> =
            serde_json::from_str(json).map_err(|e| CatalogError(e.to_string()))?;
        Ok(Catalog {
            texts: raw
                .into_iter()
                .filter_map(|(en, t)| t.filter(|t| !t.is_empty()).map(|t| (en, t)))
                .collect(),
        })
    }

    /// The catalog as the wasm loads it: only the translated entries.
    pub fn to_json(&self) -> String {
        let sorted: std::collections::BTreeMap<&String, &String> = self.texts.iter().collect();
        serde_json::to_string(&sorted).unwrap_or_else(|_| "{}".to_string())
    }

    /// The translation of `en`, if there is one.
    pub fn get(&self, en: &str) -> Option<&str> {
        self.texts.get(en).map(String::as_str)
    }

    /// Every English text translated here.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
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
    if en.trim().is_empty() || catalog.texts.values().any(|t| t == en) {
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
