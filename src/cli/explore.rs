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
    // Progress on standard error when it is a terminal (indicatif draws nothing otherwise): the
    // states found, towards --max-states, the bound the exploration cannot pass.
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(max_states as u64),
        indicatif::ProgressDrawTarget::stderr_with_hz(4),
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{prefix} [{bar:30}] {human_pos}/{human_len} {msg} {elapsed}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("#>."),
    );
    bar.set_prefix(loaded.scenario.id.clone());
    // The clock moves between reports (the search reports every 65,536 states).
    bar.enable_steady_tick(std::time::Duration::from_millis(250));
    let mut progress = |states: usize, queued: usize| {
        bar.set_position(states as u64);
        bar.set_message(format!("({queued} waiting)"));
    };
    let report = doverie_authoring::explore::explore(
        &loaded.scenario,
        &loaded.protocol,
        doverie_authoring::explore::ExploreOptions::bounded(max_states),
        &mut progress,
    );
    bar.finish_and_clear();
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

/// `doverie explore --arc NAME`: the arc explorer's report.
pub(super) fn run_arc(
    library: &Library,
    name: &str,
    json: bool,
    max_states: usize,
    lang: Lang,
) -> ExitCode {
    let loaded = match super::arc::load_arc(library, name) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let options = doverie_authoring::arc::ArcExploreOptions {
        // Each start of each call is a scenario's exploration of its own: a 100th of the bound
        // each (10,000 states by default).
        max_states: (max_states / 100).max(1),
        ..Default::default()
    };
    let calls = loaded.arc.calls.len();
    let mut progress = |call: usize| {
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            eprintln!("doverie: exploring call {} of {calls}…", call + 1);
        }
    };
    let report = doverie_authoring::arc::explore_arc(&loaded, options, &mut progress);
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        let mut out = std::io::stdout().lock();
        let _ = doverie_authoring::report::write_arc_report(&mut out, &loaded, lang, &report);
    }
    if report.best.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
