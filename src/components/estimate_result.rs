//! The estimate: pain range with its reasons, cost with its breakdown, warnings and notes.

use dermamap_core::estimator::{summary_text, Basis, Direction, Estimate, EstimateInput};
use dermamap_core::locale::{fill, in_sentence, tr as t};
use dermamap_core::Procedure;
use leptos::prelude::*;

use super::{PainStudies, SourceList};
use crate::device::clipboard::copy_text;

#[component]
pub fn EstimateResult(estimate: Estimate, input: EstimateInput) -> impl IntoView {
    let summary = summary_text(&estimate, &input);
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let text = summary.clone();
        leptos::task::spawn_local(async move {
            let ok = copy_text(&text).await;
            copied.set(Some(if ok {
                tr!("Summary copied.")
            } else {
                tr!("Copying was blocked by the browser; select the text instead.")
            }));
        });
    };
    let cost = estimate.cost.clone();
    view! {
        <section class="estimate" aria-labelledby="pain-heading">
            <h2 id="pain-heading">{tr!("Pain: ")} <span data-testid="pain-range">{estimate.pain.text()}</span></h2>
            <p class="muted">
                {tr!("For ")}{estimate.pain.per}{tr!(" on the ")}{in_sentence(t(estimate.region_name))}". "
                {estimate.pain.caveat}
            </p>
            <ul class="factors" data-testid="pain-factors">
                {estimate.pain.factors.iter().map(|f| {
                    let arrow = match f.direction { Direction::Up => "▲", Direction::Down => "▼", Direction::Neutral => "●" };
                    view! {
                        <li class=format!("factor factor-{}", f.direction.slug())>
                            <span aria-hidden="true" class="arrow">{arrow}</span>
                            <strong>{f.label.clone()}</strong>" ("{f.direction.label()}"): "{f.why.clone()}" "
                            <SourceList sources=f.sources />
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(estimate.procedure == Procedure::Microneedling).then(|| view! { <PainStudies /> })}
        </section>
        <section class="estimate" aria-labelledby="cost-heading">
            <h2 id="cost-heading">{tr!("Cost: ")} <span data-testid="cost-total">{cost.total_text()}</span></h2>
            {cost.studio_supplied.then(|| view! { <p class="muted">{tr!("Prices set by this studio.")}</p> })}
            <table class="cost-lines" data-testid="cost-lines">
                <caption class="visually-hidden">{tr!("Cost breakdown")}</caption>
                <tbody>
                    {cost.lines.iter().map(|l| view! {
                        <tr>
                            <th scope="row">{l.label.clone()}</th>
                            <td>{cost.line_text(l)}" "{basis(l.basis)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!cost.included.is_empty()).then(|| view! {
                <h3>{tr!("Included")}</h3>
                <ul>{cost.included.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            })}
            {(!cost.not_included.is_empty()).then(|| view! {
                <h3>{tr!("Not included")}</h3>
                <ul>{cost.not_included.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            })}
            {cost.notes.iter().map(|n| view! { <p class="note">{n.text.clone()}" "{basis(n.basis)}</p> }).collect_view()}
        </section>
        {estimate.needling.as_ref().map(|g| view! {
            <section class="estimate" aria-labelledby="course-heading">
                <h2 id="course-heading">{tr!("Depth, downtime and course")}</h2>
                <ul>
                    <li>
                        {tr!("Sourced depth for this area: ")}
                        {g.sourced_depth.map(|d| fill(tr!("{}–{} mm"), &[("", &d.min.local_text()), ("", &d.max.local_text())])).unwrap_or_else(|| tr!("none given by the sources").into())}
                        {g.depth_text.map(|text| format!(". {}", t(text)))}
                        " "<SourceList sources=g.depth_sources />
                    </li>
                    <li>{tr!("Downtime at this depth: about ")}{g.downtime_days.min}"–"{g.downtime_days.max}{tr!(" days ")}<SourceList sources=g.downtime_sources /></li>
                    <li>{t(g.sessions.text)}" "<SourceList sources=g.sessions.sources /></li>
                </ul>
            </section>
        })}
        {(!estimate.warnings.is_empty()).then(|| view! {
            <section class="notice notice-warn" aria-labelledby="warnings-heading" data-testid="estimate-warnings">
                <h2 id="warnings-heading">{tr!("Before you book")}</h2>
                <ul>{estimate.warnings.iter().map(|w| view! { <li>{w.text.clone()}" "<SourceList sources=w.sources /></li> }).collect_view()}</ul>
            </section>
        })}
        <p class="actions">
            <button type="button" data-testid="copy-summary" on:click=copy>{tr!("Copy summary")}</button>
            <button type="button" class="secondary" on:click=|_| { let _ = window().print(); }>{tr!("Print")}</button>
            <span role="status" class="muted">{move || copied.get()}</span>
        </p>
    }
}

/// What a line or note of the cost rests on: its sources, or the studio's own price (which is
/// neither a source's figure nor Dermamap's reasoning).
fn basis(basis: Basis) -> AnyView {
    match basis {
        Basis::Sources(sources) => view! { <SourceList sources=sources.to_vec() /> }.into_any(),
        // "ask your studio": nothing to cite, and no reasoning of Dermamap's either.
        Basis::NoFigure => ().into_any(),
        Basis::StudioPrice => {
            view! { <span class="sources" data-testid="studio-price">{tr!("(this studio's own price)")}</span> }
                .into_any()
        }
    }
}
