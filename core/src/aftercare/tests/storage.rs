//! Storage.

use super::*;

#[test]
fn aftercare_decode_empty() {
    assert_eq!(decode(None), Decoded::Empty);
    assert_eq!(decode(Some("")), Decoded::Empty);
    assert_eq!(decode(Some("  \n")), Decoded::Empty);
}

#[test]
fn aftercare_decode_current_fixture() {
    let Decoded::Loaded(plans) = decode(Some(V2_FIXTURE)) else {
        panic!("{:?}", decode(Some(V2_FIXTURE)))
    };
    assert_eq!(plans.len(), 2);
    let p = plans.get("dermal-20240301-0a1b2c3d").unwrap();
    assert_eq!(
        (p.name.as_str(), p.procedure, p.region.as_deref(), p.date),
        ("Nape dermal", Dermal, Some("nape"), d("2024-03-01"))
    );
    let ticks: Vec<&str> = p.ticks.iter().map(String::as_str).collect();
    assert_eq!(
        ticks,
        [
            "dermal-clean@5",
            "dermal-plaster-off",
            "dermal-plaster@0",
            "dermal-plaster@1",
            "dermal-plaster@2"
        ]
    );
    assert!(plans.is_done(&p.id, "dermal-plaster", 2));
    assert_eq!(
        plans.get("microneedling-20240510-00000001").unwrap().region,
        None
    );
    assert!(decode(Some(V2_FIXTURE)).may_write());
}

#[test]
fn aftercare_migrates_v1() {
    let Decoded::Migrated { plans, from } = decode(Some(V1_FIXTURE)) else {
        panic!("{:?}", decode(Some(V1_FIXTURE)))
    };
    assert_eq!(from, 1);
    assert_eq!(plans.len(), 3);
    let all: Vec<&Plan> = plans.iter().collect();
    assert_eq!(
        (
            all[0].name.as_str(),
            all[0].procedure,
            all[0].region.as_ref()
        ),
        ("Hip dermal", Dermal, None)
    );
    assert_eq!(
        all[0].ticks.iter().collect::<Vec<_>>(),
        ["dermal-plaster-off"]
    );
    assert_eq!(
        (all[1].name.as_str(), all[1].shown_name().as_str()),
        ("", "Microneedling"),
        "empty v1 names stay empty and are shown by their procedure"
    );
    assert_eq!(all[1].ticks.iter().collect::<Vec<_>>(), ["mn-next-session"]);
    assert!(all[2].ticks.is_empty());
    assert_ne!(all[0].id, all[2].id, "identical v1 plans get distinct ids");
    // Deterministic: migrating twice gives the same ids, so a re-run cannot duplicate plans.
    let Decoded::Migrated { plans: again, .. } = decode(Some(V1_FIXTURE)) else {
        unreachable!()
    };
    assert_eq!(plans, again);
    // Once saved, it loads as the current version, unchanged.
    assert_eq!(decode(Some(&encode(&plans))), Decoded::Loaded(plans));
}

#[test]
fn aftercare_corrupt_fixtures() {
    for (what, raw) in CORRUPT_FIXTURES {
        match decode(Some(raw)) {
            Decoded::Corrupt { reason } => {
                assert!(
                    !reason.is_empty() && reason.chars().count() <= 201,
                    "{what}: {reason}"
                );
            }
            other => panic!("{what}: expected Corrupt, got {other:?}"),
        }
        assert!(
            matches!(
                import_json(raw, d("2030-01-01")),
                Err(ImportError::Invalid { .. })
            ),
            "{what}"
        );
    }
}

#[test]
fn aftercare_newer_versions_are_read_only() {
    match decode(Some(V3_READABLE_FIXTURE)) {
        Decoded::FromNewerVersion {
            version: 3,
            readable: Some(plans),
        } => {
            assert_eq!(plans.get("p1").unwrap().name, "Later");
        }
        other => panic!("{other:?}"),
    }
    let d9 = decode(Some(V9_UNREADABLE_FIXTURE));
    assert_eq!(
        d9,
        Decoded::FromNewerVersion {
            version: 9,
            readable: None
        }
    );
    assert!(!d9.may_write() && d9.plans().is_none());
    let e = import_json(V3_READABLE_FIXTURE, d("2030-01-01")).unwrap_err();
    assert_eq!(e, ImportError::NewerVersion { version: 3 });
    assert!(e.message().contains("newer version"));
}

