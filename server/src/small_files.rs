//! Answers for small files kept in memory: ServeDir opens, stats and reads a file through
//! tokio's blocking pool on every request, which for a few-KiB file like embed.js costs far
//! more than sending it. The first answer ServeDir gives for a file (per accepted coding) is
//! kept with the file's version (mtime and size), checked by a stat on every request, so a
//! rebuilt file is read again at once. Only files up to [`MAX_FILE_BYTES`], at most
//! [`MAX_ENTRIES`] answers.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::SystemTime;

use axum::body::Bytes;
use axum::http::HeaderMap;

/// Files larger than this always stream from disk.
pub(crate) const MAX_FILE_BYTES: u64 = 256 * 1024;
/// Answers kept; when full, the cache starts again empty.
const MAX_ENTRIES: usize = 512;

#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct SmallKey {
    pub(crate) file: PathBuf,
    pub(crate) br: bool,
    pub(crate) gzip: bool,
}

pub(crate) type Version = (Option<SystemTime>, u64);

pub(crate) struct SmallAnswer {
    pub(crate) version: Version,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) etag: String,
}

#[derive(Default)]
pub(crate) struct SmallFiles {
    answers: Mutex<HashMap<SmallKey, std::sync::Arc<SmallAnswer>>>,
}

impl SmallFiles {
    pub(crate) fn get(
        &self,
        key: &SmallKey,
        version: Version,
    ) -> Option<std::sync::Arc<SmallAnswer>> {
        if version.1 > MAX_FILE_BYTES {
            return None;
        }
        let answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        answers.get(key).filter(|a| a.version == version).cloned()
    }

    pub(crate) fn put(
        &self,
        key: SmallKey,
        version: Version,
        headers: HeaderMap,
        body: Bytes,
        etag: String,
    ) {
        if version.1 > MAX_FILE_BYTES || body.len() as u64 > MAX_FILE_BYTES {
            return;
        }
        let mut answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        if answers.len() >= MAX_ENTRIES && !answers.contains_key(&key) {
            answers.clear();
        }
        answers.insert(
            key,
            std::sync::Arc::new(SmallAnswer {
                version,
                headers,
                body,
                etag,
            }),
        );
    }
}
