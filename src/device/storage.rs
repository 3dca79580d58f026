//! Browser storage behind one small module. localStorage can be missing in practice
//! (blocked cookies, sandboxed or third-party iframes, private modes, a full quota), and
//! gloo-storage's `LocalStorage::raw()` panics when it is, so every access probes first and
//! every failure comes back as a value the page can explain.

use std::fmt;

use dermamap_core::locale::fill;
use wasm_bindgen::JsValue;

/// Why the device could not keep something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage at all: the getter threw or returned null.
    Unavailable,
    /// Writing failed, usually a full quota or storage blocked for writes.
    WriteFailed(String),
    ReadFailed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => {
                let text = tr!("This browser does not let Dermamap save on this device here.");
                f.write_str(text)
            }
            StorageError::WriteFailed(why) => f.write_str(&fill(
                tr!("Saving on this device failed ({why})."),
                &[("why", why)],
            )),
            StorageError::ReadFailed(why) => f.write_str(&fill(
                tr!("Reading saved data failed ({why})."),
                &[("why", why)],
            )),
        }
    }
}

fn js_message(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| js_sys_error_message(e))
        .unwrap_or_else(|| tr!("unknown error").to_string())
}

fn js_sys_error_message(e: &JsValue) -> Option<String> {
    // DOMException (QuotaExceededError) and Error both carry `name` and `message`.
    let name = js_get(e, "name");
    let message = js_get(e, "message");
    match (name, message) {
        (Some(n), Some(m)) => Some(format!("{n}: {m}")),
        (Some(n), None) => Some(n),
        (None, m) => m,
    }
}

fn js_get(v: &JsValue, key: &str) -> Option<String> {
    web_sys::js_sys::Reflect::get(v, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

/// The device's storage, if this context has any.
#[derive(Clone)]
pub struct DeviceStorage {
    local: Option<web_sys::Storage>,
}

impl DeviceStorage {
    /// Probes localStorage without panicking: the getter may throw or give null.
    pub fn probe() -> Self {
        if !super::DeviceReady::now() {
            return Self::none();
        }
        let present = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
        // Only after the probe is gloo's `raw()` safe to call.
        let local = present.then(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw);
        DeviceStorage { local }
    }

    /// A storage that keeps nothing: for tests and for contexts without storage.
    pub fn none() -> Self {
        DeviceStorage { local: None }
    }

    pub fn is_available(&self) -> bool {
        self.local.is_some()
    }

    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local
            .get_item(key)
            .map_err(|e| StorageError::ReadFailed(js_message(&e)))
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local
            .set_item(key, value)
            .map_err(|e| StorageError::WriteFailed(js_message(&e)))
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local
            .remove_item(key)
            .map_err(|e| StorageError::WriteFailed(js_message(&e)))
    }
}

/// Calls `changed` whenever another tab (or window) of this site changes `key` in
/// localStorage, for as long as the calling component lives.
pub fn on_change_elsewhere(key: &'static str, changed: impl Fn() + 'static) {
    use leptos::prelude::{on_cleanup, window};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let handler =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() == Some(key) {
                changed();
            }
        });
    let _ = window().add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    // The browser runs one thread; SendWrapper lets the JS closure live in Leptos' cleanup.
    let listener = send_wrapper::SendWrapper::new(handler);
    on_cleanup(move || {
        let _ = window()
            .remove_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    });
}
