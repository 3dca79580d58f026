use dermamap_core::aftercare::{
    advice_for, check_import_size, export_json, import_json, Date, NewPlan, PlanStart, Urgency,
    MAX_NAME_CHARS,
};
use dermamap_core::content;
use dermamap_core::locale::{fill, tr as t};
use dermamap_core::Procedure;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use wasm_bindgen::JsCast;

use super::intro::AFTERCARE_INTRO;
use crate::components::{in_own_task, PlanCard, SourceList};
use crate::device::aftercare_store::{today, AftercareStore, LoadNotice, SaveStatus};
use crate::device::files::offer_download;
use crate::device::signs_store::SignsStore;
use crate::device::storage::DeviceStorage;
use crate::nav::{Nav, StorageScope, Tool};

/// Saved plans and ticked signs are the device's: the stores fill them in once the app may
/// read it (the prerendered page has none), and the page shows them in place.
#[component]
pub fn AftercarePage() -> impl IntoView {
    let store = AftercareStore::load(DeviceStorage::probe());
    provide_context(store);
    provide_context(SignsStore::load(DeviceStorage::probe()));
    view! {
        // In a studio's embed the page's head is the embed's.
        {Nav::get().address_follows().then(|| view! {
            <Title text=tr!("Aftercare checklist") />
            <Meta name="description" content=tr!("A day-by-day aftercare checklist for micro-dermal piercings and microneedling, with warning signs, saved on your device and usable offline.") />
        })}
        <section class="page aftercare-page" data-testid="aftercare-page">
            <h1>{t(AFTERCARE_INTRO.heading)}</h1>
            <p class="lede">{t(AFTERCARE_INTRO.lede)}</p>
            <StatusNotices />
            <UrgentSigns />
            // Each hydrated in a task of its own: start-up is not one long task.
            {in_own_task(|| view! { <Plans /> })}
            {in_own_task(|| view! { <StartPlan /> })}
            {in_own_task(|| view! { <ExportImport /> })}
        </section>
    }
}

