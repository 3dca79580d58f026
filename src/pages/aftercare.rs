use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn AftercarePage() -> impl IntoView {
    view! {
        <Title text="Aftercare checklist" />
        <Meta name="description" content="A day-by-day aftercare checklist for micro-dermal piercings and microneedling, saved on your device." />
        <section class="page" data-testid="aftercare-page">
            <h1>"Aftercare checklist"</h1>
            <p>"This page will hold a day-by-day aftercare checklist saved on your device. It is not built yet."</p>
        </section>
    }
}
