//! The explorer's memo table: every state packed into a fixed number of 32-bit words in one
//! arena, indexed by a hash table of state numbers. A state costs its words plus a few bytes of
//! index, and looking one up hashes a short slice.
//!
//! A state's words, in order: the node; the ending ([`NOT_ENDED`], [`HUNG_UP`], or
//! [`FIRST_OUTCOME`] plus the outcome); the seconds of silence so far; the silence reaction
//! reached; one word per variable; the visit, event and dispatch facts conditions read, one bit
//! each; the rule monitors ([`MonitorCodec`]); the category sums, two to a word
//! ([`CATEGORY_OPPORTUNITIES`], [`CATEGORY_FAILURES`]); the worst severity so far (0 for none,
//! else 1 plus the severity).
//!
//! Every field of a word is a [`Field`] (a shift and a width) named below: the layouts are
//! written once, here.

use std::hash::{BuildHasher, BuildHasherDefault};

use hashbrown::HashTable;
use rustc_hash::FxHasher;

use super::search::{Score, State};
use doverie_core::bits::BitSet;
use doverie_core::engine::{CallState, End};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::{Check, Severity};
use doverie_core::scenario::Scenario;
use doverie_core::scenario::graph::FactsRead;
use doverie_core::score::Monitors;
use doverie_core::score::monitor::RuleState;

/// A field of a 32-bit word: `width` bits from bit `shift`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    shift: u32,
    width: u32,
}

impl Field {
    /// The field of `width` bits right after `previous`.
    const fn after(previous: Field, width: u32) -> Field {
        Field {
            shift: previous.end(),
            width,
        }
    }

    /// The first bit after the field.
    const fn end(self) -> u32 {
        self.shift + self.width
    }

    /// The largest value the field holds.
    const fn max(self) -> u32 {
        (1 << self.width) - 1
    }

    /// The field's value in `word`.
    #[inline]
    fn get(self, word: u32) -> u32 {
        word >> self.shift & self.max()
    }

    /// Whether the one-bit field is set in `word`.
    #[inline]
    fn is_set(self, word: u32) -> bool {
        self.get(word) != 0
    }

    /// `value` in the field's place (`value` must fit).
    #[inline]
    fn put(self, value: u32) -> u32 {
        debug_assert!(value <= self.max(), "{value} does not fit in {self:?}");
        value << self.shift
    }
}

/// The first field of a word.
const fn first(width: u32) -> Field {
    Field { shift: 0, width }
}

// The ending word.
/// The call has not ended.
pub(crate) const NOT_ENDED: u32 = 0;
/// The counsellor hung up.
pub(crate) const HUNG_UP: u32 = 1;
/// Outcome `o` is `FIRST_OUTCOME + o`.
pub(crate) const FIRST_OUTCOME: u32 = 2;

/// Facts (one bit each) to a word.
const FACTS_PER_WORD: usize = u32::BITS as usize;

// The worst-severity word: severity `s` is `NO_DEVIATION + 1 + s`.
/// No deviation so far.
const NO_DEVIATION: u32 = 0;
/// The severities in the order they are numbered.
const SEVERITIES: [Severity; 4] = [
    Severity::Minor,
    Severity::Moderate,
    Severity::Major,
    Severity::Critical,
];

// The category words: two categories to a word, each its opportunities and failures
// (saturated at `CATEGORY_CAP`, which fits).
/// A category's opportunities, within its half of a word.
pub(crate) const CATEGORY_OPPORTUNITIES: Field = first(8);
/// A category's failures, within its half of a word.
pub(crate) const CATEGORY_FAILURES: Field = Field::after(CATEGORY_OPPORTUNITIES, 8);
/// Categories per word, and the width of each one's half.
const CATEGORIES_PER_WORD: usize = 2;
const CATEGORY_BITS: u32 = CATEGORY_FAILURES.end();
const _: () = assert!(CATEGORY_BITS as usize * CATEGORIES_PER_WORD <= 32);
const _: () = assert!(super::CATEGORY_CAP as u32 <= CATEGORY_OPPORTUNITIES.max());
const _: () = assert!(super::CATEGORY_CAP as u32 <= CATEGORY_FAILURES.max());

// The monitors' head word.
/// The call has started for the monitors.
const STARTED: Field = first(1);
/// The call has ended for the monitors.
const ENDED: Field = Field::after(STARTED, 1);
// Bits 2-31 of the head word are spare.

