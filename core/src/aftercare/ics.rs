//! An iCalendar (RFC 5545) file of a plan's key dates, for any calendar app.

use crate::locale::{fill, tr};

use super::by_procedure::aftercare_plan;
use super::plans::Plan;

/// A VCALENDAR with one all-day VEVENT per key date of the plan's procedure.
///
/// `now_stamp` is the DTSTAMP, a UTC date-time `YYYYMMDDTHHMMSSZ` (e.g. `20240301T120000Z`);
/// anything else is replaced by midnight UTC of the procedure day, so the output is always
/// valid. Lines end in CRLF and are folded at 75 octets on UTF-8 character boundaries.
pub fn calendar_ics(plan: &Plan, now_stamp: &str) -> String {
    let stamp = if is_utc_stamp(now_stamp) {
        now_stamp.to_string()
    } else {
        format!("{}T000000Z", plan.date.to_basic())
    };
    let data = aftercare_plan(plan.procedure);
    let mut out = String::new();
    let mut line = |s: &str| fold_line(s, &mut out);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Dermamap//Aftercare plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape_text(&fill(
            tr!("{} (Dermamap aftercare)"),
            &[("", &plan.shown_name())]
        ))
    ));
    for kd in data.key_dates {
        let start = plan.date.add_days(i64::from(kd.from_day));
        // DTEND of an all-day event is exclusive.
        let end = plan.date.add_days(i64::from(kd.to_day) + 1);
        let sources: Vec<&str> = kd.sources.iter().map(|s| s.short()).collect();
        let description = fill(
            tr!("{}\n\nSources: {}.\n\nFrom Dermamap: general guidance, not medical advice. Follow your piercer or clinician."),
            &[("", &tr(kd.description)), ("", &sources.join(", "))],
        );
        line("BEGIN:VEVENT");
        line(&format!("UID:{}-{}@dermamap", plan.id, kd.id));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", start.to_basic()));
        line(&format!("DTEND;VALUE=DATE:{}", end.to_basic()));
        line(&format!(
            "SUMMARY:{}",
            escape_text(&fill(
                tr!("{}: {}"),
                &[("", &plan.shown_name()), ("", &tr(kd.title))]
            ))
        ));
        line(&format!("DESCRIPTION:{}", escape_text(&description)));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn is_utc_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b[8] == b'T'
        && b[15] == b'Z'
        && b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit)
}

/// RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`, other
/// control characters dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` + CRLF, folded so no physical line exceeds 75 octets: continuation lines
/// start with one space. Never splits a UTF-8 character.
pub fn fold_line(line: &str, out: &mut String) {
    const LIMIT: usize = 75;
    let mut rest = line;
    let mut first = true;
    loop {
        let room = if first { LIMIT } else { LIMIT - 1 };
        if !first {
            out.push(' ');
        }
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
        first = false;
    }
}
