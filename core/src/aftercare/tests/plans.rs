//! Plans.

use super::*;

#[test]
fn aftercare_add_validates() {
    let today = d("2024-06-01");
    let mut plans = Plans::new();
    let err = plans
        .add(new_plan(Dermal, "2024-06-02"), today)
        .unwrap_err();
    assert_eq!(
        err,
        PlanError::FutureDate {
            date: d("2024-06-02"),
            today
        }
    );
    assert!(err.message().contains("after today"));
    assert!(plans.is_empty());
    assert!(
        plans.add(new_plan(Dermal, "2024-06-01"), today).is_ok(),
        "today is allowed"
    );
    assert_eq!(
        plans.add(new_plan(Dermal, "1899-12-31"), today),
        Err(PlanError::DateTooOld {
            date: d("1899-12-31")
        })
    );

    let id = plans
        .add(
            NewPlan {
                name: "  My \t hip\n dermal \u{0007} ".into(),
                ..new_plan(Dermal, "2024-05-01")
            },
            today,
        )
        .unwrap();
    assert_eq!(plans.get(&id).unwrap().name, "My hip dermal");

    let id = plans
        .add(
            NewPlan {
                region: Some("lower-back".into()),
                ..new_plan(Dermal, "2024-05-01")
            },
            today,
        )
        .unwrap();
    let p = plans.get(&id).unwrap();
    // No name given: none stored (stored data never depends on the language), one shown.
    assert_eq!(p.name, "");
    assert_eq!(p.shown_name(), "Micro-dermal, lower back");
    assert_eq!(p.region.as_deref(), Some("lower-back"));
    let id = plans
        .add(
            NewPlan {
                name: "   ".into(),
                ..new_plan(Microneedling, "2024-05-01")
            },
            today,
        )
        .unwrap();
    assert_eq!(plans.get(&id).unwrap().shown_name(), "Microneedling");

    let sixty = "é".repeat(60);
    assert!(plans
        .add(
            NewPlan {
                name: sixty.clone(),
                ..new_plan(Dermal, "2024-05-01")
            },
            today
        )
        .is_ok());
    let err = plans
        .add(
            NewPlan {
                name: format!("{sixty}x"),
                ..new_plan(Dermal, "2024-05-01")
            },
            today,
        )
        .unwrap_err();
    assert_eq!(err, PlanError::NameTooLong { chars: 61 });
    assert_eq!(
        plans.add(
            NewPlan {
                region: Some("<b>".into()),
                ..new_plan(Dermal, "2024-05-01")
            },
            today
        ),
        Err(PlanError::InvalidRegion)
    );
    assert!(plans
        .add(
            NewPlan {
                region: Some("  ".into()),
                ..new_plan(Dermal, "2024-05-01")
            },
            today
        )
        .is_ok());

    while !plans.is_full() {
        plans.add(new_plan(Dermal, "2024-05-01"), today).unwrap();
    }
    assert_eq!(plans.len(), MAX_PLANS);
    assert_eq!(
        plans.add(new_plan(Dermal, "2024-05-01"), today),
        Err(PlanError::TooManyPlans)
    );
    let unique: BTreeSet<_> = plans.iter().map(|p| p.id.clone()).collect();
    assert_eq!(
        unique.len(),
        MAX_PLANS,
        "identical plans still get distinct ids"
    );
    for p in &plans {
        assert!(p.id.len() <= 64 && p.id.starts_with(p.procedure.slug()));
    }
}

#[test]
fn aftercare_toggle_and_remove() {
    let (mut plans, id) = one_plan(Dermal, "2024-01-10");
    assert!(!plans.is_done(&id, "dermal-plaster", 3));
    assert_eq!(plans.toggle(&id, "dermal-plaster", 3), Ok(true));
    assert!(plans.is_done(&id, "dermal-plaster", 3));
    assert!(
        !plans.is_done(&id, "dermal-plaster", 4),
        "daily ticks are per day"
    );
    assert_eq!(
        plans.toggle(&id, "dermal-plaster", 14),
        Err(PlanError::DayOutsideTask { day: 14 })
    );
    assert_eq!(
        plans.toggle(&id, "mn-sunscreen", 3),
        Err(PlanError::UnknownTask)
    );
    assert_eq!(
        plans.toggle("nope", "dermal-plaster", 3),
        Err(PlanError::NotFound)
    );

    assert_eq!(plans.toggle(&id, "dermal-plaster-off", 15), Ok(true));
    assert!(
        plans.is_done(&id, "dermal-plaster-off", 0),
        "one-off ticks ignore the day"
    );
    assert!(plans.get(&id).unwrap().ticks.contains("dermal-plaster-off"));

    let plan = plans.get(&id).unwrap();
    let v = today_view(plan, plan.date.add_days(3));
    assert!(
        v.today_tasks
            .iter()
            .find(|t| t.task.id == "dermal-plaster")
            .unwrap()
            .done
    );
    assert!(
        !v.today_tasks
            .iter()
            .find(|t| t.task.id == "dermal-clean")
            .unwrap()
            .done
    );
    let v = today_view(plan, plan.date.add_days(16));
    assert!(
        v.today_tasks
            .iter()
            .find(|t| t.task.id == "dermal-plaster-off")
            .unwrap()
            .done
    );

    assert_eq!(plans.toggle(&id, "dermal-plaster", 3), Ok(false));
    assert!(!plans.is_done(&id, "dermal-plaster", 3));
    assert!(plans.remove(&id).is_some());
    assert!(plans.remove(&id).is_none());
    assert!(plans.is_empty());
}
