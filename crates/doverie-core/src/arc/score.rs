//! An arc scored as a whole: each call's own scorecard, and the protocol's arc rules over the
//! carried variables' trajectory across the calls.
//!
//! The arc's total is the mean of its calls' totals; its level is the worst of its calls'
//! levels and of the caps of the arc rules it broke (a broken arc rule caps the arc's level as a
//! deviation of that severity caps a call's). Arc rules are judged once the arc's last call is
//! played; an arc rule that reads a variable the arc does not carry does not apply to it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Arc, ArcCond};
use crate::engine::{Event, Stamped};
use crate::protocol::Protocol;
use crate::protocol::def::ArcCheckDef;
use crate::protocol::rules::Severity;
use crate::scenario::Scenario;
use crate::score::{Level, Scorecard};

/// A call of an arc, played and scored.
#[derive(Debug, Clone, PartialEq)]
pub struct CallResult {
    /// The call's own scorecard.
    pub card: Scorecard,
    /// The carried values along the call, in the arc's order: the start, then after each
    /// change; the last is the end.
    pub trajectory: Vec<Vec<i32>>,
}

/// The carried values along a call: `scenario` as the call started it (carried values in
/// place), and the call's events.
pub fn trajectory(arc: &Arc, scenario: &Scenario, events: &[Stamped]) -> Vec<Vec<i32>> {
    let slots: Vec<Option<usize>> = scenario
        .variables
        .iter()
        .map(|v| arc.carried.iter().position(|c| c == &v.id))
        .collect();
    let mut now: Vec<i32> = arc
        .carried
        .iter()
        .map(|c| {
            scenario
                .variables
                .iter()
                .find(|v| &v.id == c)
                .map_or(0, |v| v.initial)
        })
        .collect();
    let mut out = vec![now.clone()];
    for e in events {
        if let Event::VariableChanged { var, to, .. } = e.event
            && let Some(Some(slot)) = slots.get(usize::from(var))
        {
            now[*slot] = to;
            out.push(now.clone());
        }
    }
    out
}

/// A call's line in the arc's scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArcCallScore {
    /// The scenario's id.
    pub scenario: String,
    /// Days after the previous call (0 for the first).
    pub days_before: u32,
    /// The call's level.
    pub level: Level,
    /// The call's total.
    pub total: f64,
    /// How the call ended.
    pub outcome: Option<String>,
    /// The carried values it began with.
    pub start: BTreeMap<String, i32>,
    /// The carried values it ended with.
    pub end: BTreeMap<String, i32>,
    /// The lowest value of each carried variable during the call.
    pub low: BTreeMap<String, i32>,
    /// The highest.
    pub high: BTreeMap<String, i32>,
}

/// How an arc rule fared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArcRuleScore {
    /// The rule's id.
    pub rule: String,
    /// How grave breaking it is.
    pub severity: Severity,
    /// Whether the arc kept it.
    pub kept: bool,
}

/// The arc's scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArcCard {
    /// The arc's id.
    pub arc: String,
    /// The protocol's id.
    pub protocol: String,
    /// Its version.
    pub protocol_version: String,
    /// Each call played, in order.
    pub calls: Vec<ArcCallScore>,
    /// The arc rules that apply, kept or broken (empty until the arc is complete).
    pub rules: Vec<ArcRuleScore>,
    /// The mean of the calls' totals, 0-100, one decimal.
    pub total: f64,
    /// The worst of the calls' levels and of the broken arc rules' caps.
    pub level: Level,
    /// Whether every call of the arc is played.
    pub complete: bool,
}

