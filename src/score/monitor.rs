//! Rule monitors: each rule of the protocol watches the call's events and counts opportunities
//! and deviations.
//!
//! Monitor state is plain data (clonable, comparable, hashable), so it can be part of a call's
//! state wherever the whole state is needed (the explorer memoises on it).

use crate::engine::{End, Event, Stamped};
use crate::protocol::rules::{Check, Pattern};
use crate::protocol::{ActIx, EventIx, Protocol, ServiceIx};
use crate::scenario::Scenario;

/// What a monitor sees of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal<'a> {
    CallStart,
    Acts(&'a [ActIx]),
    Event(EventIx),
    Dispatch(ServiceIx),
    Silence(u32),
    HangUp,
    CallEnd,
}

impl Pattern {
    pub fn matches(&self, signal: Signal<'_>) -> bool {
        match signal {
            Signal::CallStart => self.call_start,
            Signal::Acts(acts) => acts.iter().any(|&a| self.acts.contains(usize::from(a))),
            Signal::Event(e) => self.events.contains(usize::from(e)),
            Signal::Dispatch(s) => self.any_dispatch || self.services.contains(usize::from(s)),
            Signal::Silence(s) => self.silence.is_some_and(|min| s >= min),
            Signal::HangUp => self.hang_up,
            Signal::CallEnd => false,
        }
    }
}

/// One rule's state within a call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct RuleState {
    /// Moments (or calls) where the rule applied.
    pub opportunities: u16,
    /// Opportunities not handled well.
    pub failures: u16,
    /// For `Never` and `Eventually`: the rule currently applies.
    armed: bool,
    /// The turn at which the rule was armed, or the pending window opened.
    since: u32,
    /// For `Never`: the current opportunity has already failed.
    failed_now: bool,
    /// For `Within`: an open window (deadline turn, deadline time, trigger time).
    pending: Option<(u32, u32, u32)>,
    /// For `Before`.
    seen_requires: bool,
    seen_unless: bool,
    /// For `Eventually`.
    satisfied: bool,
}

/// A rule's finding at a moment of the call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: u16,
    pub turn: u32,
    pub time: u32,
    pub kind: FindingKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// A deviation: what happened and what was expected.
    Deviation { happened: String, expected: String },
    /// An opportunity handled well.
    Kept,
}

/// The monitors of every rule of a protocol, for one call.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Monitors {
    pub rules: Vec<RuleState>,
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
                self.signal(protocol, Signal::Event(ev), e.turn, e.time, sink)
            }
            Event::ServiceDispatched(s) => {
                self.signal(protocol, Signal::Dispatch(s), e.turn, e.time, sink)
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
            Event::NodeEntered(_)
            | Event::CallerLine(_)
            | Event::VariableChanged { .. }
            | Event::ServiceClosed(_) => {}
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
        for (i, (rule, state)) in protocol.rules.iter().zip(self.rules.iter_mut()).enumerate() {
            let mut find = |kind: FindingKind| {
                sink(Finding {
                    rule: i as u16,
                    turn,
                    time,
                    kind,
                })
            };
            step(&rule.check, state, signal, turn, time, &mut find);
        }
    }
}

fn deviation(happened: String, expected: String) -> FindingKind {
    FindingKind::Deviation { happened, expected }
}

