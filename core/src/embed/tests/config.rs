//! The whole configuration: its defaults, a full query read, written back, and its language.

use super::cfg;
use crate::embed::{Accent, EmbedConfig, EmbedTab, Services};
use crate::estimator::{Currency, Material};
use crate::model::Span;

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
    assert!(
        notices[0].message.contains("“fr”"),
        "{}",
        notices[0].message
    );
    assert_eq!(EmbedConfig::lang_of("lang=fr"), None);
    assert!(!EmbedConfig::default().to_query().contains("lang"));
}
