//! The chain of an arc's transcripts: each call names the arc, its place in it, the values it
//! began with and the previous call's transcript by hash, so a set of transcripts verifies as
//! the arc only when nothing is missing, reordered, swapped, edited or taken from another arc.
//!
//! Pure: the caller reads the files, verifies each call by replay and passes their bytes'
//! hashes and the values each call ended with.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};

use super::Arc;
use crate::locale::{Lang, Text};
use crate::transcript::Transcript;

/// One call of an arc as given for the chain check.
#[derive(Debug, Clone)]
pub struct Link<'a> {
    /// The call's transcript (verified by replay).
    pub transcript: &'a Transcript,
    /// SHA-256 of the transcript file's bytes, hex.
    pub sha256: &'a str,
    /// The `initial` values the call's scenario declares (the first call must begin with them).
    pub declared: BTreeMap<String, i32>,
    /// The values the call ended with, by its verified replay.
    pub end: BTreeMap<String, i32>,
}

/// Why a set of transcripts is not the arc. Worded in the reader's language by
/// [`ChainError::message`] (the program's `ui.ftl`, `ui-arc-chain-…`); shown in English by
/// `Display`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainError {
    /// A transcript records no arc.
    NotInArc {
        /// Its position in the list, from 1.
        position: usize,
    },
    /// A transcript of another arc.
    OtherArc {
        /// Its position, from 1.
        position: usize,
        /// The arc it records.
        arc: String,
        /// The arc being verified.
        expected: String,
    },
    /// The arc file changed since the call.
    ArcChanged {
        /// Its position, from 1.
        position: usize,
        /// The arc.
        arc: String,
    },
    /// A call at the wrong place: one is missing before it, or the files are out of order.
    Misplaced {
        /// Its position, from 1.
        position: usize,
        /// The call it records being, from 1.
        recorded: usize,
    },
    /// Fewer calls than the arc has.
    Missing {
        /// The arc's calls.
        calls: usize,
        /// Transcripts given.
        given: usize,
        /// The first missing call, from 1.
        missing: usize,
    },
    /// More transcripts than the arc has calls.
    TooMany {
        /// The arc's calls.
        calls: usize,
        /// Transcripts given.
        given: usize,
    },
    /// A call of another scenario than the arc's at that place.
    Swapped {
        /// The call, from 1.
        position: usize,
        /// The scenario recorded.
        scenario: String,
        /// The arc's scenario there.
        expected: String,
    },
    /// The previous call's hash does not match the previous transcript.
    Unlinked {
        /// The call, from 1.
        position: usize,
    },
    /// A carried value that does not follow from the previous call's end (or from the
    /// scenario's own `initial`, for the first call).
    Carried {
        /// The call, from 1.
        position: usize,
        /// The variable.
        variable: String,
        /// The value the call began with, if it records one.
        recorded: Option<i32>,
        /// The value it should have begun with, if there is one.
        expected: Option<i32>,
    },
    /// A call records a value of a variable the arc does not carry.
    NotCarried {
        /// The call, from 1.
        position: usize,
        /// The variable.
        variable: String,
        /// The value recorded.
        recorded: i32,
    },
    /// The calls are not all the same trainee's.
    Trainee {
        /// The call, from 1.
        position: usize,
        /// Its trainee.
        trainee: String,
        /// The first call's trainee.
        first: String,
    },
    /// A call of an arc records no time it began (every front end binds one).
    NoStart {
        /// The call, from 1.
        position: usize,
    },
    /// A call is recorded as beginning before the call before it ended.
    Early {
        /// The call, from 1.
        position: usize,
        /// How many seconds before the previous call's end it is recorded as beginning.
        seconds: u64,
    },
}

impl ChainError {
    /// The reason in the reader's language: `text` holds the program's words (`ui.ftl`).
    pub fn message(&self, text: &Text) -> String {
        let mut a = FluentArgs::new();
        let n = |v: usize| FluentValue::from(u32::try_from(v).unwrap_or(u32::MAX));
        let value = |text: &Text, v: Option<i32>| {
            v.map_or_else(
                || text.get("ui-arc-chain-no-value", None),
                |v| v.to_string(),
            )
        };
        let id = match self {
            ChainError::NotInArc { position } => {
                a.set("position", n(*position));
                "ui-arc-chain-not-in-arc"
            }
            ChainError::OtherArc {
                position,
                arc,
                expected,
            } => {
                a.set("position", n(*position));
                a.set("arc", arc.clone());
                a.set("expected", expected.clone());
                "ui-arc-chain-other-arc"
            }
            ChainError::ArcChanged { position, arc } => {
                a.set("position", n(*position));
                a.set("arc", arc.clone());
                "ui-arc-chain-arc-changed"
            }
            ChainError::Misplaced { position, recorded } => {
                a.set("position", n(*position));
                a.set("recorded", n(*recorded));
                "ui-arc-chain-misplaced"
            }
            ChainError::Missing {
                calls,
                given,
                missing,
            } => {
                a.set("calls", n(*calls));
                a.set("given", n(*given));
                a.set("missing", n(*missing));
                "ui-arc-chain-missing"
            }
            ChainError::TooMany { calls, given } => {
                a.set("calls", n(*calls));
                a.set("given", n(*given));
                "ui-arc-chain-too-many"
            }
            ChainError::Swapped {
                position,
                scenario,
                expected,
            } => {
                a.set("position", n(*position));
                a.set("scenario", scenario.clone());
                a.set("expected", expected.clone());
                "ui-arc-chain-swapped"
            }
            ChainError::Unlinked { position } => {
                a.set("position", n(*position));
                "ui-arc-chain-unlinked"
            }
            ChainError::Carried {
                position,
                variable,
                recorded,
                expected,
            } => {
                a.set("position", n(*position));
                a.set("variable", variable.clone());
                a.set("recorded", value(text, *recorded));
                a.set("expected", value(text, *expected));
                "ui-arc-chain-carried"
            }
            ChainError::NotCarried {
                position,
                variable,
                recorded,
            } => {
                a.set("position", n(*position));
                a.set("variable", variable.clone());
                a.set("recorded", recorded.to_string());
                "ui-arc-chain-not-carried"
            }
            ChainError::Trainee {
                position,
                trainee,
                first,
            } => {
                a.set("position", n(*position));
                a.set("trainee", trainee.clone());
                a.set("first", first.clone());
                "ui-arc-chain-trainee"
            }
            ChainError::NoStart { position } => {
                a.set("position", n(*position));
                "ui-arc-chain-no-start"
            }
            ChainError::Early { position, seconds } => {
                a.set("position", n(*position));
                a.set("seconds", FluentValue::from(*seconds as f64));
                "ui-arc-chain-early"
            }
        };
        text.get(id, Some(&a))
    }
}