fn step(
    check: &Check,
    s: &mut RuleState,
    signal: Signal<'_>,
    turn: u32,
    time: u32,
    find: &mut dyn FnMut(FindingKind),
) {
    match check {
        Check::Never {
            pattern,
            after,
            until,
        } => {
            let opens = match after {
                None => signal == Signal::CallStart,
                Some(a) => a.matches(signal),
            };
            if opens && !s.armed {
                s.armed = true;
                s.failed_now = false;
                s.opportunities += 1;
                s.since = turn;
            }
            if let Some(u) = until
                && u.matches(signal)
                && s.armed
            {
                s.armed = false;
                if !s.failed_now {
                    find(FindingKind::Kept);
                }
            }
            if s.armed && pattern.matches(signal) {
                if !s.failed_now {
                    s.failures += 1;
                    s.failed_now = true;
                }
                let context = after
                    .as_ref()
                    .map(|a| format!(" after {}", a.text))
                    .unwrap_or_default();
                find(deviation(
                    pattern.text.clone(),
                    format!("never {}{context}", pattern.text),
                ));
            }
        }
        Check::Within {
            trigger,
            expect,
            turns,
            seconds,
        } => {
            if let Some((deadline_turn, deadline_time, _)) = s.pending {
                let late = turn > deadline_turn || time > deadline_time;
                let ended = signal == Signal::CallEnd;
                if late || (ended && turn > s.since) {
                    s.pending = None;
                    s.failures += 1;
                    let window = match (turns, seconds) {
                        (Some(t), Some(sec)) => format!("{t} turn(s) or {sec} s"),
                        (Some(t), None) => format!("{t} turn(s)"),
                        (None, Some(sec)) => format!("{sec} s"),
                        (None, None) => "time".into(),
                    };
                    let happened = if ended && !late {
                        format!(
                            "the call ended without {} after {}",
                            expect.text, trigger.text
                        )
                    } else {
                        format!("no {} within {window} after {}", expect.text, trigger.text)
                    };
                    find(deviation(
                        happened,
                        format!("{} within {window} after {}", expect.text, trigger.text),
                    ));
                } else if ended {
                    // The call ended before the counsellor had a turn: no opportunity after all.
                    s.pending = None;
                    s.opportunities -= 1;
                } else if expect.matches(signal) {
                    s.pending = None;
                    find(FindingKind::Kept);
                }
            }
            if s.pending.is_none() && trigger.matches(signal) {
                s.opportunities += 1;
                s.since = turn;
                s.pending = Some((
                    turns.map_or(u32::MAX, |t| turn.saturating_add(t)),
                    seconds.map_or(u32::MAX, |sec| time.saturating_add(sec)),
                    time,
                ));
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
                    s.failures += 1;
                    let unless = unless
                        .as_ref()
                        .map(|u| format!(", unless {}", u.text))
                        .unwrap_or_default();
                    find(deviation(
                        format!("{} before {}", pattern.text, requires.text),
                        format!("{} only after {}{unless}", pattern.text, requires.text),
                    ));
                }
            }
        }
        Check::Eventually { expect, after, .. } => {
            if let Some(a) = after
                && !s.armed
                && a.matches(signal)
            {
                s.armed = true;
                s.since = turn;
            }
            if signal == Signal::CallStart && s.armed {
                s.since = turn;
            }
            if s.armed && !s.satisfied && expect.matches(signal) {
                s.satisfied = true;
                find(FindingKind::Kept);
            }
            if signal == Signal::CallEnd && s.armed {
                if s.satisfied {
                    s.opportunities += 1;
                } else if turn > s.since {
                    s.opportunities += 1;
                    s.failures += 1;
                    let context = after
                        .as_ref()
                        .map(|a| format!(" after {}", a.text))
                        .unwrap_or_default();
                    find(deviation(
                        format!("the call ended without {}", expect.text),
                        format!("{} before the call ends{context}", expect.text),
                    ));
                }
            }
        }
    }
}

impl Monitors {
    /// What of the monitors decides what can still happen and the score, as a memo key: open
    /// windows relative to `turn` and `time`, and counters saturated at `cap` (so that a loop
    /// that repeats the same behaviour does not make the state space infinite).
    pub fn key(&self, turn: u32, time: u32, cap: u16) -> Monitors {
        let rules = self
            .rules
            .iter()
            .map(|s| RuleState {
                opportunities: s.opportunities.min(cap),
                failures: s.failures.min(cap),
                armed: s.armed,
                since: u32::from(turn > s.since),
                failed_now: s.failed_now,
                pending: s.pending.map(|(dt, dtime, _)| {
                    let rel = |d: u32, now: u32| if d == u32::MAX { u32::MAX } else { d.saturating_sub(now) };
                    (rel(dt, turn), rel(dtime, time), 0)
                }),
                seen_requires: s.seen_requires,
                seen_unless: s.seen_unless,
                satisfied: s.satisfied,
            })
            .collect();
        Monitors {
            rules,
            started: self.started,
            ended: self.ended,
        }
    }
}
