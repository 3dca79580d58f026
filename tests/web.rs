//! Browser unit tests (wasm-bindgen-test in headless Chromium): mount the app or use the
//! storage module against the real browser, act, read the DOM. Run with `make test-browser`.
#![cfg(target_arch = "wasm32")]

use dermamap::device::aftercare_store::{AftercareStore, SaveStatus};
use dermamap::device::storage::{DeviceStorage, StorageError};
use dermamap_core::aftercare::{Date, NewPlan, STORAGE_KEY};
use dermamap_core::Procedure;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app; dropping it unmounts the app (and its router's listeners) and removes
/// its container, so tests do not see each other's apps.
struct Mounted {
    container: web_sys::HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &Self::Target {
        &self.container
    }
}

/// The English text, as the app would load it from `lang/en.json` (the wasm holds only keys).
fn install_english() {
    use dermamap_core::locale::{catalog, Catalog, Lang};
    static ENGLISH: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    let english = ENGLISH.get_or_init(|| {
        Catalog::english(include_str!("../core/locales/es.json")).expect("the catalog reads")
    });
    catalog::install(Lang::En, Some(english));
}

fn mount_app() -> Mounted {
    install_english();
    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), dermamap::App);
    Mounted {
        container,
        _handle: Box::new(handle),
    }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets effects and the router's navigation run.
async fn settle() {
    leptos::task::tick().await;
    sleep(30).await;
}

