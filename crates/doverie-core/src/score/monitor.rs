//! Rule monitors: each rule of the protocol watches the call's events and counts opportunities
//! and deviations.
//!
//! Monitor state is plain data (clonable, comparable, hashable), so it can be part of a call's
//! state wherever the whole state is needed (the explorer memoises on it).

use std::sync::Arc;

use crate::engine::{End, Event, Stamped};
use crate::protocol::rules::{Check, Pattern, Severity};
use crate::protocol::{ActIx, EventIx, Protocol, ServiceIx};
use crate::scenario::Scenario;

/// The rules a call of `scenario` can ever move: those armed when the call starts, and those
/// whose opening pattern (`after`, `trigger`, or `Before`'s pattern) some signal of the scenario
/// can match: an act of one of its options, an event it raises, a silence it reacts to, any
/// dispatch, hanging up. Every other rule keeps its starting state, with no opportunity,
/// whatever happens, so skipping it changes no score.
fn active_rules(protocol: &Protocol, scenario: &Scenario) -> Arc<[u16]> {
    use crate::bits::BitSet;
    let mut acts = BitSet::default();
    let mut events = BitSet::default();
    let mut silences: Vec<u32> = scenario.default_silence.iter().map(|s| s.after).collect();
    let mut reactions: Vec<&crate::scenario::Reaction> = scenario
        .default_silence
        .iter()
        .map(|s| &s.reaction)
        .collect();
    reactions.extend(scenario.default_dispatch.iter().map(|d| &d.reaction));
    for n in &scenario.nodes {
        n.events.iter().for_each(|&e| events.insert(usize::from(e)));
        for o in &n.options {
            o.acts.iter().for_each(|&a| acts.insert(usize::from(a)));
        }
        for s in n.silence.iter().flatten() {
            silences.push(s.after);
            reactions.push(&s.reaction);
        }
        reactions.extend(n.dispatch.iter().map(|d| &d.reaction));
    }
    for r in reactions {
        r.events.iter().for_each(|&e| events.insert(usize::from(e)));
    }
    let can_match = |p: &Pattern| {
        p.call_start
            || p.hang_up
            || p.any_dispatch
            || p.closed_dispatch
            || p.services.iter().next().is_some()
            || p.acts.iter().any(|a| acts.contains(a))
            || p.events.iter().any(|e| events.contains(e))
            || p.silence
                .is_some_and(|min| silences.iter().any(|&s| s >= min))
    };
    // A rule can move only if what opens an opportunity can happen.
    let can_move = |check: &Check| match check {
        Check::Consented { .. } | Check::Justified { .. } => true,
        Check::Never { after: None, .. } => true,
        Check::Never { after: Some(a), .. } => can_match(a),
        Check::Within { trigger, .. } => can_match(trigger),
        Check::Before { pattern, .. } => can_match(pattern),
        Check::Eventually {
            topic: None,
            after: None,
            ..
        } => true,
        Check::Eventually {
            topic: Some(t),
            after: None,
            ..
        } => scenario.caller.topics.contains(t),
        Check::Eventually { after: Some(a), .. } => can_match(a),
    };
    protocol
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| can_move(&r.check))
        .map(|(i, _)| i as u16)
        .collect()
}

/// What a monitor sees of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal<'a> {
    /// The call started.
    CallStart,
    /// The counsellor chose an option with these acts.
    Acts(&'a [ActIx]),
    /// The caller raised this event.
    Event(EventIx),
    /// The counsellor dispatched this service, with or without the caller's consent for it.
    Dispatch {
        /// The service.
        service: ServiceIx,
        /// The caller had consented to it (and not refused it since).
        consented: bool,
    },
    /// The counsellor called this service, and it does not answer at this hour.
    Closed(ServiceIx),
    /// A silence of this many seconds.
    Silence(u32),
    /// The counsellor hung up.
    HangUp,
    /// The call ended.
    CallEnd,
}

