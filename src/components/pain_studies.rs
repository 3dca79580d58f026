//! The published microneedling pain figures, as the studies give them (study, n, depth,
//! numbing): on the About page and beside the estimator's range.

use dermamap_core::content::PAIN_STUDIES;
use dermamap_core::locale::tr as t;
use leptos::prelude::*;

use super::SourceList;

/// The published pain figures, as the studies give them.
#[component]
pub fn PainStudies() -> impl IntoView {
    // On a narrow screen the table scrolls sideways in its own box rather than breaking its
    // words a letter a line; the box can be reached and scrolled with the keyboard.
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=tr!("Published microneedling pain figures (0-10 scale)")>
        <table class="pain-studies" data-testid="pain-studies">
            <caption>{tr!("Published microneedling pain figures (0-10 scale)")}</caption>
            <thead><tr>
                <th scope="col">{tr!("Study")}</th><th scope="col">{tr!("People")}</th><th scope="col">{tr!("Needle depth")}</th>
                <th scope="col">{tr!("Area")}</th><th scope="col">{tr!("Numbing")}</th><th scope="col">{tr!("Mean pain")}</th>
            </tr></thead>
            <tbody>
                {PAIN_STUDIES.iter().map(|s| view! {
                    <tr>
                        <td><SourceList sources=vec![s.source] />{s.caveat.map(|c| view! { <br /><span class="muted">{t(c)}</span> })}</td>
                        <td>{format!("n = {}", s.n)}</td>
                        <td>{s.depth_text()}</td>
                        <td>{t(s.area)}</td>
                        <td>{s.numbing.label()}</td>
                        <td>{s.score_text()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
