//! The note a prerendered page shows when the app cannot start on it.

/// Says, on a prerendered page whose app cannot start (its text or its page's code did not
/// load), what the page says to a reader without JavaScript: everything can be read, the map,
/// the estimator and the checklist do not respond. The note is the page's own `<noscript>`,
/// in its language (the app has no text to write one with).
pub fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(Some(note)), Some(body)) = (document.query_selector("noscript"), document.body())
    else {
        return;
    };
    let Ok(shown) = document.create_element("div") else {
        return;
    };
    shown.set_inner_html(&note.text_content().unwrap_or_default());
    let _ = shown.set_attribute("role", "status");
    let _ = body.insert_before(&shown, body.first_child().as_ref());
}
