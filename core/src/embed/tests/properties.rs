//! Properties over any input: every query gives a valid configuration, and it round-trips.

use proptest::prelude::*;

use crate::embed::{
    clean_name, format_price, parse_price, Accent, EmbedConfig, EmbedNotice, EmbedTab, Rgb,
    Services, ECHO_MAX, MIN_CONTRAST, NAME_MAX_CHARS, PRICE_MAX_MAJOR, SUPPORTED_CURRENCIES,
};
use crate::estimator::{Currency, JewelleryPrices, Material};
use crate::model::Span;
use crate::query;

fn currency_strategy() -> impl Strategy<Value = Currency> {
    proptest::sample::select(SUPPORTED_CURRENCIES).prop_map(|c| Currency::new(c).unwrap())
}

fn price_strategy(digits: u32) -> impl Strategy<Value = Option<Span<u64>>> {
    let max = PRICE_MAX_MAJOR * 10u64.pow(digits);
    proptest::option::of((0..=max, 0..=max).prop_map(|(a, b)| Span::new(a.min(b), a.max(b))))
}

fn config_strategy() -> impl Strategy<Value = EmbedConfig> {
    currency_strategy()
        .prop_flat_map(|currency| {
            let d = currency.minor_digits();
            (
                Just(currency),
                proptest::option::of(".{0,80}"),
                (price_strategy(d), price_strategy(d)),
                proptest::collection::vec(price_strategy(d), Material::ALL.len()),
                proptest::sample::select(Services::ALL.to_vec()),
                proptest::option::of(any::<(u8, u8, u8)>()),
                proptest::sample::select(EmbedTab::ALL.to_vec()),
                proptest::sample::select(crate::locale::Lang::ALL.to_vec()),
            )
        })
        .prop_map(
            |(currency, name, (dermal, needling), jewels, services, accent, tab, lang)| {
                let mut jewellery = JewelleryPrices::default();
                for (m, p) in Material::ALL.iter().zip(jewels) {
                    jewellery.set(*m, p);
                }
                EmbedConfig {
                    studio_name: name.and_then(|n| clean_name(&n).0),
                    currency,
                    dermal_per_anchor: dermal,
                    jewellery,
                    needling_per_session: needling,
                    services,
                    accent: accent.and_then(|(r, g, b)| Accent::new(Rgb::new(r, g, b)).ok()),
                    tab,
                    lang,
                }
            },
        )
}

/// Query strings made of the real keys with odd values, and odd keys.
fn query_strategy() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        proptest::sample::select(vec![
            "name",
            "cur",
            "dermal",
            "needling",
            "services",
            "accent",
            "tab",
            "lang",
            "jewellery-gold",
            "jewellery-implant-steel"
        ])
        .prop_map(String::from),
        ".{0,12}",
    ];
    let value = prop_oneof![
        ".{0,80}",
        "[0-9.\\- ]{0,14}",
        "#?[0-9a-fA-F]{0,7}",
        "[A-Za-z]{0,4}"
    ];
    proptest::collection::vec((key, value), 0..12).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{}={}", query::encode(&k), query::encode(&v)))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn check_invariants(c: &EmbedConfig, notices: &[EmbedNotice]) -> Result<(), TestCaseError> {
    if let Some(n) = &c.studio_name {
        prop_assert!(!n.is_empty() && n.chars().count() <= NAME_MAX_CHARS);
        prop_assert!(!n
            .chars()
            .any(|ch| ch.is_control() || crate::text::is_invisible(ch)));
        prop_assert_eq!(n.trim(), n.as_str());
    }
    prop_assert!(SUPPORTED_CURRENCIES.contains(&c.currency.code()));
    let max = PRICE_MAX_MAJOR * 10u64.pow(c.currency.minor_digits());
    let book = c.price_book();
    prop_assert!(book.validate().is_empty());
    for p in [c.dermal_per_anchor, c.needling_per_session]
        .into_iter()
        .chain(Material::ALL.iter().map(|m| c.jewellery.get(*m)))
        .flatten()
    {
        prop_assert!(p.min <= p.max && p.max <= max);
    }
    if let Some(a) = c.accent {
        prop_assert!(a.contrast_with_text() >= MIN_CONTRAST);
    }
    for n in notices {
        prop_assert!(n.field.chars().count() <= ECHO_MAX);
        // A notice is its fixed words plus at most ECHO_MAX characters of input.
        prop_assert!(n.message.chars().count() <= 260, "{}", n.message);
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_string_gives_a_config_and_notices(s in ".*") {
        let (c, n) = EmbedConfig::from_query(&s);
        check_invariants(&c, &n)?;
    }

    #[test]
    fn any_query_gives_a_valid_config(q in query_strategy()) {
        let (c, n) = EmbedConfig::from_query(&q);
        check_invariants(&c, &n)?;
        // What was kept reads back the same, without notices.
        prop_assert_eq!(EmbedConfig::from_query(&c.to_query()), (c, vec![]));
    }

    #[test]
    fn to_query_round_trips(c in config_strategy()) {
        prop_assert_eq!(EmbedConfig::from_query(&c.to_query()), (c, vec![]));
    }

    #[test]
    fn prices_round_trip(c in currency_strategy(), a in 0..=PRICE_MAX_MAJOR * 1000, b in 0..=PRICE_MAX_MAJOR * 1000) {
        let top = PRICE_MAX_MAJOR * 10u64.pow(c.minor_digits());
        let (a, b) = (a % (top + 1), b % (top + 1));
        let span = Span::new(a.min(b), a.max(b));
        prop_assert_eq!(parse_price(&format_price(span, c), c), Ok(span));
    }
}
