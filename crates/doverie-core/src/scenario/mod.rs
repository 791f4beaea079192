//! Scenarios: the file format ([`def`]), and the validated, indexed form the engine runs on.
//!
//! Architecture invariant: after [`compile`], every reference is an integer index that is known to
//! be valid, so the engine never looks a name up and never fails on a scenario.

pub mod compile;
pub mod def;
pub mod graph;

use rustc_hash::FxHashMap as HashMap;

pub use crate::directory::ServiceStatus;
use crate::protocol::{ActIx, EventIx, OutcomeIx, ServiceIx};
pub use compile::{Compiled, compile, compile_in};
pub use def::{CallerDef, CallerRole, Difficulty, Gender, ScenarioDef};

/// Index of a node in [`Scenario::nodes`].
pub type NodeIx = u32;
/// Index of a caller variable in [`Scenario::variables`].
pub type VarIx = u16;
/// Index of a caller line in [`Scenario::lines`].
pub type LineIx = u32;

/// A validated scenario. Build it with [`compile`].
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The scenario's id (kebab-case; also the name of its files).
    pub id: String,
    /// SHA-256 of the scenario file's bytes, hex.
    pub hash: String,
    /// The protocol the scenario is written for.
    pub protocol_id: String,
    /// Who calls: age, gender, persona, topics, difficulty.
    pub caller: CallerDef,
    /// Local time at the start of the call, minutes after midnight.
    pub clock: Option<u16>,
    /// The caller variables (trust, distress, risk...), with their ranges.
    pub variables: Vec<Variable>,
    /// The node the call starts on.
    pub start: NodeIx,
    /// Every node, indexed by [`NodeIx`].
    pub nodes: Vec<Node>,
    /// Every caller line of the scenario; nodes and reactions refer to them by index.
    pub lines: Vec<Line>,
    /// What the caller does on silence, on nodes without their own plan.
    pub default_silence: Vec<SilenceReaction>,
    /// How the caller reacts to a dispatch where the node says nothing more specific.
    pub default_dispatch: Vec<DispatchReaction>,
    /// The protocol's services (ids and opening hours), indexed like the protocol's.
    pub services: Vec<crate::protocol::Service>,
    /// The protocol's pace: simulated seconds of answers and lines.
    pub pace: Option<crate::protocol::def::PaceDef>,
    /// The call's region, day and the hours its services keep then (from the service
    /// directory), when the scenario names a region; otherwise the protocol's hours apply.
    pub local: Option<crate::directory::Local>,
    node_index: HashMap<String, NodeIx>,
}

impl Scenario {
    /// The node at `ix` (a valid index, as every index in a compiled scenario is).
    pub fn node(&self, ix: NodeIx) -> &Node {
        &self.nodes[ix as usize]
    }

    /// The index of the node with this id.
    pub fn node_ix(&self, id: &str) -> Option<NodeIx> {
        self.node_index.get(id).copied()
    }

    /// The index of the service with this id.
    pub fn service_ix(&self, id: &str) -> Option<ServiceIx> {
        self.services
            .iter()
            .position(|s| s.id == id)
            .map(|i| i as ServiceIx)
    }

    /// The caller's local time `seconds` into the call, in minutes after the midnight that
    /// starts the call's day (past 1440 once the call runs past midnight); none when the
    /// scenario gives no clock.
    pub fn local_minute(&self, seconds: u32) -> Option<u32> {
        self.clock.map(|start| u32::from(start) + seconds / 60)
    }

    /// Whether a dispatch of service `ix` at `minute` (see [`Scenario::local_minute`]) reaches
    /// it: the region's directory decides when the scenario names a region, the protocol's
    /// daily hours otherwise.
    pub fn is_open(&self, ix: ServiceIx, minute: u32) -> bool {
        match &self.local {
            Some(local) => local.is_open(ix, minute),
            None => self
                .services
                .get(usize::from(ix))
                .is_some_and(|s| s.is_open_at((minute % 1440) as u16)),
        }
    }

    /// What a dispatch panel shows for service `ix` at `minute` (see
    /// [`Scenario::local_minute`]): open, closed until when, or written signals only.
    pub fn service_status(&self, ix: ServiceIx, minute: u32) -> ServiceStatus {
        if let Some(local) = &self.local {
            return local.status(ix, minute);
        }
        let Some(s) = self.services.get(usize::from(ix)) else {
            return ServiceStatus::Closed { opens_at: None };
        };
        if s.is_open_at((minute % 1440) as u16) {
            ServiceStatus::Open
        } else {
            ServiceStatus::Closed {
                opens_at: crate::directory::next_open(&crate::directory::daily(s.hours), minute),
            }
        }
    }

    /// The status of service `ix` `seconds` into the call: open whenever the scenario gives
    /// no clock (the engine then connects every service).
    pub fn service_status_at(&self, ix: ServiceIx, seconds: u32) -> ServiceStatus {
        match self.local_minute(seconds) {
            Some(minute) => self.service_status(ix, minute),
            None => ServiceStatus::Open,
        }
    }

