//! `doverie explore`: every state of a call, and the report a trainer reads.

use std::process::ExitCode;

use doverie_core::library::Library;
use doverie_core::locale::Lang;

use super::load;

/// What `doverie explore` was asked for.
pub(super) struct Options {
    pub json: bool,
    pub max_states: usize,
    pub random: Option<usize>,
    pub seed: u64,
    pub lang: Lang,
}

pub(super) fn run(library: &Library, name: &str, options: Options) -> ExitCode {
    use std::io::IsTerminal;
    let Options {
        json,
        max_states,
        random,
        seed,
        lang,
    } = options;
    let Ok(loaded) = load(library, name, lang) else {
        return ExitCode::FAILURE;
    };
    let show_progress = std::io::stderr().is_terminal();
    let mut progress = |states: usize, queued: usize| {
        if show_progress && states > 50_000 {
            // The bar fills towards --max-states, the bound the exploration cannot pass.
            let filled = (states * 30 / max_states.max(1)).min(30);
            eprint!(
                "\rexploring {} [{}{}] {states} states, {queued} waiting ",
                loaded.scenario.id,
                "#".repeat(filled),
                ".".repeat(30 - filled)
            );
        }
    };
    let report = doverie_authoring::explore::explore(
        &loaded.scenario,
        &loaded.protocol,
        doverie_authoring::explore::ExploreOptions::bounded(max_states),
        &mut progress,
    );
    if show_progress && report.states > 50_000 {
        eprintln!();
    }
    let random = random.map(|n| {
        doverie_authoring::explore::random_calls(&loaded.scenario, &loaded.protocol, n, seed)
    });
    if json {
        let value = serde_json::json!({ "explore": report, "random": random });
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        let mut out = std::io::stdout().lock();
        let text = loaded.text(lang);
        let _ = doverie_authoring::report::write_report(&mut out, &text, &report, random.as_ref());
    }
    if report.complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
