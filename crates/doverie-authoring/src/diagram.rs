//! `doverie graph`: the scenario as a graph in Graphviz dot or Mermaid, with node labels in the
//! chosen language, the counsellor's options on the edges, silence, dispatch and random
//! reactions, endings, and the nodes that raise a caller event a Critical rule watches.

use doverie_core::locale::{Text, caller_args};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::{Check, Severity};
use doverie_core::scenario::{
    CmpOp, Condition, DispatchReaction, Next, NodeIx, Scenario, SilenceReaction,
};

/// The graph format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Graphviz dot.
    Dot,
    /// Mermaid.
    Mermaid,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "dot" => Ok(Format::Dot),
            "mermaid" => Ok(Format::Mermaid),
            other => Err(format!("unknown format \"{other}\": use dot or mermaid")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EdgeKind {
    Option,
    Silence,
    Dispatch,
}

/// Where an edge starts: a node, or the box standing for every node a scenario-wide reaction
/// applies to (drawn once, not from every node).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum From {
    Node(NodeIx),
    Everywhere,
}

impl std::fmt::Display for From {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            From::Node(n) => write!(f, "n{n}"),
            From::Everywhere => f.write_str("everywhere"),
        }
    }
}

struct Edge {
    from: From,
    to: NodeIx,
    kind: EdgeKind,
    label: String,
}

fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        format!("{}…", one_line.chars().take(max - 1).collect::<String>())
    }
}

