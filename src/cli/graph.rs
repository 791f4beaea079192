//! `doverie graph`: a scenario drawn as Graphviz or Mermaid.

use std::process::ExitCode;

use doverie_core::library::Library;
use doverie_core::locale::Lang;

use super::load;

pub(super) fn run(
    library: &Library,
    scenario: &str,
    format: doverie_authoring::diagram::Format,
    lang: Lang,
) -> ExitCode {
    let Ok(loaded) = load(library, scenario, lang) else {
        return ExitCode::FAILURE;
    };
    out!(
        "{}",
        doverie_authoring::diagram::render(
            &loaded.scenario,
            &loaded.protocol,
            &loaded.text(lang),
            format
        )
    );
    ExitCode::SUCCESS
}
