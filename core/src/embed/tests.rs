//! Host tests of the embed configuration.
// Prices are written as major_minor (`49_50` is 49.50) on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

use super::*;
use crate::estimator::{estimate, Currency, EstimateInput, JewelleryPrices, Material, PriceItem};
use crate::model::{Procedure, Span};
use crate::query;
use proptest::prelude::*;

fn cfg(q: &str) -> EmbedConfig {
    let (c, n) = EmbedConfig::from_query(q);
    assert!(n.is_empty(), "unexpected notices for {q:?}: {n:?}");
    c
}

fn notice_for(q: &str, field: &str) -> EmbedNotice {
    let (_, n) = EmbedConfig::from_query(q);
    n.into_iter()
        .find(|n| n.field == field)
        .unwrap_or_else(|| panic!("no notice for {field} in {q:?}"))
}

#[test]
fn empty_query_gives_defaults() {
    for q in ["", "?", "&&", "?&"] {
        assert_eq!(cfg(q), EmbedConfig::default());
    }
    let d = EmbedConfig::default();
    assert_eq!(d.currency, Currency::USD);
    assert_eq!(d.services, Services::Both);
    assert_eq!(d.tab, EmbedTab::Map);
    assert!(!d.has_prices());
}

#[test]
fn full_query_is_read() {
    let c = cfg("?name=Ink+%26+Steel&cur=gbp&dermal=60-80&jewellery-titanium=25&jewellery-implant-steel=12.50&needling=150&services=dermal&accent=%230B5D5B&tab=estimator");
    assert_eq!(c.studio_name.as_deref(), Some("Ink & Steel"));
    assert_eq!(c.currency, Currency::GBP);
    assert_eq!(c.dermal_per_anchor, Some(Span::new(60_00, 80_00)));
    assert_eq!(
        c.jewellery.get(Material::Titanium),
        Some(Span::new(25_00, 25_00))
    );
    assert_eq!(
        c.jewellery.get(Material::ImplantSteel),
        Some(Span::new(12_50, 12_50))
    );
    assert_eq!(c.jewellery.get(Material::Gold), None);
    assert_eq!(c.needling_per_session, Some(Span::new(150_00, 150_00)));
    assert_eq!(c.services, Services::Dermal);
    assert_eq!(c.accent.map(Accent::css).as_deref(), Some("#0b5d5b"));
    assert_eq!(c.tab, EmbedTab::Estimator);
    assert!(c.has_prices());
}

#[test]
fn prices_table() {
    let usd = Currency::USD;
    let jpy = Currency::new("JPY").unwrap();
    let kwd = Currency::new("KWD").unwrap();
    let ok: &[(&str, Currency, (u64, u64))] = &[
        ("150", usd, (150_00, 150_00)),
        ("120-180", usd, (120_00, 180_00)),
        (" 120 - 180 ", usd, (120_00, 180_00)),
        ("49.50", usd, (49_50, 49_50)),
        ("49.5", usd, (49_50, 49_50)),
        ("0.99-1", usd, (99, 100)),
        ("007", usd, (7_00, 7_00)),
        ("0", usd, (0, 0)),
        ("1000000", usd, (100_000_000, 100_000_000)),
        ("15000", jpy, (15000, 15000)),
        ("12000-18000", jpy, (12000, 18000)),
        ("12.345", kwd, (12345, 12345)),
        ("12.3", kwd, (12300, 12300)),
        ("150-150", usd, (150_00, 150_00)),
    ];
    for (s, c, (min, max)) in ok {
        assert_eq!(parse_price(s, *c), Ok(Span::new(*min, *max)), "{s} in {c}");
    }
    let bad: &[(&str, Currency, PriceError)] = &[
        ("", usd, PriceError::Format),
        ("abc", usd, PriceError::Format),
        ("$150", usd, PriceError::Format),
        ("1,250", usd, PriceError::Format),
        ("-5", usd, PriceError::Format),
        ("+5", usd, PriceError::Format),
        ("1-2-3", usd, PriceError::Format),
        ("1e3", usd, PriceError::Format),
        ("12.", usd, PriceError::Format),
        (".5", usd, PriceError::Format),
        ("1.2.3", usd, PriceError::Format),
        ("NaN", usd, PriceError::Format),
        ("١٥٠", usd, PriceError::Format),
        ("49.505", usd, PriceError::TooManyDecimals),
        ("15000.5", jpy, PriceError::TooManyDecimals),
        ("12.3456", kwd, PriceError::TooManyDecimals),
        ("1000000.01", usd, PriceError::TooHigh),
        ("1000001", usd, PriceError::TooHigh),
        ("99999999999999999999999", usd, PriceError::TooHigh),
        ("180-120", usd, PriceError::OutOfOrder),
    ];
    for (s, c, e) in bad {
        assert_eq!(parse_price(s, *c), Err(*e), "{s} in {c}");
    }
}