impl Pattern {
    /// Whether a signal matches the pattern.
    pub fn matches(&self, signal: Signal<'_>) -> bool {
        match signal {
            Signal::CallStart => self.call_start,
            Signal::Acts(acts) => acts.iter().any(|&a| self.acts.contains(usize::from(a))),
            Signal::Event(e) => self.events.contains(usize::from(e)),
            Signal::Dispatch { service, .. } => {
                self.any_dispatch || self.services.contains(usize::from(service))
            }
            Signal::Closed(_) => self.closed_dispatch,
            Signal::Silence(s) => self.silence.is_some_and(|min| s >= min),
            Signal::HangUp => self.hang_up,
            Signal::CallEnd => false,
        }
    }
}

/// One rule's state within a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RuleState {
    /// Moments (or calls) where the rule applied.
    pub opportunities: u16,
    /// Opportunities not handled well.
    pub failures: u16,
    /// For `Never` and `Eventually`: the rule currently applies.
    pub armed: bool,
    /// The turn at which the rule was armed, or the pending window opened (0 once normalised,
    /// see [`Monitors::normalize`]).
    since: u32,
    /// The counsellor has had a turn since then (so the rule had a real opportunity).
    pub turned: bool,
    /// For `Never`: the current opportunity has already failed.
    pub failed_now: bool,
    /// For `Never`: the current opportunity is counted (the counsellor has acted while the
    /// rule applied).
    pub counted: bool,
    /// For `Within`: an open window (deadline turn, deadline time; `u32::MAX` for none).
    pub pending: Option<(u32, u32)>,
    /// For `Before`: what the pattern requires has happened.
    pub seen_requires: bool,
    /// For `Before`: what excuses the pattern has happened.
    pub seen_unless: bool,
    /// For `Eventually`: what the rule expects has happened.
    pub satisfied: bool,
    /// For `Never`, `Within` and `Eventually`: `unless` has happened; the rule no longer applies.
    pub excused: bool,
    /// For a graded `Within`: the open window is the further one (the answer is late now).
    pub overdue: bool,
    /// For `Within` with `early`: what the rule expects was done outside any window.
    pub early: bool,
    /// Some failure was at the rule's own severity (not only late answers of a graded rule).
    pub missed: bool,
}

impl RuleState {
    fn fail(&mut self) {
        self.failures += 1;
        self.missed = true;
    }
}

/// The gravest deviation a rule's state holds, if any: a graded rule's late answers are less
/// grave than a missing one.
pub fn worst(check: &Check, severity: Severity, s: &RuleState) -> Option<Severity> {
    match check {
        _ if s.failures == 0 => None,
        Check::Within {
            late: Some(late), ..
        } if !s.missed => Some(late.severity),
        _ => Some(severity),
    }
}

/// A rule's finding at a moment of the call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's index in the protocol.
    pub rule: u16,
    /// The counsellor turn.
    pub turn: u32,
    /// Seconds of the call's time.
    pub time: u32,
    /// What was found.
    pub kind: FindingKind,
}

/// What a finding is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// A deviation, and how the rule was broken.
    Deviation(Miss),
    /// An opportunity handled well.
    Kept,
}

/// The monitors of every rule of a protocol, for one call.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Monitors {
    /// Each rule's monitor, by the rule's index.
    pub rules: Vec<RuleState>,
    /// The rules this scenario can ever move; the others keep their starting state for the
    /// whole call (no opportunity), so they are not stepped, drained or packed.
    active: Arc<[u16]>,
    /// The services the caller has consented to and not refused since, as a mask over
    /// service indices.
    consented: u32,
    started: bool,
    ended: bool,
}

impl Monitors {
    /// Monitors for a call of `scenario`; rules that depend on a topic are armed from the start.
    pub fn new(protocol: &Protocol, scenario: &Scenario) -> Monitors {
        let rules = protocol
            .rules
            .iter()
            .map(|rule| {
                let mut s = RuleState::default();
                if let Check::Eventually {
                    topic: Some(t),
                    after: None,
                    ..
                } = &rule.check
                {
                    s.armed = scenario.caller.topics.iter().any(|x| x == t);
                }
                if let Check::Eventually {
                    topic: None,
                    after: None,
                    ..
                } = &rule.check
                {
                    s.armed = true;
                }
                s
            })
            .collect();
        Monitors {
            rules,
            active: active_rules(protocol, scenario),
            consented: 0,
            started: false,
            ended: false,
        }
    }

