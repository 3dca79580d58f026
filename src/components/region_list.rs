//! The same regions as the figure, as grouped lists: for screen readers, keyboards and anyone
//! who prefers text.

use dermamap_core::content;
use dermamap_core::locale::tr as t;
use dermamap_core::{Procedure, View};
use leptos::prelude::*;

use super::body_figure::{region_clicked, MapState};
use crate::site::href;
use crate::site_map::Page;

#[component]
pub fn RegionList() -> impl IntoView {
    let state = expect_context::<MapState>();
    // A region's link selects it in place, as the figure's does (one listener for the list).
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = region_clicked(&ev) {
            ev.prevent_default();
            state.select.run(id);
        }
    };
    view! {
        <section class="region-list" aria-labelledby="region-list-heading" data-testid="region-list" on:click=on_click>
            <h2 id="region-list-heading">{tr!("All regions as a list")}</h2>
            <div class="region-list-groups">
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        view! {
                            <div class="region-list-view">
                                <h3>{v.label()}</h3>
                                {Procedure::ALL
                                    .into_iter()
                                    .map(move |p| {
                                        let items = move || {
                                            content::regions_in(v)
                                                .filter(|r| r.suits(p) && state.filter.get().shows(r))
                                                .collect::<Vec<_>>()
                                        };
                                        view! {
                                            <Show when=move || !items().is_empty()>
                                                <h4>{p.places()}</h4>
                                                <ul>
                                                    {move || items()
                                                        .into_iter()
                                                        .map(|r| {
                                                            let current = move || state.is_selected(r.id);
                                                            view! {
                                                                <li>
                                                                    <a href=href(&Page::Region(r.id).path()) data-region=r.id.slug() aria-current=move || current().then_some("page")>
                                                                        {t(r.name)}
                                                                    </a>
                                                                </li>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </ul>
                                            </Show>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
