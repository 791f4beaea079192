//! The call engine: a deterministic state machine over a compiled [`Scenario`].
//!
//! ```text
//! (scenario, seed) --start--> Call
//! Call + Action (choose, dispatch, wait N s, hang up) --> events stamped with turn and time
//! ```
//!
//! Architecture invariant: the engine reads no clock and no OS randomness, holds no global state
//! and never panics on input: an action that is impossible now is an [`InputError`]. Time moves
//! only through `Wait`; randomness comes only through a [`Chance`].

pub mod chance;
mod state;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::bits::BitSet;
use crate::protocol::{EventIx, OutcomeIx, ServiceIx};
use crate::scenario::{
    Choice, Condition, Effect, EffectOp, LineIx, Next, NodeIx, Reaction, Scenario, VarIx,
};
pub use chance::{Chance, Dice};
pub use state::CallState;

/// What a counsellor does, by name, as front ends and transcripts say it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Input {
    /// Say one of the options offered on the current node.
    Choose {
        /// The option's id.
        option: String,
    },
    /// Connect a service (or try to).
    Dispatch {
        /// The service's id.
        service: String,
    },
    /// Say nothing for this many seconds.
    Wait {
        /// Whole seconds of silence.
        seconds: u32,
    },
    /// End the call.
    HangUp,
}

impl Input {
    /// Parses a script token: an option id, `wait:SECONDS`, `dispatch:SERVICE` or `hangup`.
    pub fn parse_token(token: &str) -> Result<Input, InputError> {
        let token = token.trim();
        if token == "hangup" {
            return Ok(Input::HangUp);
        }
        if let Some(secs) = token.strip_prefix("wait:") {
            return secs
                .parse()
                .map(|seconds| Input::Wait { seconds })
                .map_err(|_| InputError::BadToken(token.to_string()));
        }
        if let Some(service) = token.strip_prefix("dispatch:") {
            if service.is_empty() {
                return Err(InputError::BadToken(token.to_string()));
            }
            return Ok(Input::Dispatch {
                service: service.to_string(),
            });
        }
        if token.is_empty() || token.contains(char::is_whitespace) || token.contains(':') {
            return Err(InputError::BadToken(token.to_string()));
        }
        Ok(Input::Choose {
            option: token.to_string(),
        })
    }

    /// Parses a script of comma-separated tokens (see [`Input::parse_token`]); an error names
    /// the position of the first bad token, counted from 1.
    pub fn parse_script(tokens: &str) -> Result<Vec<Input>, (usize, InputError)> {
        tokens
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .enumerate()
            .map(|(i, t)| Input::parse_token(t).map_err(|e| (i + 1, e)))
            .collect()
    }

    /// The script token for this input (the inverse of [`Input::parse_token`]).
    pub fn token(&self) -> String {
        match self {
            Input::Choose { option } => option.clone(),
            Input::Dispatch { service } => format!("dispatch:{service}"),
            Input::Wait { seconds } => format!("wait:{seconds}"),
            Input::HangUp => "hangup".into(),
        }
    }
}

/// An input resolved to indices, ready for the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// The index of an option of the current node.
    Choose(u16),
    /// Connect this service.
    Dispatch(ServiceIx),
    /// Stay silent for this many seconds.
    Wait(u32),
    /// Hang up.
    HangUp,
}

/// Why the call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum End {
    /// The call reached an ending node with this outcome.
    Outcome(OutcomeIx),
    /// The counsellor hung up.
    CounsellorHungUp,
}

