//! The details panel of the selected region: every fact with its sources.

use dermamap_core::content::{Fact, FactKind, Region};
use dermamap_core::locale::{fill, tr as t};
use dermamap_core::Procedure;
use leptos::prelude::*;

use super::{ContraindicationList, EvidenceNote, SourceList};
use crate::site::href;
use crate::site_map::Page;

/// Facts of the same kind under one heading, in the order the content lists them.
fn fact_groups(region: &'static Region) -> Vec<(FactKind, Vec<&'static Fact>)> {
    let mut groups: Vec<(FactKind, Vec<&'static Fact>)> = Vec::new();
    for f in region.facts {
        match groups.iter_mut().find(|(k, _)| *k == f.kind) {
            Some((_, list)) => list.push(f),
            None => groups.push((f.kind, vec![f])),
        }
    }
    groups
}

#[component]
pub fn RegionDetails(region: &'static Region) -> impl IntoView {
    let first = region
        .procedures
        .first()
        .copied()
        .unwrap_or(Procedure::Dermal);
    let query = format!("?procedure={}&region={}", first.slug(), region.id);
    view! {
        <article class="region-details" aria-labelledby="region-details-heading" data-testid="region-details">
            <h2 id="region-details-heading" tabindex="-1">{t(region.name)}</h2>
            <p class="region-kind">
                {region.procedures.iter().map(|p| p.label()).collect::<Vec<_>>().join(tr!(" and "))}
                " · "{fill(tr!("{view} view"), &[("view", &region.view.label())])}
            </p>
            <p>{t(region.description)}</p>
            <dl class="facts">
                {fact_groups(region)
                    .into_iter()
                    .map(|(kind, facts)| {
                        view! {
                            <div class="fact" class:fact-urgent=kind == FactKind::SeeADoctor>
                                <dt>{kind.label()}</dt>
                                {facts
                                    .into_iter()
                                    .map(|f| view! {
                                        <dd>
                                            {f.quantity.map(|q| view! { <strong class="figure">{q.describe()}</strong>" " })}
                                            {t(f.text)}" "
                                            <SourceList sources=f.sources />
                                            {f.quantity.map(|_| view! { " "<EvidenceNote sources=f.sources /> })}
                                        </dd>
                                    })
                                    .collect_view()}
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            {region.suits(Procedure::Microneedling).then(|| view! {
                <section class="fact fact-urgent" aria-labelledby="region-who-should-not">
                    <h3 id="region-who-should-not">{tr!("Who should not have microneedling")}</h3>
                    <ContraindicationList />
                </section>
            })}
            <p>
                {region.procedures.iter().map(|p| view! {
                    <a href=href(&Page::AboutProcedure(*p).path()) data-testid=format!("about-{}", p.slug())>
                        {fill(tr!("All about {}"), &[("", &p.label())])}
                    </a>" "
                }).collect_view()}
            </p>
            // Plain links: the router still handles them, and a tap builds no link state.
            <p class="actions">
                <a href=href(&format!("{}{query}", Page::Estimator.path())) class="button" data-testid="estimate-link">{tr!("Estimate pain and cost")}</a>
                " "
                <a href=href(&format!("{}{query}", Page::Aftercare.path())) class="button secondary" data-testid="aftercare-link">{tr!("Start aftercare")}</a>
            </p>
        </article>
    }
}