#[test]
fn prices_follow_the_currency_digits() {
    let c = cfg("cur=JPY&dermal=8000-12000");
    assert_eq!(c.dermal_per_anchor, Some(Span::new(8000, 12000)));
    let n = notice_for("cur=JPY&dermal=80.50", "dermal");
    assert!(n.message.contains("no decimal places"), "{}", n.message);
    let c = cfg("cur=KWD&needling=45.125");
    assert_eq!(c.needling_per_session, Some(Span::new(45125, 45125)));
}

#[test]
fn bad_values_are_ignored_one_by_one() {
    let (c, n) = EmbedConfig::from_query("cur=XYZ&dermal=abc&needling=100-200&accent=%23777777&tab=shop&services=tattoo&jewellery-gold=9-1");
    assert_eq!(c.currency, Currency::USD);
    assert_eq!(c.dermal_per_anchor, None);
    assert_eq!(c.needling_per_session, Some(Span::new(100_00, 200_00)));
    assert_eq!(c.accent, None);
    assert_eq!(c.tab, EmbedTab::Map);
    assert_eq!(c.services, Services::Both);
    assert_eq!(c.jewellery.get(Material::Gold), None);
    let fields: Vec<&str> = n.iter().map(|n| n.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "cur",
            "dermal",
            "jewellery-gold",
            "services",
            "accent",
            "tab"
        ]
    );
}

#[test]
fn currencies() {
    assert_eq!(cfg("cur=eur").currency, Currency::EUR);
    assert_eq!(cfg("cur=+GBP+").currency, Currency::GBP);
    assert_eq!(cfg("cur=").currency, Currency::USD);
    for bad in ["XYZ", "US", "USDD", "€", "usd;"] {
        let n = notice_for(&format!("cur={}", query::encode(bad)), "cur");
        assert!(n.message.contains("US dollars"), "{}", n.message);
    }
    for code in SUPPORTED_CURRENCIES {
        assert_eq!(
            supported_currency(code)
                .map(|c| c.code().to_string())
                .as_deref(),
            Some(*code)
        );
    }
}

#[test]
fn names_are_plain_cleaned_text() {
    assert_eq!(
        cfg("name=+Ink+%26+Steel+").studio_name.as_deref(),
        Some("Ink & Steel")
    );
    assert_eq!(cfg("name=").studio_name, None);
    assert_eq!(cfg("name=+++").studio_name, None);
    // Markup is kept as text: the page renders it as text, never as HTML.
    let html = "<img src=x onerror=alert(1)>";
    assert_eq!(
        cfg(&format!("name={}", query::encode(html)))
            .studio_name
            .as_deref(),
        Some(html)
    );
    // Control and bidi characters go.
    assert_eq!(
        cfg("name=Ink%0A%0D%09%00Steel%E2%80%AE")
            .studio_name
            .as_deref(),
        Some("InkSteel")
    );
    let n = notice_for("name=%01%02", "name");
    assert!(n.message.contains("invisible"));
    // Long names are cut to 60 characters, on a character boundary.
    let long = "é".repeat(70);
    let (c, n) = EmbedConfig::from_query(&format!("name={}", query::encode(&long)));
    assert_eq!(
        c.studio_name.as_ref().map(|s| s.chars().count()),
        Some(NAME_MAX_CHARS)
    );
    assert_eq!(n.len(), 1);
    assert_eq!(
        clean_name(&format!("{} x", "a".repeat(59))),
        (Some("a".repeat(59)), true)
    );
}

