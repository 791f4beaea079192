//! The record of a call: what the counsellor did, when, and what followed.
//!
//! A transcript names the exact scenario and protocol (ids and content hashes), the engine
//! version, the seed and every input with its simulated time, so the call can be replayed and
//! checked. Events are stored in named form for people and tools; replay recomputes them.

use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::{Call, End, Event, Input, InputError, Stamped};
use crate::locale::Lang;
use crate::protocol::Protocol;
use crate::scenario::Scenario;

/// The transcript format's version; bump it when the JSON changes incompatibly.
pub const FORMAT: u32 = 1;
/// The engine's version, recorded in every transcript.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioStamp {
    pub id: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolStamp {
    pub id: String,
    pub version: String,
    pub hash: String,
}

/// One thing the counsellor did, with the turn it was and the simulated time it happened at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimedInput {
    pub turn: u32,
    pub time: u32,
    #[serde(flatten)]
    pub input: Input,
    /// The trainee's own words typed before choosing, kept for the assessor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
}

/// The trainee's spoken answer to a turn (voice practice): a WAV file beside the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recording {
    /// The counsellor turn the answer was given in (the turn of the input that ended it).
    pub turn: u32,
    /// The file's name, in the transcript's folder.
    pub file: String,
    /// Its duration in milliseconds.
    pub millis: u64,
}

/// An event in named form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NamedEvent {
    NodeEntered {
        node: String,
    },
    CallerLine {
        line: String,
    },
    CallerEvent {
        event: String,
    },
    VariableChanged {
        variable: String,
        from: i32,
        to: i32,
    },
    OptionChosen {
        node: String,
        option: String,
        acts: Vec<String>,
    },
    ServiceDispatched {
        service: String,
    },
    ServiceClosed {
        service: String,
    },
    Silence {
        seconds: u32,
    },
    CallEnded {
        outcome: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    pub turn: u32,
    pub time: u32,
    #[serde(flatten)]
    pub event: NamedEvent,
}

/// The outcome id recorded when the counsellor hangs up.
pub const COUNSELLOR_HUNG_UP: &str = "counsellor-hung-up";

/// A recorded call. Unknown fields are refused: a transcript carries no score, so a file with one
/// (or any other addition) has been tampered with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcript {
    pub format: u32,
    pub engine: String,
    pub scenario: ScenarioStamp,
    pub protocol: ProtocolStamp,
    pub seed: u64,
    pub locale: String,
    pub trainee: String,
    pub inputs: Vec<TimedInput>,
    pub events: Vec<EventRecord>,
    /// The trainee's recorded answers, by turn (voice practice only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recordings: Vec<Recording>,
}

impl Transcript {
    pub fn new(
        scenario: &Scenario,
        protocol: &Protocol,
        seed: u64,
        lang: Lang,
        trainee: &str,
    ) -> Transcript {
        Transcript {
            format: FORMAT,
            engine: ENGINE_VERSION.to_string(),
            scenario: ScenarioStamp {
                id: scenario.id.clone(),
                hash: scenario.hash.clone(),
            },
            protocol: ProtocolStamp {
                id: protocol.id.clone(),
                version: protocol.version.clone(),
                hash: protocol.hash.clone(),
            },
            seed,
            locale: lang.as_str().to_string(),
            trainee: trainee.to_string(),
            inputs: Vec::new(),
            events: Vec::new(),
            recordings: Vec::new(),
        }
    }

    /// Records events produced by the engine.
    pub fn record_events(&mut self, scenario: &Scenario, protocol: &Protocol, events: &[Stamped]) {
        self.events
            .extend(events.iter().map(|e| name_event(scenario, protocol, e)));
    }

