//! doverie on a trainee's machine: where the content folder and the trainee's data folder are,
//! where a call's transcript is saved, and the fresh seed a front end picks for a call.
//!
//! Architecture invariant: this is the only library crate that reads the environment
//! (`DOVERIE_HOME`, `DOVERIE_DATA`, `HOME`, the current folder) or the wall clock for file names
//! and seeds; the core is given paths and seeds, and never looks them up itself.
#![warn(missing_docs)]

use std::path::{Path, PathBuf};

use doverie_core::library::Library;

pub mod journal;
pub mod write;

pub use journal::CallJournal;
pub use write::{SaveError, write_transcript};

/// The source checkout this program was built from, where the shipped content is.
pub fn source_tree() -> Library {
    Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The content folder to use: `DOVERIE_HOME` if set, else the current folder if it has
/// `scenarios/`, else the folder this program was built from (where the shipped content is).
pub fn discover() -> Library {
    if let Some(home) = std::env::var_os("DOVERIE_HOME") {
        return Library::new(home);
    }
    if let Ok(cwd) = std::env::current_dir()
        && cwd.join("scenarios").is_dir()
    {
        return Library::new(cwd);
    }
    source_tree()
}

/// A fingerprint of every content file (path, size, modification time), to notice edits.
pub fn fingerprint(library: &Library) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut files = Vec::new();
    for dir in ["scenarios", "locales"] {
        collect_files(&library.root.join(dir), 0, &mut files);
    }
    files.sort();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for f in &files {
        f.hash(&mut h);
        if let Ok(meta) = std::fs::metadata(f) {
            meta.len().hash(&mut h);
            meta.modified().ok().hash(&mut h);
        }
    }
    h.finish()
}

fn collect_files(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > 8 {
        return;
    }
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        // A symbolic link is not followed: a loop of them is never walked.
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect_files(&path, depth + 1, out);
        } else {
            out.push(path);
        }
    }
}

/// Where a trainee's own files go (transcripts, recordings): `DOVERIE_DATA` if set, else
/// `$XDG_DATA_HOME/doverie`, else `~/.local/share/doverie`, else `./doverie-data`.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("DOVERIE_DATA") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("doverie");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".local/share/doverie");
    }
    PathBuf::from("doverie-data")
}

/// The file a new call's transcript is saved to:
/// `DATA/transcripts/TRAINEE/SCENARIO-SEED-STAMP.json`, with the trainee id made safe as a
/// folder name. `stamp` tells apart calls of the same scenario and seed (a front end passes the
/// time).
pub fn transcript_path(
    data: &Path,
    trainee: &str,
    scenario: &str,
    seed: u64,
    stamp: u64,
) -> PathBuf {
    let safe: String = trainee
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    let safe = if safe.is_empty() {
        "anonymous".into()
    } else {
        safe
    };
    data.join("transcripts")
        .join(safe)
        .join(format!("{scenario}-{seed}-{stamp}.json"))
}

/// A seed for a call when none is given. Only front ends pick seeds; the engine never does.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (nanos ^ u64::from(std::process::id()).rotate_left(32)) % 1_000_000
}

/// Now, in whole seconds since 1970: a call's start, recorded in its transcript.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The file for a call starting now: [`transcript_path`] stamped with the current time.
pub fn new_transcript_path(data: &Path, trainee: &str, scenario: &str, seed: u64) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    transcript_path(data, trainee, scenario, seed, stamp)
}

#[cfg(test)]
mod tests;
