//! Validating a scenario against its protocol and turning names into indices.
//!
//! One pass does both, so that `check` and loading for play can never disagree: every problem is
//! reported with the position of the text that causes it, and a [`Scenario`] is produced only
//! when there is no error.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

use super::def::{self, CallerRole, NodeDef, ScenarioDef};
use super::*;
use crate::diag::{Diagnostic, Diagnostics, Pos, Severity, is_kebab_case, unknown_hint};
use crate::directory::{Date, Directory, Local, ServiceStatus, Weekday, hh_mm};
use crate::protocol::{Protocol, kebab_error, parse_clock};
use crate::ron_file::RonFile;

/// Node ids that would clash with the scenario's own Fluent messages.
pub const RESERVED_NODE_IDS: &[&str] = &["default"];

/// The result of compiling: the scenario (only if there was no error), every diagnostic, and
/// every Fluent message the scenario needs with the place that needs it.
#[derive(Debug, Clone, Default)]
pub struct Compiled {
    /// The compiled scenario, when it has no error.
    pub scenario: Option<Scenario>,
    /// Every problem found.
    pub diagnostics: Diagnostics,
    /// Every Fluent message the scenario needs, with where it is named.
    pub messages: Vec<(String, Pos)>,
}

/// Compiles a parsed scenario. `protocol` is `None` when the protocol itself failed to load; the
/// vocabulary is then not checked (the protocol's own errors say why). A region the scenario
/// names is not applied (see [`compile_in`]).
pub fn compile(def: &ScenarioDef, file: &RonFile, protocol: Option<&Protocol>) -> Compiled {
    compile_in(def, file, protocol, None)
}

/// Compiles a parsed scenario with the service directory of the region it names (federal lines
/// included). `directory` is `None` when the scenario names no region, or when the region's
/// directory failed to load (the caller reports why); the protocol's hours then apply.
pub fn compile_in(
    def: &ScenarioDef,
    file: &RonFile,
    protocol: Option<&Protocol>,
    directory: Option<&Directory>,
) -> Compiled {
    let mut cx = Cx {
        def,
        file,
        protocol,
        directory,
        diags: Diagnostics::default(),
        messages: Vec::new(),
        node_index: HashMap::default(),
        lines: Vec::new(),
        line_index: HashMap::default(),
        region: (0, file.text.len()),
        region_pos: Pos::START,
        vars: Vec::new(),
        var_index: HashMap::default(),
    };
    let scenario = cx.run();
    let failed = cx.diags.has_errors();
    Compiled {
        scenario: if failed { None } else { scenario },
        diagnostics: cx.diags,
        messages: cx.messages,
    }
}

struct Cx<'a> {
    def: &'a ScenarioDef,
    file: &'a RonFile,
    protocol: Option<&'a Protocol>,
    directory: Option<&'a Directory>,
    diags: Diagnostics,
    messages: Vec<(String, Pos)>,
    node_index: HashMap<String, NodeIx>,
    lines: Vec<Line>,
    line_index: HashMap<String, LineIx>,
    /// The byte range being compiled (a node, or a top-level field), to place diagnostics.
    region: (usize, usize),
    region_pos: Pos,
    /// The declared variables, once read, and their indices by id.
    vars: Vec<Variable>,
    var_index: HashMap<String, VarIx>,
}

