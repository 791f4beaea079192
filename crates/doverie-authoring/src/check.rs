//! `doverie check` over files and folders: every scenario and protocol found, each loaded through
//! the core's `content` functions (so what checks is what plays), every problem reported once.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use doverie_core::content::{check_protocol, check_scenario};
use doverie_core::diag::{Diagnostic, Diagnostics, Pos};
use doverie_core::library::Library;

/// Checks files and folders: scenarios, protocols (files under a `protocols` folder) and their
/// Fluent text. Diagnostics are sorted and each is reported once.
pub fn check_paths(paths: &[PathBuf]) -> Diagnostics {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files);
    }
    let mut all = Diagnostics::default();
    for file in &files {
        let library = Library::containing(file).unwrap_or_else(|| {
            Library::new(
                file.parent()
                    .and_then(Path::parent)
                    .unwrap_or(Path::new(".")),
            )
        });
        let is_protocol = file
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|n| n == "protocols");
        let diags = if is_protocol {
            check_protocol(&library, file).1
        } else {
            check_scenario(&library, file).1
        };
        all.extend(diags);
    }
    if files.is_empty() {
        for p in paths {
            all.push(
                Diagnostic::error(p, Pos::START, "no scenario or protocol file here")
                    .with_hint("give .ron files, or a folder that holds them"),
            );
        }
    }
    let mut seen = HashSet::new();
    all.0.retain(|d| seen.insert(d.to_string()));
    all.sort();
    all
}

/// Collects the content files under `path`. A folder is visited once, however many symbolic
/// links lead to it, so a loop of links is walked once.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    collect_once(path, out, &mut HashSet::new());
}

fn collect_once(path: &Path, out: &mut Vec<PathBuf>, visited: &mut HashSet<(u64, u64)>) {
    use std::os::unix::fs::MetadataExt;
    if path.is_dir() {
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        if !visited.insert((meta.dev(), meta.ino())) {
            return;
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            // Content kept as an earlier release shipped it (`scenarios/archive/`) is there for
            // the calls recorded on it, not checked against today's rules.
            let archived = e.is_dir() && e.file_name().is_some_and(|n| n == "archive");
            if (e.is_dir() && !archived) || is_content_file(&e) {
                collect_once(&e, out, visited);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

fn is_content_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "ron") && !p.to_string_lossy().ends_with(".tests.ron")
}
