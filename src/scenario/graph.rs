//! Static structure of a scenario graph (ignoring conditions).

use super::{NodeIx, Scenario};

/// For each node, whether some path of transitions from the start reaches it.
pub fn reachable(scenario: &Scenario) -> Vec<bool> {
    let mut seen = vec![false; scenario.nodes.len()];
    let mut stack = vec![scenario.start];
    while let Some(n) = stack.pop() {
        let slot = &mut seen[n as usize];
        if *slot {
            continue;
        }
        *slot = true;
        stack.extend(
            scenario
                .successors(n)
                .into_iter()
                .filter(|&s: &NodeIx| !seen[s as usize]),
        );
    }
    seen
}
