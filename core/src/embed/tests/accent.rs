//! The studio's accent colour: read as hex, kept only with enough contrast.

use super::{cfg, notice_for};
use crate::embed::{contrast_ratio, ratio_text, Accent, Rgb};
use crate::query;

#[test]
fn contrast_known_pairs() {
    let white = Rgb::WHITE;
    let close = |a: f64, b: f64| (a - b).abs() < 0.005;
    assert!(close(contrast_ratio(Rgb::BLACK, white), 21.0));
    assert!(close(contrast_ratio(white, white), 1.0));
    let c777 = Rgb::parse_hex("#777777").unwrap();
    let c767 = Rgb::parse_hex("#767676").unwrap();
    assert!(
        close(contrast_ratio(c777, white), 4.48),
        "{}",
        contrast_ratio(c777, white)
    );
    assert!(
        close(contrast_ratio(c767, white), 4.54),
        "{}",
        contrast_ratio(c767, white)
    );
    assert!(Accent::new(c777).is_err());
    assert!(Accent::new(c767).is_ok());
    // Order does not matter.
    assert_eq!(contrast_ratio(c777, white), contrast_ratio(white, c777));
    // Well-known values: pure red 4.00, pure blue 8.59, #595959 7.00.
    assert!(close(contrast_ratio(Rgb::new(255, 0, 0), white), 4.0));
    assert!(close(contrast_ratio(Rgb::new(0, 0, 255), white), 8.59));
    assert!(close(
        contrast_ratio(Rgb::parse_hex("595959").unwrap(), white),
        7.0
    ));
    // Dermamap's own accent passes.
    assert!(Accent::new(Rgb::parse_hex("#7a3e65").unwrap()).is_ok());
    assert_eq!(ratio_text(contrast_ratio(c777, white)), "4.48:1");
    assert_eq!(ratio_text(4.4999), "4.49:1");
    assert_eq!(ratio_text(4.5), "4.50:1");
}

#[test]
fn accents_table() {
    assert_eq!(
        cfg("accent=%23a36").accent.map(Accent::css).as_deref(),
        Some("#aa3366")
    );
    assert_eq!(
        cfg("accent=0B5D5B").accent.map(Accent::css).as_deref(),
        Some("#0b5d5b")
    );
    assert_eq!(cfg("accent=").accent, None);
    for bad in [
        "red",
        "#12345",
        "#1234567",
        "#ggg",
        "rgb(0,0,0)",
        "#",
        "#12",
        "url(x)",
        "#fff;x:y",
    ] {
        let n = notice_for(&format!("accent={}", query::encode(bad)), "accent");
        assert!(
            n.message.contains("not a hex colour"),
            "{bad}: {}",
            n.message
        );
    }
    let n = notice_for("accent=%23777777", "accent");
    assert!(n.message.contains("4.48:1"), "{}", n.message);
    assert!(n.message.contains("too light"));
    let n = notice_for("accent=fff", "accent");
    assert!(n.message.contains("1.00:1"), "{}", n.message);
}