// A rule's word: the fields every rule form has, then its form's own.
/// The rule's form ([`Form`]); spare values are left for new forms.
const FORM: Field = first(3);
/// Opportunities (saturated at `COUNTER_CAP`).
const OPPORTUNITIES: Field = Field::after(FORM, 2);
/// Failures (saturated at `COUNTER_CAP`).
const FAILURES: Field = Field::after(OPPORTUNITIES, 2);
/// The counsellor has had a turn since the rule was armed or its window opened.
const TURNED: Field = Field::after(FAILURES, 1);
const _: () = assert!(super::COUNTER_CAP as u32 <= OPPORTUNITIES.max());
const _: () = assert!(super::COUNTER_CAP as u32 <= FAILURES.max());

/// `Never`: the rule applies now.
const NEVER_ARMED: Field = Field::after(TURNED, 1);
/// `Never`: the current opportunity has already failed.
const NEVER_FAILED_NOW: Field = Field::after(NEVER_ARMED, 1);
/// `Never`: `unless` has happened; the rule no longer applies.
const NEVER_EXCUSED: Field = Field::after(NEVER_FAILED_NOW, 1);
/// `Never`: the current opportunity is counted (the counsellor acted while it applied).
const NEVER_COUNTED: Field = Field::after(NEVER_EXCUSED, 1);

/// `Within`: a window is open.
const WITHIN_PENDING: Field = Field::after(TURNED, 1);
/// `Within`: turns to the window's deadline, relative to now; the largest value means none (and
/// stands for any deadline at least that far).
const WITHIN_TURNS: Field = Field::after(WITHIN_PENDING, 7);
/// `Within`: seconds to the window's deadline, relative to now; the largest value means none
/// (and stands for any deadline at least that far).
const WITHIN_SECONDS: Field = Field::after(WITHIN_TURNS, 12);
/// `Within` graded: the open window is the further one (an answer now is late).
const WITHIN_OVERDUE: Field = Field::after(WITHIN_SECONDS, 1);
/// `Within`: `unless` has happened; the rule no longer applies.
const WITHIN_EXCUSED: Field = Field::after(WITHIN_OVERDUE, 1);
/// `Within` with `early`: the expected was done before.
const WITHIN_EARLY: Field = Field::after(WITHIN_EXCUSED, 1);
/// `Within`: some failure was a missing answer, not only a late one.
const WITHIN_MISSED: Field = Field::after(WITHIN_EARLY, 1);
const _: () = assert!(WITHIN_MISSED.end() <= 32);

/// `Before`: what the pattern requires has happened.
const BEFORE_SEEN_REQUIRES: Field = Field::after(TURNED, 1);
/// `Before`: what excuses the pattern has happened.
const BEFORE_SEEN_UNLESS: Field = Field::after(BEFORE_SEEN_REQUIRES, 1);

/// `Eventually`: the rule applies (from the start, or since its opening pattern).
const EVENTUALLY_ARMED: Field = Field::after(TURNED, 1);
/// `Eventually`: what it expects has happened.
const EVENTUALLY_SATISFIED: Field = Field::after(EVENTUALLY_ARMED, 1);
/// `Eventually`: `unless` has happened; the rule no longer applies.
const EVENTUALLY_EXCUSED: Field = Field::after(EVENTUALLY_SATISFIED, 1);

/// `Consented` and `Justified`: what justifies a dispatch without consent has happened.
const CONSENT_JUSTIFIED: Field = Field::after(TURNED, 1);

/// A rule's form, as written in its word's [`FORM`] field. Values 6 and 7 are spare: a new
/// form of rule takes one, and its own fields after [`TURNED`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
enum Form {
    Never = 0,
    Within = 1,
    Before = 2,
    Eventually = 3,
    Consented = 4,
    Justified = 5,
}

impl Form {
    fn of(check: &Check) -> Form {
        match check {
            Check::Never { .. } => Form::Never,
            Check::Within { .. } => Form::Within,
            Check::Before { .. } => Form::Before,
            Check::Eventually { .. } => Form::Eventually,
            Check::Consented { .. } => Form::Consented,
            Check::Justified { .. } => Form::Justified,
        }
    }
}

