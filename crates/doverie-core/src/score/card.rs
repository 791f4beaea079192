//! The scorecard of a call: per rule, per category, the weighted total, the compliance level,
//! critical flags, what went well, and the caller's end state apart from the process score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::monitor::{Finding, FindingKind, Miss, Monitors};
use crate::engine::{End, Event, Stamped};
use crate::protocol::Protocol;
use crate::protocol::rules::{Check, Cue, Pattern, Severity};
use crate::scenario::Scenario;

/// The five compliance levels, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// No deviation at all.
    HighCompliance,
    /// Minor deviations only, and a total of at least the protocol's `compliant`.
    Compliant,
    /// A Moderate deviation, or a total below `compliant`.
    PartialCompliance,
    /// A Major deviation, or a total below `partial`.
    LowCompliance,
    /// A Critical deviation, or a total below `low`.
    NonCompliant,
}

impl Level {
    /// The five levels, best first.
    pub const ALL: [Level; 5] = [
        Level::HighCompliance,
        Level::Compliant,
        Level::PartialCompliance,
        Level::LowCompliance,
        Level::NonCompliant,
    ];

    /// The id, as messages (`level-ID`) and JSON say it.
    pub fn id(self) -> &'static str {
        match self {
            Level::HighCompliance => "high-compliance",
            Level::Compliant => "compliant",
            Level::PartialCompliance => "partial-compliance",
            Level::LowCompliance => "low-compliance",
            Level::NonCompliant => "non-compliant",
        }
    }

    /// The Fluent message naming the level.
    pub fn message(self) -> String {
        crate::msg::level(self.id())
    }

    /// The best level a call can have with a deviation of this severity.
    pub fn cap(severity: Severity) -> Level {
        match severity {
            Severity::Minor => Level::Compliant,
            Severity::Moderate => Level::PartialCompliance,
            Severity::Major => Level::LowCompliance,
            Severity::Critical => Level::NonCompliant,
        }
    }
}

/// How one rule fared in a call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleScore {
    /// The rule's id.
    pub rule: String,
    /// Its category's id.
    pub category: String,
    /// How grave a deviation from it is.
    pub severity: Severity,
    /// How many chances the call gave to keep it.
    pub opportunities: u32,
    /// How many of them were kept.
    pub kept: u32,
}

/// How one category fared in a call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryScore {
    /// The category's id.
    pub category: String,
    /// Its weight in the total.
    pub weight: u32,
    /// How many chances its rules had.
    pub opportunities: u32,
    /// How many were kept.
    pub kept: u32,
    /// Share of opportunities handled well, 0-100; none when the call gave no opportunity.
    pub score: Option<f64>,
}

/// A deviation: a rule broken, where, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deviation {
    /// The rule's id.
    pub rule: String,
    /// Its category's id.
    pub category: String,
    /// How grave it is.
    pub severity: Severity,
    /// The counsellor turn at which the chance was missed.
    pub turn: u32,
    /// Seconds of the call's time then.
    pub time: u32,
    /// How the rule was broken, as data (the view words it in the reader's language).
    pub reason: Reason,
}

/// How a rule was broken: the kind of miss (`miss` in JSON), the rule's patterns by their cues'
/// ids, and the window in turns and seconds. No words: [`crate::view::debrief`] makes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "miss", rename_all = "kebab-case")]
pub enum Reason {
    /// A `Never` rule: `pattern` happened while the rule applied (after `after`, if any).
    Happened {
        /// What happened.
        pattern: Vec<Cue>,
        /// Only after this.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<Vec<Cue>>,
    },
    /// A `Within` rule: no `expect` within the window after `trigger`.
    Late {
        /// What was expected.
        expect: Vec<Cue>,
        /// What opened the window.
        trigger: Vec<Cue>,
        /// The window in counsellor turns.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        turns: Option<u32>,
        /// The window in seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<u32>,
    },
    /// A `Within` rule: the call ended, inside the window, without `expect` after `trigger`.
    Ended {
        /// What was expected.
        expect: Vec<Cue>,
        /// What opened the window.
        trigger: Vec<Cue>,
        /// The window in counsellor turns.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        turns: Option<u32>,
        /// The window in seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<u32>,
    },
    /// A graded `Within` rule: `expect` came after the window, within the further one.
    Overdue {
        /// What was expected.
        expect: Vec<Cue>,
        /// What opened the window.
        trigger: Vec<Cue>,
        /// The window in counsellor turns.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        turns: Option<u32>,
        /// The window in seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconds: Option<u32>,
    },
    /// A `Consented` rule: a service dispatched without the caller's consent for it, and
    /// nothing (`unless`) that justifies acting without it.
    WithoutConsent {
        /// What would have justified it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unless: Option<Vec<Cue>>,
    },
    /// A `Before` rule: `pattern` came before `requires` (and before `unless`, if any).
    TooEarly {
        /// What came too early.
        pattern: Vec<Cue>,
        /// What had to come first.
        requires: Vec<Cue>,
        /// What would have excused it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unless: Option<Vec<Cue>>,
    },
    /// An `Eventually` rule: the call ended without `expect` (once `after` happened, if any).
    NeverDone {
        /// What never came.
        expect: Vec<Cue>,
        /// Only once this had happened.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<Vec<Cue>>,
    },
}

