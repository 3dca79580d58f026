use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use crate::site::href;
use crate::site_map::Page;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=tr!("Page not found") />
        <Meta name="description" content=tr!("This page does not exist in Dermamap.") />
        <section class="page" data-testid="not-found">
            <h1>{tr!("Page not found")}</h1>
            <p>{tr!("There is no page at this address. It may have moved, or the link may be mistyped.")}</p>
            <p><A href=href(&Page::Map.path())>{tr!("Go to the body map")}</A></p>
        </section>
    }
}
