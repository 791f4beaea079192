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

/// The transcript format's version; bump it when the JSON changes incompatibly. Format 2 binds
/// the start time, the mode, the Fluent text shown and each recording's hash; format-1
/// transcripts (doverie 0.2.0 and before) are still read, without those bindings.
pub const FORMAT: u32 = 2;
/// The oldest format still read.
pub const FORMAT_1: u32 = 1;
/// The engine's version, recorded in every transcript.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A transcript larger than this is refused by the reader, and never written by a writer.
pub const MAX_TRANSCRIPT_BYTES: u64 = 64 * 1024 * 1024;

/// Whether `id` is a content id (kebab-case: lowercase ASCII letters and digits in words joined
/// by single hyphens, at most 100 characters). Ids read from a transcript are checked before any
/// is used to find a file, so `/etc/shadow` or `../x` is never opened.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The scenario a call was played on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioStamp {
    /// Its id.
    pub id: String,
    /// SHA-256 of its file, hex.
    pub hash: String,
}

/// The arc a call belongs to (see [`crate::arc`]): which arc, which of its calls, the values
/// carried into it, and the previous call's transcript by the SHA-256 of its file's bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArcStamp {
    /// The arc's id.
    pub id: String,
    /// SHA-256 of the arc file, hex.
    pub hash: String,
    /// The call's place in the arc, from 0.
    pub call: u32,
    /// The carried variables' values the call began with (they replace the scenario's
    /// `initial` values).
    pub carried: std::collections::BTreeMap<String, i32>,
    /// SHA-256 of the previous call's transcript file, hex; none for the first call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
}

/// The protocol a call was scored under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolStamp {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// SHA-256 of its file, hex.
    pub hash: String,
}

/// One thing the counsellor did, with the turn it was and the simulated time it happened at.
/// Unknown fields are refused (through [`RawInput`]: serde cannot refuse them beside a flattened
/// enum).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawInput")]
pub struct TimedInput {
    /// The counsellor turn it came at.
    pub turn: u32,
    /// Seconds of the call's time when it came.
    pub time: u32,
    /// The input.
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
    /// SHA-256 of the WAV file as written (recorded from format 2 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

/// How the call was played: what the trainee was shown and asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mode {
    /// Exam mode: no hints, no caller-state meters, no silence timer.
    pub exam: bool,
    /// Hints were shown.
    pub hints: bool,
    /// "Say it first": the trainee typed their own words before the options were shown.
    pub say_first: bool,
    /// Voice practice: each answer was recorded.
    pub voice: bool,
}

/// A content file the call showed, by its path in the content folder and its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileStamp {
    /// The path relative to the content folder (`locales/en/scenarios/hidden-bruises.ftl`).
    pub path: String,
    /// SHA-256 of the file's bytes, or `"missing"` when the call was played without it.
    pub hash: String,
}

/// The sound a call was played with: the tone plan and the caller's recorded voice clips, each
/// by path and SHA-256. The front end's sound service hashes them (the core reads no sound) when
/// the call is played with sound; [`Transcript::check_sound`] compares them with the sound as
/// it is when the call is verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SoundStamp {
    /// The tone plan (`assets/tones/ru.ron`) and the hash of its text.
    pub tones: FileStamp,
    /// Every recorded voice clip the call plays (its scenario's lines in the call's language),
    /// by path in the content folder (`assets/voice/ru/hidden-bruises/opening.wav`). Lines
    /// without one are spoken by the synthetic voice from the bound text, or shown as text only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clips: Vec<FileStamp>,
}

/// Every field an input may have; [`TimedInput`] is read through it, so that a field no input
/// has, or one its kind does not have, is refused.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInput {
    turn: u32,
    time: u32,
    kind: String,
    option: Option<String>,
    service: Option<String>,
    seconds: Option<u32>,
    said: Option<String>,
}

impl TryFrom<RawInput> for TimedInput {
    type Error = String;

