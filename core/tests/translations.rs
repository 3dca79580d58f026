//! Faithful translations (issue 18): every text the code names (`tr!("…")`, `text!("…")`,
//! `Text::of("…")`) and every text of the content tables has a Spanish and a German
//! translation, and each translation keeps its English's numbers, placeholders and named
//! sources. The catalog files' keys are also the English catalog the app loads (the wasm
//! holds only keys), so a text missing from them would be missing in English too. What the
//! pages show is also checked by rendering them in each language (the prerender's tests).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dermamap_core::locale::catalog::{key, placeholders, source};
use dermamap_core::locale::{Catalog, Lang, Text};
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

/// Every English text the code names: the literal argument of each `tr!("…")`, `text!("…")`
/// and `Text::of("…")` in core, the app and the prerender. (Content tables write their text
/// through `const` constructors: [`content_texts`] walks them.)
fn asked_for() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../src"), &mut files);
    rust_files(&root.join("../prerender/src"), &mut files);
    let mut keys = BTreeSet::new();
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        // The labels of `slug_enum!` vocabularies: `Variant => "slug", "Label";`.
        if code.contains("slug_enum!") {
            for line in code.lines() {
                let Some((_, rest)) = line.split_once("=> \"") else {
                    continue;
                };
                let Some((_, label)) = rest.split_once("\", \"") else {
                    continue;
                };
                if let Some(text) = label
                    .strip_suffix("\";")
                    .and_then(|l| literal(&format!("{l}\"")))
                {
                    keys.insert(text);
                }
            }
        }
        for call in ["tr!(", "text!(", "Text::of("] {
            let mut at = 0;
            while let Some(i) = code[at..].find(call) {
                let start = at + i;
                at = start + call.len();
                let before = code[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Not in a comment (the docs show how the macros are written).
                let line_start = code[..start].rfind('\n').map_or(0, |i| i + 1);
                if code[line_start..start].trim_start().starts_with("//") {
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
    assert!(keys.contains("Map") && keys.contains("Sources and disclaimer"));
    // slug_enum! labels (microneedling's concerns, for one: no prerendered page shows them all).
    assert!(keys.contains("Acne scars"), "slug_enum! labels are scanned");
    let mut report = String::new();
    for lang in [Lang::Es, Lang::De] {
        let c = catalog(lang);
        let missing: Vec<&String> = keys
            .iter()
            .filter(|k| c.translation_of(k).is_none())
            .collect();
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
        // Dermamap's own descriptions and notes and the publishers' lines are translated
        // texts themselves; the names a translation must keep are the short names and the
        // sources' own titles.
        .flat_map(|s| [s.short, s.title.own().unwrap_or(s.short)])
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
    let content = content_texts().into_iter().map(|t| t.en().to_string());
    for en in asked_for().into_iter().chain(content) {
        if let Some(other) = seen.insert(key(&en), en.clone()) {
            // 32-bit keys: reword one of the two (add or change a word) if this ever fails.
            assert_eq!(other, en, "two texts with one key");
        }
    }
    assert!(seen.len() > 850, "{} texts checked", seen.len());
}

/// Every text of the content tables: regions, facts, pain studies, contraindications,
/// warning signs and what is normal, aftercare plans, About sections, sources, disclaimer.
fn content_texts() -> Vec<Text> {
    use dermamap_core::aftercare::{DERMAL, MICRONEEDLING};
    use dermamap_core::content::warning_signs::{normal_now, WARNING_SIGNS};
    use dermamap_core::content::*;
    use dermamap_core::Procedure;
    let mut out = vec![DISCLAIMER];
    for r in regions() {
        out.extend([r.name, r.description]);
    }
    let procedures = [Procedure::Dermal, Procedure::Microneedling];
    let facts = procedures
        .iter()
        .flat_map(|p| general_facts(*p))
        .chain(all_facts());
    out.extend(facts.map(|f| f.text));
    for s in PAIN_STUDIES {
        out.push(s.area);
        out.extend(s.caveat);
    }
    for c in NEEDLING_CONTRAINDICATIONS {
        out.extend([c.label, c.who_to_ask, c.why]);
    }
    out.extend(WARNING_SIGNS.iter().map(|s| s.label));
    for p in procedures {
        out.push(normal_now(p).0);
        for s in about_sections(p) {
            out.push(s.heading);
            out.extend(s.when_silent);
        }
    }
    for plan in [&DERMAL, &MICRONEEDLING] {
        for t in plan.tasks {
            out.extend([t.title, t.why]);
        }
        for ph in plan.phases {
            out.extend([ph.title, ph.summary]);
        }
        for k in plan.key_dates {
            out.extend([k.title, k.description]);
        }
        out.push(plan.closing.text);
    }
    out.extend(SOURCES.iter().flat_map(|s| s.entry_texts()));
    out
}

#[test]
fn every_text_of_the_content_tables_has_a_translation_in_every_language() {
    let texts = content_texts();
    assert!(
        texts.len() > 250,
        "found {}: is the walk broken?",
        texts.len()
    );
    let english = english();
    let mut report = String::new();
    for (lang, c) in [
        (Lang::En, english),
        (Lang::Es, catalog(Lang::Es)),
        (Lang::De, catalog(Lang::De)),
    ] {
        let missing: BTreeSet<&str> = texts
            .iter()
            .filter(|t| c.get(**t).is_none())
            .map(|t| t.en())
            .collect();
        if !missing.is_empty() {
            report.push_str(&format!(
                "\n{} content texts are missing from the {} catalog:\n{missing:#?}\n",
                missing.len(),
                lang.own_name()
            ));
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// The English catalog the app loads: the catalog files' keys.
fn english() -> Catalog {
    Catalog::english(source(Lang::Es).unwrap()).unwrap()
}

#[test]
fn every_language_has_the_same_texts_and_english_is_them() {
    let keys =
        |lang: Lang| -> BTreeSet<String> { entries(lang).into_iter().map(|(en, _)| en).collect() };
    let (es, de) = (keys(Lang::Es), keys(Lang::De));
    assert_eq!(
        es.symmetric_difference(&de).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "core/locales/es.json and de.json must have the same English texts"
    );
    let english = english();
    assert_eq!(english.len(), es.len());
    for en in &es {
        assert_eq!(english.translation_of(en), Some(en.as_str()));
    }
    // The served form round-trips, keyed by hash, with no text left out.
    let served = Catalog::from_served_json(&english.to_served_json()).unwrap();
    assert_eq!(served, english);
}

#[test]
fn no_translation_is_left_over_from_a_text_the_guide_no_longer_has() {
    // Each language's catalog is sent whole to every reader (`lang/<code>.json`): a text the
    // code and the content no longer ask for is bytes for nothing, and a translation nobody
    // checks.
    let mut wanted = asked_for();
    wanted.extend(content_texts().iter().map(|t| t.en().to_string()));
    let stale: Vec<String> = entries(Lang::Es)
        .into_iter()
        .map(|(en, _)| en)
        .filter(|en| !wanted.contains(en))
        .collect();
    assert!(
        stale.is_empty(),
        "{} texts in core/locales/es.json and de.json are no longer asked for:\n{stale:#?}",
        stale.len()
    );
}
