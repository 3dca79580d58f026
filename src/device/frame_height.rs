//! Inside a studio's iframe: tells the host page the content's height whenever it changes,
//! with the one message of [`dermamap_core::embed::HEIGHT_MESSAGE_TYPE`].

use dermamap_core::embed::HEIGHT_MESSAGE_TYPE;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Inside an iframe, tells the parent the content's height whenever it changes, so the
/// host's `embed.js` can size the frame. The message holds the height and nothing else.
/// From when `framed` is true (an embed learns it once the device may be read).
pub fn report_height(root: NodeRef<html::Main>, framed: Signal<bool>) {
    type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut()>);
    let kept = StoredValue::new_local(None::<Observer>);
    Effect::new(move |_| {
        if !framed.get() {
            return;
        }
        let Some(el) = root.get() else { return };
        if kept.with_value(Option::is_some) {
            return;
        }
        let el: web_sys::Element = el.into();
        let last = std::cell::Cell::new(0u32);
        let measure = {
            let el = el.clone();
            move || {
                let w = window();
                let bottom = el.get_bounding_client_rect().bottom() + w.scroll_y().unwrap_or(0.0);
                let height = bottom.ceil().max(0.0) as u32;
                if height == last.replace(height) {
                    return;
                }
                let Some(parent) = w.parent().ok().flatten() else {
                    return;
                };
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
                let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
                // "*": the message carries no data, and the host may be any studio's site.
                let _ = parent.post_message(&msg, "*");
            }
        };
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            // Observing also reports the first size.
            observer.observe(&el);
            kept.set_value(Some((observer, callback)));
        }
    });
    on_cleanup(move || {
        kept.try_with_value(|k| {
            if let Some((observer, _)) = k {
                observer.disconnect();
            }
        });
    });
}
