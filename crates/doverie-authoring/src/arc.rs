//! The explorer over an arc: every reachable end state of each call, with the carried
//! variables, feeding the next call's starts; then the best and the worst arc found, with a
//! script and a seed per call that replay them (`doverie play --arc NAME --seeds ... --script
//! ... --script ...`).
//!
//! Each call is explored breadth-first from each distinct start (the carried values it begins
//! with), its random branches enumerated; states are memoised on everything but the turn and
//! the time, so each is expanded once, from the first path that reaches it (which is the path
//! replayed). Inputs tried in a state: every option offered, the silence until the caller's
//! next reaction, hanging up, and a dispatch of each service the node's or the scenario's
//! dispatch reactions name. A second walk, as the scenario explorer's, follows only the calls
//! with no deviation so far (a deviation is never undone), so that the best calls are found
//! within the bound. Ends are grouped by the carried values they end with; for each
//! group the best- and worst-scoring end found is kept as a candidate. Arcs are the chains of
//! candidates, call after call, each scored as a whole by the core.
//!
//! Bounded: `max_states` per start of a call, `max_starts` distinct starts per call (the
//! others are counted, not explored) and `max_arcs` arcs scored. The report gives the numbers
//! and whether a bound was reached.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use doverie_core::arc::score::{ArcCard, CallResult, score_arc, trajectory};
use doverie_core::content::LoadedArc;
use doverie_core::engine::{Action, CallState, Chance, Input, Stamped};
use doverie_core::protocol::Protocol;
use doverie_core::scenario::Scenario;
use doverie_core::score::monitor::{FindingKind, Monitors};
use doverie_core::score::score;

/// How far the arc explorer may go.
#[derive(Debug, Clone, Copy)]
pub struct ArcExploreOptions {
    /// States explored per start of a call.
    pub max_states: usize,
    /// Distinct starts explored per call.
    pub max_starts: usize,
    /// Arcs scored.
    pub max_arcs: usize,
}

impl Default for ArcExploreOptions {
    fn default() -> Self {
        ArcExploreOptions {
            max_states: 10_000,
            max_starts: 12,
            max_arcs: 200_000,
        }
    }
}

/// What was explored of one call of the arc.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallExplored {
    /// The scenario's id.
    pub scenario: String,
    /// Distinct starts (carried values) reached from the previous call.
    pub starts: usize,
    /// Starts explored (at most `max_starts`).
    pub starts_explored: usize,
    /// States explored over all its starts.
    pub states: usize,
    /// Distinct end states (carried values and outcome) over all its starts.
    pub ends: usize,
    /// Distinct carried values the call ends with, over all its starts.
    pub end_values: usize,
    /// False when `max_states` stopped the exploration of a start.
    pub complete: bool,
}

/// An arc found: its scorecard, and a script and a seed per call that replay it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArcPath {
    /// The arc's scorecard.
    pub card: ArcCard,
    /// Each call's inputs, as `--choose` / `--script` tokens.
    pub scripts: Vec<String>,
    /// Each call's seed, under which its random branches fall as found.
    pub seeds: Vec<u64>,
}

impl ArcPath {
    /// The command line that plays this arc again.
    pub fn command(&self, arc: &str) -> String {
        let seeds: Vec<String> = self.seeds.iter().map(u64::to_string).collect();
        let scripts: String = self
            .scripts
            .iter()
            .map(|s| format!(" --script '{s}'"))
            .collect();
        format!(
            "doverie play --arc {arc} --seeds {}{scripts}",
            seeds.join(",")
        )
    }
}

/// What the arc explorer found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArcReport {
    /// The arc's id.
    pub arc: String,
    /// Each call.
    pub calls: Vec<CallExplored>,
    /// Arcs scored.
    pub arcs: usize,
    /// False when a bound stopped the exploration (states, starts or arcs).
    pub complete: bool,
    /// The best arc found.
    pub best: Option<ArcPath>,
    /// The worst arc found.
    pub worst: Option<ArcPath>,
}

