//! Names inside a sentence: English and Spanish write a region's name in lower case there
//! ("Microneedling, nape of the neck"), German keeps its nouns' capitals ("Nacken").

use super::catalog::active_lang;
use super::Lang;

/// `name` (already in the active language) as it reads inside a sentence.
pub fn in_sentence(name: &str) -> String {
    match active_lang() {
        Lang::De => name.to_string(),
        Lang::En | Lang::Es => name.to_lowercase(),
    }
}