/// The urgent box: shown while any sign that calls for medical help now is ticked, whatever
/// happens to the plans, until the person unticks it here or in a plan.
#[component]
fn UrgentSigns() -> impl IntoView {
    let signs = expect_context::<SignsStore>();
    view! {
        {move || signs.problem.get().map(|p| view! { <p class="notice notice-warn" role="status" data-testid="signs-problem">{p}</p> })}
        {move || {
            let urgent = signs.ticked.with(|t| t.urgent());
            (!urgent.is_empty()).then(|| {
                let advice = advice_for(&urgent);
                view! {
                    <section class="notice notice-danger urgent" role="alert" aria-labelledby="urgent-heading" data-testid="urgent-box">
                        <h2 id="urgent-heading">{Urgency::MedicalHelpNow.heading(urgent[0].procedure)}</h2>
                        <p>{tr!("You ticked:")}</p>
                        <ul class="checklist">
                            {urgent.iter().map(|s| {
                                let id = s.id;
                                let cid = format!("urgent-{id}");
                                view! {
                                    <li>
                                        <input type="checkbox" id=cid.clone() data-testid=cid.clone() checked
                                            on:change=move |ev| signs.set(id, event_target_checked(&ev)) />
                                        <label for=cid>{t(s.label)}" ("{s.procedure.label()}")"</label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <p class="urgent-advice">{advice.message}</p>
                        <SourceList sources=advice.sources />
                        <p class="muted">{tr!("Untick a sign once a doctor has seen it or it has gone.")}</p>
                    </section>
                }
            })
        }}
    }
}

#[component]
fn StatusNotices() -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    // In a studio's embed, storage is the host site's (partitioned) or blocked: say which.
    let nav = Nav::get();
    view! {
        {move || match store.status.get() {
            SaveStatus::Saved => match nav.storage_scope() {
                StorageScope::Guide => None,
                StorageScope::HostSite(host) => Some(view! {
                <div class="notice notice-warn" role="status" data-testid="saved-here-only">
                    <p>
                        <strong>{fill(tr!("Saved in this browser for {host} only. "), &[("host", &host)])}</strong>
                        {tr!("The full Dermamap guide and other sites cannot see these plans, and the browser may clear them with this site's data.")}
                    </p>
                    <KeepIt />
                </div>
            }.into_any()),
            },
            SaveStatus::NotSaved(why) => Some(view! {
                <div class="notice notice-warn" role="status" data-testid="not-saved">
                    <strong>{tr!("Not saved on this device. ")}</strong>
                    {fill(tr!("Your plans work on this page but will be gone when you close it: {}. Use “Export plans” to keep a copy."), &[("", &why.trim_end_matches('.'))])}
                    {nav.full_guide().map(|_| view! { <KeepIt /> })}
                </div>
            }.into_any()),
            SaveStatus::ReadOnly { version } => Some(view! {
                <div class="notice notice-warn" role="status" data-testid="read-only">
                    <strong>{tr!("Read-only. ")}</strong>
                    {fill(tr!("These plans were saved by a newer version of Dermamap (data version {version}). This page shows what it can and will not change them, so nothing is lost. Reload to get the newer version."), &[("version", &version)])}
                </div>
            }.into_any()),
        }}
        {move || store.notice.get().map(|n| match n {
            LoadNotice::Corrupt { reason, backup_key, raw } => view! {
                <div class="notice notice-danger" role="alert" data-testid="corrupt-notice">
                    <p><strong>{tr!("Your saved plans could not be read")}</strong>{fill(tr!(" ({reason}), so Dermamap started with an empty list."), &[("reason", &reason)])}</p>
                    <p>{match backup_key {
                        Some(k) => fill(tr!("The unreadable data was kept in this browser under “{k}”. You can also download it."), &[("k", &k)]),
                        None => tr!("The unreadable data was left where it was. You can download a copy.").to_string(),
                    }}</p>
                    <button type="button" class="secondary" data-testid="download-backup"
                        on:click=move |_| { offer_download("dermamap-aftercare-backup.json", "application/json", &raw); }>
                        {tr!("Download the unreadable data")}
                    </button>
                </div>
            }.into_any(),
            LoadNotice::Migrated { from } => view! {
                <p class="notice notice-ok" role="status" data-testid="migrated-notice">
                    {fill(tr!("Your plans were updated from an earlier version of Dermamap (version {from}). A copy of the old data was kept."), &[("from", &from)])}
                </p>
            }.into_any(),
        })}
    }
}

/// In the embed: how to keep plans beyond this frame.
#[component]
fn KeepIt() -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let full = Nav::get().full_guide().unwrap_or_default();
    let export = move |_| {
        let json = store.plans.with(export_json);
        offer_download("dermamap-aftercare.json", "application/json", &json);
    };
    view! {
        <p>{tr!("To keep them, export them to a file and import it in the full guide.")}</p>
        <p class="actions">
            <button type="button" class="secondary" data-testid="keep-export" on:click=export>{tr!("Export plans")}</button>
            <a class="button secondary" href=full target="_blank" rel="noopener" data-testid="keep-open-full">
                {tr!("Open the full guide")}<span class="visually-hidden">{tr!(" (opens in a new tab)")}</span>
            </a>
        </p>
    }
}

#[component]
fn Plans() -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let today = today();
    let ids = move || {
        store
            .plans
            .with(|p| p.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    };
    view! {
        <div class="plans" data-testid="plans">
            <Show when=move || !ids().is_empty() fallback=|| view! { <p class="muted" data-testid="no-plans">{tr!("No plans yet. Start one below.")}</p> }>
                <For each=ids key=|id| id.clone() let:id>
                    <PlanCard id=id today=today />
                </For>
            </Show>
        </div>
    }
}

#[component]
fn StartPlan() -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    // The starting choices come from the link that opened the page (see Nav).
    let nav = Nav::get();
    let start = PlanStart::from_query(&nav.start_query(Tool::Aftercare));
    let procedure = RwSignal::new(start.procedure);
    let region = RwSignal::new(
        start
            .region
            .map(|r| r.slug().to_string())
            .unwrap_or_default(),
    );
    let open_link = move |q: String| {
        let start = PlanStart::from_query(&q);
        procedure.set(start.procedure);
        region.set(
            start
                .region
                .map(|r| r.slug().to_string())
                .unwrap_or_default(),
        );
    };
    nav.on_link_query(Tool::Aftercare, open_link);
    nav.on_start_query(open_link);
    let date_text = RwSignal::new(today().to_string());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(None::<String>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        added.set(None);
        // A newer version's plans are shown, never changed: a plan started here could not
        // be saved with them.
        if matches!(store.status.get_untracked(), SaveStatus::ReadOnly { .. }) {
            return error.set(Some(
                tr!("These plans are read-only here (saved by a newer version), so no plan was started. Reload to get the newer version.").into(),
            ));
        }
        let date = match Date::parse(&date_text.get()) {
            Ok(d) => d,
            Err(e) => return error.set(Some(fill(tr!("Date: {}"), &[("", &e.message())]))),
        };
        let new = NewPlan {
            name: name.get(),
            procedure: procedure.get(),
            region: Some(region.get()).filter(|r| !r.is_empty()),
            date,
        };
        let mut result = None;
        store.plans.update(|p| result = Some(p.add(new, today())));
        match result {
            Some(Ok(_)) => {
                error.set(None);
                name.set(String::new());
                added.set(Some(
                    tr!("Plan started: today's tasks are at the top.").into(),
                ));
            }
            Some(Err(e)) => error.set(Some(e.message())),
            None => {}
        }
    };

    view! {
        <form class="start-plan" novalidate=true on:submit=submit data-testid="start-plan" aria-labelledby="start-plan-heading">
            <h2 id="start-plan-heading">{tr!("Start a plan")}</h2>
            <div class="field">
                <label for="plan-procedure">{tr!("Procedure")}</label>
                <select id="plan-procedure" data-testid="plan-procedure" on:change=move |ev| {
                    if let Some(p) = Procedure::from_slug(&event_target_value(&ev)) {
                        procedure.set(p);
                        if !content::region(region.get_untracked()).is_some_and(|r| r.suits(p)) { region.set(String::new()); }
                    }
                }>
                    {Procedure::ALL.into_iter().map(|p| view! {
                        <option value=p.slug() selected=move || procedure.get() == p>{p.occasion()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="plan-region">{tr!("Where (optional)")}</label>
                <select id="plan-region" data-testid="plan-region" on:change=move |ev| region.set(event_target_value(&ev))>
                    <option value="" selected=move || region.get().is_empty()>{tr!("Not specified")}</option>
                    {move || content::regions_for(procedure.get()).map(|r| view! {
                        <option value=r.id.slug() selected=move || r.id == region.get()>{t(r.name)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="plan-date">{tr!("Date of the procedure")}</label>
                <input type="date" id="plan-date" data-testid="plan-date" required=true aria-describedby="plan-date-help"
                    // The prerender's date, then the device's: hydration keeps an attribute as
                    // the server wrote it, but sets a property.
                    max=today().to_string()
                    prop:max=today().to_string()
                    // In the prerendered page too: the field is laid out with a date in it.
                    value=date_text.get_untracked()
                    prop:value=move || date_text.get() on:input=move |ev| date_text.set(event_target_value(&ev)) />
                <p class="help" id="plan-date-help">{tr!("Today or a past date; a plan counts days from it.")}</p>
            </div>
            <div class="field">
                <label for="plan-name">{tr!("Name (optional)")}</label>
                <input type="text" id="plan-name" data-testid="plan-name" maxlength=MAX_NAME_CHARS.to_string() autocomplete="off"
                    placeholder=tr!("e.g. Left hip dermal")
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            <p class="field-error" role="alert" data-testid="plan-error">{move || error.get()}</p>
            <p role="status" class="muted">{move || added.get()}</p>
            <button type="submit" data-testid="start-plan-button">{tr!("Start plan")}</button>
        </form>
    }
}

#[component]
fn ExportImport() -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let message = RwSignal::new(None::<(bool, String)>);
    let export = move |_| {
        let json = store.plans.with(export_json);
        offer_download("dermamap-aftercare.json", "application/json", &json);
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if matches!(store.status.get_untracked(), SaveStatus::ReadOnly { .. }) {
            message.set(Some((false, tr!("These plans are read-only here (saved by a newer version), so nothing was imported.").into())));
            return;
        }
        // The size first: a huge file is refused without reading it into memory.
        if let Err(e) = check_import_size(file.size()) {
            message.set(Some((
                false,
                fill(tr!("Nothing was imported: {}"), &[("", &e.message())]),
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                message.set(Some((false, tr!("That file could not be read.").into())));
                return;
            };
            match import_json(&text, today()) {
                Ok(imported) => {
                    let mut report = None;
                    store
                        .plans
                        .update(|p| report = Some(p.merge_import(imported)));
                    if let Some(r) = report {
                        message.set(Some((r.complete(), r.message())));
                    }
                }
                Err(e) => message.set(Some((
                    false,
                    fill(tr!("Nothing was imported: {}"), &[("", &e.message())]),
                ))),
            }
        });
    };
    view! {
        <section class="export-import" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{tr!("Keep a copy")}</h2>
            <p>{tr!("Export your plans as a file to move them to another browser or keep them safe; import a file exported before.")}</p>
            <p class="actions">
                <button type="button" class="secondary" data-testid="export-plans" on:click=export>{tr!("Export plans")}</button>
                <label class="button secondary" for="import-file">{tr!("Import plans…")}</label>
                <input type="file" id="import-file" class="visually-hidden" accept="application/json,.json" data-testid="import-file" on:change=import />
            </p>
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "notice notice-ok" } else { "notice notice-warn" } role="status" data-testid="import-message">{m}</p>
            })}
        </section>
    }
}
