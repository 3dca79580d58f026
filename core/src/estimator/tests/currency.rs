//! Currencies and how amounts read.

use crate::estimator::Currency;
use crate::model::Span;

#[test]
fn currency_formats() {
    assert_eq!(Currency::new("usd"), Ok(Currency::USD));
    assert!(
        Currency::new("US").is_err()
            && Currency::new("U$D").is_err()
            && Currency::new("ÜSD").is_err()
    );
    assert_eq!(Currency::USD.format(0), "$0");
    assert_eq!(Currency::USD.format(5), "$0.05");
    assert_eq!(Currency::USD.format(150_00), "$150");
    assert_eq!(Currency::USD.format(1_234_567_50), "$1,234,567.50");
    assert_eq!(Currency::new("JPY").unwrap().minor_digits(), 0);
    assert_eq!(Currency::new("KRW").unwrap().format(15000), "KRW 15,000");
    assert_eq!(Currency::new("JPY").unwrap().format(1500), "¥1,500");
    assert_eq!(Currency::new("KWD").unwrap().format(1500), "KWD 1.500");
    assert_eq!(Currency::new("chf").unwrap().format(80_00), "CHF 80");
    assert_eq!(Currency::GBP.format_span(Span::new(40_00, 40_00)), "£40");
    assert_eq!(
        Currency::USD.format(u64::MAX),
        "$184,467,440,737,095,516.15"
    );
    let json = serde_json::to_string(&Currency::EUR).unwrap();
    assert_eq!(json, "\"EUR\"");
    assert!(serde_json::from_str::<Currency>("\"EURO\"").is_err());
    assert_eq!(Currency::EUR.format(99_99), "€99.99");
}
