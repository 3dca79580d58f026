//! Browser unit tests of `in_own_task`: a part of a prerendered page hydrated in a task of
//! its own, after the rest of the page. Run with `make test-browser`.
#![cfg(target_arch = "wasm32")]

use dermamap::components::{own_task_waiting, OWN_TASK_INPUT};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "fixtures/own_task_page.rs"]
mod own_task_page;
use own_task_page::page;

/// [`page`] as the prerender writes it, in the document.
fn prerendered() -> web_sys::HtmlElement {
    // Checked against rendering `page` by a host test of the prerender.
    let html = include_str!("fixtures/own_task_page.html").trim_end();
    let doc = document();
    let root: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.set_inner_html(html);
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

/// [`page`] hydrated over its prerendered markup, with the count of the part's button.
fn hydrated() -> (web_sys::HtmlElement, RwSignal<u32>, impl Sized) {
    let root = prerendered();
    let clicks = RwSignal::new(0);
    let handle =
        leptos::mount::hydrate_from(root.clone(), move || page(clicks, RwSignal::new("a")));
    (root, clicks, handle)
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

async fn next_task() {
    dermamap::device::scheduling::next_task().await;
}

/// Lets the effects that are due run (a microtask, not a new task).
async fn tick() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
}

#[wasm_bindgen_test]
async fn a_part_is_hydrated_in_a_later_task_on_its_prerendered_element() {
    let root = prerendered();
    let section = find(&root, "section");
    let (clicks, after) = (RwSignal::new(0), RwSignal::new("a"));
    let handle = leptos::mount::hydrate_from(root.clone(), move || page(clicks, after));

    // The rest of the page is hydrated at once, in its place after the part.
    after.set("b");
    tick().await;
    assert_eq!(
        find(&root, "p[data-after]")
            .get_attribute("data-after")
            .as_deref(),
        Some("b")
    );
    // The part waits for its turn (an effect's microtask is not a turn).
    assert!(own_task_waiting());
    assert_eq!(section.get_attribute("data-count").as_deref(), Some("0"));
    next_task().await;
    assert!(!own_task_waiting());
    find(&root, "button").click();
    assert_eq!(clicks.get_untracked(), 1);
    tick().await;
    assert_eq!(section.get_attribute("data-count").as_deref(), Some("1"));
    // Hydrated, not built again: the same elements, and no copy of them.
    assert!(find(&root, "section").is_same_node(Some(&section)));
    assert_eq!(root.query_selector_all("section").unwrap().length(), 1);
    assert_eq!(root.inner_html().matches("<p").count(), 2);

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_part_taken_off_the_page_before_its_turn_is_not_hydrated() {
    let (root, clicks, handle) = hydrated();
    let section = find(&root, "section");
    drop(handle);
    assert!(!root.contains(Some(&section)), "unmounted with the page");

    next_task().await;
    assert!(!own_task_waiting());
    section
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    assert_eq!(clicks.get_untracked(), 0);
    root.remove();
}

/// What an error boundary does when it shows its children again: a part is taken off the page
/// and put back. Put back while its turn still waits, it is hydrated in that turn; put back
/// after its turn passed it by (input or the device may have changed what it shows since), it
/// is built afresh.
#[wasm_bindgen_test]
async fn a_part_taken_off_and_put_back_before_its_turn_is_the_apps() {
    use leptos::tachys::hydration::Cursor;
    use leptos::tachys::view::{Mountable, Position, PositionState, RenderHtml};
    for turn_passes_while_off in [true, false] {
        let root = prerendered();
        let section = find(&root, "section");
        let clicks = RwSignal::new(0);
        let owner = Owner::new();
        let cursor = Cursor::new(section.clone().unchecked_into());
        let mut state = owner.with(|| {
            own_task_page::part(clicks)
                .hydrate::<true>(&cursor, &PositionState::new(Position::Current))
        });
        assert!(own_task_waiting());
        state.unmount();
        assert!(!root.contains(Some(&section)), "taken off the page");
        if turn_passes_while_off {
            next_task().await;
            assert!(!own_task_waiting());
        }
        state.mount(&root.clone().unchecked_into(), None);
        next_task().await;
        assert!(!own_task_waiting());
        let shown = find(&root, "section");
        assert_eq!(
            shown.is_same_node(Some(&section)),
            !turn_passes_while_off,
            "hydrated if its turn waited, else built afresh"
        );
        assert_eq!(root.query_selector_all("section").unwrap().length(), 1);
        find(&root, "button").click();
        assert_eq!(
            clicks.get_untracked(),
            1,
            "the part is the app's ({turn_passes_while_off})"
        );
        tick().await;
        assert_eq!(shown.get_attribute("data-count").as_deref(), Some("1"));
        state.unmount();
        drop(owner);
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn a_part_rendered_afresh_is_built_at_once() {
    let doc = document();
    let root: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&root).unwrap();
    let clicks = RwSignal::new(0);
    let handle = leptos::mount::mount_to(root.clone(), move || page(clicks, RwSignal::new("a")));
    assert!(!own_task_waiting());
    find(&root, "button").click();
    assert_eq!(clicks.get_untracked(), 1);
    tick().await;
    assert_eq!(
        find(&root, "section")
            .get_attribute("data-count")
            .as_deref(),
        Some("1")
    );
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn input_before_a_turn_hydrates_the_waiting_parts_first() {
    for event in OWN_TASK_INPUT {
        let (root, clicks, handle) = hydrated();
        assert!(own_task_waiting(), "{event}: the part waits");
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict(event, &init).unwrap();
        // History events happen to the window; the others to an element of the page.
        if matches!(event, "popstate" | "hashchange") {
            window().dispatch_event(&ev).unwrap();
        } else {
            find(&root, "p").dispatch_event(&ev).unwrap();
        }
        assert!(!own_task_waiting(), "{event}: every part hydrated at once");
        find(&root, "button").click();
        assert_eq!(clicks.get_untracked(), 1, "{event}: the part is the app's");
        drop(handle);
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn a_tap_before_the_turn_reaches_the_part_it_lands_on() {
    let (root, clicks, handle) = hydrated();
    let section = find(&root, "section");
    assert!(own_task_waiting());
    // The part's own handler runs for the very tap that hydrated it.
    find(&root, "button").click();
    assert_eq!(clicks.get_untracked(), 1);
    tick().await;
    assert_eq!(section.get_attribute("data-count").as_deref(), Some("1"));
    assert!(find(&root, "section").is_same_node(Some(&section)));
    drop(handle);
    root.remove();
}

/// What the router does with a link: a window listener (bubbling, as the router's) changes
/// what a waiting part shows. The part is hydrated as it was written, then updated; made with
/// the new state on the old markup, it would keep showing the old one.
#[wasm_bindgen_test]
async fn state_changed_by_input_before_a_turn_shows_in_the_part() {
    use wasm_bindgen::closure::Closure;
    let (root, clicks, handle) = hydrated();
    let section = find(&root, "section");
    let navigate = Closure::<dyn Fn()>::new(move || clicks.set(5));
    window()
        .add_event_listener_with_callback("click", navigate.as_ref().unchecked_ref())
        .unwrap();
    assert!(own_task_waiting());
    find(&root, "p").click();
    tick().await;
    next_task().await;
    assert_eq!(section.get_attribute("data-count").as_deref(), Some("5"));
    assert_eq!(find(&root, "output").text_content().as_deref(), Some("5"));
    window()
        .remove_event_listener_with_callback("click", navigate.as_ref().unchecked_ref())
        .unwrap();
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn what_follows_the_last_part_runs_before_the_input_that_hydrated_it_is_handled() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let (root, clicks, handle) = hydrated();
    let (followed, seen_by_handler) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(None)));
    let f = Rc::clone(&followed);
    dermamap::components::own_task_when_hydrated(move || f.set(true));
    let (f, seen) = (Rc::clone(&followed), Rc::clone(&seen_by_handler));
    let handler = Closure::<dyn Fn()>::new(move || seen.set(Some(f.get())));
    let button = find(&root, "button");
    button
        .add_event_listener_with_callback("click", handler.as_ref().unchecked_ref())
        .unwrap();
    assert!(own_task_waiting());
    button.click();
    assert_eq!(seen_by_handler.get(), Some(true));
    assert_eq!(clicks.get_untracked(), 1);
    drop(handle);
    root.remove();
}
