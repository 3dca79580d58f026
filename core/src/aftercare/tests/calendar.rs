//! Calendar.

use super::*;

#[test]
fn aftercare_ics_is_valid() {
    let mut plans = Plans::new();
    let name = "Hip, left; \\ \"ouch\" — ünïcödé ✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨";
    assert!(name.chars().count() <= MAX_NAME_CHARS);
    let id = plans
        .add(
            NewPlan {
                name: name.into(),
                ..new_plan(Dermal, "2024-02-29")
            },
            d("2024-06-01"),
        )
        .unwrap();
    let plan = plans.get(&id).unwrap();
    let ics = calendar_ics(plan, "20240601T101500Z");

    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'),
        "CRLF only"
    );
    for physical in ics.split("\r\n") {
        assert!(
            physical.len() <= 75,
            "{} octets: {physical}",
            physical.len()
        );
    }
    let lines = unfold(&ics);
    assert_eq!(lines[0], "BEGIN:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
        DERMAL.key_dates.len()
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| *l == "DTSTAMP:20240601T101500Z")
            .count(),
        DERMAL.key_dates.len()
    );
    let uids: BTreeSet<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), DERMAL.key_dates.len());
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240314".to_string()),
        "plaster off on day 14"
    );
    assert!(lines.contains(&"DTEND;VALUE=DATE:20240315".to_string()));
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240529".to_string()),
        "day 90"
    );
    let summary = format!("SUMMARY:{}: plaster can come off", escape_text(name));
    assert!(lines.contains(&summary), "{lines:#?}");
    assert!(summary.contains(r"Hip\, left\; \\ "));
    assert!(lines
        .iter()
        .filter(|l| l.starts_with("DESCRIPTION:"))
        .all(|l| l.contains("\\n\\nSources: ")));

    // Microneedling: the next session is a one-week window (weeks four to five), DTEND exclusive.
    let (plans, id) = one_plan(Microneedling, "2024-01-10");
    let lines = unfold(&calendar_ics(plans.get(&id).unwrap(), "not a stamp"));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20240207".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20240215".to_string()));
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240117".to_string()),
        "sunscreen week ends on day 7"
    );
    assert!(
        lines.contains(&"DTSTAMP:20240110T000000Z".to_string()),
        "invalid stamps fall back"
    );
}

#[test]
fn aftercare_ics_escaping_and_folding() {
    assert_eq!(
        escape_text("a,b;c\\d\ne\r\nf\rg\u{0}h\ti"),
        "a\\,b\\;c\\\\d\\ne\\nf\\ngh i"
    );
    let mut out = String::new();
    fold_line(&"x".repeat(75), &mut out);
    assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    out.clear();
    fold_line(&"x".repeat(76), &mut out);
    assert_eq!(out, format!("{}\r\n x\r\n", "x".repeat(75)));
    out.clear();
    // 74 ASCII + a 4-byte emoji: the emoji must move whole to the next line.
    fold_line(&format!("{}😀", "a".repeat(74)), &mut out);
    assert_eq!(out, format!("{}\r\n 😀\r\n", "a".repeat(74)));
}