impl std::fmt::Display for ChainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&crate::locale::ui_text(Lang::En)))
    }
}

impl std::error::Error for ChainError {}

/// When a call of an arc ended, by its record: the time it began plus the call's time at its
/// last event (the engine's clock, which runs with the call). `None` without a start.
pub fn ended_at(transcript: &Transcript) -> Option<u64> {
    let last = transcript.events.iter().map(|e| e.time).max().unwrap_or(0);
    transcript.started.map(|s| s + u64::from(last))
}

/// The start a front end binds to the next call of an arc, at `now` (seconds since 1970): now,
/// or, if the clock says the previous call has not ended yet (its time runs with the engine's
/// clock, which a trainee may outpace; a clock set back), the previous call's end. So the
/// recorded times of an arc's calls are always in order (see [`check_chain`]).
pub fn start_after(now: u64, previous: Option<&Transcript>) -> u64 {
    not_before(now, previous.and_then(ended_at))
}

/// `now`, or `end` if the clock has not reached it (see [`start_after`]).
pub fn not_before(now: u64, end: Option<u64>) -> u64 {
    end.map_or(now, |end| now.max(end))
}

/// Checks that `links` are the calls of `arc` in order, each beginning with the values the
/// one before it ended with (the first with its scenario's own), and each linked to the one
/// before by hash, each recorded as beginning no earlier than the one before it ended (the days
/// between calls are the story's, not the clock's: see `docs/arcs.md`). With `complete`, every call of the arc must be there; without, a beginning
/// of the arc is enough (an arc still being played).
pub fn check_chain(arc: &Arc, links: &[Link<'_>], complete: bool) -> Result<(), ChainError> {
    if links.len() > arc.calls.len() {
        return Err(ChainError::TooMany {
            calls: arc.calls.len(),
            given: links.len(),
        });
    }
    let first_trainee = links.first().map(|l| l.transcript.trainee.clone());
    for (n, link) in links.iter().enumerate() {
        let position = n + 1;
        let Some(stamp) = &link.transcript.arc else {
            return Err(ChainError::NotInArc { position });
        };
        if stamp.id != arc.id {
            return Err(ChainError::OtherArc {
                position,
                arc: stamp.id.clone(),
                expected: arc.id.clone(),
            });
        }
        if stamp.hash != arc.hash {
            return Err(ChainError::ArcChanged {
                position,
                arc: arc.id.clone(),
            });
        }
        if stamp.call as usize != n {
            return Err(ChainError::Misplaced {
                position,
                recorded: stamp.call as usize + 1,
            });
        }
        let expected = &arc.calls[n].scenario;
        if &link.transcript.scenario.id != expected {
            return Err(ChainError::Swapped {
                position,
                scenario: link.transcript.scenario.id.clone(),
                expected: expected.clone(),
            });
        }
        if let Some(first) = &first_trainee
            && &link.transcript.trainee != first
        {
            return Err(ChainError::Trainee {
                position,
                trainee: link.transcript.trainee.clone(),
                first: first.clone(),
            });
        }
        let previous = n.checked_sub(1).map(|p| &links[p]);
        if stamp.previous.as_deref() != previous.map(|p| p.sha256) {
            return Err(ChainError::Unlinked { position });
        }
        let from = previous.map_or(&link.declared, |p| &p.end);
        for v in &arc.carried {
            let recorded = stamp.carried.get(v);
            let should = from.get(v);
            if recorded != should || recorded.is_none() {
                return Err(ChainError::Carried {
                    position,
                    variable: v.clone(),
                    recorded: recorded.copied(),
                    expected: should.copied(),
                });
            }
        }
        if let Some((extra, value)) = stamp.carried.iter().find(|(k, _)| !arc.carried.contains(k)) {
            return Err(ChainError::NotCarried {
                position,
                variable: extra.clone(),
                recorded: *value,
            });
        }
        let Some(started) = link.transcript.started else {
            return Err(ChainError::NoStart { position });
        };
        if let Some(end) = previous.and_then(|p| ended_at(p.transcript))
            && started < end
        {
            return Err(ChainError::Early {
                position,
                seconds: end - started,
            });
        }
    }
    if complete && links.len() < arc.calls.len() {
        return Err(ChainError::Missing {
            calls: arc.calls.len(),
            given: links.len(),
            missing: links.len() + 1,
        });
    }
    Ok(())
}
