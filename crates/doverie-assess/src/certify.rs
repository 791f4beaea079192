//! Certification over stored attempts, counted honestly: for one trainee and one protocol
//! version, only exam attempts recorded by the server (`mode_source = 'server'`: a transcript
//! file imported from a trainee's machine is practice, whatever it says, because it proves only
//! that it is consistent with itself), each scenario's first exam attempt (finished or not),
//! never the same call twice (the database stores a call once). The protocol's thresholds are applied by
//! the core's [`doverie_core::score::certify::certify`]; an abandoned first exam attempt is a
//! threshold of its own. The verdict names every attempt it counted and why each other attempt
//! was set aside.
//!
//! Where an assessor has signed a review of a counted attempt, the reviewed level, total and
//! Critical deviations stand in for the machine's, and the verdict says so per attempt
//! ([`Counted::scored_by`], [`Counted::by`]); the rule for two reviews or a resolved query is
//! [`crate::review::reviewed_score`]'s.

use std::collections::BTreeMap;

use doverie_core::score::Level;
use doverie_core::score::certify::{self as core_certify, ScoredCall, Threshold, Verdict};
use serde::Serialize;

use crate::Mode;
use crate::attempts::{self, Attempt, Filter};
use crate::db::{Db, DbError};
use crate::import::Contents;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counted {
    pub attempt: i64,
    pub scenario: String,
    /// The level and total certification used: the reviewed ones where a review is signed.
    pub level: Option<Level>,
    pub total: Option<f64>,
    pub sentinel: bool,
    /// What the machine scored (never altered by a review).
    pub machine_level: Option<Level>,
    pub machine_total: Option<f64>,
    /// Where `level` and `total` come from: `machine`, `review` (a signed review, or two that
    /// agree), `resolution` (a query resolved as changed) or `lower-of-two` (two signed
    /// reviews that disagree).
    pub scored_by: String,
    /// The assessors behind a reviewed score.
    pub by: Vec<String>,
    /// Two signed reviews disagree and no query has settled it.
    pub adjudicate: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetAside {
    pub attempt: i64,
    pub scenario: String,
    /// `practice` (a practice call, or any call not recorded by the server), `not-first` (a
    /// later exam attempt of a scenario already counted).
    pub reason: String,
    /// For `not-first`: the attempt counted for that scenario.
    pub counted: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Certification {
    pub verdict: Verdict,
    pub counted: Vec<Counted>,
    pub set_aside: Vec<SetAside>,
}

/// Whether an attempt is an exam call recorded by the server (the only kind that counts).
pub fn is_server_exam(a: &Attempt) -> bool {
    a.mode == Mode::Exam && a.mode_source == "server"
}

/// Chooses the attempts that count: exam attempts recorded by the server only, each scenario's
/// first (attempts come oldest first).
pub fn choose(all: &[Attempt]) -> (Vec<&Attempt>, Vec<SetAside>) {
    let mut first: BTreeMap<&str, i64> = BTreeMap::new();
    let mut counted = Vec::new();
    let mut set_aside = Vec::new();
    for a in all {
        if !is_server_exam(a) {
            set_aside.push(SetAside {
                attempt: a.id,
                scenario: a.scenario.clone(),
                reason: "practice".into(),
                counted: None,
            });
        } else if let Some(&id) = first.get(a.scenario.as_str()) {
            set_aside.push(SetAside {
                attempt: a.id,
                scenario: a.scenario.clone(),
                reason: "not-first".into(),
                counted: Some(id),
            });
        } else {
            first.insert(&a.scenario, a.id);
            counted.push(a);
        }
    }
    (counted, set_aside)
}

/// Certifies `trainee` under a protocol version.
pub async fn certify(
    db: &Db,
    contents: &mut Contents,
    trainee: &str,
    protocol: &str,
    version: &str,
) -> Result<Certification, DbError> {
    let all: Vec<Attempt> = attempts::list(
        db,
        &Filter {
            trainee: Some(trainee.to_string()),
            protocol_version: Some(version.to_string()),
            ..Filter::default()
        },
    )
    .await?
    .into_iter()
    .filter(|a| a.protocol == protocol)
    .collect();
    let (counted, set_aside) = choose(&all);
    if counted.is_empty() {
        return Err(DbError::Refused(format!(
            "{trainee} has no exam attempt recorded by the server under protocol {protocol} {version} ({} practice or imported attempt(s)); only exams taken through the server count: issue one with `doverie assess exam issue`",
            all.len()
        )));
    }
    let hashes: std::collections::BTreeSet<&str> =
        counted.iter().map(|a| a.protocol_hash.as_str()).collect();
    if hashes.len() > 1 {
        return Err(DbError::Refused(format!(
            "protocol {protocol} {version} has {} different contents among {trainee}'s exam attempts; certification needs one",
            hashes.len()
        )));
    }
    // The scenarios as they were when the attempts were scored (their content hash).
    let mut loaded = Vec::new();
    for a in &counted {
        let l = contents.get(&a.scenario).map_err(DbError::Refused)?;
        if l.scenario.hash != a.scenario_hash || l.protocol.hash != a.protocol_hash {
            return Err(DbError::Refused(format!(
                "attempt {}: scenario \"{}\" or its protocol has changed on disk since the attempt was scored; certify with the content it was recorded under",
                a.id, a.scenario
            )));
        }
        loaded.push(l);
    }
    let finished: Vec<(usize, &Attempt)> = counted
        .iter()
        .enumerate()
        .filter(|(_, a)| a.card.is_some())
        .map(|(i, a)| (i, *a))
        .collect();
    // A signed review's score stands in for the machine's (see `review::reviewed_score`).
    let mut reviewed = Vec::new();
    for a in &counted {
        reviewed.push(crate::review::reviewed_score(db, a).await?);
    }
    let calls: Vec<ScoredCall> = finished
        .iter()
        .filter_map(|&(i, a)| {
            let mut card = a.card.clone()?;
            if let Some(r) = &reviewed[i] {
                card.level = r.level;
                card.total = r.total;
                card.critical = r.critical.clone();
            }
            Some(ScoredCall {
                label: format!("attempt {}", a.id),
                trainee: a.trainee.clone(),
                scenario: &loaded[i].scenario,
                card,
            })
        })
        .collect();
    let mut verdict = core_certify::certify(&loaded[0].protocol, &calls);
    let abandoned = counted.len() - calls.len();
    verdict.thresholds.push(Threshold {
        check: "abandoned".into(),
        held: abandoned == 0,
        measured: abandoned as u64,
        of: counted.len() as u64,
        limit: 0,
    });
    verdict.trainee = trainee.to_string();
    verdict.certified = verdict.thresholds.iter().all(|t| t.held);
    Ok(Certification {
        verdict,
        counted: counted
            .iter()
            .zip(reviewed)
            .map(|(a, r)| Counted {
                attempt: a.id,
                scenario: a.scenario.clone(),
                level: r.as_ref().map_or(a.level, |r| Some(r.level)),
                total: r.as_ref().map_or(a.total, |r| Some(r.total)),
                sentinel: a.sentinel,
                machine_level: a.level,
                machine_total: a.total,
                scored_by: r.as_ref().map_or("machine".into(), |r| r.basis.clone()),
                by: r.as_ref().map_or(Vec::new(), |r| r.by.clone()),
                adjudicate: r.as_ref().is_some_and(|r| r.adjudicate),
            })
            .collect(),
        set_aside,
    })
}
