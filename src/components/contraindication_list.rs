//! Who should not have microneedling, worded as strongly as the sources: the one list the
//! region panels, the About page and the estimator's pre-screen share.

use dermamap_core::content::{Strength, NEEDLING_CONTRAINDICATIONS};
use dermamap_core::locale::tr as t;
use leptos::prelude::*;

use super::SourceList;

#[component]
pub fn ContraindicationList() -> impl IntoView {
    let group = |strength: Strength| {
        view! {
            <h4>{strength.heading()}</h4>
            <ul class="contraindications">
                {NEEDLING_CONTRAINDICATIONS.iter().filter(|c| c.strength == strength).map(|c| view! {
                    <li data-testid=format!("contraindication-{}", c.id)>
                        <strong>{t(c.label)}</strong>": "{c.advice()}" "{t(c.why)}" "<SourceList sources=c.sources />
                    </li>
                }).collect_view()}
            </ul>
        }
    };
    view! {
        <div class="who-should-not" data-testid="who-should-not">
            {group(Strength::DoNotHave)}
            {group(Strength::ClearanceFirst)}
            {group(Strength::AskFirst)}
        </div>
    }
}