    fn try_from(r: RawInput) -> Result<Self, String> {
        let input = match (r.kind.as_str(), r.option, r.service, r.seconds) {
            ("choose", Some(option), None, None) => Input::Choose { option },
            ("dispatch", None, Some(service), None) => Input::Dispatch { service },
            ("wait", None, None, Some(seconds)) => Input::Wait { seconds },
            ("hang-up", None, None, None) => Input::HangUp,
            (kind, ..) => {
                return Err(format!(
                    "an input of kind \"{kind}\" with fields it does not have, or without its own"
                ));
            }
        };
        Ok(TimedInput {
            turn: r.turn,
            time: r.time,
            input,
            said: r.said,
        })
    }
}

/// An event in named form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NamedEvent {
    /// The call moved to a node.
    NodeEntered {
        /// The node's id.
        node: String,
    },
    /// The caller said a line.
    CallerLine {
        /// The line's message id.
        line: String,
    },
    /// The caller raised an event.
    CallerEvent {
        /// The event's id.
        event: String,
    },
    /// A caller variable changed.
    VariableChanged {
        /// The variable's id.
        variable: String,
        /// Its value before.
        from: i32,
        /// Its value after.
        to: i32,
    },
    /// The counsellor chose an option.
    OptionChosen {
        /// The node's id.
        node: String,
        /// The option's id.
        option: String,
        /// The acts it carries.
        acts: Vec<String>,
    },
    /// The counsellor dispatched a service.
    ServiceDispatched {
        /// The service's id.
        service: String,
    },
    /// The counsellor tried a service that does not answer at this hour.
    ServiceClosed {
        /// The service's id.
        service: String,
    },
    /// The counsellor was silent.
    Silence {
        /// How long, in seconds.
        seconds: u32,
    },
    /// The call ended.
    CallEnded {
        /// The outcome's id.
        outcome: String,
    },
}

/// An event of the call, stamped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawEvent")]
pub struct EventRecord {
    /// The counsellor turn.
    pub turn: u32,
    /// Seconds of the call's time.
    pub time: u32,
    /// What happened.
    #[serde(flatten)]
    pub event: NamedEvent,
}

/// Every field an event may have; [`EventRecord`] is read through it, so that a field no event
/// has, or one its kind does not have, is refused.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    turn: u32,
    time: u32,
    kind: String,
    node: Option<String>,
    line: Option<String>,
    event: Option<String>,
    variable: Option<String>,
    from: Option<i32>,
    to: Option<i32>,
    option: Option<String>,
    acts: Option<Vec<String>>,
    service: Option<String>,
    seconds: Option<u32>,
    outcome: Option<String>,
}

impl TryFrom<RawEvent> for EventRecord {
    type Error = String;

    fn try_from(r: RawEvent) -> Result<Self, String> {
        let kind = r.kind;
        let present = [
            r.node.is_some(),
            r.line.is_some(),
            r.event.is_some(),
            r.variable.is_some(),
            r.from.is_some(),
            r.to.is_some(),
            r.option.is_some(),
            r.acts.is_some(),
            r.service.is_some(),
            r.seconds.is_some(),
            r.outcome.is_some(),
        ]
        .iter()
        .filter(|p| **p)
        .count();
        let bad = || {
            format!("an event of kind \"{kind}\" with fields it does not have, or without its own")
        };
        let (event, fields) = match kind.as_str() {
            "node-entered" => (
                NamedEvent::NodeEntered {
                    node: r.node.ok_or_else(bad)?,
                },
                1,
            ),
            "caller-line" => (
                NamedEvent::CallerLine {
                    line: r.line.ok_or_else(bad)?,
                },
                1,
            ),
            "caller-event" => (
                NamedEvent::CallerEvent {
                    event: r.event.ok_or_else(bad)?,
                },
                1,
            ),
            "variable-changed" => (
                NamedEvent::VariableChanged {
                    variable: r.variable.ok_or_else(bad)?,
                    from: r.from.ok_or_else(bad)?,
                    to: r.to.ok_or_else(bad)?,
                },
                3,
            ),
            "option-chosen" => (
                NamedEvent::OptionChosen {
                    node: r.node.ok_or_else(bad)?,
                    option: r.option.ok_or_else(bad)?,
                    acts: r.acts.ok_or_else(bad)?,
                },
                3,
            ),
            "service-dispatched" => (
                NamedEvent::ServiceDispatched {
                    service: r.service.ok_or_else(bad)?,
                },
                1,
            ),
            "service-closed" => (
                NamedEvent::ServiceClosed {
                    service: r.service.ok_or_else(bad)?,
                },
                1,
            ),
            "silence" => (
                NamedEvent::Silence {
                    seconds: r.seconds.ok_or_else(bad)?,
                },
                1,
            ),
            "call-ended" => (
                NamedEvent::CallEnded {
                    outcome: r.outcome.ok_or_else(bad)?,
                },
                1,
            ),
            _ => return Err(format!("unknown event kind \"{kind}\"")),
        };
        if present != fields {
            return Err(bad());
        }
        Ok(EventRecord {
            turn: r.turn,
            time: r.time,
            event,
        })
    }
}

