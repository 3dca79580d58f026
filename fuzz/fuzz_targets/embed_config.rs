//! `EmbedConfig::from_query` on any text (the studio embed's `<iframe>` URL, written by
//! studios and pasted into other people's sites).
//!
//! Properties: never panics; the configuration is always valid (clean name, supported
//! currency, ordered prices within the limit, an accent white text can be read on, a price
//! book that validates); notices are bounded, name only keys that were given and carry no
//! control or bidi characters; `to_query` -> `from_query` gives the same configuration with
//! no notices, and `to_query` is canonical; the estimator, priced with the studio's book,
//! estimates whatever the same query says.
#![no_main]

use dermamap_core::embed::{
    EmbedConfig, ECHO_MAX, MIN_CONTRAST, NAME_MAX_CHARS, PRICE_MAX_MAJOR, SUPPORTED_CURRENCIES,
};
use dermamap_core::estimator::{estimate, summary_text, EstimateInput, Material};
use dermamap_core::query;
use libfuzzer_sys::fuzz_target;

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    let (config, notices) = EmbedConfig::from_query(&q);

    if let Some(name) = &config.studio_name {
        let chars = name.chars().count();
        assert!(
            (1..=NAME_MAX_CHARS).contains(&chars),
            "name {name:?} has {chars} characters"
        );
        assert!(
            !name.chars().any(|c| c.is_control() || is_bidi_control(c)),
            "name {name:?} keeps control or bidi characters"
        );
        assert_eq!(name.trim(), name, "name {name:?} is not trimmed");
    }
    assert!(
        SUPPORTED_CURRENCIES.contains(&config.currency.code()),
        "currency {:?}",
        config.currency
    );
    let max = PRICE_MAX_MAJOR * 10u64.pow(config.currency.minor_digits());
    let prices = [config.dermal_per_anchor, config.needling_per_session]
        .into_iter()
        .chain(Material::ALL.iter().map(|m| config.jewellery.get(*m)));
    for p in prices.flatten() {
        assert!(
            p.min <= p.max && p.max <= max,
            "price {p:?} in {:?}",
            config.currency
        );
    }
    if let Some(a) = config.accent {
        assert!(
            a.contrast_with_text() >= MIN_CONTRAST,
            "accent {} too light",
            a.css()
        );
        let css = a.css();
        assert!(
            css.len() == 7
                && css.starts_with('#')
                && css[1..]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
            "accent css {css:?}"
        );
    }
    let book = config.price_book();
    assert!(
        book.validate().is_empty(),
        "studio price book does not validate: {book:?}"
    );

    let given: Vec<String> = query::parse(&q).into_iter().map(|(k, _)| k).collect();
    for n in &notices {
        assert!(
            n.field.chars().count() <= ECHO_MAX,
            "notice field {:?}",
            n.field
        );
        assert!(
            given
                .iter()
                .any(|k| k.chars().take(ECHO_MAX).eq(n.field.chars())),
            "notice for {:?}, which was not given",
            n.field
        );
        assert!(!n.message.is_empty(), "empty notice for {:?}", n.field);
        assert!(
            n.message.chars().count() <= 260,
            "long notice: {:?}",
            n.message
        );
        assert!(
            !n.message
                .chars()
                .any(|c| c.is_control() || is_bidi_control(c)),
            "control or bidi characters in notice {:?}",
            n.message
        );
    }

    let link = config.to_query();
    let (back, again) = EmbedConfig::from_query(&link);
    assert!(
        again.is_empty(),
        "to_query gave {link:?}, which reads with notices {again:?}"
    );
    assert_eq!(
        back, config,
        "to_query -> from_query changed the configuration (query {link:?})"
    );
    assert_eq!(back.to_query(), link, "to_query is not canonical");

    // One URL carries both: the studio's prices and the person's estimator choices.
    let (input, _) = EstimateInput::from_query(&q);
    match estimate(&input, &book) {
        Ok(est) => {
            let pain = est.pain.range;
            assert!(
                pain.min >= 0.0 && pain.max <= 10.0 && pain.min <= pain.max,
                "pain {pain:?}"
            );
            if let Some(t) = est.cost.total {
                assert!(t.min <= t.max, "total {t:?}");
            }
            let _ = est.cost.total_text();
            for line in &est.cost.lines {
                let _ = est.cost.line_text(line);
            }
            let _ = summary_text(&est, &input);
        }
        Err(errors) => panic!("studio book {book:?} with input {input:?}: {errors:?}"),
    }
});
