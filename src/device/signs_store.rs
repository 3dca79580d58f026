//! The warning signs a person ticked, as one context kept in device storage apart from the
//! plans, and in step with other tabs: an urgent sign stays shown across plan changes,
//! reloads and tabs until the person unticks it.

use dermamap_core::aftercare::{TickedSigns, SIGNS_BACKUP_KEY, SIGNS_KEY};
use dermamap_core::locale::fill;
use leptos::prelude::*;

use crate::device::storage::{on_change_elsewhere, DeviceStorage};

#[derive(Clone, Copy)]
pub struct SignsStore {
    pub ticked: RwSignal<TickedSigns>,
    /// Why the stored value could not be read, or why a change was not saved.
    pub problem: RwSignal<Option<String>>,
    storage: StoredValue<DeviceStorage, LocalStorage>,
}

impl SignsStore {
    pub fn load(storage: DeviceStorage) -> Self {
        let store = SignsStore {
            ticked: RwSignal::new(TickedSigns::default()),
            problem: RwSignal::new(None),
            storage: StoredValue::new_local(storage),
        };
        // Read once the device may be (after the render that hydrates a prerendered page).
        super::when_device_ready(move || {
            store.storage.set_value(DeviceStorage::probe());
            store.read_from_device();
            store.listen_to_other_tabs();
        });
        store
    }

    fn read_from_device(&self) {
        let storage = self.storage.get_value();
        let raw = storage.read(SIGNS_KEY).ok().flatten();
        match TickedSigns::parse(raw.as_deref()) {
            Ok(t) => self.ticked.set(t),
            Err(why) => {
                // Keep what was there before starting afresh: nothing stored is lost.
                if let Some(raw) = raw {
                    let _ = storage.write(SIGNS_BACKUP_KEY, &raw);
                }
                self.problem.set(Some(fill(
                    tr!("The ticked warning signs saved on this device could not be read ({}); a copy was kept and the list starts empty."),
                    &[("", &why.0)],
                )));
            }
        }
    }

    /// Ticks or unticks a sign and saves the whole list.
    pub fn set(&self, id: &str, on: bool) {
        self.ticked.update(|t| t.set(id, on));
        let text = self.ticked.with_untracked(|t| t.encode());
        if let Err(e) = self.storage.get_value().write(SIGNS_KEY, &text) {
            self.problem.set(Some(fill(
                tr!("This change is shown but not saved on this device ({e})."),
                &[("e", &e)],
            )));
        }
    }

    fn listen_to_other_tabs(&self) {
        let store = *self;
        on_change_elsewhere(SIGNS_KEY, move || store.read_from_device());
    }
}
