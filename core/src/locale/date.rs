//! Calendar dates the local way.

use super::Lang;
use crate::aftercare::Date;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as people read it: `23 Nov 2026` (en: the month's name, since English readers
/// differ on the order of day and month), `23/11/2026` (es), `23.11.2026` (de).
pub fn short(lang: Lang, date: Date) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match lang {
        Lang::En => format!("{d} {} {y}", MONTHS_EN[usize::from(m - 1)]),
        Lang::Es => format!("{d:02}/{m:02}/{y}"),
        Lang::De => format!("{d:02}.{m:02}.{y}"),
    }
}
