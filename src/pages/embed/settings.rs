//! What the embed learns from where it is shown: the studio's settings (the address's query)
//! and the frame it is in. While the app hydrates the prerendered embed these are a first
//! visit's (no studio, not in a frame), since that render must write the prerendered markup
//! again. Once the device may be read they change once, and only the parts that show them
//! update: the embed's nodes stay the prerender's.

use dermamap_core::embed::{EmbedConfig, EmbedNotice};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::device::framing::Framing;
use crate::device::{when_device_ready, DeviceReady};
use crate::site::SiteBase;
use crate::site_map::Page;

/// The embed's settings as one signal, read again once when the device may be read.
#[derive(Clone, Copy)]
pub struct EmbedSettings(RwSignal<Settings>);

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub config: EmbedConfig,
    /// The values the embed ignored, for the studio to fix.
    pub notices: Vec<EmbedNotice>,
    pub framing: Framing,
    /// The full guide's map in the embed's language: absolute once the device is read (the
    /// document's base), relative to the embed's `<base>` before.
    pub full_guide: String,
}

impl EmbedSettings {
    /// The settings as the device gives them now, and again once it may be read, if it may
    /// not be yet (the render that hydrates).
    pub fn read() -> Self {
        let location = use_location();
        let base = use_context::<SiteBase>().unwrap_or_else(|| SiteBase::new(""));
        let read = move || {
            let ready = DeviceReady::now();
            let search = if ready {
                location.search.get_untracked()
            } else {
                String::new()
            };
            let (config, notices) = EmbedConfig::from_query(&search);
            let map = Page::Map.path();
            let full_guide = ready
                .then(|| document().base_uri().ok().flatten())
                .flatten()
                .map(|root| format!("{root}{}", base.lang().path(&map).trim_start_matches('/')))
                .unwrap_or_else(|| base.href(&map));
            Settings {
                config,
                notices,
                framing: Framing::detect(),
                full_guide,
            }
        };
        let settings = RwSignal::new(read());
        if !DeviceReady::now() {
            when_device_ready(move || {
                let now = read();
                if settings.with_untracked(|s| *s != now) {
                    settings.set(now);
                }
            });
        }
        EmbedSettings(settings)
    }

    /// Runs `changed` with the settings whenever they are no longer the ones they are now
    /// (what the caller was built with).
    pub fn on_change(&self, changed: impl Fn(&Settings) + 'static) {
        let s = self.0;
        let built = s.get_untracked();
        Effect::new(move |seen: Option<Settings>| {
            s.with(|now| {
                if seen.as_ref().unwrap_or(&built) != now {
                    changed(now);
                }
                now.clone()
            })
        });
    }

    /// A part of the settings, tracked: updates only when that part changes.
    pub fn part<T>(&self, part: impl Fn(&Settings) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let s = self.0;
        Memo::new(move |_| s.with(&part))
    }

    /// The settings now, untracked.
    pub fn now<T>(&self, part: impl FnOnce(&Settings) -> T) -> T {
        self.0.with_untracked(part)
    }
}
