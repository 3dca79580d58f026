//! Static data.

use super::*;

#[test]
fn aftercare_every_task_is_sourced_and_well_formed() {
    let mut all_ids = BTreeSet::new();
    for p in Procedure::ALL {
        let data = aftercare_plan(p);
        assert_eq!(data.procedure, p);
        assert!(!data.tasks.is_empty());
        for t in data.tasks {
            assert!(all_ids.insert(t.id), "task id {} used twice", t.id);
            assert!(
                t.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                t.id
            );
            assert!(!t.sources.is_empty(), "{} cites no source", t.id);
            assert!(t.why.len() > 40, "{} does not say why", t.id);
            assert!(!t.title.is_empty());
            assert!(t.from_day <= t.last_day(data.last_day), "{}", t.id);
            assert!(t.to_day.is_none_or(|to| to <= data.last_day), "{}", t.id);
            assert_ne!(
                phase_on(p, i64::from(t.from_day)),
                Phase::Complete,
                "{}",
                t.id
            );
        }
        // Phases cover every day of the plan, in order, without gaps.
        let mut next = 0;
        for ph in data.phases {
            assert_eq!(ph.from_day, next, "{p:?} {:?}", ph.phase);
            assert!(ph.from_day <= ph.to_day && !ph.sources.is_empty() && !ph.summary.is_empty());
            next = ph.to_day + 1;
        }
        assert_eq!(next, data.last_day + 1);
        assert!(!data.closing.sources.is_empty());
        for kd in data.key_dates {
            assert!(
                kd.from_day <= kd.to_day && kd.to_day <= data.last_day && !kd.sources.is_empty(),
                "{}",
                kd.id
            );
        }
    }
    assert_eq!(DERMAL.last_day, 180);
    // Up to the next session: “What is micro needling” says to repeat after four to five weeks.
    assert_eq!(MICRONEEDLING.last_day, 35);
}

#[test]
fn aftercare_sources_say_what_the_brief_requires() {
    let cites = |p: Procedure, id: &str, s: SourceId| task(p, id).unwrap().sources.contains(&s);
    assert!(cites(Dermal, "dermal-plaster", SourceId::Seed001));
    assert!(cites(Dermal, "dermal-clean", SourceId::AppAftercare));
    assert!(cites(Dermal, "dermal-clean", SourceId::Seed000));
    assert!(task(Dermal, "dermal-clean").unwrap().title.contains("0.9%"));
    assert!(cites(Microneedling, "mn-no-washing", SourceId::Seed003));
    assert!(cites(Microneedling, "mn-sunscreen", SourceId::Seed002));
    assert!(cites(Microneedling, "mn-sunscreen", SourceId::Seed004));
    assert!(cites(Microneedling, "mn-moisturise", SourceId::Seed004));
    assert!(cites(Microneedling, "mn-next-session", SourceId::Seed004));
    assert!(DERMAL.closing.text.contains("longer"));
}

#[test]
fn aftercare_warning_signs_are_sourced() {
    let mut seen = BTreeSet::new();
    for s in WARNING_SIGNS {
        assert!(seen.insert(s.id), "{}", s.id);
        assert!(!s.sources.is_empty() && !s.label.is_empty());
        assert_eq!(warning_sign(s.id), Some(s));
    }
    // The urgent tier has the signs the professional sources name, for both procedures.
    for id in [
        "fever",
        "nausea",
        "spreading-redness",
        "heat",
        "pus",
        "mn-fever",
        "mn-pus",
        "mn-spreading-redness",
    ] {
        let s = warning_sign(id).unwrap();
        assert_eq!(s.urgency, Urgency::MedicalHelpNow, "{id}");
        assert!(
            s.sources.contains(&SourceId::AppBenelux) || s.sources.contains(&SourceId::Nhs),
            "{id}"
        );
    }
    assert!(warning_sign("spreading-redness")
        .unwrap()
        .label
        .contains("1.5 cm"));
    // Every infection sign after a dermal is in the urgent tier (NHS: "straight away").
    assert!(warning_signs(Dermal)
        .filter(|s| s.kind == SignKind::Infection)
        .all(|s| s.urgency == Urgency::MedicalHelpNow));
    assert_eq!(
        warning_signs(Dermal)
            .filter(|s| s.kind == SignKind::Rejection)
            .count(),
        3
    );
    // The effects the article says to see a physician about: the middle tier, never normal.
    assert!(warning_signs(Microneedling)
        .filter(|s| s.kind == SignKind::SeriousReaction)
        .all(|s| s.urgency == Urgency::SeePractitioner && s.sources == [SourceId::Seed002]));
    for p in [Dermal, Microneedling] {
        let (normal, _) = normal_now(p);
        assert!(
            !normal.to_lowercase().contains("peeling are normal") && !normal.contains("flaking")
        );
    }
    // Each sign of rejection cites a page that names it (see the sources' own test,
    // `each_sign_of_rejection_cites_a_page_that_names_it`).
    assert!(warning_signs(Dermal)
        .filter(|s| s.kind == SignKind::Rejection)
        .all(|s| s.sources.iter().all(|id| matches!(
            id,
            SourceId::CentralBodyArt | SourceId::PiercingBible | SourceId::BodyJewelry
        ))));
}

/// What "What is normal now" calls normal and a sign calls a reason to get medical help now is
/// shown as the sources differ: the normal text names the sign's sources and what they say.
#[test]
fn normal_redness_and_redness_as_a_sign_of_infection_say_who_says_what() {
    let (normal, cited) = normal_now(Dermal);
    let normal = normal.to_string();
    let urgent: Vec<_> = warning_signs(Dermal)
        .filter(|s| s.urgency == Urgency::MedicalHelpNow && s.id == "rash")
        .collect();
    assert_eq!(urgent.len(), 1);
    assert!(
        normal.contains("redness") && normal.contains("Sources differ on redness"),
        "{normal}"
    );
    for source in urgent[0].sources {
        assert!(
            cited.contains(source),
            "{source:?} counts redness as a sign of infection"
        );
    }
}
