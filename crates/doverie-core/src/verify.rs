//! Verified re-scoring of recorded calls, for assessors.
//!
//! A score is never read from a transcript: the recorded inputs are replayed through the engine
//! with the recorded seed against the scenario and protocol files on disk, and everything is
//! recomputed. A transcript is refused if the files changed since the call (content hashes), if
//! its inputs do not replay, or if its recorded events differ from the replay.

use std::path::Path;

use thiserror::Error;

use crate::content::{self, Loaded};
use crate::engine::Stamped;
use crate::library::Library;
use crate::score::{Scorecard, score};
use crate::transcript::{Transcript, TranscriptError};

/// A recorded call, verified and scored.
#[derive(Debug, Clone)]
pub struct Assessed {
    /// The transcript as read.
    pub transcript: Transcript,
    /// Its scenario and protocol, loaded.
    pub loaded: Loaded,
    /// The events of the verified replay.
    pub events: Vec<Stamped>,
    /// The scorecard, computed again.
    pub card: Scorecard,
}

/// Why a transcript file cannot be assessed.
#[derive(Debug, Error)]
pub enum AssessError {
    /// The file is not a transcript that verifies.
    #[error("{path}: {source}")]
    Transcript {
        /// The file.
        path: String,
        /// Why.
        source: TranscriptError,
    },
    /// The scenario it names cannot be loaded.
    #[error("{path}: the scenario \"{scenario}\" does not load: {reason}")]
    Scenario {
        /// The file.
        path: String,
        /// The scenario's id.
        scenario: String,
        /// Why.
        reason: String,
    },
    /// The call was not finished.
    #[error("{path}: the call was not finished (it has no ending); only finished calls are scored")]
    Unfinished {
        /// The file.
        path: String,
    },
}

impl Assessed {
    /// When the call was recorded by another version of doverie: its score is recomputed by
    /// this one, whose scoring may differ for the same protocol version.
    pub fn version_note(&self) -> Option<String> {
        let recorded = &self.transcript.engine;
        (recorded != crate::transcript::ENGINE_VERSION).then(|| {
            format!(
                "recorded by doverie {recorded}, scored by doverie {}: the scoring may differ between versions of doverie for the same protocol",
                crate::transcript::ENGINE_VERSION
            )
        })
    }
}

/// Reads, verifies and scores a transcript. `scenario` overrides where the scenario is found
/// (by default, by its id in `library`).
pub fn assess(
    library: &Library,
    path: &Path,
    scenario: Option<&str>,
) -> Result<Assessed, AssessError> {
    let shown = path.display().to_string();
    let transcript = Transcript::read(path).map_err(|source| AssessError::Transcript {
        path: shown.clone(),
        source,
    })?;
    // The id is checked (kebab-case) when the transcript is read, before it names a file here.
    let name = scenario.map_or_else(|| transcript.scenario.id.clone(), str::to_string);
    check_recordings(path, &transcript).map_err(|source| AssessError::Transcript {
        path: shown.clone(),
        source,
    })?;
    let first = assess_in(library, &name, transcript.clone(), &shown);
    if first.is_ok() || scenario.is_some() {
        return first;
    }
    // A call recorded on content that has changed since (a scenario re-tagged for a new protocol
    // version, its words reviewed) is verified against the release that shipped it, when kept.
    library
        .archives()
        .iter()
        .filter(|a| scenario_hash(a, &name).as_ref() == Some(&transcript.scenario.hash))
        .find_map(|a| assess_in(a, &name, transcript.clone(), &shown).ok())
        .map_or(first, Ok)
}

