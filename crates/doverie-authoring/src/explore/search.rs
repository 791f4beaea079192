//! The breadth-first search: the states of a call (and of its rule monitors), memoised in the
//! [`Table`], each with how it was first reached and, for the structure, the transitions
//! between them. What the search finds is concluded in [`super::analysis`].

use doverie_core::engine::{Action, CallState, Chance, Stamped};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::Severity;
use doverie_core::scenario::Scenario;
use doverie_core::scenario::graph::{FactsRead, facts_read};
use doverie_core::score::Monitors;

use super::table::{Layout, Table};
use super::{CATEGORY_CAP, COUNTER_CAP, ExploreOptions};

/// An explored state: the call and its monitors, normalised (turn and time 0, windows
/// relative, history reduced to the facts conditions read), and the score so far.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct State {
    pub(super) call: CallState,
    /// The rules' monitors, with settled counts moved to `score`.
    pub(super) monitors: Monitors,
    pub(super) score: Score,
}

/// The score so far as running sums: per category (opportunities, failures), each saturated at
/// [`CATEGORY_CAP`], and the worst severity of a deviation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Score {
    pub(super) categories: Vec<(u8, u8)>,
    pub(super) worst: Option<Severity>,
}

/// Which rules had an opportunity anywhere, and which were kept somewhere.
pub(super) struct RuleStats {
    pub(super) triggered: Vec<bool>,
    pub(super) kept: Vec<bool>,
}

impl Clone for State {
    fn clone(&self) -> Self {
        State {
            call: self.call.clone(),
            monitors: self.monitors.clone(),
            score: self.score.clone(),
        }
    }

    fn clone_from(&mut self, source: &Self) {
        self.call.clone_from(&source.call);
        self.monitors.clone_from(&source.monitors);
        self.score.categories.clone_from(&source.score.categories);
        self.score.worst = source.score.worst;
    }
}

impl State {
    fn normalize(&mut self, protocol: &Protocol, facts: &FactsRead, stats: &mut RuleStats) {
        let score = &mut self.score;
        self.monitors
            .drain_settled(|rule, opportunities, failures, state| {
                if opportunities > 0 {
                    stats.triggered[rule] = true;
                    if opportunities > failures {
                        stats.kept[rule] = true;
                    }
                }
                let r = &protocol.rules[rule];
                let c = &mut score.categories[usize::from(r.category)];
                c.0 = (u16::from(c.0) + opportunities).min(u16::from(CATEGORY_CAP)) as u8;
                c.1 = (u16::from(c.1) + failures).min(u16::from(CATEGORY_CAP)) as u8;
                score.worst = score.worst.max(doverie_core::score::monitor::worst(
                    &r.check, r.severity, state,
                ));
            });
        self.monitors
            .normalize(self.call.turn, self.call.time, COUNTER_CAP);
        self.call.turn = 0;
        self.call.time = 0;
        self.call.visited.retain_mask(&facts.visited);
        self.call.raised.retain_mask(&facts.raised);
        self.call.dispatched.retain_mask(&facts.dispatched);
        // A variable no condition reads changes nothing that can happen.
        for (i, v) in self.call.vars.iter_mut().enumerate() {
            if !facts.variables.contains(i) {
                *v = 0;
            }
        }
    }
}

/// What an exploration is for: the call's structure, the scores, or a High Compliance call
/// (the calls with no deviation so far).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Parts {
    Structure,
    Scores,
    Flawless,
    /// Which rules can be triggered and kept (one rule at a time, no score kept).
    Rules,
}

/// An explored space: the states, how each was first reached, the transitions between them
/// (but hanging up), which rules were triggered and kept, how many transitions were taken, and
/// whether it is all of it.
pub(super) struct Space {
    pub(super) table: Table,
    pub(super) parents: Vec<(u32, Action, f32)>,
    pub(super) edges: Vec<(u32, u32)>,
    pub(super) rules: RuleStats,
    pub(super) transitions: usize,
    pub(super) complete: bool,
}

