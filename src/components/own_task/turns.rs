//! The waiting parts' turns, one queue in the order the page wrote them, and the window's
//! input listeners that take every waiting turn at once (see the module's notes).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether a part of the page is still waiting for its turn to be hydrated.
pub fn waiting() -> bool {
    TURNS.with(|t| !t.borrow().is_empty()) || RUNNING.with(Cell::get)
}

/// Hydrates every waiting part now, in the order the page wrote them (parts inside a part
/// come after it). Input calls it first of all (see the module's notes); a part's own timer
/// then finds nothing to do. Not from inside a turn (an event a part's hydration dispatches):
/// the turns go on in order after it.
fn hydrate_waiting() {
    if RUNNING.with(Cell::get) {
        return;
    }
    while take_turn() {}
}

/// Runs `then` each time the last waiting part has been hydrated (by its own turn, or at once
/// by input: then before the input's own handlers). For the device: see
/// [`crate::device::DeviceReady`].
pub fn when_parts_hydrated(then: impl Fn() + 'static) {
    HYDRATED.with(|a| a.borrow_mut().push(Rc::new(then)));
}

type Turn = Box<dyn FnOnce()>;

thread_local! {
    /// The waiting parts' turns, first written first.
    static TURNS: RefCell<VecDeque<Turn>> = const { RefCell::new(VecDeque::new()) };
    /// A turn is being taken (its part is made and hydrated).
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// What runs once the last waiting part has been hydrated.
    static HYDRATED: RefCell<Vec<Rc<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    /// Whether the window's input listeners are in place (once per page).
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Queues a part's turn: the next turn is taken in a task of its own (a zero timeout), unless
/// input takes them all first.
pub(super) fn queue_turn(turn: Turn) {
    listen_for_input();
    TURNS.with(|t| t.borrow_mut().push_back(turn));
    set_timeout(
        || {
            take_turn();
        },
        std::time::Duration::ZERO,
    );
}

/// Takes the first waiting turn; false when none waits.
fn take_turn() -> bool {
    let Some(turn) = TURNS.with(|t| t.borrow_mut().pop_front()) else {
        return false;
    };
    RUNNING.with(|r| r.set(true));
    turn();
    RUNNING.with(|r| r.set(false));
    if !waiting() {
        // Cloned out first: what runs may ask for more.
        let then = HYDRATED.with(|h| h.borrow().clone());
        for run in then {
            run();
        }
    }
    true
}

/// The events that mean a person acts on the page, or the address changes under it: each
/// first hydrates the waiting parts. Listened to on the window, in the capture phase, so
/// before every other handler (the router's link and history listeners included).
pub const INPUT: [&str; 11] = [
    "pointerdown",
    "mousedown",
    "touchstart",
    "click",
    "keydown",
    "focusin",
    "input",
    "change",
    "submit",
    "popstate",
    "hashchange",
];

/// Puts the window's input listeners in place, once per page. The app calls it before it
/// hydrates, so that they come before the router's: for `popstate`, whose target is the window
/// itself, some browsers run a target's listeners in the order they were added, whatever the
/// phase. (Queuing a part's turn calls it too, for a page hydrated some other way.)
pub fn listen_for_input() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let on_input = wasm_bindgen::closure::Closure::<dyn Fn()>::new(hydrate_waiting);
    let w = window();
    for event in INPUT {
        let _ = w.add_event_listener_with_callback_and_bool(
            event,
            on_input.as_ref().unchecked_ref(),
            true,
        );
    }
    // For the page's whole life; harmless once nothing waits (one empty check).
    on_input.forget();
}
