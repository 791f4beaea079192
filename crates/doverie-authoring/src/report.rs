//! The explorer's report for the terminal, in the reader's language.
//!
//! Every word comes from `locales/LANG/ui.ftl` (`explore-*`, `level-*`) through a
//! [`Text`]; ids (nodes, options, outcomes, rules) and `--choose` scripts are shown as they are,
//! since a trainer types them back. The `--json` report is the [`Report`] itself: data only.

use std::io::Write;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::explore::{RandomReport, Report, Script, Stuck};
use doverie_core::locale::Text;
use doverie_core::score::Level;

fn level_name(text: &Text, level: Level) -> String {
    text.get(&level.message(), None)
}

fn script(text: &Text, s: &Script) -> String {
    match s.seed {
        Some(seed) => format!("--seed {seed} --choose '{}'", s.tokens),
        None => format!(
            "--choose '{}' {}",
            s.tokens,
            text.get1(
                "explore-no-seed",
                "limit",
                crate::explore::SEED_SEARCH.to_string()
            )
        ),
    }
}

/// `none` in the reader's language for an empty list, else nothing (the items follow).
fn none_if_empty<T>(text: &Text, list: &[T]) -> String {
    if list.is_empty() {
        text.get("explore-none", None)
    } else {
        String::new()
    }
}

/// Ids joined by commas, or `none`.
fn ids(text: &Text, items: &[String]) -> String {
    if items.is_empty() {
        text.get("explore-none", None)
    } else {
        items.join(", ")
    }
}

fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// A titled list of stuck places (dead ends or traps), each with a script that gets there.
fn write_stuck(
    out: &mut dyn Write,
    text: &Text,
    title: &str,
    list: &[Stuck],
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        text.get1(title, "list", none_if_empty(text, list))
    )?;
    for s in list {
        let mut a = FluentArgs::new();
        a.set("node", s.node.clone());
        a.set("states", count(s.states));
        a.set("script", s.script.clone());
        writeln!(out, "  {}", text.get("explore-stuck", Some(&a)))?;
    }
    Ok(())
}

/// Writes an exploration report (and the random-call distribution, if any) in `text`'s
/// language.
pub fn write_report(
    out: &mut dyn Write,
    text: &Text,
    r: &Report,
    random: Option<&RandomReport>,
) -> std::io::Result<()> {
    let status = |complete: bool| {
        text.get(
            if complete {
                "explore-all"
            } else {
                "explore-stopped"
            },
            None,
        )
    };
    let mut a = FluentArgs::new();
    a.set("scenario", r.scenario.clone());
    a.set("states", count(r.states));
    a.set("status", status(r.complete));
    a.set("scored", count(r.scored_states));
    a.set("scored_status", status(r.scores_complete));
    a.set("transitions", count(r.transitions + r.scored_transitions));
    a.set("seconds", format!("{:.2}", r.seconds));
    let summary = if r.rule_states > 0 {
        a.set("rule_states", count(r.rule_states));
        a.set("rules_status", status(r.rules_complete));
        "explore-summary-rules"
    } else {
        "explore-summary"
    };
    writeln!(out, "{}", text.get(summary, Some(&a)))?;
    if let Some(b) = &r.blow_up {
        writeln!(
            out,
            "\n{}",
            text.get1("explore-blow-up", "max", count(b.max_states))
        )?;
        for (v, n) in &b.variables {
            let mut a = FluentArgs::new();
            a.set("variable", v.clone());
            a.set("values", count(*n));
            writeln!(out, "  {}", text.get("explore-blow-up-variable", Some(&a)))?;
        }
        let mut a = FluentArgs::new();
        a.set("distinct", count(b.node_and_variables));
        a.set("states", count(r.states));
        writeln!(out, "  {}", text.get("explore-blow-up-nodes", Some(&a)))?;
        writeln!(out, "  {}", text.get("explore-blow-up-hint", None))?;
    }
    writeln!(
        out,
        "\n{}",
        text.get1("explore-endings", "count", count(r.endings.len()))
    )?;
    for e in &r.endings {
        let node = e
            .node
            .clone()
            .unwrap_or_else(|| text.get("explore-counsellor-hangs-up", None));
        writeln!(
            out,
            "  {node} [{}]\n      {}",
            e.outcome,
            script(text, &e.script)
        )?;
    }
    writeln!(
        out,
        "\n{}",
        text.get1(
            "explore-unreached-nodes",
            "nodes",
            ids(text, &r.unreached_nodes)
        )
    )?;
    writeln!(
        out,
        "{}",
        text.get1(
            "explore-unreached-options",
            "list",
            none_if_empty(text, &r.unreached_options)
        )
    )?;
    for u in &r.unreached_options {
        // The explorer leaves an option out for one reason only: its condition.
        writeln!(
            out,
            "  {}/{}: {}",
            u.node,
            u.option.as_deref().unwrap_or("-"),
            text.get("explore-option-condition-never-holds", None)
        )?;
    }
    write_stuck(out, text, "explore-dead-ends", &r.dead_ends)?;
    write_stuck(out, text, "explore-traps", &r.traps)?;
    if !r.scores_complete {
        // A High Compliance call scores 100: found, it is the best there is.
        let which = text.get(
            if r.high_compliance_possible == Some(true) {
                "explore-scores-worst-found"
            } else {
                "explore-scores-found"
            },
            None,
        );
        let mut a = FluentArgs::new();
        a.set("states", count(r.scored_states));
        a.set("which", which);
        writeln!(out, "\n{}", text.get("explore-scores-partial", Some(&a)))?;
    }
    for (message, p) in [("explore-best", &r.best), ("explore-worst", &r.worst)] {
        if let Some(p) = p {
            let mut a = FluentArgs::new();
            a.set("level", level_name(text, p.level));
            a.set("total", format!("{:.1}", p.total));
            a.set("outcome", p.outcome.clone());
            writeln!(
                out,
                "\n{}\n      {}",
                text.get(message, Some(&a)),
                script(text, &p.script)
            )?;
        }
    }
    let high = match r.high_compliance_possible {
        Some(true) => "explore-high-possible",
        Some(false) => "explore-high-impossible",
        None => "explore-high-unknown",
    };
    writeln!(out, "\n{}", text.get(high, None))?;
    if r.rules_complete {
        writeln!(
            out,
            "{}",
            text.get1(
                "explore-rules-never-triggered",
                "rules",
                ids(text, &r.rules_never_triggered)
            )
        )?;
        writeln!(
            out,
            "{}",
            text.get1(
                "explore-rules-never-kept",
                "rules",
                ids(text, &r.rules_never_kept)
            )
        )?;
    } else {
        writeln!(out, "{}", text.get("explore-rules-undetermined", None))?;
    }
    if let Some(rr) = random {
        let mut a = FluentArgs::new();
        a.set("calls", count(rr.calls));
        a.set("seed", rr.seed.to_string());
        writeln!(out, "\n{}", text.get("explore-random", Some(&a)))?;
        let names: Vec<(String, usize)> = rr
            .levels
            .iter()
            .map(|&(level, n)| (level_name(text, level), n))
            .collect();
        // A column as wide as the longest name, and never narrower than 20.
        let width = names
            .iter()
            .map(|(name, _)| name.chars().count() + 1)
            .max()
            .unwrap_or(0)
            .max(20);
        for (name, n) in &names {
            writeln!(out, "  {name:<width$} {n}")?;
        }
        let mut a = FluentArgs::new();
        for (name, x) in [
            ("min", rr.min),
            ("median", rr.median),
            ("mean", rr.mean),
            ("max", rr.max),
        ] {
            a.set(name, format!("{x:.1}"));
        }
        writeln!(out, "  {}", text.get("explore-random-totals", Some(&a)))?;
        let most = rr.histogram.iter().copied().max().unwrap_or(1).max(1);
        for (i, n) in rr.histogram.iter().enumerate() {
            let bar = "█".repeat((n * 40).div_ceil(most));
            writeln!(out, "  {:>3}-{:<3} {bar} {n}", i * 10, i * 10 + 10)?;
        }
        let outcomes: Vec<String> = rr
            .outcomes
            .iter()
            .map(|(o, n)| format!("{o} {n}"))
            .collect();
        writeln!(
            out,
            "  {}",
            text.get1("explore-random-outcomes", "outcomes", outcomes.join(", "))
        )?;
    }
    Ok(())
}