/// Scores an arc from its calls' results, in order (a beginning of the arc while it is being
/// played: arc rules are then not judged yet).
pub fn score_arc(arc: &Arc, protocol: &Protocol, calls: &[CallResult]) -> ArcCard {
    let named = |v: &[i32]| arc.named(v);
    let mut out_calls = Vec::new();
    let mut previous_end: Vec<i32> = Vec::new();
    for (n, c) in calls.iter().enumerate() {
        let start = c.trajectory.first().cloned().unwrap_or_default();
        let end = c.trajectory.last().cloned().unwrap_or_default();
        let fold = |pick: fn(i32, i32) -> i32| -> Vec<i32> {
            (0..arc.carried.len())
                .map(|i| {
                    c.trajectory
                        .iter()
                        .filter_map(|p| p.get(i).copied())
                        .reduce(pick)
                        .unwrap_or(0)
                })
                .collect()
        };
        out_calls.push(ArcCallScore {
            scenario: c.card.scenario.clone(),
            days_before: if n == 0 {
                0
            } else {
                arc.days_before(n, &previous_end)
            },
            level: c.card.level,
            total: c.card.total,
            outcome: c.card.outcome.clone(),
            start: named(&start),
            end: named(&end),
            low: named(&fold(i32::min)),
            high: named(&fold(i32::max)),
        });
        previous_end = end;
    }
    let complete = !calls.is_empty() && calls.len() == arc.calls.len();
    let rules = if complete {
        protocol
            .arc_rules
            .iter()
            .filter_map(|r| {
                judge(arc, &r.check, calls).map(|kept| ArcRuleScore {
                    rule: r.id.clone(),
                    severity: r.severity,
                    kept,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let total = if calls.is_empty() {
        0.0
    } else {
        let sum: f64 = calls.iter().map(|c| c.card.total).sum();
        (sum / calls.len() as f64 * 10.0).round() / 10.0
    };
    let level = calls
        .iter()
        .map(|c| c.card.level)
        .chain(
            rules
                .iter()
                .filter(|r| !r.kept)
                .map(|r| Level::cap(r.severity)),
        )
        .max()
        .unwrap_or(Level::HighCompliance);
    ArcCard {
        arc: arc.id.clone(),
        protocol: protocol.id.clone(),
        protocol_version: protocol.version.clone(),
        calls: out_calls,
        rules,
        total,
        level,
        complete,
    }
}

/// Whether the arc keeps a rule; none when the rule reads a variable the arc does not carry.
fn judge(arc: &Arc, check: &ArcCheckDef, calls: &[CallResult]) -> Option<bool> {
    let first = calls.first()?.trajectory.first()?;
    let last = calls.last()?.trajectory.last()?;
    let slot = |v: &str| arc.carried.iter().position(|c| c == v);
    Some(match check {
        ArcCheckDef::AtEnd(c) => ArcCond::compile(c, &arc.carried).ok()?.holds(last),
        ArcCheckDef::Always(c) => {
            let cond = ArcCond::compile(c, &arc.carried).ok()?;
            calls
                .iter()
                .flat_map(|c| &c.trajectory)
                .all(|p| cond.holds(p))
        }
        ArcCheckDef::Fell(v) => {
            let i = slot(v)?;
            last.get(i)? < first.get(i)?
        }
        ArcCheckDef::Grew(v) => {
            let i = slot(v)?;
            last.get(i)? > first.get(i)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ron_file::RonFile;

    fn protocol() -> Protocol {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scenarios/protocols/helpline.ron"
        );
        crate::protocol::load(std::path::Path::new(path)).0.unwrap()
    }

    fn arc(carried: &str) -> Arc {
        let text = format!(
            r#"Arc(id: "a", protocol: "helpline", carried: [{carried}],
            calls: [(scenario: "one"), (scenario: "two", days: 21, or: [(when: Le("trust", 2), days: 45)])])"#
        );
        let file = RonFile::from_text(std::path::Path::new("a.ron"), text);
        super::super::compile(&file.parse().unwrap(), &file)
            .0
            .unwrap()
    }

    fn call(total: f64, level: Level, trajectory: &[[i32; 4]]) -> CallResult {
        CallResult {
            card: Scorecard {
                scenario: "s".into(),
                protocol: "helpline".into(),
                protocol_version: "2.0.0".into(),
                total,
                level,
                critical: Vec::new(),
                categories: Vec::new(),
                rules: Vec::new(),
                deviations: Vec::new(),
                went_well: Vec::new(),
                end_state: BTreeMap::new(),
                outcome: None,
                turns: 0,
                seconds: 0,
            },
            trajectory: trajectory.iter().map(|p| p.to_vec()).collect(),
        }
    }

    fn kept(card: &ArcCard) -> Vec<(&str, bool)> {
        card.rules
            .iter()
            .map(|r| (r.rule.as_str(), r.kept))
            .collect()
    }

    /// Hand-checked: the arc rules of the helpline protocol over trajectories written out.
    /// Values are [trust, risk, ties, dependency].
    #[test]
    fn arc_rules_by_hand() {
        let p = protocol();
        let a = arc(r#""trust", "risk", "ties", "dependency""#);
        // Dependency 6 -> 4, ties 2 -> 5, trust never below 3, risk ends at 2: all kept.
        let good = [
            call(90.0, Level::Compliant, &[[4, 2, 2, 6], [5, 2, 3, 5]]),
            call(100.0, Level::HighCompliance, &[[5, 2, 3, 5], [6, 2, 5, 4]]),
        ];
        let card = score_arc(&a, &p, &good);
        assert_eq!(
            kept(&card),
            [
                ("arc-dependency-eased", true),
                ("arc-ties-grew", true),
                ("arc-never-pushed-away", true),
                ("arc-risk-settled", true)
            ]
        );
        assert_eq!(card.total, 95.0);
        assert_eq!(card.level, Level::Compliant);
        assert_eq!(card.calls[1].days_before, 21);
        assert_eq!(card.calls[0].low["trust"], 4);
        assert_eq!(card.calls[1].high["ties"], 5);
        // Trust fell to 1 inside the first call (pushed away), though it recovered: the
        // trajectory rule is broken (Major caps the arc at Low Compliance), and the gap is the
        // long one only when the call *ended* that low.
        let pushed = [
            call(
                95.0,
                Level::Compliant,
                &[[4, 2, 2, 6], [1, 2, 2, 6], [3, 2, 2, 6]],
            ),
            call(95.0, Level::Compliant, &[[3, 2, 2, 6], [3, 5, 2, 7]]),
        ];
        let card = score_arc(&a, &p, &pushed);
        assert_eq!(
            kept(&card),
            [
                ("arc-dependency-eased", false),
                ("arc-ties-grew", false),
                ("arc-never-pushed-away", false),
                ("arc-risk-settled", false)
            ]
        );
        assert_eq!(card.level, Level::LowCompliance);
        assert_eq!(card.calls[1].days_before, 21);
        let ended_low = [
            call(95.0, Level::Compliant, &[[4, 2, 2, 6], [2, 2, 2, 6]]),
            call(95.0, Level::Compliant, &[[2, 2, 2, 6]]),
        ];
        assert_eq!(score_arc(&a, &p, &ended_low).calls[1].days_before, 45);
        // An arc that does not carry a rule's variable is not judged by it.
        let b = arc(r#""trust", "ties""#);
        let two = [
            call(80.0, Level::PartialCompliance, &[[4, 2, 0, 0]]),
            call(70.0, Level::LowCompliance, &[[4, 3, 0, 0]]),
        ];
        let two: Vec<CallResult> = two
            .into_iter()
            .map(|mut c| {
                c.trajectory = c.trajectory.iter().map(|p| p[..2].to_vec()).collect();
                c
            })
            .collect();
        let card = score_arc(&b, &p, &two);
        assert_eq!(
            kept(&card),
            [("arc-ties-grew", true), ("arc-never-pushed-away", true)]
        );
        assert_eq!(card.total, 75.0);
        assert_eq!(card.level, Level::LowCompliance);
        // Before the last call, no arc rule is judged.
        let card = score_arc(&a, &p, &good[..1]);
        assert!(!card.complete && card.rules.is_empty());
    }
}
