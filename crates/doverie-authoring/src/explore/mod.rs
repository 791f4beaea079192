//! The explorer: every state of a call, not every path.
//!
//! A state is the node, the caller variables, the visit facts conditions can read, the pending
//! silence and the rule monitors (their open windows relative to now). States are memoised, so
//! loops are explored once. Random transitions are explored as branches; line variants change
//! nothing in a state and are not. The explorer finds the endings and the shortest script to
//! each, unreachable nodes and options, dead ends and traps, the best and worst scores with
//! scripts that reach them (and a seed that makes the random branches fall that way), and which
//! rules the scenario can never trigger or never let a trainee keep.
//!
//! Two explorations: the call's own states (for structure: endings, dead ends, traps, options
//! never offered), then their product with the rule monitors (for scores), each bounded by its
//! own `max_states`; when the second stops short of a High Compliance call, a third explores only
//! the calls with no deviation so far, which settles whether one exists. The memo key leaves
//! out what cannot change what happens next: visits, events and services no condition reads,
//! variables no condition compares, the absolute turn and time (time only decides opening
//! hours, evaluated at the call's start). The score is kept as running sums per category,
//! saturating at [`CATEGORY_CAP`]. Every reported script is
//! replayed through the engine, with a seed that makes its random branches fall the reported
//! way, and scored for real before it is reported.

mod random;
mod table;

use std::time::Instant;

use serde::Serialize;

use doverie_core::engine::{Action, Call, CallState, Chance, End, Input, Stamped};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::Severity;
use doverie_core::scenario::graph::{FactsRead, facts_read};
use doverie_core::scenario::{NodeIx, Scenario};
use doverie_core::score::{Level, Monitors, score};
pub use random::{RandomReport, random_calls};
use table::{Layout, Table};

/// Rule counters above this are treated as equal in the memo key.
pub const COUNTER_CAP: u16 = 3;
/// Category sums above this are treated as equal in the memo key.
pub const CATEGORY_CAP: u8 = 12;
/// Seeds tried to make a script's random branches fall the reported way.
pub const SEED_SEARCH: u64 = 20_000;

#[derive(Debug, Clone, Copy)]
pub struct ExploreOptions {
    /// Stop exploring the call's own states after this many.
    pub max_states: usize,
    /// Stop exploring the states with the rule monitors (for the scores) after this many.
    pub max_scored_states: usize,
}

impl ExploreOptions {
    /// The same bound for both explorations.
    pub fn bounded(max_states: usize) -> ExploreOptions {
        ExploreOptions {
            max_states,
            max_scored_states: max_states,
        }
    }
}

impl Default for ExploreOptions {
    fn default() -> Self {
        ExploreOptions::bounded(1_000_000)
    }
}

