//! The whole state of a call as one plain value.

use serde::{Deserialize, Serialize};

use super::End;
use crate::scenario::NodeIx;

/// Everything the engine knows about a call in progress, except its random stream. Plain data:
/// clonable, comparable, hashable and serialisable, so a call can be saved, resumed, compared
/// and memoised.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct BitSet(Vec<u64>);

impl BitSet {
    pub fn with_len(bits: usize) -> BitSet {
        BitSet(vec![0; bits.div_ceil(64)])
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