    /// Feeds the call's events in order, reporting findings.
    pub fn observe_all(
        &mut self,
        protocol: &Protocol,
        scenario: &Scenario,
        events: &[Stamped],
        sink: &mut dyn FnMut(Finding),
    ) {
        for e in events {
            self.observe(protocol, scenario, e, sink);
        }
    }

    /// Feeds one event. The first event of a call also starts it for the monitors.
    pub fn observe(
        &mut self,
        protocol: &Protocol,
        scenario: &Scenario,
        e: &Stamped,
        sink: &mut dyn FnMut(Finding),
    ) {
        if self.ended {
            return;
        }
        if !self.started {
            self.started = true;
            self.signal(protocol, Signal::CallStart, e.turn, e.time, sink);
        }
        match e.event {
            Event::OptionChosen { node, option } => {
                let acts = &scenario.node(node).options[usize::from(option)].acts;
                self.signal(protocol, Signal::Acts(acts), e.turn, e.time, sink);
            }
            Event::CallerEvent(ev) => {
                if let Some(Some(c)) = protocol.consent.get(usize::from(ev)) {
                    if c.given {
                        self.consented |= c.services;
                    } else {
                        self.consented &= !c.services;
                    }
                }
                self.signal(protocol, Signal::Event(ev), e.turn, e.time, sink)
            }
            Event::ServiceDispatched(service) => {
                let consented = service < 32 && self.consented & (1 << service) != 0;
                let signal = Signal::Dispatch { service, consented };
                self.signal(protocol, signal, e.turn, e.time, sink)
            }
            Event::Silence { seconds } => {
                self.signal(protocol, Signal::Silence(seconds), e.turn, e.time, sink)
            }
            Event::CallEnded(end) => {
                if end == End::CounsellorHungUp {
                    self.signal(protocol, Signal::HangUp, e.turn, e.time, sink);
                }
                self.signal(protocol, Signal::CallEnd, e.turn, e.time, sink);
                self.ended = true;
            }
            Event::ServiceClosed(service) => {
                self.signal(protocol, Signal::Closed(service), e.turn, e.time, sink)
            }
            Event::NodeEntered(_) | Event::CallerLine(_) | Event::VariableChanged { .. } => {}
        }
    }

    /// Whether the call has ended for the monitors (no more findings).
    pub fn is_ended(&self) -> bool {
        self.ended
    }

    fn signal(
        &mut self,
        protocol: &Protocol,
        signal: Signal<'_>,
        turn: u32,
        time: u32,
        sink: &mut dyn FnMut(Finding),
    ) {
        for &i in self.active.iter() {
            let (rule, state) = (
                &protocol.rules[usize::from(i)],
                &mut self.rules[usize::from(i)],
            );
            // A window missed is shown at the first answer after what opened it: where the
            // chance was missed, not where the window closed.
            let opened = state.since;
            let mut find = |kind: FindingKind| {
                let turn = match kind {
                    FindingKind::Deviation(Miss::Late | Miss::Ended | Miss::Overdue) => {
                        opened.saturating_add(1).min(turn)
                    }
                    _ => turn,
                };
                sink(Finding {
                    rule: i,
                    turn,
                    time,
                    kind,
                })
            };
            step(&rule.check, state, signal, turn, time, &mut find);
        }
    }
}

/// How a rule was broken (the scorecard names the patterns: see `card::Reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Miss {
    /// `Never`: the pattern happened.
    Happened,
    /// `Within`: the window closed without the expected.
    Late,
    /// A graded `Within`: the expected came, after the window but within the further one.
    Overdue,
    /// `Consented`: a dispatch without the caller's consent for that service, unjustified.
    WithoutConsent,
    /// `Within`: the call ended without the expected.
    Ended,
    /// `Before`: the pattern came before what it requires.
    TooEarly,
    /// `Eventually`: the call ended without it.
    NeverDone,
}

