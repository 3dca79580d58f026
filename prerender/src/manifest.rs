//! The web app manifest in each language: `public/manifest.webmanifest` is the English one;
//! Spanish and German pages link their own (`es/manifest.webmanifest`), with the name and
//! description translated and the same app identity (`id`, scope and icons of the app's
//! folder), opening on the language's home page.

use dermamap_core::locale::Lang;
use serde_json::Value;

/// The manifest's name and description, as `public/manifest.webmanifest` writes them (a
/// test checks they agree): the texts each language translates.
fn texts() -> [(&'static str, &'static str); 2] {
    [
        ("name", tr!("Dermamap: micro-dermal and microneedling guide")),
        (
            "description",
            tr!("An interactive guide to micro-dermal piercings and microneedling: body map, pain and cost estimator, offline aftercare checklist. Every fact sourced."),
        ),
    ]
}

/// Where a language's pages find their manifest, relative to the app's folder.
pub fn path(lang: Lang) -> Option<String> {
    (lang != Lang::En).then(|| format!("{}/manifest.webmanifest", lang.code()))
}

/// `page` linking `lang`'s manifest instead of index.html's English one.
pub fn link_in(page: &str, lang: Lang) -> Result<String, String> {
    const ENGLISH: &str = r#"rel="manifest" href="manifest.webmanifest""#;
    let own = path(lang).ok_or("English pages link index.html's manifest")?;
    if !page.contains(ENGLISH) {
        return Err(format!("the page has no {ENGLISH} to point at {own}"));
    }
    Ok(page.replacen(ENGLISH, &format!(r#"rel="manifest" href="{own}""#), 1))
}

/// `english` (the manifest's JSON) for `lang`, whose catalog is installed, as it is served
/// from `<code>/manifest.webmanifest`: its relative addresses one folder up.
pub fn localized(english: &str, lang: Lang) -> Result<String, String> {
    let mut m: Value =
        serde_json::from_str(english).map_err(|e| format!("manifest.webmanifest: {e}"))?;
    let obj = m
        .as_object_mut()
        .ok_or("manifest.webmanifest is not an object")?;
    for (key, text) in texts() {
        obj.insert(key.into(), Value::String(text.into()));
    }
    obj.insert("lang".into(), Value::String(lang.code().into()));
    // The same app whatever its language: id and scope are the app's folder.
    obj.insert("id".into(), Value::String("../".into()));
    obj.insert("scope".into(), Value::String("../".into()));
    // Its home page: `/es` from `es/manifest.webmanifest`.
    obj.insert(
        "start_url".into(),
        Value::String(format!("..{}", lang.path("/"))),
    );
    if let Some(icons) = obj.get_mut("icons").and_then(Value::as_array_mut) {
        for icon in icons {
            if let Some(src) = icon.get("src").and_then(Value::as_str) {
                let up = format!("../{src}");
                icon["src"] = Value::String(up);
            }
        }
    }
    serde_json::to_string_pretty(&m).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = include_str!("../../public/manifest.webmanifest");

    #[test]
    fn the_english_manifest_has_the_texts_the_languages_translate() {
        let m: Value = serde_json::from_str(ENGLISH).unwrap();
        for (key, text) in texts() {
            assert_eq!(m[key], text, "{key}");
        }
    }

    #[test]
    fn a_language_manifest_is_the_same_app_opening_on_its_home_page() {
        let es: Value = serde_json::from_str(&localized(ENGLISH, Lang::Es).unwrap()).unwrap();
        assert_eq!(es["lang"], "es");
        assert_eq!(
            (es["id"].as_str(), es["scope"].as_str()),
            (Some("../"), Some("../"))
        );
        assert_eq!(es["start_url"], "../es");
        assert!(es["icons"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["src"].as_str().unwrap().starts_with("../icons/")));
        assert_eq!(path(Lang::De).as_deref(), Some("de/manifest.webmanifest"));
        assert_eq!(path(Lang::En), None);
        assert!(localized("[]", Lang::De).is_err());
        let page = r#"<head><link rel="manifest" href="manifest.webmanifest" /></head>"#;
        assert_eq!(
            link_in(page, Lang::Es).unwrap(),
            r#"<head><link rel="manifest" href="es/manifest.webmanifest" /></head>"#
        );
        assert!(link_in("<head></head>", Lang::Es).is_err());
    }
}
