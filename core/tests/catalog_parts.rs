//! The active language's text in two parts (its own process: it installs catalogs, which
//! every text written in the process reads).

use dermamap_core::locale::{catalog, tr, Catalog, Lang};
use dermamap_core::text;

#[test]
fn a_text_of_the_pages_part_is_written_once_that_part_is_installed() {
    let mut main: Catalog = Catalog::from_json(r#"{"Pain":"Dolor","Cost":"Coste"}"#).unwrap();
    let pages = main.split_off(|k| k == catalog::key("Pain"));
    let main: &'static Catalog = Box::leak(Box::new(main));
    let pages: &'static Catalog = Box::leak(Box::new(pages));

    catalog::install(Lang::Es, Some(main));
    assert!(!catalog::has_pages());
    assert_eq!(tr(text!("Pain")), "Dolor");
    // Not there yet: the host writes the English (the wasm, nothing).
    assert_eq!(tr(text!("Cost")), "Cost");

    // Another language's part is not this page's.
    catalog::install_pages(Lang::De, pages);
    assert!(!catalog::has_pages());
    catalog::install_pages(Lang::Es, pages);
    assert!(catalog::has_pages());
    assert_eq!(tr(text!("Cost")), "Coste");
    assert_eq!(tr(text!("Pain")), "Dolor");

    // A new language starts with its main part alone.
    catalog::install(Lang::Es, Some(main));
    assert!(!catalog::has_pages());

    // The keys written are recorded while asked to.
    catalog::record_used();
    let _ = tr(text!("Pain"));
    let used = catalog::take_used();
    assert_eq!(used.into_iter().collect::<Vec<_>>(), [catalog::key("Pain")]);
    let _ = tr(text!("Cost"));
    assert!(catalog::take_used().is_empty());
}