/// Something that happened in the call, in indices (see `transcript` for the named form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    /// The call moved to this node.
    NodeEntered(NodeIx),
    /// The caller said this line.
    CallerLine(LineIx),
    /// The caller raised this event (a disclosure, a risk cue, consent...).
    CallerEvent(EventIx),
    /// A caller variable changed (hidden from the counsellor).
    VariableChanged {
        /// The variable.
        var: VarIx,
        /// Its value before.
        from: i32,
        /// Its value after.
        to: i32,
    },
    /// The counsellor chose an option.
    OptionChosen {
        /// The node it was offered on.
        node: NodeIx,
        /// The option's index on that node.
        option: u16,
    },
    /// The counsellor dispatched this service.
    ServiceDispatched(ServiceIx),
    /// A dispatch was attempted but the service is closed at this hour.
    ServiceClosed(ServiceIx),
    /// The counsellor has been silent this many seconds and the caller reacts.
    Silence {
        /// How long the silence had lasted.
        seconds: u32,
    },
    /// The call ended.
    CallEnded(End),
}

/// An event with the counsellor turn it happened in (0 before the first answer) and the
/// simulated seconds since the call started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stamped {
    /// The counsellor turn it happened in.
    pub turn: u32,
    /// Seconds of the call's time when it happened.
    pub time: u32,
    /// What happened.
    pub event: Event,
}

/// Why an input was refused (the call is unchanged).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    /// The call has already ended.
    #[error("the call is over")]
    CallOver,
    /// No option with this id on the node.
    #[error("there is no option \"{option}\" on node \"{node}\"")]
    NoSuchOption {
        /// The option asked for.
        option: String,
        /// The node the call is on.
        node: String,
    },
    /// The option exists but its condition does not hold now.
    #[error("option \"{option}\" is not offered now on node \"{node}\"")]
    NotOffered {
        /// The option asked for.
        option: String,
        /// The node the call is on.
        node: String,
    },
    /// No service with this id in the protocol.
    #[error("unknown service \"{0}\"")]
    UnknownService(String),
    #[error(
        "\"{0}\" is not a valid input: use an option id, wait:SECONDS, dispatch:SERVICE or hangup"
    )]
    /// A script token that is not an option id, `wait:N`, `dispatch:ID` or `hangup`.
    BadToken(String),
}

/// A call in progress: its state and its seeded generator. `Clone`, `Send` and serialisable, so a
/// call can be saved and resumed exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    /// The whole state of the call: node, variables, visits, monitors' inputs.
    pub state: CallState,
    /// The call's dice: every random choice comes from them.
    pub dice: Dice,
}

impl Call {
    /// Starts a call: the caller speaks the start node. Returns the call and its first events.
    pub fn start(scenario: &Scenario, seed: u64) -> (Call, Vec<Stamped>) {
        let mut dice = Dice::new(seed);
        let mut out = Vec::new();
        let state = CallState::start(scenario, &mut dice, &mut out);
        (Call { state, dice }, out)
    }

    /// Applies a named input.
    pub fn apply(
        &mut self,
        scenario: &Scenario,
        input: &Input,
    ) -> Result<Vec<Stamped>, InputError> {
        let action = self.resolve(scenario, input)?;
        let mut out = Vec::new();
        self.act(scenario, action, &mut out)?;
        Ok(out)
    }

    /// Applies a resolved action, appending its events to `out`.
    pub fn act(
        &mut self,
        scenario: &Scenario,
        action: Action,
        out: &mut Vec<Stamped>,
    ) -> Result<(), InputError> {
        self.state.act(scenario, &mut self.dice, action, out)
    }

    /// Resolves an input's names against the scenario and the current node.
    pub fn resolve(&self, scenario: &Scenario, input: &Input) -> Result<Action, InputError> {
        self.state.resolve(scenario, input)
    }

    /// Whether the call has ended.
    pub fn is_over(&self) -> bool {
        self.state.ended.is_some()
    }