fn step(
    check: &Check,
    s: &mut RuleState,
    signal: Signal<'_>,
    turn: u32,
    time: u32,
    find: &mut dyn FnMut(FindingKind),
) {
    // The counsellor has had their chance once a turn has passed, or once they let the
    // caller wait in silence (a silence the scenario reacts to is the counsellor's choice).
    if turn > s.since || matches!(signal, Signal::Silence(_)) {
        s.turned = true;
    }
    match check {
        Check::Never {
            pattern,
            after,
            until,
            unless,
        } => never(s, signal, turn, find, pattern, after, until, unless),
        Check::Within {
            trigger,
            expect,
            turns,
            seconds,
            late,
            early,
            unless,
        } => {
            if s.excused {
                return;
            }
            if unless.as_ref().is_some_and(|u| u.matches(signal)) {
                s.excused = true;
                if s.pending.take().is_some() {
                    s.opportunities -= 1;
                    s.overdue = false;
                }
                return;
            }
            if *early && expect.matches(signal) {
                s.early = true;
            }
            if let Some((deadline_turn, deadline_time)) = s.pending {
                let past = turn > deadline_turn || time > deadline_time;
                if past
                    && !s.overdue
                    && let Some(l) = late
                {
                    // On time is over; the answer is late from now on, until the further
                    // window closes too.
                    let further =
                        |deadline: u32, own: Option<u32>, more: Option<u32>| match (own, more) {
                            _ if deadline == u32::MAX => u32::MAX,
                            (Some(own), Some(more)) => {
                                deadline.saturating_add(more.saturating_sub(own))
                            }
                            _ => u32::MAX,
                        };
                    s.overdue = true;
                    s.pending = Some((
                        further(deadline_turn, *turns, l.turns),
                        further(deadline_time, *seconds, l.seconds),
                    ));
                }
            }
            if let Some((deadline_turn, deadline_time)) = s.pending {
                let past = turn > deadline_turn || time > deadline_time;
                let ended = signal == Signal::CallEnd;
                if past || (ended && s.turned) {
                    s.pending = None;
                    s.overdue = false;
                    s.fail();
                    find(FindingKind::Deviation(if past {
                        Miss::Late
                    } else {
                        Miss::Ended
                    }));
                } else if ended {
                    // The call ended before the counsellor had a turn or let a silence pass: no
                    // opportunity after all.
                    s.pending = None;
                    s.opportunities -= 1;
                } else if expect.matches(signal) {
                    s.pending = None;
                    if s.overdue {
                        s.overdue = false;
                        s.failures += 1;
                        find(FindingKind::Deviation(Miss::Overdue));
                    } else {
                        find(FindingKind::Kept);
                    }
                }
            }
            if s.pending.is_none() && trigger.matches(signal) {
                s.opportunities += 1;
                if *early && s.early {
                    find(FindingKind::Kept);
                } else {
                    s.since = turn;
                    s.turned = false;
                    s.pending = Some((
                        turns.map_or(u32::MAX, |t| turn.saturating_add(t)),
                        seconds.map_or(u32::MAX, |sec| time.saturating_add(sec)),
                    ));
                }
            }
        }
        Check::Before {
            pattern,
            requires,
            unless,
        } => {
            if requires.matches(signal) {
                s.seen_requires = true;
            }
            if unless.as_ref().is_some_and(|u| u.matches(signal)) {
                s.seen_unless = true;
            }
            if pattern.matches(signal) {
                s.opportunities += 1;
                if s.seen_requires || s.seen_unless {
                    find(FindingKind::Kept);
                } else {
                    s.fail();
                    find(FindingKind::Deviation(Miss::TooEarly));
                }
            }
        }
        Check::Eventually {
            expect,
            after,
            unless,
            ..
        } => {
            if s.excused {
                return;
            }
            if unless.as_ref().is_some_and(|u| u.matches(signal)) {
                // Good practice already kept still counts; what was still to come no longer
                // applies.
                s.excused = true;
                if s.armed && s.satisfied {
                    s.opportunities += 1;
                }
                s.armed = false;
                return;
            }
            if let Some(a) = after
                && !s.armed
                && a.matches(signal)
            {
                s.armed = true;
                s.since = turn;
                s.turned = false;
            }
            if signal == Signal::CallStart && s.armed {
                s.since = turn;
                s.turned = false;
            }
            if s.armed && !s.satisfied && expect.matches(signal) {
                s.satisfied = true;
                find(FindingKind::Kept);
            }
            if signal == Signal::CallEnd && s.armed {
                if s.satisfied {
                    s.opportunities += 1;
                } else if s.turned {
                    s.opportunities += 1;
                    s.fail();
                    find(FindingKind::Deviation(Miss::NeverDone));
                }
            }
        }
        Check::Consented { unless } => {
            if unless.as_ref().is_some_and(|u| u.matches(signal)) {
                s.seen_unless = true;
            }
            if let Signal::Dispatch { consented, .. } = signal {
                if consented {
                    s.opportunities += 1;
                    find(FindingKind::Kept);
                } else if !s.seen_unless {
                    s.opportunities += 1;
                    s.fail();
                    find(FindingKind::Deviation(Miss::WithoutConsent));
                }
            }
        }
        Check::Justified { by } => {
            if by.matches(signal) {
                s.seen_unless = true;
            }
            if let Signal::Dispatch {
                consented: false, ..
            } = signal
                && s.seen_unless
            {
                s.opportunities += 1;
                find(FindingKind::Kept);
            }
        }
    }
}

