//! Schedule.

use super::*;

#[test]
fn aftercare_dermal_days() {
    let v = view_on(Dermal, 0);
    assert_eq!(
        (v.day_number, v.phase, v.complete),
        (0, Phase::ProcedureDay, false)
    );
    let today = ids(&v.today_tasks);
    for id in [
        "dermal-plaster",
        "dermal-clean",
        "dermal-clean-hands",
        "dermal-dry",
        "dermal-no-soaking",
        "dermal-hands-off",
        "dermal-loose-clothes",
        "dermal-no-products",
        "dermal-no-contact",
    ] {
        assert!(today.contains(&id), "{id} on day 0");
    }
    assert!(!today.contains(&"dermal-plaster-off"));
    assert_eq!(
        upcoming_ids(&v),
        ["dermal-plaster-off", "dermal-healing-check"]
    );
    assert_eq!(v.upcoming[0].in_days, 14);
    assert_eq!(v.upcoming[0].starts, d("2024-01-24"));
    assert_eq!(v.phase_info.unwrap().title.en(), "Procedure day");
    assert!(v.closing.is_none());

    for day in [1, 6] {
        let v = view_on(Dermal, day);
        assert_eq!(v.phase, Phase::Early);
        assert!(ids(&v.today_tasks).contains(&"dermal-plaster"));
        assert_eq!(
            v.today_tasks
                .iter()
                .find(|t| t.task.id == "dermal-plaster")
                .unwrap()
                .key,
            format!("dermal-plaster@{day}")
        );
    }

    // Day 13: last plaster day; day 14: it can come off.
    let v = view_on(Dermal, 13);
    assert_eq!(v.phase, Phase::Early);
    let plaster = v
        .today_tasks
        .iter()
        .find(|t| t.task.id == "dermal-plaster")
        .unwrap();
    assert!(plaster.last_day);
    assert_eq!(plaster.to, d("2024-01-23"));
    assert!(!ids(&v.today_tasks).contains(&"dermal-plaster-off"));
    let v = view_on(Dermal, 14);
    assert_eq!(v.phase, Phase::Healing);
    assert!(!ids(&v.today_tasks).contains(&"dermal-plaster"));
    assert!(ids(&v.today_tasks).contains(&"dermal-plaster-off"));
    assert_eq!(upcoming_ids(&v), ["dermal-healing-check"]);

    let v = view_on(Dermal, 45);
    assert_eq!(v.phase, Phase::Healing);
    assert!(ids(&v.today_tasks).contains(&"dermal-clean"));
    assert!(!ids(&v.today_tasks).contains(&"dermal-plaster-off"));

    assert_eq!(view_on(Dermal, 89).phase, Phase::Healing);
    let v = view_on(Dermal, 90);
    assert_eq!(v.phase, Phase::Settling);
    assert!(ids(&v.today_tasks).contains(&"dermal-healing-check"));
    assert!(v.upcoming.is_empty());

    let v = view_on(Dermal, 180);
    assert!(!v.complete);
    assert!(v
        .today_tasks
        .iter()
        .all(|t| t.last_day || t.task.repeat == Repeat::Once || t.task.to_day.is_some()));
    let v = view_on(Dermal, 181);
    assert!(v.complete);
    let v = view_on(Dermal, 200);
    assert_eq!((v.phase, v.complete), (Phase::Complete, true));
    assert!(v.today_tasks.is_empty() && v.upcoming.is_empty() && v.phase_info.is_none());
    assert!(v.closing.unwrap().text.contains("take longer"));
}

