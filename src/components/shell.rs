use dermamap_core::content::DISCLAIMER;
use dermamap_core::locale::tr as t;
use dermamap_core::sources::SourceId;
use leptos::prelude::*;
use leptos_router::components::A;

use super::LanguageSwitcher;
use crate::pages::intro::MAIN_NAV;
use crate::site::href;
use crate::site_map::Page;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href=href(&Page::Map.path()) exact=true attr:class="brand">"Dermamap"</A>
            <nav aria-label=tr!("Main")>
                <ul>
                    {MAIN_NAV
                        .iter()
                        .map(|&(page, label, exact)| view! { <li><A href=href(&page.path()) exact=exact>{t(label)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <LanguageSwitcher />
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="disclaimer" data-testid="disclaimer"><strong>{tr!("Medical disclaimer: ")}</strong>{t(DISCLAIMER)}</p>
            <p><A href=href(&Page::About.path()) exact=true>{tr!("Sources and full disclaimer")}</A></p>
        </footer>
    }
}

/// Inline citations: each source links to its entry on the sources page, and studio, vendor
/// and editorial sources say they carry less weight. No sources means
/// the line is Dermamap's own reasoning, and it says so rather than looking sourced.
#[component]
pub fn SourceList(#[prop(into)] sources: Vec<SourceId>) -> impl IntoView {
    if sources.is_empty() {
        return view! { <span class="sources">{tr!("(Dermamap's own reasoning; no source gives this step)")}</span> }.into_any();
    }
    let page = href(&Page::Sources.path());
    view! {
        <span class="sources">
            {if sources.len() == 1 { tr!("Source: ") } else { tr!("Sources: ") }}
            {sources
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    view! {
                        {(i > 0).then_some(", ")}
                        <a href=format!("{page}#{}", s.anchor()) class:lower-confidence=s.lower_confidence()
                            title=s.lower_confidence().then(|| tr!("Lower confidence: studio, vendor or editorial page"))>{s.short()}</a>
                        {s.lower_confidence().then_some(view! { <span class="lc-mark">{tr!(" (lower confidence)")}</span> })}
                    }
                })
                .collect_view()}
        </span>
    }
    .into_any()
}
