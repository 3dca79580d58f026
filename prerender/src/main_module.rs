//! Which texts the app's main module can write: the keys its bytes hold. The wasm names a text
//! by its 32-bit key ([`dermamap_core::locale::Text`]), as a constant in its code
//! (`i32.const`, or half of an `i64.const` where two fields are written at once) or in its
//! data (the content's tables). The main module is everything but the split pages' chunks,
//! which wasm-split moved out before the prerender runs, so a text whose key is nowhere in it
//! is written only by a page's own code: it goes into that language's [`Part::Pages`],
//! loaded with the pages' code, and the first download carries the rest ([`Part::Main`]).
//!
//! The scan reads every byte position (no instruction decoding), so it finds more values than
//! the module holds, never fewer: a chance match keeps a text in the main part, which costs a
//! few bytes and nothing else. The prerender also checks that every text of the pages the main
//! module renders alone (the map, each region, the not-found page) is in it.
//!
//! [`Part::Main`]: dermamap_core::locale::Part::Main
//! [`Part::Pages`]: dermamap_core::locale::Part::Pages

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use dermamap_core::sources::SOURCES;

/// Texts the main module's bytes hold that only a split page writes: the sources page's own
/// (what each source is and covers, [`dermamap_core::sources::Source::entry_texts`]). They sit
/// in the domain's source table beside the short names the map's citations use, so the scan
/// finds them; they are served with the pages' text all the same. The prerender's check that
/// every text of the pages the main module renders alone is in the main part still holds them
/// to that: a region page that showed one would fail the build.
pub fn only_split_pages_write() -> HashSet<u32> {
    SOURCES
        .iter()
        .flat_map(|s| s.entry_texts())
        .map(|t| t.key())
        .collect()
}

/// Every 32-bit value the module's bytes can hold: little-endian at any offset (data), and
/// signed LEB128 after an `i32.const` or `i64.const` opcode (code, globals).
pub fn values(wasm: &[u8]) -> Result<HashSet<u32>, String> {
    if !wasm.starts_with(b"\0asm") {
        return Err("not a wasm module".to_string());
    }
    let mut found = HashSet::new();
    for (i, byte) in wasm.iter().enumerate() {
        if let Some(&[a, b, c, d]) = wasm.get(i..i + 4) {
            found.insert(u32::from_le_bytes([a, b, c, d]));
        }
        match byte {
            0x41 => {
                if let Some(v) = signed_leb(&wasm[i + 1..], 32) {
                    found.insert(v as u32);
                }
            }
            0x42 => {
                if let Some(v) = signed_leb(&wasm[i + 1..], 64) {
                    found.insert(v as u32);
                    found.insert((v >> 32) as u32);
                }
            }
            _ => {}
        }
    }
    Ok(found)
}

/// A signed LEB128 number of at most `bits` bits at the start of `bytes`.
fn signed_leb(bytes: &[u8], bits: u32) -> Option<u64> {
    let mut value: u64 = 0;
    let mut shift = 0;
    for &b in bytes.iter().take(bits.div_ceil(7) as usize) {
        value |= u64::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
        shift += 7;
        if b & 0x80 == 0 {
            if shift < 64 && b & 0x40 != 0 {
                value |= !0 << shift;
            }
            return Some(value);
        }
    }
    None
}

/// The main module of the build in `dist` (`dermamap-<hash>_bg.wasm`, the one the pages load).
pub fn find(dist: &Path) -> Result<PathBuf, String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dermamap-") && n.ends_with("_bg.wasm"))
        })
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!(
            "{} holds {n} main modules (dermamap-*_bg.wasm), not one",
            dist.display()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: u32 = 0x9e37_79b9;

    fn module(body: &[u8]) -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend_from_slice(body);
        m
    }

    fn leb(mut v: i64) -> Vec<u8> {
        let mut out = Vec::new();
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
            out.push(if done { byte } else { byte | 0x80 });
            if done {
                return out;
            }
        }
    }

    #[test]
    fn a_key_is_found_as_a_constant_or_in_data_and_not_elsewhere() {
        // i32.const: the key as the signed 32-bit number it is in the code.
        let mut code = vec![0x0b, 0x41];
        code.extend(leb(KEY as i32 as i64));
        code.push(0x0b);
        assert!(values(&module(&code)).unwrap().contains(&KEY));
        // Half of an i64.const (two 32-bit fields stored at once), either half.
        for wide in [(7u64 << 32) | KEY as u64, ((KEY as u64) << 32) | 7] {
            let mut code = vec![0x42];
            code.extend(leb(wide as i64));
            assert!(values(&module(&code)).unwrap().contains(&KEY), "{wide:x}");
        }
        // In a data segment, at any offset.
        let mut data = vec![1, 2, 3];
        data.extend(KEY.to_le_bytes());
        assert!(values(&module(&data)).unwrap().contains(&KEY));
        // Not there: its bytes in another order, or the LEB without its opcode's number.
        let mut other = KEY.to_be_bytes().to_vec();
        other.push(0x41);
        other.extend(leb(KEY as i64 + 1));
        assert!(!values(&module(&other)).unwrap().contains(&KEY));
        assert!(values(b"not wasm").is_err());
    }

    #[test]
    fn the_main_module_is_the_one_wasm_named_after_the_app() {
        let dir = std::env::temp_dir().join(format!("dermamap-main-module-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert!(find(&dir).is_err());
        std::fs::write(dir.join("chunk_1-ab.wasm"), b"").unwrap();
        std::fs::write(dir.join("dermamap-0123_bg.wasm"), b"").unwrap();
        assert_eq!(find(&dir).unwrap(), dir.join("dermamap-0123_bg.wasm"));
        std::fs::write(dir.join("dermamap-4567_bg.wasm"), b"").unwrap();
        assert!(find(&dir).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
