//! Reusable pieces of the interface.

mod shell;

pub use shell::{SiteFooter, SiteHeader, SourceList};
