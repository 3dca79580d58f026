//! Every source: its title, publisher, kind, how much weight it carries, a link where one is
//! known, and what in Dermamap cites it. Citations across the app link to these entries.

use dermamap_core::cited_by::cited_by;
use dermamap_core::locale::{fill, tr as t};
use dermamap_core::sources::SOURCES;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn SourcesPage() -> impl IntoView {
    view! {
        <Title text=tr!("Sources") />
        <Meta name="description" content=tr!("Every source Dermamap cites: who published it, what kind of source it is, how much weight it carries, and which facts cite it.") />
        <section class="page" data-testid="sources-page">
            <h1>{tr!("Sources")}</h1>
            <p class="lede">{tr!("Every fact in Dermamap cites one or more of these. Professional bodies, health services, regulators and journals carry more weight; studio, vendor and editorial pages, and articles whose text names no publisher, are marked as lower confidence. The five source articles were saved without their addresses, so they are cited by the title and publisher their text shows.")}</p>
            <ol class="source-list" data-testid="source-list">
                {SOURCES.iter().map(|s| {
                    let cites = cited_by(s.id);
                    let lower = s.kind.lower_confidence();
                    view! {
                        <li id=s.id.anchor() class:lower-confidence=lower data-testid="source">
                            <h2 class="source-name">{s.short}</h2>
                            <p>
                                <strong>{s.title.shown()}</strong>
                                {s.publisher.map(|p| format!(" — {}", t(p)))}
                            </p>
                            <p class="source-kind">
                                {s.kind.label()}
                                {lower.then_some(view! { " · " <span class="badge badge-lower" data-testid="lower-confidence">{tr!("Lower confidence")}</span> })}
                            </p>
                            {s.url.map(|u| view! { <p><a href=u rel="noopener noreferrer">{u}</a></p> })}
                            <p>{t(s.covers)}</p>
                            <details>
                                <summary>{fill(tr!("What cites it ({})"), &[("", &cites.len())])}</summary>
                                <ul>
                                    {cites.into_iter().map(|(kind, text)| view! { <li><span class="muted">{kind.label()}": "</span>{text}</li> }).collect_view()}
                                </ul>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