    /// The scenario as a call of an arc starts it: the values carried from the previous call
    /// replace the declared `initial` values of those variables (see [`crate::arc`]). A
    /// variable the scenario does not declare, or a value outside its range, is refused.
    pub fn with_carried(
        &self,
        carried: &std::collections::BTreeMap<String, i32>,
    ) -> Result<Scenario, String> {
        let mut out = self.clone();
        for (id, &value) in carried {
            let Some(v) = out.variables.iter_mut().find(|v| &v.id == id) else {
                return Err(format!(
                    "the carried variable \"{id}\" is not declared in scenario \"{}\"",
                    self.id
                ));
            };
            if !(v.min..=v.max).contains(&value) {
                return Err(format!(
                    "the carried value {value} of \"{id}\" is outside its range {}..={} in scenario \"{}\"",
                    v.min, v.max, self.id
                ));
            }
            v.initial = value;
        }
        Ok(out)
    }

    /// The index of the variable with this id.
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

/// A caller variable with its range and starting value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    /// Its id, e.g. `trust`.
    pub id: String,
    /// The lowest value; effects clamp to it.
    pub min: i32,
    /// The highest value; effects clamp to it.
    pub max: i32,
    /// The value when the call starts.
    pub initial: i32,
}

/// A caller line: the Fluent message that holds its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The message id, e.g. `opening-hello`.
    pub message: String,
}

/// A moment of the call: what the caller says, and what the counsellor can answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Its id (kebab-case, stable).
    pub id: String,
    /// Variant lines: one is picked per visit, by the call's dice.
    pub lines: Vec<LineIx>,
    /// Caller events raised on arrival (a disclosure, a risk cue...).
    pub events: Vec<EventIx>,
    /// Changes to the caller variables on arrival.
    pub effects: Vec<Effect>,
    /// What the counsellor can say here.
    pub options: Vec<Choice>,
    /// The node's own silence plan, if it has one.
    pub silence: Option<Vec<SilenceReaction>>,
    /// How the caller reacts to a dispatch on this node.
    pub dispatch: Vec<DispatchReaction>,
    /// The outcome, if the call ends on this node.
    pub ending: Option<OutcomeIx>,
}

/// An option the counsellor can choose.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Its id (kebab-case, stable).
    pub id: String,
    /// The Fluent message with the counsellor's words.
    pub message: String,
    /// The counselling acts the option carries, which the rules score.
    pub acts: Vec<ActIx>,
    /// Offered only when this holds.
    pub when: Option<Condition>,
    /// Changes to the caller variables when chosen.
    pub effects: Vec<Effect>,
    /// Where the call goes when chosen.
    pub next: Next,
}

/// What the caller does in reaction to something: says a line, raises events, changes state, moves.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reaction {
    /// Variant lines: one is said, by the call's dice.
    pub lines: Vec<LineIx>,
    /// Caller events raised.
    pub events: Vec<EventIx>,
    /// Changes to the caller variables.
    pub effects: Vec<Effect>,
    /// Where the call goes.
    pub next: Next,
}

/// A step of a silence plan.
#[derive(Debug, Clone, PartialEq)]
pub struct SilenceReaction {
    /// Seconds of silence after which this happens.
    pub after: u32,
    /// What the caller does then.
    pub reaction: Reaction,
}

/// How the caller reacts to a dispatch.
#[derive(Debug, Clone, PartialEq)]
pub struct DispatchReaction {
    /// The services this applies to; empty means any.
    pub services: Vec<ServiceIx>,
    /// Applies only when this holds.
    pub when: Option<Condition>,
    /// What the caller does.
    pub reaction: Reaction,
}

impl DispatchReaction {
    /// Whether this reaction is about `service`.
    pub fn applies_to(&self, service: ServiceIx) -> bool {
        self.services.is_empty() || self.services.contains(&service)
    }
}

/// Where the call goes after an option or a reaction.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Next {
    /// Stay on the node.
    #[default]
    Stay,
    /// Move to this node.
    Go(NodeIx),
    /// Weighted choice: `weights[i]` (positive) for `targets[i]`.
    Random {
        /// The weights, positive, one per target.
        weights: Vec<u32>,
        /// The nodes, one per weight.
        targets: Vec<NodeIx>,
    },
    /// The first when the condition holds, else the second.
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

/// A comparison in a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// Equal.
    Eq,
    /// Not equal.
    Ne,
    /// Less than.
    Lt,
    /// Less than or equal.
    Le,
    /// Greater than.
    Gt,
    /// Greater than or equal.
    Ge,
}

impl CmpOp {
    /// Whether `a OP b`.
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

/// A condition over the call's state, as conditions on options and reactions read it.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// A variable compared with a number.
    Cmp(VarIx, CmpOp, i32),
    /// All of these hold.
    All(Vec<Condition>),
    /// Any of these holds.
    Any(Vec<Condition>),
    /// This does not hold.
    Not(Box<Condition>),
    /// The call has been on this node.
    Visited(NodeIx),
    /// This caller event has been raised.
    Raised(EventIx),
    /// Any of these services has been dispatched.
    Dispatched(Vec<ServiceIx>),
}

/// How an effect changes a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EffectOp {
    /// Sets it to the value.
    Set,
    /// Adds the value (which may be negative).
    Add,
}

/// A change to a caller variable, clamped to its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Effect {
    /// The variable.
    pub var: VarIx,
    /// How.
    pub op: EffectOp,
    /// By or to what.
    pub value: i32,
}