/// Events that trigger a Critical rule of the protocol: the moments a trainee must not miss.
fn sentinel_events(protocol: &Protocol) -> Vec<u16> {
    let mut out = Vec::new();
    for rule in protocol
        .rules
        .iter()
        .filter(|r| r.severity == Severity::Critical)
    {
        let trigger = match &rule.check {
            Check::Within { trigger, .. } => Some(trigger),
            Check::Never { after, .. } => after.as_ref(),
            _ => None,
        };
        if let Some(p) = trigger {
            out.extend(p.events.iter().map(|e| e as u16));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Appends the edges a `Next` can take, labelled with `label` and, for branches, their odds.
fn next_edges(
    scenario: &Scenario,
    protocol: &Protocol,
    from: From,
    next: &Next,
    kind: EdgeKind,
    label: &str,
    out: &mut Vec<Edge>,
) {
    match next {
        Next::Stay => {}
        Next::Go(to) => out.push(Edge {
            from,
            to: *to,
            kind,
            label: label.to_string(),
        }),
        Next::Random { weights, targets } => {
            let total: u32 = weights.iter().sum();
            for (w, to) in weights.iter().zip(targets) {
                out.push(Edge {
                    from,
                    to: *to,
                    kind,
                    label: format!("{label} ({w}/{total})"),
                });
            }
        }
        Next::If(c, a, b) => {
            let c = condition(scenario, protocol, c);
            let (when, otherwise) = (format!("{label} [if {c}]"), format!("{label} [else]"));
            next_edges(scenario, protocol, from, a, kind, &when, out);
            next_edges(scenario, protocol, from, b, kind, &otherwise, out);
        }
    }
}

/// A condition as a trainer writes it: `trust >= 4`, `raised(disclosure)`, `not(...)`.
pub fn condition(scenario: &Scenario, protocol: &Protocol, c: &Condition) -> String {
    let list = |cs: &[Condition], word: &str| {
        let parts: Vec<String> = cs
            .iter()
            .map(|c| condition(scenario, protocol, c))
            .collect();
        format!("{word}({})", parts.join(", "))
    };
    match c {
        Condition::Cmp(var, op, value) => {
            let op = match op {
                CmpOp::Lt => "<",
                CmpOp::Le => "<=",
                CmpOp::Eq => "=",
                CmpOp::Ne => "!=",
                CmpOp::Ge => ">=",
                CmpOp::Gt => ">",
            };
            format!("{} {op} {value}", scenario.variables[usize::from(*var)].id)
        }
        Condition::All(cs) => list(cs, "all"),
        Condition::Any(cs) => list(cs, "any"),
        Condition::Not(c) => format!("not({})", condition(scenario, protocol, c)),
        Condition::Visited(n) => format!("visited({})", scenario.node(*n).id),
        Condition::Raised(e) => format!("raised({})", protocol.events[*e].id),
        Condition::Dispatched(services) => {
            let ids: Vec<&str> = services
                .iter()
                .map(|&s| scenario.services[usize::from(s)].id.as_str())
                .collect();
            format!("dispatched({})", ids.join(", "))
        }
    }
}

/// The label of a dispatch reaction: its services and its condition.
fn dispatch_label(scenario: &Scenario, protocol: &Protocol, d: &DispatchReaction) -> String {
    let services: Vec<&str> = d
        .services
        .iter()
        .map(|&s| scenario.services[usize::from(s)].id.as_str())
        .collect();
    let which = if services.is_empty() {
        "any service".to_string()
    } else {
        services.join(", ")
    };
    match &d.when {
        Some(c) => format!(
            "dispatch: {which} [when {}]",
            condition(scenario, protocol, c)
        ),
        None => format!("dispatch: {which}"),
    }
}

/// Writes the scenario graph.
pub fn render(scenario: &Scenario, protocol: &Protocol, text: &Text, format: Format) -> String {
    let args = caller_args(scenario, text);
    let sentinels = sentinel_events(protocol);
    let mut edges = Vec::new();
    let edges_of = |from: From,
                    silence: &[SilenceReaction],
                    dispatch: &[DispatchReaction],
                    edges: &mut Vec<Edge>| {
        for s in silence {
            let label = format!("silence {} s", s.after);
            next_edges(
                scenario,
                protocol,
                from,
                &s.reaction.next,
                EdgeKind::Silence,
                &label,
                edges,
            );
        }
        for d in dispatch {
            let label = dispatch_label(scenario, protocol, d);
            next_edges(
                scenario,
                protocol,
                from,
                &d.reaction.next,
                EdgeKind::Dispatch,
                &label,
                edges,
            );
        }
    };
    for (i, node) in scenario.nodes.iter().enumerate() {
        // An ending ends the call: nothing leaves it.
        if node.ending.is_some() {
            continue;
        }
        let from = From::Node(i as NodeIx);
        for option in &node.options {
            let mut said = shorten(&text.get(&option.message, Some(&args)), 40);
            if let Some(c) = &option.when {
                said.push_str(&format!(" [when {}]", condition(scenario, protocol, c)));
            }
            next_edges(
                scenario,
                protocol,
                from,
                &option.next,
                EdgeKind::Option,
                &said,
                &mut edges,
            );
        }
        // Only the node's own reactions: the scenario-wide ones are drawn once, below.
        edges_of(
            from,
            node.silence.as_deref().unwrap_or_default(),
            &node.dispatch,
            &mut edges,
        );
    }
    edges_of(
        From::Everywhere,
        &scenario.default_silence,
        &scenario.default_dispatch,
        &mut edges,
    );
    let node_label = |i: usize| -> (String, Option<String>, Vec<String>) {
        let node = &scenario.nodes[i];
        let line = node
            .lines
            .first()
            .map(|&l| {
                shorten(
                    &text.get(&scenario.lines[l as usize].message, Some(&args)),
                    60,
                )
            })
            .unwrap_or_default();
        let ending = node
            .ending
            .map(|o| text.get(&protocol.outcomes[o].message, None));
        let marks = node
            .events
            .iter()
            .filter(|e| sentinels.contains(e))
            .map(|&e| protocol.events[e].id.clone())
            .collect();
        (line, ending, marks)
    };
    match format {
        Format::Dot => dot(scenario, &edges, &node_label),
        Format::Mermaid => mermaid(scenario, &edges, &node_label),
    }
}

/// The box scenario-wide reactions start from.
const EVERYWHERE: &str = "every node without its own reaction";

type Label<'a> = dyn Fn(usize) -> (String, Option<String>, Vec<String>) + 'a;

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn dot(scenario: &Scenario, edges: &[Edge], label: &Label<'_>) -> String {
    let mut out = format!(
        "digraph \"{}\" {{\n  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"Noto Sans\"];\n  edge [fontname=\"Noto Sans\", fontsize=10];\n",
        dot_escape(&scenario.id)
    );
    for (i, node) in scenario.nodes.iter().enumerate() {
        let (line, ending, marks) = label(i);
        let mut text = node.id.clone();
        if !line.is_empty() {
            text.push_str(&format!("\\n{}", dot_escape(&line)));
        }
        for m in &marks {
            text.push_str(&format!("\\n⚠ {m}"));
        }
        let mut attrs = String::new();
        if let Some(outcome) = ending {
            text.push_str(&format!("\\n■ {}", dot_escape(&outcome)));
            attrs.push_str(", shape=doubleoctagon");
        }
        if !marks.is_empty() {
            attrs.push_str(", color=red, penwidth=2");
        }
        if i == scenario.start as usize {
            attrs.push_str(", style=\"rounded,bold\"");
        }
        out.push_str(&format!("  n{i} [label=\"{text}\"{attrs}];\n"));
    }
    if edges.iter().any(|e| e.from == From::Everywhere) {
        out.push_str(&format!(
            "  everywhere [label=\"{EVERYWHERE}\", shape=note, style=dashed];\n"
        ));
    }
    for e in edges {
        let style = match e.kind {
            EdgeKind::Option => "",
            EdgeKind::Silence => ", style=dashed",
            EdgeKind::Dispatch => ", style=dotted, color=blue",
        };
        out.push_str(&format!(
            "  {} -> n{} [label=\"{}\"{style}];\n",
            e.from,
            e.to,
            dot_escape(&e.label)
        ));
    }
    out.push_str("}\n");
    out
}

fn mermaid_escape(s: &str) -> String {
    s.replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
}

fn mermaid(scenario: &Scenario, edges: &[Edge], label: &Label<'_>) -> String {
    let mut out = String::from("flowchart TD\n");
    for (i, node) in scenario.nodes.iter().enumerate() {
        let (line, ending, marks) = label(i);
        let mut text = node.id.clone();
        if !line.is_empty() {
            text.push_str(&format!("<br/>{}", mermaid_escape(&line)));
        }
        for m in &marks {
            text.push_str(&format!("<br/>⚠ {m}"));
        }
        match ending {
            Some(outcome) => out.push_str(&format!(
                "  n{i}(((\"{text}<br/>■ {}\")))\n",
                mermaid_escape(&outcome)
            )),
            None => out.push_str(&format!("  n{i}[\"{text}\"]\n")),
        }
        if !marks.is_empty() {
            out.push_str(&format!("  style n{i} stroke:#c00,stroke-width:3px\n"));
        }
    }
    if edges.iter().any(|e| e.from == From::Everywhere) {
        out.push_str(&format!("  everywhere>\"{EVERYWHERE}\"]\n"));
    }
    // As in dot and the guide: options solid, silence dashed, dispatch dotted (blue).
    let mut styles = String::new();
    for (k, e) in edges.iter().enumerate() {
        let arrow = match e.kind {
            EdgeKind::Option | EdgeKind::Silence => "-->",
            EdgeKind::Dispatch => "-.->",
        };
        out.push_str(&format!(
            "  {} {arrow}|\"{}\"| n{}\n",
            e.from,
            mermaid_escape(&e.label),
            e.to
        ));
        match e.kind {
            EdgeKind::Option => {}
            EdgeKind::Silence => {
                styles.push_str(&format!("  linkStyle {k} stroke-dasharray:6 4\n"))
            }
            EdgeKind::Dispatch => styles.push_str(&format!("  linkStyle {k} stroke:#00c\n")),
        }
    }
    out.push_str(&styles);
    out
}
