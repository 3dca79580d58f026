use dermamap_core::content::DISCLAIMER;
use dermamap_core::sources::SourceId;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::site::href;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href=href("/") attr:class="brand">"Dermamap"</A>
            <nav aria-label="Main">
                <ul>
                    <li><A href=href("/") exact=true>"Map"</A></li>
                    <li><A href=href("/estimator")>"Estimator"</A></li>
                    <li><A href=href("/aftercare")>"Aftercare"</A></li>
                    <li><A href=href("/about")>"Sources and disclaimer"</A></li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="disclaimer" data-testid="disclaimer"><strong>"Medical disclaimer: "</strong>{DISCLAIMER}</p>
            <p><A href=href("/about")>"Sources and full disclaimer"</A></p>
        </footer>
    }
}

/// Inline citations: each source links to its entry on the Sources page.
#[component]
pub fn SourceList(sources: &'static [SourceId]) -> impl IntoView {
    view! {
        <span class="sources">
            "Source: "
            {sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    view! {
                        {(i > 0).then_some(", ")}
                        <a href=format!("{}#{}", href("/about"), s.anchor())>{s.short()}</a>
                    }
                })
                .collect_view()}
        </span>
    }
}
