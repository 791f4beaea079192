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
    protocol: Option<&str>,
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
    let lang = lang
        .or_else(|| assessed.transcript.locale.parse().ok())
        .unwrap_or_else(super::default_lang);
    let rescored;
    let (loaded, events, card) = match protocol {
        None => (&assessed.loaded, &assessed.events, &assessed.card),
        Some(reference) => match verify::rescore(library, &assessed, reference) {
            Ok(r) => {
                let text = r.loaded.text(lang);
                let mut a = fluent_bundle::FluentArgs::new();
                a.set("protocol", r.loaded.protocol.id.clone());
                a.set("version", r.loaded.protocol.version.clone());
                a.set(
                    "version-recorded",
                    assessed.transcript.protocol.version.clone(),
                );
                eprintln!("doverie: {}", text.get("ui-rescored", Some(&a)));
                rescored = r;
                (&rescored.loaded, &rescored.events, &rescored.card)
            }
            Err(e) => {
                let text = assessed.loaded.text(lang);
                let mut a = fluent_bundle::FluentArgs::new();
                a.set("protocol", reference.to_string());
                a.set("reason", e);
                eprintln!("doverie: {}", text.get("ui-rescore-refused", Some(&a)));
                return ExitCode::FAILURE;
            }
        },
    };
    if json {
        outln!("{}", serde_json::to_string_pretty(card).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    let text = loaded.text(lang);
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
    let _ = debrief::write(out, &text, &loaded.scenario, &loaded.protocol, events, card);
    let _ = out.flush();
    ExitCode::SUCCESS
}

/// Says on stderr when a call was recorded by another version of doverie.
pub(super) fn note_version(path: &std::path::Path, assessed: &verify::Assessed) {
    if let Some(note) = assessed.version_note() {
        eprintln!("doverie: note: {}: {note}", path.display());
    }
}
