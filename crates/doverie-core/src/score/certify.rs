//! Certification of a trainee over a set of assessment calls, by the protocol's thresholds.

use serde::{Deserialize, Serialize};

use super::card::{Level, Scorecard};
use crate::protocol::Protocol;
use crate::scenario::Scenario;

/// One scored call of the set.
#[derive(Debug, Clone)]
pub struct ScoredCall<'a> {
    /// How the call is named in the verdict (its file).
    pub label: String,
    /// The trainee who made it.
    pub trainee: String,
    /// Its scenario.
    pub scenario: &'a Scenario,
    /// Its scorecard.
    pub card: Scorecard,
}

/// One threshold and whether it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Threshold {
    /// Stable id of the check: `same-trainee`, `min-calls`, `partial`, `low`, `non-compliant`,
    /// `sentinels`.
    pub check: String,
    /// Whether the threshold held.
    pub held: bool,
    /// What was measured: a count of calls (or of trainees, or of critical deviations).
    pub measured: u64,
    /// Out of how many calls.
    pub of: u64,
    /// The limit: a minimum count (`min-calls`), a maximum percentage, or a maximum count.
    pub limit: u64,
}

/// A Critical deviation in a sentinel call: it fails certification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentinelFailure {
    /// The call.
    pub call: String,
    /// Its scenario.
    pub scenario: String,
    /// The rule broken.
    pub rule: String,
    /// The turn it happened at.
    pub turn: u32,
}

/// The verdict over a trainee's set of calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Whether the trainee is certified.
    pub certified: bool,
    /// The trainee.
    pub trainee: String,
    /// The protocol applied.
    pub protocol: String,
    /// Its version.
    pub protocol_version: String,
    /// How many calls were assessed.
    pub calls: usize,
    /// Calls per level, best first.
    pub levels: Vec<(Level, usize)>,
    /// Every threshold, held or not, with its figures.
    pub thresholds: Vec<Threshold>,
    /// Every Critical deviation in a sentinel call.
    pub sentinel_failures: Vec<SentinelFailure>,
}

/// Whether a scenario is a sentinel under this protocol.
pub fn is_sentinel(protocol: &Protocol, scenario: &Scenario) -> bool {
    let c = &protocol.certification;
    c.sentinel_scenarios.contains(&scenario.id)
        || scenario
            .caller
            .topics
            .iter()
            .any(|t| c.sentinel_topics.contains(t))
}

/// Applies the certification thresholds to a set of scored calls.
pub fn certify(protocol: &Protocol, calls: &[ScoredCall<'_>]) -> Verdict {
    let c = &protocol.certification;
    let n = calls.len();
    let count = |l: Level| calls.iter().filter(|x| x.card.level == l).count();
    let mut thresholds = Vec::new();

    let trainees: std::collections::BTreeSet<&str> =
        calls.iter().map(|x| x.trainee.as_str()).collect();
    thresholds.push(Threshold {
        check: "same-trainee".into(),
        held: trainees.len() == 1,
        measured: trainees.len() as u64,
        of: n as u64,
        limit: 1,
    });
    thresholds.push(Threshold {
        check: "min-calls".into(),
        held: n as u64 >= u64::from(c.min_calls),
        measured: n as u64,
        of: n as u64,
        limit: u64::from(c.min_calls),
    });
    for (check, level, max) in [
        ("partial", Level::PartialCompliance, c.max_partial_percent),
        ("low", Level::LowCompliance, c.max_low_percent),
        (
            "non-compliant",
            Level::NonCompliant,
            c.max_non_compliant_percent,
        ),
    ] {
        let k = count(level);
        // k / n <= max / 100, in integers.
        let held = (k as u64) * 100 <= u64::from(max) * (n as u64);
        thresholds.push(Threshold {
            check: check.into(),
            held,
            measured: k as u64,
            of: n as u64,
            limit: u64::from(max),
        });
    }
    let mut sentinel_failures = Vec::new();
    let mut sentinels = 0u64;
    for call in calls.iter().filter(|x| is_sentinel(protocol, x.scenario)) {
        sentinels += 1;
        for crit in &call.card.critical {
            sentinel_failures.push(SentinelFailure {
                call: call.label.clone(),
                scenario: call.scenario.id.clone(),
                rule: crit.rule.clone(),
                turn: crit.turn,
            });
        }
    }
    thresholds.push(Threshold {
        check: "sentinels".into(),
        held: sentinel_failures.is_empty(),
        measured: sentinel_failures.len() as u64,
        of: sentinels,
        limit: 0,
    });
    Verdict {
        certified: thresholds.iter().all(|t| t.held),
        trainee: trainees
            .iter()
            .next()
            .map(|s| s.to_string())
            .unwrap_or_default(),
        protocol: protocol.id.clone(),
        protocol_version: protocol.version.clone(),
        calls: n,
        levels: Level::ALL.iter().map(|&l| (l, count(l))).collect(),
        thresholds,
        sentinel_failures,
    }
}
