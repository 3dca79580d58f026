//! A part of a prerendered page that the app makes and hydrates in a task of its own.
//!
//! Hydrating a page was one long task, and on a first visit most of it is V8 compiling each
//! wasm function the first time it runs (a trace of `/` at 4x CPU: 92 of 130 ms, 930
//! functions). Leptos hydrates the routes' views in one go, even when asked to hydrate
//! asynchronously, so a part wrapped in [`in_own_task`] steps over its prerendered element
//! when the hydration reaches it; in a later task (a zero timeout) the part is made (its
//! components run) and hydrated on that element, under the owner of the place it is written
//! in. The browser can paint and take input in between, and no piece is as long as the whole.
//!
//! Rules, each relied on:
//! - The part is one element (a component whose view is one element, or an element). Where
//!   the prerendered markup has no element there, the part is hydrated in place, as without
//!   the wrapper; a part that turns out to be more than one element is an error (a panic in
//!   a debug build, which the debug-hydration end-to-end test loads on every page).
//! - Nothing but input may change what a part shows before its turn: the page's text and
//!   code have arrived before it hydrates, and the device is read only once no part waits
//!   ([`crate::device::DeviceReady`], [`waiting`]).
//! - A part's contexts come from the place it is written in, not from later siblings.
//! - Head tags (`Title`, `Meta`) are written outside the parts: leptos_meta hydrates them in
//!   the order the page wrote them, with a cursor of its own over `<head>`, and sets the tab's
//!   title from those hydrated so far (a page's title in a part would leave it blank).
//! - Input never meets a waiting part: the first pointer, key, focus, form or history event
//!   on the window (listened to in the capture phase, before any handler of the page or the
//!   router's) first hydrates every waiting part, in the order the page wrote them
//!   ([`hydrate_waiting`]). A handler, a link the router takes over or a back button then
//!   finds the page as it was hydrated, never a part made with state its markup does not show.
//!
//! The prerender writes the same markup as without the wrapper, and a page rendered afresh
//! (a client-side navigation) builds every part at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::any_view::{AnyViewState, AnyViewWithAttrs};
use leptos::tachys::view::{
    add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml,
};
use wasm_bindgen::JsCast;

