//! The texts behind the sources, for the host tests: each seed article's saved text, and the
//! research notes for every other source (`core/source-texts/`).

use std::path::PathBuf;

use super::sources::SourceId;

fn texts_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("source-texts")
}

pub fn seeds_dir() -> PathBuf {
    texts_dir().join("seeds")
}

pub fn notes_path() -> PathBuf {
    texts_dir().join("domain-facts.md")
}

/// The text a source's facts must agree with.
pub fn text_of(id: SourceId) -> String {
    let path = match id.source().file {
        Some(f) => seeds_dir().join(f),
        None => notes_path(),
    };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The copies match the team's shared folder where it is beside the checkout.
#[test]
fn copies_match_the_shared_folder() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    if !shared.join("seeds").exists() {
        return; // only on the team's machines; the copies are what the tests read
    }
    let pairs = std::fs::read_dir(seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .map(|n| (seeds_dir().join(&n), shared.join("seeds").join(&n)))
        .chain([(notes_path(), shared.join("research/domain-facts.md"))]);
    for (ours, theirs) in pairs {
        assert_eq!(
            std::fs::read_to_string(&ours).unwrap(),
            std::fs::read_to_string(&theirs).unwrap(),
            "{} differs from {}",
            ours.display(),
            theirs.display()
        );
    }
}
