//! The inline SVG body diagram: silhouette from `figure`, one focusable control per region.

use dermamap_core::content::{self, Region, RegionId};
use dermamap_core::locale::fill;
use dermamap_core::{Procedure, View};
use leptos::prelude::*;

use crate::figure::{drawing, shape_for, svg_number, Shape};
use crate::nav::Nav;
use crate::site_map::Page;

/// Which procedures the map shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProcedureFilter {
    Both,
    Only(Procedure),
}

impl ProcedureFilter {
    pub fn shows(self, region: &Region) -> bool {
        match self {
            ProcedureFilter::Both => true,
            ProcedureFilter::Only(p) => region.suits(p),
        }
    }
}

/// The map's shared state, provided as one typed context to the figure, the list and the panel.
#[derive(Clone, Copy)]
pub struct MapState {
    pub view: RwSignal<View>,
    pub filter: RwSignal<ProcedureFilter>,
    /// The region whose details are open (from the URL).
    pub selected: Memo<Option<&'static Region>>,
    /// Selecting a region navigates to `/map/{id}`, so back and forward move between selections.
    pub select: Callback<RegionId>,
    /// A per-region view of `selected`: a change wakes only the regions it concerns (two),
    /// not every region's class and state (a tap must paint fast).
    selected_id: StoredValue<Selector<Option<RegionId>>>,
}

impl MapState {
    pub fn new(
        view: RwSignal<View>,
        filter: RwSignal<ProcedureFilter>,
        selected: Memo<Option<&'static Region>>,
        select: Callback<RegionId>,
    ) -> Self {
        MapState {
            view,
            filter,
            selected,
            select,
            selected_id: StoredValue::new(Selector::new(move || selected.get().map(|r| r.id))),
        }
    }

    /// Whether `id` is the open region; reruns only when that answer may change.
    pub fn is_selected(&self, id: RegionId) -> bool {
        self.selected_id.with_value(|s| s.selected(&Some(id)))
    }
}

#[component]
pub fn BodyFigure() -> impl IntoView {
    let state = expect_context::<MapState>();
    let view = state.view;

    let regions = move || {
        let v = view.get();
        let filter = state.filter.get();
        content::regions_in(v)
            .filter(move |r| filter.shows(r))
            .collect::<Vec<_>>()
    };

    // One pair of listeners on the figure instead of a pair per region: fewer closures and
    // listeners to set up when the page is built on a slow phone.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = region_clicked(&ev) {
            ev.prevent_default();
            state.select.run(id);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            if let Some(id) = region_of(&ev) {
                ev.prevent_default();
                state.select.run(id);
            }
        }
    };

    view! {
        <svg
            class="body-figure"
            viewBox=move || drawing(view.get()).view_box
            role="group"
            aria-label=move || fill(tr!("Body diagram: {view}"), &[("view", &view.get().label())])
            data-testid="body-figure"
            data-view=move || view.get().slug()
            on:click=on_click
            on:keydown=on_key
        >
            // Decorative and static. The outline is an image of its own (written by the
            // prerender from the same path data), so the figure can be the page's largest
            // contentful paint; it fills the drawing's viewBox, which it shares.
            <image class="figure-outline" aria-hidden="true" href=move || drawing(view.get()).outline_file width="100%" height="100%" />
            <g class="figure-details" aria-hidden="true" inner_html=move || paths_markup(drawing(view.get()).details) />
            // Zones first so dermal points sit on top of them.
            {move || {
                let mut rs = regions();
                rs.sort_by_key(|r| matches!(shape_for(r.id).map(|s| &s.shape), Some(Shape::Point { .. })));
                rs.into_iter().map(|r| view! { <RegionControl region=r /> }).collect_view()
            }}
        </svg>
    }
}

/// `<path d="…"/>` for each path of the drawing (static data from `figure`, never user input).
fn paths_markup(paths: &[&str]) -> String {
    paths.iter().map(|d| format!("<path d=\"{d}\"/>")).collect()
}

/// The region whose link a plain click selects in place (the figure's and the list's). A
/// click with a modifier (open in a new tab or window) follows the link.
pub(crate) fn region_clicked(ev: &leptos::ev::MouseEvent) -> Option<RegionId> {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return None;
    }
    region_of(ev)
}

/// The region whose control an event happened in, if any.
fn region_of(ev: &web_sys::Event) -> Option<RegionId> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let control = target.closest("[data-region]").ok()??;
    RegionId::from_slug(&control.get_attribute("data-region")?)
}

#[component]
fn RegionControl(region: &'static Region) -> impl IntoView {
    let state = expect_context::<MapState>();
    let Some(shape) = shape_for(region.id) else {
        // Every region has a shape (a host test checks); the list still offers it if not.
        return ().into_any();
    };
    let id = region.id;
    let is_selected = move || state.is_selected(id);
    let class = if region.suits(Procedure::Dermal) {
        "region region-dermal"
    } else {
        "region region-needling"
    };
    let body = match shape.shape {
        Shape::Point { cx, cy } => {
            let (cx, cy) = (svg_number(cx), svg_number(cy));
            view! {
                // A larger transparent circle keeps the target at least 24 CSS px.
                <circle class="hit" cx=cx.clone() cy=cy.clone() r="11" />
                <circle class="marker" cx=cx.clone() cy=cy.clone() r="5.5" />
                <circle class="marker-dot" cx=cx cy=cy r="1.8" />
            }
            .into_any()
        }
        Shape::Zone { d } => view! { <path class="zone" d=d /> }.into_any(),
    };
    let href = Nav::get().href(&Page::Region(id).path());
    view! {
        // A real link to the region's page, so the prerendered figure works before the wasm
        // and without JavaScript. Once the app runs, clicks and keys are handled by the
        // figure (see BodyFigure) and the link is not followed. Hover and focus are styled by
        // CSS. (The `<g>` makes the macro build an SVG `<a>`, not an HTML one.)
        <g>
            <a
                href=href
                class=class
                class:selected=is_selected
                role="button"
                aria-label=region.accessible_name()
                aria-pressed=move || if is_selected() { "true" } else { "false" }
                data-region=id.slug()
                data-testid=format!("region-{id}")
            >
                <title>{region.accessible_name()}</title>
                {body}
            </a>
        </g>
    }
    .into_any()
}
