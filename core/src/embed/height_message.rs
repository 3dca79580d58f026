//! The one message the embed sends to the page around it: its content height, so the
//! host's `embed.js` can size the iframe. `{ type: "dermamap:height", height: <px> }`, and
//! nothing a visitor typed.
//!
//! `public/embed.js` (the host side) states the same three values in JavaScript, and
//! index.html's script (the height of a page whose app has stopped) the type; a test below
//! fails if they differ, and the end-to-end tests read them from embed.js.

/// The message's `type` field.
pub const HEIGHT_MESSAGE_TYPE: &str = "dermamap:height";
/// The smallest height, in CSS pixels, a host accepts.
pub const MIN_HEIGHT: u32 = 100;
/// The largest height, in CSS pixels, a host accepts.
pub const MAX_HEIGHT: u32 = 20_000;

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of `var <name> = <value>;` in embed.js.
    fn js_var<'a>(js: &'a str, name: &str) -> &'a str {
        let key = format!("var {name} = ");
        let start = js
            .find(&key)
            .unwrap_or_else(|| panic!("embed.js has no `{key}`"))
            + key.len();
        let end = start + js[start..].find(';').expect("a `;` after the value");
        &js[start..end]
    }

    #[test]
    fn embed_js_states_the_same_contract() {
        let js = include_str!("../../../public/embed.js");
        assert_eq!(js_var(js, "TYPE"), format!("\"{HEIGHT_MESSAGE_TYPE}\""));
        assert_eq!(js_var(js, "MIN"), MIN_HEIGHT.to_string());
        assert_eq!(js_var(js, "MAX"), MAX_HEIGHT.to_string());
        assert!(
            js.contains("data.type !== TYPE"),
            "embed.js must check the type through TYPE"
        );
        // index.html's script reports the height once itself when the app has stopped.
        let index = include_str!("../../../index.html");
        assert!(index.contains(&format!("{{ type: \"{HEIGHT_MESSAGE_TYPE}\", height: ")));
    }
}
