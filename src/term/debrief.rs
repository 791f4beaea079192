//! The debrief after a call, laid out for the terminal (the content is [`Debrief`]'s), and the
//! certification verdict.

use std::io::Write;

use fluent_bundle::{FluentArgs, FluentValue};

use doverie_core::engine::Stamped;
use doverie_core::locale::Text;
use doverie_core::protocol::Protocol;
use doverie_core::scenario::Scenario;
use doverie_core::score::Scorecard;
use doverie_core::view::Debrief;

fn bar(score: f64) -> String {
    let filled = ((score / 10.0).round() as usize).min(10);
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
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
    let d = Debrief::build(text, scenario, protocol, events, card);
    writeln!(out)?;
    writeln!(out, "== {} ==", d.title)?;
    writeln!(out, "{}", d.level_line)?;
    writeln!(out, "{}", d.protocol_line)?;
    if let Some(line) = &d.critical_line {
        writeln!(out, "{line}")?;
    }

    writeln!(out)?;
    writeln!(out, "{}", d.categories_title)?;
    let width = d
        .categories
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    for c in &d.categories {
        let pad = " ".repeat(width - c.name.chars().count());
        match c.score {
            Some(score) => writeln!(
                out,
                "  {}{pad}  {} {:>5}  ({}/{})",
                c.name,
                bar(score),
                text.decimal(score, 1),
                c.kept,
                c.opportunities
            )?,
            None => writeln!(out, "  {}{pad}  {}", c.name, d.no_opportunity)?,
        }
    }

    writeln!(out)?;
    writeln!(out, "{}", d.timeline_title)?;
    for t in &d.turns {
        writeln!(out, "  {}", t.heading)?;
        for s in &t.said {
            writeln!(out, "    {s}")?;
        }
        for dev in &t.deviations {
            writeln!(out, "    {}", dev.headline)?;
            writeln!(out, "      {}", dev.why)?;
            writeln!(out, "      {}", dev.better)?;
        }
        for k in &t.kept {
            writeln!(out, "    {k}")?;
        }
    }

    writeln!(out)?;
    writeln!(out, "{}", d.went_well_title)?;
    if d.went_well.is_empty() {
        writeln!(out, "  {}", d.nothing_went_well)?;
    }
    for name in &d.went_well {
        writeln!(out, "  ✓ {name}")?;
    }

    writeln!(out)?;
    writeln!(out, "{}", d.end_state_title)?;
    for line in &d.end_state {
        writeln!(out, "  {line}")?;
    }
    if let Some(outcome) = &d.outcome {
        writeln!(out, "{outcome}")?;
    }
    Ok(())
}

/// Writes a certification verdict with its reasons.
pub fn write_verdict(
    out: &mut dyn Write,
    text: &Text,
    verdict: &doverie_core::score::certify::Verdict,
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
        let line = text.get(&doverie_core::msg::certify_check(&t.check), Some(&a));
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
