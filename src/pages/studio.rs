//! `/studio`: a studio owner fills in their name, prices and colour, sees the embed live, and
//! copies the snippet for their own site. Validation is the embed's own
//! ([`EmbedConfig::from_query`]), so the form and the embed can never disagree.

use dermamap_core::embed::{
    jewellery_key, keys, snippet, EmbedConfig, EmbedTab, Services, FRAME_TITLE, NAME_MAX_CHARS,
    SANDBOX, SUPPORTED_CURRENCIES,
};
use dermamap_core::estimator::Material;
use dermamap_core::locale::catalog::active_lang;
use dermamap_core::locale::{fill, tr as t, Lang};
use dermamap_core::query;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::intro::STUDIO_INTRO;
use crate::components::{SelectField, TextField};
use crate::device::clipboard::copy_text_when;
use crate::device::language::text_in;
use crate::device::when_device_ready;
use crate::site::SiteBase;
use crate::site_map::Page;

/// One form value per query key, as typed.
#[derive(Clone, Copy)]
struct Fields {
    name: RwSignal<String>,
    currency: RwSignal<String>,
    dermal: RwSignal<String>,
    jewellery: [RwSignal<String>; 4],
    needling: RwSignal<String>,
    services: RwSignal<String>,
    accent: RwSignal<String>,
    tab: RwSignal<String>,
    /// The embed's language code; the studio page's own language to begin with.
    lang: RwSignal<String>,
}

impl Fields {
    fn new() -> Self {
        Fields {
            name: RwSignal::new(String::new()),
            currency: RwSignal::new("USD".into()),
            dermal: RwSignal::new(String::new()),
            jewellery: std::array::from_fn(|_| RwSignal::new(String::new())),
            needling: RwSignal::new(String::new()),
            services: RwSignal::new(Services::Both.slug().into()),
            accent: RwSignal::new(String::new()),
            tab: RwSignal::new(EmbedTab::Map.slug().into()),
            lang: RwSignal::new(active_lang().code().into()),
        }
    }

    /// The raw values as an embed query, blank ones left out.
    fn raw_query(&self) -> String {
        let mut pairs: Vec<(String, String)> = vec![
            (keys::NAME.into(), self.name.get()),
            (keys::CURRENCY.into(), self.currency.get()),
            (keys::DERMAL.into(), self.dermal.get()),
        ];
        for (m, v) in Material::ALL.iter().zip(self.jewellery) {
            pairs.push((jewellery_key(*m), v.get()));
        }
        pairs.push((keys::NEEDLING.into(), self.needling.get()));
        pairs.push((keys::SERVICES.into(), self.services.get()));
        pairs.push((keys::ACCENT.into(), self.accent.get()));
        pairs.push((keys::TAB.into(), self.tab.get()));
        pairs.push((keys::LANG.into(), self.lang.get()));
        query::build(
            pairs
                .iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(k, v)| (k.as_str(), v.clone())),
        )
    }
}

