//! The explorer's memo table: every state packed into a fixed number of 32-bit words in one
//! arena, indexed by a hash table of state numbers. A state costs its words plus a few bytes of
//! index, and looking one up hashes a short slice.

use std::hash::{BuildHasher, BuildHasherDefault};

use hashbrown::HashTable;
use rustc_hash::FxHasher;

use super::{Score, State};
use doverie_core::bits::BitSet;
use doverie_core::engine::{CallState, End};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::Severity;
use doverie_core::scenario::Scenario;
use doverie_core::scenario::graph::FactsRead;
use doverie_core::score::Monitors;

/// Where each part of a state sits in its words.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    vars: usize,
    visited: Vec<usize>,
    raised: Vec<usize>,
    dispatched: Vec<usize>,
    /// Words of the packed monitors.
    monitors: usize,
    categories: usize,
    stride: usize,
    /// A state to decode into: the right shapes, any values.
    template: State,
}

fn bits(set: &BitSet) -> Vec<usize> {
    set.iter().collect()
}

impl Layout {
    pub(crate) fn new(scenario: &Scenario, protocol: &Protocol, facts: &FactsRead) -> Layout {
        let visited = bits(&facts.visited);
        let raised = bits(&facts.raised);
        let dispatched = bits(&facts.dispatched);
        let fact_words = (visited.len() + raised.len() + dispatched.len()).div_ceil(32);
        let categories = protocol.categories.len();
        let monitors = Monitors::new(protocol, scenario);
        let packed_monitors = monitors.packed_len();
        // node, ended, silent_for, silence_step, vars, facts, monitors, categories, worst.
        let stride = 4
            + scenario.variables.len()
            + fact_words
            + packed_monitors
            + categories.div_ceil(2)
            + 1;
        let mut events = Vec::new();
        let call = CallState::start(
            scenario,
            &mut doverie_core::engine::chance::First,
            &mut events,
        );
        let template = State {
            call,
            monitors,
            score: Score {
                categories: vec![(0, 0); categories],
                worst: None,
            },
        };
        Layout {
            vars: scenario.variables.len(),
            visited,
            raised,
            dispatched,
            monitors: packed_monitors,
            categories,
            stride,
            template,
        }
    }

    fn encode(&self, s: &State, out: &mut Vec<u32>) {
        out.clear();
        let c = &s.call;
        out.push(c.node);
        out.push(match c.ended {
            None => 0,
            Some(End::CounsellorHungUp) => 1,
            Some(End::Outcome(o)) => 2 + u32::from(o),
        });
        out.push(c.silent_for);
        out.push(u32::from(c.silence_step));
        out.extend(c.vars.iter().map(|&v| v as u32));
        let facts = self
            .visited
            .iter()
            .map(|&b| c.visited.contains(b))
            .chain(self.raised.iter().map(|&b| c.raised.contains(b)))
            .chain(self.dispatched.iter().map(|&b| c.dispatched.contains(b)));
        let mut word = 0u32;
        let mut n = 0;
        for bit in facts {
            word |= u32::from(bit) << (n % 32);
            n += 1;
            if n % 32 == 0 {
                out.push(word);
                word = 0;
            }
        }
        if n % 32 != 0 {
            out.push(word);
        }
        s.monitors.pack(out);
        for pair in s.score.categories.chunks(2) {
            let w = pair.iter().enumerate().fold(0u32, |w, (i, &(o, f))| {
                w | (u32::from(o) | u32::from(f) << 8) << (16 * i)
            });
            out.push(w);
        }
        out.push(s.score.worst.map_or(0, |w| 1 + w as u32));
        debug_assert_eq!(out.len(), self.stride);
    }

    fn decode(&self, words: &[u32], s: &mut State) {
        let at = self.decode_call(words, &mut s.call);
        self.decode_rest(&words[at..], s);
    }

