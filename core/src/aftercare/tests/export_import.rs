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
    assert_eq!(
        mine.clone().merge_import(imported.clone()),
        MAX_PLANS - 1,
        "stops at the limit"
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
    assert_eq!(
        some.merge_import(imported),
        MAX_PLANS - 1,
        "duplicates by id are skipped"
    );
    assert_eq!(some.get(&first.id), Some(&first));
    assert_eq!(some.len(), MAX_PLANS);
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
    let e = import_json("<html>", today).unwrap_err();
    assert!(
        e.message().contains("Nothing was imported"),
        "{}",
        e.message()
    );
}
