//! `/embed`: the three tools as tabs, with a studio's name, prices and accent colour, for an
//! `<iframe>` on the studio's own site. No site header, footer or navigation; a one-line
//! disclaimer and a link to the full guide instead.
//!
//! The embed never navigates: inside an iframe every navigation would add to the host page's
//! history. The pages keep their state in [`EmbedNav`] instead of the address, and links
//! between the tools switch tabs. Links anywhere else open the full guide in a new tab.

use dermamap_core::embed::{EmbedConfig, EmbedNotice, EmbedTab, Services};
use dermamap_core::query;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::estimator::PriceBookContext;
use super::{AftercarePage, EstimatorPage, MapPage};
use crate::site::SiteBase;

/// Where the embed is shown, as far as the browser lets it tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Opened on its own, not in a frame.
    Top,
    /// In a frame of a page on the same site (the `/studio` preview, or another port of the
    /// same host): browsers give it the full guide's storage.
    SameSite,
    /// In another site's page. Browsers keep storage there apart from the full guide's
    /// (partitioned by the host site) or block it. `host` is the host site, if known.
    CrossSite { host: Option<String> },
}

impl Framing {
    /// Reads the framing once: `frameElement` is null for a cross-origin parent and reading
    /// it never throws, unlike the parent's location.
    pub fn detect() -> Self {
        let w = window();
        let framed = w
            .top()
            .ok()
            .flatten()
            .is_some_and(|top| !js_sys::Object::is(top.as_ref(), w.as_ref()));
        if !framed {
            return Framing::Top;
        }
        if w.frame_element().ok().flatten().is_some() {
            return Framing::SameSite;
        }
        match host_page() {
            // A site is a scheme and a registrable domain: ports do not count. Without the
            // public suffix list, only the same host name is known to be the same site.
            Some(url) if Some(url.hostname()) == w.location().hostname().ok() => Framing::SameSite,
            Some(url) => Framing::CrossSite {
                host: Some(url.host()).filter(|h| !h.is_empty()),
            },
            None => Framing::CrossSite { host: None },
        }
    }

    pub fn is_framed(&self) -> bool {
        !matches!(self, Framing::Top)
    }
}

/// The top page's URL (origin only where the browser has `location.ancestorOrigins`), else
/// the referrer. Only ever compared, or shown as text to the person.
fn host_page() -> Option<web_sys::Url> {
    let location = window().location();
    let from_ancestors = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|list| !list.is_undefined() && !list.is_null())
        .and_then(|list| {
            let len = js_sys::Reflect::get(&list, &JsValue::from_str("length"))
                .ok()?
                .as_f64()? as u32;
            js_sys::Reflect::get_u32(&list, len.checked_sub(1)?)
                .ok()?
                .as_string()
        })
        .filter(|o| o != "null");
    let page = from_ancestors.or_else(|| Some(document().referrer()).filter(|r| !r.is_empty()))?;
    web_sys::Url::new(&page).ok()
}

/// Set by the embed for the pages inside it: their state lives here instead of in the
/// address, so selecting a region or following a link between tools stays in the embed.
#[derive(Clone, Copy)]
pub struct EmbedNav {
    pub tab: RwSignal<EmbedTab>,
    /// Tabs opened so far: each is built the first time it opens and kept after that.
    opened: RwSignal<Vec<EmbedTab>>,
    /// The map's selected region.
    pub region: RwSignal<Option<String>>,
    /// The estimator's choices, as its query (`procedure=dermal&region=nape`).
    pub estimator_query: RwSignal<String>,
    /// The aftercare form's starting choices, as a query (`procedure=…&region=…`).
    pub aftercare_query: RwSignal<String>,
    pub services: Services,
    pub framing: StoredValue<Framing>,
    /// The full guide, absolute, for "open the full guide" links.
    pub full_guide: StoredValue<String>,
}

impl EmbedNav {
    pub fn open(&self, t: EmbedTab) {
        if !self.opened.with_untracked(|o| o.contains(&t)) {
            self.opened.update(|o| o.push(t));
        }
        self.tab.set(t);
    }

    fn is_opened(&self, t: EmbedTab) -> bool {
        self.opened.with(|o| o.contains(&t))
    }

    /// The host site the embed's storage belongs to, when it is not the full guide's.
    pub fn partitioned_for(&self) -> Option<String> {
        match self.framing.get_value() {
            Framing::CrossSite { host } => {
                Some(host.unwrap_or_else(|| "the site showing it".into()))
            }
            _ => None,
        }
    }
}

fn tab_id(t: EmbedTab) -> String {
    format!("embed-tab-{}", t.slug())
}