#[component]
pub fn StudioPage() -> impl IntoView {
    let site = use_context::<SiteBase>().unwrap_or_else(|| SiteBase::new(""));
    let fields = Fields::new();
    let parsed = Memo::new(move |_| EmbedConfig::from_query(&fields.raw_query()));
    let error_for = move |key: String| {
        Signal::derive(move || {
            parsed.with(|(_, n)| n.iter().find(|n| n.field == key).map(|n| n.message.clone()))
        })
    };
    let embed_query = Memo::new(move |_| parsed.with(|(c, _)| c.to_query()));

    // The preview reloads the embed, so it follows the form after a short pause in typing.
    let preview_query = RwSignal::new(embed_query.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let q = embed_query.get();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || preview_query.set(q),
            std::time::Duration::from_millis(400),
        )
        .ok();
        pending.set_value(handle);
    });
    // At the address of the embed's language, as the snippet names it.
    let preview_src = move || {
        let q = preview_query.get();
        let lang = EmbedConfig::lang_of(&q).unwrap_or(Lang::En);
        format!("{}?{q}", site.href_in(lang, &Page::Embed.path()))
    };

    // The snippet names the address the app is served from: filled in once the device may
    // be read (the prerendered page has none).
    let app_url = RwSignal::new(String::new());
    // The frame's title in the embed's language, fetched when that is not this page's (once
    // per choice of language, not per keystroke, and again by Copy if it has not arrived).
    // Until it has, the snippet gives the title in the language it was last in, and, if it
    // could not be fetched (offline, that language never read here), says so.
    let embed_lang = Memo::new(move |_| parsed.with(|(c, _)| c.lang));
    let frame_title = RwSignal::new((active_lang(), t(FRAME_TITLE).to_string()));
    let title_missing = RwSignal::new(false);
    // False once the page is left.
    let title_is_in = move |lang: Lang| {
        frame_title
            .try_with_untracked(|(shown, _)| *shown == lang)
            .unwrap_or(false)
    };
    let fetch_title = move |lang: Lang| async move {
        let title = text_in(lang, FRAME_TITLE).await;
        // Unless another language was chosen meanwhile, or the page was left.
        if embed_lang.try_get_untracked() != Some(lang) {
            return;
        }
        match title {
            Some(title) => {
                frame_title.try_set((lang, title));
                title_missing.try_set(false);
            }
            // Unless another fetch brought it meanwhile.
            None if !title_is_in(lang) => {
                title_missing.try_set(true);
            }
            None => {}
        }
    };
    Effect::new(move |_| {
        let lang = embed_lang.get();
        title_missing.set(false);
        if !title_is_in(lang) {
            leptos::task::spawn_local(fetch_title(lang));
        }
    });
    let code = Memo::new(move |_| {
        let title = frame_title.with(|(_, title)| title.clone());
        let app_url = app_url.get();
        parsed.with(|(c, _)| snippet(&app_url, c.lang, &c.to_query(), &title))
    });
    let title_note = move || {
        title_missing.get().then(|| {
            let shown = frame_title.with(|(lang, _)| lang.own_name());
            fill(
                tr!("The frame's title, which screen readers announce, could not be loaded in {wanted}: the snippet gives it in {shown} for now. Copying the snippet tries again."),
                &[("wanted", &embed_lang.get().own_name()), ("shown", &shown)],
            )
        })
    };

    let frame = NodeRef::<html::Iframe>::new();
    when_device_ready(move || {
        app_url.set(document().base_uri().ok().flatten().unwrap_or_default());
    });
    // From right after hydration: the prerendered preview starts loading the embed as soon
    // as the page is parsed, and may tell its height before the device is read.
    Effect::new(move |_| size_preview(frame));

    let copied = RwSignal::new(None::<&'static str>);
    // One copy at a time: a second click while the title is on its way would start a second
    // write, which a browser may let cancel the first.
    let copying = StoredValue::new(false);
    let copy = move |_| {
        if copying.try_get_value() != Some(false) {
            return;
        }
        copying.set_value(true);
        // The snippet with the title in the embed's language: fetched first if it has not
        // arrived, and again if another language is chosen meanwhile. If it cannot be loaded,
        // the snippet as shown, which the note says. Nothing once the page is left.
        let snippet_to_copy = async move {
            loop {
                let lang = embed_lang.try_get_untracked()?;
                if title_is_in(lang) {
                    break;
                }
                fetch_title(lang).await;
                if embed_lang.try_get_untracked()? == lang {
                    break;
                }
            }
            code.try_get_untracked()
        };
        leptos::task::spawn_local(async move {
            let ok = copy_text_when(snippet_to_copy).await;
            copying.try_set_value(false);
            copied.try_set(Some(if ok {
                tr!("Snippet copied.")
            } else {
                tr!("Copying was blocked by the browser: select the snippet and copy it instead.")
            }));
        });
    };

    let currency_options: Vec<(String, String)> = SUPPORTED_CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let services_options: Vec<(String, String)> = Services::ALL
        .iter()
        .map(|s| (s.slug().into(), s.label().into()))
        .collect();
    let tab_options: Vec<(String, String)> = EmbedTab::ALL
        .iter()
        .map(|tab| (tab.slug().into(), tab.label().into()))
        .collect();
    let lang_options: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().into(), l.own_name().into()))
        .collect();
    let price_help = tr!("A price like 150, a range like 120-180, or with cents like 49.50, in the currency above. Leave empty to show “ask your studio”.");

    view! {
        <Title text=tr!("Embed Dermamap on your studio's site") />
        <Meta name="description" content=tr!("Put Dermamap on your studio's website with your own prices and colour: fill in the form, check the preview, copy one snippet.") />
        <section class="page studio-page" data-testid="studio-page">
            <h1>{t(STUDIO_INTRO.heading)}</h1>
            <p class="lede">{t(STUDIO_INTRO.lede)}</p>
            <div class="studio-layout">
                <form class="studio-form estimator-form" data-testid="studio-form" on:submit=|ev| ev.prevent_default()>
                    <fieldset>
                        <legend>{tr!("Your studio")}</legend>
                        <TextField id="studio-name" label=tr!("Studio name") value=fields.name error=error_for(keys::NAME.into())
                            help=fill(tr!("Shown as plain text at the top of the embed, up to {NAME_MAX_CHARS} characters."), &[("NAME_MAX_CHARS", &NAME_MAX_CHARS)]) maxlength=NAME_MAX_CHARS />
                        <SelectField id="studio-services" label=tr!("Services") selected=Signal::from(fields.services) on_change=Callback::new(move |v| fields.services.set(v)) options=services_options.clone()
                            error=error_for(keys::SERVICES.into()) help=tr!("The map and the estimator start with these.") />
                        <SelectField id="studio-tab" label=tr!("Opens on") selected=Signal::from(fields.tab) on_change=Callback::new(move |v| fields.tab.set(v)) options=tab_options.clone()
                            error=error_for(keys::TAB.into()) help=tr!("The tab visitors see first.") />
                        <SelectField id="studio-lang" label=tr!("Language") selected=Signal::from(fields.lang) on_change=Callback::new(move |v| fields.lang.set(v)) options=lang_options
                            error=error_for(keys::LANG.into()) help=tr!("The language the embed speaks, whatever the language of your site.") />
                        <TextField id="studio-accent" label=tr!("Accent colour") value=fields.accent error=error_for(keys::ACCENT.into())
                            help=tr!("A hex colour such as #0b5d5b for buttons and the selected tab. White text goes on it, so it needs a contrast of at least 4.5:1 with white; lighter colours are refused. Leave empty for Dermamap's colour.").to_string() />
                    </fieldset>
                    <fieldset>
                        <legend>{tr!("Prices")}</legend>
                        <SelectField id="studio-currency" label=tr!("Currency") selected=Signal::from(fields.currency) on_change=Callback::new(move |v| fields.currency.set(v)) options=currency_options.clone()
                            error=error_for(keys::CURRENCY.into()) help=tr!("ISO 4217 code of the prices below.") />
                        <TextField id="studio-dermal" label=tr!("Micro-dermal piercing, per anchor") value=fields.dermal error=error_for(keys::DERMAL.into())
                            help=price_help.to_string() inputmode="decimal" />
                        {Material::ALL.iter().zip(fields.jewellery).map(|(m, value)| {
                            let key = jewellery_key(*m);
                            view! {
                                <TextField id=format!("studio-{key}") label=fill(tr!("{}, per piece (if charged separately)"), &[("", &m.label())]) value=value
                                    error=error_for(key.clone()) help=price_help.to_string() inputmode="decimal" />
                            }
                        }).collect_view()}
                        <TextField id="studio-needling" label=tr!("Microneedling, per session") value=fields.needling error=error_for(keys::NEEDLING.into())
                            help=price_help.to_string() inputmode="decimal" />
                    </fieldset>
                </form>
                <div class="studio-output">
                    <h2 id="snippet-heading">{tr!("Your snippet")}</h2>
                    <div class="field">
                        <label for="studio-snippet">{tr!("Paste this into your site's HTML")}</label>
                        <textarea id="studio-snippet" class="snippet" readonly=true rows="6" spellcheck="false" data-testid="snippet"
                            aria-describedby="studio-snippet-help" prop:value=move || code.get()></textarea>
                        <p class="help" id="studio-snippet-help">{tr!("The script sizes the frame to its content. To allow only your own site to embed Dermamap, see “For studios” in the README (frame-ancestors).")}</p>
                    </div>
                    <div role="status" data-testid="snippet-title-missing">
                        {move || title_note().map(|note| view! { <p class="notice notice-warn">{note}</p> })}
                    </div>
                    <p class="actions">
                        <button type="button" data-testid="copy-snippet" on:click=copy>{tr!("Copy snippet")}</button>
                    </p>
                    <p role="status" class="muted" data-testid="copy-status">{move || copied.get()}</p>
                    <h2 id="preview-heading">{tr!("Preview")}</h2>
                    <iframe
                        class="studio-preview"
                        title=tr!("Preview of your embed")
                        data-testid="preview"
                        sandbox=SANDBOX
                        node_ref=frame
                        src=preview_src
                    ></iframe>
                </div>
            </div>
        </section>
    }
}

