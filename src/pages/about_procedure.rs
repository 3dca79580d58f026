//! The About page of one procedure: every procedure-wide fact under its heading, the sources
//! side by side where they differ, the published pain figures, and who should not have it.

use dermamap_core::content::{about_sections, span_across, Fact};
use dermamap_core::locale::{fill, in_sentence, tr as t};
use dermamap_core::Procedure;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::components::{ContraindicationList, EvidenceNote, PainStudies, SourceList};
use crate::site::{href, on_this_page};
use crate::site_map::Page;

/// `/about/:procedure`: an unknown procedure is a page that does not exist.
#[component]
pub fn AboutProcedureRoute() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| {
        p.get(crate::site_map::segment::PROCEDURE_PARAM)
            .and_then(|s| Procedure::from_slug(&s))
    }) {
        Some(p) => view! { <AboutProcedurePage procedure=p /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn AboutProcedurePage(procedure: Procedure) -> impl IntoView {
    let name = procedure.name();
    view! {
        <Title text=fill(tr!("About {}"), &[("", &in_sentence(name))]) />
        <Meta name="description" content=fill(tr!("{name}: what it is, how it is done, pain, risks, who should not have it, cost and aftercare, each fact with its source."), &[("name", &name)]) />
        <article class="page about-procedure" data-testid=format!("about-{}", procedure.slug())>
            <h1>{fill(tr!("About {}"), &[("", &in_sentence(name))])}</h1>
            <p class="lede">{tr!("Everything Dermamap's sources say about it, each fact with its source. Where sources differ, they are shown side by side.")}</p>
            <nav aria-label=tr!("On this page")>
                <ul class="toc">
                    {about_sections(procedure).iter().map(|s| view! { <li><a href=on_this_page(s.id)>{t(s.heading)}</a></li> }).collect_view()}
                </ul>
            </nav>
            {about_sections(procedure).iter().map(|section| {
                let facts: Vec<&'static Fact> = section.facts(procedure).collect();
                let span = section.side_by_side.then(|| span_across(facts.iter().copied())).flatten();
                view! {
                    <section aria-labelledby=section.id class="about-section">
                        <h2 id=section.id>{t(section.heading)}</h2>
                        {if section.side_by_side && facts.len() > 1 {
                            view! { <SideBySide facts=facts.clone() label=t(section.heading) /> }.into_any()
                        } else {
                            view! { <FactList facts=facts.clone() /> }.into_any()
                        }}
                        {span.map(|q| view! { <p class="span-across">{tr!("Across these sources: ")}<strong>{q.describe()}</strong></p> })}
                        {section.when_silent.filter(|_| facts.is_empty()).map(|text| view! { <p class="muted">{t(text)}</p> })}
                        {(section.id == "pain" && procedure == Procedure::Microneedling).then(|| view! { <PainStudies /> })}
                        {(section.id == "who-should-not").then(|| view! { <ContraindicationList /> })}
                    </section>
                }
            }).collect_view()}
            <p><a href=href(&Page::Sources.path())>{tr!("All sources, and what cites each")}</a></p>
        </article>
    }
}

#[component]
fn FactList(facts: Vec<&'static Fact>) -> impl IntoView {
    view! {
        <ul class="facts-list">
            {facts.into_iter().map(|f| view! {
                <li>
                    {f.quantity.map(|q| view! { <strong class="figure">{q.describe()}</strong>" " })}
                    {t(f.text)}" "<SourceList sources=f.sources />
                    {f.quantity.map(|_| view! { " "<EvidenceNote sources=f.sources /> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Where sources differ: who says what, one row per source's figure. On a narrow screen it
/// scrolls sideways in its own box, named after its section.
#[component]
fn SideBySide(facts: Vec<&'static Fact>, label: &'static str) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
        <table class="side-by-side" data-testid="side-by-side">
            <thead><tr><th scope="col">{tr!("Source")}</th><th scope="col">{tr!("Figure")}</th><th scope="col">{tr!("What it says")}</th></tr></thead>
            <tbody>
                {facts.into_iter().map(|f| view! {
                    <tr>
                        <td><SourceList sources=f.sources /></td>
                        <td>{f.quantity.map(|q| q.describe()).unwrap_or_else(|| "—".into())}</td>
                        <td>{t(f.text)}" "<EvidenceNote sources=f.sources /></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
