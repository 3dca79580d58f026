//! The pages whose code is split out of the first wasm download (issue 17, `split` feature):
//! each is a `LazyRoute` whose view is compiled into its own chunk by wasm-split (the release
//! build's post-build step, `scripts/split-wasm.mjs`), loaded when the route is opened or
//! prefetched ([`preload_for`], from [`crate::device::prefetch`]), together with the part of
//! the language's text only the pages' code writes. The map (the landing page,
//! `/` and `/map/<region>`) and the shell stay in the main module. Without the feature (debug
//! and test builds, which are not split) the routes render the same pages directly.
//!
//! A chunk can fail to load: the network drops before the service worker has kept it, or a
//! new version replaced it on the server while this page was open. Leptos's `#[lazy_route]`
//! panics then (the whole app stops), so the views are split here with wasm-split's
//! `fallible` option: a page whose code is missing says so, and is opened from the server
//! where that can help ([`PageCodeMissing`]).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use futures::future::{FutureExt, LocalBoxFuture, Shared};

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::LazyRoute;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::site_map::Page;

use super::{
    AboutPage, AboutProcedureRoute, AftercarePage, EmbedPage, EstimatorPage, SourcesPage,
    StudioPage,
};

thread_local! {
    /// The page whose code the router's last preload, run before the page's view, failed to
    /// load.
    static PRELOAD_FAILED: Cell<Option<SplitPage>> = const { Cell::new(None) };

    /// The loads of pages' code under way, one per page.
    static UNDER_WAY: RefCell<HashMap<SplitPage, Attempt>> = RefCell::new(HashMap::new());

    /// The pages whose code (and text) has loaded: the one record of it, which the prefetch
    /// reads too ([`wants_code`]). A failed load is not recorded, so the next try loads.
    static LOADED: RefCell<HashSet<SplitPage>> = RefCell::new(HashSet::new());
}

/// Whether the page at `app_path` has code still to load: split out, and neither loaded nor
/// loading (the prefetch skips the others).
pub fn wants_code(app_path: &str) -> bool {
    SplitPage::of(app_path).is_some_and(|page| {
        !LOADED.with(|loaded| loaded.borrow().contains(&page))
            && !UNDER_WAY.with(|under_way| under_way.borrow().contains_key(&page))
    })
}

/// One load of a page's code, as many may wait for it.
type Attempt = Shared<LocalBoxFuture<'static, Result<(), CodeMissing>>>;

