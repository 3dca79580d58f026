//! Prefetching a page's code before it is opened (issue 17, split builds): the pages other
//! than the map are lazy routes whose code is a separate wasm chunk
//! ([`crate::pages::lazy_routes`]). A link's page starts loading when the link is hovered or
//! focused, and the pages linked from what is on screen once the app has started and the
//! browser is idle; a click then opens a page whose code is usually there already. What has
//! loaded, or is loading, is the lazy routes' one record ([`wants_code`]): a page is not
//! fetched again, and a failed load is not kept (the next hover or focus tries again).

use dermamap_core::locale::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::scheduling;
use crate::pages::lazy_routes::{preload_for, wants_code};
use crate::site::SiteBase;

/// Starts watching links: once per page load, when the page runs (after hydration). Not in a
/// frame: the embed's links open the full guide in a new tab, never one of its own pages.
pub fn start(site: SiteBase) {
    if crate::device::framing::Framing::detect().is_framed() {
        return;
    }
    let on_pointer = site.clone();
    let on_focus = site.clone();
    window_event_listener(leptos::ev::pointerover, move |ev| {
        prefetch_link(&on_pointer, ev.target());
    });
    window_event_listener(leptos::ev::focusin, move |ev| {
        prefetch_link(&on_focus, ev.target());
    });
    // What is on screen once the page is up: a second later, when loading it costs the
    // reader nothing they are waiting for.
    set_timeout(
        move || prefetch_visible(&site),
        std::time::Duration::from_millis(1500),
    );
}

fn prefetch_link(site: &SiteBase, target: Option<web_sys::EventTarget>) {
    let link = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        prefetch(site, &a);
    }
}

fn prefetch_visible(site: &SiteBase) {
    let Ok(links) = document().query_selector_all("a[href]") else {
        return;
    };
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let mut pages: Vec<String> = Vec::new();
    for i in 0..links.length() {
        let Some(a) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            continue;
        };
        let r = a.get_bounding_client_rect();
        if r.width() > 0.0 && r.bottom() > 0.0 && r.top() < height {
            if let Some(page) = split_page(site, &a) {
                if !pages.contains(&page) {
                    pages.push(page);
                }
            }
        }
    }
    // One page at a time, each when the browser is idle: starting every page's loads at once
    // was one long task (dozens of fetches and chunk instantiations), the blocking time the
    // bench counts. A page hovered or focused meanwhile loads at once (and is skipped here).
    leptos::task::spawn_local(async move {
        for app_path in pages {
            // Each asked again: a hover may have loaded it (or another address of its page).
            if wants_code(&app_path) {
                scheduling::idle().await;
                load(app_path).await;
            }
        }
    });
}

/// Loads the code of the page `a` links to, at once, if it is one of the app's split pages.
fn prefetch(site: &SiteBase, a: &web_sys::HtmlAnchorElement) {
    if let Some(app_path) = split_page(site, a) {
        leptos::task::spawn_local(load(app_path));
    }
}

/// Loads a page's code (joining a load under way; nothing once it has loaded). The loader
/// logs a failure, and the next hover or focus, or opening the page, tries again.
async fn load(app_path: String) {
    let _ = preload_for(&app_path).await;
}

/// The app path `a` links to, if it is a page whose code is split out and still to load, and
/// online (offline a
/// load would fail; the page's code then loads when it is opened, from the service worker
/// once installed). The map's own links (the regions) have nothing to load.
fn split_page(site: &SiteBase, a: &web_sys::HtmlAnchorElement) -> Option<String> {
    if !window().navigator().on_line() {
        return None;
    }
    if a.origin() != window().location().origin().unwrap_or_default() {
        return None;
    }
    let path = site.app_path(&a.pathname())?;
    let (_, app_path) = Lang::split_path(&path);
    wants_code(app_path).then(|| app_path.to_string())
}
