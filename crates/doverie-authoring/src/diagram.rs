//! `doverie graph`: the scenario as a graph in Graphviz dot or Mermaid, with node labels in the
//! chosen language, the counsellor's options on the edges, silence, dispatch and random
//! reactions, endings, and the nodes that raise a caller event a Critical rule watches.

use doverie_core::locale::{Text, caller_args};
use doverie_core::protocol::Protocol;
use doverie_core::protocol::rules::{Check, Severity};
use doverie_core::scenario::{Next, NodeIx, Reaction, Scenario};

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

struct Edge {
    from: NodeIx,
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
fn next_edges(from: NodeIx, next: &Next, kind: EdgeKind, label: &str, out: &mut Vec<Edge>) {
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
        Next::If(_, a, b) => {
            next_edges(from, a, kind, &format!("{label} [if]"), out);
            next_edges(from, b, kind, &format!("{label} [else]"), out);
        }
    }
}

fn reaction_edges(from: NodeIx, r: &Reaction, kind: EdgeKind, label: &str, out: &mut Vec<Edge>) {
    next_edges(from, &r.next, kind, label, out);
}

/// Writes the scenario graph.
pub fn render(scenario: &Scenario, protocol: &Protocol, text: &Text, format: Format) -> String {
    let args = caller_args(scenario, text);
    let sentinels = sentinel_events(protocol);
    let mut edges = Vec::new();
    for (i, node) in scenario.nodes.iter().enumerate() {
        let from = i as NodeIx;
        for option in &node.options {
            let said = shorten(&text.get(&option.message, Some(&args)), 40);
            next_edges(from, &option.next, EdgeKind::Option, &said, &mut edges);
        }
        for s in scenario.silence_plan(from) {
            reaction_edges(
                from,
                &s.reaction,
                EdgeKind::Silence,
                &format!("silence {} s", s.after),
                &mut edges,
            );
        }
        for d in node.dispatch.iter().chain(&scenario.default_dispatch) {
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
            reaction_edges(
                from,
                &d.reaction,
                EdgeKind::Dispatch,
                &format!("dispatch: {which}"),
                &mut edges,
            );
        }
    }
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
    for e in edges {
        let style = match e.kind {
            EdgeKind::Option => "",
            EdgeKind::Silence => ", style=dashed",
            EdgeKind::Dispatch => ", style=dotted, color=blue",
        };
        out.push_str(&format!(
            "  n{} -> n{} [label=\"{}\"{style}];\n",
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
                "  n{i}((\"{text}<br/>■ {}\"))\n",
                mermaid_escape(&outcome)
            )),
            None => out.push_str(&format!("  n{i}[\"{text}\"]\n")),
        }
        if !marks.is_empty() {
            out.push_str(&format!("  style n{i} stroke:#c00,stroke-width:3px\n"));
        }
    }
    for e in edges {
        let arrow = match e.kind {
            EdgeKind::Option => "-->",
            EdgeKind::Silence => "-.->",
            EdgeKind::Dispatch => "==>",
        };
        out.push_str(&format!(
            "  n{} {arrow}|\"{}\"| n{}\n",
            e.from,
            mermaid_escape(&e.label),
            e.to
        ));
    }
    out
}
