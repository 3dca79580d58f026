//! Which services the studio offers and which tab the embed opens on.

use super::cfg;
use crate::embed::{EmbedTab, Services};
use crate::model::Procedure;

#[test]
fn services_and_tabs() {
    assert_eq!(
        cfg("services=microneedling").services,
        Services::Microneedling
    );
    assert_eq!(cfg("services=BOTH").services, Services::Both);
    assert!(Services::Dermal.includes(Procedure::Dermal));
    assert!(!Services::Dermal.includes(Procedure::Microneedling));
    assert!(Services::Both.includes(Procedure::Microneedling));
    for &t in EmbedTab::ALL {
        assert_eq!(cfg(&format!("tab={}", t.slug())).tab, t);
    }
}
