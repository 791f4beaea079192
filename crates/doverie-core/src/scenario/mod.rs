//! Scenarios: the file format ([`def`]), and the validated, indexed form the engine runs on.
//!
//! Architecture invariant: after [`compile`], every reference is an integer index that is known to
//! be valid, so the engine never looks a name up and never fails on a scenario.

pub mod compile;
pub mod def;
pub mod graph;

use rustc_hash::FxHashMap as HashMap;

use crate::protocol::{ActIx, EventIx, OutcomeIx, ServiceIx};
pub use compile::{Compiled, compile};
pub use def::{CallerDef, CallerRole, Difficulty, Gender, ScenarioDef};

pub type NodeIx = u32;
pub type VarIx = u16;
pub type LineIx = u32;

/// A validated scenario. Build it with [`compile`].
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: String,
    /// SHA-256 of the scenario file's bytes, hex.
    pub hash: String,
    pub protocol_id: String,
    pub caller: CallerDef,
    /// Local time at the start of the call, minutes after midnight.
    pub clock: Option<u16>,
    pub variables: Vec<Variable>,
    pub start: NodeIx,
    pub nodes: Vec<Node>,
    /// Every caller line of the scenario; nodes and reactions refer to them by index.
    pub lines: Vec<Line>,
    pub default_silence: Vec<SilenceReaction>,
    pub default_dispatch: Vec<DispatchReaction>,
    /// The protocol's services (ids and opening hours), indexed like the protocol's.
    pub services: Vec<crate::protocol::Service>,
    node_index: HashMap<String, NodeIx>,
}

impl Scenario {
    pub fn node(&self, ix: NodeIx) -> &Node {
        &self.nodes[ix as usize]
    }

    pub fn node_ix(&self, id: &str) -> Option<NodeIx> {
        self.node_index.get(id).copied()
    }

    pub fn service_ix(&self, id: &str) -> Option<ServiceIx> {
        self.services
            .iter()
            .position(|s| s.id == id)
            .map(|i| i as ServiceIx)
    }

    pub fn variable_ix(&self, id: &str) -> Option<VarIx> {
        self.variables
            .iter()
            .position(|v| v.id == id)
            .map(|i| i as VarIx)
    }

    /// The silence plan that applies on a node: its own, or the scenario's default.
    pub fn silence_plan(&self, node: NodeIx) -> &[SilenceReaction] {
        self.node(node)
            .silence
            .as_deref()
            .unwrap_or(&self.default_silence)
    }

    /// Nodes reachable in one step from `node`, ignoring conditions.
    pub fn successors(&self, node: NodeIx) -> Vec<NodeIx> {
        let n = self.node(node);
        let mut out = Vec::new();
        for option in &n.options {
            option.next.targets(&mut out);
        }
        for s in self.silence_plan(node) {
            s.reaction.next.targets(&mut out);
        }
        for d in n.dispatch.iter().chain(&self.default_dispatch) {
            d.reaction.next.targets(&mut out);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    pub id: String,
    pub min: i32,
    pub max: i32,
    pub initial: i32,
}

/// A caller line: the Fluent message that holds its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub lines: Vec<LineIx>,
    pub events: Vec<EventIx>,
    pub effects: Vec<Effect>,
    pub options: Vec<Choice>,
    pub silence: Option<Vec<SilenceReaction>>,
    pub dispatch: Vec<DispatchReaction>,
    pub ending: Option<OutcomeIx>,
}

/// An option the counsellor can choose.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    /// The Fluent message with the counsellor's words.
    pub message: String,
    pub acts: Vec<ActIx>,
    pub when: Option<Condition>,
    pub effects: Vec<Effect>,
    pub next: Next,
}

/// What the caller does in reaction to something: says a line, raises events, changes state, moves.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reaction {
    pub lines: Vec<LineIx>,
    pub events: Vec<EventIx>,
    pub effects: Vec<Effect>,
    pub next: Next,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SilenceReaction {
    /// Seconds of silence after which this happens.
    pub after: u32,
    pub reaction: Reaction,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DispatchReaction {
    /// The services this applies to; empty means any.
    pub services: Vec<ServiceIx>,
    pub when: Option<Condition>,
    pub reaction: Reaction,
}

impl DispatchReaction {
    pub fn applies_to(&self, service: ServiceIx) -> bool {
        self.services.is_empty() || self.services.contains(&service)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Next {
    #[default]
    Stay,
    Go(NodeIx),
    /// Weighted choice: `weights[i]` (positive) for `targets[i]`.
    Random {
        weights: Vec<u32>,
        targets: Vec<NodeIx>,
    },
    If(Condition, Box<Next>, Box<Next>),
}

impl Next {
    /// Every node this can lead to, appended to `out`.
    pub fn targets(&self, out: &mut Vec<NodeIx>) {
        match self {
            Next::Stay => {}
            Next::Go(n) => out.push(*n),
            Next::Random { targets, .. } => out.extend_from_slice(targets),

            Next::If(_, a, b) => {
                a.targets(out);
                b.targets(out);
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn holds(self, a: i32, b: i32) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    Cmp(VarIx, CmpOp, i32),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Visited(NodeIx),
    Raised(EventIx),
    /// Any of these services has been dispatched.
    Dispatched(Vec<ServiceIx>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EffectOp {
    Set,
    Add,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Effect {
    pub var: VarIx,
    pub op: EffectOp,
    pub value: i32,
}
