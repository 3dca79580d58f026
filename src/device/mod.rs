//! Device adapters: everything that talks to the browser on the person's behalf. Each
//! turns the browser's failures into values that pages can explain; nothing here renders.
//!
//! - [`storage`]: localStorage, probed first (it can be missing or full).
//! - [`aftercare_store`]: the aftercare plans as one context, loaded once, saved whole,
//!   kept in step with other tabs.
//! - [`signs_store`]: the ticked warning signs, kept apart from the plans and across tabs.
//! - [`service_worker`]: offline use, updates and "Install app".
//! - [`language`]: the reader's chosen and preferred language, and loading its text.
//! - [`not_responding`]: the note on a prerendered page whose app cannot start.
//! - `prefetch` (split builds): loading a page's code when a link to it is hovered, focused
//!   or on screen.
//! - [`reopen`]: opening an address from the server when its page's code did not load here.
//! - [`scheduling`]: yielding to the browser between pieces of start-up work.
//! - [`files`]: saving a file (export, backups, calendar).
//! - [`clipboard`]: copying text.
//! - [`framing`]: whether the app is in a frame, and whose.
//! - [`frame_height`]: telling a host page the embed's height.

use leptos::prelude::*;

pub mod aftercare_store;
pub mod clipboard;
pub mod files;
pub mod frame_height;
pub mod framing;
pub mod language;
pub mod not_responding;
#[cfg(feature = "split")]
pub mod prefetch;
pub mod reopen;
pub mod scheduling;
pub mod service_worker;
pub mod signs_store;
pub mod storage;

/// False while the pages are rendered to HTML at build time (the prerender, on the host):
/// there is no device then, and every page renders what a first visit shows (no saved plans,
/// no ticked signs, not in a frame). The app fills in the device's state once it runs.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Whether the device may be read now. Never in the prerender; in the browser not while
/// the app hydrates a prerendered page either, since that first render must produce the very
/// markup the prerender wrote (a first visit's). Turned on right after hydration: the pages
/// then read the device into their signals and update in place ([`when_device_ready`]);
/// only a view mounted afresh with nothing to hydrate is rendered again ([`with_device`]).
#[derive(Clone, Copy)]
pub struct DeviceReady(RwSignal<bool>);

impl DeviceReady {
    /// Provided once by the app. `hydrating`: the first render attaches to prerendered
    /// markup, so the device is read only once it is done.
    pub fn provide(hydrating: bool) -> Self {
        let ready = DeviceReady(RwSignal::new(IN_BROWSER && !hydrating));
        if IN_BROWSER && hydrating {
            // Effects run after the render that created them, but a split build hydrates a
            // page whose code loads lazily later than that: wait until hydration is over.
            // Parts hydrated in a task of their own count too (`components::in_own_task`).
            let shared = Owner::current_shared_context();
            let hydrating = move || {
                shared.as_ref().is_some_and(|c| c.during_hydration())
                    || crate::components::own_task_waiting()
            };
            // Right after the last part has been hydrated, not at the next check: input
            // hydrates the waiting parts at once, and the device is then read before the input's
            // own handlers run (the effects that read it are microtasks, which run between the
            // window's capture listener and the page's handlers), so the input applies to the
            // device's state instead of being overwritten by it.
            let now = hydrating.clone();
            crate::components::own_task_when_hydrated(move || {
                if !now() {
                    ready.turn_on();
                }
            });
            Effect::new(move |_| ready.when_done(hydrating.clone()));
        }
        provide_context(ready);
        ready
    }

    /// Turns on once `hydrating` says hydration is over (checked every few milliseconds: a
    /// timer, not an animation frame, which a hidden tab or an off-screen frame would pause).
    fn when_done(self, hydrating: impl Fn() -> bool + Clone + 'static) {
        // Already on, or the app is gone.
        if self.0.try_get_untracked() != Some(false) {
            return;
        }
        if hydrating() {
            set_timeout(
                move || self.when_done(hydrating),
                std::time::Duration::from_millis(5),
            );
        } else {
            self.turn_on();
        }
    }

    /// Once: what waits for the device runs once.
    fn turn_on(self) {
        if self.0.try_get_untracked() == Some(false) {
            self.0.set(true);
        }
    }

    /// Whether the device may be read, untracked. Without the app's context (a component
    /// tested on its own, an event handler) that is whether there is a device at all.
    pub fn now() -> bool {
        use_context::<DeviceReady>().map_or(IN_BROWSER, |r| r.0.get_untracked())
    }

    /// Tracked: whether the device may be read.
    pub fn get(&self) -> bool {
        self.0.get()
    }
}

/// Runs `read` now if the device may be read, else once it may (after the render that
/// hydrates a prerendered page), untracked. For a part of a page that shows the device's
/// state from signals, which `read` fills: the part updates in place. Its effects and
/// listeners live as long as the caller's owner.
pub fn when_device_ready(read: impl FnOnce() + 'static) {
    if DeviceReady::now() {
        return read();
    }
    let Some(ready) = use_context::<DeviceReady>() else {
        return;
    };
    let read = std::cell::Cell::new(Some(read));
    // What `read` makes (effects, listeners) is owned by this effect, which a run would drop:
    // the run that reads tracks nothing, so the effect never runs again after it.
    Effect::new(move |_| {
        if ready.0.get_untracked() {
            if let Some(read) = read.take() {
                untrack(read);
            }
        } else {
            ready.0.track();
        }
    });
}

/// A part of a page that shows what the device knows (saved plans, the address's query, the
/// frame it is in): rendered as a first visit sees it while the app hydrates, then again
/// right after with the device's state. Elsewhere it is rendered once.
pub fn with_device<V>(view: impl Fn() -> V + Send + Sync + 'static) -> AnyView
where
    V: IntoView + 'static,
{
    let ready = use_context::<DeviceReady>();
    (move || {
        if let Some(r) = ready {
            r.0.track();
        }
        view().into_any()
    })
    .into_any()
}
