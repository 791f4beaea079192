//! Where a trainer's files live: the layout of a doverie content folder.
//!
//! ```text
//! ROOT/scenarios/NAME.ron              scenario
//! ROOT/scenarios/protocols/NAME.ron    protocol
//! ROOT/locales/LANG/ui.ftl             the program's own words
//! ROOT/locales/LANG/protocols/NAME.ftl the protocol's vocabulary
//! ROOT/locales/LANG/scenarios/NAME.ftl a scenario's lines and options
//! ```

use std::path::{Path, PathBuf};

use crate::locale::{Lang, Source};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    pub root: PathBuf,
}

impl Library {
    pub fn new(root: impl Into<PathBuf>) -> Library {
        Library { root: root.into() }
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
        Library::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The content folder a file belongs to: the parent of the `scenarios` folder holding it.
    pub fn containing(path: &Path) -> Option<Library> {
        let find = |p: &Path| {
            p.ancestors()
                .skip(1)
                .find(|a| a.file_name().is_some_and(|n| n == "scenarios"))
                .and_then(Path::parent)
                .map(Library::new)
        };
        find(path).or_else(|| {
            let abs = std::env::current_dir().ok()?.join(path);
            find(&abs)
        })
    }

    /// A scenario by name (`orphanage-night-call`) or by path to its `.ron` file.
    pub fn scenario_path(&self, name_or_path: &str) -> PathBuf {
        let p = Path::new(name_or_path);
        if name_or_path.ends_with(".ron") || p.components().count() > 1 {
            p.to_path_buf()
        } else {
            self.root
                .join("scenarios")
                .join(format!("{name_or_path}.ron"))
        }
    }

    pub fn protocol_path(&self, id: &str) -> PathBuf {
        self.root
            .join("scenarios")
            .join("protocols")
            .join(format!("{id}.ron"))
    }

    pub fn ui_ftl(&self, lang: Lang) -> PathBuf {
        self.root.join("locales").join(lang.as_str()).join("ui.ftl")
    }

    pub fn protocol_ftl(&self, lang: Lang, id: &str) -> PathBuf {
        self.root
            .join("locales")
            .join(lang.as_str())
            .join("protocols")
            .join(format!("{id}.ftl"))
    }

    pub fn scenario_ftl(&self, lang: Lang, id: &str) -> PathBuf {
        self.root
            .join("locales")
            .join(lang.as_str())
            .join("scenarios")
            .join(format!("{id}.ftl"))
    }

    /// Recorded caller lines of a scenario in a language: `assets/voice/LANG/SCENARIO/`.
    pub fn voice_dir(&self, lang: Lang, scenario: &str) -> PathBuf {
        self.root
            .join("assets")
            .join("voice")
            .join(lang.as_str())
            .join(scenario)
    }

    /// The content Fluent files a call of `scenario` under `protocol` shows in `lang` (the
    /// program's own words are built in: see [`crate::locale::ui_source`]).
    pub fn call_ftl(&self, lang: Lang, scenario: &str, protocol: &str) -> [PathBuf; 2] {
        [
            self.protocol_ftl(lang, protocol),
            self.scenario_ftl(lang, scenario),
        ]
    }

    /// Reads Fluent files that exist (a missing file is `check`'s to report).
    pub fn read_sources(paths: &[PathBuf]) -> Vec<Source> {
        paths
            .iter()
            .filter_map(|p| {
                let text = std::fs::read_to_string(p).ok()?;
                Some(Source {
                    name: p.display().to_string(),
                    text,
                })
            })
            .collect()
    }

    /// The shipped scenario files, sorted by name.
    pub fn scenario_files(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(self.root.join("scenarios"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "ron")
                    && !p.to_string_lossy().ends_with(".tests.ron")
            })
            .collect();
        out.sort();
        out
    }

    pub fn protocol_files(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> =
            std::fs::read_dir(self.root.join("scenarios").join("protocols"))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect();
        out.sort();
        out
    }

    /// A fingerprint of every content file (path, size, modification time), to notice edits.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut files = Vec::new();
        for dir in ["scenarios", "locales"] {
            collect_files(&self.root.join(dir), 0, &mut files);
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
}

fn collect_files(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > 8 {
        return;
    }
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
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

/// The file for a call starting now: [`transcript_path`] stamped with the current time.
pub fn new_transcript_path(data: &Path, trainee: &str, scenario: &str, seed: u64) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    transcript_path(data, trainee, scenario, seed, stamp)
}