/// A `Never` rule's step. Its opportunity counts once the counsellor has said something while
/// it applies (or broke it): a call that ends before the counsellor did anything gave no
/// chance to keep it.
#[allow(clippy::too_many_arguments)]
fn never(
    s: &mut RuleState,
    signal: Signal<'_>,
    turn: u32,
    find: &mut dyn FnMut(FindingKind),
    pattern: &Pattern,
    after: &Option<Pattern>,
    until: &Option<Pattern>,
    unless: &Option<Pattern>,
) {
    if s.excused {
        return;
    }
    if unless.as_ref().is_some_and(|u| u.matches(signal)) {
        s.excused = true;
        if s.armed && s.counted && !s.failed_now {
            find(FindingKind::Kept);
        }
        s.armed = false;
        return;
    }
    let opens = match after {
        None => signal == Signal::CallStart,
        Some(a) => a.matches(signal),
    };
    if opens && !s.armed {
        s.armed = true;
        s.failed_now = false;
        s.counted = false;
        s.since = turn;
    }
    if let Some(u) = until
        && u.matches(signal)
        && s.armed
    {
        s.armed = false;
        if s.counted && !s.failed_now {
            find(FindingKind::Kept);
        }
    }
    if s.armed && pattern.matches(signal) {
        if !s.counted {
            s.counted = true;
            s.opportunities += 1;
        }
        if !s.failed_now {
            s.fail();
            s.failed_now = true;
        }
        find(FindingKind::Deviation(Miss::Happened));
    } else if s.armed && !s.counted && could_break(pattern, signal) {
        s.counted = true;
        s.opportunities += 1;
    }
}

/// Whether the counsellor did something of the kind a `Never` pattern forbids, so that keeping
/// it was a real choice: an answer for a pattern of acts, a call to a service for a pattern of
/// dispatches, and any answer or call for hanging up, a silence or a caller's event.
fn could_break(pattern: &Pattern, signal: Signal<'_>) -> bool {
    let answer = matches!(signal, Signal::Acts(_));
    let call = matches!(signal, Signal::Dispatch { .. } | Signal::Closed(_));
    let acts = pattern.acts.iter().next().is_some();
    let dispatches =
        pattern.any_dispatch || pattern.closed_dispatch || pattern.services.iter().next().is_some();
    let moments =
        pattern.hang_up || pattern.silence.is_some() || pattern.events.iter().next().is_some();
    (answer && (acts || moments)) || (call && (dispatches || moments))
}

