//! `doverie check` over files and folders: every scenario, protocol and service directory found,
//! each loaded through the core's `content` functions (so what checks is what plays), every
//! problem reported once. A scenario's playtests are played to find dispatches to a service
//! that is closed at the scenario's time.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use doverie_core::content::text::check_fluent_file;
use doverie_core::content::{
    Loaded, check_directory, check_protocol, check_scenario, check_ui_text,
};
use doverie_core::diag::{Diagnostic, Diagnostics, Pos};
use doverie_core::engine::{Call, Event};
use doverie_core::library::Library;
use doverie_core::locale::Lang;

/// Checks files and folders: scenarios, protocols (files under a `protocols` folder), service
/// directories (files under a `services` folder) and their Fluent text. Diagnostics are sorted
/// and each is reported once.
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
        let folder = file.parent().and_then(Path::file_name);
        let diags = if folder.is_some_and(|n| n == "protocols") {
            check_protocol(&library, &file).1
        } else if folder.is_some_and(|n| n == "arcs") {
            doverie_core::content::check_arc(&library, &file).1
        } else if folder.is_some_and(|n| n == "services") {
            check_directory(&library, &file)
        } else {
            let (loaded, mut diags) = check_scenario(&library, &file);
            if let Some(loaded) = &loaded {
                diags.extend(closed_dispatches_in_playtests(loaded));
            }
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
    /// A scenario's, a protocol's or a service directory's (`locales/LANG/scenarios/ID.ftl`,
    /// `locales/LANG/protocols/ID.ftl`, `locales/LANG/services/REGION.ftl`) whose file exists:
    /// checked with it.
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
        Some("services") => library.directory_path(id),
        Some("arcs") => library.arc_path(id),
        _ => return FluentOwner::None,
    };
    if ron.is_file() {
        FluentOwner::Content(ron)
    } else {
        FluentOwner::None
    }
}

/// Plays each playtest of a scenario (`NAME.tests.ron`, when it loads) and, for one that fails,
/// warns where its script dispatches a service that does not answer at that moment of the
/// call, naming what answers then. A playtests file with errors is left to `doverie test` to report.
fn closed_dispatches_in_playtests(loaded: &Loaded) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let path = crate::playtest::tests_path(&loaded.path);
    if !path.is_file() {
        return diags;
    }
    let Ok(tests) = crate::playtest::load(&path, loaded) else {
        return diags;
    };
    let Ok(file) = doverie_core::ron_file::RonFile::read(&path) else {
        return diags;
    };
    let scenario = &loaded.scenario;
    // A playtest expecting a closed-dispatch rule to be broken dispatches a closed service on
    // purpose.
    let on_purpose = |test: &crate::playtest::PlaytestDef| {
        test.broken.iter().any(|id| {
            loaded
                .protocol
                .rules
                .iter()
                .any(|r| &r.id == id && r.check.patterns().iter().any(|p| p.closed_dispatch))
        })
    };
    for (n, test) in tests.tests.iter().enumerate() {
        // A playtest that passes does not rely on the service answering.
        if on_purpose(test) || crate::playtest::run(loaded, test).passed() {
            continue;
        }
        let script = doverie_core::engine::Input::parse_script(&test.script).unwrap_or_default();
        let (mut call, _) = Call::start(scenario, test.seed);
        for input in &script {
            let before = call.state.time;
            let Ok(events) = call.apply(scenario, input) else {
                break;
            };
            for e in events {
                let Event::ServiceClosed(s) = e.event else {
                    continue;
                };
                let id = &scenario.services[usize::from(s)].id;
                let minute = scenario.local_minute(before).unwrap_or_default();
                let range = file
                    .map
                    .item_range(&["tests"], n)
                    .unwrap_or((0, file.text.len()));
                let pos = file
                    .map
                    .find_in(&test.script, range.0, range.1)
                    .map_or(Pos::START, |l| l.pos);
                let instead = scenario
                    .local
                    .as_ref()
                    .map(|local| {
                        local
                            .instead(s, minute)
                            .into_iter()
                            .map(|e| {
                                let entry = &local.entries[e];
                                match &entry.phone {
                                    Some(phone) => format!("{} ({phone})", entry.id),
                                    None => entry.id.clone(),
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default();
                let time = doverie_core::directory::hh_mm(minute);
                diags.push(
                    Diagnostic::warning(
                        &path,
                        pos,
                        format!(
                            "playtest \"{}\" dispatches \"{id}\", which is closed at {time} in the scenario",
                            test.name
                        ),
                    )
                    .with_hint(if instead.is_empty() {
                        "dispatch a service that answers at that hour, or expect the closed dispatch on purpose".to_string()
                    } else {
                        format!("what answers then: {}", instead.join(", "))
                    }),
                );
            }
        }
    }
    diags
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
