#![recursion_limit = "256"]
//! Dermamap: the Leptos app. Components render and dispatch; the domain lives in
//! `dermamap-core`, browser storage behind `storage`.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Meta, Title};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub mod components;
pub mod device;
pub mod figure;
pub mod nav;
pub mod pages;
pub mod site;
pub mod site_map;

use components::{SiteFooter, SiteHeader};
use pages::{
    AboutPage, AboutProcedureRoute, AftercarePage, EmbedPage, EstimatorPage, MapPage,
    MapRegionRoute, NotFound, SourcesPage, StudioPage,
};
use site::SiteBase;

/// Mounts the app in place of the page the prerender wrote into index.html's `#boot` (the
/// same markup, or the static shell where a build was not prerendered).
pub fn start() {
    // In the same task as the mount, so no frame shows both pages, or neither.
    let doc = document();
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
    // The prerendered page's description: from here on leptos_meta keeps the current page's
    // (one tag, following client-side navigation).
    if let Ok(Some(meta)) = doc.query_selector(r#"meta[name="description"]"#) {
        meta.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// The whole app: shell, meta and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The same dist/ is served at a domain root or under a sub-path; index.html sets
    // <base href> before the app loads, and the router follows it.
    // The prerender provides its own (pages render with links relative to their `<base>`).
    let base = use_context::<SiteBase>().unwrap_or_else(SiteBase::from_document);
    provide_context(base.clone());
    provide_context(nav::Nav::site(base.clone()));

    view! {
        <Html attr:lang="en" attr:dir="ltr" />
        <Title formatter=|page: String| {
            if page.is_empty() { "Dermamap".to_string() } else { format!("{page} · Dermamap") }
        } />
        <Meta name="color-scheme" content="light dark" />
        <Router base=base.router_base()>
            <Routes fallback=|| view! { <SiteChrome><NotFound /></SiteChrome> }.into_any()>
                // The studio embed sits in another site's page: no site header, footer or
                // navigation, so it is outside the site's layout.
                <Route path=path!("/embed") view=|| view! { <EmbedPage /> }.into_any() />
                <ParentRoute path=path!("") view=|| view! { <SiteLayout /> }.into_any()>
                    // One map page for both addresses: see MapRegionRoute.
                    <ParentRoute path=path!("") view=|| view! { <MapPage /> }.into_any()>
                        <Route path=path!("/") view=MapRegionRoute />
                        <Route path=path!("/map/:id") view=MapRegionRoute />
                    </ParentRoute>
                    <Route path=path!("/estimator") view=|| view! { <EstimatorPage /> }.into_any() />
                    <Route path=path!("/aftercare") view=|| view! { <AftercarePage /> }.into_any() />
                    <Route path=path!("/about") view=|| view! { <AboutPage /> }.into_any() />
                    <Route path=path!("/about/:procedure") view=AboutProcedureRoute />
                    <Route path=path!("/sources") view=|| view! { <SourcesPage /> }.into_any() />
                    <Route path=path!("/studio") view=|| view! { <StudioPage /> }.into_any() />
                </ParentRoute>
            </Routes>
            <device::service_worker::PwaControls />
        </Router>
    }
}

/// The site's pages: header, main content and footer around the matched route.
#[component]
fn SiteLayout() -> impl IntoView {
    view! { <SiteChrome><Outlet /></SiteChrome> }
}

#[component]
fn SiteChrome(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href=site::on_this_page("main")>"Skip to content"</a>
        <SiteHeader />
        <main id="main" tabindex="-1">{children()}</main>
        <SiteFooter />
    }
}
