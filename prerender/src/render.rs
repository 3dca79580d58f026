//! One page of the app rendered to HTML on the host (Leptos `ssr`), with the `<head>` tags its
//! components set through leptos_meta (title, description, `<html>` attributes).

use std::sync::Once;

use dermamap::site::SiteBase;
use dermamap::App;
use dermamap_core::locale::Lang;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

/// The router base the pages are rendered under. Every internal link then starts with it, and
/// [`crate::links::relative_to_base`] turns each into a link relative to the page's `<base>`,
/// so one build works at a domain root and under any sub-path, with or without JavaScript.
pub const BASE_MARKER: &str = "/__dermamap_base__";

/// Renders `app_path` ("/map/nape") in `lang` (its catalog installed) into `template` (Trunk's index.html with an empty
/// `<div id="boot"></div>`): the app's markup inside that element, the page's title and
/// meta tags in `<head>`. Links are still under [`BASE_MARKER`].
/// `hydratable`: the page is served at `app_path` only, so the app may hydrate it there (not
/// the not-found page, which answers every unknown address).
pub fn render_page(
    template: &str,
    lang: Lang,
    app_path: &str,
    hydratable: bool,
) -> Result<String, String> {
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| {
        let _ = any_spawner::Executor::init_futures_executor();
    });
    let (meta, meta_output) = ServerMetaContext::new();
    let owner = Owner::new();
    // The address the page is served at, and the one the app compares when it hydrates
    // (without a trailing slash: "/es" for the Spanish home page at /es/).
    let address = lang.path(app_path);
    let rendered_for = match address.trim_end_matches('/') {
        "" => "/",
        a => a,
    };
    // The title is read from the page's signals while the head is filled in, so all of it
    // happens with the page's owner still alive.
    let injected = owner.with(|| {
        provide_context(RequestUrl::new(&format!("{BASE_MARKER}{address}")));
        provide_context(meta);
        provide_context(SiteBase::new(BASE_MARKER).in_lang(lang));
        let body = futures::executor::block_on(
            view! { <App /> }
                .into_view()
                .to_html_stream_in_order()
                .collect::<String>(),
        );
        let page = crate::template::fill_boot(template, &body, hydratable.then_some(rendered_for))?;
        let out = futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::once(async move { page }).boxed())
                .await
                .collect::<String>()
                .await
        });
        Ok::<_, String>(out)
    })?;
    drop(owner);
    Ok(injected)
}
