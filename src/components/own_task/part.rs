//! Where a part is on the page: its prerendered element until its turn, then its hydrated
//! state; and the turn that makes and hydrates it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::untrack;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

use super::turns::queue_turn;
use super::InOwnTask;

/// Where a part is: its prerendered element until its turn, then its hydrated state.
pub struct InOwnTaskState(Rc<Shared>);

struct Shared {
    part: RefCell<Part>,
    /// The part to make and hydrate at its turn, until then.
    pending: RefCell<Option<InOwnTask>>,
    /// Its one turn is still in the queue.
    queued: Cell<bool>,
}

enum Part {
    /// Prerendered, waiting for its turn.
    Waiting(Element),
    /// Taken off the page before its turn: not hydrated while it is off. Put back while its
    /// turn still waits, it waits for it; put back after, it is built afresh.
    Left(Element),
    Live(AnyViewState),
}

impl InOwnTaskState {
    /// Made, or hydrated in place.
    pub(super) fn live(state: AnyViewState) -> Self {
        InOwnTaskState(Rc::new(Shared {
            part: RefCell::new(Part::Live(state)),
            pending: RefCell::new(None),
            queued: Cell::new(false),
        }))
    }

    /// Stepped over on its prerendered element: `part` is made and hydrated on it at its turn.
    pub(super) fn waiting(el: Element, part: InOwnTask) -> Self {
        let shared = Rc::new(Shared {
            part: RefCell::new(Part::Waiting(el)),
            pending: RefCell::new(Some(part)),
            queued: Cell::new(true),
        });
        let turn = Rc::clone(&shared);
        queue_turn(Box::new(move || later_turn(&turn)));
        InOwnTaskState(shared)
    }

    /// The part written again with `view`.
    pub(super) fn rebuild(&mut self, view: InOwnTask) {
        let mut part = self.0.part.borrow_mut();
        match &mut *part {
            Part::Live(inner) => view.make().rebuild(inner),
            // Replaced before its turn: the new view is built where the old element was.
            Part::Waiting(el) | Part::Left(el) => {
                let el = el.clone();
                self.0.pending.borrow_mut().take();
                let mut fresh = view.make().build();
                if let Some(parent) = el.parent_element() {
                    fresh.mount(&parent, Some(el.as_ref()));
                }
                el.remove();
                *part = Part::Live(fresh);
            }
        }
    }
}

/// A part's turn: made and hydrated on its element, unless it is off the page (it keeps its
/// part, to be built afresh if it is put back) or was replaced.
fn later_turn(shared: &Shared) {
    shared.queued.set(false);
    let waiting = {
        let mut part = shared.part.borrow_mut();
        match &*part {
            Part::Waiting(el) if el.is_connected() => Some(el.clone()),
            // Gone with an element around it that was taken off without its parts: as off.
            Part::Waiting(el) => {
                *part = Part::Left(el.clone());
                None
            }
            _ => None,
        }
    };
    let Some(el) = waiting else { return };
    let Some(part) = shared.pending.borrow_mut().take() else {
        return;
    };
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
    *shared.part.borrow_mut() = Part::Live(hydrated);
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
        let mut part = self.0.part.borrow_mut();
        match &mut *part {
            Part::Live(inner) => inner.unmount(),
            Part::Waiting(el) | Part::Left(el) => {
                el.remove();
                *part = Part::Left(el.clone());
            }
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        let mut part = self.0.part.borrow_mut();
        match &mut *part {
            Part::Live(inner) => inner.mount(parent, marker),
            Part::Waiting(el) => {
                let _ = parent.insert_before(el.as_ref(), marker);
            }
            // Put back while its turn still waits (so nothing has changed what it should
            // show): it waits for that turn.
            Part::Left(el) if self.0.queued.get() => {
                let _ = parent.insert_before(el.as_ref(), marker);
                *part = Part::Waiting(el.clone());
            }
            // Put back after its turn passed it by: input or the device may have changed what
            // it shows since it was prerendered, so it is built afresh, not hydrated.
            Part::Left(_) => {
                let Some(view) = self.0.pending.borrow_mut().take() else {
                    return;
                };
                let mut fresh = untrack(|| view.make().build());
                fresh.mount(parent, marker);
                *part = Part::Live(fresh);
            }
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match &*self.0.part.borrow() {
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
        match &*self.0.part.borrow() {
            Part::Live(inner) => inner.elements(),
            Part::Waiting(el) | Part::Left(el) => vec![el.clone()],
        }
    }
}