#[test]
fn notices_never_repeat_more_than_40_characters() {
    let long = "A".repeat(500);
    for key in [
        "cur",
        "dermal",
        "accent",
        "tab",
        "services",
        "jewellery-gold",
        &long,
    ] {
        let (_, n) = EmbedConfig::from_query(&format!("{key}={long}"));
        assert_eq!(n.len(), 1, "{key}");
        assert!(n[0].field.chars().count() <= ECHO_MAX);
        assert!(
            !n[0].message.contains(&"A".repeat(ECHO_MAX + 1)),
            "{}",
            n[0].message
        );
    }
}

#[test]
fn unknown_and_repeated_keys_get_notices() {
    let (c, n) = EmbedConfig::from_query("curr=GBP&cur=EUR&cur=GBP");
    assert_eq!(c.currency, Currency::EUR);
    assert_eq!(
        n.iter().map(|n| n.field.as_str()).collect::<Vec<_>>(),
        ["curr", "cur"]
    );
    assert!(n[0].message.contains("Unknown setting"));
    assert!(n[1].message.contains("first value"));
}

#[test]
fn services_and_tabs() {
    assert_eq!(
        cfg("services=microneedling").services,
        Services::Microneedling
    );
    assert_eq!(cfg("services=BOTH").services, Services::Both);
    assert!(Services::Dermal.includes(Procedure::Dermal));
    assert!(!Services::Dermal.includes(Procedure::Microneedling));
    assert!(Services::Both.includes(Procedure::Microneedling));
    for &t in EmbedTab::ALL {
        assert_eq!(cfg(&format!("tab={}", t.slug())).tab, t);
    }
}

#[test]
fn contrast_known_pairs() {
    let white = Rgb::WHITE;
    let close = |a: f64, b: f64| (a - b).abs() < 0.005;
    assert!(close(contrast_ratio(Rgb::BLACK, white), 21.0));
    assert!(close(contrast_ratio(white, white), 1.0));
    let c777 = Rgb::parse_hex("#777777").unwrap();
    let c767 = Rgb::parse_hex("#767676").unwrap();
    assert!(
        close(contrast_ratio(c777, white), 4.48),
        "{}",
        contrast_ratio(c777, white)
    );
    assert!(
        close(contrast_ratio(c767, white), 4.54),
        "{}",
        contrast_ratio(c767, white)
    );
    assert!(Accent::new(c777).is_err());
    assert!(Accent::new(c767).is_ok());
    // Order does not matter.
    assert_eq!(contrast_ratio(c777, white), contrast_ratio(white, c777));
    // Well-known values: pure red 4.00, pure blue 8.59, #595959 7.00.
    assert!(close(contrast_ratio(Rgb::new(255, 0, 0), white), 4.0));
    assert!(close(contrast_ratio(Rgb::new(0, 0, 255), white), 8.59));
    assert!(close(
        contrast_ratio(Rgb::parse_hex("595959").unwrap(), white),
        7.0
    ));
    // Dermamap's own accent passes.
    assert!(Accent::new(Rgb::parse_hex("#7a3e65").unwrap()).is_ok());
    assert_eq!(ratio_text(contrast_ratio(c777, white)), "4.48:1");
    assert_eq!(ratio_text(4.4999), "4.49:1");
    assert_eq!(ratio_text(4.5), "4.50:1");
}

#[test]
fn accents_table() {
    assert_eq!(
        cfg("accent=%23a36").accent.map(Accent::css).as_deref(),
        Some("#aa3366")
    );
    assert_eq!(
        cfg("accent=0B5D5B").accent.map(Accent::css).as_deref(),
        Some("#0b5d5b")
    );
    assert_eq!(cfg("accent=").accent, None);
    for bad in [
        "red",
        "#12345",
        "#1234567",
        "#ggg",
        "rgb(0,0,0)",
        "#",
        "#12",
        "url(x)",
        "#fff;x:y",
    ] {
        let n = notice_for(&format!("accent={}", query::encode(bad)), "accent");
        assert!(
            n.message.contains("not a hex colour"),
            "{bad}: {}",
            n.message
        );
    }
    let n = notice_for("accent=%23777777", "accent");
    assert!(n.message.contains("4.48:1"), "{}", n.message);
    assert!(n.message.contains("too light"));
    let n = notice_for("accent=fff", "accent");
    assert!(n.message.contains("1.00:1"), "{}", n.message);
}