/// Writes the arc explorer's report in the reader's language.
pub fn write_arc_report(
    out: &mut dyn Write,
    loaded: &doverie_core::content::LoadedArc,
    lang: doverie_core::locale::Lang,
    report: &crate::arc::ArcReport,
) -> std::io::Result<()> {
    let text = loaded.text(lang);
    let mut a = FluentArgs::new();
    a.set("arc", report.arc.clone());
    a.set("calls", count(report.calls.len()));
    writeln!(out, "{}", text.get("explore-arc-title", Some(&a)))?;
    for (n, c) in report.calls.iter().enumerate() {
        let mut a = FluentArgs::new();
        a.set("call", count(n + 1));
        a.set("scenario", c.scenario.clone());
        a.set("starts", count(c.starts));
        a.set("explored", count(c.starts_explored));
        a.set("states", count(c.states));
        a.set("ends", count(c.ends));
        a.set("values", count(c.end_values));
        writeln!(out, "  {}", text.get("explore-arc-call", Some(&a)))?;
    }
    writeln!(
        out,
        "{}",
        text.get1("explore-arc-arcs", "arcs", count(report.arcs))
    )?;
    if !report.complete {
        writeln!(out, "{}", text.get("explore-arc-incomplete", None))?;
    }
    for (message, path) in [
        ("explore-arc-best", &report.best),
        ("explore-arc-worst", &report.worst),
    ] {
        writeln!(out)?;
        let Some(p) = path else {
            writeln!(out, "{}", text.get("explore-arc-none", None))?;
            continue;
        };
        let mut a = FluentArgs::new();
        a.set("level", level_name(&text, p.card.level));
        a.set("total", text.decimal(p.card.total, 1));
        writeln!(out, "{}", text.get(message, Some(&a)))?;
        for (n, c) in p.card.calls.iter().enumerate() {
            writeln!(
                out,
                "  {}. {}: {} {}",
                n + 1,
                c.scenario,
                level_name(&text, c.level),
                text.decimal(c.total, 1)
            )?;
        }
        for r in &p.card.rules {
            let mark = if r.kept { "✓" } else { "✗" };
            writeln!(out, "  {mark} {}", r.rule)?;
        }
        writeln!(out, "      {}", p.command(&report.arc))?;
    }
    Ok(())
}
