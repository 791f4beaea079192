//! `doverie score`: a transcript verified by replay and scored again, as a debrief or JSON.

use std::process::ExitCode;

use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::verify;

use crate::term::debrief;

pub(super) fn run(
    library: &Library,
    path: &std::path::Path,
    json: bool,
    lang: Option<Lang>,
    scenario: Option<&str>,
) -> ExitCode {
    let known = scenario.map_or(Ok(()), |name| {
        super::known_scenario(library, name, lang.unwrap_or_else(super::default_lang))
    });
    if let Err(code) = known {
        return code;
    }
    let assessed = match verify::assess(library, path, scenario) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("doverie: refused: {e}");
            return ExitCode::FAILURE;
        }
    };
    note_version(path, &assessed);
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&assessed.card).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    let lang = lang
        .or_else(|| assessed.transcript.locale.parse().ok())
        .unwrap_or_else(super::default_lang);
    let text = assessed.loaded.text(lang);
    let mut stdout = std::io::stdout().lock();
    // Wrapped to the terminal's width on a terminal; plain lines otherwise.
    let mut wrapped;
    let out: &mut dyn std::io::Write = match crate::term::screen::terminal_width() {
        Some(width) => {
            wrapped = crate::term::screen::Wrapped::new(&mut stdout, width);
            &mut wrapped
        }
        None => &mut stdout,
    };
    let a = &assessed;
    let _ = debrief::write(
        out,
        &text,
        &a.loaded.scenario,
        &a.loaded.protocol,
        &a.events,
        &a.card,
    );
    let _ = out.flush();
    ExitCode::SUCCESS
}

/// Says on stderr when a call was recorded by another version of doverie.
pub(super) fn note_version(path: &std::path::Path, assessed: &verify::Assessed) {
    if let Some(note) = assessed.version_note() {
        eprintln!("doverie: note: {}: {note}", path.display());
    }
}
