use dermamap_core::content::{self, RegionId};
use dermamap_core::locale::{fill, tr as t};
use dermamap_core::{Procedure, View};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_params_map};

use super::intro::MAP_INTRO;
use crate::components::{
    in_own_task, BodyFigure, MapState, ProcedureFilter, RegionDetails, RegionList,
};
use crate::nav::Nav;

#[component]
pub fn MapPage() -> impl IntoView {
    // Where the selection is kept (the address, or the embed) is the navigation's business.
    let nav = Nav::get();
    // Seeded from the address, so the first render (the prerendered HTML too, where no
    // effect runs) already shows a deep link's region; the child route keeps it in step.
    let address = MapAddress(RwSignal::new(region_in_path(
        &use_location().pathname.get_untracked(),
    )));
    provide_context(address);
    // The selection the address (or the embed) holds.
    let confirmed = nav.selected_region(address.0);
    // A tap shows its region at once; the address follows after that frame is painted (see
    // `Nav::region_selector`). Until then the tapped region is `pending`.
    let pending = RwSignal::new(None::<RegionId>);
    let requested = Memo::new(move |_| {
        pending
            .get()
            .map(|id| id.slug().to_string())
            .or_else(|| confirmed.get())
    });
    let selected = Memo::new(move |_| requested.get().and_then(|id| content::region(&id)));
    let to_address = nav.region_selector(confirmed, pending);
    let select = Callback::new(move |id: RegionId| {
        to_address.run(id);
        bring_details_into_view();
    });
    let offered = move || {
        nav.procedure_filter()
            .map_or(ProcedureFilter::Both, ProcedureFilter::Only)
    };
    let filter = untrack(offered);
    // A deep link opens on its region's view from the first render (the effect below keeps
    // it in step afterwards).
    let first_view = selected.get_untracked().map_or(View::Front, |r| r.view);
    let state = MapState::new(
        RwSignal::new(first_view),
        RwSignal::new(filter),
        selected,
        select,
    );
    provide_context(state);

    // A studio's embed learns what it offers once the app runs: the map shows that.
    Effect::new(move |shown: Option<ProcedureFilter>| {
        let now = offered();
        if shown.unwrap_or(filter) != now {
            state.filter.set(now);
        }
        now
    });

    // A deep link or back/forward opens the region's own view.
    Effect::new(move |_| {
        if let Some(r) = selected.get() {
            if state.view.get_untracked() != r.view {
                state.view.set(r.view);
            }
        }
    });

    // From the address, so the title changes with it, after the tapped panel is painted.
    let title = move || {
        confirmed
            .get()
            .and_then(|id| content::region(&id))
            .map(|r| fill(tr!("{} — body map"), &[("", &t(r.name))]))
            .unwrap_or_else(|| tr!("Body map").into())
    };

    // Each region's page describes that region (search results and link previews).
    let description = move || {
        confirmed
            .get()
            .and_then(|id| content::region(&id))
            .map(|r| {
                let what = match (r.suits(Procedure::Dermal), r.suits(Procedure::Microneedling)) {
                    (true, true) => tr!("a micro-dermal piercing or microneedling"),
                    (true, false) => tr!("a micro-dermal piercing"),
                    _ => tr!("microneedling"),
                };
                fill(
                    tr!("{}: what {what} there involves, with the pain, healing, risks and the source of every fact."),
                    &[("", &t(r.name)), ("what", &what)],
                )
            })
            .unwrap_or_else(|| tr!("An interactive body map of micro-dermal placements and microneedling areas, with the pain, healing, risks and sources for each.").into())
    };

    view! {
        // In a studio's embed the page's head is the embed's.
        {Nav::get().address_follows().then(|| view! {
            <Title text=title />
            <Meta name="description" content=description />
        })}
        <section class="page map-page" data-testid="map-page">
            <h1>{t(MAP_INTRO.heading)}</h1>
            <p class="lede">{t(MAP_INTRO.lede)}</p>
            {move || {
                requested.get().filter(|_| selected.get().is_none()).map(|id| {
                    let shown: String = id.chars().take(40).collect();
                    view! {
                        <p class="notice notice-warn" role="status" data-testid="unknown-region">
                            {fill(tr!("There is no region called “{}” on the map. Choose one from the figure or the list below."), &[("", &shown)])}
                        </p>
                    }
                })
            }}
            {in_own_task(|| view! { <MapControls /> })}
            <div class="map-layout">
                // Each hydrated in a task of its own: start-up is not one long task.
                {in_own_task(move || view! {
                    <div class="figure-wrap">
                        <BodyFigure />
                        <Legend />
                    </div>
                })}
                {in_own_task(move || view! {
                    <div class="details-wrap" aria-live="polite">
                        {move || match selected.get() {
                            Some(r) => view! { <RegionDetails region=r /> }.into_any(),
                            None => view! {
                                <p class="details-empty">{tr!("Select a point or a shaded area on the figure, or a region in the list, to see its details here.")}</p>
                            }
                            .into_any(),
                        }}
                    </div>
                })}
            </div>
            {in_own_task(|| view! { <RegionList /> })}
            // The child route (`/` or `/map/:id`) reports the region in the address.
            {nav.address_follows().then(|| view! { <Outlet /> })}
        </section>
    }
}

