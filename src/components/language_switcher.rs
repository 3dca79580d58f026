//! The language switcher: the page the reader is on, with its choices, in each language.
//! Real links (they work before the app runs and without JavaScript); a click also remembers
//! the choice on the device, so the guide opens in it next time.

use dermamap_core::locale::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::device::{language, DeviceReady, IN_BROWSER};
use crate::site::SiteBase;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let site = use_context::<SiteBase>().unwrap_or_else(|| SiteBase::new(""));
    let here = site.lang();
    let location = use_location();
    let ready = use_context::<DeviceReady>();
    let router_base = StoredValue::new(site.router_base().into_owned());
    let site = StoredValue::new(site);
    // The same page in `lang`, with its query once the app shows the device's state (the
    // estimator keeps its choices there; the prerendered page has none).
    let location = StoredValue::new(location);
    let address = move |lang: Lang| {
        let location = location.get_value();
        let pathname = location.pathname.get();
        let app_path = router_base.with_value(|base| match pathname.strip_prefix(base.as_str()) {
            Some(rest) if rest.starts_with('/') => rest.to_string(),
            _ => "/".to_string(),
        });
        let search = if ready.map_or(IN_BROWSER, |r| r.get()) {
            location.search.get()
        } else {
            String::new()
        };
        let search = search.trim_start_matches('?');
        let href = site.with_value(|s| s.href_in(lang, &app_path));
        if search.is_empty() {
            href
        } else {
            format!("{href}?{search}")
        }
    };
    view! {
        <nav class="lang-switch" aria-label=tr!("Language")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        if lang == here {
                            view! { <li><span aria-current="true" lang=lang.code()>{lang.own_name()}</span></li> }.into_any()
                        } else {
                            view! {
                                <li><a href=move || address(lang) hreflang=lang.code() lang=lang.code() rel="external"
                                    data-testid=format!("lang-{}", lang.code())
                                    on:click=move |_| language::remember(lang)>{lang.own_name()}</a></li>
                            }
                            .into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
