use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn EstimatorPage() -> impl IntoView {
    view! {
        <Title text="Pain and cost estimator" />
        <Meta name="description" content="Estimate the pain and total cost of a micro-dermal piercing or a microneedling course, with sources." />
        <section class="page" data-testid="estimator-page">
            <h1>"Pain and cost estimator"</h1>
            <p>"This page will estimate pain and cost ranges for a micro-dermal or a microneedling course, with every figure's source. It is not built yet."</p>
        </section>
    }
}
