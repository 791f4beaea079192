//! `doverie check` over files and folders: every scenario and protocol found, each loaded through
//! the core's `content` functions (so what checks is what plays), every problem reported once.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use doverie_core::content::text::check_fluent_file;
use doverie_core::content::{check_protocol, check_scenario, check_ui_text};
use doverie_core::diag::{Diagnostic, Diagnostics, Pos};
use doverie_core::library::Library;
use doverie_core::locale::Lang;

/// Checks files and folders: scenarios, protocols (files under a `protocols` folder) and their
/// Fluent text. Diagnostics are sorted and each is reported once.
pub fn check_paths(paths: &[PathBuf]) -> Diagnostics {
    check_paths_in(paths, None)
}

/// As [`check_paths`], with the content folder to use for a file that is in none (a scenario
/// outside any `scenarios` folder finds its protocol and text there). A Fluent file is checked
/// as Fluent: with the scenario or protocol it belongs to when there is one, else alone. A file
/// that does not parse still has its Fluent text checked, and every other file is checked.
pub fn check_paths_in(paths: &[PathBuf], content: Option<&Library>) -> Diagnostics {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files);
    }
    let mut all = Diagnostics::default();
    let mut checked = HashSet::new();
    for file in &files {
        let is_fluent = file.extension().is_some_and(|e| e == "ftl");
        let file = if is_fluent {
            match owner_of_fluent(file) {
                FluentOwner::Content(ron) => ron,
                FluentOwner::Ui(library) => {
                    if checked.insert(file.clone()) {
                        all.extend(check_ui_text(&library));
                    }
                    continue;
                }
                FluentOwner::None => {
                    all.extend(check_fluent_file(file));
                    continue;
                }
            }
        } else {
            file.clone()
        };
        if !checked.insert(file.clone()) {
            continue;
        }
        let library = Library::containing(&file)
            .or_else(|| content.cloned())
            .unwrap_or_else(|| {
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
            check_protocol(&library, &file).1
        } else {
            let (loaded, diags) = check_scenario(&library, &file);
            if loaded.is_none() && !diags.iter().any(|d| is_ftl(&d.file)) {
                // The scenario did not get as far as its text: its Fluent files are still
                // checked as Fluent, so that one error does not hide the others.
                if let Some(id) = file.file_stem().and_then(|s| s.to_str()) {
                    for lang in Lang::ALL {
                        all.extend(check_fluent_file(&library.scenario_ftl(lang, id)));
                    }
                }
            }
            diags
        };
        all.extend(diags);
    }
    if files.is_empty() {
        for p in paths {
            all.push(
                Diagnostic::error(p, Pos::START, "no scenario, protocol or Fluent file here")
                    .with_hint("give .ron or .ftl files, or a folder that holds them"),
            );
        }
    }
    let mut seen = HashSet::new();
    all.0.retain(|d| seen.insert(d.to_string()));
    all.sort();
    all
}

fn is_ftl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
}

/// What a Fluent file holds the words of.
enum FluentOwner {
    /// A scenario's or a protocol's (`locales/LANG/scenarios/ID.ftl`,
    /// `locales/LANG/protocols/ID.ftl`) whose file exists: checked with it.
    Content(PathBuf),
    /// The program's own words (`locales/LANG/ui.ftl`) of this source tree.
    Ui(Library),
    /// Anything else: checked alone.
    None,
}

fn owner_of_fluent(ftl: &Path) -> FluentOwner {
    let Some(folder) = ftl.parent() else {
        return FluentOwner::None;
    };
    let Some(locales) = ftl
        .ancestors()
        .skip(1)
        .find(|a| a.file_name().is_some_and(|n| n == "locales"))
    else {
        return FluentOwner::None;
    };
    let root = locales.parent().unwrap_or(Path::new("."));
    let library = Library::new(root);
    if ftl.file_name().is_some_and(|n| n == "ui.ftl") {
        return FluentOwner::Ui(library);
    }
    let Some(id) = ftl.file_stem().and_then(|s| s.to_str()) else {
        return FluentOwner::None;
    };
    let ron = match folder.file_name().and_then(|n| n.to_str()) {
        Some("scenarios") => library.scenario_path(id),
        Some("protocols") => library.protocol_path(id),
        _ => return FluentOwner::None,
    };
    if ron.is_file() {
        FluentOwner::Content(ron)
    } else {
        FluentOwner::None
    }
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
    (p.extension().is_some_and(|e| e == "ron") && !p.to_string_lossy().ends_with(".tests.ron"))
        || is_ftl(p)
}
