//! The studio's accent colour: parsed, and accepted only with enough contrast (WCAG 2).

use super::*;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const WHITE: Rgb = Rgb {
        r: 255,
        g: 255,
        b: 255,
    };
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };

    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Rgb { r, g, b }
    }

    /// `#rgb` or `#rrggbb`, any case; the `#` may be left off (it must be `%23` in a URL).
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let s = s.trim();
        let h = s.strip_prefix('#').unwrap_or(s);
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(h.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
        match h.len() {
            3 => Some(Rgb::new(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb::new(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case: safe to hand to CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn relative_luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }
}

/// WCAG 2 contrast ratio of two colours, 1 to 21, in either order.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A ratio as people read it: `4.48:1`. Never rounds a failing ratio up to a passing one.
pub fn ratio_text(ratio: f64) -> String {
    let mut shown = (ratio * 100.0).round() / 100.0;
    if ratio < MIN_CONTRAST && shown >= MIN_CONTRAST {
        shown = 4.49;
    }
    format!("{shown:.2}:1")
}

/// A studio accent colour that white text on it (buttons, selected tabs) can be read on:
/// at least [`MIN_CONTRAST`] against white. Only [`Accent::new`] makes one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Accent(Rgb);

impl Accent {
    /// The text colour the accent sits under.
    pub const TEXT_ON_ACCENT: Rgb = Rgb::WHITE;

    /// The accent, or the contrast it falls short with.
    pub fn new(colour: Rgb) -> Result<Accent, f64> {
        let ratio = contrast_ratio(colour, Self::TEXT_ON_ACCENT);
        if ratio >= MIN_CONTRAST {
            Ok(Accent(colour))
        } else {
            Err(ratio)
        }
    }

    pub fn rgb(self) -> Rgb {
        self.0
    }

    /// `#rrggbb`: only hex digits, so it can go into a CSS custom property as it is.
    pub fn css(self) -> String {
        self.0.hex()
    }

    pub fn contrast_with_text(self) -> f64 {
        contrast_ratio(self.0, Self::TEXT_ON_ACCENT)
    }
}

// ---------------------------------------------------------------------------------------------