impl Reason {
    /// The reason of a deviation of `check`.
    pub fn new(check: &Check, miss: Miss) -> Reason {
        let cues = |p: &Pattern| p.cues.clone();
        let maybe = |p: &Option<Pattern>| p.as_ref().map(cues);
        match check {
            Check::Never { pattern, after, .. } => Reason::Happened {
                pattern: cues(pattern),
                after: maybe(after),
            },
            Check::Within {
                trigger,
                expect,
                turns,
                seconds,
                ..
            } if miss == Miss::Ended => Reason::Ended {
                expect: cues(expect),
                trigger: cues(trigger),
                turns: *turns,
                seconds: *seconds,
            },
            Check::Within {
                trigger,
                expect,
                turns,
                seconds,
                ..
            } if miss == Miss::Overdue => Reason::Overdue {
                expect: cues(expect),
                trigger: cues(trigger),
                turns: *turns,
                seconds: *seconds,
            },
            Check::Within {
                trigger,
                expect,
                turns,
                seconds,
                ..
            } => Reason::Late {
                expect: cues(expect),
                trigger: cues(trigger),
                turns: *turns,
                seconds: *seconds,
            },
            Check::Before {
                pattern,
                requires,
                unless,
            } => Reason::TooEarly {
                pattern: cues(pattern),
                requires: cues(requires),
                unless: maybe(unless),
            },
            Check::Eventually { expect, after, .. } => Reason::NeverDone {
                expect: cues(expect),
                after: maybe(after),
            },
            Check::Consented { unless } => Reason::WithoutConsent {
                unless: maybe(unless),
            },
            // A `Justified` rule only credits: it has no deviation of its own.
            Check::Justified { by } => Reason::WithoutConsent {
                unless: Some(cues(by)),
            },
        }
    }
}

/// Good practice kept, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    /// The rule's id.
    pub rule: String,
    /// The counsellor turn.
    pub turn: u32,
    /// Seconds of the call's time.
    pub time: u32,
}

/// A call's score: per rule, per category, the weighted total and level, and the caller's end state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    /// The scenario's id.
    pub scenario: String,
    /// The protocol's id.
    pub protocol: String,
    /// The protocol's version.
    pub protocol_version: String,
    /// Weighted total, 0-100, rounded to one decimal.
    pub total: f64,
    /// The compliance level.
    pub level: Level,
    /// Rules with a Critical deviation, with the first turn it happened.
    pub critical: Vec<Kept>,
    /// Per category.
    pub categories: Vec<CategoryScore>,
    /// Per rule.
    pub rules: Vec<RuleScore>,
    /// Every deviation, in order.
    pub deviations: Vec<Deviation>,
    /// Good practice that was kept, where it happened.
    pub went_well: Vec<Kept>,
    /// The caller's variables at the end of the call, apart from the process score.
    pub end_state: BTreeMap<String, i32>,
    /// The outcome id, if the call ended.
    pub outcome: Option<String>,
    /// Counsellor turns in the call.
    pub turns: u32,
    /// Seconds of the call's time.
    pub seconds: u32,
}

/// Scores a call from its events (as the engine produced them).
pub fn score(
    scenario: &Scenario,
    protocol: &Protocol,
    events: &[Stamped],
    end_vars: &[i32],
) -> Scorecard {
    let mut monitors = Monitors::new(protocol, scenario);
    let mut findings = Vec::new();
    monitors.observe_all(protocol, scenario, events, &mut |f| findings.push(f));
    build(scenario, protocol, &monitors, &findings, events, end_vars)
}

