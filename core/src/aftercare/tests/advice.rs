//! Advice.

use super::*;

#[test]
fn aftercare_advice() {
    let none = advice_for(&[]);
    assert_eq!(none.urgency, Urgency::Reassure);
    assert!(!none.sources.is_empty());

    let pus = warning_sign("pus").unwrap();
    let a = advice_for(&[pus, pus]);
    assert_eq!(a.urgency, Urgency::MedicalHelpNow);
    assert!(a.message.contains("Do not take the jewellery out yourself"));
    assert!(a.message.contains("doctor") && a.message.contains("not a diagnosis"));
    assert!(a.sources.contains(&SourceId::Seed000));

    let tilt = warning_sign("top-higher").unwrap();
    let a = advice_for(&[tilt]);
    assert_eq!(a.urgency, Urgency::SeePractitioner);
    assert!(a.message.contains("piercer") && a.sources.contains(&SourceId::CentralBodyArt));

    let peel = warning_sign("mn-peeling").unwrap();
    let a = advice_for(&[peel]);
    assert!(a.message.contains("physician") && a.sources.contains(&SourceId::Seed002));

    let all: Vec<&WarningSign> = WARNING_SIGNS.iter().collect();
    let a = advice_for(&all);
    assert_eq!(a.urgency, Urgency::MedicalHelpNow);
    let mut sorted = a.sources.clone();
    sorted.dedup();
    assert_eq!(sorted, a.sources, "sources listed once");
    for word in ["you have an infection", "diagnosed", "rejecting."] {
        assert!(!a.message.to_lowercase().contains(word));
    }
}

/// Bug: redness, swelling or tenderness getting worse was a weaker tier ("see your piercer or
/// a doctor") than redness alone, though the NHS, which the advice quotes, counts red, swollen,
/// painful skin as signs of infection and says to get medical advice straight away.
#[test]
fn worsening_redness_swelling_or_tenderness_is_medical_help_now() {
    let worse = warning_sign("getting-worse").unwrap();
    let a = advice_for(&[worse]);
    assert_eq!(a.urgency, Urgency::MedicalHelpNow);
    assert!(a.message.contains("straight away") && a.sources.contains(&SourceId::Nhs));
    let rash = warning_sign("rash").unwrap();
    assert!(worse.urgency >= rash.urgency);
}

#[test]
fn aftercare_backup_key() {
    assert_eq!(
        backup_key("20240601T101500Z"),
        "dermamap.aftercare.backup.20240601T101500Z"
    );
    assert_eq!(backup_key("a b/<c>"), "dermamap.aftercare.backup.abc");
    assert!(backup_key("").starts_with(BACKUP_KEY_PREFIX));
    assert_eq!(STORAGE_KEY, "dermamap.aftercare");
}

/// Bug: the signs of rejection said "see your piercer soon". Central Body Art, which the advice
/// cites, says to contact the piercer "as soon as possible" if you suspect rejection, because
/// some anchors can be saved if it is caught early: the advice was weaker than its source.
#[test]
fn rejection_advice_is_as_urgent_as_its_source() {
    for id in ["top-higher", "skin-thinning", "skin-colour"] {
        let a = advice_for(&[warning_sign(id).unwrap()]);
        assert!(a.sources.contains(&SourceId::CentralBodyArt));
        assert!(
            a.message.contains("as soon as possible"),
            "{id}: {}",
            a.message
        );
        assert!(a.message.contains("caught early"), "{id}: {}", a.message);
        assert!(!a.message.contains("piercer soon"), "{id}: {}", a.message);
    }
    let fact = crate::content::all_facts()
        .find(|f| f.sources == [SourceId::CentralBodyArt])
        .expect("the rejection fact");
    assert!(fact.text.contains("as soon as possible"), "{}", fact.text);
}
