//! Copying text for the person (the estimate's summary, the studio's snippet).
//!
//! The browser may refuse (no permission, an iframe without `clipboard-write`, an old
//! browser): the answer comes back as a value so the page can say what to do instead.

use std::future::Future;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{Blob, BlobPropertyBag, ClipboardItem};

/// Copies `text` to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Copies the text `text` gives when it is ready (None: nothing to copy); `false` if the
/// browser refused or there was nothing. The write starts at once, within the person's click,
/// with the text to come: a browser may refuse a write that starts after a wait on the
/// network (Safari does). Where the browser has no `ClipboardItem`, the text is written when
/// it is ready.
pub async fn copy_text_when(text: impl Future<Output = Option<String>> + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    let has_item = js_sys::Reflect::get(&window, &JsValue::from_str("ClipboardItem"))
        .is_ok_and(|c| c.is_function());
    if !has_item {
        let Some(text) = text.await else {
            return false;
        };
        return JsFuture::from(clipboard.write_text(&text)).await.is_ok();
    }
    let blob = future_to_promise(async move {
        let text = text.await.ok_or(JsValue::NULL)?;
        let options = BlobPropertyBag::new();
        options.set_type("text/plain");
        Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), &options)
            .map(JsValue::from)
    });
    let items = js_sys::Object::new();
    if js_sys::Reflect::set(&items, &JsValue::from_str("text/plain"), &blob).is_err() {
        return false;
    }
    let Ok(item) = ClipboardItem::new_with_record_from_str_to_blob_promise(&items) else {
        return false;
    };
    let written = clipboard.write(&js_sys::Array::of1(item.unchecked_ref()));
    JsFuture::from(written).await.is_ok()
}