#[test]
fn aftercare_hostile_fixtures() {
    // Markup is kept as inert text (the UI escapes it), cleaned of control characters.
    let Decoded::Loaded(plans) = decode(Some(HOSTILE_SCRIPT_NAME)) else {
        panic!()
    };
    let p = plans.get("x1").unwrap();
    assert_eq!(p.name, "<script>alert(1)</script> evil");
    assert_eq!(
        p.ticks.len(),
        181,
        "ranges are clamped to the task's window"
    );
    assert!(p.ticks.iter().all(|k| k.starts_with("dermal-clean@")));

    for raw in [HOSTILE_SCRIPT_ID, HOSTILE_SCRIPT_REGION] {
        assert!(
            matches!(decode(Some(raw)), Decoded::Corrupt { .. }),
            "{raw}"
        );
    }
    assert_eq!(decode(Some(HOSTILE_PROTO)), Decoded::Loaded(Plans::new()));

    let deep = hostile_deep_nesting();
    assert!(matches!(decode(Some(&deep)), Decoded::Corrupt { .. }));
    assert!(matches!(
        import_json(&deep, d("2030-01-01")),
        Err(ImportError::Invalid { .. })
    ));
    assert!(matches!(
        decode(Some(&hostile_deep_object())),
        Decoded::Corrupt { .. }
    ));

    let huge = hostile_huge_name();
    match decode(Some(&huge)) {
        Decoded::Loaded(plans) => assert_eq!(
            plans.get("big").unwrap().name.chars().count(),
            MAX_NAME_CHARS
        ),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        import_json(&huge, d("2030-01-01")),
        Err(ImportError::TooLarge { .. })
    ));
    let too_big = format!(
        "{huge}{}",
        " ".repeat(crate::aftercare::storage::MAX_STORED_BYTES)
    );
    assert!(matches!(decode(Some(&too_big)), Decoded::Corrupt { .. }));

    match decode(Some(&hostile_huge_procedure())) {
        Decoded::Corrupt { reason } => assert!(
            reason.chars().count() <= 201,
            "reasons never echo megabytes"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn aftercare_encode_round_trips() {
    let plans = full_plans(MAX_PLANS);
    let raw = encode(&plans);
    assert!(raw.starts_with(r#"{"version":2,"plans":["#));
    assert_eq!(decode(Some(&raw)), Decoded::Loaded(plans.clone()));
    assert_eq!(
        decode(Some(&encode(&Plans::new()))),
        Decoded::Loaded(Plans::new())
    );
}

#[test]
fn aftercare_ticks_are_stored_as_runs() {
    let (mut plans, id) = one_plan(Dermal, "2024-01-10");
    for day in [0, 1, 2, 5, 180] {
        plans.toggle(&id, "dermal-clean", day).unwrap();
    }
    plans.toggle(&id, "dermal-healing-check", 100).unwrap();
    let raw = encode(&plans);
    assert!(
        raw.contains(r#""ticks":["dermal-clean@0-2,5,180","dermal-healing-check"]"#),
        "{raw}"
    );
}

/// Until 97add86 a plan started without a name stored its default name ("Micro-dermal, nape
/// of the neck", in English before the languages arrived): read back, it is no name, so that
/// it is shown in the reader's language. A name a person gave is kept, even one that starts
/// the same way.
#[test]
fn aftercare_a_stored_default_name_is_read_as_none() {
    let record = r#"{"version":2,"plans":[
      {"id":"a","name":"Micro-dermal, nape of the neck","procedure":"dermal","region":"nape","date":"2024-03-01","ticks":[]},
      {"id":"b","name":"Microneedling","procedure":"microneedling","region":null,"date":"2024-03-01","ticks":[]},
      {"id":"c","name":"Microneedling, scars, anywhere on the body","procedure":"microneedling","region":"scars","date":"2024-03-01","ticks":[]},
      {"id":"d","name":"Micro-dermal, elbow","procedure":"dermal","region":"elbow","date":"2024-03-01","ticks":[]},
      {"id":"e","name":"Micro-dermal, nape of the neck","procedure":"dermal","region":"hip","date":"2024-03-01","ticks":[]},
      {"id":"f","name":"Micro-dermal, left hip","procedure":"dermal","region":"hip","date":"2024-03-01","ticks":[]},
      {"id":"g","name":"Microneedling","procedure":"dermal","region":null,"date":"2024-03-01","ticks":[]},
      {"id":"h","name":"Micro-dermal","procedure":"dermal","region":"hip","date":"2024-03-01","ticks":[]}
    ]}"#;
    let Decoded::Loaded(plans) = decode(Some(record)) else {
        panic!("{:?}", decode(Some(record)))
    };
    let names: Vec<(&str, &str)> = plans
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("a", ""),
            ("b", ""),
            ("c", ""),
            ("d", ""),
            ("e", "Micro-dermal, nape of the neck"),
            ("f", "Micro-dermal, left hip"),
            ("g", "Microneedling"),
            ("h", "Micro-dermal"),
        ]
    );
    let shown: Vec<String> = plans.iter().map(Plan::shown_name).collect();
    assert_eq!(shown[0], "Micro-dermal, nape of the neck");
    assert_eq!(shown[3], "Micro-dermal, elbow");
    // Saved and read again, nothing more changes.
    assert_eq!(decode(Some(&encode(&plans))), Decoded::Loaded(plans));
}

/// Every region's English name is recognised in the lower case a default name stored it in:
/// its first letter is its only capital (a name with another would not be).
#[test]
fn aftercare_every_region_default_name_is_recognised() {
    for region in crate::content::regions() {
        for procedure in [Dermal, Microneedling] {
            let stored = format!(
                "{}, {}",
                procedure.short_text().en(),
                region.name.en().to_lowercase()
            );
            assert!(
                crate::aftercare::plans::is_default_name(
                    &stored,
                    procedure,
                    Some(region.id.slug())
                ),
                "{stored}"
            );
        }
    }
}

/// A version 1 plan named by its default keeps the id it was migrated to before, so the same
/// plan migrated on two devices still merges as one.
#[test]
fn aftercare_a_v1_default_name_is_none_and_keeps_its_id() {
    let record = r#"{"version":1,"plans":[{"name":"Microneedling","procedure":"microneedling","date":"2024-05-10"}]}"#;
    let Decoded::Migrated { plans, .. } = decode(Some(record)) else {
        panic!("{:?}", decode(Some(record)))
    };
    let plan = plans.iter().next().unwrap();
    assert_eq!(plan.name, "");
    assert_eq!(
        plan.id,
        crate::aftercare::plans::unique_id(
            &[],
            Microneedling,
            d("2024-05-10"),
            None,
            "Microneedling"
        )
    );
}

/// Typed out, a plan's default name is no name either: it is shown in the reader's language.
#[test]
fn aftercare_a_default_name_typed_out_is_stored_as_none() {
    let mut plans = Plans::new();
    let id = plans
        .add(
            NewPlan {
                name: "Micro-dermal, hip".into(),
                procedure: Dermal,
                region: Some("hip".into()),
                date: d("2024-03-01"),
            },
            d("2024-03-02"),
        )
        .unwrap();
    assert_eq!(plans.get(&id).unwrap().name, "");
}

/// The retired daily "mn-no-makeup" (it ended on day 2, a figure no source gives): a plan that
/// ticked it still loads, with every other tick, and may be written back.
#[test]
fn a_plan_with_ticks_of_the_retired_make_up_task_loads_with_its_other_ticks() {
    let raw = r#"{"version":2,"plans":[{"id":"microneedling-20240510-00000002","name":"Cheeks","procedure":"microneedling","region":"cheeks","date":"2024-05-10","ticks":["mn-no-makeup@0-2","mn-no-heat@0-1","mn-makeup-when"]}]}"#;
    let decoded = decode(Some(raw));
    assert!(decoded.may_write());
    let Decoded::Loaded(plans) = decoded else {
        panic!("{decoded:?}")
    };
    let p = plans.get("microneedling-20240510-00000002").unwrap();
    let ticks: Vec<&str> = p.ticks.iter().map(String::as_str).collect();
    assert_eq!(ticks, ["mn-makeup-when", "mn-no-heat@0", "mn-no-heat@1"]);
}