/// Verifies and scores a transcript against the content of one library, under the protocol
/// version it was recorded with: the current one, or an earlier one kept beside it
/// (`ID@VERSION.ron`).
fn assess_in(
    library: &Library,
    name: &str,
    transcript: Transcript,
    shown: &str,
) -> Result<Assessed, AssessError> {
    let pinned = format!("{}@{}", transcript.protocol.id, transcript.protocol.version);
    let under = |protocol: Option<&str>| {
        content::load_under(library, name, protocol).map_err(|d| AssessError::Scenario {
            path: shown.to_string(),
            scenario: name.to_string(),
            reason: d
                .iter()
                .find(|d| d.is_error())
                .map_or_else(String::new, ToString::to_string),
        })
    };
    let kept = library.protocol_path(&pinned).is_file();
    let (loaded, _) = under(kept.then_some(pinned.as_str()))?;
    if loaded.protocol.id == transcript.protocol.id
        && loaded.protocol.version != transcript.protocol.version
    {
        return Err(AssessError::Transcript {
            path: shown.to_string(),
            source: TranscriptError::Mismatch(format!(
                "the call was recorded under protocol \"{}\" {}, which is not kept beside the current {} (no {})",
                transcript.protocol.id,
                transcript.protocol.version,
                loaded.protocol.version,
                library.protocol_path(&pinned).display()
            )),
        });
    }
    assess_loaded(loaded, transcript, shown)
}

/// A verified call scored again under another version of its protocol.
#[derive(Debug, Clone)]
pub struct Rescored {
    /// The scenario, compiled under that version.
    pub loaded: Loaded,
    /// The events of the replay under that version (its pace may time the call differently).
    pub events: Vec<Stamped>,
    /// The scorecard under that version.
    pub card: Scorecard,
}

/// Scores a verified call again under `protocol` (`helpline@2.0.0`, or an id for the current
/// version): its recorded inputs replayed with its seed through the scenario compiled under that
/// version. The call must have verified under the version it was recorded with (see
/// [`assess`]); the scenario must compile under the new one.
pub fn rescore(library: &Library, assessed: &Assessed, protocol: &str) -> Result<Rescored, String> {
    let name = assessed.loaded.scenario.id.clone();
    let (loaded, _) = content::load_under(library, &name, Some(protocol)).map_err(|d| {
        d.iter()
            .find(|d| d.is_error())
            .map_or_else(String::new, ToString::to_string)
    })?;
    let (call, events) = assessed
        .transcript
        .replay_inputs(&loaded.scenario)
        .map_err(|e| e.to_string())?;
    if !call.is_over() {
        return Err("the call does not end the same way under this version".into());
    }
    let card = score(
        &loaded.scenario,
        &loaded.protocol,
        &events,
        &call.state.vars,
    );
    Ok(Rescored {
        loaded,
        events,
        card,
    })
}

/// The hash of a library's scenario file, if it can be read.
fn scenario_hash(library: &Library, name: &str) -> Option<String> {
    crate::ron_file::RonFile::read(&library.scenario_path(name))
        .ok()
        .map(|f| f.hash())
}

/// The largest recording read to check its hash.
const MAX_RECORDING_BYTES: u64 = 1 << 30;

/// Each recording with a hash (format 2) must be the file beside the transcript, unchanged.
fn check_recordings(path: &Path, transcript: &Transcript) -> Result<(), TranscriptError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    for r in &transcript.recordings {
        let Some(hash) = &r.hash else { continue };
        // The name is checked (a plain .wav name, no folder) when the call is replayed; it is
        // checked here too, before it names a file.
        if r.file.contains(['/', '\\']) || r.file.starts_with('.') {
            return Err(TranscriptError::Mismatch(format!(
                "recording \"{}\" is not a .wav file beside the transcript",
                r.file
            )));
        }
        let now = crate::read::read_bounded(&dir.join(&r.file), MAX_RECORDING_BYTES)
            .map(|b| crate::ron_file::sha256_hex(&b))
            .map_err(|e| {
                TranscriptError::Mismatch(format!("recording {} cannot be read: {e}", r.file))
            })?;
        if &now != hash {
            return Err(TranscriptError::Mismatch(format!(
                "recording {} has changed since the call (content hash differs)",
                r.file
            )));
        }
    }
    Ok(())
}

