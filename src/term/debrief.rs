//! The debrief after a call, in the trainee's language: level and total, a bar per category,
//! then the call turn by turn with each deviation where it happened (why it matters, what would
//! have been better) and what went well, and the caller's end state apart from the score.

use std::io::Write;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::engine::{Event, Stamped};
use crate::locale::{Text, caller_args};
use crate::protocol::Protocol;
use crate::protocol::rules::Severity;
use crate::scenario::Scenario;
use crate::score::Scorecard;

fn clock(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

fn bar(score: f64) -> String {
    let filled = ((score / 10.0).round() as usize).min(10);
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

fn severity_message(s: Severity) -> String {
    format!("ui-severity-{}", s.as_str())
}

/// Writes the debrief of a scored call.
pub fn write(
    out: &mut dyn Write,
    text: &Text,
    scenario: &Scenario,
    protocol: &Protocol,
    events: &[Stamped],
    card: &Scorecard,
) -> std::io::Result<()> {
    let rule = |id: &str| protocol.rules.iter().find(|r| r.id == id);
    let mut args = FluentArgs::new();
    args.set("level", text.get(&card.level.message(), None));
    args.set("total", FluentValue::from(format!("{:.1}", card.total)));
    writeln!(out)?;
    writeln!(out, "== {} ==", text.get("ui-debrief-title", None))?;
    writeln!(out, "{}", text.get("ui-debrief-level", Some(&args)))?;
    let mut args = FluentArgs::new();
    args.set("protocol", protocol.id.clone());
    args.set("version", protocol.version.clone());
    writeln!(out, "{}", text.get("ui-debrief-protocol", Some(&args)))?;
    if !card.critical.is_empty() {
        writeln!(
            out,
            "{}",
            text.get1("ui-debrief-critical", "count", card.critical.len() as u32)
        )?;
    }

    writeln!(out)?;
    writeln!(out, "{}", text.get("ui-debrief-categories", None))?;
    let names: Vec<String> = card
        .categories
        .iter()
        .map(|c| text.get(&format!("category-{}", c.category), None))
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for (c, name) in card.categories.iter().zip(&names) {
        let pad = " ".repeat(width - name.chars().count());
        match c.score {
            Some(score) => writeln!(
                out,
                "  {name}{pad}  {} {score:>5.1}  ({}/{})",
                bar(score),
                c.kept,
                c.opportunities
            )?,
            None => writeln!(
                out,
                "  {name}{pad}  {}",
                text.get("ui-debrief-no-opportunity", None)
            )?,
        }
    }

    writeln!(out)?;
    writeln!(out, "{}", text.get("ui-debrief-timeline", None))?;
    let args = caller_args(scenario, text);
    let last_turn = card.turns;
    for turn in 0..=last_turn {
        let said: Vec<String> = events
            .iter()
            .filter(|e| e.turn == turn)
            .filter_map(|e| match e.event {
                Event::OptionChosen { node, option } => {
                    let choice = &scenario.node(node).options[usize::from(option)];
                    Some(format!("«{}»", text.get(&choice.message, Some(&args))))
                }
                Event::ServiceDispatched(s) | Event::ServiceClosed(s) => {
                    let name = text.get(&protocol.services[s].message, None);
                    Some(text.get1("ui-dispatched", "service", name))
                }
                _ => None,
            })
            .collect();
        let deviations: Vec<_> = card.deviations.iter().filter(|d| d.turn == turn).collect();
        let kept: Vec<_> = card.went_well.iter().filter(|k| k.turn == turn).collect();
        if said.is_empty() && deviations.is_empty() && kept.is_empty() {
            continue;
        }
        let time = events.iter().find(|e| e.turn == turn).map_or(0, |e| e.time);
        if turn == 0 {
            writeln!(out, "  {}", text.get("ui-debrief-start", None))?;
        } else {
            let mut a = FluentArgs::new();
            a.set("turn", FluentValue::from(turn));
            a.set("time", clock(time));
            writeln!(out, "  {}", text.get("ui-debrief-turn", Some(&a)))?;
        }
        for s in said {
            writeln!(out, "    {s}")?;
        }
        for d in deviations {
            let Some(r) = rule(&d.rule) else { continue };
            let mut a = FluentArgs::new();
            a.set("severity", text.get(&severity_message(d.severity), None));
            a.set("rule", text.get(&r.message, None));
            writeln!(out, "    {}", text.get("ui-debrief-deviation", Some(&a)))?;
            writeln!(
                out,
                "      {}",
                text.get1("ui-debrief-why", "text", text.get(&r.explain, None))
            )?;
            writeln!(
                out,
                "      {}",
                text.get1("ui-debrief-better", "text", text.get(&r.better, None))
            )?;
        }
        for k in kept {
            let Some(r) = rule(&k.rule) else { continue };
            writeln!(
                out,
                "    {}",
                text.get1("ui-debrief-kept", "rule", text.get(&r.message, None))
            )?;
        }
    }

    writeln!(out)?;
    writeln!(out, "{}", text.get("ui-debrief-went-well", None))?;
    let mut credited: Vec<&str> = Vec::new();
    for k in &card.went_well {
        if !credited.contains(&k.rule.as_str()) {
            credited.push(&k.rule);
        }
    }
    if credited.is_empty() {
        writeln!(out, "  {}", text.get("ui-debrief-nothing-went-well", None))?;
    }
    for id in credited {
        if let Some(r) = rule(id) {
            writeln!(out, "  ✓ {}", text.get(&r.message, None))?;
        }
    }

    writeln!(out)?;
    writeln!(out, "{}", text.get("ui-debrief-end-state", None))?;
    for v in &scenario.variables {
        let value = card.end_state.get(&v.id).copied().unwrap_or(v.initial);
        let message = format!("variable-{}", v.id);
        let name = if text.has(&message) {
            text.get(&message, None)
        } else {
            v.id.clone()
        };
        writeln!(out, "  {name}: {value} ({}..{})", v.min, v.max)?;
    }
    if let Some(outcome) = &card.outcome {
        let name = protocol.outcomes.get(outcome).map_or_else(
            || text.get("ui-counsellor-hung-up", None),
            |o| text.get(&protocol.outcomes[o].message, None),
        );
        writeln!(out, "{}", text.get1("ui-debrief-outcome", "outcome", name))?;
    }
    Ok(())
}

/// Writes a certification verdict with its reasons.
pub fn write_verdict(
    out: &mut dyn Write,
    text: &Text,
    verdict: &crate::score::certify::Verdict,
) -> std::io::Result<()> {
    let mut args = FluentArgs::new();
    args.set("trainee", verdict.trainee.clone());
    args.set("calls", FluentValue::from(verdict.calls));
    args.set("protocol", verdict.protocol.clone());
    args.set("version", verdict.protocol_version.clone());
    writeln!(out, "== {} ==", text.get("ui-certify-title", Some(&args)))?;
    for (level, count) in &verdict.levels {
        writeln!(out, "  {}: {count}", text.get(&level.message(), None))?;
    }
    writeln!(out)?;
    for t in &verdict.thresholds {
        let mut a = FluentArgs::new();
        a.set("measured", FluentValue::from(t.measured as f64));
        a.set("of", FluentValue::from(t.of as f64));
        a.set("limit", FluentValue::from(t.limit as f64));
        let line = text.get(&format!("ui-certify-check-{}", t.check), Some(&a));
        writeln!(out, "  {} {line}", if t.held { "✓" } else { "✗" })?;
    }
    for f in &verdict.sentinel_failures {
        let mut a = FluentArgs::new();
        a.set("call", f.call.clone());
        a.set("scenario", f.scenario.clone());
        a.set("rule", f.rule.clone());
        a.set("turn", FluentValue::from(f.turn));
        writeln!(
            out,
            "    {}",
            text.get("ui-certify-sentinel-failure", Some(&a))
        )?;
    }
    writeln!(out)?;
    let verdict_message = if verdict.certified {
        "ui-certify-certified"
    } else {
        "ui-certify-not-certified"
    };
    writeln!(out, "{}", text.get(verdict_message, None))
}
