//! The exam protocol's messages as the client reads and writes them (docs/exam-protocol.md).
//!
//! The server's own types are `doverie_assess::exam_api::wire`; the client keeps its copy so
//! that it links no database or web server. Architecture invariant: the two agree field by
//! field; the crate's tests serialise the server's messages and read them here, and the other
//! way round.

use doverie_core::transcript::EventRecord;
use serde::{Deserialize, Serialize};

/// The protocol version this client speaks.
pub const VERSION: u32 = 1;

/// `POST /api/v1/login`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    pub v: u32,
    pub login: String,
    pub password: String,
}

/// The login's answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LoggedIn {
    pub v: u32,
    /// Sent back as `Authorization: Bearer TOKEN`.
    pub token: String,
    /// The trainee id the account takes exams as.
    pub trainee: Option<String>,
    /// Unix seconds.
    pub expires_at: i64,
}

/// `GET /api/v1/exams`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Exams {
    pub v: u32,
    pub exams: Vec<Exam>,
    /// The server's clock, Unix milliseconds.
    pub server_now: i64,
}

/// An exam as issued, with the calls taken so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exam {
    pub id: i64,
    pub trainee: String,
    pub issued_by: Option<i64>,
    /// The scenarios, in the order issued.
    pub scenarios: Vec<String>,
    /// Unix seconds, inclusive.
    pub opens_at: i64,
    /// Unix seconds, exclusive.
    pub closes_at: i64,
    pub issued_at: i64,
    pub calls: Vec<CallSummary>,
}

impl Exam {
    /// Whether the exam's window holds `now_ms` (the server's clock).
    pub fn is_open(&self, now_ms: i64) -> bool {
        self.opens_at.saturating_mul(1000) <= now_ms && now_ms < self.closes_at.saturating_mul(1000)
    }

    /// The call of `scenario` taken so far in this exam, if any.
    pub fn call_of(&self, scenario: &str) -> Option<&CallSummary> {
        self.calls.iter().find(|c| c.scenario == scenario)
    }
}

/// A call of an exam, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallSummary {
    pub id: i64,
    pub scenario: String,
    pub state: CallState,
    /// Unix milliseconds.
    pub started_at: i64,
    /// Why the call was flagged.
    pub flag: Option<String>,
    /// The attempt it was stored as, once finished.
    pub attempt: Option<i64>,
    /// Why the server did not trust this client's call clock (the call still took its inputs);
    /// absent when the clock was within tolerance (an optional field of version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_flag: Option<String>,
}

/// A call's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallState {
    /// Started and taking inputs.
    Live,
    /// Ended and stored as an attempt.
    Finished,
    /// Refused an input: it takes no more.
    Flagged,
}

impl CallState {
    /// The protocol's name of the state.
    pub fn as_str(self) -> &'static str {
        match self {
            CallState::Live => "live",
            CallState::Finished => "finished",
            CallState::Flagged => "flagged",
        }
    }
}

/// `POST /api/v1/exams/{exam}/calls`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub v: u32,
    pub scenario: String,
    /// `en` or `ru`: the language the call is recorded in.
    pub lang: String,
}

/// A call started by the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Started {
    pub v: u32,
    pub call: i64,
    pub seed: u64,
    pub scenario_hash: String,
    pub protocol_hash: String,
    /// Unix milliseconds.
    pub started_at: i64,
    /// The caller's first events.
    pub events: Vec<EventRecord>,
}

/// `POST /api/v1/calls/{call}/inputs`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub v: u32,
    /// 1 for the call's first input, then one more each time.
    pub seq: i64,
    /// The engine's token.
    pub token: String,
    /// The client's call clock: milliseconds since the call started on the server.
    pub call_ms: i64,
}

/// An input the server took.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Applied {
    pub v: u32,
    pub seq: i64,
    /// What the input did, as the server's engine says: the client's must be the same.
    pub events: Vec<EventRecord>,
    /// The call is over, and stored as `attempt`.
    pub over: bool,
    pub attempt: Option<i64>,
}

/// `GET /api/v1/calls/{call}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CallJournal {
    pub v: u32,
    pub journal: Journal,
    /// The server's clock, Unix milliseconds: the call's clock is this less `started_at`.
    pub server_now: i64,
}

/// A call as the server recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub call: i64,
    pub exam: i64,
    pub scenario: String,
    pub seed: u64,
    pub scenario_hash: String,
    pub protocol_hash: String,
    pub lang: String,
    /// Unix milliseconds.
    pub started_at: i64,
    pub state: CallState,
    pub flag: Option<String>,
    pub attempt: Option<i64>,
    /// Why the server did not trust this client's call clock (optional, version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_flag: Option<String>,
    /// Unix seconds: when the exam's window closes; inputs are taken until a grace after it
    /// (optional, version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<i64>,
    pub inputs: Vec<JournalInput>,
}

/// One input of a call's journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalInput {
    pub seq: i64,
    pub token: String,
    /// The client's call clock when it was sent.
    pub call_ms: i64,
    /// Unix milliseconds when the server received it.
    pub received_at: i64,
}

/// `POST /api/v1/calls/{call}/finish`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finish {
    pub v: u32,
}

/// A call left early, stored as it stands.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finished {
    pub v: u32,
    pub attempt: i64,
}

/// Every refusal: a stable code and what is wrong and what to do in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refused {
    pub v: u32,
    pub error: String,
    pub message: Message,
}

/// A refusal's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub en: String,
    pub ru: String,
}