/// Verifies and scores a transcript against an already loaded scenario.
pub fn assess_loaded(
    loaded: Loaded,
    transcript: Transcript,
    shown: &str,
) -> Result<Assessed, AssessError> {
    let (call, events) = loaded
        .check_texts(&transcript)
        .and_then(|()| transcript.replay(&loaded.scenario, &loaded.protocol))
        .map_err(|source| AssessError::Transcript {
            path: shown.to_string(),
            source,
        })?;
    if transcript.abandoned {
        return Err(AssessError::Unfinished {
            path: shown.to_string(),
        });
    }
    if !call.is_over() {
        return Err(AssessError::Unfinished {
            path: shown.to_string(),
        });
    }
    let card = score(
        &loaded.scenario,
        &loaded.protocol,
        &events,
        &call.state.vars,
    );
    Ok(Assessed {
        transcript,
        loaded,
        events,
        card,
    })
}

/// The calls of an arc, each verified and scored, checked as a chain and scored as a whole.
#[derive(Debug, Clone)]
pub struct ArcAssessed {
    /// The arc with its calls' scenarios.
    pub loaded: crate::content::LoadedArc,
    /// Each call, verified and scored, in order.
    pub calls: Vec<Assessed>,
    /// Each call's result as the arc's scoring reads it.
    pub results: Vec<crate::arc::score::CallResult>,
    /// The arc's scorecard.
    pub card: crate::arc::score::ArcCard,
    /// SHA-256 of each transcript file's bytes, in order (the next call names the last).
    pub hashes: Vec<String>,
}

/// Why an arc's transcripts cannot be assessed. Worded in the reader's language by
/// [`ArcAssessError::message`]; shown in English by `Display`.
#[derive(Debug)]
pub enum ArcAssessError {
    /// No transcript was given.
    Empty,
    /// A call does not verify.
    Call(AssessError),
    /// The arc the transcripts name does not load.
    Arc {
        /// The arc's id.
        arc: String,
        /// Why (the arc file's first error, as `check` reports it).
        reason: String,
    },
    /// The transcripts are not the arc, call after call.
    Chain(crate::arc::chain::ChainError),
}

impl ArcAssessError {
    /// The reason in the reader's language: `text` holds the program's words (`ui.ftl`). A call
    /// that does not verify is said as its replay says it, and an arc file's error as `check`
    /// reports it (in English, as the content's diagnostics are).
    pub fn message(&self, text: &crate::locale::Text) -> String {
        match self {
            ArcAssessError::Empty => text.get("ui-arc-none-given", None),
            ArcAssessError::Call(e) => e.to_string(),
            ArcAssessError::Arc { arc, reason } => {
                let mut a = fluent_bundle::FluentArgs::new();
                a.set("arc", arc.clone());
                a.set("reason", reason.clone());
                text.get("ui-arc-not-loaded", Some(&a))
            }
            ArcAssessError::Chain(e) => e.message(text),
        }
    }
}

impl std::fmt::Display for ArcAssessError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&crate::locale::ui_text(crate::locale::Lang::En)))
    }
}

impl std::error::Error for ArcAssessError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ArcAssessError::Call(e) => Some(e),
            ArcAssessError::Chain(e) => Some(e),
            _ => None,
        }
    }
}

impl From<AssessError> for ArcAssessError {
    fn from(e: AssessError) -> ArcAssessError {
        ArcAssessError::Call(e)
    }
}

impl From<crate::arc::chain::ChainError> for ArcAssessError {
    fn from(e: crate::arc::chain::ChainError) -> ArcAssessError {
        ArcAssessError::Chain(e)
    }
}