/// The view `make` returns (one element), made and hydrated in a task of its own (see the
/// module's notes). It is made under the owner of the place it is written in, whenever that is.
pub fn in_own_task<V>(make: impl FnOnce() -> V + Send + 'static) -> InOwnTask
where
    V: RenderHtml + Send + 'static,
{
    InOwnTask {
        view: View::Later(Box::new(move || make().into_any())),
        owner: Owner::current(),
    }
}

/// Whether a part of the page is still waiting for its turn to be hydrated.
pub fn waiting() -> bool {
    TURNS.with(|t| !t.borrow().is_empty()) || RUNNING.with(Cell::get)
}

/// Hydrates every waiting part now, in the order the page wrote them (parts inside a part
/// come after it). Input calls it first of all (see the module's notes); a part's own timer
/// then finds nothing to do. Not from inside a turn (an event a part's hydration dispatches):
/// the turns go on in order after it.
pub fn hydrate_waiting() {
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
fn queue_turn(turn: Turn) {
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

/// A view that is made and hydrated in a task of its own. See [`in_own_task`]. Not generic:
/// the parts share one copy of this code (a view is erased to `AnyView`).
pub struct InOwnTask {
    view: View,
    owner: Option<Owner>,
}

enum View {
    Later(Box<dyn FnOnce() -> AnyView + Send>),
    /// Made early, to be looked at (the prerender's `dry_resolve`), or resolved.
    Made(AnyView),
    /// Only while `dry_resolve` makes it.
    Making,
}

impl InOwnTask {
    fn make(self) -> AnyView {
        match self.view {
            View::Made(view) => view,
            View::Later(make) => match self.owner {
                Some(owner) => owner.with(make),
                None => make(),
            },
            View::Making => unreachable!("in_own_task: a view being made is not used"),
        }
    }
}

/// Where a part is: its prerendered element until its turn, then its hydrated state.
pub struct InOwnTaskState(Rc<RefCell<Part>>);

enum Part {
    /// Prerendered, waiting for its turn.
    Waiting(Element),
    /// Taken off the page before its turn: it is not hydrated.
    Left(Element),
    Live(AnyViewState),
}

impl Render for InOwnTask {
    type State = InOwnTaskState;

    fn build(self) -> Self::State {
        InOwnTaskState(Rc::new(RefCell::new(Part::Live(self.make().build()))))
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut part = state.0.borrow_mut();
        match &mut *part {
            Part::Live(inner) => self.make().rebuild(inner),
            // Replaced before its turn: the new view is built where the old element was.
            Part::Waiting(el) | Part::Left(el) => {
                let el = el.clone();
                let mut fresh = self.make().build();
                if let Some(parent) = el.parent_element() {
                    fresh.mount(&parent, Some(el.as_ref()));
                }
                el.remove();
                *part = Part::Live(fresh);
            }
        }
    }
}

// Attributes spread onto a part make it an ordinary view (hydrated in place).
impl AddAnyAttr for InOwnTask {
    type Output<SomeNewAttr: Attribute> = AnyViewWithAttrs;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self.make().add_any_attr(attr)
    }
}

impl RenderHtml for InOwnTask {
    // Still a part of its own once resolved or owned (the router does both to route views).
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {
        let view = std::mem::replace(&mut self.view, View::Making);
        let mut made = InOwnTask {
            view,
            owner: self.owner.clone(),
        }
        .make();
        made.dry_resolve();
        self.view = View::Made(made);
    }

    async fn resolve(self) -> Self::AsyncOutput {
        let owner = self.owner.clone();
        InOwnTask {
            view: View::Made(self.make().resolve().await),
            owner,
        }
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.make()
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.make().to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        )
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        // The node this part's element hydrates, found the way an element's hydration finds it.
        let here = match position.get() {
            Position::FirstChild => cursor.current().first_child(),
            Position::Current => Some(cursor.current()),
            _ => cursor.current().next_sibling(),
        };
        let Some(el) = here.and_then(|n| n.dyn_into::<Element>().ok()) else {
            // Not an element where the part should be: hydrated in place.
            let state = self.make().hydrate::<FROM_SERVER>(cursor, position);
            return InOwnTaskState(Rc::new(RefCell::new(Part::Live(state))));
        };
        // Step over it, as its own hydration would have: the rest of the page goes on after it.
        cursor.set(AsRef::<Node>::as_ref(&el).clone());
        position.set(Position::NextChild);

        let part = Rc::new(RefCell::new(Part::Waiting(el)));
        let later = Rc::clone(&part);
        queue_turn(Box::new(move || later_turn(self, &later)));
        InOwnTaskState(part)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.hydrate::<true>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// A part's turn: made and hydrated on its element, unless it has left the page meanwhile.
fn later_turn(part: InOwnTask, state: &RefCell<Part>) {
    let waiting = match &*state.borrow() {
        Part::Waiting(el) => Some(el.clone()),
        _ => None,
    };
    let Some(el) = waiting else { return };
    let cursor = Cursor::new(el.clone());
    let position = PositionState::new(Position::Current);
    let owner = part.owner.clone();
    let hydrate = || part.make().hydrate::<true>(&cursor, &position);
    let hydrated = match owner {
        Some(owner) => owner.with(hydrate),
        None => hydrate(),
    };
    // One element: the hydration ends on the element it began on.
    if &cursor.current() != AsRef::<Node>::as_ref(&el) {
        part_error();
    }
    *state.borrow_mut() = Part::Live(hydrated);
}

/// A part that is not one element threw the hydration of the rest of its page off: a
/// programming error, loud in a debug build (the debug-hydration test), logged in a release.
fn part_error() {
    let why = "Dermamap: a part hydrated in its own task is not one element (in_own_task)";
    if cfg!(debug_assertions) {
        panic!("{why}");
    }
    leptos::logging::error!("{why}");
}

impl Mountable for InOwnTaskState {
    fn unmount(&mut self) {
        let mut part = self.0.borrow_mut();
        match &mut *part {
            Part::Live(inner) => inner.unmount(),
            Part::Waiting(el) | Part::Left(el) => {
                el.remove();
                *part = Part::Left(el.clone());
            }
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        match &mut *self.0.borrow_mut() {
            Part::Live(inner) => inner.mount(parent, marker),
            Part::Waiting(el) | Part::Left(el) => {
                let _ = parent.insert_before(el.as_ref(), marker);
            }
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match &*self.0.borrow() {
            Part::Live(inner) => inner.insert_before_this(child),
            Part::Waiting(el) | Part::Left(el) => match el.parent_element() {
                Some(parent) => {
                    child.mount(&parent, Some(el.as_ref()));
                    true
                }
                None => false,
            },
        }
    }

    fn elements(&self) -> Vec<Element> {
        match &*self.0.borrow() {
            Part::Live(inner) => inner.elements(),
            Part::Waiting(el) | Part::Left(el) => vec![el.clone()],
        }
    }
}