/// The monitors' packed encoding: a head word ([`STARTED`] bit 0, [`ENDED`] bit 1, bits 2-31
/// spare), the consent word (the services the caller consented to, a bit each), then one word
/// per rule the scenario can move (those of [`Monitors::active`], in that order). A rule's word starts with the fields every form has, then its form's own:
///
/// | bits  | every form                          |
/// |-------|-------------------------------------|
/// | 0-2   | [`FORM`]: 0 `Never`, 1 `Within`, 2 `Before`, 3 `Eventually`, 4 `Consented`, 5 `Justified`; 6-7 spare |
/// | 3-4   | [`OPPORTUNITIES`] (0-3)             |
/// | 5-6   | [`FAILURES`] (0-3)                  |
/// | 7     | [`TURNED`]                          |
///
/// | bits  | `Never`              | `Within`                        | `Before`                 | `Eventually`             |
/// |-------|----------------------|---------------------------------|--------------------------|--------------------------|
/// | 8     | [`NEVER_ARMED`]      | [`WITHIN_PENDING`]              | [`BEFORE_SEEN_REQUIRES`] | [`EVENTUALLY_ARMED`]     |
/// | 9     | [`NEVER_FAILED_NOW`] | [`WITHIN_TURNS`] (9-15, 127: none)   | [`BEFORE_SEEN_UNLESS`]   | [`EVENTUALLY_SATISFIED`] |
/// | 10    | [`NEVER_EXCUSED`]    | [`WITHIN_SECONDS`] (16-27, 4,095: none) | spare               | [`EVENTUALLY_EXCUSED`]   |
/// | 11    | [`NEVER_COUNTED`]    | 28 [`WITHIN_OVERDUE`], 29 [`WITHIN_EXCUSED`], 30 [`WITHIN_EARLY`], 31 [`WITHIN_MISSED`] | spare | spare |
/// | 12-31 | spare                |                                 | spare                    | spare                    |
///
/// `Consented` and `Justified` words have [`CONSENT_JUSTIFIED`] at bit 8. Every form but
/// `Within` fails only at the rule's own severity, so its `missed` is `failures > 0`.
///
/// A new form of rule takes a spare form value and lays out its own fields from bit 8. A form's
/// word leaves out the fields that form never sets (they keep their starting values; `pack`
/// checks this in debug builds), so two normalised monitors are equal exactly when their words
/// are. The monitors must be normalised ([`Monitors::normalize`]): counters at most
/// `COUNTER_CAP`, windows relative to now; deadlines at least as far as a field's largest value
/// are kept as none.
#[derive(Debug, Clone)]
pub(crate) struct MonitorCodec {
    /// The form of each active rule, in order.
    forms: Vec<Form>,
}

impl MonitorCodec {
    pub(crate) fn new(protocol: &Protocol, monitors: &Monitors) -> MonitorCodec {
        MonitorCodec {
            forms: monitors
                .active()
                .iter()
                .map(|&i| Form::of(&protocol.rules[usize::from(i)].check))
                .collect(),
        }
    }

    /// How many words [`MonitorCodec::pack`] writes.
    pub(crate) fn len(&self) -> usize {
        2 + self.forms.len()
    }

    /// Appends the packed monitors to `out`.
    pub(crate) fn pack(&self, m: &Monitors, out: &mut Vec<u32>) {
        out.push(STARTED.put(u32::from(m.is_started())) | ENDED.put(u32::from(m.is_ended())));
        out.push(m.consented());
        for (&i, &form) in m.active().iter().zip(&self.forms) {
            let s = &m.rules[usize::from(i)];
            let word = pack_rule(form, s);
            if cfg!(debug_assertions) {
                let mut kept = *s;
                kept.opportunities = kept.opportunities.min(super::COUNTER_CAP);
                kept.failures = kept.failures.min(super::COUNTER_CAP);
                debug_assert_eq!(
                    unpack_rule(word),
                    kept,
                    "what a {form:?} rule's word leaves out"
                );
            }
            out.push(word);
        }
    }

    /// Unpacks `words` (as [`MonitorCodec::pack`] wrote them) into `m`, reusing its allocation.
    pub(crate) fn unpack(&self, words: &[u32], m: &mut Monitors) {
        let [head, consented, rules @ ..] = words else {
            return;
        };
        m.restore(
            STARTED.is_set(*head),
            ENDED.is_set(*head),
            *consented,
            rules.iter().map(|&w| unpack_rule(w)),
        );
    }
}

/// A deadline relative to now in `field`: its largest value stands for none.
fn pack_deadline(field: Field, d: u32) -> u32 {
    field.put(d.min(field.max()))
}

fn unpack_deadline(field: Field, word: u32) -> u32 {
    match field.get(word) {
        d if d == field.max() => u32::MAX,
        d => d,
    }
}

