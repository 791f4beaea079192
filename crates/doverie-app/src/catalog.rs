//! The scenarios the lobby offers, loaded through `check` (the same path as `doverie play`), with
//! the problems of those that do not check, so a trainer sees them in the window.

use doverie_core::content::{self, Loaded};
use doverie_core::diag::Severity;
use doverie_core::library::Library;
use doverie_core::locale::{Lang, Text};
use doverie_core::score::certify::is_sentinel;

/// A playable scenario with its text in every language.
pub struct Entry {
    /// Its file name, without `.ron`.
    pub name: String,
    /// The scenario, its protocol and their text.
    pub loaded: Loaded,
    /// Its text per language, in [`Lang::ALL`] order.
    texts: Vec<Text>,
    /// A sentinel call for certification.
    pub sentinel: bool,
}

impl Entry {
    /// Its text in `lang`.
    pub fn text(&self, lang: Lang) -> &Text {
        let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        &self.texts[i]
    }
}

/// Everything the content folder offers now.
pub struct Catalog {
    /// The content folder.
    pub library: Library,
    /// The playable scenarios, in file-name order.
    pub entries: Vec<Entry>,
    /// `check` errors of scenarios that cannot be played, as file:line:col lines.
    pub problems: Vec<String>,
    /// Content-folder fingerprint when loaded (see [`Library::fingerprint`]).
    pub fingerprint: u64,
}

impl Catalog {
    /// Loads every scenario of the folder; those that do not check become problems.
    pub fn load(library: &Library) -> Catalog {
        let fingerprint = doverie_files::fingerprint(library);
        let mut entries = Vec::new();
        let mut problems = Vec::new();
        for path in library.scenario_files() {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            match content::load(library, &path.to_string_lossy()) {
                Ok((loaded, _warnings)) => {
                    let texts = Lang::ALL.iter().map(|&l| loaded.text(l)).collect();
                    let sentinel = is_sentinel(&loaded.protocol, &loaded.scenario);
                    entries.push(Entry {
                        name,
                        loaded,
                        texts,
                        sentinel,
                    });
                }
                Err(diags) => problems.extend(
                    diags
                        .iter()
                        .filter(|d| d.severity == Severity::Error)
                        .map(|d| d.to_string()),
                ),
            }
        }
        Catalog {
            library: library.clone(),
            entries,
            problems,
            fingerprint,
        }
    }

    /// Whether the files changed since this catalog was loaded.
    pub fn is_stale(&self) -> bool {
        doverie_files::fingerprint(&self.library) != self.fingerprint
    }

    /// The position of the scenario with this file name.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.name == name)
    }
}