/// Explores the states of a call of `scenario` breadth-first, up to `options.max_states`, for
/// `parts`.
pub(super) fn search(
    scenario: &Scenario,
    protocol: &Protocol,
    options: ExploreOptions,
    progress: &mut dyn FnMut(usize, usize),
    parts: Parts,
) -> Space {
    let facts = facts_read(scenario);
    let services = distinct_services(scenario, protocol, &facts);
    let mut rules = RuleStats {
        triggered: vec![false; protocol.rules.len()],
        kept: vec![false; protocol.rules.len()],
    };
    let mut events: Vec<Stamped> = Vec::new();
    let call = CallState::start(
        scenario,
        &mut doverie_core::engine::chance::First,
        &mut events,
    );
    let mut monitors = Monitors::new(protocol, scenario);
    monitors.observe_all(protocol, scenario, &events, &mut |_| {});
    let mut root = State {
        call,
        monitors,
        score: Score {
            categories: vec![(0, 0); protocol.categories.len()],
            worst: None,
        },
    };
    root.normalize(protocol, &facts, &mut rules);
    let layout = Layout::new(scenario, protocol, &facts);
    let mut table = Table::new(layout, options.max_states);
    table.insert(&root);
    let mut parents: Vec<(u32, Action, f32)> = vec![(u32::MAX, Action::HangUp, 1.0)];
    let mut edges: Vec<(u32, u32)> = Vec::new();
    let mut transitions = 0usize;

    let mut complete = true;
    let mut stack: Vec<Vec<usize>> = Vec::new();
    let mut acts: Vec<Action> = Vec::new();
    let mut here = root.clone();
    let mut next = root;
    // States are numbered in the order found, so expanding them in that order is breadth-first.
    let mut s = 0u32;
    while (s as usize) < table.len() {
        if table.len() >= options.max_states {
            complete = false;
            break;
        }
        table.decode(s, &mut here);
        if here.call.ended.is_none() {
            acts.clear();
            actions(scenario, &here.call, &services, &mut acts);
            for &action in &acts {
                stack.clear();
                stack.push(Vec::new());
                while let Some(prefix) = stack.pop() {
                    let mut chance = Enumerate {
                        prefix: &prefix,
                        pos: 0,
                        fresh: Vec::new(),
                        odds: 1.0,
                    };
                    next.clone_from(&here);
                    events.clear();
                    if next
                        .call
                        .act(scenario, &mut chance, action, &mut events)
                        .is_err()
                    {
                        continue;
                    }
                    for &(at, arity) in &chance.fresh {
                        for k in 1..arity {
                            let mut alt: Vec<usize> = prefix
                                .iter()
                                .copied()
                                .chain(std::iter::repeat(0))
                                .take(at)
                                .collect();
                            alt.push(k);
                            stack.push(alt);
                        }
                    }
                    next.monitors
                        .observe_all(protocol, scenario, &events, &mut |_| {});
                    next.normalize(protocol, &facts, &mut rules);
                    transitions += 1;
                    if parts == Parts::Flawless && next.score.worst.is_some() {
                        continue;
                    }
                    if parts == Parts::Rules {
                        // Counted in the rule statistics by `normalize`; not part of the state.
                        next.score.categories.fill((0, 0));
                        next.score.worst = None;
                    }
                    let (t, fresh) = table.insert(&next);
                    if fresh {
                        parents.push((s, action, chance.odds as f32));
                    }
                    // Only the structure's analysis (traps) walks the edges back.
                    if parts == Parts::Structure && action != Action::HangUp {
                        edges.push((s, t));
                    }
                }
            }
        }
        s += 1;
        if s.is_multiple_of(65_536) {
            progress(table.len(), table.len() - s as usize);
        }
    }
    progress(table.len(), table.len().saturating_sub(s as usize));
    Space {
        table,
        parents,
        edges,
        rules,
        transitions,
        complete,
    }
}

/// A chance that follows a prefix of picks, then takes 0 and records each new branch point.
struct Enumerate<'a> {
    prefix: &'a [usize],
    pos: usize,
    fresh: Vec<(usize, usize)>,
    /// The probability of the picks made so far.
    odds: f64,
}

impl Chance for Enumerate<'_> {
    fn pick(&mut self, weights: &[u32]) -> usize {
        let pick = match self.prefix.get(self.pos) {
            Some(&p) => p,
            None => {
                self.fresh.push((self.pos, weights.len()));
                0
            }
        };
        self.pos += 1;
        let total: u32 = weights.iter().sum();
        self.odds *= f64::from(weights.get(pick).copied().unwrap_or(0)) / f64::from(total.max(1));
        pick
    }

    fn pick_line(&mut self, _n: usize) -> usize {
        0
    }
}

/// Every action the counsellor has in a state (one service of each class of equivalent ones).
fn actions(scenario: &Scenario, call: &CallState, services: &[u16], out: &mut Vec<Action>) {
    out.extend(call.offered(scenario).map(|(i, _)| Action::Choose(i)));
    if let Some(due) = call.seconds_until_silence(scenario) {
        out.push(Action::Wait(due));
    }
    out.extend(services.iter().map(|&s| Action::Dispatch(s)));
    out.push(Action::HangUp);
}

/// One service of each class of services that nothing in the scenario or the protocol tells
/// apart (the same opening hours, the same dispatch reactions, conditions and rule patterns):
/// dispatching any of a class leads to the same state, so one is explored.
fn distinct_services(scenario: &Scenario, protocol: &Protocol, facts: &FactsRead) -> Vec<u16> {
    let reactions: Vec<&doverie_core::scenario::DispatchReaction> = scenario
        .nodes
        .iter()
        .flat_map(|n| &n.dispatch)
        .chain(&scenario.default_dispatch)
        .collect();
    let patterns: Vec<&doverie_core::protocol::rules::Pattern> = protocol
        .rules
        .iter()
        .flat_map(|r| r.check.patterns())
        .collect();
    // A service's signature: its opening hours, and which reactions, patterns and conditions
    // name it.
    type Signature = (
        Option<(u16, u16)>,
        Option<(Vec<(u32, u32)>, bool)>,
        Vec<bool>,
    );
    let mut seen: Vec<Signature> = Vec::new();

    let mut out = Vec::new();
    for (i, service) in scenario.services.iter().enumerate() {
        let ix = i as u16;
        let mut signature: Vec<bool> = reactions.iter().map(|r| r.applies_to(ix)).collect();
        signature.extend(patterns.iter().map(|p| p.services.contains(i)));
        signature.push(facts.dispatched.contains(i));
        let local = scenario
            .local
            .as_ref()
            .map(|l| (l.services[i].open.clone(), l.services[i].signal_only));
        let sig = (service.hours, local, signature);
        if !seen.contains(&sig) {
            seen.push(sig);
            out.push(ix);
        }
    }
    out
}
