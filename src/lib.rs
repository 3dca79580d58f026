#![recursion_limit = "256"]
//! Dermamap: the Leptos app. Components render and dispatch; the domain lives in
//! `dermamap-core`, browser storage behind `storage`.

#[macro_use]
extern crate dermamap_core;

use dermamap_core::locale::{catalog, Lang};
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
use pages::{MapPage, MapRegionRoute, NotFound};
use site::SiteBase;
use site_map::Page;

/// Starts the app in the address's language, once that language's text has loaded (the wasm
/// carries no text, only each one's key; the prerendered page preloads it). A first visit at an English
/// address moves to the remembered or the browser's preferred language first, and an embed
/// to the language its studio set (`lang=de`).
pub fn start() {
    device::reopen::remember_document_address();
    // A text missing from the loaded parts of the catalog would read as nothing: said aloud.
    catalog::on_miss(|key| {
        leptos::logging::error!("Dermamap: no text for key {key:08x} in the loaded catalog")
    });
    let site = SiteBase::from_document();
    if let Some(address) = language_redirect(&site) {
        if window().location().replace(&address).is_ok() {
            return;
        }
    }
    let lang = site.lang();
    wasm_bindgen_futures::spawn_local(async move {
        match device::language::load_catalog(lang).await {
            Ok(loaded) => {
                catalog::install(lang, Some(Box::leak(Box::new(loaded))));
                // Not split: every page's code is here, so is every page's text.
                #[cfg(not(feature = "split"))]
                if let Err(why) = device::language::pages_texts().await {
                    leptos::logging::error!("Dermamap: {why}");
                }
                // Reading the text and hydrating the page as two tasks, not one long one.
                device::scheduling::next_task().await;
                boot(&site);
            }
            Err(why) => {
                // Without its text the app has nothing to write: the prerendered page stays
                // as it is (readable, its links work) and says what no longer responds.
                leptos::logging::error!("Dermamap: {why}");
                device::not_responding::show();
            }
        }
    });
}

/// Where a page should be read instead of the address it was opened at, if anywhere: the
/// embed in its studio's language; an English address (no language prefix) in the language
/// this person chose before, or, on a first visit, the browser's preferred one.
fn language_redirect(site: &SiteBase) -> Option<String> {
    let location = window().location();
    let pathname = location.pathname().ok()?;
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let (lang, app_path) = site.app_path(&pathname).map(|p| {
        let (lang, rest) = Lang::split_path(&p);
        (lang, rest.to_string())
    })?;
    let wanted = if Page::at(&app_path) == Some(Page::Embed) {
        dermamap_core::embed::EmbedConfig::lang_of(&search)?
    } else if lang == Lang::En {
        device::language::remembered().unwrap_or_else(device::language::browser_preferred)
    } else {
        return None;
    };
    (wanted != lang).then(|| format!("{}{search}{hash}", site.href_in(wanted, &app_path)))
}

/// Hydrates the page the prerender wrote into index.html's `#boot` when it was rendered for
/// this very address, and otherwise renders into `#boot` afresh (a debug build is not
/// prerendered; an offline fallback or the not-found page can be served for another address).
fn boot(site: &SiteBase) {
    use wasm_bindgen::JsCast;
    let doc = document();
    let Some(boot) = doc
        .get_element_by_id("boot")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::mount::mount_to_body(App);
        return;
    };
    // In a task of its own, not part of the long task the page becomes interactive in: right
    // after the hydration of a page the main module renders (which runs in this task), or,
    // on a split page, while that page's code is still loading.
    set_timeout(mount_pwa_controls, std::time::Duration::ZERO);
    let here = site.app_path(&window().location().pathname().unwrap_or_default());
    let rendered_for = boot.get_attribute(site_map::PRERENDERED_FOR);
    // Only the wasm build (`hydrate`) can hydrate; a host build of the app never starts.
    #[cfg(feature = "hydrate")]
    if rendered_for.is_some() && rendered_for == here {
        // Before the router's listeners: input first hydrates the parts that wait for a turn.
        components::own_task_listen();
        // Split: the page's chunk loads first, then the page hydrates. Without its code the
        // prerendered page stays as it is (readable, its links work) and says what no longer
        // responds.
        #[cfg(feature = "split")]
        wasm_bindgen_futures::spawn_local(async move {
            let app_path = here
                .as_deref()
                .map(Lang::split_path)
                .map_or("/", |(_, p)| p);
            if pages::lazy_routes::preload_for(app_path).await.is_err() {
                leptos::logging::error!("Dermamap: the code of this page did not load");
                device::not_responding::show();
                return;
            }
            // Reading the page's code and text, and hydrating it, as two tasks, not one.
            device::scheduling::next_task().await;
            leptos::mount::hydrate_from_async(boot, App).await.forget();
        });
        #[cfg(not(feature = "split"))]
        leptos::mount::hydrate_from(boot, App).forget();
        return;
    }
    let _ = (rendered_for, here);
    boot.set_inner_html("");
    // The prerendered page's description: leptos_meta writes the page's own when it renders
    // afresh (it takes over the ones it hydrates).
    if let Ok(Some(meta)) = doc.query_selector(r#"meta[name="description"]"#) {
        meta.remove();
    }
    leptos::mount::mount_to(boot, App).forget();
}