fn build(
    scenario: &Scenario,
    protocol: &Protocol,
    monitors: &Monitors,
    findings: &[Finding],
    events: &[Stamped],
    end_vars: &[i32],
) -> Scorecard {
    let rules: Vec<RuleScore> = protocol
        .rules
        .iter()
        .zip(&monitors.rules)
        .map(|(r, s)| RuleScore {
            rule: r.id.clone(),
            category: protocol.categories[usize::from(r.category)].id.clone(),
            severity: r.severity,
            opportunities: u32::from(s.opportunities),
            kept: u32::from(s.opportunities.saturating_sub(s.failures)),
        })
        .collect();
    let categories: Vec<CategoryScore> = protocol
        .categories
        .iter()
        .map(|c| {
            let (opportunities, kept) = rules
                .iter()
                .filter(|r| r.category == c.id)
                .fold((0, 0), |(o, k), r| (o + r.opportunities, k + r.kept));
            CategoryScore {
                category: c.id.clone(),
                weight: c.weight,
                opportunities,
                kept,
                score: (opportunities > 0)
                    .then(|| round1(100.0 * f64::from(kept) / f64::from(opportunities))),
            }
        })
        .collect();
    let (total, level) = summary(protocol, monitors);

    let mut deviations = Vec::new();
    let mut went_well = Vec::new();
    for f in findings {
        let rule = &protocol.rules[usize::from(f.rule)];
        match &f.kind {
            // The same deviation found twice at one turn (two patterns of one option) is one.
            FindingKind::Deviation(miss)
                if deviations.iter().any(|d: &Deviation| {
                    d.rule == rule.id
                        && d.turn == f.turn
                        && d.reason == Reason::new(&rule.check, *miss)
                }) => {}
            FindingKind::Deviation(miss) => deviations.push(Deviation {
                rule: rule.id.clone(),
                category: protocol.categories[usize::from(rule.category)].id.clone(),
                severity: match (&rule.check, miss) {
                    (
                        Check::Within {
                            late: Some(late), ..
                        },
                        Miss::Overdue,
                    ) => late.severity,
                    _ => rule.severity,
                },
                turn: f.turn,
                time: f.time,
                reason: Reason::new(&rule.check, *miss),
            }),
            FindingKind::Kept if rule.credit => went_well.push(Kept {
                rule: rule.id.clone(),
                turn: f.turn,
                time: f.time,
            }),
            FindingKind::Kept => {}
        }
    }
    let mut critical: Vec<Kept> = Vec::new();
    for d in deviations
        .iter()
        .filter(|d| d.severity == Severity::Critical)
    {
        if !critical.iter().any(|c| c.rule == d.rule) {
            critical.push(Kept {
                rule: d.rule.clone(),
                turn: d.turn,
                time: d.time,
            });
        }
    }

    let outcome = events.iter().rev().find_map(|e| match e.event {
        Event::CallEnded(End::Outcome(o)) => Some(protocol.outcomes[o].id.clone()),
        Event::CallEnded(End::CounsellorHungUp) => {
            Some(crate::transcript::COUNSELLOR_HUNG_UP.to_string())
        }
        _ => None,
    });
    let last = events.last();
    Scorecard {
        scenario: scenario.id.clone(),
        protocol: protocol.id.clone(),
        protocol_version: protocol.version.clone(),
        total,
        level,
        critical,
        categories,
        rules,
        deviations,
        went_well,
        end_state: scenario
            .variables
            .iter()
            .zip(end_vars)
            .map(|(v, &x)| (v.id.clone(), x))
            .collect(),
        outcome,
        turns: last.map_or(0, |e| e.turn),
        seconds: last.map_or(0, |e| e.time),
    }
}

/// The weighted total and the level from the monitors alone (what the explorer needs at every
/// ending; the scorecard uses the same computation).
pub fn summary(protocol: &Protocol, monitors: &Monitors) -> (f64, Level) {
    let mut per_category = vec![(0u32, 0u32); protocol.categories.len()];
    let mut worst = None;
    for (rule, state) in protocol.rules.iter().zip(&monitors.rules) {
        let c = &mut per_category[usize::from(rule.category)];
        c.0 += u32::from(state.opportunities);
        c.1 += u32::from(state.opportunities.saturating_sub(state.failures));
        worst = worst.max(super::monitor::worst(&rule.check, rule.severity, state));
    }
    let total = weighted_total(
        protocol
            .categories
            .iter()
            .zip(&per_category)
            .map(|(c, &(opportunities, kept))| (c.weight, opportunities, kept)),
    );
    (total, level(protocol, total, worst))
}

