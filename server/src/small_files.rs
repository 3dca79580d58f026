//! Answers for small files kept in memory: ServeDir opens, stats and reads a file through
//! tokio's blocking pool on every request, which for a few-KiB file like embed.js costs far
//! more than sending it. The first answer ServeDir gives for a file (per accepted coding) is
//! kept with the file's version (mtime and size), checked by a stat on every request, so a
//! rebuilt file is read again at once. Only answers up to [`MAX_BODY_BYTES`] (so the wasm's
//! brotli twin is kept, not its 1 MiB plain form), at most [`MAX_ENTRIES`] answers and
//! [`MAX_TOTAL_BYTES`] in all.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::SystemTime;

use axum::body::Bytes;
use axum::http::HeaderMap;

/// Files larger than this always stream from disk, whatever their compressed twins weigh.
pub(crate) const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Answers larger than this (the bytes sent) always stream from disk.
pub(crate) const MAX_BODY_BYTES: u64 = 512 * 1024;
/// Answers kept, and their bytes in all; when either is reached, the cache starts again empty.
const MAX_ENTRIES: usize = 512;
const MAX_TOTAL_BYTES: u64 = 32 * 1024 * 1024;

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
    answers: Mutex<Answers>,
}

#[derive(Default)]
struct Answers {
    by_key: HashMap<SmallKey, std::sync::Arc<SmallAnswer>>,
    bytes: u64,
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
        answers
            .by_key
            .get(key)
            .filter(|a| a.version == version)
            .cloned()
    }

    pub(crate) fn put(
        &self,
        key: SmallKey,
        version: Version,
        headers: HeaderMap,
        body: Bytes,
        etag: String,
    ) {
        let size = body.len() as u64;
        if version.1 > MAX_FILE_BYTES || size > MAX_BODY_BYTES {
            return;
        }
        let mut answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(old) = answers.by_key.remove(&key) {
            answers.bytes -= old.body.len() as u64;
        }
        if answers.by_key.len() >= MAX_ENTRIES || answers.bytes + size > MAX_TOTAL_BYTES {
            answers.by_key.clear();
            answers.bytes = 0;
        }
        answers.bytes += size;
        answers.by_key.insert(
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
