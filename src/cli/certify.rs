//! `doverie certify`: the certification verdict over a set of calls by one trainee.

use std::path::PathBuf;
use std::process::ExitCode;

use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::score::certify::{self, ScoredCall};
use doverie_core::verify;

use crate::term::debrief;

pub(super) fn run(library: &Library, paths: &[PathBuf], json: bool, lang: Lang) -> ExitCode {
    let mut assessed = Vec::new();
    let mut refused = false;
    for path in paths {
        match verify::assess(library, path, None)
            .and_then(|a| super::score::sound_verified(path, a))
        {
            Ok(a) => {
                super::score::note_version(path, &a);
                assessed.push((path.display().to_string(), a))
            }
            Err(e) => {
                eprintln!("doverie: refused: {e}");
                refused = true;
            }
        }
    }
    if refused {
        eprintln!("doverie: no verdict: every call of the set must verify");
        return ExitCode::from(2);
    }
    if let Some(reason) = not_one_set(&assessed) {
        eprintln!("doverie: no verdict: {reason}");
        return ExitCode::from(2);
    }
    let protocols: std::collections::BTreeSet<(&str, &str)> = assessed
        .iter()
        .map(|(_, a)| {
            (
                a.loaded.protocol.id.as_str(),
                a.loaded.protocol.hash.as_str(),
            )
        })
        .collect();
    if protocols.len() != 1 {
        eprintln!("doverie: no verdict: the calls were scored under different protocols");
        return ExitCode::from(2);
    }
    let protocol = &assessed[0].1.loaded.protocol;
    let calls: Vec<ScoredCall> = assessed
        .iter()
        .map(|(label, a)| ScoredCall {
            label: label.clone(),
            trainee: a.transcript.trainee.clone(),
            scenario: &a.loaded.scenario,
            card: a.card.clone(),
        })
        .collect();
    let verdict = certify::certify(protocol, &calls);
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&verdict).unwrap_or_default()
        );
    } else {
        let text = assessed[0].1.loaded.text(lang);
        let mut out = std::io::stdout().lock();
        let _ = debrief::write_verdict(&mut out, &text, &verdict);
    }
    if verdict.certified {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A set of calls certifies one trainee, each call once: the same call twice (a copy, even under
/// another name) or calls by several trainees give no verdict.
fn not_one_set(assessed: &[(String, verify::Assessed)]) -> Option<String> {
    let mut seen: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for (label, a) in assessed {
        if let Some(first) = seen.insert(doverie_assess::call_key(&a.transcript), label) {
            return Some(format!(
                "{first} and {label} are the same call ({}, seed {}); a call counts once",
                a.transcript.scenario.id, a.transcript.seed
            ));
        }
    }
    let mut trainees: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (label, a) in assessed {
        trainees
            .entry(a.transcript.trainee.as_str())
            .or_default()
            .push(label);
    }
    (trainees.len() > 1).then(|| {
        let list: Vec<String> = trainees
            .iter()
            .map(|(t, calls)| match calls.as_slice() {
                [one] => format!("{t:?}: {one}"),
                many => format!("{t:?}: {} calls", many.len()),
            })
            .collect();
        format!(
            "the calls are by {} trainees ({}); certification is for one trainee at a time",
            trainees.len(),
            list.join(", ")
        )
    })
}
