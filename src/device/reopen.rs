//! Opening an address with a full load from the server: the way out when a page's code did
//! not load in this document (the server answers every address with its page and the
//! current build's code).

use std::cell::OnceCell;

use leptos::prelude::window;

thread_local! {
    /// The address (path and query) this document was loaded for.
    static LOADED_FOR: OnceCell<String> = const { OnceCell::new() };
}

/// Notes the address this document was loaded for: once, when the app starts, before the
/// router moves the address.
pub fn remember_document_address() {
    let here = path_and_query(&window().location().href().unwrap_or_default());
    LOADED_FOR.with(|cell| {
        let _ = cell.set(here);
    });
}

/// Opens `address` from the server, if that can help: not when this document was loaded
/// for that very address (its page's code failed here, a new load would fail the same way,
/// and again: a reload loop), and only when the server answers (a browser says it is online
/// on many a dropped connection, where leaving would swap a working app for an error page).
pub async fn from_server(address: &str) {
    let own = LOADED_FOR.with(|cell| cell.get().cloned());
    if !should_reopen(own.as_deref(), address) || !server_answers(address).await {
        return;
    }
    // The answer can come late (a stalled connection): only if the reader is still there,
    // never pulling them back from a page they went on to.
    if path_and_query(&window().location().href().unwrap_or_default()) == path_and_query(address) {
        let _ = window().location().assign(address);
    }
}

/// Whether a full load of `address` is worth trying from a document loaded for `own`
/// (unknown: the app did not note it, so nothing speaks against it).
fn should_reopen(own: Option<&str>, address: &str) -> bool {
    own != Some(path_and_query(address).as_str())
}

/// Whether the server answers a request for `address` (with anything: a missing page's 404
/// is an answer). A HEAD request, not kept by any cache.
async fn server_answers(address: &str) -> bool {
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    init.set_cache(web_sys::RequestCache::NoStore);
    let asked = window().fetch_with_str_and_init(address, &init);
    wasm_bindgen_futures::JsFuture::from(asked).await.is_ok()
}

/// `address` without its origin and fragment: `/de/estimator?anchors=2`.
fn path_and_query(address: &str) -> String {
    let without_origin = match address.find("://") {
        Some(scheme_end) => {
            let rest = &address[scheme_end + 3..];
            rest.find('/').map_or("/", |i| &rest[i..])
        }
        None => address,
    };
    let end = without_origin.find('#').unwrap_or(without_origin.len());
    without_origin[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::{path_and_query, should_reopen};

    #[test]
    fn an_address_is_compared_by_path_and_query() {
        assert_eq!(
            path_and_query("https://a.example/guide/estimator?x=1#top"),
            "/guide/estimator?x=1"
        );
        assert_eq!(path_and_query("http://localhost:8080"), "/");
        assert_eq!(path_and_query("/about/tattoo#intro"), "/about/tattoo");
        assert_eq!(
            path_and_query("/de/estimator?anchors=2"),
            "/de/estimator?anchors=2"
        );
    }

    #[test]
    fn the_document_is_never_reopened_for_its_own_address() {
        assert!(!should_reopen(Some("/about/tattoo"), "/about/tattoo#x"));
        assert!(should_reopen(Some("/"), "/estimator"));
        assert!(should_reopen(Some("/estimator?a=1"), "/estimator?a=2"));
        assert!(should_reopen(None, "/estimator"));
    }
}
