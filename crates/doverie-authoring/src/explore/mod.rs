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
//!
//! `search.rs` walks the states breadth-first, memoised in `table.rs` (which packs each state,
//! the rule monitors included, into 32-bit words); `analysis.rs` concludes from an explored
//! space; this module plans the explorations and holds the report's data, which
//! `crate::report` puts into words. `random.rs` plays random calls.

mod analysis;
mod random;
mod search;
mod table;

use std::time::Instant;

use serde::Serialize;

use doverie_core::protocol::Protocol;
use doverie_core::scenario::Scenario;
use doverie_core::score::Level;
pub use random::{RandomReport, random_calls};
use search::Parts;

/// Rule counters above this are treated as equal in the memo key.
pub const COUNTER_CAP: u16 = 3;
/// Category sums above this are treated as equal in the memo key.
pub const CATEGORY_CAP: u8 = 12;
/// Seeds tried to make a script's random branches fall the reported way.
pub const SEED_SEARCH: u64 = 20_000;

/// How far the explorer may go.
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
    /// The inputs, as `--choose` tokens.
    pub tokens: String,
    /// A seed under which the script's random branches fall as reported; none if no seed in
    /// `0..SEED_SEARCH` does.
    pub seed: Option<u64>,
}

/// An ending and the shortest script to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingReport {
    /// The ending node, or `None` for the counsellor hanging up.
    pub node: Option<String>,
    /// Its outcome's id.
    pub outcome: String,
    /// A script that reaches it.
    pub script: Script,
}

/// A call's score and a script to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorePath {
    /// The total.
    pub total: f64,
    /// The compliance level.
    pub level: Level,
    /// Its outcome's id.
    pub outcome: String,
    /// A script that plays it.
    pub script: Script,
}

/// A node or option no call reaches, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unreached {
    /// The node's id.
    pub node: String,
    /// The option's id, when it is an option.
    pub option: Option<String>,
    /// Why it is never reached.
    pub reason: String,
}

/// A node where calls get stuck (a dead end or a trap).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stuck {
    /// The node's id.
    pub node: String,
    /// How many distinct states on this node are stuck.
    pub states: usize,
    /// A script that gets there.
    pub script: String,
}

/// What grew when the exploration stopped at its bound.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlowUp {
    /// The bound.
    pub max_states: usize,
    /// Variables with the number of distinct values seen, most first.
    pub variables: Vec<(String, usize)>,
    /// Distinct (node, variables) combinations seen: when the states are many more, the visit
    /// facts and the silence multiply the space.
    pub node_and_variables: usize,
}

/// What the explorer found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The scenario's id.
    pub scenario: String,
    /// Distinct call states explored.
    pub states: usize,
    /// Transitions between them.
    pub transitions: usize,
    /// States of the product of the call with the rule monitors, for the scores.
    pub scored_states: usize,
    /// Transitions between them.
    pub scored_transitions: usize,
    /// States explored one rule at a time (see `rules_complete`), when the scores' exploration
    /// stopped short.
    pub rule_states: usize,
    /// How long it took, in seconds.
    pub seconds: f64,
    /// False when `max_states` stopped the exploration of the call's states.
    pub complete: bool,
    /// False when `max_states` stopped the exploration of the scores: the best and worst calls
    /// are then the best and worst among the states explored (breadth-first, so the shortest
    /// calls first), and a High Compliance call not found may still exist.
    pub scores_complete: bool,
    /// What grew, when the exploration stopped at its bound.
    pub blow_up: Option<BlowUp>,
    /// Every ending with the shortest script to it.
    pub endings: Vec<EndingReport>,
    /// Nodes no call reaches.
    pub unreached_nodes: Vec<String>,
    /// Options never offered.
    pub unreached_options: Vec<Unreached>,
    /// Nodes with no way on that are not endings.
    pub dead_ends: Vec<Stuck>,
    /// Nodes a call can reach but never leave for an ending.
    pub traps: Vec<Stuck>,
    /// The best call found.
    pub best: Option<ScorePath>,
    /// The worst call found.
    pub worst: Option<ScorePath>,
    /// Whether a High Compliance call exists; `None` when the scores were not explored to the end
    /// and none was found.
    pub high_compliance_possible: Option<bool>,
    /// Whether the two lists below are settled (every state explored for every rule).
    pub rules_complete: bool,
    /// Rules no call of the scenario triggers.
    pub rules_never_triggered: Vec<String>,
    /// Rules no call of the scenario lets the trainee keep.
    pub rules_never_kept: Vec<String>,
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
    let structure = analysis::explored(scenario, &bare, options, progress, Parts::Structure);
    // Then the product with the rule monitors, for the scores.
    let bound = ExploreOptions::bounded(options.max_scored_states);
    let scored = analysis::explored(scenario, protocol, bound, progress, Parts::Scores);
    // When that stopped short of a High Compliance call, look for one among the calls with no
    // deviation so far only: a deviation is never undone, so that space is all that can lead
    // to one, and it is far smaller. Such a call keeps every rule it meets: it scores 100.
    let flawless = (scored.high_compliance_possible.is_none())
        .then(|| analysis::explored(scenario, protocol, bound, progress, Parts::Flawless));
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
        analysis::rules_one_by_one(scenario, &protocol.rules, bare, bound, progress)
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
