//! The aftercare plans as one typed context: loaded once from device storage, saved whole on
//! every change (as todomvc does), kept in step with other tabs, and honest about failures.

use dermamap_core::aftercare::{
    backup_key, decode, encode_keeping, same_record, unknown_fields, Date, Decoded, Plans,
    STORAGE_KEY,
};
use dermamap_core::locale::fill;
use leptos::prelude::*;

use crate::device::storage::{on_change_elsewhere, DeviceStorage, StorageError};

/// Whether and how plans are kept on this device, in words the page can show.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// No storage here (blocked, sandboxed or private): plans live only in this page.
    NotSaved(String),
    /// Written by a newer Dermamap: shown, never overwritten.
    ReadOnly {
        version: u32,
    },
}

/// Something that happened while loading, to tell the person once.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadNotice {
    /// The stored record was unreadable; its raw text was kept under `backup_key`.
    Corrupt {
        reason: String,
        backup_key: Option<String>,
        raw: String,
    },
    Migrated {
        from: u32,
    },
}

#[derive(Clone, Copy)]
pub struct AftercareStore {
    pub plans: RwSignal<Plans>,
    pub status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<LoadNotice>>,
    storage: StoredValue<DeviceStorage, LocalStorage>,
    /// The last text written or read, so a change from another tab is not written back.
    last_synced: StoredValue<String>,
    /// Whether the stored record was backed up before this page first rewrote it.
    backed_up: StoredValue<bool>,
}

/// Today's local calendar date.
pub fn today() -> Date {
    if !super::IN_BROWSER {
        // The prerender's date (UTC), replaced by the device's once the app runs.
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        return Date::from_epoch_days((secs / 86_400) as i64).unwrap_or(Date::MIN);
    }
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Date::MIN)
}

/// A UTC stamp for backup keys and calendar files: `20241121T103000Z`.
pub fn utc_stamp() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string()); // 2024-11-21T10:30:00.000Z
    let digits: String = iso
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    format!("{}Z", digits.get(..15).unwrap_or("19700101T000000"))
}

impl AftercareStore {
    /// Loads once and starts saving. Call in the page that owns the plans. While the app
    /// hydrates a prerendered page the device may not be read yet: the store is empty (as the
    /// prerender showed it) and loads from the device's storage once it may, in place.
    pub fn load(storage: DeviceStorage) -> Self {
        let store = AftercareStore {
            plans: RwSignal::new(Plans::new()),
            status: RwSignal::new(SaveStatus::Saved),
            notice: RwSignal::new(None),
            storage: StoredValue::new_local(storage),
            last_synced: StoredValue::new(String::new()),
            backed_up: StoredValue::new(false),
        };
        super::when_device_ready(move || {
            store.storage.set_value(DeviceStorage::probe());
            store.start();
        });
        store
    }

    fn start(self) {
        let store = self;
        let migrated = store.read_from_device(true);
        let loaded = store.plans.get_untracked();

        // One save: whenever the plans change, write the whole record. Opening the page
        // writes nothing: the first run saves only a migrated record (to finish its
        // migration) or plans changed before it ran.
        Effect::new(move |ran: Option<()>| {
            store.plans.track();
            if ran.is_some() || migrated || store.plans.with_untracked(|p| *p != loaded) {
                store.save();
            }
        });

        store.listen_to_other_tabs();
    }

    /// Reads the stored record; true when it was migrated and should be written back.
    fn read_from_device(&self, first: bool) -> bool {
        let storage = self.storage.get_value();
        let raw = match storage.read(STORAGE_KEY) {
            Ok(raw) => raw,
            Err(e) => {
                self.status.set(SaveStatus::NotSaved(e.to_string()));
                return false;
            }
        };
        if let Some(raw) = &raw {
            self.last_synced.set_value(raw.clone());
        }
        match decode(raw.as_deref()) {
            Decoded::Empty => self.plans.set(Plans::new()),
            Decoded::Loaded(p) => self.plans.set(p),
            Decoded::Migrated { plans, from } => {
                // Keep the old record too: a migration must never be the only copy.
                if let Some(raw) = &raw {
                    let _ = storage.write(&backup_key(&format!("v{from}-{}", utc_stamp())), raw);
                }
                self.plans.set(plans);
                if first {
                    self.notice.set(Some(LoadNotice::Migrated { from }));
                }
                return true;
            }
            Decoded::Corrupt { reason } => {
                let raw = raw.unwrap_or_default();
                let key = backup_key(&utc_stamp());
                let saved = storage.write(&key, &raw).is_ok();
                self.notice.set(Some(LoadNotice::Corrupt {
                    reason,
                    backup_key: saved.then_some(key),
                    raw,
                }));
                if !saved {
                    // Without a backup the unreadable record stays where it is, untouched.
                    self.status.set(SaveStatus::NotSaved(
                        tr!("the unreadable saved data could not be backed up, so it is left as it was")
                            .into(),
                    ));
                }
                self.plans.set(Plans::new());
            }
            Decoded::FromNewerVersion { version, readable } => {
                self.status.set(SaveStatus::ReadOnly { version });
                self.plans.set(readable.unwrap_or_default());
            }
        }
        false
    }

    /// Writes the plans, keeping the fields of the stored record this version does not
    /// know; before the first such rewrite, the record is backed up as it was.
    fn save(&self) {
        if matches!(
            self.status.get_untracked(),
            SaveStatus::ReadOnly { .. } | SaveStatus::NotSaved(_)
        ) {
            return;
        }
        let previous = self.last_synced.get_value();
        let text = self
            .plans
            .with_untracked(|p| encode_keeping(p, Some(&previous)));
        if text == previous || same_record(&text, &previous) {
            return;
        }
        let storage = self.storage.get_value();
        if !self.backed_up.get_value() && !unknown_fields(&previous).is_empty() {
            let key = backup_key(&format!("before-rewrite-{}", utc_stamp()));
            if storage.write(&key, &previous).is_err() {
                self.status.set(SaveStatus::NotSaved(
                    tr!("the saved plans hold data this version does not know, and they could not be backed up before changing them, so they are left as they were").into(),
                ));
                return;
            }
            self.backed_up.set_value(true);
        }
        match storage.write(STORAGE_KEY, &text) {
            Ok(()) => self.last_synced.set_value(text),
            Err(e) => self.status.set(SaveStatus::NotSaved(match e {
                StorageError::WriteFailed(why) => {
                    fill(tr!("the browser refused to save ({why})"), &[("why", &why)])
                }
                other => other.to_string(),
            })),
        }
    }

    /// The `storage` event fires in other tabs of the same origin: reload from it there.
    /// (A change read from another tab is not written back: it equals what was read.)
    fn listen_to_other_tabs(&self) {
        let store = *self;
        on_change_elsewhere(STORAGE_KEY, move || {
            let _ = store.read_from_device(false);
        });
    }
}