/// Loads a page's code, one attempt at a time: whoever asks while one is under way (a hover
/// began it, then the click's router preload) waits for that attempt, not a new one after it
/// fails (wasm-split's loader starts one for every waiting caller then: a second round of
/// fetches, a second wait on a hanging connection). Code that has loaded is not fetched again.
async fn load(page: SplitPage) -> Result<(), CodeMissing> {
    if LOADED.with(|loaded| loaded.borrow().contains(&page)) {
        return Ok(());
    }
    let attempt = UNDER_WAY.with(|under_way| {
        under_way
            .borrow_mut()
            .entry(page)
            .or_insert_with(|| {
                async move {
                    let loaded = page.attempt().await;
                    UNDER_WAY.with(|under_way| under_way.borrow_mut().remove(&page));
                    if loaded.is_ok() {
                        LOADED.with(|done| done.borrow_mut().insert(page));
                    }
                    loaded
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    attempt.await
}

/// A page's code, or its text, did not load (the loader has logged why).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeMissing;

impl From<SplitLoaderError> for CodeMissing {
    fn from(_: SplitLoaderError) -> Self {
        CodeMissing
    }
}

macro_rules! lazy_page {
    ($($route:ident => $page:ident, $chunk:ident, $preload:ident;)+) => {
        $(
            /// The page's code, in its own chunk (named after `$chunk`).
            #[wasm_split($chunk, preload($preload), fallible)]
            fn $chunk() -> Result<AnyView, CodeMissing> {
                Ok(view! { <$page /> }.into_any())
            }

            /// A lazily loaded route (see the module).
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    // The router has just tried to load this code (`preload`, awaited before
                    // the view): a failure is not tried again at once (a second round of
                    // fetches, a second wait on a hanging connection).
                    if PRELOAD_FAILED.with(|failed| failed.take() == Some(SplitPage::$route)) {
                        return view! { <PageCodeMissing /> }.into_any();
                    }
                    match $chunk().await {
                        Ok(view) => view,
                        Err(CodeMissing) => view! { <PageCodeMissing /> }.into_any(),
                    }
                }

                async fn preload() {
                    // Joins a load under way (the link's hover or focus began one). A failure
                    // is not kept: the next opening of the page tries again.
                    let failed = load(SplitPage::$route).await.is_err().then_some(SplitPage::$route);
                    PRELOAD_FAILED.with(|last| last.set(failed));
                }
            }
        )+

        /// Loads the code of the page at `app_path` (`/estimator`, `/about/dermal`...), if it
        /// is split out; nothing to load for the map or an unknown address.
        pub async fn preload_for(app_path: &str) -> Result<(), CodeMissing> {
            match SplitPage::of(app_path) {
                Some(page) => load(page).await,
                None => Ok(()),
            }
        }

        /// Whether the page at `app_path` has its code split out (see [`preload_for`]).
        pub fn is_split(app_path: &str) -> bool {
            SplitPage::of(app_path).is_some()
        }

        /// The split pages, named as their routes.
        #[allow(clippy::enum_variant_names)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        enum SplitPage {
            $($route,)+
        }

        impl SplitPage {
            /// One attempt at loading the page's code (wasm-split's loader: memoised once
            /// loaded, tried again after a failure).
            /// With the part of the language's text the pages' code writes, fetched alongside.
            fn attempt(self) -> LocalBoxFuture<'static, Result<(), CodeMissing>> {
                let code = match self {
                    $(SplitPage::$route => async { $preload().await.map_err(CodeMissing::from) }.boxed_local(),)+
                };
                async move {
                    let (code, texts) =
                        futures::future::join(code, crate::device::language::pages_texts()).await;
                    texts.map_err(|why| {
                        leptos::logging::error!("Dermamap: {why}");
                        CodeMissing
                    })?;
                    code
                }
                .boxed_local()
            }
        }
    };
}

lazy_page! {
    EstimatorRoute => EstimatorPage, estimator_page, preload_estimator_page;
    AftercareRoute => AftercarePage, aftercare_page, preload_aftercare_page;
    AboutRoute => AboutPage, about_page, preload_about_page;
    AboutProcedureLazyRoute => AboutProcedureRoute, about_procedure_page, preload_about_procedure_page;
    SourcesRoute => SourcesPage, sources_page, preload_sources_page;
    StudioRoute => StudioPage, studio_page, preload_studio_page;
    EmbedRoute => EmbedPage, embed_page, preload_embed_page;
}

impl SplitPage {
    /// The split page at an app path (no language prefix): the map's pages are in the main
    /// module, and an address the guide has no page for loads nothing.
    fn of(app_path: &str) -> Option<Self> {
        Some(match Page::at(app_path)? {
            Page::Map | Page::Region(_) => return None,
            Page::Estimator => Self::EstimatorRoute,
            Page::Aftercare => Self::AftercareRoute,
            Page::About => Self::AboutRoute,
            Page::AboutProcedure(_) => Self::AboutProcedureLazyRoute,
            Page::Sources => Self::SourcesRoute,
            Page::Studio => Self::StudioRoute,
            Page::Embed => Self::EmbedRoute,
        })
    }
}

/// In place of a page whose code did not load: it says so, with a link to try again, and
/// meanwhile opens the page from the server (which answers every address with that page and
/// this version's code) where that can help ([`crate::device::reopen`]: not when this
/// document was loaded for this very address, and not when the server does not answer).
#[component]
fn PageCodeMissing() -> impl IntoView {
    let location = use_location();
    // The router's path includes the site's base.
    let search = location.search.get_untracked();
    let address = format!(
        "{}{}{}{}",
        location.pathname.get_untracked(),
        if search.is_empty() { "" } else { "?" },
        search,
        location.hash.get_untracked()
    );
    if window().navigator().on_line() {
        let address = address.clone();
        leptos::task::spawn_local(
            async move { crate::device::reopen::from_server(&address).await },
        );
    }
    view! {
        <section class="page" data-testid="page-code-missing">
            <h1>{tr!("This page could not be loaded")}</h1>
            <p class="notice notice-warn" role="status">
                {tr!("Its code did not arrive, perhaps because the connection dropped.")}
                " "
                // Outside the router: the server answers with the page.
                <a href=address rel="external">{tr!("Try again")}</a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::SplitPage;

    #[test]
    fn each_split_address_names_its_page_and_the_map_none() {
        assert_eq!(SplitPage::of("/estimator"), Some(SplitPage::EstimatorRoute));
        assert_eq!(SplitPage::of("/about"), Some(SplitPage::AboutRoute));
        assert_eq!(
            SplitPage::of("/about/dermal"),
            Some(SplitPage::AboutProcedureLazyRoute)
        );
        assert_eq!(SplitPage::of("/embed/"), Some(SplitPage::EmbedRoute));
        assert_eq!(SplitPage::of("/"), None);
        assert_eq!(SplitPage::of("/map/nape"), None);
        assert_eq!(SplitPage::of("/estimator/x"), None);
        assert_eq!(SplitPage::of("/about/tattoo"), None);
    }

    #[test]
    fn a_split_page_wants_its_code_until_it_has_loaded() {
        use super::{wants_code, LOADED};
        assert!(wants_code("/estimator") && wants_code("/about/dermal"));
        assert!(!wants_code("/") && !wants_code("/map/nape") && !wants_code("/nowhere"));
        LOADED.with(|loaded| {
            loaded
                .borrow_mut()
                .insert(SplitPage::AboutProcedureLazyRoute)
        });
        // Both procedures' pages are one page's code.
        assert!(!wants_code("/about/dermal") && !wants_code("/about/microneedling"));
        assert!(wants_code("/estimator"));
    }
}
