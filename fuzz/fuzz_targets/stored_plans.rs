//! `aftercare::decode` on any stored record (localStorage is outside input: other tabs,
//! older and newer Dermamap versions, hand edits, extensions).
//!
//! Properties: never panics; what loads (current or migrated) satisfies the plan limits, and
//! `encode` -> `decode` gives `Loaded` with equal plans; migrations come from older versions;
//! reasons are short; a newer record is never writable, and its readable plans round-trip too.
#![no_main]

use dermamap_core::aftercare::{decode, encode, Decoded, CURRENT_VERSION};
use dermamap_fuzz::check_plans;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let decoded = decode(Some(&raw));
    match &decoded {
        Decoded::Empty => {
            let body = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
            assert!(body.trim().is_empty(), "Empty for non-blank input");
        }
        Decoded::Loaded(plans) | Decoded::Migrated { plans, .. } => {
            if let Decoded::Migrated { from, .. } = &decoded {
                assert!(
                    (1..CURRENT_VERSION).contains(from),
                    "migrated from version {from}"
                );
            }
            check_plans(plans);
            let stored = encode(plans);
            let reloaded = decode(Some(&stored));
            assert_eq!(
                reloaded,
                Decoded::Loaded(plans.clone()),
                "encode -> decode changed the plans (stored {stored})"
            );
            assert_eq!(encode(plans), stored, "encode is not deterministic");
        }
        Decoded::Corrupt { reason } => {
            assert!(!reason.is_empty(), "empty reason");
            assert!(
                reason.chars().count() <= 201,
                "reason of {} characters",
                reason.chars().count()
            );
            assert!(
                !reason.chars().any(char::is_control),
                "control characters in reason {reason:?}"
            );
        }
        Decoded::FromNewerVersion { version, readable } => {
            assert!(*version > CURRENT_VERSION, "newer version {version}");
            assert!(!decoded.may_write(), "a newer record must be read-only");
            if let Some(plans) = readable {
                check_plans(plans);
                let stored = encode(plans);
                assert_eq!(
                    decode(Some(&stored)),
                    Decoded::Loaded(plans.clone()),
                    "readable plans do not round-trip"
                );
            }
        }
    }
    if !matches!(decoded, Decoded::FromNewerVersion { .. }) {
        assert!(decoded.may_write());
    }
});
