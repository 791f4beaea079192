//! Recorded caller lines: `assets/voice/LANG/SCENARIO/LINE.wav` (or `.ogg`). Nothing is
//! required (text alone is a complete call, and front ends speak lines without a recording with
//! a synthetic voice): lines without a recorded clip are information, per language, as the
//! coverage of recordings; a clip that matches no line is a warning, with the nearest line id.
//! A line that is only stage directions in a language (`[silence]`, `[tap, tap]`) has nothing
//! to say aloud there (see [`spoken_words`]): it needs no clip and is not counted.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashSet as HashSet;

use crate::diag::{Diagnostic, Diagnostics, Pos, Severity, unknown_hint};
use crate::library::Library;
use crate::locale::{Lang, Text, caller_args};
use crate::scenario::Scenario;

/// How many missing line ids an information names before "and N more".
const NAMED: usize = 8;

/// The clips in a voice folder (one read of the folder, not a look-up per line: a scenario can
/// have thousands of lines).
fn clips_in(dir: &Path) -> Vec<PathBuf> {
    let mut clips: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("wav") || e.eq_ignore_ascii_case("ogg"))
        })
        .collect();
    clips.sort();
    clips
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What the child says aloud in a line: its words without the stage directions in square
/// brackets (`[breathing, the television]`, `[tap]`), which describe sounds or another speaker
/// and must not be read out. `None` when nothing is left to say.
pub fn spoken_words(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ';');
    words
        .chars()
        .any(char::is_alphanumeric)
        .then(|| words.to_string())
}

/// The scenario's lines in `lang` (English behind it), as the call shows them.
fn line_text(library: &Library, lang: Lang, scenario: &Scenario) -> Text {
    let sources = |l: Lang| Library::read_sources(&[library.scenario_ftl(l, &scenario.id)]);
    Text::new(lang, &sources(lang), &sources(Lang::FALLBACK))
}

pub fn check_voice(library: &Library, path: &Path, pos: Pos, scenario: &Scenario) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let lines: Vec<&str> = scenario.lines.iter().map(|l| l.message.as_str()).collect();
    let known: HashSet<&str> = lines.iter().copied().collect();
    for lang in Lang::ALL {
        let dir = library.voice_dir(lang, &scenario.id);
        let clips = clips_in(&dir);
        let stems: HashSet<String> = clips.iter().map(|p| stem(p)).collect();
        let text = line_text(library, lang, scenario);
        let args = caller_args(scenario, &text);
        // A line that is only stage directions in this language has nothing to voice.
        let spoken: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|id| spoken_words(&text.get(id, Some(&args))).is_some())
            .collect();
        let missing: Vec<&str> = spoken
            .iter()
            .copied()
            .filter(|id| !stems.contains(*id))
            .collect();
        if !missing.is_empty() {
            let mut named = missing[..missing.len().min(NAMED)].join(", ");
            if missing.len() > NAMED {
                named.push_str(&format!(" and {} more", missing.len() - NAMED));
            }
            let silent = lines.len() - spoken.len();
            let silent = if silent > 0 {
                format!(" ({silent} more are only stage directions, with nothing to voice)")
            } else {
                String::new()
            };
            diags.push(
                Diagnostic::new(
                    Severity::Info,
                    path,
                    pos,
                    format!(
                        "{lang}: {} of {} lines have no voice clip ({named}){silent}; they are spoken by the synthetic voice (espeak-ng, marked as synthetic) where it is installed, else shown as text only",
                        missing.len(),
                        spoken.len()
                    ),
                )
                .with_hint(format!(
                    "recordings go in {}/LINE-ID.wav or .ogg",
                    dir.display()
                )),
            );
        }
        for clip in clips.iter().filter(|p| !known.contains(stem(p).as_str())) {
            let stem = stem(clip);
            diags.push(
                Diagnostic::warning(
                    clip,
                    Pos::START,
                    format!(
                        "voice clip \"{stem}\" matches no line of scenario \"{}\"",
                        scenario.id
                    ),
                )
                .with_hint(unknown_hint(&stem, "line", lines.iter().copied())),
            );
        }
    }
    diags
}
