//! The pages whose code is split out of the first wasm download (issue 17, `split` feature):
//! each is a `LazyRoute` whose view is compiled into its own chunk by wasm-split (the release
//! build's post-build step, `scripts/split-wasm.mjs`), loaded when the route is opened or
//! prefetched ([`preload_for`], from [`crate::device::prefetch`]). The map (the landing page,
//! `/` and `/map/<region>`) and the shell stay in the main module. Without the feature (debug
//! and test builds, which are not split) the routes render the same pages directly.

use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

use super::{
    AboutPage, AboutProcedureRoute, AftercarePage, EmbedPage, EstimatorPage, SourcesPage,
    StudioPage,
};

macro_rules! lazy_page {
    ($($route:ident => $page:ident;)+) => {
        $(
            /// A lazily loaded route (see the module).
            pub struct $route;

            #[lazy_route]
            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                fn view(_this: Self) -> AnyView {
                    view! { <$page /> }.into_any()
                }
            }
        )+
    };
}

lazy_page! {
    EstimatorRoute => EstimatorPage;
    AftercareRoute => AftercarePage;
    AboutRoute => AboutPage;
    AboutProcedureLazyRoute => AboutProcedureRoute;
    SourcesRoute => SourcesPage;
    StudioRoute => StudioPage;
    EmbedRoute => EmbedPage;
}

/// Starts loading the code of the page at `app_path` (`/estimator`, `/about/dermal`...), if it
/// is split out; nothing for the map or an unknown address.
pub async fn preload_for(app_path: &str) {
    let first = app_path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let nested = app_path.trim_start_matches('/').contains('/');
    match (first, nested) {
        ("estimator", false) => EstimatorRoute::preload().await,
        ("aftercare", false) => AftercareRoute::preload().await,
        ("about", false) => AboutRoute::preload().await,
        ("about", true) => AboutProcedureLazyRoute::preload().await,
        ("sources", false) => SourcesRoute::preload().await,
        ("studio", false) => StudioRoute::preload().await,
        ("embed", false) => EmbedRoute::preload().await,
        _ => {}
    }
}
