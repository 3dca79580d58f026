//! Browser unit tests (wasm-bindgen-test in headless Chromium): mount the app, act, read
//! the DOM. Run with `make test-browser`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh container and returns it; the handle is leaked on purpose so
/// the app stays alive for the rest of the test.
fn mount_app() -> web_sys::HtmlElement {
    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), dermamap::App);
    std::mem::forget(handle);
    container
}

async fn settle() {
    // Let effects and the router's navigation run.
    leptos::task::tick().await;
    gloo_timers_sleep(30).await;
}

async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys_promise(ms);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn js_sys_promise(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    })
}

fn h1(container: &web_sys::HtmlElement) -> String {
    container.query_selector("h1").unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_shell_renders_header_nav_and_disclaimer() {
    let c = mount_app();
    settle().await;
    let nav = c.query_selector("nav[aria-label=Main]").unwrap().expect("main navigation");
    let links: Vec<String> = (0..nav.query_selector_all("a").unwrap().length())
        .map(|i| nav.query_selector_all("a").unwrap().item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(links, ["Map", "Estimator", "Aftercare", "Sources and disclaimer"]);
    let disclaimer = c.query_selector("[data-testid=disclaimer]").unwrap().unwrap();
    assert!(disclaimer.text_content().unwrap().contains("not medical advice"));
    c.remove();
}

#[wasm_bindgen_test]
async fn clicking_navigation_changes_page() {
    let c = mount_app();
    settle().await;
    let link: web_sys::HtmlElement = c
        .query_selector("nav a[href$='/estimator']")
        .unwrap()
        .expect("estimator link")
        .unchecked_into();
    link.click();
    settle().await;
    assert!(h1(&c).contains("estimator"), "h1 was {:?}", h1(&c));
    let link: web_sys::HtmlElement =
        c.query_selector("nav a[href$='/about']").unwrap().unwrap().unchecked_into();
    link.click();
    settle().await;
    assert_eq!(h1(&c), "Sources and disclaimer");
    assert!(c.query_selector("#src-seed-000").unwrap().is_some(), "seed 000 listed");
    c.remove();
}