    /// Checks that a call restored from outside (a saved file) fits `scenario`, so that the
    /// engine's indices are valid. Always true for a call this engine built for the scenario.
    pub fn fits(&self, scenario: &Scenario) -> Result<(), String> {
        let s = &self.state;
        if s.node as usize >= scenario.nodes.len() {
            return Err(format!(
                "node #{} does not exist in scenario \"{}\"",
                s.node, scenario.id
            ));
        }
        if s.vars.len() != scenario.variables.len() {
            return Err(format!(
                "the call has {} variables, the scenario {}",
                s.vars.len(),
                scenario.variables.len()
            ));
        }
        for (value, var) in s.vars.iter().zip(&scenario.variables) {
            if !(var.min..=var.max).contains(value) {
                return Err(format!(
                    "variable \"{}\" is {value}, outside {}..={}",
                    var.id, var.min, var.max
                ));
            }
        }
        if usize::from(s.silence_step) > scenario.silence_plan(s.node).len() {
            return Err("the silence plan is further on than the node has reactions".into());
        }
        if let Some(End::Outcome(o)) = s.ended
            && scenario.nodes.iter().all(|n| n.ending != Some(o))
        {
            return Err(format!("outcome #{o} is not an ending of the scenario"));
        }
        Ok(())
    }

    /// The options the counsellor can choose now, with their indices.
    pub fn options<'a>(
        &'a self,
        scenario: &'a Scenario,
    ) -> impl Iterator<Item = (u16, &'a Choice)> + 'a {
        self.state.offered(scenario)
    }

    /// Seconds of further silence before the caller reacts, if they will.
    pub fn seconds_until_silence(&self, scenario: &Scenario) -> Option<u32> {
        self.state.seconds_until_silence(scenario)
    }
}

impl CallState {
    /// The initial state, entering the start node.
    pub fn start<C: Chance>(
        scenario: &Scenario,
        chance: &mut C,
        out: &mut Vec<Stamped>,
    ) -> CallState {
        let mut state = CallState {
            node: scenario.start,
            vars: scenario.variables.iter().map(|v| v.initial).collect(),
            visited: BitSet::with_len(scenario.nodes.len()),
            raised: BitSet::default(),
            dispatched: BitSet::default(),
            silent_for: 0,
            silence_step: 0,
            turn: 0,
            time: 0,
            ended: None,
        };
        state.enter(scenario, chance, scenario.start, out);
        state
    }

    /// Resolves a named input to indices, or says why it cannot be applied now.
    pub fn resolve(&self, scenario: &Scenario, input: &Input) -> Result<Action, InputError> {
        match input {
            Input::Choose { option } => {
                let node = scenario.node(self.node);
                let ix = node
                    .options
                    .iter()
                    .position(|o| &o.id == option)
                    .ok_or_else(|| InputError::NoSuchOption {
                        option: option.clone(),
                        node: node.id.clone(),
                    })?;
                Ok(Action::Choose(ix as u16))
            }
            Input::Dispatch { service } => scenario
                .service_ix(service)
                .map(Action::Dispatch)
                .ok_or_else(|| InputError::UnknownService(service.clone())),
            Input::Wait { seconds } => Ok(Action::Wait(*seconds)),
            Input::HangUp => Ok(Action::HangUp),
        }
    }

