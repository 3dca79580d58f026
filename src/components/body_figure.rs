//! The inline SVG body diagram: silhouette from `figure`, one focusable control per region.

use dermamap_core::content::{self, Region};
use dermamap_core::{Procedure, View};
use leptos::prelude::*;

use crate::figure::{drawing, shape_for, Shape};

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
    /// Highlighted by hover or focus, so the figure and its label agree.
    pub hovered: RwSignal<Option<&'static str>>,
    /// Selecting a region navigates to `/map/{id}`, so back and forward move between selections.
    pub select: Callback<&'static str>,
    /// Per-region views of `selected` and `hovered`: a change wakes only the regions it
    /// concerns (two), not every region's class and state (a tap must paint fast).
    selected_id: StoredValue<Selector<Option<&'static str>>>,
    hovered_id: StoredValue<Selector<Option<&'static str>>>,
}

impl MapState {
    pub fn new(
        view: RwSignal<View>,
        filter: RwSignal<ProcedureFilter>,
        selected: Memo<Option<&'static Region>>,
        select: Callback<&'static str>,
    ) -> Self {
        let hovered = RwSignal::new(None);
        MapState {
            view,
            filter,
            selected,
            hovered,
            select,
            selected_id: StoredValue::new(Selector::new(move || selected.get().map(|r| r.id))),
            hovered_id: StoredValue::new(Selector::new(move || hovered.get())),
        }
    }

    /// Whether `id` is the open region; reruns only when that answer may change.
    pub fn is_selected(&self, id: &'static str) -> bool {
        self.selected_id.with_value(|s| s.selected(&Some(id)))
    }

    pub fn is_hovered(&self, id: &'static str) -> bool {
        self.hovered_id.with_value(|s| s.selected(&Some(id)))
    }
}

#[component]
pub fn BodyFigure() -> impl IntoView {
    let state = expect_context::<MapState>();
    let view = state.view;

    let regions = move || {
        let v = view.get();
        let filter = state.filter.get();
        content::regions_in(v).filter(move |r| filter.shows(r)).collect::<Vec<_>>()
    };

    view! {
        <svg
            class="body-figure"
            viewBox=move || drawing(view.get()).view_box
            role="group"
            aria-label=move || format!("Body diagram, {} view", view.get().label().to_lowercase())
            data-testid="body-figure"
            data-view=move || view.get().slug()
        >
            <g class="figure-outline" aria-hidden="true">
                {move || drawing(view.get()).outline.iter().map(|d| view! { <path d=*d /> }).collect_view()}
            </g>
            <g class="figure-details" aria-hidden="true">
                {move || drawing(view.get()).details.iter().map(|d| view! { <path d=*d /> }).collect_view()}
            </g>
            // Zones first so dermal points sit on top of them.
            {move || {
                let mut rs = regions();
                rs.sort_by_key(|r| matches!(shape_for(r.id).map(|s| &s.shape), Some(Shape::Point { .. })));
                rs.into_iter().map(|r| view! { <RegionControl region=r /> }).collect_view()
            }}
        </svg>
    }
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
    let is_hovered = move || state.is_hovered(id);
    let class = move || {
        let kind = if region.suits(Procedure::Dermal) { "dermal" } else { "needling" };
        let mut c = format!("region region-{kind}");
        if is_selected() {
            c.push_str(" selected");
        }
        if is_hovered() {
            c.push_str(" hovered");
        }
        c
    };
    let activate = move || state.select.run(id);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            activate();
        }
    };
    let body = match shape.shape {
        Shape::Point { cx, cy } => view! {
            // A larger transparent circle keeps the target at least 24 CSS px.
            <circle class="hit" cx=cx cy=cy r="11" />
            <circle class="marker" cx=cx cy=cy r="5.5" />
            <circle class="marker-dot" cx=cx cy=cy r="1.8" />
        }
        .into_any(),
        Shape::Zone { d } => view! { <path class="zone" d=d /> }.into_any(),
    };
    view! {
        <g
            class=class
            role="button"
            tabindex="0"
            aria-label=region.accessible_name()
            aria-pressed=move || if is_selected() { "true" } else { "false" }
            data-testid=format!("region-{id}")
            on:click=move |_| activate()
            on:keydown=on_key
            on:mouseenter=move |_| state.hovered.set(Some(id))
            on:mouseleave=move |_| state.hovered.set(None)
            on:focus=move |_| state.hovered.set(Some(id))
            on:blur=move |_| state.hovered.set(None)
        >
            <title>{region.accessible_name()}</title>
            {body}
        </g>
    }
    .into_any()
}
