//! `doverie check`: every problem in scenario and protocol files and their Fluent text, shown as
//! rustc shows its own (the `file:line:col` line, the source line, a caret under the span).

use std::path::PathBuf;
use std::process::ExitCode;

use fluent_bundle::{FluentArgs, FluentValue};

use doverie_authoring::diagnostics::Renderer;
use doverie_core::content::{self};
use doverie_core::diag::Severity;
use doverie_core::library::Library;
use doverie_core::locale::Lang;

/// What `doverie check` was asked for.
pub(super) struct Options {
    pub paths: Vec<PathBuf>,
    pub lang: Lang,
    pub verbose: bool,
}

/// A path as given when it exists; else the same path in the content folder, or the scenario
/// of that name there; else as given (and reported missing).
fn resolve(library: &Library, path: PathBuf) -> PathBuf {
    if path.exists() || path.is_absolute() {
        return path;
    }
    let in_content = library.root.join(&path);
    if in_content.exists() {
        return in_content;
    }
    if let Some(name) = path.to_str() {
        let scenario = library.scenario_path(name);
        if scenario.is_file() {
            return scenario;
        }
        let by_name = library.root.join("scenarios").join(format!("{name}.ron"));
        if by_name.is_file() {
            return by_name;
        }
    }
    path
}

pub(super) fn run(library: &Library, options: Options) -> ExitCode {
    let Options {
        paths,
        lang,
        verbose,
    } = options;
    let everything = paths.is_empty();
    let paths: Vec<PathBuf> = if everything {
        vec![library.root.join("scenarios")]
    } else {
        paths.into_iter().map(|p| resolve(library, p)).collect()
    };
    let mut diags = doverie_authoring::check::check_paths_in(&paths, Some(library));
    // With no paths, the program's own text is checked too (as built from its source tree).
    let source_tree = doverie_files::source_tree();
    if everything && source_tree.ui_ftl(Lang::En).is_file() {
        diags.extend(content::check_ui_text(&source_tree));
    }

    let text = doverie_app::screens::chrome(lang);
    let mut renderer = Renderer::new(&text);
    let mut infos = 0usize;
    for d in diags.iter() {
        if d.severity == Severity::Info && !verbose {
            infos += 1;
            continue;
        }
        out!("{}", renderer.render(d));
    }
    if infos > 0 {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(infos as f64));
        outln!("{}", text.get("check-voice-summary", Some(&args)));
    }
    outln!("{}", renderer.summary(&diags));
    if diags.count(Severity::Error) > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
