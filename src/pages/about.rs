use dermamap_core::content::DISCLAIMER;
use dermamap_core::sources::{SourceKind, SOURCES};
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
            <h2>"Sources"</h2>
            <p>"Every fact in Dermamap cites one of these. Source articles are the project's seed texts; professional bodies and journals carry more weight than studio and vendor pages."</p>
            <ol class="source-list" data-testid="source-list">
                {SOURCES
                    .iter()
                    .map(|s| {
                        let kind = match s.kind {
                            SourceKind::Seed => "Source article",
                            SourceKind::Professional => "Professional body, regulator or journal",
                            SourceKind::Vendor => "Studio, vendor or editorial page (lower confidence)",
                        };
                        view! {
                            <li id=s.id.anchor()>
                                <strong>{s.id.short()}</strong>": "{s.title}
                                <span class="source-kind">" — "{kind}</span>
                                {s.url.map(|u| view! { " " <a href=u rel="noopener noreferrer">{u}</a> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
