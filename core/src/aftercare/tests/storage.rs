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
