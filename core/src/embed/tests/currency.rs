//! The currencies a studio may price in, and the notice for any other.

use super::{cfg, notice_for};
use crate::embed::{supported_currency, SUPPORTED_CURRENCIES};
use crate::estimator::Currency;
use crate::query;

#[test]
fn currencies() {
    assert_eq!(cfg("cur=eur").currency, Currency::EUR);
    assert_eq!(cfg("cur=+GBP+").currency, Currency::GBP);
    assert_eq!(cfg("cur=").currency, Currency::USD);
    for bad in ["XYZ", "US", "USDD", "€", "usd;"] {
        let n = notice_for(&format!("cur={}", query::encode(bad)), "cur");
        assert!(n.message.contains("US dollars"), "{}", n.message);
    }
    for code in SUPPORTED_CURRENCIES {
        assert_eq!(
            supported_currency(code)
                .map(|c| c.code().to_string())
                .as_deref(),
            Some(*code)
        );
    }
}
