//! Dermamap's domain, in plain Rust: no browser, no framework.
//!
//! - [`model`]: shared vocabulary (procedures, views, ranges).
//! - [`sources`]: every source a fact may cite.
//! - [`cited_by`]: what cites each source (the sources page).
//! - [`content`]: the regions of the body map and their sourced facts.
//! - [`estimator`]: the pain and cost model and its URL query.
//! - [`aftercare`]: aftercare plans, their storage schema and migrations.
//! - [`embed`]: studio embed configuration parsed from a query string.
//! - [`query`]: a small, total URL query decoder shared by the parsers.
//! - [`notice`]: a value from outside that was ignored or replaced, and why.
//! - [`text`](mod@text): cleaning and repeating text from outside.
//!
//! The modules' docs name their private files by link: read them with
//! `cargo doc -p dermamap-core --document-private-items` (`make lint` builds them so, with
//! every link checked).
#![allow(rustdoc::private_intra_doc_links)]

#[macro_use]
pub mod locale;
#[macro_use]
mod slug;

pub mod aftercare;
pub mod cited_by;
pub mod content;
pub mod embed;
pub mod estimator;
pub mod model;
pub mod notice;
pub mod query;
pub mod text;

pub use content::sources;
pub use model::{Procedure, Quantity, Span, View};
pub use notice::Notice;
