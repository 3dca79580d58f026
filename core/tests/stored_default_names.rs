//! A default name stored before 97add86 (in English, or in the language read that day) is
//! shown in the language read now. Its own test binary, because it changes the active
//! language, which is global to the process.

use dermamap_core::aftercare::{decode, Decoded};
use dermamap_core::locale::{catalog, Catalog, Lang};

const RECORD: &str = r#"{"version":2,"plans":[
  {"id":"a","name":"Micro-dermal, nape of the neck","procedure":"dermal","region":"nape","date":"2024-03-01","ticks":[]},
  {"id":"b","name":"My nape","procedure":"dermal","region":"nape","date":"2024-03-01","ticks":[]}
]}"#;

fn install(lang: Lang) {
    let texts = Box::leak(Box::new(
        Catalog::from_json(catalog::source(lang).unwrap()).unwrap(),
    ));
    catalog::install(lang, Some(texts));
}

fn shown(record: &str) -> Vec<(String, String)> {
    let Decoded::Loaded(plans) = decode(Some(record)) else {
        panic!("{:?}", decode(Some(record)))
    };
    plans
        .iter()
        .map(|p| (p.name.clone(), p.shown_name()))
        .collect()
}

#[test]
fn a_default_name_stored_in_english_or_in_german_is_shown_in_the_language_read() {
    install(Lang::De);
    let in_german = shown(RECORD);
    assert_eq!(in_german[0].0, "", "the English default name is no name");
    assert!(in_german[0].1.contains("Nacken"), "{:?}", in_german[0]);
    assert_eq!(in_german[1], ("My nape".into(), "My nape".into()));
    // A default name stored in German on 2026-12-04, read in German: no name either.
    let german_default = in_german[0].1.clone();
    let stored_in_german = RECORD.replace("Micro-dermal, nape of the neck", &german_default);
    assert_eq!(shown(&stored_in_german)[0].0, "");
    install(Lang::Es);
    let in_spanish = shown(RECORD);
    assert_eq!(in_spanish[0].0, "");
    assert_ne!(in_spanish[0].1, german_default);
    assert!(!in_spanish[0].1.contains("nape"), "{:?}", in_spanish[0]);
}