/// On a narrow screen the details are below the figure and above the list: once a tap's panel
/// is painted, it is brought into view where it is out of sight, its top far below or nearly
/// all of it above (the page itself stays where it was). In a studio's frame, sized to its
/// content, the frame's own viewport is all of it, so nothing moves.
fn bring_details_into_view() {
    request_animation_frame(|| {
        let Some(panel) = document().query_selector(".details-wrap").ok().flatten() else {
            return;
        };
        let height = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(f64::INFINITY);
        // Far below (a phone, under the figure) or nearly all above (a phone, over the list):
        // a panel beside the figure, partly in sight, stays where it is.
        let rect = panel.get_bounding_client_rect();
        if rect.top() > height * 0.75 || rect.bottom() < height * 0.25 {
            panel.scroll_into_view_with_bool(true);
        }
    });
}

/// The region id of a `/map/<id>` address (under any base), as the route would read it.
fn region_in_path(path: &str) -> Option<String> {
    let marker = format!("/{}/", crate::site_map::segment::MAP);
    let (_, id) = path.trim_end_matches('/').rsplit_once(&marker)?;
    (!id.is_empty() && !id.contains('/')).then(|| id.to_string())
}

/// The region id in the address, as the child route of the map reads it.
#[derive(Clone, Copy)]
struct MapAddress(RwSignal<Option<String>>);

/// The map's child route, for `/` and `/map/:id`. The map page is their parent, so moving
/// between regions (and the first tap on `/`) keeps the page, with its view and filter,
/// instead of building a new one; only this reader of the address changes.
#[component]
pub fn MapRegionRoute() -> impl IntoView {
    let params = use_params_map();
    let address = expect_context::<MapAddress>();
    // A render effect runs at once, so a deep link's region is there for the first paint.
    let effect = RenderEffect::new(move |_| {
        let id = params.read().get(crate::site_map::segment::REGION_PARAM);
        if address.0.get_untracked() != id {
            address.0.set(id);
        }
    });
    on_cleanup(move || drop(effect));
}

#[component]
fn MapControls() -> impl IntoView {
    let state = expect_context::<MapState>();
    let filters: Vec<(ProcedureFilter, &'static str, &'static str)> =
        std::iter::once((ProcedureFilter::Both, tr!("Both"), "both"))
            .chain(
                Procedure::ALL
                    .into_iter()
                    .map(|p| (ProcedureFilter::Only(p), p.short_name(), p.slug())),
            )
            .collect();
    view! {
        <div class="map-controls">
            <div class="view-switch" role="group" aria-label=tr!("Body view")>
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        view! {
                            <button
                                type="button"
                                class="secondary"
                                aria-pressed=move || if state.view.get() == v { "true" } else { "false" }
                                data-testid=format!("view-{}", v.slug())
                                on:click=move |_| state.view.set(v)
                            >
                                {v.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <fieldset class="filter">
                <legend>{tr!("Show")}</legend>
                {filters
                    .into_iter()
                    .map(|(f, label, slug)| {
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name="procedure-filter"
                                    data-testid=format!("filter-{slug}")
                                    prop:checked=move || state.filter.get() == f
                                    on:change=move |_| state.filter.set(f)
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="legend" aria-label=tr!("Legend")>
            <li>
                <svg viewBox="0 0 24 24" aria-hidden="true" class="legend-icon">
                    <g class="region region-dermal"><circle class="marker" cx="12" cy="12" r="7" /><circle class="marker-dot" cx="12" cy="12" r="2.4" /></g>
                </svg>
                {tr!("Point: micro-dermal placement")}
            </li>
            <li>
                <svg viewBox="0 0 24 24" aria-hidden="true" class="legend-icon">
                    <g class="region region-needling"><rect class="zone" x="3" y="5" width="18" height="14" rx="5" /></g>
                </svg>
                {tr!("Shaded area with dashed edge: microneedling area")}
            </li>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::region_in_path;

    #[test]
    fn a_region_address_names_its_region_under_any_base() {
        assert_eq!(region_in_path("/map/nape").as_deref(), Some("nape"));
        assert_eq!(region_in_path("/guide/map/nape/").as_deref(), Some("nape"));
        assert_eq!(region_in_path("/"), None);
        assert_eq!(region_in_path("/map/"), None);
        assert_eq!(region_in_path("/map/a/b"), None);
        assert_eq!(region_in_path("/estimator"), None);
    }
}
