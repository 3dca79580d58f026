//! The copied summary is in the page's language, its choices too. Its own test binary, because
//! it changes the active language, which is global to the process.

use dermamap_core::estimator::{
    default_region, estimate, summary_text, EstimateInput, PriceBook, Tolerance,
};
use dermamap_core::locale::{catalog, Catalog, Lang};
use dermamap_core::Procedure;

#[test]
fn the_summary_names_the_tolerance_in_the_page_s_language() {
    for (lang, low, high) in [
        (Lang::Es, "tolerancia baja", "tolerancia alta"),
        (Lang::De, "Toleranz niedrig", "Toleranz hoch"),
    ] {
        let texts = Box::leak(Box::new(
            Catalog::from_json(catalog::source(lang).unwrap()).unwrap(),
        ));
        catalog::install(lang, Some(texts));
        for (procedure, tolerance, word) in [
            (Procedure::Dermal, Tolerance::Low, low),
            (Procedure::Microneedling, Tolerance::High, high),
        ] {
            let input = EstimateInput {
                tolerance,
                ..EstimateInput::for_region(procedure, default_region(procedure))
            };
            let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
            let summary = summary_text(&e, &input);
            assert!(summary.contains(word), "{lang:?}: {summary}");
        }
    }
    catalog::install(Lang::En, None);
}
