use super::{date, money, number, Lang};
use crate::aftercare::Date;
use crate::estimator::Currency;
use crate::Span;

#[test]
fn a_language_comes_from_a_tag_or_the_browsers_preferences() {
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag(" ES_mx "), Some(Lang::Es));
    assert_eq!(Lang::from_tag("en"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(""), None);
    assert_eq!(Lang::preferred(["fr-FR", "de", "en"]), Lang::De);
    assert_eq!(Lang::preferred(["fr-FR", "it"]), Lang::En);
    assert_eq!(Lang::preferred([]), Lang::En);
    for l in Lang::ALL {
        assert_eq!(Lang::from_tag(l.code()), Some(l));
    }
}

#[test]
fn a_language_is_the_first_part_of_an_address() {
    assert_eq!(Lang::split_path("/de/map/nape"), (Lang::De, "/map/nape"));
    assert_eq!(Lang::split_path("/es"), (Lang::Es, "/"));
    assert_eq!(Lang::split_path("/es/"), (Lang::Es, "/"));
    assert_eq!(Lang::split_path("/map/nape"), (Lang::En, "/map/nape"));
    // Not a prefix unless the whole segment is.
    assert_eq!(Lang::split_path("/estimator"), (Lang::En, "/estimator"));
    assert_eq!(Lang::split_path("/desk"), (Lang::En, "/desk"));
    for l in Lang::ALL {
        for p in ["/", "/map/nape", "/about/dermal"] {
            assert_eq!(Lang::split_path(&l.path(p)), (l, p), "{l:?} {p}");
        }
    }
}

#[test]
fn numbers_take_the_local_decimal_mark_and_grouping() {
    assert_eq!(number::decimal(Lang::En, 15, 1), "1.5");
    assert_eq!(number::decimal(Lang::Es, 15, 1), "1,5");
    assert_eq!(number::decimal(Lang::De, 125, 2), "1,25");
    // Never more precise than given: 1.50 is 1.5, 2.00 is 2.
    assert_eq!(number::decimal(Lang::De, 150, 2), "1,5");
    assert_eq!(number::decimal(Lang::En, 200, 2), "2");
    assert_eq!(number::decimal(Lang::En, 5, 2), "0.05");
    assert_eq!(number::whole(Lang::En, 1200), "1,200");
    assert_eq!(number::whole(Lang::De, 1200), "1.200");
    assert_eq!(number::whole(Lang::Es, 1200), "1200");
    assert_eq!(number::whole(Lang::Es, 12000), "12.000");
    assert_eq!(number::whole(Lang::De, 1234567), "1.234.567");
    assert_eq!(number::whole(Lang::En, 999), "999");
}

#[test]
fn dates_are_written_the_local_way() {
    let d = Date::new(2026, 11, 23).unwrap();
    assert_eq!(date::short(Lang::En, d), "23 Nov 2026");
    assert_eq!(date::short(Lang::Es, d), "23/11/2026");
    assert_eq!(date::short(Lang::De, d), "23.11.2026");
    let early = Date::new(2027, 1, 5).unwrap();
    assert_eq!(date::short(Lang::De, early), "05.01.2027");
    assert_eq!(date::short(Lang::En, early), "5 Jan 2027");
}

#[test]
fn prices_and_ranges_are_written_the_local_way() {
    let eur = Currency::EUR;
    let span = Span {
        min: 7000,
        max: 10000,
    };
    assert_eq!(money::range(Lang::De, eur, span), "70-100\u{a0}€");
    assert_eq!(money::range(Lang::Es, eur, span), "70-100\u{a0}€");
    assert_eq!(money::range(Lang::En, Currency::GBP, span), "£70-£100");
    assert_eq!(money::price(Lang::De, eur, 1250), "12,50\u{a0}€");
    assert_eq!(money::price(Lang::De, eur, 125000), "1.250\u{a0}€");
    assert_eq!(money::price(Lang::Es, eur, 125000), "1250\u{a0}€");
    let chf = Currency::new("CHF").unwrap();
    assert_eq!(money::price(Lang::En, chf, 8000), "CHF 80");
    assert_eq!(money::price(Lang::De, chf, 8000), "80\u{a0}CHF");
    let one = Span {
        min: 5000,
        max: 5000,
    };
    assert_eq!(money::range(Lang::De, eur, one), "50\u{a0}€");
    // English is the estimator's own form: one definition of the rule.
    for minor in [0, 5, 1250, 150_000, 123_456_789] {
        for c in [
            Currency::USD,
            Currency::GBP,
            chf,
            Currency::new("JPY").unwrap(),
        ] {
            assert_eq!(c.format(minor), money::price(Lang::En, c, minor));
        }
    }
}

#[test]
fn every_language_writes_the_same_figures() {
    // The digits of a figure never change with the language, only the marks around them.
    let digits = |s: String| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let d = Date::new(2026, 3, 9).unwrap();
    for l in Lang::ALL {
        assert_eq!(digits(number::decimal(l, 1234567, 3)), "1234567");
        assert_eq!(
            digits(money::range(
                l,
                Currency::EUR,
                Span {
                    min: 7050,
                    max: 10000
                }
            )),
            "7050100"
        );
        assert!(digits(date::short(l, d)).contains("2026"));
    }
}