/// The preview is an embed like any other: it reports its height, and this page sizes the
/// frame from messages that come from that frame and this origin only.
/// Sizes the preview to the embed's height, if it is a sensible one.
fn set_preview_height(iframe: &web_sys::HtmlIFrameElement, h: f64) {
    if h.is_finite() && (100.0..=20000.0).contains(&h) {
        // The stylesheet uses border-box sizing: add the frame's own borders.
        let borders = f64::from(iframe.offset_height() - iframe.client_height()).max(0.0);
        let _ = web_sys::HtmlElement::style(iframe)
            .set_property("height", &format!("{}px", (h + borders).ceil()));
    }
}

fn size_preview(frame: NodeRef<html::Iframe>) {
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let Some(iframe) = frame.get_untracked() else {
                return;
            };
            let iframe: web_sys::HtmlIFrameElement = iframe;
            let from_frame = match (ev.source(), iframe.content_window()) {
                (Some(source), Some(win)) => js_sys::Object::is(source.as_ref(), win.as_ref()),
                _ => false,
            };
            let same_origin = window().location().origin().is_ok_and(|o| o == ev.origin());
            if !from_frame || !same_origin {
                return;
            }
            let data = ev.data();
            let kind = js_sys::Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|v| v.as_string());
            let height = js_sys::Reflect::get(&data, &"height".into())
                .ok()
                .and_then(|v| v.as_f64());
            if let (Some("dermamap:height"), Some(h)) = (kind.as_deref(), height) {
                set_preview_height(&iframe, h);
            }
        });
    let _ = window().add_event_listener_with_callback("message", handler.as_ref().unchecked_ref());
    // An embed that reported its height before this listener was there reports again only
    // when its height changes: measure it once now (the preview is this site's own page).
    if let Some(iframe) = frame.get_untracked() {
        let embed = iframe
            .content_document()
            .and_then(|doc| doc.query_selector("[data-testid=embed]").ok().flatten());
        if let (Some(embed), Some(win)) = (embed, iframe.content_window()) {
            let bottom = embed.get_bounding_client_rect().bottom() + win.scroll_y().unwrap_or(0.0);
            set_preview_height(&iframe, bottom.ceil());
        }
    }
    let listener = send_wrapper::SendWrapper::new(handler);
    on_cleanup(move || {
        let _ = window()
            .remove_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    });
}
