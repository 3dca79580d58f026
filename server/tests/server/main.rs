//! End-to-end behaviour against a throwaway dist/ built in a temp dir.

mod command_line;
mod compression;
mod headers;
mod pages;
mod rebuilds;
#[path = "../running/mod.rs"]
mod running;
mod support;
mod traversal;
