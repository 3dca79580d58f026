//! How strong the evidence behind a figure is, beside the figure.

use dermamap_core::sources::{Evidence, SourceId};
use leptos::prelude::*;

#[component]
pub fn EvidenceNote(sources: &'static [SourceId]) -> impl IntoView {
    let evidence = Evidence::of(sources);
    view! { <span class=format!("evidence evidence-{}", evidence.slug())>"("{evidence.label()}")"</span> }
}
