//! Where a trainer's files live: the layout of a doverie content folder.
//!
//! ```text
//! ROOT/scenarios/NAME.ron              scenario
//! ROOT/scenarios/protocols/NAME.ron    protocol
//! ROOT/locales/LANG/ui.ftl             the program's own words
//! ROOT/locales/LANG/protocols/NAME.ftl the protocol's vocabulary
//! ROOT/locales/LANG/scenarios/NAME.ftl a scenario's lines and options
//! ROOT/scenarios/archive/NAME/         content as an earlier release shipped it, a content
//!                                      folder of its own, so that calls recorded then verify
//! ROOT/scenarios/arcs/NAME.ron         an arc: calls from the same caller over weeks
//! ROOT/locales/LANG/arcs/NAME.ftl      its title and summary
//! ROOT/scenarios/services/REGION.ron   a region's service directory (`federal.ron`: everywhere)
//! ROOT/locales/LANG/services/REGION.ftl its services' names
//! ```

use std::path::{Path, PathBuf};

use crate::locale::{Lang, Source};

/// A content folder: scenarios, protocols and their Fluent text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    /// The folder.
    pub root: PathBuf,
}

impl Library {
    /// The content folder at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Library {
        Library { root: root.into() }
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

    /// An arc by name (`orphan`) or by path to its `.ron` file.
    pub fn arc_path(&self, name_or_path: &str) -> PathBuf {
        let p = Path::new(name_or_path);
        if name_or_path.ends_with(".ron") || p.components().count() > 1 {
            p.to_path_buf()
        } else {
            self.root
                .join("scenarios")
                .join("arcs")
                .join(format!("{name_or_path}.ron"))
        }
    }

    /// An arc's words (title, summary) in `lang`.
    pub fn arc_ftl(&self, lang: Lang, id: &str) -> PathBuf {
        self.root
            .join("locales")
            .join(lang.as_str())
            .join("arcs")
            .join(format!("{id}.ftl"))
    }

    /// The shipped arc files, sorted by name.
    pub fn arc_files(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(self.root.join("scenarios").join("arcs"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        out.sort();
        out
    }

    /// A protocol's file, by id.
    pub fn protocol_path(&self, id: &str) -> PathBuf {
        self.root
            .join("scenarios")
            .join("protocols")
            .join(format!("{id}.ron"))
    }

    /// The program's own words in `lang`, as kept in the source tree.
    pub fn ui_ftl(&self, lang: Lang) -> PathBuf {
        self.root.join("locales").join(lang.as_str()).join("ui.ftl")
    }

    /// A protocol's words in `lang`.
    pub fn protocol_ftl(&self, lang: Lang, id: &str) -> PathBuf {
        self.root
            .join("locales")
            .join(lang.as_str())
            .join("protocols")
            .join(format!("{id}.ftl"))
    }

    /// A scenario's words in `lang`.
    pub fn scenario_ftl(&self, lang: Lang, id: &str) -> PathBuf {
        self.root
            .join("locales")
            .join(lang.as_str())
            .join("scenarios")
            .join(format!("{id}.ftl"))
    }

    /// A region's service directory file.
    pub fn directory_path(&self, region: &str) -> PathBuf {
        crate::directory::path(&self.root, region)
    }

    /// A region's service names in `lang`.
    pub fn directory_ftl(&self, lang: Lang, region: &str) -> PathBuf {
        self.root
            .join("locales")
            .join(lang.as_str())
            .join("services")
            .join(format!("{region}.ftl"))
    }

    /// The directory files a call in `region` reads: the federal lines (when the content folder
    /// has them) and the region's own.
    pub fn directory_files(&self, region: &str) -> Vec<PathBuf> {
        let federal = self.directory_path(crate::directory::FEDERAL);
        let mut out = Vec::new();
        if region != crate::directory::FEDERAL && federal.is_file() {
            out.push(federal);
        }
        out.push(self.directory_path(region));
        out
    }

    /// Every region with a directory file, sorted.
    pub fn regions(&self) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(self.root.join("scenarios").join("services"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        out.sort();
        out
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
                let text = crate::read::read_text(p, crate::content::text::MAX_FTL_BYTES).ok()?;
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

    /// The content folders kept as earlier releases shipped them (`scenarios/archive/*/`), sorted
    /// by name: a call recorded on content that has changed since is verified against the one
    /// whose scenario has its hash.
    pub fn archives(&self) -> Vec<Library> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(self.root.join("scenarios").join("archive"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir())
                    && p.join("scenarios").is_dir()
            })
            .collect();
        out.sort();
        out.into_iter().map(Library::new).collect()
    }

    /// Every protocol file, sorted.
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
}