/// A script of inputs, as `--choose` tokens, with a seed that replays it as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Script {
    pub tokens: String,
    /// A seed under which the script's random branches fall as reported; none if no seed in
    /// `0..SEED_SEARCH` does.
    pub seed: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingReport {
    /// The ending node, or `None` for the counsellor hanging up.
    pub node: Option<String>,
    pub outcome: String,
    pub script: Script,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorePath {
    pub total: f64,
    pub level: Level,
    pub outcome: String,
    pub script: Script,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unreached {
    pub node: String,
    pub option: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stuck {
    pub node: String,
    /// How many distinct states on this node are stuck.
    pub states: usize,
    /// A script that gets there.
    pub script: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlowUp {
    pub max_states: usize,
    /// Variables with the number of distinct values seen, most first.
    pub variables: Vec<(String, usize)>,
    /// Distinct (node, variables) combinations seen: when the states are many more, the visit
    /// facts and the silence multiply the space.
    pub node_and_variables: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub scenario: String,
    pub states: usize,
    pub transitions: usize,
    /// States of the product of the call with the rule monitors, for the scores.
    pub scored_states: usize,
    pub scored_transitions: usize,
    /// States explored one rule at a time (see `rules_complete`), when the scores' exploration
    /// stopped short.
    pub rule_states: usize,
    pub seconds: f64,
    /// False when `max_states` stopped the exploration of the call's states.
    pub complete: bool,
    /// False when `max_states` stopped the exploration of the scores: the best and worst calls
    /// are then the best and worst among the states explored (breadth-first, so the shortest
    /// calls first), and a High Compliance call not found may still exist.
    pub scores_complete: bool,
    pub blow_up: Option<BlowUp>,
    pub endings: Vec<EndingReport>,
    pub unreached_nodes: Vec<String>,
    pub unreached_options: Vec<Unreached>,
    pub dead_ends: Vec<Stuck>,
    pub traps: Vec<Stuck>,
    pub best: Option<ScorePath>,
    pub worst: Option<ScorePath>,
    /// Whether a High Compliance call exists; `None` when the scores were not explored to the end
    /// and none was found.
    pub high_compliance_possible: Option<bool>,
    /// Whether the two lists below are settled (every state explored for every rule).
    pub rules_complete: bool,
    pub rules_never_triggered: Vec<String>,
    pub rules_never_kept: Vec<String>,
}

/// An explored state: the call and its monitors, normalised (turn and time 0, windows
/// relative, history reduced to the facts conditions read), and the score so far.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct State {
    call: CallState,
    /// The rules' monitors, with settled counts moved to `score`.
    monitors: Monitors,
    score: Score,
}

/// The score so far as running sums: per category (opportunities, failures), each saturated at
/// [`CATEGORY_CAP`], and the worst severity of a deviation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Score {
    categories: Vec<(u8, u8)>,
    worst: Option<Severity>,
}

/// Which rules had an opportunity anywhere, and which were kept somewhere.
struct RuleStats {
    triggered: Vec<bool>,
    kept: Vec<bool>,
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
            .drain_settled(|rule, opportunities, failures| {
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
                if failures > 0 {
                    score.worst = score.worst.max(Some(r.severity));
                }
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

    /// The total and level, once the call has ended (every count is settled then).
    fn summary(&self, protocol: &Protocol) -> (f64, Level) {
        let total = doverie_core::score::card::weighted_total(
            protocol.categories.iter().zip(&self.score.categories).map(
                |(c, &(opportunities, failures))| {
                    (
                        c.weight,
                        u32::from(opportunities),
                        u32::from(opportunities.saturating_sub(failures)),
                    )
                },
            ),
        );
        (
            total,
            doverie_core::score::card::level(protocol, total, self.score.worst),
        )
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
    type Signature = (Option<(u16, u16)>, Vec<bool>);
    let mut seen: Vec<Signature> = Vec::new();

    let mut out = Vec::new();
    for (i, service) in scenario.services.iter().enumerate() {
        let ix = i as u16;
        let mut signature: Vec<bool> = reactions.iter().map(|r| r.applies_to(ix)).collect();
        signature.extend(patterns.iter().map(|p| p.services.contains(i)));
        signature.push(facts.dispatched.contains(i));
        let sig = (service.hours, signature);
        if !seen.contains(&sig) {
            seen.push(sig);
            out.push(ix);
        }
    }
    out
}

/// Explores every state of a call of `scenario`. `progress` is called now and then with the
/// number of states found and the number waiting to be expanded.
pub fn explore(
    scenario: &Scenario,
    protocol: &Protocol,
    options: ExploreOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    let started = Instant::now();
    // The call's own states first: structure (endings, dead ends, traps...) does not depend on
    // the rules, and this space is small.
    let bare = Protocol {
        rules: Vec::new(),
        ..protocol.clone()
    };
    let structure = search(scenario, &bare, options, progress, Parts::Structure);
    // Then the product with the rule monitors, for the scores.
    let bound = ExploreOptions::bounded(options.max_scored_states);
    let scored = search(scenario, protocol, bound, progress, Parts::Scores);
    // When that stopped short of a High Compliance call, look for one among the calls with no
    // deviation so far only: a deviation is never undone, so that space is all that can lead
    // to one, and it is far smaller. Such a call keeps every rule it meets: it scores 100.
    let flawless = (scored.high_compliance_possible.is_none())
        .then(|| search(scenario, protocol, bound, progress, Parts::Flawless));
    let (best, high_compliance_possible, flawless_states, flawless_transitions) = match flawless {
        Some(f) => (
            f.best.or(scored.best),
            f.high_compliance_possible,
            f.states,
            f.transitions,
        ),
        None => (scored.best, scored.high_compliance_possible, 0, 0),
    };
    // Whether a rule can be triggered or kept does not depend on the other rules: when the
    // product with all of them was too big, each rule is explored with the call alone.
    let (rules_complete, rule_states, rules_never_triggered, rules_never_kept) = if scored.complete
    {
        (
            true,
            0,
            scored.rules_never_triggered,
            scored.rules_never_kept,
        )
    } else {
        rules_one_by_one(scenario, &protocol.rules, bare, bound, progress)
    };
    Report {
        states: structure.states,
        transitions: structure.transitions,
        scored_states: scored.states + flawless_states,
        scored_transitions: scored.transitions + flawless_transitions,
        scores_complete: scored.complete,
        seconds: started.elapsed().as_secs_f64(),
        best,
        worst: scored.worst,
        high_compliance_possible,
        rule_states,
        rules_complete,
        rules_never_triggered,
        rules_never_kept,
        ..structure
    }
}

/// The rules never triggered and never kept, each of `rules` explored with the call alone
/// (under `alone`, the protocol without rules, and the score so far left out of the states):
/// whether every one of those explorations finished (the first that does not ends them), the
/// states explored, and the two lists.
fn rules_one_by_one(
    scenario: &Scenario,
    rules: &[doverie_core::protocol::rules::Rule],
    mut alone: Protocol,
    bound: ExploreOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> (bool, usize, Vec<String>, Vec<String>) {
    let (mut never_triggered, mut never_kept, mut states) = (Vec::new(), Vec::new(), 0);
    for rule in rules {
        alone.rules = vec![rule.clone()];
        let r = search(scenario, &alone, bound, progress, Parts::Rules);
        states += r.states;
        if !r.complete {
            return (false, states, Vec::new(), Vec::new());
        }
        never_triggered.extend(r.rules_never_triggered);
        never_kept.extend(r.rules_never_kept);
    }
    (true, states, never_triggered, never_kept)
}

/// What an exploration is for: the call's structure, the scores, or a High Compliance call
/// (the calls with no deviation so far).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parts {
    Structure,
    Scores,
    Flawless,
    /// Which rules can be triggered and kept (one rule at a time, no score kept).
    Rules,
}

fn search(
    scenario: &Scenario,
    protocol: &Protocol,
    options: ExploreOptions,
    progress: &mut dyn FnMut(usize, usize),
    parts: Parts,
) -> Report {
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
    let space = Space {
        table,
        parents,
        edges,
        rules,
        complete,
    };
    let mut report = analyse(scenario, protocol, &space, parts);
    let table = space.table;
    report.transitions = transitions;
    if !complete {
        report.blow_up = Some(blow_up(scenario, &table, options.max_states));
    }
    report
}

/// What the analysis needs of each state.
struct Brief {
    node: NodeIx,
    ended: Option<End>,
    /// Nothing to say and no silence reaction to come.
    dead: bool,
    summary: (f64, Level),
}

/// The inputs that first reached a state, and the probability that its random branches fall
/// that way.
struct Path {
    inputs: Vec<Input>,
    odds: f64,
}

/// The inputs that first reached state `s`.
fn script_to(
    scenario: &Scenario,
    briefs: &[Brief],
    parents: &[(u32, Action, f32)],
    mut s: u32,
) -> Path {
    let mut inputs = Vec::new();
    let mut odds = 1.0;
    while let Some(&(parent, action, p)) =
        parents.get(s as usize).filter(|(p, _, _)| *p != u32::MAX)
    {
        odds *= f64::from(p);
        let node = scenario.node(briefs[parent as usize].node);
        inputs.push(match action {
            Action::Choose(i) => Input::Choose {
                option: node.options[usize::from(i)].id.clone(),
            },
            Action::Dispatch(d) => Input::Dispatch {
                service: scenario.services[usize::from(d)].id.clone(),
            },
            Action::Wait(seconds) => Input::Wait { seconds },
            Action::HangUp => Input::HangUp,
        });
        s = parent;
    }
    inputs.reverse();
    Path { inputs, odds }
}

fn tokens(inputs: &[Input]) -> String {
    inputs
        .iter()
        .map(Input::token)
        .collect::<Vec<_>>()
        .join(",")
}

fn outcome_id(protocol: &Protocol, end: End) -> String {
    match end {
        End::Outcome(o) => protocol.outcomes[o].id.clone(),
        End::CounsellorHungUp => doverie_core::transcript::COUNSELLOR_HUNG_UP.to_string(),
    }
}

/// A seed under which `inputs` replay to the same outcome, total and level as explored, and,
/// for an ending, to the same ending node (two endings may share an outcome and a score).
fn find_seed(
    scenario: &Scenario,
    protocol: &Protocol,
    path: &Path,
    want: (End, f64, Level),
    node: Option<NodeIx>,
) -> Option<u64> {
    // A path whose random branches are too unlikely to fall its way within the search is not
    // searched: a few times the expected number of tries, at most `SEED_SEARCH`.
    let expected = 1.0 / path.odds.max(f64::MIN_POSITIVE);
    if expected > SEED_SEARCH as f64 {
        return None;
    }
    let tries = ((expected * 20.0).ceil() as u64).clamp(1, SEED_SEARCH);
    'seeds: for seed in 0..tries {
        let (mut call, mut events) = Call::start(scenario, seed);
        for input in &path.inputs {
            match call.apply(scenario, input) {
                Ok(more) => events.extend(more),
                Err(_) => continue 'seeds,
            }
        }
        let Some(end) = call.state.ended else {
            continue;
        };
        if node.is_some_and(|n| n != call.state.node) {
            continue;
        }
        let card = score(scenario, protocol, &events, &call.state.vars);
        if (end, card.total, card.level) == want {
            return Some(seed);
        }
    }
    None
}

/// An explored space: the states, how each was first reached, the transitions between them
/// (but hanging up), which rules were triggered and kept, and whether it is all of it.
struct Space {
    table: Table,
    parents: Vec<(u32, Action, f32)>,
    edges: Vec<(u32, u32)>,
    rules: RuleStats,
    complete: bool,
}

fn analyse(scenario: &Scenario, protocol: &Protocol, space: &Space, parts: Parts) -> Report {
    let Space {
        table,
        parents,
        edges,
        rules,
        complete,
    } = space;
    let (parents, edges, complete) = (parents.as_slice(), edges.as_slice(), *complete);
    let structure = parts == Parts::Structure;
    let scores = matches!(parts, Parts::Scores | Parts::Flawless);
    let n = table.len();
    // Endings, each with the first (shortest) state that reaches it.
    let mut endings: Vec<(Option<NodeIx>, End, u32)> = Vec::new();
    let mut node_seen = vec![false; scenario.nodes.len()];
    let mut offered: Vec<Vec<bool>> = scenario
        .nodes
        .iter()
        .map(|n| vec![false; n.options.len()])
        .collect();
    let mut best: Option<(u32, f64, Level)> = None;
    let mut worst: Option<(u32, f64, Level)> = None;
    let (triggered, kept_somewhere) = (&rules.triggered, &rules.kept);
    let mut briefs: Vec<Brief> = Vec::with_capacity(n);
    let mut st = table.empty_state();
    for i in 0..n as u32 {
        table.decode(i, &mut st);
        let node = st.call.node;
        node_seen[node as usize] = true;
        let mut any_offered = false;
        for (o, _) in st.call.offered(scenario) {
            offered[node as usize][usize::from(o)] = true;
            any_offered = true;
        }
        briefs.push(Brief {
            node,
            ended: st.call.ended,
            dead: st.call.ended.is_none()
                && !any_offered
                && st.call.seconds_until_silence(scenario).is_none(),
            summary: if st.call.ended.is_some() {
                st.summary(protocol)
            } else {
                (0.0, Level::NonCompliant)
            },
        });
    }
    let states = &briefs;
    for (i, st) in briefs.iter().enumerate() {
        let Some(end) = st.ended else { continue };
        let node = matches!(end, End::Outcome(_)).then_some(st.node);
        if !endings.iter().any(|(nd, e, _)| *nd == node && *e == end) {
            endings.push((node, end, i as u32));
        }
        let (total, level) = st.summary;
        let better = |a: (f64, Level), b: (f64, Level)| {
            (a.1, std::cmp::Reverse(ordered(a.0))) < (b.1, std::cmp::Reverse(ordered(b.0)))
        };
        if best.is_none_or(|(_, t, l)| better((total, level), (t, l))) {
            best = Some((i as u32, total, level));
        }
        if worst.is_none_or(|(_, t, l)| better((t, l), (total, level))) {
            worst = Some((i as u32, total, level));
        }
    }

    // Traps: states from which no ending (other than hanging up) can be reached. The reverse
    // edges are kept as one array sorted by target (offsets per state), not a list per state.
    let mut starts = vec![0u32; n + 1];
    for &(_, b) in edges {
        starts[b as usize + 1] += 1;
    }
    for i in 0..n {
        starts[i + 1] += starts[i];
    }
    let mut fill = starts.clone();
    let mut sources = vec![0u32; edges.len()];
    for &(a, b) in edges {
        sources[fill[b as usize] as usize] = a;
        fill[b as usize] += 1;
    }
    let reverse = |s: u32| &sources[starts[s as usize] as usize..starts[s as usize + 1] as usize];
    let mut can_end = vec![false; n];
    let mut work: Vec<u32> = (0..n as u32)
        .filter(|&s| matches!(states[s as usize].ended, Some(End::Outcome(_))))
        .collect();
    for &s in &work {
        can_end[s as usize] = true;
    }
    while let Some(s) = work.pop() {
        for &p in reverse(s) {
            if !can_end[p as usize] {
                can_end[p as usize] = true;
                work.push(p);
            }
        }
    }
    let mut traps: Vec<Stuck> = Vec::new();
    let mut dead_ends: Vec<Stuck> = Vec::new();
    for (i, st) in states.iter().enumerate() {
        // Dead ends and traps are the structure's findings (the scores' exploration keeps no
        // edges).
        if st.ended.is_some() || !structure {
            continue;
        }
        let node = &scenario.node(st.node).id;
        let dead = st.dead;
        let list = if dead {
            Some(&mut dead_ends)
        } else if complete && !can_end[i] {
            Some(&mut traps)
        } else {
            None
        };
        if let Some(list) = list {
            match list.iter_mut().find(|s| &s.node == node) {
                Some(s) => s.states += 1,
                None => list.push(Stuck {
                    node: node.clone(),
                    states: 1,
                    script: tokens(&script_to(scenario, &briefs, parents, i as u32).inputs),
                }),
            }
        }
    }

    let unreached_nodes = scenario
        .nodes
        .iter()
        .zip(&node_seen)
        .filter(|(_, s)| !**s)
        .map(|(n, _)| n.id.clone())
        .collect();
    let mut unreached_options = Vec::new();
    for (ni, node) in scenario.nodes.iter().enumerate() {
        if !node_seen[ni] || node.ending.is_some() {
            continue;
        }
        for (oi, option) in node.options.iter().enumerate() {
            if !offered[ni][oi] {
                unreached_options.push(Unreached {
                    node: node.id.clone(),
                    option: Some(option.id.clone()),
                    reason: "its condition never holds when the call is on this node".into(),
                });
            }
        }
    }

    let path = |s: u32, total: f64, level: Level| {
        let inputs = script_to(scenario, &briefs, parents, s);
        let end = states[s as usize].ended.unwrap_or(End::CounsellorHungUp);
        ScorePath {
            total,
            level,
            outcome: outcome_id(protocol, end),
            script: Script {
                tokens: tokens(&inputs.inputs),
                seed: find_seed(scenario, protocol, &inputs, (end, total, level), None),
            },
        }
    };
    let endings = endings
        .into_iter()
        .filter(|_| structure)
        .map(|(node, end, s)| {
            let inputs = script_to(scenario, &briefs, parents, s);
            let (total, level) = states[s as usize].summary;
            EndingReport {
                node: node.map(|n| scenario.node(n).id.clone()),
                outcome: outcome_id(protocol, end),
                script: Script {
                    tokens: tokens(&inputs.inputs),
                    seed: find_seed(scenario, protocol, &inputs, (end, total, level), node),
                },
            }
        })
        .collect();
    let rule_ids = |pred: &dyn Fn(usize) -> bool| -> Vec<String> {
        protocol
            .rules
            .iter()
            .enumerate()
            .filter(|(i, _)| pred(*i))
            .map(|(_, r)| r.id.clone())
            .collect()
    };
    let high = states
        .iter()
        .any(|s| s.ended.is_some() && s.summary.1 == Level::HighCompliance);
    Report {
        scenario: scenario.id.clone(),
        states: n,
        transitions: 0,
        scored_states: 0,
        scored_transitions: 0,
        rule_states: 0,
        seconds: 0.0,
        complete,
        scores_complete: complete,
        blow_up: None,
        endings,
        unreached_nodes,
        unreached_options,
        dead_ends,
        traps,
        best: best.filter(|_| scores).map(|(s, t, l)| path(s, t, l)),
        worst: worst.filter(|_| scores).map(|(s, t, l)| path(s, t, l)),
        high_compliance_possible: if high {
            Some(true)
        } else if complete {
            Some(false)
        } else {
            None
        },
        rules_complete: complete,
        rules_never_triggered: if complete {
            rule_ids(&|i| !triggered[i])
        } else {
            Vec::new()
        },
        rules_never_kept: if complete {
            rule_ids(&|i| triggered[i] && !kept_somewhere[i])
        } else {
            Vec::new()
        },
    }
}

/// Totals are rounded to one decimal: compare them as integers of tenths.
fn ordered(total: f64) -> i64 {
    (total * 10.0).round() as i64
}

/// The distinct values a variable took: a bitmap over its range (values are clamped to it, or 0
/// when no condition reads the variable), or a set for a huge range.
enum Seen {
    Range {
        low: i32,
        bits: Vec<bool>,
        count: usize,
    },
    Set(rustc_hash::FxHashSet<i32>),
}

impl Seen {
    fn new(min: i32, max: i32) -> Seen {
        let (low, high) = (min.min(0), max.max(0));
        let span = i64::from(high) - i64::from(low) + 1;
        if span <= 1 << 16 {
            Seen::Range {
                low,
                bits: vec![false; span as usize],
                count: 0,
            }
        } else {
            Seen::Set(Default::default())
        }
    }

    fn insert(&mut self, v: i32) {
        match self {
            Seen::Range { low, bits, count } => {
                let slot = (i64::from(v) - i64::from(*low)) as usize;
                if let Some(b) = bits.get_mut(slot)
                    && !*b
                {
                    *b = true;
                    *count += 1;
                }
            }
            Seen::Set(set) => {
                set.insert(v);
            }
        }
    }

    fn len(&self) -> usize {
        match self {
            Seen::Range { count, .. } => *count,
            Seen::Set(set) => set.len(),
        }
    }
}

fn blow_up(scenario: &Scenario, table: &Table, max_states: usize) -> BlowUp {
    use rustc_hash::FxHashSet;
    let mut values: Vec<Seen> = scenario
        .variables
        .iter()
        .map(|v| Seen::new(v.min, v.max))
        .collect();
    // Hashes of (node, variables): a count for the report, where a collision costs nothing.
    let mut combos: FxHashSet<u64> = FxHashSet::default();
    let mut st = table.empty_state();
    for i in 0..table.len() as u32 {
        table.decode_call(i, &mut st);
        for (seen, v) in values.iter_mut().zip(&st.call.vars) {
            seen.insert(*v);
        }
        combos.insert(std::hash::BuildHasher::hash_one(
            &rustc_hash::FxBuildHasher,
            (st.call.node, &st.call.vars),
        ));
    }
    let mut variables: Vec<(String, usize)> = scenario
        .variables
        .iter()
        .zip(&values)
        .map(|(v, set)| (v.id.clone(), set.len()))
        .collect();
    variables.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    BlowUp {
        max_states,
        variables,
        node_and_variables: combos.len(),
    }
}