#[test]
fn a_catalog_translates_what_it_has_and_leaves_out_nulls() {
    use super::catalog::{placeholders, Catalog};
    let c = Catalog::from_json(
        r#"{"Pain":"Dolor","Cost":null,"Risks":"","Microneedling":"Microneedling"}"#,
    )
    .unwrap();
    assert_eq!(c.get(text!("Pain")), Some("Dolor"));
    assert_eq!(c.translation_of("Pain"), Some("Dolor"));
    assert_eq!(c.get(text!("Microneedling")), Some("Microneedling"));
    assert_eq!(c.get(text!("Cost")), None);
    assert_eq!(c.get(text!("Risks")), None);
    assert_eq!(c.len(), 2);
    // Served keyed by hashes, with every text (the wasm has no English to fall back to).
    let served = c.to_served_json();
    assert!(!served.contains("Pain") && served.contains("Dolor"));
    let loaded = Catalog::from_served_json(&served).unwrap();
    assert_eq!(
        (
            loaded.get(text!("Pain")),
            loaded.get(text!("Microneedling")),
            loaded.len()
        ),
        (Some("Dolor"), Some("Microneedling"), 2)
    );
    // English: every text of a catalog file, itself.
    let english = Catalog::english(r#"{"Pain":"Dolor","Cost":null}"#).unwrap();
    assert_eq!(english.get(text!("Pain")), Some("Pain"));
    assert_eq!(english.get(text!("Cost")), Some("Cost"));
    assert_eq!(english.len(), 2);
    let again = Catalog::from_served_json(&english.to_served_json()).unwrap();
    assert_eq!(again, english);
    // A language served with English wherever it has no translation yet.
    let served = c.clone().or_else(&english);
    assert_eq!(served.get(text!("Pain")), Some("Dolor"));
    assert_eq!(served.get(text!("Cost")), Some("Cost"));
    assert!(Catalog::from_served_json(r#"{"zz": "x"}"#).is_err());
    // The entries as the wasm reads them (the browser's JSON parser): the same catalog.
    let entries = [("0000002a".to_string(), "x".to_string())];
    assert_eq!(
        Catalog::from_served_entries(entries).unwrap().by_key(42),
        Some("x")
    );
    for key in ["zz", "", "1234567890", "-1"] {
        let e = Catalog::from_served_entries([(key.to_string(), "x".to_string())]).unwrap_err();
        assert!(e.to_string().contains("is not a text's key"), "{e}");
    }
    let bad = Catalog::from_json("[1, 2]").unwrap_err();
    assert!(bad
        .to_string()
        .starts_with("the translations could not be read"));
    assert!(Catalog::from_json(r#"{"a": 3}"#).is_err());
    assert_eq!(
        placeholders("Day {} of your {plan} ({})"),
        ["{}", "{plan}", "{}"]
    );
    assert!(placeholders("a {b c} {").is_empty());
}

#[test]
fn a_served_catalog_splits_into_its_two_parts() {
    use super::catalog::{key, Catalog};
    let mut main =
        Catalog::from_json(r#"{"Pain":"Dolor","Cost":"Coste","Risks":"Riesgos"}"#).unwrap();
    let pages = main.split_off(|k| k == key("Pain"));
    assert_eq!((main.len(), pages.len()), (1, 2));
    assert_eq!(main.by_key(key("Pain")), Some("Dolor"));
    assert_eq!(main.by_key(key("Cost")), None);
    assert_eq!(pages.get(text!("Cost")), Some("Coste"));
    assert_eq!(pages.get(text!("Pain")), None);
}

#[test]
fn a_language_s_text_files_are_named_by_their_build() {
    use super::catalog::Part;
    use super::{Lang, TextVersion};
    let v = TextVersion::of(["{\"1\":\"a\"}", "{}"]);
    assert_eq!(v.to_string().len(), 16);
    assert_eq!(TextVersion::parse(&v.to_string()), Some(v.clone()));
    assert_eq!(
        Part::Main.file(Lang::Es, &v),
        format!("lang/es-{v}.json"),
        "the content-hashed name of scripts/hashed-name.mjs"
    );
    assert_eq!(
        Part::Pages.file(Lang::De, &v),
        format!("lang/de.pages-{v}.json")
    );
    // Any change to any file, or to where one ends and the next begins, is another version.
    assert_ne!(TextVersion::of(["{\"1\":\"b\"}", "{}"]), v);
    assert_ne!(TextVersion::of(["{\"1\":\"a\"}{}"]), v);
    assert_ne!(TextVersion::of(["{}", "{\"1\":\"a\"}"]), v);
    assert_eq!(TextVersion::of(["{\"1\":\"a\"}", "{}"]), v);
    assert_eq!(
        v.meta_tag(),
        format!(r#"<meta name="dermamap-text" content="{v}">"#)
    );
    for bad in [
        "",
        "0123456789abcde",
        "0123456789abcdef0",
        "0123456789ABCDEF",
        "../../etc/passw",
        "0123456789abcdeg",
    ] {
        assert_eq!(TextVersion::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn placeholders_are_filled_by_name_or_in_order() {
    use super::fill;
    assert_eq!(
        fill("Day {} of {}", &[("", &3), ("", &"14")]),
        "Day 3 of 14"
    );
    assert_eq!(
        fill(
            "{host}: gespeichert ({n})",
            &[("n", &2), ("host", &"studio.example")]
        ),
        "studio.example: gespeichert (2)"
    );
    // A placeholder without a value, and braces that are not one, stay as they are.
    assert_eq!(fill("{a} {} {x y}", &[]), "{a} {} {x y}");
}