/// Reads, verifies and scores the transcripts of an arc, given in the order they were played:
/// each call is verified by replay (from the values carried into it) and scored, the set is
/// checked as a chain ([`crate::arc::chain::check_chain`]), and the arc is scored as a whole.
/// With `complete`, every call of the arc must be there and finished; without, the calls
/// played so far are (an arc to be continued).
pub fn assess_arc(
    library: &Library,
    paths: &[&Path],
    complete: bool,
) -> Result<ArcAssessed, ArcAssessError> {
    let mut read = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let bad = |source| AssessError::Transcript {
            path: shown.clone(),
            source,
        };
        let bytes = crate::read::read_bounded(path, crate::transcript::MAX_TRANSCRIPT_BYTES)
            .map_err(|e| bad(TranscriptError::Io(e.to_string())))?;
        let hash = crate::ron_file::sha256_hex(&bytes);
        let text = String::from_utf8(bytes).map_err(|_| {
            bad(TranscriptError::Malformed(
                "the file is not UTF-8 text".into(),
            ))
        })?;
        let transcript = Transcript::from_json(&text).map_err(bad)?;
        check_recordings(path, &transcript).map_err(bad)?;
        read.push((shown, hash, transcript));
    }
    let Some((_, _, first)) = read.first() else {
        return Err(ArcAssessError::Empty);
    };
    let Some(stamp) = &first.arc else {
        return Err(crate::arc::chain::ChainError::NotInArc { position: 1 }.into());
    };
    // The id is checked (kebab-case) when the transcript is read, before it names a file here.
    let (arc, _) =
        crate::content::load_arc(library, &stamp.id).map_err(|d| ArcAssessError::Arc {
            arc: stamp.id.clone(),
            reason: d
                .iter()
                .find(|d| d.is_error())
                .map_or_else(String::new, ToString::to_string),
        })?;
    let mut calls = Vec::new();
    let mut results = Vec::new();
    let mut declared = Vec::new();
    for (shown, _, transcript) in &read {
        let name = &transcript.scenario.id;
        let loaded = match arc.calls.iter().find(|c| &c.scenario.id == name) {
            Some(l) => l.clone(),
            None => {
                content::load(library, name)
                    .map_err(|d| AssessError::Scenario {
                        path: shown.clone(),
                        scenario: name.clone(),
                        reason: d
                            .iter()
                            .find(|d| d.is_error())
                            .map_or_else(String::new, ToString::to_string),
                    })?
                    .0
            }
        };
        declared.push(
            loaded
                .scenario
                .variables
                .iter()
                .map(|v| (v.id.clone(), v.initial))
                .collect::<std::collections::BTreeMap<_, _>>(),
        );
        let assessed = assess_loaded(loaded, transcript.clone(), shown)?;
        let started = transcript
            .started_scenario(&assessed.loaded.scenario)
            .map_err(|source| AssessError::Transcript {
                path: shown.clone(),
                source,
            })?;
        let started = started.as_ref().unwrap_or(&assessed.loaded.scenario);
        results.push(crate::arc::score::CallResult {
            card: assessed.card.clone(),
            trajectory: crate::arc::score::trajectory(&arc.arc, started, &assessed.events),
        });
        calls.push(assessed);
    }
    let links: Vec<crate::arc::chain::Link<'_>> = read
        .iter()
        .zip(&calls)
        .zip(declared)
        .map(
            |(((_, hash, transcript), assessed), declared)| crate::arc::chain::Link {
                transcript,
                sha256: hash,
                declared,
                end: assessed.card.end_state.clone(),
            },
        )
        .collect();
    crate::arc::chain::check_chain(&arc.arc, &links, complete)?;
    let card = crate::arc::score::score_arc(&arc.arc, arc.protocol(), &results);
    let hashes = read.into_iter().map(|(_, h, _)| h).collect();
    Ok(ArcAssessed {
        loaded: arc,
        calls,
        results,
        card,
        hashes,
    })
}

