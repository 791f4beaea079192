//! Shared leaf types: imports nothing of the crate, so any layer may use it.

use serde::{Deserialize, Serialize};

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
    /// An empty set with room for `bits` members without growing.
    pub fn with_len(bits: usize) -> BitSet {
        BitSet(vec![0; bits.div_ceil(64)])
    }

    /// Empties the set, keeping its allocation.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Adds `i`.
    pub fn insert(&mut self, i: usize) {
        let word = i / 64;
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (i % 64);
    }

    /// Whether `i` is in the set.
    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The members in increasing order.
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