    /// Decodes the call's part of a state; returns where the rest starts.
    fn decode_call(&self, words: &[u32], c: &mut CallState) -> usize {
        c.node = words[0];
        c.ended = match words[1] {
            0 => None,
            1 => Some(End::CounsellorHungUp),
            o => Some(End::Outcome((o - 2) as u16)),
        };
        c.silent_for = words[2];
        c.silence_step = words[3] as u16;
        c.turn = 0;
        c.time = 0;
        let mut at = 4;
        c.vars.clear();
        c.vars
            .extend(words[at..at + self.vars].iter().map(|&w| w as i32));
        at += self.vars;
        c.visited.clear();
        c.raised.clear();
        c.dispatched.clear();
        let total = self.visited.len() + self.raised.len() + self.dispatched.len();
        for n in 0..total {
            if words[at + n / 32] >> (n % 32) & 1 == 1 {
                if n < self.visited.len() {
                    c.visited.insert(self.visited[n]);
                } else if n < self.visited.len() + self.raised.len() {
                    c.raised.insert(self.raised[n - self.visited.len()]);
                } else {
                    c.dispatched
                        .insert(self.dispatched[n - self.visited.len() - self.raised.len()]);
                }
            }
        }
        at + total.div_ceil(32)
    }

    /// Decodes the monitors and the score (the words after the call's).
    fn decode_rest(&self, words: &[u32], s: &mut State) {
        let mut at = 0;
        s.monitors.unpack(&words[at..at + self.monitors]);
        at += self.monitors;
        s.score.categories.clear();
        for i in 0..self.categories {
            let w = words[at + i / 2] >> (16 * (i % 2));
            s.score
                .categories
                .push(((w & 0xff) as u8, (w >> 8 & 0xff) as u8));
        }
        at += self.categories.div_ceil(2);
        s.score.worst = match words[at] {
            0 => None,
            1 => Some(Severity::Minor),
            2 => Some(Severity::Moderate),
            3 => Some(Severity::Major),
            _ => Some(Severity::Critical),
        };
    }
}

type Hasher = BuildHasherDefault<FxHasher>;

/// The states found so far, numbered in the order found.
pub(crate) struct Table {
    layout: Layout,
    words: Vec<u32>,
    index: HashTable<u32>,
    hasher: Hasher,
    scratch: Vec<u32>,
}

impl Table {
    pub(crate) fn new(layout: Layout, expected: usize) -> Table {
        // The last state expanded before the bound adds its successors past it: room for them
        // saves copying the whole arena once at the very end.
        let expected = expected.min(1 << 20) + 4096;
        Table {
            words: Vec::with_capacity(expected * layout.stride),
            layout,
            index: HashTable::with_capacity(expected),

            hasher: Hasher::default(),
            scratch: Vec::new(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.index.len()
    }

    fn slot(&self, i: u32) -> &[u32] {
        let stride = self.layout.stride;
        &self.words[i as usize * stride..(i as usize + 1) * stride]
    }

    /// Adds a state unless an equal one is there; returns its number and whether it is new.
    pub(crate) fn insert(&mut self, s: &State) -> (u32, bool) {
        let mut scratch = std::mem::take(&mut self.scratch);
        self.layout.encode(s, &mut scratch);
        let hash = self.hasher.hash_one(&scratch[..]);
        let stride = self.layout.stride;
        let words = &self.words;
        let found = self
            .index
            .find(hash, |&i| {
                words[i as usize * stride..(i as usize + 1) * stride] == scratch[..]
            })
            .copied();
        let result = match found {
            Some(i) => (i, false),
            None => {
                let i = self.index.len() as u32;
                self.words.extend_from_slice(&scratch);
                let (words, hasher) = (&self.words, &self.hasher);
                self.index.insert_unique(hash, i, |&j| {
                    hasher.hash_one(&words[j as usize * stride..(j as usize + 1) * stride])
                });
                (i, true)
            }
        };
        self.scratch = scratch;
        result
    }

    /// Decodes state `i` into `s` (reusing its allocations).
    pub(crate) fn decode(&self, i: u32, s: &mut State) {
        self.layout.decode(self.slot(i), s);
    }

    /// Decodes only the call of state `i` into `s.call` (for reports that need no scores).
    pub(crate) fn decode_call(&self, i: u32, s: &mut State) {
        self.layout.decode_call(self.slot(i), &mut s.call);
    }

    /// A state of the right shape to decode into.
    pub(crate) fn empty_state(&self) -> State {
        self.layout.template.clone()
    }
}
