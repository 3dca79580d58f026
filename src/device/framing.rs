//! Where the app is shown, as far as the browser lets it tell: on its own, in a frame of the
//! same site (the `/studio` preview), or in another site's page (a studio's embed). The one
//! place that decides it; the embed and the service worker both ask here.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Where the embed is shown, as far as the browser lets it tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Opened on its own, not in a frame.
    Top,
    /// In a frame of a page on the same site (the `/studio` preview, or another port of the
    /// same host): browsers give it the full guide's storage.
    SameSite,
    /// In another site's page. Browsers keep storage there apart from the full guide's
    /// (partitioned by the host site) or block it. `host` is the host site, if known.
    CrossSite { host: Option<String> },
}

impl Framing {
    /// Reads the framing once: `frameElement` is null for a cross-origin parent and reading
    /// it never throws, unlike the parent's location.
    pub fn detect() -> Self {
        if !super::DeviceReady::now() {
            return Framing::Top;
        }
        let w = window();
        // If the browser will not say which window is on top, assume a frame: then nothing
        // that only a top-level page may do (a service worker, an install button) is tried.
        let framed = match w.top() {
            Ok(Some(top)) => !js_sys::Object::is(top.as_ref(), w.as_ref()),
            _ => true,
        };
        if !framed {
            return Framing::Top;
        }
        if w.frame_element().ok().flatten().is_some() {
            return Framing::SameSite;
        }
        match host_page() {
            // A site is a scheme and a registrable domain: ports do not count. Without the
            // public suffix list, only the same host name is known to be the same site.
            Some(url) if Some(url.hostname()) == w.location().hostname().ok() => Framing::SameSite,
            Some(url) => Framing::CrossSite {
                host: Some(url.host()).filter(|h| !h.is_empty()),
            },
            None => Framing::CrossSite { host: None },
        }
    }

    pub fn is_framed(&self) -> bool {
        !matches!(self, Framing::Top)
    }
}

/// The top page's URL (origin only where the browser has `location.ancestorOrigins`), else
/// the referrer. Only ever compared, or shown as text to the person.
fn host_page() -> Option<web_sys::Url> {
    let location = window().location();
    let from_ancestors = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|list| !list.is_undefined() && !list.is_null())
        .and_then(|list| {
            let len = js_sys::Reflect::get(&list, &JsValue::from_str("length"))
                .ok()?
                .as_f64()? as u32;
            js_sys::Reflect::get_u32(&list, len.checked_sub(1)?)
                .ok()?
                .as_string()
        })
        .filter(|o| o != "null");
    let page = from_ancestors.or_else(|| Some(document().referrer()).filter(|r| !r.is_empty()))?;
    web_sys::Url::new(&page).ok()
}