fn go_to(path: &str) {
    window()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn click(container: &web_sys::HtmlElement, selector: &str) {
    let el = container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"));
    // A real primary-button MouseEvent: the router only follows those.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_button(0);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

/// Runs a line of JavaScript in the page (to replace browser APIs with throwing stubs).
fn js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

const BLOCK_STORAGE: &str = "window.__ls = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });";
const UNBLOCK_STORAGE: &str = "Object.defineProperty(window, 'localStorage', window.__ls);";
const QUOTA_FULL: &str = "window.__setItem = Storage.prototype.setItem; \
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };";
const QUOTA_OK: &str = "Storage.prototype.setItem = window.__setItem;";

/// The app owns the page's URL and its router listens on the window, so one app is mounted
/// and the scenarios run on it one after another.
#[wasm_bindgen_test]
async fn app_scenarios() {
    go_to("/");
    let c = mount_app();
    settle().await;
    app_shell_renders_header_nav_and_disclaimer(&c).await;
    clicking_navigation_changes_page(&c).await;
    selecting_a_region_opens_its_details_panel(&c).await;
}

async fn app_shell_renders_header_nav_and_disclaimer(c: &web_sys::HtmlElement) {
    let links = c.query_selector_all("nav[aria-label=Main] a").unwrap();
    let names: Vec<String> = (0..links.length())
        .map(|i| links.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Map", "Estimator", "Aftercare", "Sources and disclaimer"]
    );
    assert!(text_of(c, "[data-testid=disclaimer]").contains("not medical advice"));
}

async fn clicking_navigation_changes_page(c: &web_sys::HtmlElement) {
    click(c, "nav a[href$='/estimator']");
    settle().await;
    assert_eq!(text_of(c, "h1"), "Pain and cost estimator");
    click(c, "nav a[href$='/about']");
    settle().await;
    assert_eq!(text_of(c, "h1"), "Sources and disclaimer");
    assert!(
        c.query_selector("a[href$='/sources']").unwrap().is_some(),
        "the about page links to the sources"
    );
}

async fn selecting_a_region_opens_its_details_panel(c: &web_sys::HtmlElement) {
    click(c, "nav a[href='/']");
    settle().await;
    assert!(c
        .query_selector("[data-testid=region-details]")
        .unwrap()
        .is_none());
    click(c, "[data-testid=region-hip]");
    settle().await;
    assert_eq!(text_of(c, "[data-testid=region-details] h2"), "Hip");
    assert!(window()
        .location()
        .pathname()
        .unwrap()
        .ends_with("/map/hip"));
    let pressed = c
        .query_selector("[data-testid=region-hip]")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
    // The face view holds the cheekbone; choosing it there swaps the panel.
    click(c, "[data-testid=view-face]");
    settle().await;
    click(c, "[data-testid=region-cheekbone]");
    settle().await;
    assert_eq!(text_of(c, "[data-testid=region-details] h2"), "Cheekbone");
    assert!(text_of(c, "[data-testid=region-details]").contains("Source"));
}

#[wasm_bindgen_test]
fn storage_round_trips_against_real_local_storage() {
    let s = DeviceStorage::probe();
    assert!(s.is_available());
    s.write("dermamap.test", "value").unwrap();
    assert_eq!(s.read("dermamap.test").unwrap().as_deref(), Some("value"));
    s.remove("dermamap.test").unwrap();
    assert_eq!(s.read("dermamap.test").unwrap(), None);
}

#[wasm_bindgen_test]
fn storage_getter_that_throws_means_unavailable_not_a_panic() {
    js(BLOCK_STORAGE);
    let s = DeviceStorage::probe();
    js(UNBLOCK_STORAGE);
    assert!(!s.is_available());
    assert_eq!(s.read("x"), Err(StorageError::Unavailable));
    assert_eq!(s.write("x", "y"), Err(StorageError::Unavailable));
}

#[wasm_bindgen_test]
fn set_item_quota_error_is_reported() {
    let s = DeviceStorage::probe();
    js(QUOTA_FULL);
    let result = s.write("dermamap.test", "value");
    js(QUOTA_OK);
    match result {
        Err(StorageError::WriteFailed(why)) => assert!(why.contains("QuotaExceededError"), "{why}"),
        other => panic!("expected a write failure, got {other:?}"),
    }
}

fn new_plan(name: &str) -> NewPlan {
    NewPlan {
        name: name.into(),
        procedure: Procedure::Dermal,
        region: Some("hip".into()),
        date: Date::new(2026, 1, 10).unwrap(),
    }
}

#[wasm_bindgen_test]
async fn aftercare_store_saves_and_reloads_plans() {
    let local = DeviceStorage::probe();
    local.remove(STORAGE_KEY).unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = AftercareStore::load(DeviceStorage::probe());
        store.plans.update(|p| {
            p.add(new_plan("Hip"), Date::new(2026, 2, 1).unwrap())
                .unwrap();
        });
    });
    settle().await;
    let raw = local.read(STORAGE_KEY).unwrap().expect("saved");
    assert!(
        raw.contains("\"version\":2") || raw.contains("\"version\": 2"),
        "{raw}"
    );
    let again = Owner::new();
    let count = again.with(|| {
        AftercareStore::load(DeviceStorage::probe())
            .plans
            .with_untracked(|p| p.len())
    });
    assert_eq!(count, 1);
    local.remove(STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn aftercare_store_without_storage_works_in_memory() {
    js(BLOCK_STORAGE);
    let owner = Owner::new();
    let (status, count) = owner.with(|| {
        let store = AftercareStore::load(DeviceStorage::probe());
        store.plans.update(|p| {
            p.add(new_plan("Memory"), Date::new(2026, 2, 1).unwrap())
                .unwrap();
        });
        (
            store.status.get_untracked(),
            store.plans.with_untracked(|p| p.len()),
        )
    });
    js(UNBLOCK_STORAGE);
    assert!(matches!(status, SaveStatus::NotSaved(_)), "{status:?}");
    assert_eq!(count, 1);
}

#[wasm_bindgen_test]
async fn aftercare_store_keeps_corrupt_data_as_a_backup() {
    let local = DeviceStorage::probe();
    local
        .write(STORAGE_KEY, "{\"version\": 2, \"plans\": [tru")
        .unwrap();
    let owner = Owner::new();
    let notice = owner.with(|| {
        AftercareStore::load(DeviceStorage::probe())
            .notice
            .get_untracked()
    });
    settle().await;
    assert!(notice.is_some());
    let storage = window().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect();
    let mut backups = Vec::new();
    for key in keys
        .iter()
        .filter(|k| k.starts_with("dermamap.aftercare.backup"))
    {
        backups.push(storage.get_item(key).unwrap().unwrap());
        storage.remove_item(key).unwrap();
    }
    assert_eq!(backups, ["{\"version\": 2, \"plans\": [tru"]);
    local.remove(STORAGE_KEY).unwrap();
}

/// Bug (issue 16): opening the aftercare page rewrote a version-2 record and dropped the
/// fields this version does not know, with no backup. Now opening writes nothing, and the
/// first change keeps those fields after backing the record up as it was.
#[wasm_bindgen_test]
async fn aftercare_store_keeps_unknown_fields_and_backs_up_first() {
    let local = DeviceStorage::probe();
    let raw = r#"{"version":2,"theme":"dark","plans":[{"id":"p-1","name":"Nape","procedure":"dermal","region":"nape","date":"2024-05-01","ticks":[],"colour":"teal"}]}"#;
    local.write(STORAGE_KEY, raw).unwrap();
    let owner = Owner::new();
    let store = owner.with(|| AftercareStore::load(DeviceStorage::probe()));
    settle().await;
    assert_eq!(
        local.read(STORAGE_KEY).unwrap().as_deref(),
        Some(raw),
        "opening wrote"
    );

    owner.with(|| {
        store.plans.update(|p| {
            p.toggle("p-1", "dermal-clean", 0).unwrap();
        })
    });
    settle().await;
    let written = local.read(STORAGE_KEY).unwrap().unwrap();
    assert!(
        written.contains("\"theme\":\"dark\"") && written.contains("\"colour\":\"teal\""),
        "{written}"
    );
    assert!(written.contains("dermal-clean@0"), "{written}");
    let storage = window().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect();
    let mut backups = Vec::new();
    for key in keys
        .iter()
        .filter(|k| k.starts_with("dermamap.aftercare.backup"))
    {
        backups.push(storage.get_item(key).unwrap().unwrap());
        storage.remove_item(key).unwrap();
    }
    assert_eq!(backups, [raw]);
    local.remove(STORAGE_KEY).unwrap();
}

/// While the app hydrates a prerendered page, parts that show the device's state render as a
/// first visit sees them (as the prerender did), then again with the device's state.
#[wasm_bindgen_test]
async fn device_state_is_read_only_once_hydration_is_done() {
    use dermamap::device::{with_device, DeviceReady};
    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    let shown = || {
        if DeviceReady::now() {
            "device"
        } else {
            "first visit"
        }
    };
    let handle = leptos::mount::mount_to(container.clone(), move || {
        DeviceReady::provide(true);
        view! { <p>{with_device(shown)}</p> }
    });
    assert_eq!(container.text_content().unwrap(), "first visit");
    settle().await;
    assert_eq!(container.text_content().unwrap(), "device");
    drop(handle);

    // Rendered afresh (no prerendered page to match), the device is read at once.
    let handle = leptos::mount::mount_to(container.clone(), move || {
        DeviceReady::provide(false);
        view! { <p>{with_device(shown)}</p> }
    });
    assert_eq!(container.text_content().unwrap(), "device");
    drop(handle);
    container.remove();
}

/// The wasm holds a text's key, not its English: with no catalog loaded it has nothing to
/// write, and with the English one it writes the English (issue 18: a reader of one
/// language downloads no other's text, English included).
#[wasm_bindgen_test]
fn the_wasm_writes_text_only_from_a_loaded_catalog() {
    use dermamap_core::locale::{catalog, Lang};
    catalog::install(Lang::En, None);
    let without = dermamap_core::tr!("Skip to content");
    install_english();
    assert_eq!(without, "");
    assert_eq!(dermamap_core::tr!("Skip to content"), "Skip to content");
}
