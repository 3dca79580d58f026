//! A language of the guide.

/// The languages the guide is written in. English is the source every translation follows.
/// Where the device remembers the language a person chose (its code, `"de"`). Nothing else
/// stored depends on the language: plans and ticked signs are the same in all three.
pub const LANG_KEY: &str = "dermamap.lang";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::De];

    /// The BCP 47 code (`<html lang>`, hreflang, `?lang=` of the embed).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
        }
    }

    /// The language's own name, as its switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
        }
    }

    /// The address prefix of its pages: none for English, `/es` and `/de` for the others.
    pub fn path_prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "/es",
            Lang::De => "/de",
        }
    }

    /// The language of a tag such as `de`, `de-AT` or `ES-mx` (any case, any region), if the
    /// guide speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of a browser's preferred languages (`navigator.languages`, most preferred
    /// first) that the guide speaks; English when it speaks none of them.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language an app path is in, and the path without its prefix:
    /// `/de/map/nape` → (De, `/map/nape`), `/es` → (Es, `/`), `/map/nape` → (En, itself).
    pub fn split_path(path: &str) -> (Lang, &str) {
        for lang in [Lang::Es, Lang::De] {
            if let Some(rest) = path.strip_prefix(lang.path_prefix()) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with('/') {
                    return (lang, rest);
                }
            }
        }
        (Lang::En, path)
    }

    /// An app path (`/map/nape`) in this language (`/de/map/nape`; `/` → `/de`).
    pub fn path(self, app_path: &str) -> String {
        match (self.path_prefix(), app_path) {
            ("", p) => p.to_string(),
            (prefix, "/") => prefix.to_string(),
            (prefix, p) => format!("{prefix}{p}"),
        }
    }
}
