//! Random calls: the distribution of levels and totals a scenario gives when a trainee answers
//! at random the way a trainee plays: mostly by the offered options, preferring what they have
//! not said yet, sometimes silent, rarely calling a service, and hanging up only when there is
//! nothing left to say or wait for (or after 400 steps).

use serde::Serialize;

use doverie_core::engine::{Action, Call, Chance, Dice};
use doverie_core::protocol::Protocol;
use doverie_core::scenario::Scenario;
use doverie_core::score::{Level, score};

/// The longest random call; calls still open then are hung up.
const MAX_STEPS: usize = 400;

/// How much likelier an option not yet said in this call is than one said before.
const NEW_OPTION: u32 = 12;
/// An option already said (a trainee rarely repeats themselves).
const SAID_OPTION: u32 = 1;
/// Staying silent until the caller reacts.
const SILENCE: u32 = 2;
/// Calling a service (one of them, picked evenly), whatever the number of services.
const DISPATCH: u32 = 1;

/// The next action of a random trainee, `said` being the options already said in this call.
fn trainee_action(
    call: &Call,
    scenario: &Scenario,
    said: &std::collections::HashSet<(u32, u16)>,
    policy: &mut Dice,
) -> Action {
    let node = call.state.node;
    let mut actions: Vec<(u32, Action)> = call
        .options(scenario)
        .map(|(o, _)| {
            let weight = if said.contains(&(node, o)) {
                SAID_OPTION
            } else {
                NEW_OPTION
            };
            (weight, Action::Choose(o))
        })
        .collect();
    if let Some(due) = call.seconds_until_silence(scenario) {
        actions.push((SILENCE, Action::Wait(due)));
    }
    // Nothing to say and nobody to wait for: the trainee hangs up.
    if actions.is_empty() {
        return Action::HangUp;
    }
    if !scenario.services.is_empty() {
        actions.push((DISPATCH, Action::Dispatch(u16::MAX)));
    }
    let weights: Vec<u32> = actions.iter().map(|(w, _)| *w).collect();
    match actions[policy.pick(&weights)].1 {
        Action::Dispatch(_) => {
            let even = vec![1; scenario.services.len()];
            Action::Dispatch(policy.pick(&even) as u16)
        }
        action => action,
    }
}

/// The distribution of random calls, drawn the way a trainee might play.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RandomReport {
    /// How many calls.
    pub calls: usize,
    /// The seed of the first.
    pub seed: u64,
    /// Calls per level, best first.
    pub levels: Vec<(Level, usize)>,
    /// Calls per outcome.
    pub outcomes: Vec<(String, usize)>,
    /// The lowest total.
    pub min: f64,
    /// The median total.
    pub median: f64,
    /// The mean total.
    pub mean: f64,
    /// The highest total.
    pub max: f64,
    /// Calls per band of ten points: [0, 10), [10, 20) ... [90, 100].
    pub histogram: [usize; 10],
}

/// Plays `calls` random calls; call `i` uses seed `seed + i` for the caller and a stream derived
/// from it for the counsellor's picks, so the report is reproducible.
pub fn random_calls(
    scenario: &Scenario,
    protocol: &Protocol,
    calls: usize,
    seed: u64,
) -> RandomReport {
    let mut totals = Vec::with_capacity(calls);
    let mut levels = vec![0usize; Level::ALL.len()];
    let mut outcomes: Vec<(String, usize)> = Vec::new();
    for i in 0..calls as u64 {
        let call_seed = seed.wrapping_add(i);
        let (mut call, mut events) = Call::start(scenario, call_seed);
        let mut policy = Dice::new(call_seed ^ 0x9e37_79b9_7f4a_7c15);
        let mut steps = 0;
        let mut said = std::collections::HashSet::new();
        while !call.is_over() {
            let action = if steps >= MAX_STEPS {
                Action::HangUp
            } else {
                trainee_action(&call, scenario, &said, &mut policy)
            };
            if let Action::Choose(o) = action {
                said.insert((call.state.node, o));
            }
            let mut out = Vec::new();
            if call.act(scenario, action, &mut out).is_err() {
                break;
            }
            events.extend(out);
            steps += 1;
        }
        let card = score(scenario, protocol, &events, &call.state.vars);
        totals.push(card.total);
        levels[Level::ALL
            .iter()
            .position(|&l| l == card.level)
            .unwrap_or(0)] += 1;
        let outcome = card.outcome.unwrap_or_default();
        match outcomes.iter_mut().find(|(o, _)| *o == outcome) {
            Some((_, n)) => *n += 1,
            None => outcomes.push((outcome, 1)),
        }
    }
    totals.sort_by(f64::total_cmp);
    let mut histogram = [0usize; 10];
    for &t in &totals {
        histogram[((t / 10.0) as usize).min(9)] += 1;
    }
    outcomes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let n = totals.len().max(1) as f64;
    RandomReport {
        calls,
        seed,
        levels: Level::ALL.iter().copied().zip(levels).collect(),
        outcomes,
        min: totals.first().copied().unwrap_or(0.0),
        median: totals.get(totals.len() / 2).copied().unwrap_or(0.0),
        mean: (totals.iter().sum::<f64>() / n * 10.0).round() / 10.0,
        max: totals.last().copied().unwrap_or(0.0),
        histogram,
    }
}
