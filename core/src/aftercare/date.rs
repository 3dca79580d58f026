//! A local calendar date with just the arithmetic aftercare needs: no time zones, no clock.
//! The app reads "today" from the device and passes it in, so everything here is pure.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A valid proleptic-Gregorian calendar date between 0001-01-01 and 9999-12-31.
/// Fields are private so an invalid date (2023-02-29) cannot be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date. [`DateError::message`] says it in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY-MM-DD`.
    Format,
    /// Year outside 0001..=9999.
    Year,
    /// Month outside 1..=12.
    Month,
    /// No such day in that month (2023-02-29, 2024-04-31).
    Day,
}

impl DateError {
    pub fn message(self) -> &'static str {
        match self {
            DateError::Format => tr!("Enter the date as year-month-day, for example 2024-03-01."),
            DateError::Year => tr!("The year must be between 0001 and 9999."),
            DateError::Month => tr!("The month must be between 01 and 12."),
            DateError::Day => tr!("That month has no such day."),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for DateError {}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days from 1970-01-01 to the given civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 }; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`] (Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// A checked constructor.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Year);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day);
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (what `<input type="date">` gives). No surrounding space.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m as u8, d as u8),
            _ => Err(DateError::Format),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_epoch_days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The date `days` after 1970-01-01, if it lies within 0001..=9999.
    pub fn from_epoch_days(days: i64) -> Option<Date> {
        if days < Date::MIN.to_epoch_days() || days > Date::MAX.to_epoch_days() {
            return None;
        }
        let (y, m, d) = civil_from_days(days);
        Date::new(y as i32, m, d).ok()
    }

    /// Whole days from `other` to `self`: `today.days_since(procedure_day)` is the day number.
    pub fn days_since(self, other: Date) -> i64 {
        self.to_epoch_days() - other.to_epoch_days()
    }

    /// `self` moved by `days`, or `None` past 0001-01-01 or 9999-12-31.
    pub fn checked_add_days(self, days: i64) -> Option<Date> {
        self.to_epoch_days()
            .checked_add(days)
            .and_then(Date::from_epoch_days)
    }

    /// `self` moved by `days`, clamped to [`Date::MIN`]..=[`Date::MAX`] (never panics).
    pub fn add_days(self, days: i64) -> Date {
        self.checked_add_days(days)
            .unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    pub fn to_basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// The date as the reader's language writes it (`23 Nov 2026`, `23/11/2026`,
    /// `23.11.2026`); `Display` is the ISO form stored data and links use.
    pub fn local(self) -> String {
        crate::locale::date::short(crate::locale::catalog::active_lang(), self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&text).map_err(|e| serde::de::Error::custom(format_args!("invalid date: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn aftercare_date_parse_and_format() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert_eq!(d("0001-01-01"), Date::MIN);
        assert_eq!(d("9999-12-31"), Date::MAX);
        assert_eq!(Date::parse("2023-02-29"), Err(DateError::Day));
        assert_eq!(Date::parse("1900-02-29"), Err(DateError::Day));
        assert!(Date::parse("2000-02-29").is_ok());
        assert_eq!(Date::parse("2024-13-01"), Err(DateError::Month));
        assert_eq!(Date::parse("2024-00-01"), Err(DateError::Month));
        assert_eq!(Date::parse("2024-04-31"), Err(DateError::Day));
        assert_eq!(Date::parse("0000-01-01"), Err(DateError::Year));
        for bad in [
            "",
            "2024-1-01",
            "2024/01/01",
            " 2024-01-01",
            "2024-01-01 ",
            "+024-01-01",
            "２０２４-01-01",
            "2024-01-0a",
            "20240101",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad:?}");
        }
    }

    #[test]
    fn aftercare_date_arithmetic() {
        assert_eq!(d("1970-01-01").to_epoch_days(), 0);
        assert_eq!(d("2000-03-01").to_epoch_days(), 11_017);
        assert_eq!(d("2024-02-29").add_days(365), d("2025-02-28"));
        assert_eq!(d("2024-02-29").add_days(366), d("2025-03-01"));
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2023-02-28").add_days(1), d("2023-03-01"));
        assert_eq!(d("2024-12-31").add_days(1), d("2025-01-01"));
        assert_eq!(d("2025-03-01").days_since(d("2024-02-29")), 366);
        assert_eq!(d("2024-02-29").days_since(d("2025-03-01")), -366);
        assert_eq!(Date::MAX.add_days(1), Date::MAX);
        assert_eq!(Date::MIN.add_days(-1), Date::MIN);
        assert_eq!(Date::MAX.checked_add_days(1), None);
        assert_eq!(d("2024-01-01").add_days(i64::MAX), Date::MAX);
        assert_eq!(d("2024-01-01").add_days(i64::MIN), Date::MIN);
    }

    #[test]
    fn aftercare_date_round_trips_every_day() {
        let mut prev = Date::MIN;
        for n in Date::MIN.to_epoch_days() + 1..=Date::MAX.to_epoch_days() {
            let date = Date::from_epoch_days(n).unwrap();
            assert!(date > prev);
            assert_eq!(date.to_epoch_days(), n);
            assert_eq!(Date::parse(&date.to_string()), Ok(date));
            prev = date;
        }
        assert_eq!(prev, Date::MAX);
    }

    #[test]
    fn aftercare_date_serde() {
        assert_eq!(
            serde_json::to_string(&d("2024-02-29")).unwrap(),
            "\"2024-02-29\""
        );
        assert_eq!(
            serde_json::from_str::<Date>("\"2024-02-29\"").unwrap(),
            d("2024-02-29")
        );
        assert!(serde_json::from_str::<Date>("\"2023-02-29\"").is_err());
        assert!(serde_json::from_str::<Date>("20240229").is_err());
    }
}
