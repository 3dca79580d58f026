//! Quantities in the content: ordered, in range, in units that fit their kind, needle depths
//! only where they belong and as the depth guide gives them.

use super::*;

#[test]
fn quantities_ordered_and_in_range() {
    for f in all_facts() {
        let Some(q) = f.quantity else { continue };
        assert!(q.is_ordered(), "unordered quantity in: {}", f.text);
        match q {
            Quantity::Pain(s) => assert!(
                s.min >= 0.0 && s.max <= 10.0,
                "pain off the 0-10 scale: {}",
                f.text
            ),
            Quantity::Millimetres(s) => assert!(
                s.min > 0.0 && s.max <= 2.5,
                "needle length outside the sources' 0.5-2.5 mm: {}",
                f.text
            ),
            Quantity::Sessions(s) => assert!(s.min >= 1, "zero sessions: {}", f.text),
            Quantity::UsdCents(s) => assert!(s.min > 0, "free procedure: {}", f.text),
            Quantity::Days(_) | Quantity::Weeks(_) | Quantity::Months(_) => {}
        }
    }
}

#[test]
fn quantity_units_fit_the_kind() {
    for f in all_facts() {
        let Some(q) = f.quantity else { continue };
        let ok = match f.kind {
            FactKind::Pain => matches!(q, Quantity::Pain(_)),
            FactKind::NeedleDepthThin | FactKind::NeedleDepthThick => {
                matches!(q, Quantity::Millimetres(_))
            }
            FactKind::Cost => matches!(q, Quantity::UsdCents(_)),
            FactKind::Downtime => matches!(q, Quantity::Days(_)),
            FactKind::Healing => matches!(
                q,
                Quantity::Days(_) | Quantity::Weeks(_) | Quantity::Months(_)
            ),
            FactKind::Sessions => matches!(q, Quantity::Sessions(_) | Quantity::Weeks(_)),
            FactKind::Overview | FactKind::HomeRollers => matches!(q, Quantity::Millimetres(_)),
            _ => false,
        };
        assert!(ok, "{:?} fact with {:?}: {}", f.kind, q, f.text);
        if matches!(q, Quantity::Pain(_)) {
            assert_eq!(f.kind, FactKind::Pain);
        }
    }
}

#[test]
fn needle_depths_only_for_needling_and_thin_not_deeper_than_thick() {
    for r in regions() {
        for f in r.facts {
            if matches!(
                f.kind,
                FactKind::NeedleDepthThin | FactKind::NeedleDepthThick | FactKind::Downtime
            ) {
                assert_eq!(
                    f.procedure,
                    Procedure::Microneedling,
                    "{}: {}",
                    r.id,
                    f.text
                );
                assert!(
                    f.sources.contains(&DrPen),
                    "{}: depth and downtime come from the depth guide",
                    r.id
                );
            }
        }
        let thin = r.fact(FactKind::NeedleDepthThin, Procedure::Microneedling);
        let thick = r.fact(FactKind::NeedleDepthThick, Procedure::Microneedling);
        assert_eq!(
            thin.is_some(),
            thick.is_some(),
            "{} has only one of thin/thick depth",
            r.id
        );
        if let (Some(a), Some(b)) = (thin, thick) {
            match (a.quantity, b.quantity) {
                (Some(Quantity::Millimetres(a)), Some(Quantity::Millimetres(b))) => {
                    assert!(
                        a.min <= b.min && a.max <= b.max,
                        "{}: thin skin deeper than thick",
                        r.id
                    )
                }
                other => panic!("{}: depth without millimetres: {other:?}", r.id),
            }
        }
    }
    // Areas the depth guide does not cover have no depth at all.
    for id in ["nose", "neck", "back", "scalp"] {
        assert!(
            region(id)
                .unwrap()
                .fact(FactKind::NeedleDepthThin, Procedure::Microneedling)
                .is_none(),
            "{id}"
        );
    }
}

#[test]
fn depth_guide_figures_by_area() {
    let depth = |id: &str, kind| match region(id)
        .unwrap()
        .fact(kind, Procedure::Microneedling)
        .unwrap()
        .quantity
    {
        Some(Quantity::Millimetres(s)) => (s.min, s.max),
        other => panic!("{other:?}"),
    };
    assert_eq!(depth("forehead", FactKind::NeedleDepthThin), (0.25, 0.5));
    assert_eq!(depth("forehead", FactKind::NeedleDepthThick), (0.5, 0.75));
    assert_eq!(
        depth("around-eyes", FactKind::NeedleDepthThin),
        (0.25, 0.25)
    );
    assert_eq!(
        depth("around-eyes", FactKind::NeedleDepthThick),
        (0.25, 0.5)
    );
    assert_eq!(depth("cheeks", FactKind::NeedleDepthThin), (0.5, 1.0));
    assert_eq!(depth("chin-jaw", FactKind::NeedleDepthThick), (1.0, 2.0));
    assert_eq!(depth("scars", FactKind::NeedleDepthThin), (1.0, 1.25));
    assert_eq!(depth("scars", FactKind::NeedleDepthThick), (1.5, 2.0));
    for id in ["abdomen", "thighs", "legs"] {
        assert_eq!(depth(id, FactKind::NeedleDepthThin), (1.5, 2.0));
        assert_eq!(depth(id, FactKind::NeedleDepthThick), (1.5, 2.0));
    }
}
