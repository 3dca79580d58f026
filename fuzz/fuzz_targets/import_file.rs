//! `aftercare::import_json` on any file the person picks.
//!
//! Properties, for a `today` in the past (2024-06-01) and the last representable date:
//! never panics; what imports satisfies the plan limits and starts no later than today;
//! `export_json` -> `import_json` gives the same plans, and the export fits the import limit
//! and loads as the current stored record; errors say something and match their cause; with
//! the last date as today, import accepts exactly what `decode` loads.
#![no_main]

use dermamap_core::aftercare::{
    decode, export_json, import_json, Date, Decoded, ImportError, CURRENT_VERSION, MAX_IMPORT_BYTES,
};
use dermamap_fuzz::check_plans;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let past = Date::new(2024, 6, 1).expect("a real date");
    for today in [past, Date::MAX] {
        let result = import_json(&text, today);
        match &result {
            Ok(plans) => {
                check_plans(plans);
                assert!(
                    plans.iter().all(|p| p.date <= today),
                    "a plan starts after {today}"
                );
                let file = export_json(plans);
                assert!(
                    file.len() <= MAX_IMPORT_BYTES,
                    "export of {} bytes cannot be imported",
                    file.len()
                );
                assert_eq!(
                    import_json(&file, today).as_ref(),
                    Ok(plans),
                    "export -> import changed the plans"
                );
                assert_eq!(
                    decode(Some(&file)),
                    Decoded::Loaded(plans.clone()),
                    "an export does not load as a record"
                );
            }
            Err(e) => {
                assert!(!e.message().is_empty());
                match e {
                    ImportError::TooLarge { bytes } => assert!(*bytes > MAX_IMPORT_BYTES),
                    ImportError::NewerVersion { version } => assert!(*version > CURRENT_VERSION),
                    ImportError::FutureDate { date, .. } => assert!(*date > today),
                    ImportError::Invalid { reason } => assert!(reason.chars().count() <= 201),
                    ImportError::Empty => {}
                }
            }
        }
        if today == Date::MAX && text.len() <= MAX_IMPORT_BYTES {
            match decode(Some(&text)) {
                Decoded::Loaded(plans) | Decoded::Migrated { plans, .. } => {
                    assert_eq!(result, Ok(plans), "decode loads what import refuses");
                }
                other => assert!(
                    result.is_err(),
                    "import accepts what decode reads as {other:?}"
                ),
            }
        }
    }
});
