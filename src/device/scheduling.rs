//! Giving the browser a turn between pieces of start-up work, so that none becomes one long
//! task (the blocking time Lighthouse and the bench count, during which a tap waits).

use leptos::prelude::window;

/// Resolves in a new task, after the browser has had a turn (a zero timeout).
pub async fn next_task() {
    wait(|resolve| {
        let _ = window().set_timeout_with_callback(resolve);
    })
    .await;
}

/// Resolves when the browser is next idle (`requestIdleCallback`), or in a new task where
/// there is no such thing (Safari).
pub async fn idle() {
    wait(|resolve| {
        let w = window();
        if w.request_idle_callback(resolve).is_err() {
            let _ = w.set_timeout_with_callback(resolve);
        }
    })
    .await;
}

async fn wait(schedule: impl Fn(&js_sys::Function)) {
    let promise = js_sys::Promise::new(&mut |resolve, _| schedule(&resolve));
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