    pub fn is_finished(&self) -> bool {
        self.events
            .iter()
            .any(|e| matches!(e.event, NamedEvent::CallEnded { .. }))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Result<Transcript, TranscriptError> {
        let t: Transcript =
            serde_json::from_str(text).map_err(|e| TranscriptError::Malformed(e.to_string()))?;
        if t.format != FORMAT {
            return Err(TranscriptError::Format(t.format));
        }
        Ok(t)
    }

    pub fn read(path: &Path) -> Result<Transcript, TranscriptError> {
        let meta = std::fs::metadata(path).map_err(|e| TranscriptError::Io(e.to_string()))?;
        if meta.len() > 64 * 1024 * 1024 {
            return Err(TranscriptError::Malformed(
                "the file is larger than 64 MiB".into(),
            ));
        }
        let text = std::fs::read_to_string(path).map_err(|e| TranscriptError::Io(e.to_string()))?;
        Transcript::from_json(&text)
    }

    /// Replays the recorded inputs through the engine and checks that the scenario and protocol
    /// are the ones recorded and that every recorded event is what the engine produces.
    pub fn replay(
        &self,
        scenario: &Scenario,
        protocol: &Protocol,
    ) -> Result<(Call, Vec<Stamped>), TranscriptError> {
        if self.scenario.id != scenario.id {
            return Err(TranscriptError::Mismatch(format!(
                "the transcript is of scenario \"{}\", not \"{}\"",
                self.scenario.id, scenario.id
            )));
        }
        if self.scenario.hash != scenario.hash {
            return Err(TranscriptError::Mismatch(format!(
                "scenario \"{}\" has changed since the call was recorded (content hash differs)",
                scenario.id
            )));
        }
        if self.protocol.id != protocol.id || self.protocol.hash != protocol.hash {
            return Err(TranscriptError::Mismatch(format!(
                "protocol \"{}\" {} is not the one the call was recorded under (\"{}\" {}, content hash differs)",
                protocol.id, protocol.version, self.protocol.id, self.protocol.version
            )));
        }
        let (mut call, mut events) = Call::start(scenario, self.seed);
        for (n, timed) in self.inputs.iter().enumerate() {
            if call.state.turn != timed.turn || call.state.time != timed.time {
                return Err(TranscriptError::Replay {
                    input: n + 1,
                    reason: format!(
                        "recorded at turn {} and {} s, but the replay is at turn {} and {} s",
                        timed.turn, timed.time, call.state.turn, call.state.time
                    ),
                });
            }
            let more = call
                .apply(scenario, &timed.input)
                .map_err(|e| TranscriptError::Replay {
                    input: n + 1,
                    reason: e.to_string(),
                })?;
            events.extend(more);
        }
        let named: Vec<EventRecord> = events
            .iter()
            .map(|e| name_event(scenario, protocol, e))
            .collect();
        if named.len() != self.events.len() {
            return Err(TranscriptError::EventsDiffer(format!(
                "the replay gives {} events, the transcript records {}",
                named.len(),
                self.events.len()
            )));
        }
        if let Some(i) = named.iter().zip(&self.events).position(|(a, b)| a != b) {
            return Err(TranscriptError::EventsDiffer(format!(
                "event {} differs: recorded {:?}, replayed {:?}",
                i + 1,
                self.events[i],
                named[i]
            )));
        }
        self.check_recordings()?;
        Ok((call, events))
    }

    /// Recordings must name a turn that has an input and a plain `.wav` file beside the
    /// transcript (never a path elsewhere), once per turn.
    fn check_recordings(&self) -> Result<(), TranscriptError> {
        let mut seen = std::collections::BTreeSet::new();
        for r in &self.recordings {
            if !self.inputs.iter().any(|i| i.turn == r.turn) {
                return Err(TranscriptError::Mismatch(format!(
                    "a recording is for turn {}, which has no input",
                    r.turn
                )));
            }
            let plain = !r.file.is_empty()
                && !r.file.contains(['/', '\\'])
                && !r.file.starts_with('.')
                && r.file.ends_with(".wav");
            if !plain {
                return Err(TranscriptError::Mismatch(format!(
                    "recording \"{}\" is not a .wav file beside the transcript",
                    r.file
                )));
            }
            if !seen.insert(r.turn) {
                return Err(TranscriptError::Mismatch(format!(
                    "turn {} has two recordings",
                    r.turn
                )));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TranscriptError {
    #[error("cannot read the transcript: {0}")]
    Io(String),
    #[error("not a doverie transcript: {0}")]
    Malformed(String),
    #[error("transcript format {0} is not supported (this program reads format 1)")]
    Format(u32),
    #[error("{0}")]
    Mismatch(String),
    #[error("input {input} does not replay: {reason}")]
    Replay { input: usize, reason: String },
    #[error("the recorded events are not what the call produces: {0}")]
    EventsDiffer(String),
}

impl From<InputError> for TranscriptError {
    fn from(e: InputError) -> Self {
        TranscriptError::Replay {
            input: 0,
            reason: e.to_string(),
        }
    }
}

/// The named form of an engine event.
pub fn name_event(scenario: &Scenario, protocol: &Protocol, e: &Stamped) -> EventRecord {
    let node = |n: u32| scenario.node(n).id.clone();
    let event = match e.event {
        Event::NodeEntered(n) => NamedEvent::NodeEntered { node: node(n) },
        Event::CallerLine(l) => NamedEvent::CallerLine {
            line: scenario.lines[l as usize].message.clone(),
        },
        Event::CallerEvent(ev) => NamedEvent::CallerEvent {
            event: protocol.events[ev].id.clone(),
        },
        Event::VariableChanged { var, from, to } => NamedEvent::VariableChanged {
            variable: scenario.variables[usize::from(var)].id.clone(),
            from,
            to,
        },
        Event::OptionChosen { node: n, option } => {
            let choice = &scenario.node(n).options[usize::from(option)];
            NamedEvent::OptionChosen {
                node: node(n),
                option: choice.id.clone(),
                acts: choice
                    .acts
                    .iter()
                    .map(|&a| protocol.acts[a].id.clone())
                    .collect(),
            }
        }
        Event::ServiceDispatched(s) => NamedEvent::ServiceDispatched {
            service: protocol.services[s].id.clone(),
        },
        Event::ServiceClosed(s) => NamedEvent::ServiceClosed {
            service: protocol.services[s].id.clone(),
        },
        Event::Silence { seconds } => NamedEvent::Silence { seconds },
        Event::CallEnded(End::Outcome(o)) => NamedEvent::CallEnded {
            outcome: protocol.outcomes[o].id.clone(),
        },
        Event::CallEnded(End::CounsellorHungUp) => NamedEvent::CallEnded {
            outcome: COUNSELLOR_HUNG_UP.to_string(),
        },
    };
    EventRecord {
        turn: e.turn,
        time: e.time,
        event,
    }
}

impl std::fmt::Display for EventRecord {
    /// One line: `turn 2 @ 00:35 caller-line talk--story`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "turn {} @ {:02}:{:02} ",
            self.turn,
            self.time / 60,
            self.time % 60
        )?;
        match &self.event {
            NamedEvent::NodeEntered { node } => write!(f, "node-entered {node}"),
            NamedEvent::CallerLine { line } => write!(f, "caller-line {line}"),
            NamedEvent::CallerEvent { event } => write!(f, "caller-event {event}"),
            NamedEvent::VariableChanged { variable, from, to } => {
                write!(f, "variable {variable} {from} -> {to}")
            }
            NamedEvent::OptionChosen { node, option, acts } => {
                write!(f, "option-chosen {node}/{option} [{}]", acts.join(", "))
            }
            NamedEvent::ServiceDispatched { service } => write!(f, "service-dispatched {service}"),
            NamedEvent::ServiceClosed { service } => write!(f, "service-closed {service}"),
            NamedEvent::Silence { seconds } => write!(f, "silence {seconds} s"),
            NamedEvent::CallEnded { outcome } => write!(f, "call-ended {outcome}"),
        }
    }
}