    /// The options offered now on the current node, with their indices.
    pub fn offered<'a>(
        &'a self,
        scenario: &'a Scenario,
    ) -> impl Iterator<Item = (u16, &'a Choice)> + 'a {
        let over = self.ended.is_some();
        scenario
            .node(self.node)
            .options
            .iter()
            .enumerate()
            .filter(move |(_, o)| !over && o.when.as_ref().is_none_or(|c| self.holds(c)))
            .map(|(i, o)| (i as u16, o))
    }

    /// Seconds of silence until the caller's next reaction on this node, if one is to come.
    pub fn seconds_until_silence(&self, scenario: &Scenario) -> Option<u32> {
        if self.ended.is_some() {
            return None;
        }
        let plan = scenario.silence_plan(self.node);
        plan.get(usize::from(self.silence_step))
            .map(|r| r.after.saturating_sub(self.silent_for))
    }

    /// Applies one action. On error the state is unchanged.
    pub fn act<C: Chance>(
        &mut self,
        scenario: &Scenario,
        chance: &mut C,
        action: Action,
        out: &mut Vec<Stamped>,
    ) -> Result<(), InputError> {
        if self.ended.is_some() {
            return Err(InputError::CallOver);
        }
        match action {
            Action::Choose(ix) => {
                let node = scenario.node(self.node);
                let Some(option) = node.options.get(usize::from(ix)) else {
                    return Err(InputError::NoSuchOption {
                        option: format!("#{ix}"),
                        node: node.id.clone(),
                    });
                };
                if let Some(c) = &option.when
                    && !self.holds(c)
                {
                    return Err(InputError::NotOffered {
                        option: option.id.clone(),
                        node: node.id.clone(),
                    });
                }
                self.turn += 1;
                let from = self.node;
                self.emit(
                    out,
                    Event::OptionChosen {
                        node: from,
                        option: ix,
                    },
                );
                self.take_time(scenario.pace.map(|p| p.answer));
                self.apply_effects(scenario, &option.effects, out);
                self.reset_silence();
                if let Some(next) = self.resolve_next(&option.next, chance) {
                    self.enter(scenario, chance, next, out);
                }
            }
            Action::Dispatch(service) => {
                if usize::from(service) >= scenario.services.len() {
                    return Err(InputError::UnknownService(format!("#{service}")));
                }
                self.turn += 1;
                self.reset_silence();
                // Asking for the service and hearing whether it answers takes an answer's time.
                let asked_at = self.time;
                self.take_time(scenario.pace.map(|p| p.answer));
                let open = scenario
                    .local_minute(asked_at)
                    .is_none_or(|minute| scenario.is_open(service, minute));
                if !open {
                    self.emit(out, Event::ServiceClosed(service));
                    return Ok(());
                }
                self.dispatched.insert(usize::from(service));
                self.emit(out, Event::ServiceDispatched(service));
                let node = scenario.node(self.node);
                let reaction = node
                    .dispatch
                    .iter()
                    .chain(&scenario.default_dispatch)
                    .find(|d| {
                        d.applies_to(service) && d.when.as_ref().is_none_or(|c| self.holds(c))
                    });
                if let Some(d) = reaction {
                    self.react(scenario, chance, &d.reaction, out);
                }
            }
            Action::Wait(seconds) => self.wait(scenario, chance, seconds, out),
            Action::HangUp => {
                self.turn += 1;
                self.ended = Some(End::CounsellorHungUp);
                self.emit(out, Event::CallEnded(End::CounsellorHungUp));
            }
        }
        Ok(())
    }

    fn wait<C: Chance>(
        &mut self,
        scenario: &Scenario,
        chance: &mut C,
        seconds: u32,
        out: &mut Vec<Stamped>,
    ) {
        let mut left = seconds;
        while self.ended.is_none() {
            let plan = scenario.silence_plan(self.node);
            // The step counter never wraps: reactions past the 65,535th are never reached.
            if self.silence_step == u16::MAX {
                break;
            }
            let Some(next) = plan.get(usize::from(self.silence_step)) else {
                break;
            };
            let due = next.after.saturating_sub(self.silent_for);
            if due > left {
                break;
            }
            left -= due;
            self.time = self.time.saturating_add(due);
            self.silent_for = next.after;
            self.silence_step = self.silence_step.saturating_add(1);
            self.emit(
                out,
                Event::Silence {
                    seconds: next.after,
                },
            );
            self.react(scenario, chance, &next.reaction, out);
        }
        if self.ended.is_none() {
            self.time = self.time.saturating_add(left);
            self.silent_for = self.silent_for.saturating_add(left);
        }
    }

    fn react<C: Chance>(
        &mut self,
        scenario: &Scenario,
        chance: &mut C,
        reaction: &Reaction,
        out: &mut Vec<Stamped>,
    ) {
        self.say(scenario, &reaction.lines, chance, out);
        self.raise(&reaction.events, out);
        self.apply_effects(scenario, &reaction.effects, out);
        if let Some(next) = self.resolve_next(&reaction.next, chance) {
            self.enter(scenario, chance, next, out);
        }
    }

    fn enter<C: Chance>(
        &mut self,
        scenario: &Scenario,
        chance: &mut C,
        node: NodeIx,
        out: &mut Vec<Stamped>,
    ) {
        self.node = node;
        self.visited.insert(node as usize);
        self.reset_silence();
        self.emit(out, Event::NodeEntered(node));
        let n = scenario.node(node);
        self.say(scenario, &n.lines, chance, out);
        self.raise(&n.events, out);
        self.apply_effects(scenario, &n.effects, out);
        if let Some(outcome) = n.ending {
            self.ended = Some(End::Outcome(outcome));
            self.emit(out, Event::CallEnded(End::Outcome(outcome)));
        }
    }

    fn say<C: Chance>(
        &mut self,
        scenario: &Scenario,
        lines: &[LineIx],
        chance: &mut C,
        out: &mut Vec<Stamped>,
    ) {
        let line = match lines.len() {
            0 => return,
            1 => lines[0],
            n => lines[chance.pick_line(n).min(n - 1)],
        };
        self.emit(out, Event::CallerLine(line));
        self.take_time(scenario.pace.map(|p| p.line));
    }

    /// Simulated time passes while someone speaks (protocols with a pace).
    fn take_time(&mut self, seconds: Option<u32>) {
        if let Some(s) = seconds {
            self.time = self.time.saturating_add(s);
        }
    }

    fn raise(&mut self, events: &[EventIx], out: &mut Vec<Stamped>) {
        for &e in events {
            self.raised.insert(usize::from(e));
            self.emit(out, Event::CallerEvent(e));
        }
    }

    fn apply_effects(&mut self, scenario: &Scenario, effects: &[Effect], out: &mut Vec<Stamped>) {
        for e in effects {
            let slot = usize::from(e.var);
            let from = self.vars[slot];
            let raw = match e.op {
                EffectOp::Set => e.value,
                EffectOp::Add => from.saturating_add(e.value),
            };
            let var = &scenario.variables[slot];
            let to = raw.clamp(var.min, var.max);
            if to != from {
                self.vars[slot] = to;
                self.emit(
                    out,
                    Event::VariableChanged {
                        var: e.var,
                        from,
                        to,
                    },
                );
            }
        }
    }

    fn resolve_next<C: Chance>(&self, next: &Next, chance: &mut C) -> Option<NodeIx> {
        match next {
            Next::Stay => None,
            Next::Go(n) => Some(*n),
            Next::Random { weights, targets } => match targets.len() {
                0 => None,
                1 => Some(targets[0]),
                n => Some(targets[chance.pick(weights).min(n - 1)]),
            },
            Next::If(c, a, b) => {
                if self.holds(c) {
                    self.resolve_next(a, chance)
                } else {
                    self.resolve_next(b, chance)
                }
            }
        }
    }

    /// Evaluates a condition on the current state.
    pub fn holds(&self, c: &Condition) -> bool {
        match c {
            Condition::Cmp(var, op, value) => op.holds(self.vars[usize::from(*var)], *value),
            Condition::All(cs) => cs.iter().all(|c| self.holds(c)),
            Condition::Any(cs) => cs.iter().any(|c| self.holds(c)),
            Condition::Not(c) => !self.holds(c),
            Condition::Visited(n) => self.visited.contains(*n as usize),
            Condition::Raised(e) => self.raised.contains(usize::from(*e)),
            Condition::Dispatched(services) => services
                .iter()
                .any(|&s| self.dispatched.contains(usize::from(s))),
        }
    }

    fn reset_silence(&mut self) {
        self.silent_for = 0;
        self.silence_step = 0;
    }

    fn emit(&self, out: &mut Vec<Stamped>, event: Event) {
        out.push(Stamped {
            turn: self.turn,
            time: self.time,
            event,
        });
    }
}
