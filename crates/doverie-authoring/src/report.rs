//! Reports of the authoring tools (explorer, graph, playtests) for the terminal.

use std::io::Write;

use crate::explore::{RandomReport, Report, Script};
use doverie_core::score::Level;

fn level_name(level: Level) -> &'static str {
    match level {
        Level::HighCompliance => "High Compliance",
        Level::Compliant => "Compliant",
        Level::PartialCompliance => "Partial Compliance",
        Level::LowCompliance => "Low Compliance",
        Level::NonCompliant => "Non-Compliant",
    }
}

fn script(s: &Script) -> String {
    match s.seed {
        Some(seed) => format!("--seed {seed} --choose '{}'", s.tokens),
        None => format!(
            "--choose '{}' (no seed below {} makes its random branches fall this way)",
            s.tokens,
            crate::explore::SEED_SEARCH
        ),
    }
}

/// A titled list of stuck places (dead ends or traps), each with a script that gets there.
fn write_stuck(
    out: &mut dyn Write,
    title: &str,
    list: &[crate::explore::Stuck],
) -> std::io::Result<()> {
    writeln!(
        out,
        "{title}: {}",
        if list.is_empty() { "none" } else { "" }
    )?;
    for s in list {
        writeln!(
            out,
            "  {} ({} state(s)), e.g. --choose '{}'",
            s.node, s.states, s.script
        )?;
    }
    Ok(())
}

/// Writes an exploration report (and the random-call distribution, if any).
pub fn write_report(
    out: &mut dyn Write,
    r: &Report,
    random: Option<&RandomReport>,
) -> std::io::Result<()> {
    let status = |complete: bool| {
        if complete {
            "all"
        } else {
            "STOPPED at --max-states"
        }
    };
    let rule_by_rule = if r.rule_states > 0 {
        format!(
            ", {} states rule by rule ({})",
            r.rule_states,
            status(r.rules_complete)
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "{}: {} call states ({}), {} states with the rule monitors ({}){rule_by_rule}; {} transitions; {:.2} s",
        r.scenario,
        r.states,
        status(r.complete),
        r.scored_states,
        status(r.scores_complete),
        r.transitions + r.scored_transitions,
        r.seconds
    )?;
    if let Some(b) = &r.blow_up {
        writeln!(
            out,
            "\nThe call's own states stopped at --max-states {}. What grows the space:",
            b.max_states
        )?;
        for (v, n) in &b.variables {
            writeln!(out, "  variable {v}: {n} distinct values")?;
        }
        writeln!(
            out,
            "  {} distinct (node, variables) among {} states",
            b.node_and_variables, r.states
        )?;
        writeln!(
            out,
            "  Narrow the variables' ranges, or raise --max-states."
        )?;
    }
    writeln!(out, "\nEndings reached ({}):", r.endings.len())?;
    for e in &r.endings {
        let node = e.node.as_deref().unwrap_or("(the counsellor hangs up)");
        writeln!(out, "  {node} [{}]\n      {}", e.outcome, script(&e.script))?;
    }
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "none".to_string()
        } else {
            items.join(", ")
        }
    };
    writeln!(
        out,
        "\nNodes no state reaches: {}",
        list(r.unreached_nodes.clone())
    )?;
    writeln!(
        out,
        "Options never offered: {}",
        if r.unreached_options.is_empty() {
            "none"
        } else {
            ""
        }
    )?;
    for u in &r.unreached_options {
        writeln!(
            out,
            "  {}/{}: {}",
            u.node,
            u.option.as_deref().unwrap_or("-"),
            u.reason
        )?;
    }
    write_stuck(
        out,
        "Dead ends (nothing to say and the child waits for ever)",
        &r.dead_ends,
    )?;
    write_stuck(
        out,
        "Traps (no ending but hanging up can be reached)",
        &r.traps,
    )?;
    if !r.scores_complete {
        // A High Compliance call scores 100: found, it is the best there is.
        let which = if r.high_compliance_possible == Some(true) {
            "the worst below is the worst found, not a bound (the best is a High Compliance call, the best there is)"
        } else {
            "the best and worst below are the best and worst found, not bounds"
        };
        writeln!(
            out,
            "\nThe scores were explored over the first {} states (breadth-first: the shortest calls first);\n\
             {which}. Raise --max-states to go further.",
            r.scored_states
        )?;
    }
    for (name, p) in [("Best", &r.best), ("Worst", &r.worst)] {
        if let Some(p) = p {
            writeln!(
                out,
                "\n{name} call: {} {:.1} ({})\n      {}",
                level_name(p.level),
                p.total,
                p.outcome,
                script(&p.script)
            )?;
        }
    }
    let high = match r.high_compliance_possible {
        Some(true) => "possible",
        Some(false) => "NOT possible",
        None => "not found in the states explored",
    };
    writeln!(out, "\nA High Compliance call: {high}.")?;
    if r.rules_complete {
        writeln!(
            out,
            "Rules this scenario never triggers: {}",
            list(r.rules_never_triggered.clone())
        )?;
        writeln!(
            out,
            "Rules no call of this scenario can keep: {}",
            list(r.rules_never_kept.clone())
        )?;
    } else {
        writeln!(
            out,
            "Rules never triggered or never kept: not determined (the calls were not explored to the end for every rule)."
        )?;
    }
    if let Some(rr) = random {
        writeln!(out, "\n{} random calls (seed {}):", rr.calls, rr.seed)?;
        for (level, n) in &rr.levels {
            writeln!(out, "  {:<20} {n}", level_name(*level))?;
        }
        writeln!(
            out,
            "  totals: min {:.1}, median {:.1}, mean {:.1}, max {:.1}",
            rr.min, rr.median, rr.mean, rr.max
        )?;
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
        writeln!(out, "  outcomes: {}", outcomes.join(", "))?;
    }
    Ok(())
}