/// The outcome id recorded when the counsellor hangs up.
pub const COUNSELLOR_HUNG_UP: &str = "counsellor-hung-up";

/// A recorded call. Unknown fields are refused: a transcript carries no score, so a file with one
/// (or any other addition) has been tampered with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcript {
    /// The transcript format's version (2 binds the text shown, the mode and the recordings).
    pub format: u32,
    /// The doverie version that recorded the call.
    pub engine: String,
    /// The scenario, by id and content hash.
    pub scenario: ScenarioStamp,
    /// The protocol, by id, version and content hash.
    pub protocol: ProtocolStamp,
    /// The call's seed.
    pub seed: u64,
    /// The language the call was played in.
    pub locale: String,
    /// The trainee's id.
    pub trainee: String,
    /// Every input, in order, with its time.
    pub inputs: Vec<TimedInput>,
    /// Every event, as the engine produced it.
    pub events: Vec<EventRecord>,
    /// The trainee's recorded answers, by turn (voice practice only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recordings: Vec<Recording>,
    /// When the call began, in seconds since 1970 (given by the front end; format 2 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<u64>,
    /// How the call was played (format 2 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// The Fluent files the call showed, and the service directory files whose hours it kept,
    /// with their hashes (format 2 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<FileStamp>,
    /// The call was interrupted and closed as abandoned (`doverie recover`): it is kept, not
    /// resumed or scored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub abandoned: bool,
    /// The tone plan and voice clips the call was played with, when it was played with sound
    /// (format 2 on; see [`Transcript::bind_sound`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<SoundStamp>,
    /// The arc the call is part of, when it is (see [`crate::arc`]): its replay starts from the
    /// carried values recorded here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arc: Option<ArcStamp>,
}

impl Transcript {
    /// A new call's record, in format 1 until [`Transcript::bind`] binds what it depends on.
    pub fn new(
        scenario: &Scenario,
        protocol: &Protocol,
        seed: u64,
        lang: Lang,
        trainee: &str,
    ) -> Transcript {
        Transcript {
            format: FORMAT_1,
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
            started: None,
            mode: None,
            texts: Vec::new(),
            abandoned: false,
            sound: None,
            arc: None,
        }
    }

    /// Binds the call to its start (seconds since 1970, from the front end), its mode and the
    /// Fluent files it shows (see [`crate::content::Loaded::text_stamps`]); the transcript is then
    /// of the current format.
    pub fn bind(&mut self, started: u64, mode: Mode, texts: Vec<FileStamp>) {
        self.format = FORMAT;
        self.started = Some(started);
        self.mode = Some(mode);
        self.texts = texts;
    }

    /// Binds the call to the sound it is played with (hashed by the front end's sound service),
    /// unless it is bound already: a resumed call keeps the sound it was bound to, and
    /// [`Transcript::check_sound`] says if that has changed. Returns whether it was bound now.
    pub fn bind_sound(&mut self, sound: SoundStamp) -> bool {
        if self.sound.is_some() {
            return false;
        }
        self.sound = Some(sound);
        true
    }

