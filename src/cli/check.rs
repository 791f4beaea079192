//! `doverie check`: every problem in scenario and protocol files and their Fluent text.

use std::path::PathBuf;
use std::process::ExitCode;

use doverie_core::content::{self};
use doverie_core::diag::Severity;
use doverie_core::library::Library;
use doverie_core::locale::Lang;

pub(super) fn run(library: &Library, paths: Vec<PathBuf>) -> ExitCode {
    let everything = paths.is_empty();
    let paths = if everything {
        vec![library.root.join("scenarios")]
    } else {
        paths
    };
    let mut diags = doverie_authoring::check::check_paths(&paths);
    // With no paths, the program's own text is checked too (as built from its source tree).
    let source_tree = doverie_files::source_tree();
    if everything && source_tree.ui_ftl(Lang::En).is_file() {
        diags.extend(content::check_ui_text(&source_tree));
    }

    for d in diags.iter() {
        outln!("{d}");
    }
    let (errors, warnings) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    outln!("{errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
