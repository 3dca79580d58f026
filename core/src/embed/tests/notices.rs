//! What the embed ignores: one notice per bad, unknown or repeated value, short and few.

use crate::embed::{EmbedConfig, EmbedTab, Services, ECHO_MAX};
use crate::estimator::{Currency, Material};
use crate::model::Span;

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
