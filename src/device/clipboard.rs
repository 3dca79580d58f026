//! Copying text for the person (the estimate's summary, the studio's snippet).
//!
//! The browser may refuse (no permission, an iframe without `clipboard-write`, an old
//! browser, a page not served over https, where there is no clipboard at all): the answer
//! comes back as a value so the page can say what to do instead.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{Blob, BlobPropertyBag, Clipboard, ClipboardItem};

/// The clipboard, where the browser offers one (only in a secure context: https or
/// localhost).
fn clipboard() -> Option<Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    clipboard.is_object().then(|| clipboard.unchecked_into())
}

/// Copies `text` to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = clipboard() else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Copies the text `text` gives when it is ready (None: nothing to copy); `false` if the
/// browser refused or there was nothing. The write starts at once, within the person's click,
/// with the text to come: a browser may refuse a write that starts after a wait on the
/// network (Safari does). Where the browser has no `ClipboardItem`, or refuses one (an older
/// one may take no promise), the text is written as text once it is ready.
pub async fn copy_text_when(text: impl Future<Output = Option<String>> + 'static) -> bool {
    let Some(clipboard) = clipboard() else {
        return false;
    };
    let ready = Rc::new(RefCell::new(None::<String>));
    let text = {
        let ready = ready.clone();
        async move {
            let text = text.await;
            ready.borrow_mut().clone_from(&text);
            text
        }
    };
    let has_item = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("ClipboardItem")).ok())
        .is_some_and(|c| c.is_function());
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
    let written = js_sys::Reflect::set(&items, &JsValue::from_str("text/plain"), &blob)
        .ok()
        .and_then(|_| ClipboardItem::new_with_record_from_str_to_blob_promise(&items).ok())
        .map(|item| clipboard.write(&js_sys::Array::of1(item.unchecked_ref())));
    if let Some(written) = written {
        if JsFuture::from(written).await.is_ok() {
            return true;
        }
    }
    // Refused as an item: as text, once it is there (the promise settles either way).
    let _ = JsFuture::from(blob).await;
    let text = ready.borrow_mut().take();
    match text {
        Some(text) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
        None => false,
    }
}
