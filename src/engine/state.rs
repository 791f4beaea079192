//! The whole state of a call as one plain value.

use serde::{Deserialize, Serialize};

use super::End;
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
    pub ended: Option<End>,
}

/// A growable set of small integers.
#[derive(Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct BitSet(Vec<u64>);

impl Clone for BitSet {
    fn clone(&self) -> Self {
        BitSet(self.0.clone())
    }

    fn clone_from(&mut self, source: &Self) {
        self.0.clone_from(&source.0);
    }
}

impl BitSet {
    pub fn with_len(bits: usize) -> BitSet {
        BitSet(vec![0; bits.div_ceil(64)])
    }

    /// Empties the set, keeping its allocation.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn insert(&mut self, i: usize) {
        let word = i / 64;
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

impl BitSet {
    /// Keeps only the bits also in `mask`, in a canonical form (no trailing zero words), so that
    /// equal sets compare and hash equal.
    pub fn retain_mask(&mut self, mask: &BitSet) {
        self.0.truncate(mask.0.len());
        for (w, m) in self.0.iter_mut().zip(&mask.0) {
            *w &= m;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
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
