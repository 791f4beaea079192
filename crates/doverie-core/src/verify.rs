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

/// Why an arc's transcripts cannot be assessed.
#[derive(Debug, Error)]
pub enum ArcAssessError {
    /// No transcript was given.
    #[error("no transcript given: give the arc's transcripts, in the order they were played")]
    Empty,
    /// A call does not verify.
    #[error(transparent)]
    Call(#[from] AssessError),
    /// The arc the transcripts name does not load.
    #[error("the arc \"{arc}\" does not load: {reason}")]
    Arc {
        /// The arc's id.
        arc: String,
        /// Why.
        reason: String,
    },
    /// The transcripts are not the arc, call after call.
    #[error(transparent)]
    Chain(#[from] crate::arc::chain::ChainError),
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
