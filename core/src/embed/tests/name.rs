//! The studio's name: plain text, cleaned and cut to length.

use super::{cfg, notice_for};
use crate::embed::{clean_name, EmbedConfig, NAME_MAX_CHARS};
use crate::query;

#[test]
fn names_are_plain_cleaned_text() {
    assert_eq!(
        cfg("name=+Ink+%26+Steel+").studio_name.as_deref(),
        Some("Ink & Steel")
    );
    assert_eq!(cfg("name=").studio_name, None);
    assert_eq!(cfg("name=+++").studio_name, None);
    // Markup is kept as text: the page renders it as text, never as HTML.
    let html = "<img src=x onerror=alert(1)>";
    assert_eq!(
        cfg(&format!("name={}", query::encode(html)))
            .studio_name
            .as_deref(),
        Some(html)
    );
    // Control and bidi characters go.
    assert_eq!(
        cfg("name=Ink%0A%0D%09%00Steel%E2%80%AE")
            .studio_name
            .as_deref(),
        Some("InkSteel")
    );
    let n = notice_for("name=%01%02", "name");
    assert!(n.message.contains("invisible"));
    // Long names are cut to 60 characters, on a character boundary.
    let long = "é".repeat(70);
    let (c, n) = EmbedConfig::from_query(&format!("name={}", query::encode(&long)));
    assert_eq!(
        c.studio_name.as_ref().map(|s| s.chars().count()),
        Some(NAME_MAX_CHARS)
    );
    assert_eq!(n.len(), 1);
    assert_eq!(
        clean_name(&format!("{} x", "a".repeat(59))),
        (Some("a".repeat(59)), true)
    );
}
