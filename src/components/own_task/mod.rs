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
//!   ([`turns::hydrate_waiting`]). A handler, a link the router takes over or a back button then
//!   finds the page as it was hydrated, never a part made with state its markup does not show.
//!
//! The prerender writes the same markup as without the wrapper, and a page rendered afresh
//! (a client-side navigation) builds every part at once.

mod part;
mod turns;

pub use part::InOwnTaskState;
pub use turns::{listen_for_input, waiting, when_parts_hydrated, INPUT};

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::any_view::AnyViewWithAttrs;
use leptos::tachys::view::{add_attr::AddAnyAttr, Position, PositionState, Render, RenderHtml};
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

impl Render for InOwnTask {
    type State = InOwnTaskState;

    fn build(self) -> Self::State {
        InOwnTaskState::live(self.make().build())
    }

    fn rebuild(self, state: &mut Self::State) {
        state.rebuild(self);
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
            return InOwnTaskState::live(state);
        };
        // Step over it, as its own hydration would have: the rest of the page goes on after it.
        cursor.set(AsRef::<Node>::as_ref(&el).clone());
        position.set(Position::NextChild);

        InOwnTaskState::waiting(el, self)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> Self::State {
        self.hydrate::<true>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
