//! Checks shared by the fuzz targets in `fuzz_targets/`.

use dermamap_core::aftercare::{task, Plans, MAX_NAME_CHARS, MAX_PLANS};

/// What every set of plans read from outside must satisfy, whatever the input was:
/// the limits `Plans` promises, ids and regions of the documented shape, names cleaned and
/// cut, and only tick keys of the plan's own tasks.
pub fn check_plans(plans: &Plans) {
    assert!(plans.len() <= MAX_PLANS, "{} plans", plans.len());
    let mut ids = std::collections::BTreeSet::new();
    for p in plans {
        assert!(
            (1..=64).contains(&p.id.len())
                && p.id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "bad plan id {:?}",
            p.id
        );
        assert!(ids.insert(p.id.as_str()), "plan id {:?} used twice", p.id);
        let chars = p.name.chars().count();
        assert!(
            (1..=MAX_NAME_CHARS).contains(&chars),
            "name {:?} has {chars} characters",
            p.name
        );
        assert!(
            !p.name.chars().any(|c| c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "name {:?} keeps control or bidi characters",
            p.name
        );
        assert_eq!(p.name.trim(), p.name, "name {:?} is not trimmed", p.name);
        if let Some(r) = &p.region {
            assert!(
                (1..=40).contains(&r.len())
                    && r.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "bad region {r:?}"
            );
        }
        assert!(p.date.year() >= 1900, "date {} before 1900", p.date);
        for key in &p.ticks {
            let id = key.split('@').next().unwrap_or("");
            assert!(
                task(p.procedure, id).is_some(),
                "tick {key:?} is not a task of {:?}",
                p.procedure
            );
        }
    }
}