    /// Compares the sound the call was bound to with `now`, the same sound hashed again by the
    /// sound service: a tone plan or voice clip that changed or went missing is a mismatch, named
    /// with its path. A call played without sound binds none, and passes.
    pub fn check_sound(&self, now: &SoundStamp) -> Result<(), TranscriptError> {
        let Some(bound) = &self.sound else {
            return Ok(());
        };
        if bound.tones != now.tones {
            return Err(TranscriptError::Mismatch(format!(
                "the tone plan {} is not the one the call was played with ({}, content hash differs)",
                now.tones.path, bound.tones.path
            )));
        }
        for clip in &bound.clips {
            match now.clips.iter().find(|c| c.path == clip.path) {
                None => {
                    return Err(TranscriptError::Mismatch(format!(
                        "the voice clip {} the call was played with is missing",
                        clip.path
                    )));
                }
                Some(c) if c.hash != clip.hash => {
                    return Err(TranscriptError::Mismatch(format!(
                        "the voice clip {} has changed since the call was recorded (content hash differs)",
                        clip.path
                    )));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// Whether `other` is a record of this same call (same scenario, protocol, seed, trainee,
    /// language and start), perhaps earlier or later in it: a writer may replace such a file,
    /// and no other.
    pub fn same_call(&self, other: &Transcript) -> bool {
        self.scenario == other.scenario
            && self.protocol == other.protocol
            && self.seed == other.seed
            && self.trainee == other.trainee
            && self.locale == other.locale
            && self.started == other.started
            && self.arc == other.arc
    }

    /// Records events produced by the engine.
    pub fn record_events(&mut self, scenario: &Scenario, protocol: &Protocol, events: &[Stamped]) {
        self.events
            .extend(events.iter().map(|e| name_event(scenario, protocol, e)));
    }

    /// Whether the call reached an end.
    pub fn is_finished(&self) -> bool {
        self.events
            .iter()
            .any(|e| matches!(e.event, NamedEvent::CallEnded { .. }))
    }

    /// The transcript as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parses a transcript: unknown fields are refused at every depth, ids are checked, and a
    /// format-2 transcript must bind its start, mode and text. A UTF-8 byte-order mark is allowed.
    pub fn from_json(text: &str) -> Result<Transcript, TranscriptError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let t: Transcript =
            serde_json::from_str(text).map_err(|e| TranscriptError::Malformed(e.to_string()))?;
        if !(FORMAT_1..=FORMAT).contains(&t.format) {
            return Err(TranscriptError::Format(t.format));
        }
        t.check_fields()?;
        Ok(t)
    }

    /// Ids are kebab-case, the trainee id and typed words hold no control characters, and a
    /// format-2 transcript binds its start, mode and text.
    pub fn check_fields(&self) -> Result<(), TranscriptError> {
        for (what, id) in [
            ("scenario", &self.scenario.id),
            ("protocol", &self.protocol.id),
        ] {
            if !is_id(id) {
                return Err(TranscriptError::Malformed(format!(
                    "the {what} id {id:?} is not an id (lowercase words joined by hyphens)"
                )));
            }
        }
        if self.locale.parse::<crate::locale::Lang>().is_err() {
            return Err(TranscriptError::Malformed(format!(
                "unknown language {:?}",
                self.locale
            )));
        }
        if self.trainee.chars().any(char::is_control) || self.trainee.len() > 200 {
            return Err(TranscriptError::Malformed(
                "the trainee id holds control characters or is longer than 200 bytes".into(),
            ));
        }
        for t in &self.texts {
            // Fluent text, or the service directory whose hours the call kept.
            let plain = ((t.path.starts_with("locales/") && t.path.ends_with(".ftl"))
                || (t.path.starts_with("scenarios/services/") && t.path.ends_with(".ron")))
                && !t
                    .path
                    .split('/')
                    .any(|c| c.is_empty() || c == "." || c == "..");
            if !plain {
                return Err(TranscriptError::Malformed(format!(
                    "text file {:?} is not a Fluent or service directory file of the content folder",
                    t.path
                )));
            }
        }
        if let Some(arc) = &self.arc {
            let hex = |h: &str| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit());
            if !is_id(&arc.id) || arc.carried.keys().any(|k| !is_id(k)) {
                return Err(TranscriptError::Malformed(
                    "the arc's id or a carried variable's is not an id (lowercase words joined by hyphens)"
                        .into(),
                ));
            }
            if !hex(&arc.hash) || arc.previous.as_deref().is_some_and(|p| !hex(p)) {
                return Err(TranscriptError::Malformed(
                    "the arc's hash or the previous call's is not a SHA-256 in hex".into(),
                ));
            }
            if (arc.call == 0) != arc.previous.is_none() {
                return Err(TranscriptError::Malformed(
                    "an arc's first call has no previous call, and every later call names one"
                        .into(),
                ));
            }
        }
        if let Some(sound) = &self.sound {
            let plain = |path: &str, under: &str, exts: &[&str]| {
                path.starts_with(under)
                    && exts.iter().any(|e| path.ends_with(e))
                    && !path
                        .split('/')
                        .any(|c| c.is_empty() || c == "." || c == "..")
            };
            if !plain(&sound.tones.path, "assets/tones/", &[".ron"]) {
                return Err(TranscriptError::Malformed(format!(
                    "tone plan {:?} is not a tone plan of the content folder",
                    sound.tones.path
                )));
            }
            if let Some(c) = sound
                .clips
                .iter()
                .find(|c| !plain(&c.path, "assets/voice/", &[".wav", ".ogg"]))
            {
                return Err(TranscriptError::Malformed(format!(
                    "voice clip {:?} is not a voice clip of the content folder",
                    c.path
                )));
            }
        }
        if self.format >= 2
            && (self.started.is_none() || self.mode.is_none() || self.texts.is_empty())
        {
            return Err(TranscriptError::Malformed(
                "a format-2 transcript must record its start, mode and texts".into(),
            ));
        }
        if self.format >= 2 && self.recordings.iter().any(|r| r.hash.is_none()) {
            return Err(TranscriptError::Malformed(
                "a format-2 transcript must record the hash of each recording".into(),
            ));
        }
        Ok(())
    }

    /// Reads a transcript file: a regular file of at most [`MAX_TRANSCRIPT_BYTES`] (a FIFO, a
    /// device or a folder is refused before it is opened).
    pub fn read(path: &Path) -> Result<Transcript, TranscriptError> {
        let bytes = crate::read::read_bounded(path, MAX_TRANSCRIPT_BYTES)
            .map_err(|e| TranscriptError::Io(e.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| TranscriptError::Malformed("the file is not UTF-8 text".into()))?;
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
        let carried = self.started_scenario(scenario)?;
        let scenario = carried.as_ref().unwrap_or(scenario);
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
            if timed.input == (Input::Wait { seconds: 0 }) {
                // No front end records one: it would be an input that changes nothing.
                return Err(TranscriptError::Replay {
                    input: n + 1,
                    reason: "a silence of 0 s is not an input".into(),
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

    /// Replays the recorded inputs alone, with the recorded seed, against `scenario` (which
    /// may be compiled under another version of the protocol than the call was recorded under):
    /// the call as that version would have timed and scored it. Nothing recorded is checked
    /// here: verify the transcript with [`Transcript::replay`] first.
    pub fn replay_inputs(
        &self,
        scenario: &Scenario,
    ) -> Result<(Call, Vec<Stamped>), TranscriptError> {
        let carried = self.started_scenario(scenario)?;
        let scenario = carried.as_ref().unwrap_or(scenario);
        let (mut call, mut events) = Call::start(scenario, self.seed);
        for (n, timed) in self.inputs.iter().enumerate() {
            let more = call
                .apply(scenario, &timed.input)
                .map_err(|e| TranscriptError::Replay {
                    input: n + 1,
                    reason: e.to_string(),
                })?;
            events.extend(more);
        }
        Ok((call, events))
    }

    /// The scenario as this call started it: with the values carried into it when it is a call
    /// of an arc (none otherwise: the scenario as it is).
    pub fn started_scenario(
        &self,
        scenario: &Scenario,
    ) -> Result<Option<Scenario>, TranscriptError> {
        self.arc
            .as_ref()
            .map(|a| scenario.with_carried(&a.carried))
            .transpose()
            .map_err(TranscriptError::Mismatch)
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

/// Why a transcript is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TranscriptError {
    /// The file could not be read.
    #[error("cannot read the transcript: {0}")]
    Io(String),
    /// Not a transcript: the reason.
    #[error("not a doverie transcript: {0}")]
    Malformed(String),
    /// A format this version cannot read.
    #[error("transcript format {0} is not supported (this program reads formats 1 and 2)")]
    Format(u32),
    /// It does not match the scenario or protocol on disk (or the text shown).
    #[error("{0}")]
    Mismatch(String),
    /// An input does not replay.
    #[error("input {input} does not replay: {reason}")]
    Replay {
        /// The input's number, from 1.
        input: usize,
        /// Why it does not replay.
        reason: String,
    },
    /// The recorded events differ from the replay's.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;
    use crate::library::Library;
    use crate::session::Session;
    use std::sync::Arc;

    fn call_json() -> String {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let path = format!("{root}/tests/fixtures/mini/scenarios/mini.ron");
        let loaded = load(&Library::new(root), &path).unwrap().0;
        let (mut session, _) = Session::start(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            4,
            Lang::En,
            "t-1",
        );
        session
            .apply(Input::parse_token("greet").unwrap(), Some("hello".into()))
            .unwrap();
        session
            .transcript
            .bind(1_700_000_000, Mode::default(), loaded.text_stamps(Lang::En));
        session.transcript.to_json()
    }

    #[test]
    fn unknown_fields_are_refused_at_every_depth() {
        let json = call_json();
        assert!(Transcript::from_json(&json).is_ok());
        for (from, to) in [
            ("\"format\": 2", "\"format\": 2, \"score\": 100"),
            ("\"kind\": \"choose\"", "\"kind\": \"choose\", \"score\": 1"),
            (
                "\"kind\": \"choose\"",
                "\"kind\": \"choose\", \"seconds\": 1",
            ),
            (
                "\"kind\": \"node-entered\"",
                "\"kind\": \"node-entered\", \"extra\": 1",
            ),
            (
                "\"kind\": \"node-entered\"",
                "\"kind\": \"node-entered\", \"line\": \"x\"",
            ),
            ("\"id\": \"mini\"", "\"id\": \"mini\", \"extra\": 1"),
            ("\"exam\": false", "\"exam\": false, \"extra\": 1"),
        ] {
            let tampered = json.replacen(from, to, 1);
            assert_ne!(tampered, json, "{from}");
            assert!(
                matches!(
                    Transcript::from_json(&tampered),
                    Err(TranscriptError::Malformed(_))
                ),
                "{to} accepted"
            );
        }
    }

    #[test]
    fn a_silence_of_no_seconds_is_not_an_input() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let path = format!("{root}/tests/fixtures/mini/scenarios/mini.ron");
        let loaded = load(&Library::new(root), &path).unwrap().0;
        let mut t = Transcript::from_json(&call_json()).unwrap();
        t.replay(&loaded.scenario, &loaded.protocol).unwrap();
        t.inputs.insert(
            1,
            TimedInput {
                turn: 1,
                time: 0,
                input: Input::Wait { seconds: 0 },
                said: None,
            },
        );
        let e = t.replay(&loaded.scenario, &loaded.protocol).unwrap_err();
        assert!(e.to_string().contains("0 s"), "{e}");
    }

    #[test]
    fn ids_are_checked_before_any_names_a_file() {
        let json = call_json();
        for id in ["/etc/shadow", "../mini", "mini/../../x", "Mini", ""] {
            let tampered = json.replacen("\"id\": \"mini\"", &format!("\"id\": {id:?}"), 1);
            let e = Transcript::from_json(&tampered).unwrap_err();
            assert!(e.to_string().contains("is not an id"), "{id}: {e}");
        }
        let tampered = json.replacen("\"trainee\": \"t-1\"", "\"trainee\": \"t\\u001b[31m\"", 1);
        assert!(Transcript::from_json(&tampered).is_err());
        let tampered = json.replacen("\"path\": \"locales/", "\"path\": \"/etc/", 1);
        assert!(Transcript::from_json(&tampered).is_err());
    }

    fn sound() -> SoundStamp {
        SoundStamp {
            tones: FileStamp {
                path: "assets/tones/ru.ron".into(),
                hash: "a1".into(),
            },
            clips: vec![
                FileStamp {
                    path: "assets/voice/ru/mini/hello.wav".into(),
                    hash: "b2".into(),
                },
                FileStamp {
                    path: "assets/voice/ru/mini/bye.ogg".into(),
                    hash: "c3".into(),
                },
            ],
        }
    }

    #[test]
    fn the_sound_is_bound_once_and_a_changed_plan_or_clip_is_a_mismatch_with_its_path() {
        let mut t = Transcript::from_json(&call_json()).unwrap();
        // Played without sound: nothing to compare.
        assert_eq!(t.check_sound(&sound()), Ok(()));
        assert!(t.bind_sound(sound()));
        let mut other = sound();
        other.tones.hash = "zz".into();
        assert!(!t.bind_sound(other.clone()), "bound once");
        assert_eq!(t.sound, Some(sound()));
        // It is written and read back.
        let read = Transcript::from_json(&t.to_json()).unwrap();
        assert_eq!(read.sound, Some(sound()));
        assert_eq!(read.check_sound(&sound()), Ok(()));
        // A clip added since is no matter; one changed or gone is, by path.
        let mut now = sound();
        now.clips.push(FileStamp {
            path: "assets/voice/ru/mini/new.wav".into(),
            hash: "d4".into(),
        });
        assert_eq!(read.check_sound(&now), Ok(()));
        let e = read.check_sound(&other).unwrap_err();
        assert!(
            matches!(&e, TranscriptError::Mismatch(m) if m.contains("tone plan assets/tones/ru.ron")),
            "{e}"
        );
        let mut changed = sound();
        changed.clips[1].hash = "zz".into();
        let e = read.check_sound(&changed).unwrap_err();
        assert!(
            e.to_string()
                .contains("voice clip assets/voice/ru/mini/bye.ogg has changed"),
            "{e}"
        );
        let mut gone = sound();
        gone.clips.remove(0);
        let e = read.check_sound(&gone).unwrap_err();
        assert!(e.to_string().contains("hello.wav"), "{e}");
        assert!(e.to_string().contains("missing"), "{e}");
    }

    #[test]
    fn a_bound_sound_names_only_files_of_the_content_folder() {
        let mut t = Transcript::from_json(&call_json()).unwrap();
        t.bind_sound(sound());
        let json = t.to_json();
        for (from, to) in [
            ("assets/tones/ru.ron", "/etc/passwd"),
            ("assets/tones/ru.ron", "assets/tones/../../x.ron"),
            ("assets/voice/ru/mini/hello.wav", "assets/voice/../x.wav"),
            (
                "assets/voice/ru/mini/hello.wav",
                "assets/voice/ru/mini/hello.txt",
            ),
            ("\"hash\": \"b2\"", "\"hash\": \"b2\", \"extra\": 1"),
        ] {
            let tampered = json.replacen(from, to, 1);
            assert_ne!(tampered, json, "{from}");
            assert!(
                matches!(
                    Transcript::from_json(&tampered),
                    Err(TranscriptError::Malformed(_))
                ),
                "{to} accepted"
            );
        }
    }

    #[test]
    fn a_byte_order_mark_is_read_and_format_1_still_loads_but_format_2_binds() {
        let json = call_json();
        assert!(Transcript::from_json(&format!("\u{feff}{json}")).is_ok());
        let t = Transcript::from_json(&json).unwrap();
        let mut old = t.clone();
        old.format = FORMAT_1;
        old.started = None;
        old.mode = None;
        old.texts.clear();
        assert!(Transcript::from_json(&old.to_json()).is_ok());
        let mut unbound = t.clone();
        unbound.texts.clear();
        assert!(Transcript::from_json(&unbound.to_json()).is_err());
        let mut future = t;
        future.format = 3;
        assert!(matches!(
            Transcript::from_json(&future.to_json()),
            Err(TranscriptError::Format(3))
        ));
    }
}
