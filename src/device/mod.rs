//! Device adapters: everything that talks to the browser on the person's behalf. Each
//! turns the browser's failures into values that pages can explain; nothing here renders.
//!
//! - [`storage`]: localStorage, probed first (it can be missing or full).
//! - [`aftercare_store`]: the aftercare plans as one context, loaded once, saved whole,
//!   kept in step with other tabs.
//! - [`signs_store`]: the ticked warning signs, kept apart from the plans and across tabs.
//! - [`service_worker`]: offline use, updates and "Install app".
//! - [`files`]: saving a file (export, backups, calendar).
//! - [`clipboard`]: copying text.
//! - [`framing`]: whether the app is in a frame, and whose.
//! - [`frame_height`]: telling a host page the embed's height.

/// False while the pages are rendered to HTML at build time (the prerender, on the host):
/// there is no device then, and every page renders what a first visit shows (no saved plans,
/// no ticked signs, not in a frame). The app fills in the device's state once it runs.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

pub mod aftercare_store;
pub mod clipboard;
pub mod files;
pub mod frame_height;
pub mod framing;
pub mod service_worker;
pub mod signs_store;
pub mod storage;
