//! Static structure of a scenario graph (ignoring conditions).

use super::{Condition, NodeIx, Scenario};

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
    use super::Next;
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

/// What is certain on arriving at each node, whatever path of transitions led there: the events
/// raised on every path, the nodes visited on every path, and which nodes can come before it.
/// Conditions are judged with it where a node alone settles them ([`Certain::judge`]).
#[derive(Debug, Clone)]
pub struct Certain {
    /// Per node: events raised on every path to it (arrival included); `None` if unreachable.
    raised: Vec<Option<std::collections::BTreeSet<crate::protocol::EventIx>>>,
    /// Per node: nodes on every path to it (itself included); `None` if unreachable.
    visited: Vec<Option<std::collections::BTreeSet<NodeIx>>>,
    /// `before[m][n]`: some path leads from node `m` to node `n` (or `m == n`).
    before: Vec<Vec<bool>>,
}

impl Certain {
    /// Works out, for every node of `scenario`, what is certain on arriving there.
    pub fn of(scenario: &Scenario) -> Certain {
        use std::collections::BTreeSet;
        let count = scenario.nodes.len();
        let successors: Vec<Vec<NodeIx>> = (0..count)
            .map(|n| scenario.successors(n as NodeIx))
            .collect();
        let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); count];
        for (n, next) in successors.iter().enumerate() {
            for &s in next {
                predecessors[s as usize].push(n);
            }
        }
        let reachable = reachable(scenario);
        let mut raised: Vec<Option<BTreeSet<_>>> = vec![None; count];
        let mut visited: Vec<Option<BTreeSet<NodeIx>>> = vec![None; count];
        let start = scenario.start as usize;
        // A must-analysis: start from "nothing known yet" (None) and intersect until stable.
        let mut changed = true;
        while changed {
            changed = false;
            for n in (0..count).filter(|&n| reachable[n]) {
                let mut r: Option<BTreeSet<_>> = None;
                let mut v: Option<BTreeSet<NodeIx>> = None;
                if n != start {
                    for &p in &predecessors[n] {
                        if let (Some(pr), Some(pv)) = (&raised[p], &visited[p]) {
                            r = Some(match r {
                                None => pr.clone(),
                                Some(r) => r.intersection(pr).copied().collect(),
                            });
                            v = Some(match v {
                                None => pv.clone(),
                                Some(v) => v.intersection(pv).copied().collect(),
                            });
                        }
                    }
                }
                if n != start && r.is_none() {
                    continue;
                }
                let mut r = r.unwrap_or_default();
                let mut v = v.unwrap_or_default();
                r.extend(scenario.nodes[n].events.iter().copied());
                v.insert(n as NodeIx);
                if raised[n].as_ref() != Some(&r) || visited[n].as_ref() != Some(&v) {
                    raised[n] = Some(r);
                    visited[n] = Some(v);
                    changed = true;
                }
            }
        }
        let before = (0..count)
            .map(|m| {
                let mut seen = vec![false; count];
                let mut stack = vec![m];
                while let Some(n) = stack.pop() {
                    if std::mem::replace(&mut seen[n], true) {
                        continue;
                    }
                    stack.extend(successors[n].iter().map(|&s| s as usize));
                }
                seen
            })
            .collect();
        Certain {
            raised,
            visited,
            before,
        }
    }

    /// Whether `condition` holds on arriving at `node`: `Some` when the node alone settles it
    /// (an event raised on every path there, a node visited on every path or on none), `None`
    /// when it depends on the call (variables, services, the path taken).
    pub fn judge(&self, condition: &Condition, node: NodeIx) -> Option<bool> {
        let n = node as usize;
        match condition {
            Condition::Cmp(..) | Condition::Dispatched(_) => None,
            Condition::Raised(e) => self.raised[n]
                .as_ref()
                .is_some_and(|r| r.contains(e))
                .then_some(true),
            Condition::Visited(m) => {
                if self.visited[n].as_ref().is_some_and(|v| v.contains(m)) {
                    Some(true)
                } else if !self.before[*m as usize][n] {
                    Some(false)
                } else {
                    None
                }
            }
            Condition::Not(c) => self.judge(c, node).map(|held| !held),
            Condition::All(cs) => {
                let judged: Vec<_> = cs.iter().map(|c| self.judge(c, node)).collect();
                if judged.contains(&Some(false)) {
                    Some(false)
                } else if judged.iter().all(|j| *j == Some(true)) {
                    Some(true)
                } else {
                    None
                }
            }
            Condition::Any(cs) => {
                let judged: Vec<_> = cs.iter().map(|c| self.judge(c, node)).collect();
                if judged.contains(&Some(true)) {
                    Some(true)
                } else if judged.iter().all(|j| *j == Some(false)) {
                    Some(false)
                } else {
                    None
                }
            }
        }
    }

    /// The nodes a call can move to from `node`, each reaction judged by its condition on this
    /// node: options whose condition cannot hold here are left out, and for each service only
    /// the dispatch reactions that can apply here (the node's own first, then the scenario's,
    /// up to the first that surely applies) count. The node itself is not in the list.
    pub fn ways_out(&self, scenario: &Scenario, node: NodeIx) -> Vec<NodeIx> {
        let n = scenario.node(node);
        let may = |c: &Option<Condition>| {
            c.as_ref()
                .is_none_or(|c| self.judge(c, node) != Some(false))
        };
        let mut out = Vec::new();
        for option in n.options.iter().filter(|o| may(&o.when)) {
            option.next.targets(&mut out);
        }
        for s in scenario.silence_plan(node) {
            s.reaction.next.targets(&mut out);
        }
        for service in 0..scenario.services.len() {
            let service = service as crate::protocol::ServiceIx;
            for d in n.dispatch.iter().chain(&scenario.default_dispatch) {
                if !d.applies_to(service) {
                    continue;
                }
                let judged = d.when.as_ref().map_or(Some(true), |c| self.judge(c, node));
                if judged == Some(false) {
                    continue;
                }
                d.reaction.next.targets(&mut out);
                if judged == Some(true) {
                    break;
                }
            }
        }
        out.retain(|&s| s != node);
        out.sort_unstable();
        out.dedup();
        out
    }
}
