use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn MapPage() -> impl IntoView {
    view! {
        <Title text="Body map" />
        <Meta name="description" content="An interactive body map of micro-dermal placements and microneedling areas, with sourced facts." />
        <section class="page" data-testid="map-page">
            <h1>"Body map"</h1>
            <p>"This page will show a body map of micro-dermal placements and microneedling areas. It is not built yet."</p>
        </section>
    }
}