#[test]
fn aftercare_microneedling_days() {
    let v = view_on(Microneedling, 0);
    assert_eq!(v.phase, Phase::ProcedureDay);
    let today = ids(&v.today_tasks);
    for id in [
        "mn-no-washing",
        "mn-no-heat",
        "mn-makeup-when",
        "mn-no-actives",
        "mn-moisturise",
        "mn-no-needling",
    ] {
        assert!(today.contains(&id), "{id} on day 0");
    }
    assert!(!today.contains(&"mn-sunscreen"));
    assert_eq!(upcoming_ids(&v), ["mn-sunscreen", "mn-next-session"]);

    let v = view_on(Microneedling, 1);
    let today = ids(&v.today_tasks);
    assert_eq!(v.phase, Phase::Early);
    assert!(
        today.contains(&"mn-sunscreen")
            && today.contains(&"mn-makeup-when")
            && today.contains(&"mn-no-heat")
    );
    assert!(!today.contains(&"mn-no-washing"));

    let v = view_on(Microneedling, 6);
    let today = ids(&v.today_tasks);
    assert!(today.contains(&"mn-sunscreen") && today.contains(&"mn-no-actives"));
    assert!(!today.contains(&"mn-no-heat"));
    // The source gives no number of days without make-up: a question to ask, once, in the
    // first week, not a ban that ends on a day of Dermamap's choosing.
    let makeup = super::super::by_procedure::task(Microneedling, "mn-makeup-when").unwrap();
    assert_eq!(makeup.repeat, Repeat::Once);
    assert!(today.contains(&"mn-makeup-when"));
    assert!(super::super::by_procedure::task(Microneedling, "mn-no-makeup").is_none());

    let v = view_on(Microneedling, 7);
    assert_eq!(v.phase, Phase::Early);
    assert!(ids(&v.today_tasks).contains(&"mn-sunscreen"));
    // “At least a week” away from harsh chemicals: days 0 to 7.
    assert!(ids(&v.today_tasks).contains(&"mn-no-actives"));
    let v = view_on(Microneedling, 8);
    assert!(!ids(&v.today_tasks).contains(&"mn-no-actives"));
    assert_eq!(v.phase, Phase::Healing);
    assert!(!ids(&v.today_tasks).contains(&"mn-sunscreen"));

    for day in [13, 14, 27] {
        let v = view_on(Microneedling, day);
        assert_eq!(
            ids(&v.today_tasks),
            ["mn-moisturise", "mn-no-needling"],
            "day {day}"
        );
        assert_eq!(upcoming_ids(&v), ["mn-next-session"]);
    }
    let v = view_on(Microneedling, 28);
    assert_eq!(ids(&v.today_tasks), ["mn-moisturise", "mn-next-session"]);
    let next = &v.today_tasks[1];
    assert_eq!((next.from, next.to), (d("2024-02-07"), d("2024-02-14")));
    assert_eq!(next.key, "mn-next-session");

    let v = view_on(Microneedling, 35);
    assert!(!v.complete && ids(&v.today_tasks).contains(&"mn-next-session"));
    let v = view_on(Microneedling, 38);
    assert!(v.complete && v.today_tasks.is_empty());
    let v = view_on(Microneedling, 200);
    assert_eq!((v.phase, v.complete), (Phase::Complete, true));
    assert!(v.closing.is_some());
}

#[test]
fn aftercare_before_the_procedure_day() {
    // A clock moved back, or an import from another time zone: shown, not crashed.
    let v = view_on(Dermal, -3);
    assert_eq!(
        (v.day_number, v.phase, v.complete),
        (-3, Phase::BeforeProcedure, false)
    );
    assert!(v.today_tasks.is_empty());
    assert_eq!(v.upcoming.len(), DERMAL.tasks.len());
    assert_eq!(v.upcoming[0].in_days, 3);
}

#[test]
fn aftercare_leap_days() {
    let (plans, id) = one_plan(Dermal, "2024-02-29");
    let plan = plans.get(&id).unwrap();
    let later = plan.date.add_days(365);
    assert_eq!(later, d("2025-02-28"));
    assert_eq!(plan.day_number(later), 365);
    assert_eq!(plan.day_number(d("2025-03-01")), 366);
    assert!(plan.is_complete(later));
    let v = today_view(plan, d("2024-03-14"));
    assert_eq!(v.day_number, 14);
    assert!(ids(&v.today_tasks).contains(&"dermal-plaster-off"));
    // Across the end of February in a common year and a leap year.
    let (plans, id) = one_plan(Microneedling, "2023-02-20");
    assert_eq!(plans.get(&id).unwrap().day_number(d("2023-03-01")), 9);
    let (plans, id) = one_plan(Microneedling, "2024-02-20");
    assert_eq!(plans.get(&id).unwrap().day_number(d("2024-03-01")), 10);
}

#[test]
fn aftercare_old_plans_are_complete() {
    let (plans, id) = one_plan(Dermal, "2001-09-09");
    let plan = plans.get(&id).unwrap();
    let v = today_view(plan, d("2026-11-21"));
    assert!(v.complete && v.day_number > 9000);
    let (plans, id) = one_plan(Microneedling, "1900-01-01");
    assert!(plans.get(&id).unwrap().is_complete(d("9999-12-31")));
}