/// The update notice and the install button, once per page load, after the page's content.
/// Mounted on their own, outside the page the app hydrates: the prerender has nothing to write
/// for them (they need the device), and in a split build anything hydrated after the routes
/// would be hydrated before a lazily loaded page (a mismatch).
fn mount_pwa_controls() {
    let doc = document();
    let (Ok(holder), Some(body)) = (doc.create_element("div"), doc.body()) else {
        return;
    };
    if body.append_child(&holder).is_ok() {
        use wasm_bindgen::JsCast;
        let holder: web_sys::HtmlElement = holder.unchecked_into();
        leptos::mount::mount_to(holder, device::service_worker::PwaControls).forget();
    }
}

/// A route's view: with `split`, the page's lazy route (its code in its own wasm chunk), else
/// the page itself.
#[cfg(feature = "split")]
macro_rules! page {
    ($page:ident, $lazy:ident) => {
        leptos_router::Lazy::<pages::lazy_routes::$lazy>::new()
    };
}
#[cfg(not(feature = "split"))]
macro_rules! page {
    ($page:ident, $lazy:ident) => {
        || {
            use $crate::pages::$page;
            view! { <$page /> }.into_any()
        }
    };
}

/// The whole app: shell, meta and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let hydrating = Owner::current_shared_context().is_some_and(|c| c.during_hydration());
    let ready = device::DeviceReady::provide(hydrating);
    // The same dist/ is served at a domain root or under a sub-path; index.html sets
    // <base href> before the app loads, and the router follows it.
    // The prerender provides its own (pages render with links relative to their `<base>`).
    let base = use_context::<SiteBase>().unwrap_or_else(SiteBase::from_document);
    let lang = base.lang();
    #[cfg(feature = "split")]
    let site = base.clone();
    // Once, when the device may be read (it only ever turns on).
    Effect::new(move |_| {
        if ready.get() {
            // After the parts that show the device's state have been rendered with it.
            set_timeout(mark_started, std::time::Duration::ZERO);
            // Split builds: other pages' code loads ahead of a click, once this page runs.
            #[cfg(feature = "split")]
            device::prefetch::start(site.clone());
        }
    });
    provide_context(base.clone());
    provide_context(nav::Nav::site(base.clone()));
    // The addresses' words, as the sitemap and the prerender write them (`site_map::Page`).
    use leptos_router::{ParamSegment, StaticSegment};
    use site_map::segment::*;

    view! {
        <Html attr:lang=lang.code() attr:dir="ltr" />
        <Title formatter=|page: String| {
            if page.is_empty() { "Dermamap".to_string() } else { format!("{page} · Dermamap") }
        } />
        <Meta name="color-scheme" content="light dark" />
        <Router base=base.router_base()>
            <Routes fallback=|| view! { <SiteChrome><NotFound /></SiteChrome> }.into_any()>
                // The studio embed sits in another site's page: no site header, footer or
                // navigation, so it is outside the site's layout.
                <Route path=(StaticSegment(EMBED),) view=page!(EmbedPage, EmbedRoute) />
                <ParentRoute path=path!("") view=|| view! { <SiteLayout /> }.into_any()>
                    // One map page for both addresses: see MapRegionRoute.
                    <ParentRoute path=path!("") view=|| view! { <MapPage /> }.into_any()>
                        <Route path=path!("/") view=MapRegionRoute />
                        <Route path=(StaticSegment(MAP), ParamSegment(REGION_PARAM)) view=MapRegionRoute />
                    </ParentRoute>
                    <Route path=(StaticSegment(ESTIMATOR),) view=page!(EstimatorPage, EstimatorRoute) />
                    <Route path=(StaticSegment(AFTERCARE),) view=page!(AftercarePage, AftercareRoute) />
                    <Route path=(StaticSegment(ABOUT),) view=page!(AboutPage, AboutRoute) />
                    <Route path=(StaticSegment(ABOUT), ParamSegment(PROCEDURE_PARAM)) view=page!(AboutProcedureRoute, AboutProcedureLazyRoute) />
                    <Route path=(StaticSegment(SOURCES),) view=page!(SourcesPage, SourcesRoute) />
                    <Route path=(StaticSegment(STUDIO),) view=page!(StudioPage, StudioRoute) />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// `<html data-app="ready">`: the app runs and shows the device's state. The stylesheet keeps
/// an embed with a studio's settings hidden until then, and tests wait for it.
fn mark_started() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
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
        <a class="skip-link" href=site::on_this_page("main")>{tr!("Skip to content")}</a>
        {components::in_own_task(move || view! { <SiteHeader /> })}
        // Not a part: the page's head tags hydrate with the app's (leptos_meta), so the tab's
        // title never goes blank while the parts wait; the pages' larger parts are their own.
        <main id="main" tabindex="-1">{children()}</main>
        {components::in_own_task(move || view! { <SiteFooter /> })}
    }
}
