//! Faithful translations (issue 18): every text the code asks for in the reader's language
//! (`tr("…")`, `t("…")` in the app) has a Spanish and a German translation, and each
//! translation keeps its English's numbers, placeholders and named sources. What the pages
//! show from content tables is checked by rendering them (the prerender's tests).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dermamap_core::locale::catalog::{key, placeholders, source};
use dermamap_core::locale::{Catalog, Lang};
use dermamap_core::sources::SOURCES;

/// A catalog file's entries: English text and its translation.
fn entries(lang: Lang) -> Vec<(String, String)> {
    let raw: std::collections::BTreeMap<String, Option<String>> =
        serde_json::from_str(source(lang).unwrap()).unwrap();
    raw.into_iter()
        .filter_map(|(en, t)| t.map(|t| (en, t)))
        .collect()
}

fn catalog(lang: Lang) -> Catalog {
    let json = source(lang).expect("a catalog for every language but English");
    Catalog::from_json(json).unwrap_or_else(|e| panic!("core/locales/{}.json: {e}", lang.code()))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "tests") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// The string literal at the start of `s` (after `"`), unescaped, or None if it is not a
/// plain literal.
fn literal(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    loop {
        match chars.next()? {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                '\n' => {
                    // A line continuation: the next line's leading white space is skipped.
                    let rest: String = chars.clone().collect();
                    let skipped = rest.len() - rest.trim_start().len();
                    for _ in 0..rest[..skipped].chars().count() {
                        chars.next();
                    }
                }
                'u' => {
                    let rest: String = chars.clone().collect();
                    let close = rest.find('}')?;
                    let code = u32::from_str_radix(&rest[1..close], 16).ok()?;
                    out.push(char::from_u32(code)?);
                    for _ in 0..=close {
                        chars.next();
                    }
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
}

/// Every English text the code translates: the literal argument of each `tr("…")` in core
/// and the prerender, and `t("…")` in the app. (A constant passed to them is checked where
/// the pages are rendered: the prerender's tests.)
fn asked_for() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../src"), &mut files);
    rust_files(&root.join("../prerender/src"), &mut files);
    let mut keys = BTreeSet::new();
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for call in ["tr(", "t("] {
            let mut at = 0;
            while let Some(i) = code[at..].find(call) {
                let start = at + i;
                at = start + call.len();
                let before = code[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // rustfmt may break the line after the bracket.
                let arg = code[at..].trim_start();
                if let Some(text) = arg.strip_prefix('"').and_then(literal) {
                    keys.insert(text);
                }
            }
        }
    }
    keys
}

#[test]
fn every_text_the_code_translates_has_a_translation_in_every_language() {
    let keys = asked_for();
    assert!(
        keys.len() > 300,
        "found {} texts: is the scan broken?",
        keys.len()
    );
    assert!(keys.contains("Skip to content") && keys.contains("Both"));
    let mut report = String::new();
    for lang in [Lang::Es, Lang::De] {
        let c = catalog(lang);
        let missing: Vec<&String> = keys.iter().filter(|k| c.get(k).is_none()).collect();
        if !missing.is_empty() {
            let json = serde_json::to_string_pretty(&missing).unwrap();
            report.push_str(&format!(
                "\n{} texts have no {} translation (core/locales/{}.json):\n{json}\n",
                missing.len(),
                lang.own_name(),
                lang.code()
            ));
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// The digits of each figure in a text ("1.5" and "1,5" are both "15"; "4-6" is "4", "6").
fn figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let mark_inside = (c == '.' || c == ',')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() {
            current.push(c);
        } else if !mark_inside && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.sort();
    out
}

#[test]
fn figures_are_compared_whatever_their_decimal_mark() {
    assert_eq!(figures("0.25–0.5 mm, 2 to 4"), ["025", "05", "2", "4"]);
    assert_eq!(
        figures("0,25–0,5 mm, 2 bis 4"),
        figures("0.25–0.5 mm, 2 to 4")
    );
    assert_eq!(figures("n = 9, 2017."), ["2017", "9"]);
}

#[test]
fn translations_keep_their_figures_placeholders_and_sources() {
    let names: BTreeSet<&str> = SOURCES
        .iter()
        .flat_map(|s| [Some(s.short), Some(s.title), s.publisher])
        .flatten()
        .map(|n| n.trim_matches(['“', '”']))
        .filter(|n| n.len() > 3)
        .collect();
    let mut problems = Vec::new();
    for lang in [Lang::Es, Lang::De] {
        for (en, translated) in entries(lang) {
            let (en, translated) = (en.as_str(), translated.as_str());
            let code = lang.code();
            let mut want = placeholders(en);
            let mut got = placeholders(translated);
            want.sort();
            got.sort();
            if want != got {
                problems.push(format!("{code}: placeholders {want:?} ≠ {got:?} in {en:?}"));
            }
            let missing_figures: Vec<String> = {
                let mut have = figures(translated);
                figures(en)
                    .into_iter()
                    .filter(|f| match have.iter().position(|h| h == f) {
                        Some(i) => {
                            have.remove(i);
                            false
                        }
                        None => true,
                    })
                    .collect()
            };
            if !missing_figures.is_empty() {
                problems.push(format!(
                    "{code}: figures {missing_figures:?} missing from {translated:?} (English {en:?})"
                ));
            }
            for name in names.iter().filter(|n| en.contains(*n)) {
                if !translated.contains(name) {
                    problems.push(format!(
                        "{code}: source {name:?} missing from {translated:?}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_two_texts_share_a_key() {
    let mut seen = std::collections::HashMap::new();
    for lang in [Lang::Es, Lang::De] {
        for (en, _) in entries(lang) {
            if let Some(other) = seen.insert(key(&en), en.clone()) {
                assert_eq!(other, en, "two texts with one key");
            }
        }
    }
    for en in asked_for() {
        if let Some(other) = seen.insert(key(&en), en.clone()) {
            assert_eq!(other, en, "two texts with one key");
        }
    }
}