/// A chance that takes given picks, then the first alternative, recording every pick point.
struct Forced<'a> {
    given: &'a [usize],
    taken: Vec<usize>,
    /// The alternatives (positive weights) at each pick point.
    choices: Vec<Vec<usize>>,
}

impl Chance for Forced<'_> {
    fn pick(&mut self, weights: &[u32]) -> usize {
        let alternatives: Vec<usize> = (0..weights.len()).filter(|&i| weights[i] > 0).collect();
        let n = self.taken.len();
        let pick = self
            .given
            .get(n)
            .copied()
            .filter(|p| alternatives.contains(p))
            .or_else(|| alternatives.first().copied())
            .unwrap_or(0);
        self.taken.push(pick);
        self.choices.push(alternatives);
        pick
    }

    fn pick_line(&mut self, _n: usize) -> usize {
        // Lines change nothing in a call's state.
        0
    }
}

/// One step of a path: an input and the random picks it took.
#[derive(Debug, Clone)]
struct Step {
    input: Input,
    picks: Vec<usize>,
}

/// An end of a call from one start.
#[derive(Debug, Clone)]
struct Candidate {
    steps: Vec<Step>,
    result: CallResult,
}

/// The inputs tried in a state.
fn inputs(scenario: &Scenario, state: &CallState) -> Vec<Input> {
    let mut out: Vec<Input> = state
        .offered(scenario)
        .map(|(_, o)| Input::Choose {
            option: o.id.clone(),
        })
        .collect();
    if let Some(s) = state.seconds_until_silence(scenario) {
        out.push(Input::Wait { seconds: s.max(1) });
    }
    let node = scenario.node(state.node);
    let mut services: Vec<u16> = node
        .dispatch
        .iter()
        .chain(&scenario.default_dispatch)
        .flat_map(|d| d.services.iter().copied())
        .collect();
    services.sort_unstable();
    services.dedup();
    out.extend(services.into_iter().filter_map(|s| {
        scenario
            .services
            .get(usize::from(s))
            .map(|svc| Input::Dispatch {
                service: svc.id.clone(),
            })
    }));
    out.push(Input::HangUp);
    out
}

/// Every outcome of applying `input` in `state`: the picks taken, the state after, the events.
fn outcomes(
    scenario: &Scenario,
    state: &CallState,
    input: &Input,
) -> Vec<(Vec<usize>, CallState, Vec<Stamped>)> {
    let Ok(action) = state.resolve(scenario, input) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack: Vec<Vec<usize>> = vec![Vec::new()];
    while let Some(prefix) = stack.pop() {
        let mut chance = Forced {
            given: &prefix,
            taken: Vec::new(),
            choices: Vec::new(),
        };
        let mut next = state.clone();
        let mut events = Vec::new();
        if next
            .act(scenario, &mut chance, action, &mut events)
            .is_err()
        {
            continue;
        }
        for q in prefix.len()..chance.taken.len() {
            for &alt in &chance.choices[q] {
                if alt != chance.taken[q] {
                    let mut p = chance.taken[..q].to_vec();
                    p.push(alt);
                    stack.push(p);
                }
            }
        }
        out.push((chance.taken, next, events));
    }
    out
}

/// The memo key: the state without its turn and time.
fn key(state: &CallState) -> CallState {
    let mut k = state.clone();
    k.turn = 0;
    k.time = 0;
    k
}

/// Replays steps from the start of `scenario`, with their picks: the events and the state.
fn replay(scenario: &Scenario, steps: &[Step]) -> Option<(CallState, Vec<Stamped>)> {
    let mut events = Vec::new();
    let mut start = Forced {
        given: &[],
        taken: Vec::new(),
        choices: Vec::new(),
    };
    let mut state = CallState::start(scenario, &mut start, &mut events);
    for s in steps {
        let action: Action = state.resolve(scenario, &s.input).ok()?;
        let mut chance = Forced {
            given: &s.picks,
            taken: Vec::new(),
            choices: Vec::new(),
        };
        state.act(scenario, &mut chance, action, &mut events).ok()?;
    }
    Some((state, events))
}

/// What exploring a call from one start gives.
struct Explored {
    states: usize,
    complete: bool,
    /// Every end: (carried end values, outcome) -> best and worst candidates.
    ends: usize,
    candidates: Vec<Candidate>,
}