/// The weighted mean of the shares kept, 0-100 rounded to one decimal, over categories given as
/// (weight, opportunities, kept) that had opportunities; 100 when none had. The one place the
/// total is computed (the scorecard, the explorer).
pub fn weighted_total(categories: impl IntoIterator<Item = (u32, u32, u32)>) -> f64 {
    let (mut sum, mut weights) = (0.0, 0u32);
    for (weight, opportunities, kept) in categories {
        if opportunities > 0 && weight > 0 {
            sum += f64::from(weight) * f64::from(kept) / f64::from(opportunities);
            weights += weight;
        }
    }
    if weights == 0 {
        100.0
    } else {
        round1(100.0 * sum / f64::from(weights))
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The level: the worse of what the number allows and what the worst deviation allows.
pub fn level(protocol: &Protocol, total: f64, worst: Option<Severity>) -> Level {
    let l = &protocol.levels;
    let by_number = if total >= f64::from(l.compliant) {
        Level::Compliant
    } else if total >= f64::from(l.partial) {
        Level::PartialCompliance
    } else if total >= f64::from(l.low) {
        Level::LowCompliance
    } else {
        Level::NonCompliant
    };
    match worst {
        None if by_number == Level::Compliant => Level::HighCompliance,
        None => by_number,
        Some(s) => by_number.max(Level::cap(s)),
    }
}

/// The total and level of a call after an assessor's review, with the same weights and level
/// thresholds as its scorecard: the deviations at the indices `removed` (into
/// `card.deviations`) are struck out, each giving its opportunity back as kept; each of `added`
/// (a rule's id and the severity the assessor gave it) counts as a missed opportunity of that
/// rule: one of its kept opportunities becomes a miss, or, where the rule had none kept, a
/// missed opportunity the rules did not see is counted. The level is the worse of what the
/// total allows and what the gravest remaining or added deviation allows.
///
/// Refuses an index past the deviations, the same index twice, or a rule `protocol` does not
/// have.
pub fn rescore(
    protocol: &Protocol,
    card: &Scorecard,
    removed: &[usize],
    added: &[(&str, Severity)],
) -> Result<(f64, Level), String> {
    let mut seen = vec![false; card.deviations.len()];
    for &i in removed {
        match seen.get_mut(i) {
            None => {
                return Err(format!(
                    "deviation {i}: the scorecard has {} deviation(s)",
                    card.deviations.len()
                ));
            }
            Some(true) => return Err(format!("deviation {i} is struck out twice")),
            Some(s) => *s = true,
        }
    }
    // (opportunities, kept) per rule, by the rule's index in the protocol.
    let mut per_rule: Vec<(u32, u32)> = protocol
        .rules
        .iter()
        .map(|r| {
            card.rules
                .iter()
                .find(|s| s.rule == r.id)
                .map_or((0, 0), |s| (s.opportunities, s.kept.min(s.opportunities)))
        })
        .collect();
    let index = |rule: &str| {
        protocol
            .rules
            .iter()
            .position(|r| r.id == rule)
            .ok_or_else(|| format!("rule {rule:?} is not in protocol {}", protocol.id))
    };
    let mut worst: Option<Severity> = None;
    for (i, d) in card.deviations.iter().enumerate() {
        let r = index(&d.rule)?;
        if seen[i] {
            let (o, k) = &mut per_rule[r];
            *k = (*k + 1).min(*o);
        } else {
            worst = worst.max(Some(d.severity));
        }
    }
    for &(rule, severity) in added {
        let (o, k) = &mut per_rule[index(rule)?];
        if *k > 0 {
            *k -= 1;
        } else {
            *o += 1;
        }
        worst = worst.max(Some(severity));
    }
    let mut per_category = vec![(0u32, 0u32); protocol.categories.len()];
    for (rule, &(o, k)) in protocol.rules.iter().zip(&per_rule) {
        let c = &mut per_category[usize::from(rule.category)];
        c.0 += o;
        c.1 += k;
    }
    let total = weighted_total(
        protocol
            .categories
            .iter()
            .zip(&per_category)
            .map(|(c, &(o, k))| (c.weight, o, k)),
    );
    Ok((total, level(protocol, total, worst)))
}
