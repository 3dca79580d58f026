//! Issue 18, point 7: what is stored does not depend on the language it was made in. Its own
//! test binary, because it changes the active language, which is global to the process.

use dermamap_core::aftercare::{Date, NewPlan, Plans};
use dermamap_core::locale::{catalog, Catalog, Lang};
use dermamap_core::Procedure;

#[test]
fn a_plan_started_without_a_name_in_german_is_shown_in_english_after_a_switch() {
    let german = Box::leak(Box::new(
        Catalog::from_json(catalog::source(Lang::De).unwrap()).unwrap(),
    ));
    catalog::install(Lang::De, Some(german));
    let mut plans = Plans::default();
    let id = plans
        .add(
            NewPlan {
                name: String::new(),
                procedure: Procedure::Dermal,
                region: Some("nape".into()),
                date: Date::new(2024, 5, 1).unwrap(),
            },
            Date::new(2024, 6, 1).unwrap(),
        )
        .unwrap();
    let plan = plans.get(&id).unwrap().clone();
    let in_german = plan.shown_name();
    catalog::install(Lang::En, None);
    assert_eq!(plan.name, "", "no name given, none stored");
    assert!(in_german.contains("Nacken"), "{in_german}");
    assert_eq!(plan.shown_name(), "Micro-dermal, nape of the neck");
}
