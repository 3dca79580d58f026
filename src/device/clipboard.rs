//! Copying text for the person (the estimate's summary, the studio's snippet).
//!
//! The browser may refuse (no permission, an iframe without `clipboard-write`, an old
//! browser): the answer comes back as a value so the page can say what to do instead.

use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
