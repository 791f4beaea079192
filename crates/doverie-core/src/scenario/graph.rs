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

/// The facts of a call's history that some condition of the scenario reads: which nodes'
/// visits, which caller events and which services. Nothing else of the history can change what
/// happens next.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactsRead {
    /// Nodes whose visit a condition reads.
    pub visited: crate::bits::BitSet,
    /// Caller events a condition reads.
    pub raised: crate::bits::BitSet,
    /// Services whose dispatch a condition reads.
    pub dispatched: crate::bits::BitSet,
    /// Variables some condition compares.
    pub variables: crate::bits::BitSet,
}

/// The facts of a call that the scenario's conditions read (the rest never change what happens).
pub fn facts_read(scenario: &Scenario) -> FactsRead {
    use super::{Condition, Next};
    fn cond(c: &Condition, f: &mut FactsRead) {
        match c {
            Condition::Cmp(var, ..) => f.variables.insert(usize::from(*var)),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| cond(c, f)),
            Condition::Not(c) => cond(c, f),
            Condition::Visited(n) => f.visited.insert(*n as usize),
            Condition::Raised(e) => f.raised.insert(usize::from(*e)),
            Condition::Dispatched(s) => s.iter().for_each(|s| f.dispatched.insert(usize::from(*s))),
        }
    }
    fn next(n: &Next, f: &mut FactsRead) {
        if let Next::If(c, a, b) = n {
            cond(c, f);
            next(a, f);
            next(b, f);
        }
    }
    let mut f = FactsRead::default();
    let reactions = scenario
        .default_silence
        .iter()
        .map(|s| &s.reaction)
        .chain(scenario.default_dispatch.iter().map(|d| &d.reaction));
    for r in reactions {
        next(&r.next, &mut f);
    }
    for d in &scenario.default_dispatch {
        if let Some(c) = &d.when {
            cond(c, &mut f);
        }
    }
    for n in &scenario.nodes {
        for o in &n.options {
            if let Some(c) = &o.when {
                cond(c, &mut f);
            }
            next(&o.next, &mut f);
        }
        for s in n.silence.iter().flatten() {
            next(&s.reaction.next, &mut f);
        }
        for d in &n.dispatch {
            if let Some(c) = &d.when {
                cond(c, &mut f);
            }
            next(&d.reaction.next, &mut f);
        }
    }
    f
}
