//! `/embed`: the three tools as tabs, with a studio's name, prices and accent colour, for an
//! `<iframe>` on the studio's own site. No site header, footer or navigation; a one-line
//! disclaimer and a link to the full guide instead.
//!
//! The embed never navigates: inside an iframe every navigation would add to the host page's
//! history. The pages keep their state in [`crate::nav::EmbedNav`] instead of the address, and links
//! between the tools switch tabs. Links anywhere else open the full guide in a new tab.

use dermamap_core::embed::{EmbedNotice, EmbedTab};
use dermamap_core::locale::fill;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use wasm_bindgen::JsCast;

mod settings;

use settings::EmbedSettings;

use super::estimator::PriceBookContext;
use super::{AftercarePage, EstimatorPage, MapPage};
use crate::components::in_own_task;
use crate::device::frame_height::report_height;
use crate::device::{DeviceReady, IN_BROWSER};
use crate::nav::{EmbedNav, Nav};
use crate::site::SiteBase;
use crate::site_map::Page;

fn tab_id(t: EmbedTab) -> String {
    format!("embed-tab-{}", t.slug())
}

fn panel_id(t: EmbedTab) -> String {
    format!("embed-panel-{}", t.slug())
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let base = use_context::<SiteBase>().unwrap_or_else(|| SiteBase::new(""));
    // The studio's settings come from the address, and the frame from the device: the
    // prerendered embed is a studio-less one on its map, and the app hydrates it as that. Once
    // the device may be read, the parts that show a setting update in place.
    let settings = EmbedSettings::read();
    let nav = settings.now(|s| {
        warn_ignored(&s.notices);
        EmbedNav::new(
            s.config.tab,
            s.config.services,
            s.framing.clone(),
            s.full_guide.clone(),
        )
    });
    settings.on_change(move |s| {
        warn_ignored(&s.notices);
        nav.start_over(
            s.config.tab,
            s.config.services,
            s.framing.clone(),
            s.full_guide.clone(),
        );
    });
    provide_context(Nav::embedded(base.clone(), nav));
    let book = settings.part(|s| s.config.price_book());
    provide_context(PriceBookContext(book.into()));

    let accent = settings.part(|s| s.config.accent.map(|a| a.css()));
    apply_look(accent);

    let root = NodeRef::<html::Main>::new();
    let framed = settings.part(|s| s.framing.is_framed());
    report_height(root, framed.into());

    let prefix = base.href("");
    let on_click = move |ev: web_sys::MouseEvent| follow_link(&ev, &prefix, nav);

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let tabs = EmbedTab::ALL;
        let i = tabs
            .iter()
            .position(|t| *t == nav.tab.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => tabs[(i + 1) % tabs.len()],
            "ArrowLeft" => tabs[(i + tabs.len() - 1) % tabs.len()],
            "Home" => tabs[0],
            "End" => tabs[tabs.len() - 1],
            _ => return,
        };
        ev.prevent_default();
        nav.open(next);
        focus_id(&tab_id(next));
    };

    let studio = settings.part(|s| s.config.studio_name.clone());
    let title = move || match studio.get() {
        Some(n) => fill(tr!("Guide for {n}"), &[("n", &n)]),
        None => tr!("Studio guide").to_string(),
    };
    let full_guide = settings.part(|s| s.full_guide.clone());
    let notices = settings.part(|s| s.notices.clone());

    view! {
        <Title text=title />
        <Meta name="description" content=tr!("Micro-dermal piercings and microneedling: body map, pain and cost estimator and aftercare, with this studio's prices.") />
        <main id="main" class="embed" data-testid="embed" node_ref=root on:click=on_click>
            // The bar, the tabs, each panel and the disclaimer are each hydrated in a task of
            // their own: start-up is not one long task.
            {in_own_task(move || view! {
                <div class="embed-bar">
                    <p class="embed-studio">
                        {move || studio.get().map(|n| view! { <strong data-testid="embed-studio">{n}</strong>" · " })}
                        {tr!("Dermamap guide")}
                    </p>
                    <a class="embed-full" href=move || full_guide.get() target="_blank" rel="noopener" data-testid="open-full-guide">
                        {tr!("Open full guide")}<span class="visually-hidden">{tr!(" (opens in a new tab)")}</span>
                    </a>
                </div>
            })}
            {move || view! { <Notices notices=notices.get() /> }}
            {in_own_task(move || view! {
                <div class="embed-tabs" role="tablist" aria-label=tr!("Dermamap tools") on:keydown=on_keydown>
                    {EmbedTab::ALL
                        .iter()
                        .copied()
                        .map(|t| {
                            let selected = move || nav.tab.get() == t;
                            view! {
                                <button
                                    type="button"
                                    role="tab"
                                    id=tab_id(t)
                                    aria-controls=panel_id(t)
                                    aria-selected=move || if selected() { "true" } else { "false" }
                                    tabindex=move || if selected() { "0" } else { "-1" }
                                    data-testid=format!("embed-tab-{}", t.slug())
                                    on:click=move |_| nav.open(t)
                                >
                                    {t.label()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            })}
            {EmbedTab::ALL
                .iter()
                .copied()
                .map(|t| {
                    in_own_task(move || view! {
                        <div
                            class="embed-panel"
                            role="tabpanel"
                            id=panel_id(t)
                            aria-labelledby=tab_id(t)
                            tabindex="0"
                            hidden=move || nav.tab.get() != t
                            data-testid=format!("embed-panel-{}", t.slug())
                        >
                            <Show when=move || nav.is_opened(t)>
                                {match t {
                                    EmbedTab::Map => view! { <MapPage /> }.into_any(),
                                    EmbedTab::Estimator => view! { <EstimatorPage /> }.into_any(),
                                    EmbedTab::Aftercare => view! { <AftercarePage /> }.into_any(),
                                }}
                            </Show>
                        </div>
                    })
                })
                .collect_view()}
            {in_own_task(move || view! {
                <p class="embed-disclaimer" data-testid="disclaimer">
                    {tr!("General information, not medical advice: see a qualified piercer, dermatologist or doctor. ")}
                    <a href=move || format!("{}about", with_slash(full_guide.get())) target="_blank" rel="noopener">
                        {tr!("Sources and full disclaimer")}<span class="visually-hidden">{tr!(" (opens in a new tab)")}</span>
                    </a>
                </p>
            })}
        </main>
    }
}

fn with_slash(mut base: String) -> String {
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// Each value the embed ignored is also a console warning, for the studio's developer.
fn warn_ignored(notices: &[EmbedNotice]) {
    for n in notices {
        leptos::logging::warn!(
            "Dermamap embed: setting “{}” ignored or changed: {}",
            n.field,
            n.message
        );
    }
}

/// The values the embed ignored, for the studio to fix; each is also a console warning.
#[component]
fn Notices(notices: Vec<EmbedNotice>) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        view! {
            <div class="notice notice-warn embed-notices" role="status" data-testid="embed-notices">
                <p><strong>{tr!("Some embed settings were ignored or changed:")}</strong></p>
                <ul>
                    {notices
                        .into_iter()
                        .map(|n| view! { <li><code>{n.field}</code>": "{n.message}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// Focuses an element once the page has updated (a panel is shown on the next frame).
fn focus_later(id: String) {
    request_animation_frame(move || focus_id(&id));
}

fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Marks the page as an embed for the stylesheet and applies a validated accent through the
/// CSSOM (the CSP forbids style attributes; `style.setProperty` is allowed), once the device may
/// be read (the prerendered embed has neither), and again if the accent changes. Undone when
/// the embed unmounts.
fn apply_look(accent: Memo<Option<String>>) {
    let ready = use_context::<DeviceReady>();
    Effect::new(move |_| {
        if !ready.map_or(IN_BROWSER, |r| r.get()) {
            return;
        }
        let Some(root) = html_root() else { return };
        let (style, classes) = (root.style(), root.class_list());
        let _ = classes.add_1("embed-mode");
        match accent.get() {
            // Only `#rrggbb` ever gets here (`Accent::css`), and white text on it passes 4.5:1.
            Some(colour) => {
                let _ = style.set_property("--accent", &colour);
                let _ = style.set_property("--accent-fg", "#ffffff");
                let _ = classes.add_1("studio-accent");
            }
            None => unset_accent(&root),
        }
    });
    on_cleanup(|| {
        // Never in the prerender, which has no document.
        if let Some(root) = IN_BROWSER.then(html_root).flatten() {
            let _ = root.class_list().remove_1("embed-mode");
            unset_accent(&root);
        }
    });
}

fn html_root() -> Option<web_sys::HtmlElement> {
    document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

fn unset_accent(root: &web_sys::HtmlElement) {
    let _ = root.class_list().remove_1("studio-accent");
    let _ = root.style().remove_property("--accent");
    let _ = root.style().remove_property("--accent-fg");
}

/// Links inside the embed: between the tools they switch tabs (and carry their choices);
/// anywhere else in the app they open the full guide in a new tab. The router sees a handled
/// click as already handled (`defaultPrevented`) or a link with a target, and leaves it.
fn follow_link(ev: &web_sys::MouseEvent, prefix: &str, nav: EmbedNav) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let Some(a) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    if !a.target().is_empty() || a.has_attribute("download") {
        return;
    }
    let same_origin = window().location().origin().is_ok_and(|o| o == a.origin());
    let path = a.pathname();
    let app_path = path.strip_prefix(prefix).filter(|_| same_origin);
    let search = a.search();
    let search = search.strip_prefix('?').unwrap_or(&search).to_string();
    match app_path.and_then(Page::at) {
        Some(Page::Region(id)) => {
            ev.prevent_default();
            nav.region.set(Some(id.slug().to_string()));
            nav.open(EmbedTab::Map);
        }
        Some(Page::Estimator) => {
            ev.prevent_default();
            nav.estimator_query.set(search);
            nav.open(EmbedTab::Estimator);
            focus_later(panel_id(EmbedTab::Estimator));
        }
        Some(Page::Aftercare) => {
            ev.prevent_default();
            nav.aftercare_query.set(search);
            nav.open(EmbedTab::Aftercare);
            focus_later(panel_id(EmbedTab::Aftercare));
        }
        _ => {
            // Sources, other pages and other sites: never inside the studio's frame.
            a.set_target("_blank");
            a.set_rel("noopener");
        }
    }
}
