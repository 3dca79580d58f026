use dermamap_core::content::DISCLAIMER;
use dermamap_core::Procedure;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use super::intro::ABOUT_HEADING;
use crate::site::href;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <Title text="Sources and disclaimer" />
        <Meta name="description" content="Where every fact in Dermamap comes from, and the medical disclaimer." />
        <section class="page" data-testid="about-page">
            <h1>{ABOUT_HEADING}</h1>
            <h2>"Disclaimer"</h2>
            <p>{DISCLAIMER}</p>
            <h2>"For studios"</h2>
            <p>
                <A href=href("/studio") attr:data-testid="studio-link">"For studios: embed Dermamap"</A>
                " on your own site, with your prices and colour, in one snippet."
            </p>
            <h2>"Privacy"</h2>
            <p>"Dermamap makes no requests to other sites and sends nothing you enter anywhere: estimates stay in the page address and aftercare plans stay in this browser's storage."</p>
            <h2>"The procedures"</h2>
            <ul>
                {Procedure::ALL.iter().map(|p| view! {
                    <li><a href=href(&format!("/about/{}", p.slug())) data-testid=format!("about-link-{}", p.slug())>{format!("About {}", p.name().to_lowercase())}</a>
                    ": what it is, how it is done, pain, risks, who should not have it, cost and aftercare."</li>
                }).collect_view()}
            </ul>
            <h2>"Sources"</h2>
            <p>
                "Every fact in Dermamap cites its sources by name. "
                <a href=href("/sources") data-testid="sources-link">"See every source"</a>
                ": who published it, what kind of source it is, how much weight it carries, and what cites it."
            </p>
        </section>
    }
}
