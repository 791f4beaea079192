//! The chain of an arc's transcripts: each call names the arc, its place in it, the values it
//! began with and the previous call's transcript by hash, so a set of transcripts verifies as
//! the arc only when nothing is missing, reordered, swapped, edited or taken from another arc.
//!
//! Pure: the caller reads the files, verifies each call by replay and passes their bytes'
//! hashes and the values each call ended with.

use std::collections::BTreeMap;

use thiserror::Error;

use super::Arc;
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

/// Why a set of transcripts is not the arc.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChainError {
    /// A transcript records no arc.
    #[error(
        "transcript {position} is a single call, not a call of an arc: give the arc's transcripts only, in order"
    )]
    NotInArc {
        /// Its position in the list, from 1.
        position: usize,
    },
    /// A transcript of another arc.
    #[error("transcript {position} is a call of arc \"{arc}\", not of \"{expected}\"")]
    OtherArc {
        /// Its position, from 1.
        position: usize,
        /// The arc it records.
        arc: String,
        /// The arc being verified.
        expected: String,
    },
    /// The arc file changed since the call.
    #[error(
        "transcript {position} was played under another version of arc \"{arc}\" (content hash differs): the arc file has changed since"
    )]
    ArcChanged {
        /// Its position, from 1.
        position: usize,
        /// The arc.
        arc: String,
    },
    /// A call at the wrong place: one is missing before it, or the files are out of order.
    #[error(
        "transcript {position} is call {recorded} of the arc, not call {position}: a call is missing or the transcripts are out of order (give them in the order they were played)"
    )]
    Misplaced {
        /// Its position, from 1.
        position: usize,
        /// The call it records being, from 1.
        recorded: usize,
    },
    /// Fewer calls than the arc has.
    #[error(
        "the arc has {calls} calls but {given} transcripts are given: call {missing} is missing"
    )]
    Missing {
        /// The arc's calls.
        calls: usize,
        /// Transcripts given.
        given: usize,
        /// The first missing call, from 1.
        missing: usize,
    },
    /// More transcripts than the arc has calls.
    #[error("the arc has {calls} calls but {given} transcripts are given")]
    TooMany {
        /// The arc's calls.
        calls: usize,
        /// Transcripts given.
        given: usize,
    },
    /// A call of another scenario than the arc's at that place.
    #[error(
        "call {position} of the arc is scenario \"{expected}\", but its transcript is of \"{scenario}\""
    )]
    Swapped {
        /// The call, from 1.
        position: usize,
        /// The scenario recorded.
        scenario: String,
        /// The arc's scenario there.
        expected: String,
    },
    /// The previous call's hash does not match the previous transcript.
    #[error(
        "call {position} does not follow the transcript given before it (the previous call's hash differs): that transcript was edited, or is of another playing of the arc"
    )]
    Unlinked {
        /// The call, from 1.
        position: usize,
    },
    /// A carried value that does not follow from the previous call's end.
    #[error(
        "call {position} began with {variable} = {recorded}, but the call before it ended with {expected}"
    )]
    Carried {
        /// The call, from 1.
        position: usize,
        /// The variable.
        variable: String,
        /// The value the call began with.
        recorded: String,
        /// The value it should have begun with.
        expected: String,
    },
    /// The calls are not all the same trainee's.
    #[error(
        "call {position} was played by trainee \"{trainee}\", the arc's first call by \"{first}\""
    )]
    Trainee {
        /// The call, from 1.
        position: usize,
        /// Its trainee.
        trainee: String,
        /// The first call's trainee.
        first: String,
    },
}

/// Checks that `links` are the calls of `arc` in order, each beginning with the values the
/// one before it ended with (the first with its scenario's own), and each linked to the one
/// before by hash. With `complete`, every call of the arc must be there; without, a beginning
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
                let show = |x: Option<&i32>| x.map_or_else(|| "nothing".into(), i32::to_string);
                return Err(ChainError::Carried {
                    position,
                    variable: v.clone(),
                    recorded: show(recorded),
                    expected: show(should),
                });
            }
        }
        if let Some(extra) = stamp.carried.keys().find(|k| !arc.carried.contains(k)) {
            return Err(ChainError::Carried {
                position,
                variable: extra.clone(),
                recorded: stamp.carried[extra].to_string(),
                expected: "nothing (the arc does not carry it)".into(),
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
