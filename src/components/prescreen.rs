//! "Is it right for me now?": the contraindications the sources list. Nothing is stored and
//! nothing leaves the page; ticking only changes what this page says.

use dermamap_core::content::{Strength, NEEDLING_CONTRAINDICATIONS};
use dermamap_core::locale::tr as t;
use leptos::prelude::*;

use super::SourceList;

#[component]
pub fn Prescreen() -> impl IntoView {
    let ticked = RwSignal::new(Vec::<&'static str>::new());
    view! {
        <section class="prescreen" aria-labelledby="prescreen-heading" data-testid="prescreen">
            <h2 id="prescreen-heading">{tr!("Is microneedling right for me now?")}</h2>
            <p>{tr!("Tick anything that applies to you. Your answers stay on this page: they are not saved or sent anywhere.")}</p>
            <ul class="checklist">
                {NEEDLING_CONTRAINDICATIONS.iter().map(|c| {
                    let id = format!("ci-{}", c.id);
                    let checked = move || ticked.with(|list| list.contains(&c.id));
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() data-testid=id.clone()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    ticked.update(|list| { list.retain(|x| *x != c.id); if on { list.push(c.id); } });
                                } />
                            <label for=id>{t(c.label)}</label>
                            <Show when=checked>
                                <p class=if c.strength == Strength::DoNotHave { "notice notice-danger prescreen-advice" } else { "notice notice-warn prescreen-advice" }>
                                    <strong>{c.advice()}" "</strong>{t(c.why)}" "<SourceList sources=c.sources />
                                </p>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