fn explore_start(
    loaded: &LoadedArc,
    call: usize,
    start: &[i32],
    max_states: usize,
) -> Option<Explored> {
    let arc = &loaded.arc;
    let scenario = loaded.calls[call]
        .scenario
        .with_carried(&arc.named(start))
        .ok()?;
    let protocol: &Protocol = &loaded.calls[call].protocol;
    // All the call's states, breadth-first; then, as the scenario explorer does, the calls
    // with no deviation so far alone (a deviation is never undone), which a breadth-first
    // search bounded by states rarely reaches the end of: between them, the best ends.
    let (states, complete, mut ends) = walk(&scenario, protocol, max_states, false);
    let (flawless_states, _, flawless_ends) = walk(&scenario, protocol, max_states, true);
    ends.extend(flawless_ends);
    // Score every end, and keep the best and worst per carried end values.
    let mut groups: BTreeMap<Vec<i32>, (Candidate, Candidate)> = BTreeMap::new();
    let slots: Vec<usize> = arc
        .carried
        .iter()
        .filter_map(|v| scenario.variable_ix(v).map(usize::from))
        .collect();
    for steps in &ends {
        let steps = steps.clone();
        let Some((state, events)) = replay(&scenario, &steps) else {
            continue;
        };
        let card = score(&scenario, protocol, &events, &state.vars);
        let values: Vec<i32> = slots.iter().map(|&s| state.vars[s]).collect();
        let result = CallResult {
            card,
            trajectory: trajectory(arc, &scenario, &events),
        };
        let candidate = Candidate { steps, result };
        match groups.get_mut(&values) {
            None => {
                groups.insert(values, (candidate.clone(), candidate));
            }
            Some((best, worst)) => {
                let t = candidate.result.card.total;
                let l = candidate.result.card.level;
                if (l, -t) < (best.result.card.level, -best.result.card.total) {
                    *best = candidate.clone();
                }
                if (l, -t) > (worst.result.card.level, -worst.result.card.total) {
                    *worst = candidate;
                }
            }
        }
    }
    let candidates = groups
        .into_values()
        .flat_map(|(b, w)| {
            if b.steps.len() == w.steps.len()
                && b.result.card.total == w.result.card.total
                && b.result.card.level == w.result.card.level
            {
                vec![b]
            } else {
                vec![b, w]
            }
        })
        .collect();
    Some(Explored {
        states: states + flawless_states,
        complete,
        ends: ends.len(),
        candidates,
    })
}

/// A state found by [`walk`]: its parent, the step to it, the state, and the rule monitors
/// (in the walk of calls with no deviation only).
type Found = (Option<usize>, Option<Step>, CallState, Option<Monitors>);

/// Walks a call's states breadth-first, each expanded once (memoised without the turn and
/// time), up to `max_states`; with `flawless`, only the calls with no deviation so far. Returns
/// the states found, whether the walk finished, and the steps to each end.
fn walk(
    scenario: &Scenario,
    protocol: &Protocol,
    max_states: usize,
    flawless: bool,
) -> (usize, bool, Vec<Vec<Step>>) {
    let mut nodes: Vec<Found> = Vec::new();
    let mut seen: HashSet<CallState> = HashSet::new();
    let mut events = Vec::new();
    let mut start_chance = Forced {
        given: &[],
        taken: Vec::new(),
        choices: Vec::new(),
    };
    let first = CallState::start(scenario, &mut start_chance, &mut events);
    let monitors = flawless.then(|| {
        let mut m = Monitors::new(protocol, scenario);
        m.observe_all(protocol, scenario, &events, &mut |_| {});
        m
    });
    seen.insert(key(&first));
    nodes.push((None, None, first, monitors));
    let mut ends = Vec::new();
    let mut complete = true;
    let mut i = 0;
    while i < nodes.len() {
        if nodes[i].2.ended.is_some() {
            let mut steps = Vec::new();
            let mut at = i;
            while let (Some(parent), Some(step)) = (nodes[at].0, &nodes[at].1) {
                steps.push(step.clone());
                at = parent;
            }
            steps.reverse();
            ends.push(steps);
            i += 1;
            continue;
        }
        let state = nodes[i].2.clone();
        for input in inputs(scenario, &state) {
            for (picks, next, events) in outcomes(scenario, &state, &input) {
                let monitors = match &nodes[i].3 {
                    None => None,
                    Some(m) => {
                        let mut m = m.clone();
                        let mut deviated = false;
                        m.observe_all(protocol, scenario, &events, &mut |f| {
                            deviated |= matches!(f.kind, FindingKind::Deviation(_));
                        });
                        if deviated {
                            continue;
                        }
                        Some(m)
                    }
                };
                if !seen.insert(key(&next)) {
                    continue;
                }
                if nodes.len() >= max_states {
                    complete = false;
                    continue;
                }
                nodes.push((
                    Some(i),
                    Some(Step {
                        input: input.clone(),
                        picks,
                    }),
                    next,
                    monitors,
                ));
            }
        }
        i += 1;
    }
    (nodes.len(), complete, ends)
}

