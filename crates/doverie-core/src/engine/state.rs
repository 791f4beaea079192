//! The whole state of a call as one plain value.

use serde::{Deserialize, Serialize};

use super::End;
use crate::bits::BitSet;
use crate::scenario::NodeIx;

/// Everything the engine knows about a call in progress, except its random stream. Plain data:
/// clonable, comparable, hashable and serialisable, so a call can be saved, resumed, compared
/// and memoised.
#[derive(Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CallState {
    /// The node the caller is on.
    pub node: NodeIx,
    /// Caller variables, in the scenario's declaration order.
    pub vars: Vec<i32>,
    /// Nodes entered so far.
    pub visited: BitSet,
    /// Caller events raised so far.
    pub raised: BitSet,
    /// Services dispatched so far.
    pub dispatched: BitSet,
    /// Seconds the counsellor has been silent since the caller last spoke or was answered.
    pub silent_for: u32,
    /// How many reactions of the current node's silence plan have happened.
    pub silence_step: u16,
    /// Counsellor turns so far (choices, dispatches and hanging up).
    pub turn: u32,
    /// Simulated seconds since the call started.
    pub time: u32,
    /// How the call ended, once it has.
    pub ended: Option<End>,
}

impl Clone for CallState {
    fn clone(&self) -> Self {
        CallState {
            node: self.node,
            vars: self.vars.clone(),
            visited: self.visited.clone(),
            raised: self.raised.clone(),
            dispatched: self.dispatched.clone(),
            silent_for: self.silent_for,
            silence_step: self.silence_step,
            turn: self.turn,
            time: self.time,
            ended: self.ended,
        }
    }

    /// Copies field by field, reusing this state's allocations (the explorer does this for every
    /// transition).
    fn clone_from(&mut self, source: &Self) {
        self.node = source.node;
        self.vars.clone_from(&source.vars);
        self.visited.clone_from(&source.visited);
        self.raised.clone_from(&source.raised);
        self.dispatched.clone_from(&source.dispatched);
        self.silent_for = source.silent_for;
        self.silence_step = source.silence_step;
        self.turn = source.turn;
        self.time = source.time;
        self.ended = source.ended;
    }
}
