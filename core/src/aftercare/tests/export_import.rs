//! Export / import.

use super::*;

#[test]
fn aftercare_export_import_round_trip() {
    let plans = full_plans(MAX_PLANS);
    let text = export_json(&plans);
    assert!(text.contains("\n  \"version\": 2"), "pretty-printed");
    assert!(
        text.len() < MAX_IMPORT_BYTES / 2,
        "a full export is {} bytes",
        text.len()
    );
    let imported = import_json(&text, d("2025-01-01")).unwrap();
    assert_eq!(imported, plans);

    let mut mine = Plans::new();
    mine.add(new_plan(Microneedling, "2024-12-01"), d("2025-01-01"))
        .unwrap();
    // Bug (issue 16): a nearly full list reported every plan as imported. Now each plan is
    // accounted for: added, or named as not fitting.
    let report = mine.clone().merge_import(imported.clone());
    assert_eq!(report.added.len(), MAX_PLANS - 1, "stops at the limit");
    assert_eq!(report.no_room.len(), 1);
    assert!(report.already_here.is_empty() && !report.complete());
    let message = report.message();
    assert!(
        message.starts_with(&format!("Imported {} plans: ", MAX_PLANS - 1)),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "Not imported, as Dermamap keeps at most {MAX_PLANS} plans: “{}”",
            report.no_room[0]
        )),
        "{message}"
    );
    let mut some = Plans::new();
    let first = plans.iter().next().unwrap().clone();
    some.merge_import(
        import_json(
            &export_json(&Plans::from_checked(vec![first.clone()])),
            d("2025-01-01"),
        )
        .unwrap(),
    );
    let report = some.merge_import(imported);
    assert_eq!(
        report.added.len(),
        MAX_PLANS - 1,
        "duplicates by id are skipped"
    );
    assert_eq!(report.already_here, std::slice::from_ref(&first.name));
    assert!(report.complete());
    assert!(report.message().contains(&format!(
        "Already here, kept as they are: “{}”.",
        first.name
    )));
    assert_eq!(some.get(&first.id), Some(&first));
    assert_eq!(some.len(), MAX_PLANS);
}

#[test]
fn the_size_is_checked_before_reading() {
    assert_eq!(check_import_size(0.0), Ok(()));
    assert_eq!(check_import_size(MAX_IMPORT_BYTES as f64), Ok(()));
    assert_eq!(
        check_import_size(400.0 * 1024.0 * 1024.0),
        Err(ImportError::TooLarge {
            bytes: 400 * 1024 * 1024
        })
    );
    for odd in [f64::NAN, f64::INFINITY, -1.0] {
        assert!(check_import_size(odd).is_err(), "{odd}");
    }
}

#[test]
fn aftercare_import_validates() {
    let today = d("2024-06-01");
    assert_eq!(import_json("", today), Err(ImportError::Empty));
    assert_eq!(import_json("\u{feff} ", today), Err(ImportError::Empty));
    let big = format!(
        "{V2_FIXTURE}{}",
        " ".repeat(MAX_IMPORT_BYTES + 1 - V2_FIXTURE.len())
    );
    assert_eq!(
        import_json(&big, today),
        Err(ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
    assert!(ImportError::TooLarge {
        bytes: MAX_IMPORT_BYTES + 1
    }
    .message()
    .contains("256 KB"));

    let future = import_json(V2_FIXTURE, d("2024-05-09")).unwrap_err();
    assert_eq!(
        future,
        ImportError::FutureDate {
            name: "Face".into(),
            date: d("2024-05-10")
        }
    );
    assert!(future.message().contains("after today"));

    let ok = import_json(&format!("\u{feff}{V2_FIXTURE}"), today).unwrap();
    assert!(
        ok.iter()
            .all(|p| p.ticks.iter().all(|k| !k.starts_with("retired"))),
        "unknown task ids dropped"
    );
    assert_eq!(
        import_json(V1_FIXTURE, today).unwrap().len(),
        3,
        "old exports import too"
    );

    let long = format!(
        r#"{{"version":2,"plans":[{{"id":"a","name":"{}","procedure":"dermal","date":"2024-03-01"}}]}}"#,
        "n".repeat(500)
    );
    assert_eq!(
        import_json(&long, today)
            .unwrap()
            .get("a")
            .unwrap()
            .name
            .len(),
        MAX_NAME_CHARS
    );

    let too_many = format!(
        r#"{{"version":2,"plans":[{}]}}"#,
        (0..21)
            .map(|i| format!(
                r#"{{"id":"p{i}","name":"n","procedure":"dermal","date":"2024-03-01"}}"#
            ))
            .collect::<Vec<_>>()
            .join(",")
    );
    assert!(matches!(
        import_json(&too_many, today),
        Err(ImportError::Invalid { .. })
    ));
    // The page says "Nothing was imported: " before the reason; the reason does not say it
    // again, and says what is wrong in the reader's words, not the parser's.
    let e = import_json("<html>", today).unwrap_err();
    assert!(
        !e.message().contains("Nothing was imported"),
        "{}",
        e.message()
    );
    assert!(
        e.message().contains("not valid JSON (line 1, column 1)"),
        "{}",
        e.message()
    );
    let tattoo = r#"{"version":2,"plans":[{"id":"p1","name":"n","procedure":"tattoo","date":"2024-03-01"}]}"#;
    let e = import_json(tattoo, today).unwrap_err().message();
    assert!(
        e.contains("plan 1: a value is missing, or is not one Dermamap knows"),
        "{e}"
    );
    assert!(!e.contains("variant") && !e.contains('`'), "{e}");
}