#[test]
fn price_book_replaces_the_defaults() {
    let c = cfg("name=Ink&cur=GBP&needling=150-200");
    let book = c.price_book();
    assert_eq!(book.currency, Currency::GBP);
    assert!(book.is_studio_supplied());
    assert_eq!(book.price(PriceItem::DermalPerAnchor), None);
    assert_eq!(
        book.price(PriceItem::NeedlingPerSession),
        Some(Span::new(150_00, 200_00))
    );
    assert!(book.validate().is_empty());

    // No dermal price from the studio: that line says "ask your studio".
    let est = estimate(&EstimateInput::default(), &book).unwrap();
    assert_eq!(est.cost.lines[0].amount, None);
    assert!(
        est.cost.total_text().contains("ask your studio"),
        "{}",
        est.cost.total_text()
    );
    assert!(est
        .cost
        .notes
        .iter()
        .any(|n| n.text.contains("Prices set by Ink")));

    let c = cfg("cur=GBP&dermal=60-80&jewellery-titanium=20");
    let est = estimate(&EstimateInput::default(), &c.price_book()).unwrap();
    assert_eq!(est.cost.total_text(), "£60-£80");
    let mut input = EstimateInput::default();
    input.dermal.jewellery_included = false;
    let est = estimate(&input, &c.price_book()).unwrap();
    assert_eq!(est.cost.total_text(), "£80-£100");
}

#[test]
fn to_query_examples() {
    assert_eq!(EmbedConfig::default().to_query(), "cur=USD");
    let c =
        cfg("name=Ink+%26+Steel&cur=GBP&dermal=60.5-80&accent=%23A36&tab=aftercare&services=both");
    assert_eq!(
        c.to_query(),
        "name=Ink%20%26%20Steel&cur=GBP&dermal=60.50-80&accent=aa3366&tab=aftercare"
    );
    assert_eq!(EmbedConfig::from_query(&c.to_query()), (c, vec![]));
}

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

/// Bug (issue 16): notices grew with the query, and finding repeats was quadratic.
#[test]
fn a_hostile_query_gets_a_few_notices_quickly() {
    let q: String = (0..20_000)
        .map(|i| format!("cur=X{i}&junk{i}=1&"))
        .collect();
    let started = std::time::Instant::now();
    let (config, notices) = EmbedConfig::from_query(&q);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(notices.len(), crate::notice::MAX_NOTICES);
    assert!(notices
        .last()
        .unwrap()
        .message
        .contains("more values were ignored"));
    assert_eq!(config.currency, EmbedConfig::default().currency);
}

#[test]
fn the_embed_speaks_the_language_its_studio_set() {
    use crate::locale::Lang;
    let (c, notices) = EmbedConfig::from_query("lang=de&cur=EUR");
    assert_eq!((c.lang, notices.len()), (Lang::De, 0));
    assert!(c.to_query().ends_with("&lang=de"));
    assert_eq!(EmbedConfig::from_query("lang=ES").0.lang, Lang::Es);
    assert_eq!(EmbedConfig::lang_of("tab=map&lang=es"), Some(Lang::Es));
    assert_eq!(EmbedConfig::lang_of("tab=map"), None);
    let (c, notices) = EmbedConfig::from_query("lang=fr");
    assert_eq!(c.lang, Lang::En);
    assert_eq!(notices[0].field, "lang");
    assert!(notices[0].message.contains("\"fr\"") || notices[0].message.contains("fr"));
    assert_eq!(EmbedConfig::lang_of("lang=fr"), None);
    assert!(!EmbedConfig::default().to_query().contains("lang"));
}

#[test]
fn a_price_may_be_written_with_a_decimal_comma() {
    let eur = crate::embed::supported_currency("EUR").unwrap();
    assert_eq!(parse_price("49,50", eur), Ok(Span::new(4950, 4950)));
    assert_eq!(parse_price("60,5-80", eur), Ok(Span::new(6050, 8000)));
    // Three digits after a comma read as thousands: refused, never 1.25 or 1250.
    assert_eq!(parse_price("1,250", eur), Err(PriceError::Format));
    assert_eq!(parse_price("49,505", eur), Err(PriceError::Format));
    assert_eq!(parse_price("49,5", eur), Ok(Span::new(4950, 4950)));
    assert_eq!(parse_price("1,2,3", eur), Err(PriceError::Format));
}
