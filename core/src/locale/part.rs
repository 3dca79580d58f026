//! The files a language's text is served in: two parts that follow the wasm's split
//! ([`Part`]), named by the build they belong to ([`TextVersion`]) so that a page, its code
//! and its text always come from one build.

use super::Lang;

/// One of the two files a language's text is served in (see the catalog module).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The texts the main module's code and data name: the shell and the map, their notices.
    Main,
    /// The texts only the other pages' code names (each loaded with that code).
    Pages,
}

impl Part {
    /// The file's path under the site: `lang/es-<version>.json`, `lang/es.pages-<version>.json`.
    /// Content-hashed like the wasm (`name-<hash>.json`, scripts/hashed-name.mjs), so it is
    /// cached for good, and a page of one build never reads another build's text: after a
    /// deploy, an open page's next part is its own build's or none ("could not be loaded").
    pub fn file(self, lang: Lang, version: &TextVersion) -> String {
        let suffix = match self {
            Part::Main => "",
            Part::Pages => ".pages",
        };
        format!("lang/{}{suffix}-{}.json", lang.code(), version.0)
    }
}

/// Which build's text a page reads: a hash of every text file the build serves, written by
/// the prerender into every page (`<meta name="dermamap-text">`), read by the app before it
/// fetches any text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextVersion(String);

impl TextVersion {
    /// The `<meta name>` each page carries its build's text version in.
    pub const META_NAME: &'static str = "dermamap-text";

    /// The version of a build's text files, from their contents in the order the build
    /// writes them: 16 hex digits of a 64-bit FNV-1a over each file's length and bytes.
    pub fn of<'a>(files: impl IntoIterator<Item = &'a str>) -> TextVersion {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for b in bytes {
                hash ^= u64::from(*b);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        for file in files {
            eat(&(file.len() as u64).to_le_bytes());
            eat(file.as_bytes());
        }
        TextVersion(format!("{hash:016x}"))
    }

    /// A version as a page writes it (16 lowercase hex digits); anything else is not one.
    pub fn parse(written: &str) -> Option<TextVersion> {
        (written.len() == 16
            && written
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| TextVersion(written.to_string()))
    }

    /// The tag a page carries it in.
    pub fn meta_tag(&self) -> String {
        format!("{}{}\">", Self::meta_tag_start(), self.0)
    }

    /// The tag up to its version (`<meta name="dermamap-text" content="`), to find it in a page.
    pub fn meta_tag_start() -> String {
        format!(r#"<meta name="{}" content=""#, Self::META_NAME)
    }
}

impl std::fmt::Display for TextVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