/// The starts of a call to explore, at most `max`: half those the best arcs so far reach, then
/// those the worst reach (so that both the best and the worst arcs are followed).
fn chosen(starts: &[Vec<i32>], reach: &HashMap<Vec<i32>, (f64, f64)>, max: usize) -> Vec<Vec<i32>> {
    if starts.len() <= max {
        return starts.to_vec();
    }
    let of = |s: &Vec<i32>| reach.get(s).copied().unwrap_or((0.0, 0.0));
    let mut by_best = starts.to_vec();
    by_best.sort_by(|a, b| of(b).0.total_cmp(&of(a).0).then_with(|| a.cmp(b)));
    let mut out: Vec<Vec<i32>> = by_best.into_iter().take(max.div_ceil(2)).collect();
    let mut by_worst = starts.to_vec();
    by_worst.sort_by(|a, b| of(a).1.total_cmp(&of(b).1).then_with(|| a.cmp(b)));
    for s in by_worst {
        if out.len() >= max {
            break;
        }
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Explores an arc. `progress` is called with each call's index as it is explored.
pub fn explore_arc(
    loaded: &LoadedArc,
    options: ArcExploreOptions,
    progress: &mut dyn FnMut(usize),
) -> ArcReport {
    let arc = &loaded.arc;
    let first_start: Vec<i32> = arc
        .carried
        .iter()
        .map(|v| {
            loaded.calls[0]
                .scenario
                .variables
                .iter()
                .find(|x| &x.id == v)
                .map_or(0, |x| x.initial)
        })
        .collect();
    let mut complete = true;
    let mut calls = Vec::new();
    // Candidates of each call, by start.
    let mut explored: Vec<HashMap<Vec<i32>, Vec<Candidate>>> = Vec::new();
    let mut starts: Vec<Vec<i32>> = vec![first_start];
    let mut reach: HashMap<Vec<i32>, (f64, f64)> = HashMap::new();
    for call in 0..arc.calls.len() {
        progress(call);
        let mut stats = CallExplored {
            scenario: arc.calls[call].scenario.clone(),
            starts: starts.len(),
            starts_explored: 0,
            states: 0,
            ends: 0,
            end_values: 0,
            complete: true,
        };
        let mut by_start = HashMap::new();
        // Each end reached, with the best and the worst sum of call totals that reach it.
        let mut next: HashMap<Vec<i32>, (f64, f64)> = HashMap::new();
        for start in chosen(&starts, &reach, options.max_starts) {
            let Some(e) = explore_start(loaded, call, &start, options.max_states) else {
                continue;
            };
            stats.starts_explored += 1;
            stats.states += e.states;
            stats.ends += e.ends;
            stats.complete &= e.complete;
            let (best_so_far, worst_so_far) = reach.get(&start).copied().unwrap_or((0.0, 0.0));
            for c in &e.candidates {
                if let Some(end) = c.result.trajectory.last() {
                    let t = c.result.card.total;
                    let slot = next.entry(end.clone()).or_insert((f64::MIN, f64::MAX));
                    slot.0 = slot.0.max(best_so_far + t);
                    slot.1 = slot.1.min(worst_so_far + t);
                }
            }
            by_start.insert(start.clone(), e.candidates);
        }
        let mut next_starts: Vec<Vec<i32>> = next.keys().cloned().collect();
        stats.end_values = next_starts.len();
        complete &= stats.complete && stats.starts_explored == stats.starts;
        calls.push(stats);
        explored.push(by_start);
        next_starts.sort();
        starts = next_starts;
        reach = next;
    }
    // Every chain of candidates, scored as an arc.
    let protocol = loaded.protocol();
    let mut arcs = 0usize;
    let mut best: Option<(ArcCard, Vec<&Candidate>)> = None;
    let mut worst: Option<(ArcCard, Vec<&Candidate>)> = None;
    let mut stack: Vec<Vec<&Candidate>> = vec![Vec::new()];
    let start0 = explored
        .first()
        .and_then(|m| m.keys().next().cloned())
        .unwrap_or_default();
    while let Some(chain) = stack.pop() {
        let n = chain.len();
        if n == arc.calls.len() {
            if arcs >= options.max_arcs {
                complete = false;
                break;
            }
            arcs += 1;
            let results: Vec<CallResult> = chain.iter().map(|c| c.result.clone()).collect();
            let card = score_arc(arc, protocol, &results);
            let rank = |c: &ArcCard| (c.level, -c.total);
            if best.as_ref().is_none_or(|(b, _)| rank(&card) < rank(b)) {
                best = Some((card.clone(), chain.clone()));
            }
            if worst.as_ref().is_none_or(|(w, _)| rank(&card) > rank(w)) {
                worst = Some((card, chain));
            }
            continue;
        }
        let start = match chain.last() {
            None => start0.clone(),
            Some(c) => c.result.trajectory.last().cloned().unwrap_or_default(),
        };
        if let Some(cands) = explored.get(n).and_then(|m| m.get(&start)) {
            for c in cands {
                let mut next = chain.clone();
                next.push(c);
                stack.push(next);
            }
        }
    }
    let path = |(card, chain): (ArcCard, Vec<&Candidate>)| -> Option<ArcPath> {
        let mut seeds = Vec::new();
        let mut scripts = Vec::new();
        let mut start = start0.clone();
        for (call, c) in chain.iter().enumerate() {
            let scenario = loaded.calls[call]
                .scenario
                .with_carried(&arc.named(&start))
                .ok()?;
            seeds.push(seed_for(arc, &scenario, &loaded.calls[call].protocol, c)?);
            scripts.push(
                c.steps
                    .iter()
                    .map(|s| s.input.token())
                    .collect::<Vec<_>>()
                    .join(","),
            );
            start = c.result.trajectory.last().cloned().unwrap_or_default();
        }
        Some(ArcPath {
            card,
            scripts,
            seeds,
        })
    };
    ArcReport {
        arc: arc.id.clone(),
        calls,
        arcs,
        complete,
        best: best.and_then(path),
        worst: worst.and_then(path),
    }
}

/// A seed under which a candidate's inputs replay to the same call (the same scorecard and
/// the same carried values all along), if one of `0..SEED_SEARCH` does.
fn seed_for(
    arc: &doverie_core::arc::Arc,
    scenario: &Scenario,
    protocol: &Protocol,
    c: &Candidate,
) -> Option<u64> {
    let target = &c.result.card;
    (0..crate::explore::SEED_SEARCH).find(|&seed| {
        let (mut call, mut events) = doverie_core::engine::Call::start(scenario, seed);
        for s in &c.steps {
            match call.apply(scenario, &s.input) {
                Ok(more) => events.extend(more),
                Err(_) => return false,
            }
        }
        if !call.is_over() {
            return false;
        }
        let card = score(scenario, protocol, &events, &call.state.vars);
        card.total == target.total
            && card.level == target.level
            && card.end_state == target.end_state
            && card.outcome == target.outcome
            && card.deviations == target.deviations
            && trajectory(arc, scenario, &events) == c.result.trajectory
    })
}