fn panel_id(t: EmbedTab) -> String {
    format!("embed-panel-{}", t.slug())
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let location = use_location();
    let (config, notices) = EmbedConfig::from_query(&location.search.get_untracked());
    let base = use_context::<SiteBase>().unwrap_or_else(|| SiteBase::new(""));
    // The app's own root, absolute (index.html points <base> at it).
    let full_guide = document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| base.href("/"));
    let framing = Framing::detect();

    let procedure_query = config
        .services
        .only()
        .map(|p| format!("procedure={}", p.slug()))
        .unwrap_or_default();
    let nav = EmbedNav {
        tab: RwSignal::new(config.tab),
        opened: RwSignal::new(vec![config.tab]),
        region: RwSignal::new(None),
        estimator_query: RwSignal::new(procedure_query.clone()),
        aftercare_query: RwSignal::new(procedure_query),
        services: config.services,
        framing: StoredValue::new(framing.clone()),
        full_guide: StoredValue::new(full_guide.clone()),
    };
    provide_context(nav);
    provide_context(PriceBookContext(Signal::stored(config.price_book())));

    for n in &notices {
        leptos::logging::warn!(
            "Dermamap embed: setting “{}” ignored: {}",
            n.field,
            n.message
        );
    }
    apply_look(config.accent.map(|a| a.css()));

    let root = NodeRef::<html::Main>::new();
    if framing.is_framed() {
        report_height(root);
    }

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

    let studio = config.studio_name.clone();
    let title = match &studio {
        Some(n) => format!("Guide for {n}"),
        None => "Studio guide".to_string(),
    };

    view! {
        <Title text=title />
        <Meta name="description" content="Micro-dermal piercings and microneedling: body map, pain and cost estimator and aftercare, with this studio's prices." />
        <main id="main" class="embed" data-testid="embed" node_ref=root on:click=on_click>
            <div class="embed-bar">
                <p class="embed-studio">
                    {studio.map(|n| view! { <strong data-testid="embed-studio">{n}</strong>" · " })}
                    "Dermamap guide"
                </p>
                <a class="embed-full" href=full_guide target="_blank" rel="noopener" data-testid="open-full-guide">
                    "Open full guide"<span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </div>
            <Notices notices=notices />
            <div class="embed-tabs" role="tablist" aria-label="Dermamap tools" on:keydown=on_keydown>
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
            {EmbedTab::ALL
                .iter()
                .copied()
                .map(|t| {
                    view! {
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
                    }
                })
                .collect_view()}
            <p class="embed-disclaimer" data-testid="disclaimer">
                "General information, not medical advice: see a qualified piercer, dermatologist or doctor. "
                <a href=format!("{}about", full_guide_base(&nav)) target="_blank" rel="noopener">
                    "Sources and full disclaimer"<span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </p>
        </main>
    }
}

fn full_guide_base(nav: &EmbedNav) -> String {
    let mut base = nav.full_guide.get_value();
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// The values the embed ignored, for the studio to fix; each is also a console warning.
#[component]
fn Notices(notices: Vec<EmbedNotice>) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        view! {
            <div class="notice notice-warn embed-notices" role="status" data-testid="embed-notices">
                <p><strong>"Some embed settings were ignored:"</strong></p>
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
/// CSSOM (the CSP forbids style attributes; `style.setProperty` is allowed). Undone when the
/// embed unmounts.
fn apply_look(accent: Option<String>) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let classes = root.class_list();
    let _ = classes.add_1("embed-mode");
    if let Some(colour) = &accent {
        // Only `#rrggbb` ever gets here (`Accent::css`), and white text on it passes 4.5:1.
        let style = root.style();
        let _ = style.set_property("--accent", colour);
        let _ = style.set_property("--accent-fg", "#ffffff");
        let _ = classes.add_1("studio-accent");
    }
    let root = send_wrapper::SendWrapper::new(root);
    on_cleanup(move || {
        let _ = root.class_list().remove_2("embed-mode", "studio-accent");
        let _ = root.style().remove_property("--accent");
        let _ = root.style().remove_property("--accent-fg");
    });
}

/// Inside an iframe, tells the parent the content's height whenever it changes, so the
/// host's `embed.js` can size the frame. The message holds the height and nothing else.
fn report_height(root: NodeRef<html::Main>) {
    type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut()>);
    let kept = StoredValue::new_local(None::<Observer>);
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        if kept.with_value(Option::is_some) {
            return;
        }
        let el: web_sys::Element = el.into();
        let last = std::cell::Cell::new(0u32);
        let measure = {
            let el = el.clone();
            move || {
                let w = window();
                let bottom = el.get_bounding_client_rect().bottom() + w.scroll_y().unwrap_or(0.0);
                let height = bottom.ceil().max(0.0) as u32;
                if height == last.replace(height) {
                    return;
                }
                let Some(parent) = w.parent().ok().flatten() else {
                    return;
                };
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"dermamap:height".into());
                let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
                // "*": the message carries no data, and the host may be any studio's site.
                let _ = parent.post_message(&msg, "*");
            }
        };
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            // Observing also reports the first size.
            observer.observe(&el);
            kept.set_value(Some((observer, callback)));
        }
    });
    on_cleanup(move || {
        kept.try_with_value(|k| {
            if let Some((observer, _)) = k {
                observer.disconnect();
            }
        });
    });
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
    match app_path {
        Some(p) if p.starts_with("/map/") => {
            ev.prevent_default();
            let id = query::decode(&p["/map/".len()..]);
            nav.region.set(Some(id));
            nav.open(EmbedTab::Map);
        }
        Some("/estimator") => {
            ev.prevent_default();
            nav.estimator_query.set(search);
            nav.open(EmbedTab::Estimator);
            focus_later(panel_id(EmbedTab::Estimator));
        }
        Some("/aftercare") => {
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
