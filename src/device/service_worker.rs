//! Installable app and offline use: registers the service worker (`public/sw.js`) in release
//! builds, tells the person when a new version is ready, and offers "Install app" where the
//! browser supports it.
//!
//! Updates never mix versions. A new worker installs next to the running one and waits (the
//! worker never calls `skipWaiting` on its own). The page then shows "A new version is
//! ready"; "Reload" posts `SKIP_WAITING` to the waiting worker, it activates, and the page
//! that asked reloads once, now wholly on the new build. Other open pages are not reloaded
//! under the person's hands (they may be half-way through a form): they say "Dermamap was
//! updated in another tab" with their own Reload button.
//! "Not now" keeps the old version running; the new one starts when all its pages are closed.
//!
//! Nothing here may break the app: a missing `navigator.serviceWorker`, a rejected
//! registration, a sandboxed or third-party iframe all just mean no offline support.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;

use super::framing::Framing;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The worker script, relative to the document's `<base href>` (so `/guide/sw.js` under a
/// sub-path); its scope is that folder.
const WORKER_URL: &str = "sw.js";
/// How often a long-open page (or the installed app) asks whether a new version exists.
const UPDATE_CHECK_MS: i32 = 60 * 60 * 1000;

/// True when running as an installed app (display-mode standalone).
fn standalone() -> bool {
    window()
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// `navigator.serviceWorker`, read defensively: it is missing in insecure contexts and
/// throws in sandboxed frames, and web-sys' getter would abort the app on a throw.
fn service_workers() -> Option<ServiceWorkerContainer> {
    Reflect::get(&window().navigator(), &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

/// Calls `target[name](...args)`, catching a synchronous throw; awaits a returned promise,
/// catching its rejection.
async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(target, &JsValue::from_str(name))?.dyn_into()?;
    let result = f.apply(target, &args.iter().collect::<js_sys::Array>())?;
    match result.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await,
        Err(v) => Ok(v),
    }
}

/// The update notice and the install button: mounted once per page load, after the page
/// (`mount_pwa_controls` in the app's start-up).
#[component]
pub fn PwaControls() -> impl IntoView {
    super::with_device(pwa_controls)
}

fn pwa_controls() -> AnyView {
    // In a frame (a studio's embed on another site) there is no registration, since its
    // storage is partitioned per site, and no install button.
    if !super::DeviceReady::now() || Framing::detect().is_framed() {
        return ().into_any();
    }
    let update_ready = RwSignal::new(false);
    let updated_elsewhere = RwSignal::new(false);
    let dismissed = RwSignal::new(false);
    let can_install = RwSignal::new(false);
    let registration = StoredValue::new_local(None::<ServiceWorkerRegistration>);
    let reload_asked = StoredValue::new_local(Rc::new(Cell::new(false)));
    let install_event = StoredValue::new_local(None::<web_sys::Event>);

    if cfg!(not(debug_assertions)) {
        start_worker(
            update_ready,
            updated_elsewhere,
            registration,
            reload_asked.get_value(),
        );
    }

    if !standalone() {
        // Chrome and Edge offer installation through this event; keep it for our button
        // instead of the browser's own mini-infobar. Other browsers never fire it: no button.
        let offer = window_event_listener_untyped("beforeinstallprompt", move |ev| {
            ev.prevent_default();
            install_event.set_value(Some(ev));
            can_install.set(true);
        });
        let installed = window_event_listener_untyped("appinstalled", move |_| {
            install_event.set_value(None);
            can_install.set(false);
        });
        on_cleanup(move || {
            offer.remove();
            installed.remove();
        });
    }

    let reload = move |_| {
        reload_asked.with_value(|asked| asked.set(true));
        let waiting = registration.with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
        // The page reloads on `controllerchange`. With no worker waiting any more (another
        // tab already switched), reload now.
        if waiting
            .map(|w| w.post_message(&message))
            .is_none_or(|sent| sent.is_err())
        {
            let _ = window().location().reload();
        }
    };

    let install = move |_| {
        can_install.set(false);
        // The prompt can be shown once per event; the browser fires a new event if it may
        // offer installation again.
        if let Some(ev) = install_event.try_update_value(Option::take).flatten() {
            // BeforeInstallPromptEvent is not in web-sys: call prompt() by name. Whether the
            // person accepts is reported by `appinstalled`.
            spawn_local(async move {
                let _ = call(&ev, "prompt", &[]).await;
            });
        }
    };

    view! {
        <div class="pwa">
            <div role="status" class="pwa-status">
                <Show when=move || updated_elsewhere.get()>
                    <div class="pwa-update" data-testid="updated-elsewhere">
                        <p>{tr!("Dermamap was updated in another tab. Reload this tab when you are ready.")}</p>
                        <button type="button" data-testid="updated-elsewhere-reload"
                            on:click=move |_| { let _ = window().location().reload(); }>{tr!("Reload")}</button>
                    </div>
                </Show>
                <Show when=move || update_ready.get() && !dismissed.get() && !updated_elsewhere.get()>
                    <div class="pwa-update" data-testid="update-notice">
                        <p>{tr!("A new version is ready.")}</p>
                        <button type="button" data-testid="update-reload" on:click=reload>{tr!("Reload")}</button>
                        <button type="button" class="secondary" data-testid="update-later"
                            on:click=move |_| dismissed.set(true)>{tr!("Not now")}</button>
                    </div>
                </Show>
            </div>
            <Show when=move || can_install.get()>
                <p class="pwa-install">
                    <button type="button" class="secondary" data-testid="install-app" on:click=install>
                        {tr!("Install app")}
                    </button>
                </p>
            </Show>
        </div>
    }
    .into_any()
}

/// Registers the worker and reports a waiting update through `update_ready`. Release builds
/// only; every failure just leaves the app without offline support.
fn start_worker(
    update_ready: RwSignal<bool>,
    updated_elsewhere: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    reload_asked: Rc<Cell<bool>>,
) {
    let Some(container) = service_workers() else {
        return;
    };

    // The page whose Reload the person pressed reloads when the new worker takes over. A
    // page that already ran under a worker and did not ask says it was updated elsewhere and
    // waits for the person. A first install's clients.claim() is no new version: nothing.
    let controlled = Rc::new(Cell::new(container.controller().is_some()));
    let reloading = Rc::new(Cell::new(false));
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if reload_asked.get() {
            if !reloading.replace(true) {
                let _ = window().location().reload();
            }
        } else if controlled.get() {
            update_ready.try_set(false);
            updated_elsewhere.try_set(true);
        } else {
            controlled.set(true);
        }
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    on_change.forget(); // for the page's lifetime

    spawn_local(async move {
        let Ok(reg) = call(&container, "register", &[WORKER_URL.into()]).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        registration.set_value(Some(reg.clone()));
        keep_language_offline(&container);

        // Only a page running under a worker has an old version to replace.
        let notice: Rc<dyn Fn()> = {
            let (container, reg) = (container.clone(), reg.clone());
            Rc::new(move || {
                if container.controller().is_some() && reg.waiting().is_some() {
                    update_ready.try_set(true);
                }
            })
        };
        notice(); // installed before this page loaded
        if let Some(worker) = reg.installing() {
            when_installed(worker, notice.clone());
        }
        let on_found = {
            let reg = reg.clone();
            Closure::<dyn FnMut()>::new(move || {
                if let Some(worker) = reg.installing() {
                    when_installed(worker, notice.clone());
                }
            })
        };
        let _ =
            reg.add_event_listener_with_callback("updatefound", on_found.as_ref().unchecked_ref());
        on_found.forget();

        // Browsers check for a new sw.js on navigations; an app left open checks hourly.
        let check = Closure::<dyn FnMut()>::new(move || {
            let reg = reg.clone();
            spawn_local(async move {
                let _ = call(&reg, "update", &[]).await;
            });
        });
        let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
            check.as_ref().unchecked_ref(),
            UPDATE_CHECK_MS,
        );
        check.forget();
    });
}

/// Tells the active worker the page's language, so it keeps that language's pages and text
/// for offline use (it precaches only the languages being read).
fn keep_language_offline(container: &web_sys::ServiceWorkerContainer) {
    let Ok(ready) = container.ready() else {
        return;
    };
    spawn_local(async move {
        let Ok(reg) = JsFuture::from(ready).await else {
            return;
        };
        let Some(active) = reg
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.active())
        else {
            return;
        };
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &"CACHE_LANG".into());
        let lang = dermamap_core::locale::catalog::active_lang().code();
        let _ = Reflect::set(&message, &"lang".into(), &lang.into());
        let _ = active.post_message(&message);
    });
}

/// Runs `then` once `worker` has finished installing (it is then waiting, or active if there
/// was no previous worker).
fn when_installed(worker: ServiceWorker, then: Rc<dyn Fn()>) {
    if worker.state() == ServiceWorkerState::Installed {
        then();
        return;
    }
    let w = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if w.state() == ServiceWorkerState::Installed {
            then();
        }
    });
    let _ =
        worker.add_event_listener_with_callback("statechange", on_state.as_ref().unchecked_ref());
    on_state.forget();
}