impl<'a> Cx<'a> {
    fn path(&self) -> &'a Path {
        &self.file.path
    }

    /// The position of `value` written inside the current region, or the region's start.
    fn at(&self, value: &str) -> Pos {
        self.file
            .map
            .find_in(value, self.region.0, self.region.1)
            .map_or(self.region_pos, |l| l.pos)
    }

    /// Like [`Cx::at`], preferring a literal written inside the field `field` (e.g. `effects`).
    fn at_in(&self, value: &str, field: &str) -> Pos {
        let (from, to) = self.region;
        self.file
            .map
            .in_range(from, to)
            .iter()
            .find(|l| self.file.map.value(l) == value && l.path.iter().any(|p| p == field))
            .map_or_else(|| self.at(value), |l| l.pos)
    }

    /// Narrows the region to one option of the current node (from its id to the next option's).
    fn narrow_to_option(&mut self, option: &str) {
        let (from, to) = self.region;
        let map = &self.file.map;
        let mut ids = map
            .in_range(from, to)
            .iter()
            .filter(|l| l.is_at(&["nodes", "options"], "id"));
        if let Some(start) = ids.by_ref().find(|l| map.value(l) == option) {
            let end = ids.next().map_or(to, |l| l.offset);
            self.region = (start.offset, end);
            self.region_pos = start.pos;
        }
    }

    fn top(&self, key: &str) -> Pos {
        self.file
            .map
            .nth_keyed(&[], key, 0)
            .map_or(Pos::START, |l| l.pos)
    }

    /// Where a top-level field is written, even when its value sits inside `Some(...)`.
    fn field(&self, key: &str) -> Pos {
        self.file.field_pos(key).unwrap_or_else(|| self.top(key))
    }

    fn error(&mut self, pos: Pos, message: String, hint: String) {
        self.diags
            .push(Diagnostic::error(self.path(), pos, message).with_hint(hint));
    }

    fn warn(&mut self, pos: Pos, message: String, hint: String) {
        self.diags
            .push(Diagnostic::warning(self.path(), pos, message).with_hint(hint));
    }

    fn enter_node(&mut self, n: usize) {
        let map = &self.file.map;
        self.region = map
            .item_range(&["nodes"], n)
            .unwrap_or((0, self.file.text.len()));
        self.region_pos = map
            .nth_keyed(&["nodes"], "id", n)
            .map_or(Pos::START, |l| l.pos);
    }

    fn enter_field(&mut self, field: &str) {
        let map = &self.file.map;
        let mut inside = map
            .literals
            .iter()
            .filter(|l| l.path.first().map(String::as_str) == Some(field));
        match inside.next() {
            Some(first) => {
                let last = inside.next_back().unwrap_or(first);
                self.region = (first.offset, last.offset + 1);
                self.region_pos = first.pos;
            }
            None => {
                self.region = (0, 0);
                self.region_pos = self.top(field);
            }
        }
    }

    fn run(&mut self) -> Option<Scenario> {
        let def = self.def;
        if !is_kebab_case(&def.id) {
            let d = kebab_error(self.path(), self.top("id"), "scenario", &def.id);
            self.diags.push(d);
        }
        if let Some(p) = self.protocol {
            let (id, version) = crate::protocol::split_reference(&def.protocol);
            if p.id != id || version.is_some_and(|v| v != p.version) {
                let pos = self.top("protocol");
                self.error(
                    pos,
                    format!(
                        "the scenario names protocol \"{}\" but was checked against \"{}@{}\"",
                        def.protocol, p.id, p.version
                    ),
                    "the protocol file's id (and version, after `@`) must match the scenario's `protocol` field".into(),
                );
            }
        }
        for name in ["title", "summary", "caller-name"] {
            self.messages.push((name.to_string(), self.top("id")));
        }
        self.caller();
        let clock = def.clock.as_deref().and_then(|c| {
            let parsed = parse_clock(c);
            if parsed.is_none() {
                let pos = self.field("clock");
                self.error(
                    pos,
                    format!("bad clock time \"{c}\""),
                    "write the caller's local time as \"HH:MM\", e.g. \"23:40\"".into(),
                );
            }
            parsed
        });
        let day = self.day(clock.is_some());
        let variables = self.variables();
        self.vars = variables.clone();
        self.var_index = variables
            .iter()
            .enumerate()
            .map(|(i, v)| (v.id.clone(), i as VarIx))
            .collect();

        // Index node ids first: options may refer to nodes defined later.
        for (n, node) in def.nodes.iter().enumerate() {
            self.enter_node(n);
            let pos = self.region_pos;
            if !is_kebab_case(&node.id) {
                let d = kebab_error(self.path(), pos, "node", &node.id);
                self.diags.push(d);
            } else if RESERVED_NODE_IDS.contains(&node.id.as_str()) {
                self.error(
                    pos,
                    format!("\"{}\" is reserved and cannot be a node id", node.id),
                    "rename the node".into(),
                );
            }
            if self.node_index.contains_key(&node.id) {
                self.error(
                    pos,
                    format!("duplicate node id \"{}\"", node.id),
                    "every node needs its own id; rename one of them".into(),
                );
            } else {
                self.node_index.insert(node.id.clone(), n as NodeIx);
            }
        }
        if def.nodes.is_empty() {
            let pos = self.top("nodes");
            self.error(
                pos,
                "the scenario has no nodes".into(),
                "add at least a start node and an ending".into(),
            );
        }
        let start = match self.node_index.get(&def.start) {
            Some(&s) => s,
            None => {
                let pos = self.top("start");
                let hint = unknown_hint(
                    &def.start,
                    "node",
                    self.def.nodes.iter().map(|n| n.id.as_str()),
                );
                self.error(pos, format!("unknown start node \"{}\"", def.start), hint);
                0
            }
        };

        self.enter_field("silence");
        let default_silence = self.silence_plan("default", &def.silence);
        self.enter_field("on_dispatch");
        let default_dispatch: Vec<_> = def
            .on_dispatch
            .iter()
            .map(|d| self.dispatch("default", d))
            .collect();

        let mut nodes = Vec::with_capacity(def.nodes.len());
        for (n, node) in def.nodes.iter().enumerate() {
            self.enter_node(n);
            nodes.push(self.node(node));
        }

        let scenario = Scenario {
            id: def.id.clone(),
            hash: self.file.hash(),
            protocol_id: def.protocol.clone(),
            caller: def.caller.clone(),
            clock,
            variables,
            start,
            nodes,
            lines: std::mem::take(&mut self.lines),
            default_silence,
            default_dispatch,
            services: self
                .protocol
                .map(|p| p.services.items.clone())
                .unwrap_or_default(),
            pace: self
                .protocol
                .and_then(|p| p.pace)
                .map(|protocol_pace| def.pace.unwrap_or(protocol_pace)),
            local: None,
            node_index: std::mem::take(&mut self.node_index),
        };
        let mut scenario = scenario;
        if let (Some(directory), Some((weekday, date))) = (self.directory, day) {
            scenario.local = Some(Local::new(directory, &scenario.services, weekday, date));
        }
        if !def.nodes.is_empty() && scenario.node_index.len() == def.nodes.len() {
            self.graph_checks(&scenario);
            self.closed_service_checks(&scenario);
        }
        Some(scenario)
    }

    fn caller(&mut self) {
        let caller = &self.def.caller;
        let (ages, hint) = match caller.role {
            CallerRole::Child => (
                3..=18,
                "a child caller is 3 to 18; an adult is `role: Parent` or `role: Witness`",
            ),
            CallerRole::Parent | CallerRole::Witness => (
                16..=99,
                "an adult caller is 16 to 99; a child is `role: Child` (the default)",
            ),
        };
        if !ages.contains(&caller.age) {
            // Numbers are not in the source map: the age is found as the key after `caller`.
            let text = &self.file.text;
            let pos = text
                .find("caller:")
                .and_then(|c| text[c..].find("age:").map(|a| c + a))
                .map_or(self.top("caller"), |at| self.file.map.pos(text, at));
            self.warn(
                pos,
                format!(
                    "caller age {} does not fit the caller's role ({})",
                    caller.age,
                    caller.role.as_str()
                ),
                hint.into(),
            );
        }
        if !is_kebab_case(&caller.persona) {
            let pos = self
                .file
                .map
                .nth_keyed(&["caller"], "persona", 0)
                .map_or(Pos::START, |l| l.pos);
            let d = kebab_error(self.path(), pos, "persona", &caller.persona);
            self.diags.push(d);
        }
        let mut seen = HashSet::default();
        for topic in &caller.topics {
            let pos = self
                .file
                .map
                .keyed(&[], "topics")
                .next()
                .map_or(self.top("caller"), |l| l.pos);
            let pos = self
                .file
                .map
                .literals
                .iter()
                .find(|l| {
                    l.path.last().map(String::as_str) == Some("topics")
                        && self.file.map.value(l) == topic
                })
                .map_or(pos, |l| l.pos);
            if !is_kebab_case(topic) {
                self.diags
                    .push(kebab_error(self.path(), pos, "topic", topic));
            }
            if !seen.insert(topic) {
                self.warn(
                    pos,
                    format!("topic \"{topic}\" is listed twice"),
                    "remove the repeated tag".into(),
                );
            }
            if let Some(p) = self.protocol
                && !p.topics.is_empty()
                && p.topics.get(topic).is_none()
            {
                self.error(
                    pos,
                    format!("unknown topic \"{topic}\""),
                    unknown_hint(topic, "topic", p.topics.ids()),
                );
            }
        }
    }

    fn variables(&mut self) -> Vec<Variable> {
        let mut out: Vec<Variable> = Vec::new();
        let mut declared = HashSet::default();

        for (n, v) in self.def.variables.iter().enumerate() {
            let pos = self
                .file
                .map
                .nth_keyed(&["variables"], "id", n)
                .map_or(self.top("variables"), |l| l.pos);
            if !is_kebab_case(&v.id) {
                self.diags
                    .push(kebab_error(self.path(), pos, "variable", &v.id));
            }
            if !declared.insert(v.id.as_str()) {
                self.error(
                    pos,
                    format!("duplicate variable \"{}\"", v.id),
                    "declare each variable once".into(),
                );
                continue;
            }
            if v.min > v.max {
                self.error(
                    pos,
                    format!(
                        "variable \"{}\" has min {} above max {}",
                        v.id, v.min, v.max
                    ),
                    "swap min and max".into(),
                );
            } else if !(v.min..=v.max).contains(&v.initial) {
                self.error(
                    pos,
                    format!(
                        "initial value {} of \"{}\" is outside its range {}..={}",
                        v.initial, v.id, v.min, v.max
                    ),
                    "choose an initial value inside the range".into(),
                );
            }
            self.messages.push((crate::msg::variable(&v.id), pos));
            out.push(Variable {
                id: v.id.clone(),

                min: v.min,
                max: v.max.max(v.min),
                initial: v.initial.clamp(v.min, v.max.max(v.min)),
            });
        }
        out
    }

    fn node(&mut self, node: &NodeDef) -> Node {
        let owner = node.id.as_str();
        let lines = self.lines(owner, &node.lines, true);
        let events = self.events(&node.events);
        let effects = self.effects(&node.effects);
        let mut option_ids: HashSet<&str> = HashSet::default();
        let mut options = Vec::with_capacity(node.options.len());
        let node_region = (self.region, self.region_pos);
        for option in &node.options {
            (self.region, self.region_pos) = node_region;
            self.narrow_to_option(&option.id);
            let pos = self.region_pos;
            if !is_kebab_case(&option.id) {
                self.diags
                    .push(kebab_error(self.path(), pos, "option", &option.id));
            }
            if !option_ids.insert(&option.id) {
                self.error(
                    pos,
                    format!("duplicate option id \"{}\" in node \"{owner}\"", option.id),
                    "options of one node need distinct ids".into(),
                );
            }
            if node.lines.contains(&option.id) {
                self.error(
                    pos,
                    format!(
                        "option \"{}\" has the same id as a line of node \"{owner}\"",
                        option.id
                    ),
                    "lines and options of a node share the Fluent namespace NODE--ID; rename one"
                        .into(),
                );
            }
            let message = crate::msg::option(owner, &option.id);
            self.messages.push((message.clone(), pos));
            let acts = self.acts(&option.acts, &option.id);
            self.double_credit(&acts, &option.id, pos);
            let when = option.when.as_ref().map(|c| self.condition(c));
            options.push(Choice {
                id: option.id.clone(),
                message,
                acts,
                when,
                effects: self.effects(&option.effects),
                next: self.next(&option.next),
            });
        }
        (self.region, self.region_pos) = node_region;
        let silence = node
            .silence
            .as_ref()
            .map(|plan| self.silence_plan(owner, plan));
        let dispatch = node
            .dispatch
            .iter()
            .map(|d| self.dispatch(owner, d))
            .collect();
        let ending = match (&node.ending, self.protocol) {
            (Some(o), Some(_)) => self.outcome(o).or(Some(0)),
            // Without a protocol outcomes cannot be resolved; keep the node an ending so that
            // the graph checks stay right.
            (Some(_), None) => Some(0),
            (None, _) => None,
        };
        if node.ending.is_some() && !node.options.is_empty() {
            let pos = self.region_pos;
            self.warn(
                pos,
                format!("ending node \"{owner}\" has options that are never offered"),
                "the call ends on entering an ending; remove the options or the ending".into(),
            );
        }
        Node {
            id: node.id.clone(),
            lines,
            events,
            effects,
            options,
            silence,
            dispatch,
            ending,
        }
    }

    /// Registers line variants of `owner` (a node id, or `default`), returning their indices.
    fn lines(&mut self, owner: &str, ids: &[String], node_lines: bool) -> Vec<LineIx> {
        let mut seen = HashSet::default();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let pos = self.at_in(id, "lines");
            if !is_kebab_case(id) {
                self.diags.push(kebab_error(self.path(), pos, "line", id));
            }
            if !seen.insert(id) && node_lines {
                self.error(
                    pos,
                    format!("line \"{id}\" is listed twice in node \"{owner}\""),
                    "each variant needs its own id".into(),
                );
            }
            let message = crate::msg::line(owner, id);
            let ix = match self.line_index.get(&message) {
                Some(&ix) => ix,
                None => {
                    let ix = self.lines.len() as LineIx;
                    self.lines.push(Line {
                        message: message.clone(),
                    });
                    self.line_index.insert(message.clone(), ix);
                    self.messages.push((message, pos));
                    ix
                }
            };
            out.push(ix);
        }
        out
    }

    fn events(&mut self, ids: &[String]) -> Vec<crate::protocol::EventIx> {
        let Some(p) = self.protocol else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for id in ids {
            match p.events.get(id) {
                Some(e) => out.push(e),
                None => {
                    let pos = self.at_in(id, "events");
                    self.error(
                        pos,
                        format!("unknown caller event \"{id}\""),
                        unknown_hint(id, "event", p.events.ids()),
                    );
                }
            }
        }
        out
    }

    fn acts(&mut self, ids: &[String], option: &str) -> Vec<crate::protocol::ActIx> {
        let Some(p) = self.protocol else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for id in ids {
            match p.acts.get(id) {
                Some(a) => out.push(a),
                None => {
                    let pos = self.at_in(id, "acts");
                    self.error(
                        pos,
                        format!("unknown act \"{id}\" on option \"{option}\""),
                        unknown_hint(id, "act", p.acts.ids()),
                    );
                }
            }
        }
        out
    }

    /// Warns when one line would earn double credit: two of its acts, each the good practice
    /// that a different credited rule of one category expects. (Two acts one rule expects, or
    /// acts credited in different categories, are one line doing two things.)
    fn double_credit(&mut self, acts: &[crate::protocol::ActIx], option: &str, pos: Pos) {
        let Some(p) = self.protocol else {
            return;
        };
        if acts.len() < 2 {
            return;
        }
        let credited = |act: crate::protocol::ActIx| {
            p.rules.iter().filter(move |r| {
                r.credit
                    && r.check
                        .expected()
                        .is_some_and(|e| e.acts.contains(usize::from(act)))
            })
        };
        for (i, &a) in acts.iter().enumerate() {
            for &b in &acts[i + 1..] {
                for ra in credited(a) {
                    let twice = credited(b).find(|rb| {
                        rb.id != ra.id
                            && rb.category == ra.category
                            && !ra
                                .check
                                .expected()
                                .is_some_and(|e| e.acts.contains(usize::from(b)))
                    });
                    if let Some(rb) = twice {
                        let category = &p.categories[usize::from(ra.category)].id;
                        self.warn(
                            pos,
                            format!(
                                "option \"{option}\" carries acts \"{}\" and \"{}\", which rules \"{}\" and \"{}\" of category \"{category}\" would both credit for one line",
                                p.acts[a].id, p.acts[b].id, ra.id, rb.id
                            ),
                            "tag the option with the one act its words perform, or split it into two lines".into(),
                        );
                        return;
                    }
                }
            }
        }
    }

    fn outcome(&mut self, id: &str) -> Option<crate::protocol::OutcomeIx> {
        let p = self.protocol?;
        let found = p.outcomes.get(id);
        if found.is_none() {
            let pos = self.at_in(id, "ending");
            self.error(
                pos,
                format!("unknown outcome \"{id}\""),
                unknown_hint(id, "outcome", p.outcomes.ids()),
            );
        }
        found
    }

    fn services(&mut self, id: &str) -> Vec<crate::protocol::ServiceIx> {
        let Some(p) = self.protocol else {
            return Vec::new();
        };
        match p.resolve_services(id) {
            Some(s) => s,
            None => {
                let pos = self.at_in(id, "services");
                let known: Vec<&str> = p.services.ids().chain(p.groups.ids()).collect();
                self.error(
                    pos,
                    format!("unknown service or service group \"{id}\""),
                    unknown_hint(id, "service", known.iter().copied()),
                );
                Vec::new()
            }
        }
    }

    fn variable(&mut self, name: &str, field: &str) -> Option<(VarIx, i32, i32)> {
        let vars = &self.vars;
        match self.var_index.get(name).map(|&i| usize::from(i)) {
            Some(i) => Some((i as VarIx, vars[i].min, vars[i].max)),
            None => {
                let pos = self.at_in(name, field);
                let hint = if self.vars.is_empty() {
                    "declare it under `variables: [...]` with a range and an initial value"
                        .to_string()
                } else {
                    {
                        let h =
                            unknown_hint(name, "variable", self.vars.iter().map(|v| v.id.as_str()));
                        let sep = if h.ends_with('?') { " Or" } else { "; or" };
                        format!("{h}{sep} declare it under `variables`")
                    }
                };
                self.error(
                    pos,
                    format!("variable \"{name}\" is used but not declared"),
                    hint,
                );
                None
            }
        }
    }

    fn effects(&mut self, effects: &[def::Effect]) -> Vec<Effect> {
        let mut out = Vec::new();
        for effect in effects {
            let (name, op, value) = match effect {
                def::Effect::Set(n, v) => (n, EffectOp::Set, *v),
                def::Effect::Add(n, v) => (n, EffectOp::Add, *v),
            };
            let Some((var, min, max)) = self.variable(name, "effects") else {
                continue;
            };
            if op == EffectOp::Set && !(min..=max).contains(&value) {
                let pos = self.at_in(name, "effects");
                self.error(
                    pos,
                    format!("Set(\"{name}\", {value}) is outside the range {min}..={max}"),
                    "set a value inside the variable's declared range".into(),
                );
            }
            out.push(Effect { var, op, value });
        }
        out
    }

    fn condition(&mut self, cond: &def::Cond) -> Condition {
        use def::Cond as C;
        let cmp = |op| op;
        let (name, op, value) = match cond {
            C::Eq(n, v) => (n, cmp(CmpOp::Eq), *v),
            C::Ne(n, v) => (n, CmpOp::Ne, *v),
            C::Lt(n, v) => (n, CmpOp::Lt, *v),
            C::Le(n, v) => (n, CmpOp::Le, *v),
            C::Gt(n, v) => (n, CmpOp::Gt, *v),
            C::Ge(n, v) => (n, CmpOp::Ge, *v),
            C::All(cs) => return Condition::All(cs.iter().map(|c| self.condition(c)).collect()),
            C::Any(cs) => return Condition::Any(cs.iter().map(|c| self.condition(c)).collect()),
            C::Not(c) => return Condition::Not(Box::new(self.condition(c))),
            C::Visited(node) => return Condition::Visited(self.node_ref(node)),
            C::Raised(event) => {
                let e = self.events(std::slice::from_ref(event));
                return match e.first() {
                    Some(&e) => Condition::Raised(e),
                    None => Condition::Any(Vec::new()),
                };
            }
            C::Dispatched(service) => return Condition::Dispatched(self.services(service)),
        };
        let Some((var, min, max)) = self.variable(name, "when") else {
            return Condition::Any(Vec::new());
        };
        let always: Option<bool> = {
            let outcomes: Vec<bool> = [min, max, value.clamp(min, max)]
                .iter()
                .chain(&[
                    value.saturating_sub(1).clamp(min, max),
                    value.saturating_add(1).clamp(min, max),
                ])
                .map(|&x| op.holds(x, value))
                .collect();
            if outcomes.iter().all(|&b| b) {
                Some(true)
            } else if outcomes.iter().all(|&b| !b) {
                Some(false)
            } else {
                None
            }
        };
        if !(min..=max).contains(&value) || always.is_some() {
            let pos = self.at_in(name, "when");
            let verdict = match always {
                Some(true) => "always holds",
                _ => "can never hold",
            };
            self.warn(
                pos,
                format!(
                    "comparison of \"{name}\" with {value} {verdict}: its range is {min}..={max}"
                ),
                "compare with a value inside the variable's range".into(),
            );
        }
        Condition::Cmp(var, op, value)
    }

    fn node_ref(&mut self, id: &str) -> NodeIx {
        match self.node_index.get(id) {
            Some(&n) => n,
            None => {
                let pos = self.at_in(id, "next");
                let hint = unknown_hint(id, "node", self.def.nodes.iter().map(|n| n.id.as_str()));
                self.error(pos, format!("unknown node \"{id}\""), hint);
                0
            }
        }
    }

    fn next(&mut self, next: &def::Next) -> Next {
        match next {
            def::Next::Stay => Next::Stay,
            def::Next::Go(id) => Next::Go(self.node_ref(id)),
            def::Next::Random(branches) => {
                if branches.is_empty() || branches.iter().all(|(w, _)| *w == 0) {
                    let pos = self.region_pos;
                    self.error(
                        pos,
                        "a Random transition needs at least one positive weight".into(),
                        "write Random([(3, \"node-a\"), (1, \"node-b\")])".into(),
                    );
                }
                let (weights, targets) = branches
                    .iter()
                    .filter(|(w, _)| *w > 0)
                    .map(|(w, id)| (*w, self.node_ref(id)))
                    .unzip();
                Next::Random { weights, targets }
            }
            def::Next::If(cond, a, b) => Next::If(
                self.condition(cond),
                Box::new(self.next(a)),
                Box::new(self.next(b)),
            ),
        }
    }

    fn reaction(
        &mut self,
        owner: &str,
        lines: &[String],
        events: &[String],
        effects: &[def::Effect],
        next: &def::Next,
    ) -> Reaction {
        Reaction {
            lines: self.lines(owner, lines, false),
            events: self.events(events),
            effects: self.effects(effects),
            next: self.next(next),
        }
    }

    fn silence_plan(&mut self, owner: &str, plan: &[def::ReactionDef]) -> Vec<SilenceReaction> {
        let mut last = 0;
        let mut out = Vec::with_capacity(plan.len());
        for r in plan {
            if r.after <= last {
                let pos = self.region_pos;
                self.error(
                    pos,
                    format!("silence reactions of \"{owner}\" must come in increasing order of `after` ({} follows {last})", r.after),
                    "each `after` counts seconds of silence from the same moment; list them from the shortest".into(),
                );
            }
            last = r.after;
            out.push(SilenceReaction {
                after: r.after,
                reaction: self.reaction(owner, &r.lines, &r.events, &r.effects, &r.next),
            });
        }
        out
    }

    fn dispatch(&mut self, owner: &str, d: &def::DispatchDef) -> DispatchReaction {
        let mut services = Vec::new();
        for s in &d.services {
            services.extend(self.services(s));
        }
        services.sort_unstable();
        services.dedup();
        DispatchReaction {
            services,
            when: d.when.as_ref().map(|c| self.condition(c)),
            reaction: self.reaction(owner, &d.lines, &d.events, &d.effects, &d.next),
        }
    }

    /// The call's weekday and date, when the scenario names a region.
    fn day(&mut self, has_clock: bool) -> Option<(Weekday, Option<Date>)> {
        let def = self.def;
        let region = def.region.as_deref()?;
        if !is_kebab_case(region) {
            let d = kebab_error(self.path(), self.field("region"), "region", region);
            self.diags.push(d);
        }
        let date = def.date.as_deref().and_then(|d| {
            let parsed = Date::parse(d);
            if parsed.is_none() {
                let pos = self.field("date");
                self.error(
                    pos,
                    format!("bad date \"{d}\""),
                    "write the call's date as \"YYYY-MM-DD\", e.g. \"2026-01-07\"".into(),
                );
            }
            parsed
        });
        let weekday = match (def.weekday, date) {
            (Some(w), Some(d)) if w != d.weekday() => {
                let pos = self.field("weekday");
                self.error(
                    pos,
                    format!("{d} is a {:?}, not a {w:?}", d.weekday()),
                    "give the weekday of the date, or leave `weekday` out: the date gives it"
                        .into(),
                );
                d.weekday()
            }
            (Some(w), _) => w,
            (None, Some(d)) => d.weekday(),
            (None, None) => {
                if def.date.is_none() {
                    let pos = self.field("region");
                    self.error(
                        pos,
                        format!("the scenario names region \"{region}\" but no weekday"),
                        "add `weekday: Some(Sat)` (or `date: Some(\"2026-01-07\")` for holidays): services keep different hours by day".into(),
                    );
                }
                return None;
            }
        };
        if !has_clock {
            let pos = self.field("region");
            self.warn(
                pos,
                format!(
                    "the scenario names region \"{region}\" but no clock: every service will answer"
                ),
                "add `clock: Some(\"HH:MM\")`, the caller's local time when the call starts".into(),
            );
        }
        Some((weekday, date))
    }

    /// Dispatch reactions to a service that is closed when the call starts: the reaction can
    /// never happen then (the dispatch only hears that nobody answers).
    fn closed_service_checks(&mut self, scenario: &Scenario) {
        let (Some(protocol), Some(minute)) = (self.protocol, scenario.local_minute(0)) else {
            return;
        };
        let def = self.def;
        let mut places: Vec<(Option<usize>, &def::DispatchDef)> =
            def.on_dispatch.iter().map(|d| (None, d)).collect();
        for (n, node) in def.nodes.iter().enumerate() {
            places.extend(node.dispatch.iter().map(|d| (Some(n), d)));
        }
        for (node, d) in places {
            match node {
                Some(n) => self.enter_node(n),
                None => self.enter_field("on_dispatch"),
            }
            for name in &d.services {
                let Some(members) = protocol.resolve_services(name) else {
                    continue;
                };
                let closed = |&s: &u16| {
                    matches!(
                        scenario.service_status(s, minute),
                        ServiceStatus::Closed { .. }
                    )
                };
                if members.is_empty() || !members.iter().all(closed) {
                    continue;
                }
                let when = self.when(scenario, minute);
                let instead = self.instead(scenario, protocol, &members, minute);
                let pos = self.at_in(name, "services");
                self.warn(
                    pos,
                    format!(
                        "the reaction to dispatching \"{name}\" relies on a service that is closed at the scenario's time ({when})"
                    ),
                    if instead.is_empty() {
                        "nothing in its group answers then: move the call's `clock`, or react to a service that is open".to_string()
                    } else {
                        format!("what answers then: {}", instead.join(", "))
                    },
                );
            }
        }
    }

    /// "23:40, Sat" (with the date when the scenario gives one).
    fn when(&self, scenario: &Scenario, minute: u32) -> String {
        match &scenario.local {
            Some(local) => match local.date {
                Some(d) => format!("{}, {:?} {d}", hh_mm(minute), local.weekday),
                None => format!("{}, {:?}", hh_mm(minute), local.weekday),
            },
            None => hh_mm(minute),
        }
    }

    /// What answers instead of `services` at `minute`: the directory's after-hours entries
    /// (with their phone numbers), else the open services sharing a group with them.
    fn instead(
        &self,
        scenario: &Scenario,
        protocol: &Protocol,
        services: &[u16],
        minute: u32,
    ) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(local) = &scenario.local {
            for &s in services {
                for e in local.instead(s, minute) {
                    let entry = &local.entries[e];
                    let kind = entry
                        .service
                        .map(|k| scenario.services[usize::from(k)].id.as_str())
                        .unwrap_or_default();
                    let name = match &entry.phone {
                        Some(phone) => format!("{} ({kind}, {phone})", entry.id),
                        None => format!("{} ({kind})", entry.id),
                    };
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
            }
            if !out.is_empty() {
                return out;
            }
        }
        for g in &protocol.groups.items {
            if !services.iter().any(|s| g.services.contains(s)) {
                continue;
            }
            for &other in &g.services {
                let id = &scenario.services[usize::from(other)].id;
                if !services.contains(&other)
                    && scenario.service_status(other, minute) == ServiceStatus::Open
                    && !out.contains(id)
                {
                    out.push(id.clone());
                }
            }
        }
        out
    }

    /// Unreachable nodes, and nodes that are not endings but give no way out.
    fn graph_checks(&mut self, scenario: &Scenario) {
        let reachable = graph::reachable(scenario);
        let certain = graph::Certain::of(scenario);
        for (n, node) in scenario.nodes.iter().enumerate() {
            self.enter_node(n);
            let pos = self.region_pos;
            if !reachable[n] {
                self.warn(pos, format!("no path reaches node \"{}\"", node.id), format!("add an option, silence or dispatch reaction that leads to \"{}\", or remove it", node.id));
            }
            if node.ending.is_none() {
                // Each reaction is judged by its condition on this node: a scenario-wide dispatch
                // reaction that cannot apply here, or that the node's own shadows, is no way out.
                if certain.ways_out(scenario, n as NodeIx).is_empty() {
                    self.diags.push(
                        Diagnostic::new(Severity::Error, self.path(), pos, format!("node \"{}\" is not an ending and has no way out", node.id))
                            .with_hint("add an option or a silence reaction that leads to another node, or mark it `ending: Some(\"...\")` (scenario-wide dispatch reactions count only where their condition can hold and the node's own do not replace them)"),
                    );
                }
            }
        }
    }
}
