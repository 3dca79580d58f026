use dermamap_core::content::DISCLAIMER;
use dermamap_core::locale::{fill, in_sentence, tr as t};
use dermamap_core::Procedure;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

use super::intro::ABOUT_HEADING;
use crate::site::href;
use crate::site_map::Page;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <Title text=tr!("Sources and disclaimer") />
        <Meta name="description" content=tr!("Where every fact in Dermamap comes from, and the medical disclaimer.") />
        <section class="page" data-testid="about-page">
            <h1>{t(ABOUT_HEADING)}</h1>
            <h2>{tr!("Disclaimer")}</h2>
            <p>{t(DISCLAIMER)}</p>
            <h2>{tr!("For studios")}</h2>
            <p>
                <A href=href(&Page::Studio.path()) attr:data-testid="studio-link">{tr!("For studios: embed Dermamap")}</A>
                {tr!(" on your own site, with your prices and colour, in one snippet.")}
            </p>
            <h2>{tr!("Privacy")}</h2>
            <p>{tr!("Dermamap makes no requests to other sites and sends nothing you enter anywhere: estimates stay in the page address and aftercare plans stay in this browser's storage.")}</p>
            <h2>{tr!("The procedures")}</h2>
            <ul>
                {Procedure::ALL.iter().map(|p| view! {
                    <li><a href=href(&Page::AboutProcedure(*p).path()) data-testid=format!("about-link-{}", p.slug())>{fill(tr!("About {}"), &[("", &in_sentence(p.name()))])}</a>
                    {tr!(": what it is, how it is done, pain, risks, who should not have it, cost and aftercare.")}</li>
                }).collect_view()}
            </ul>
            <h2>{tr!("Sources")}</h2>
            <p>
                {tr!("Every fact in Dermamap cites its sources by name. ")}
                <a href=href(&Page::Sources.path()) data-testid="sources-link">{tr!("See every source")}</a>
                {tr!(": who published it, what kind of source it is, how much weight it carries, and what cites it.")}
            </p>
        </section>
    }
}
