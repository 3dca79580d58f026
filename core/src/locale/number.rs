//! Numbers the local way: the decimal mark and the grouping of digits (CLDR's rules for each
//! language: Spanish leaves four-digit numbers ungrouped).

use super::Lang;

/// The decimal mark: `.` in English, `,` in Spanish and German.
pub fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Es | Lang::De => ',',
    }
}

/// A whole number with its thousands grouped: `1,200` (en), `1200` and `12.000` (es),
/// `1.200` (de).
pub fn whole(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (separator, min_len) = match lang {
        Lang::En => (',', 4),
        Lang::De => ('.', 4),
        // CLDR: Spanish groups only from five digits on.
        Lang::Es => ('.', 5),
    };
    if digits.len() < min_len {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    let lead = digits.len() % 3;
    for (i, c) in digits.chars().enumerate() {
        if i != 0 && (i + 3 - lead).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A decimal given as `units` of `10^-places` (1.25 mm is `decimal(lang, 125, 2)`), written
/// with the language's decimal mark and grouping. Trailing zeros after the mark are left
/// off (`1.50` is `1.5`), so a figure is never shown more precise than it is given.
pub fn decimal(lang: Lang, units: u64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let (int, mut frac) = (units / scale, units % scale);
    let mut width = places as usize;
    while width > 0 && frac.is_multiple_of(10) {
        frac /= 10;
        width -= 1;
    }
    let int = whole(lang, int);
    if width == 0 {
        int
    } else {
        format!("{int}{}{frac:0width$}", decimal_mark(lang))
    }
}

/// A figure already written the English way (`"0.25–0.5 mm"`, `"5.2"`) with the active
/// language's decimal mark (`"0,25–0,5 mm"`). Only for text whose every `.` is a decimal
/// mark between digits.
pub fn local_decimal(english: String) -> String {
    let mark = decimal_mark(super::catalog::active_lang());
    if mark == '.' {
        return english;
    }
    let chars: Vec<char> = english.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_digits = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if c == '.' && between_digits {
                mark
            } else {
                c
            }
        })
        .collect()
}