/// The next call of an arc, as the terminal and the desktop app start it (one place for both):
/// which call it is, the values carried into it, the previous transcript's hash and end, and
/// the days the arc file puts before it.
#[derive(Debug, Clone, PartialEq)]
pub struct NextCall {
    /// The call's place in the arc, from 0.
    pub call: usize,
    /// The carried values it begins with, in the arc's order.
    pub carried: Vec<i32>,
    /// SHA-256 of the previous call's transcript (none for the first call).
    pub previous: Option<String>,
    /// When the previous call ended, by its record (none for the first call).
    pub previous_end: Option<u64>,
    /// Days after the previous call, as the arc file says on the values it ended with (0 for
    /// the first call).
    pub days: u32,
}

impl NextCall {
    /// The next call of `arc` after the calls played so far (verified by [`assess_arc`], or none
    /// played); `None` when the arc is complete.
    pub fn after(
        arc: &crate::content::LoadedArc,
        so_far: Option<&ArcAssessed>,
    ) -> Option<NextCall> {
        let played = so_far.map_or(0, |a| a.calls.len());
        let call = arc.calls.get(played)?;
        Some(match so_far.filter(|a| !a.calls.is_empty()) {
            None => NextCall {
                call: 0,
                carried: arc
                    .arc
                    .carried
                    .iter()
                    .map(|v| {
                        call.scenario
                            .variables
                            .iter()
                            .find(|x| &x.id == v)
                            .map_or(0, |x| x.initial)
                    })
                    .collect(),
                previous: None,
                previous_end: None,
                days: 0,
            },
            Some(a) => {
                let end = a
                    .results
                    .last()
                    .and_then(|r| r.trajectory.last())
                    .cloned()
                    .unwrap_or_default();
                NextCall {
                    call: played,
                    days: arc.arc.days_before(played, &end),
                    carried: end,
                    previous: a.hashes.last().cloned(),
                    previous_end: a
                        .calls
                        .last()
                        .and_then(|c| crate::arc::chain::ended_at(&c.transcript)),
                }
            }
        })
    }

    /// The call's session, ready to ring: its scenario begun with the carried values, its
    /// transcript stamped with the arc and bound to its start (`now`, or the previous call's
    /// recorded end if the clock has not reached it: see `docs/arcs.md`), `mode` and its text.
    pub fn start(
        &self,
        arc: &crate::content::LoadedArc,
        seed: u64,
        lang: crate::locale::Lang,
        trainee: &str,
        now: u64,
        mode: crate::transcript::Mode,
    ) -> Result<(crate::session::Session, Vec<Stamped>), String> {
        let call = arc
            .calls
            .get(self.call)
            .ok_or_else(|| format!("the arc \"{}\" has no call {}", arc.arc.id, self.call + 1))?;
        let scenario = call.scenario.with_carried(&arc.arc.named(&self.carried))?;
        let (mut session, opening) = crate::session::Session::start(
            std::sync::Arc::new(scenario),
            std::sync::Arc::new(call.protocol.clone()),
            seed,
            lang,
            trainee,
        );
        session.transcript.arc = Some(arc.arc.stamp(
            self.call,
            &self.carried,
            self.previous.clone(),
        ));
        let start = crate::arc::chain::not_before(now, self.previous_end);
        session.transcript.bind(start, mode, call.text_stamps(lang));
        Ok((session, opening))
    }

    /// The file name of the call's transcript in the arc's folder (`02-SCENARIO.json`), in the
    /// order the calls are played.
    pub fn file_name(&self, arc: &crate::content::LoadedArc) -> String {
        let scenario = arc
            .calls
            .get(self.call)
            .map_or("call", |c| c.scenario.id.as_str());
        format!("{:02}-{scenario}.json", self.call + 1)
    }
}

/// The transcripts of an arc in its folder, in the order they were played (`01-….json`,
/// `02-….json`...): the files the terminal's `--continue` and the app read.
pub fn arc_transcripts(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n.len() > 3 && n.as_bytes()[..2].iter().all(u8::is_ascii_digit)
                })
        })
        .collect();
    out.sort();
    out
}
