//! What is concluded from an explored space: the endings and the shortest script to each,
//! nodes and options never reached, dead ends and traps, the best and worst calls (with seeds
//! that replay them), whether a High Compliance call exists, which rules are never triggered or
//! never kept, and what made a space too big.

use doverie_core::engine::{Action, Call, End, Input};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::Rule;
use doverie_core::scenario::{NodeIx, Scenario};
use doverie_core::score::{Level, score};

use super::search::{Parts, Space, State, search};
use super::table::Table;
use super::{
    BlowUp, EndingReport, ExploreOptions, Report, SEED_SEARCH, ScorePath, Script, Stuck, Unreached,
};

/// Explores the states of a call for `parts` and reports what they show.
pub(super) fn explored(
    scenario: &Scenario,
    protocol: &Protocol,
    options: ExploreOptions,
    progress: &mut dyn FnMut(usize, usize),
    parts: Parts,
) -> Report {
    let space = search(scenario, protocol, options, progress, parts);
    let mut report = analyse(scenario, protocol, &space, parts);
    report.transitions = space.transitions;
    if !space.complete {
        report.blow_up = Some(blow_up(scenario, &space.table, options.max_states));
    }
    report
}

impl State {
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

/// The rules never triggered and never kept, each of `rules` explored with the call alone
/// (under `alone`, the protocol without rules, and the score so far left out of the states):
/// whether every one of those explorations finished (the first that does not ends them), the
/// states explored, and the two lists.
pub(super) fn rules_one_by_one(
    scenario: &Scenario,
    rules: &[Rule],
    mut alone: Protocol,
    bound: ExploreOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> (bool, usize, Vec<String>, Vec<String>) {
    let (mut never_triggered, mut never_kept, mut states) = (Vec::new(), Vec::new(), 0);
    for rule in rules {
        alone.rules = vec![rule.clone()];
        let r = explored(scenario, &alone, bound, progress, Parts::Rules);
        states += r.states;
        if !r.complete {
            return (false, states, Vec::new(), Vec::new());
        }
        never_triggered.extend(r.rules_never_triggered);
        never_kept.extend(r.rules_never_kept);
    }
    (true, states, never_triggered, never_kept)
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

/// What `space`, explored for `parts`, shows; the counts of states and transitions and the
/// blow-up are the caller's to fill in.
fn analyse(scenario: &Scenario, protocol: &Protocol, space: &Space, parts: Parts) -> Report {
    let Space {
        table,
        parents,
        edges,
        rules,
        complete,
        ..
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