impl Monitors {
    /// Makes the monitors' state relative to `turn` and `time` (which become 0) and saturates
    /// the counters at `cap`: what the explorer memoises on. Two calls whose normalised monitors
    /// are equal score the same from here on, whatever their history, up to the cap.
    pub fn normalize(&mut self, turn: u32, time: u32, cap: u16) {
        for &i in self.active.iter() {
            let s = &mut self.rules[usize::from(i)];
            s.opportunities = s.opportunities.min(cap);
            s.failures = s.failures.min(cap);
            s.since = s.since.saturating_sub(turn);
            if let Some((dt, dtime)) = &mut s.pending {
                let rel = |d: u32, now: u32| {
                    if d == u32::MAX {
                        u32::MAX
                    } else {
                        d.saturating_sub(now)
                    }
                };
                *dt = rel(*dt, turn);
                *dtime = rel(*dtime, time);
            }
        }
    }
}

impl Monitors {
    /// Hands over, rule by rule, the opportunities and failures that can no longer change (none
    /// is pending in an open window) and resets them to zero. The explorer keeps the score as
    /// running sums per category instead of per rule, which merges calls that differ only in
    /// which rule of a category was kept or broken.
    /// `settled` gets the rule, its opportunities, its failures and the state they were in (for
    /// [`worst`]).
    pub fn drain_settled(&mut self, mut settled: impl FnMut(usize, u16, u16, &RuleState)) {
        for &i in self.active.iter() {
            let (i, s) = (usize::from(i), &mut self.rules[usize::from(i)]);
            if s.pending.is_none() && (s.opportunities > 0 || s.failures > 0) {
                settled(i, s.opportunities, s.failures, s);
                s.opportunities = 0;
                s.failures = 0;
                s.missed = false;
            }
        }
    }
}

/// What a memo table needs to store normalised monitors and give them back (the explorer's
/// packed encoding lives beside its table, in `doverie-authoring`).
impl Monitors {
    /// The rules this scenario can ever move, as indices into the protocol's rules, ascending.
    /// The others keep their starting state for the whole call, so only these need storing.
    pub fn active(&self) -> &[u16] {
        &self.active
    }

    /// Whether the call has started for the monitors (they have seen its first event).
    pub fn is_started(&self) -> bool {
        self.started
    }

    /// The services the caller has consented to, as a mask over service indices.
    pub fn consented(&self) -> u32 {
        self.consented
    }

    /// Sets whether the call has started and ended for the monitors, the consent given, and the states of the
    /// [`active`](Monitors::active) rules, in that order: the inverse of reading them from
    /// normalised monitors (see [`Monitors::normalize`]). Rules beyond `states` are left as
    /// they are.
    pub fn restore(
        &mut self,
        started: bool,
        ended: bool,
        consented: u32,
        states: impl IntoIterator<Item = RuleState>,
    ) {
        self.started = started;
        self.ended = ended;
        self.consented = consented;
        for (&i, state) in self.active.iter().zip(states) {
            self.rules[usize::from(i)] = state;
        }
    }
}

impl Clone for Monitors {
    fn clone(&self) -> Self {
        Monitors {
            rules: self.rules.clone(),
            active: self.active.clone(),
            consented: self.consented,
            started: self.started,
            ended: self.ended,
        }
    }

    fn clone_from(&mut self, source: &Self) {
        if Arc::ptr_eq(&self.active, &source.active) && self.rules.len() == source.rules.len() {
            // Rules outside `active` never move from their starting state, so they are equal
            // already: copying the active ones is enough (the explorer does this per transition).
            for &i in source.active.iter() {
                self.rules[usize::from(i)] = source.rules[usize::from(i)];
            }
        } else {
            self.rules.clone_from(&source.rules);
            self.active = source.active.clone();
        }
        self.consented = source.consented;
        self.started = source.started;
        self.ended = source.ended;
    }
}