fn pack_rule(form: Form, s: &RuleState) -> u32 {
    let flag = |field: Field, b: bool| field.put(u32::from(b));
    let mut w = FORM.put(form as u32)
        | OPPORTUNITIES.put(u32::from(s.opportunities.min(super::COUNTER_CAP)))
        | FAILURES.put(u32::from(s.failures.min(super::COUNTER_CAP)))
        | flag(TURNED, s.turned);
    w |= match form {
        Form::Never => {
            flag(NEVER_ARMED, s.armed)
                | flag(NEVER_FAILED_NOW, s.failed_now)
                | flag(NEVER_EXCUSED, s.excused)
                | flag(NEVER_COUNTED, s.counted)
        }
        Form::Within => {
            s.pending.map_or(0, |(turns, seconds)| {
                flag(WITHIN_PENDING, true)
                    | pack_deadline(WITHIN_TURNS, turns)
                    | pack_deadline(WITHIN_SECONDS, seconds)
            }) | flag(WITHIN_OVERDUE, s.overdue)
                | flag(WITHIN_EXCUSED, s.excused)
                | flag(WITHIN_EARLY, s.early)
                | flag(WITHIN_MISSED, s.missed)
        }
        Form::Before => {
            flag(BEFORE_SEEN_REQUIRES, s.seen_requires) | flag(BEFORE_SEEN_UNLESS, s.seen_unless)
        }
        Form::Eventually => {
            flag(EVENTUALLY_ARMED, s.armed)
                | flag(EVENTUALLY_SATISFIED, s.satisfied)
                | flag(EVENTUALLY_EXCUSED, s.excused)
        }
        Form::Consented | Form::Justified => flag(CONSENT_JUSTIFIED, s.seen_unless),
    };
    w
}

/// The rule's state from its word; what the word leaves out keeps its starting value.
fn unpack_rule(w: u32) -> RuleState {
    let mut s = RuleState::default();
    s.opportunities = OPPORTUNITIES.get(w) as u16;
    s.failures = FAILURES.get(w) as u16;
    s.turned = TURNED.is_set(w);
    s.missed = s.failures > 0;
    match FORM.get(w) {
        f if f == Form::Never as u32 => {
            s.armed = NEVER_ARMED.is_set(w);
            s.failed_now = NEVER_FAILED_NOW.is_set(w);
            s.excused = NEVER_EXCUSED.is_set(w);
            s.counted = NEVER_COUNTED.is_set(w);
        }
        f if f == Form::Within as u32 => {
            s.pending = WITHIN_PENDING.is_set(w).then(|| {
                (
                    unpack_deadline(WITHIN_TURNS, w),
                    unpack_deadline(WITHIN_SECONDS, w),
                )
            });
            s.overdue = WITHIN_OVERDUE.is_set(w);
            s.excused = WITHIN_EXCUSED.is_set(w);
            s.early = WITHIN_EARLY.is_set(w);
            s.missed = WITHIN_MISSED.is_set(w);
        }
        f if f == Form::Before as u32 => {
            s.seen_requires = BEFORE_SEEN_REQUIRES.is_set(w);
            s.seen_unless = BEFORE_SEEN_UNLESS.is_set(w);
        }
        f if f == Form::Eventually as u32 => {
            s.armed = EVENTUALLY_ARMED.is_set(w);
            s.satisfied = EVENTUALLY_SATISFIED.is_set(w);
            s.excused = EVENTUALLY_EXCUSED.is_set(w);
        }
        f => {
            debug_assert!(
                f == Form::Consented as u32 || f == Form::Justified as u32,
                "a spare form value"
            );
            s.seen_unless = CONSENT_JUSTIFIED.is_set(w);
        }
    }
    s
}

/// Where each part of a state sits in its words.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    vars: usize,
    visited: Vec<usize>,
    raised: Vec<usize>,
    dispatched: Vec<usize>,
    /// The monitors' encoding.
    monitors: MonitorCodec,
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
        let fact_words = (visited.len() + raised.len() + dispatched.len()).div_ceil(FACTS_PER_WORD);
        let categories = protocol.categories.len();
        let monitors = Monitors::new(protocol, scenario);
        let codec = MonitorCodec::new(protocol, &monitors);
        // node, ended, silent_for, silence_step, vars, facts, monitors, categories, worst.
        let stride = 4
            + scenario.variables.len()
            + fact_words
            + codec.len()
            + categories.div_ceil(CATEGORIES_PER_WORD)
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
            monitors: codec,
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
            None => NOT_ENDED,
            Some(End::CounsellorHungUp) => HUNG_UP,
            Some(End::Outcome(o)) => FIRST_OUTCOME + u32::from(o),
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
            word |= u32::from(bit) << (n % FACTS_PER_WORD);
            n += 1;
            if n % FACTS_PER_WORD == 0 {
                out.push(word);
                word = 0;
            }
        }
        if n % FACTS_PER_WORD != 0 {
            out.push(word);
        }
        self.monitors.pack(&s.monitors, out);
        for pair in s.score.categories.chunks(CATEGORIES_PER_WORD) {
            let w = pair.iter().enumerate().fold(0u32, |w, (i, &(o, f))| {
                let half =
                    CATEGORY_OPPORTUNITIES.put(u32::from(o)) | CATEGORY_FAILURES.put(u32::from(f));
                w | half << (CATEGORY_BITS * i as u32)
            });
            out.push(w);
        }
        out.push(s.score.worst.map_or(NO_DEVIATION, |w| {
            debug_assert_eq!(SEVERITIES[w as usize], w);
            NO_DEVIATION + 1 + w as u32
        }));
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
            NOT_ENDED => None,
            HUNG_UP => Some(End::CounsellorHungUp),
            o => Some(End::Outcome((o - FIRST_OUTCOME) as u16)),
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
            if words[at + n / FACTS_PER_WORD] >> (n % FACTS_PER_WORD) & 1 == 1 {
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
        at + total.div_ceil(FACTS_PER_WORD)
    }

    /// Decodes the monitors and the score (the words after the call's).
    fn decode_rest(&self, words: &[u32], s: &mut State) {
        let mut at = 0;
        let monitors = self.monitors.len();
        self.monitors
            .unpack(&words[at..at + monitors], &mut s.monitors);
        at += monitors;
        s.score.categories.clear();
        for i in 0..self.categories {
            let half = words[at + i / CATEGORIES_PER_WORD]
                >> (CATEGORY_BITS * (i % CATEGORIES_PER_WORD) as u32);
            s.score.categories.push((
                CATEGORY_OPPORTUNITIES.get(half) as u8,
                CATEGORY_FAILURES.get(half) as u8,
            ));
        }
        at += self.categories.div_ceil(CATEGORIES_PER_WORD);
        s.score.worst = match words[at] {
            NO_DEVIATION => None,
            w => Some(SEVERITIES[(w - NO_DEVIATION - 1) as usize]),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form's word gives back the fields that form sets, and the fields fit their words.
    #[test]
    fn rule_words_round_trip() {
        for f in [
            NEVER_COUNTED,
            WITHIN_MISSED,
            BEFORE_SEEN_UNLESS,
            EVENTUALLY_EXCUSED,
            CONSENT_JUSTIFIED,
        ] {
            assert!(f.end() <= u32::BITS);
        }
        // States as the monitors leave them: a failure at the rule's own severity is `missed`.
        let mut never = RuleState::default();
        (never.opportunities, never.failures, never.missed) = (3, 2, true);
        (never.armed, never.failed_now, never.turned, never.counted) = (true, true, true, true);
        let mut never_excused = RuleState::default();
        never_excused.excused = true;
        let mut within = RuleState::default();
        (within.opportunities, within.turned) = (1, true);
        within.pending = Some((WITHIN_TURNS.max() - 1, WITHIN_SECONDS.max() - 1));
        let mut within_open = RuleState::default();
        within_open.pending = Some((u32::MAX, u32::MAX));
        // A graded rule answered late: a failure, but not `missed`; overdue, early, excused.
        let mut within_late = RuleState::default();
        (within_late.opportunities, within_late.failures) = (2, 1);
        (within_late.overdue, within_late.early, within_late.excused) = (true, true, true);
        within_late.pending = Some((3, 40));
        let mut before = RuleState::default();
        (before.seen_requires, before.seen_unless, before.failures) = (true, true, 1);
        before.missed = true;
        let mut eventually = RuleState::default();
        (eventually.armed, eventually.satisfied, eventually.excused) = (true, true, true);
        let mut consented = RuleState::default();
        (
            consented.opportunities,
            consented.failures,
            consented.missed,
        ) = (2, 1, true);
        consented.seen_unless = true;
        let mut justified = RuleState::default();
        (justified.opportunities, justified.seen_unless) = (1, true);
        for (form, s) in [
            (Form::Never, never),
            (Form::Never, never_excused),
            (Form::Within, within),
            (Form::Within, within_open),
            (Form::Within, within_late),
            (Form::Before, before),
            (Form::Eventually, eventually),
            (Form::Eventually, RuleState::default()),
            (Form::Consented, consented),
            (Form::Justified, justified),
        ] {
            let w = pack_rule(form, &s);
            assert_eq!(FORM.get(w), form as u32);
            assert_eq!(unpack_rule(w), s, "{form:?}");
        }
        // A deadline beyond what a field holds is kept as none.
        let mut far = RuleState::default();
        far.pending = Some((WITHIN_TURNS.max(), 1 << 20));
        let back = unpack_rule(pack_rule(Form::Within, &far));
        assert_eq!(back.pending, Some((u32::MAX, u32::MAX)));
    }
}
