//! Calibration: sets of reference calls with agreed reviews, which an assessor reviews blind and
//! must match (to the share the administrator sets) before signing off exam attempts.
//!
//! The administrator makes a set from attempts that have a signed `reference` review (the
//! agreed review); each call of the set keeps the reference it was added with. An assessor
//! reviews each call with purpose `calibration`, without seeing the reference (see
//! [`reference_hidden`]). Once all their calibration reviews of a set are signed, their result
//! is settled ([`settle`]): the items their reviews and the references agree on over all items
//! ([`crate::agreement::matched`]: each deviation item and the call's level), in percent, and
//! whether that reaches the threshold in force then. A result is recorded once and stays as it
//! was recorded; a later threshold applies to results settled after it. Everything is audited.

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::Row;

use crate::accounts::{Role, User};
use crate::audit::{self, Change};
use crate::db::{Db, DbError};
use crate::double::{put_setting, setting};
use crate::reviewed::{self, Which};

/// Why a change was refused, in both languages (the pages show the reader's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub en: String,
    pub ru: String,
}

impl Refusal {
    pub fn new(en: impl Into<String>, ru: impl Into<String>) -> Refusal {
        Refusal {
            en: en.into(),
            ru: ru.into(),
        }
    }

    pub fn get(&self, lang: doverie_core::locale::Lang) -> &str {
        match lang {
            doverie_core::locale::Lang::En => &self.en,
            doverie_core::locale::Lang::Ru => &self.ru,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

/// The setting that holds the share of items an assessor must match, in percent.
pub const THRESHOLD_SETTING: &str = "calibration-threshold-percent";

/// Whether `user` may sign off reviews of exam attempts: an assessor must have passed the most
/// recent calibration set once the administrator has set a threshold and made a set;
/// administrators and trainees never sign exams off.
pub async fn may_sign_exams(db: &Db, user: &User) -> Result<Result<(), String>, DbError> {
    if user.role != Role::Assessor {
        return Ok(Err("only an assessor signs reviews off".into()));
    }
    if threshold(db).await?.is_none() {
        return Ok(Ok(()));
    }
    let latest = sqlx::query("SELECT id, name FROM calibration_sets ORDER BY id DESC LIMIT 1")
        .fetch_optional(&db.pool)
        .await?;
    let Some(latest) = latest else {
        return Ok(Ok(()));
    };
    let (set, name): (i64, String) = (latest.try_get(0)?, latest.try_get(1)?);
    // Their last calibration review may have just been signed.
    settle_set(db, set).await?;
    let result = sqlx::query(
        "SELECT agreement, passed FROM calibration_results WHERE set_id = $1 AND assessor = $2
         ORDER BY id DESC LIMIT 1",
    )
    .bind(set)
    .bind(user.id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(match result {
        Some(r) if r.try_get::<i64, _>(1)? == 1 => Ok(()),
        Some(r) => Err(format!(
            "calibration set {name:?} not passed ({:.1}% of items matched, below the threshold): \
             an administrator may make a new set for you to review",
            r.try_get::<f64, _>(0)?
        )),
        None => Err(format!(
            "calibration set {name:?} not yet passed: review its calls (at /calibration) before signing off exams"
        )),
    })
}

/// The threshold in percent, if the administrator has set one.
pub async fn threshold(db: &Db) -> Result<Option<f64>, DbError> {
    let mut tx = db.pool.begin().await?;
    let t = setting(&mut tx, THRESHOLD_SETTING).await?;
    tx.commit().await?;
    Ok(t.and_then(|t| t.parse().ok()))
}

/// A threshold as typed in a form: a percent from 0 to 100.
pub fn parse_threshold(s: &str) -> Result<f64, Refusal> {
    let t = s.trim().trim_end_matches('%').trim();
    match t.parse::<f64>() {
        Ok(x) if (0.0..=100.0).contains(&x) => Ok(x),
        _ => Err(Refusal::new(
            format!(
                "{t:?}: the calibration threshold is a percent of items matched, from 0 to 100"
            ),
            format!("{t:?}: порог калибровки — процент совпавших пунктов, от 0 до 100"),
        )),
    }
}

/// Sets the threshold (audited with the value before and the reason).
pub async fn set_threshold(
    db: &Db,
    actor: &User,
    percent: f64,
    reason: Option<&str>,
) -> Result<Result<(), Refusal>, DbError> {
    if actor.role != Role::Administrator {
        return Ok(Err(Refusal::new(
            "only an administrator sets the calibration threshold",
            "порог калибровки задаёт только администратор",
        )));
    }
    if let Err(e) = parse_threshold(&percent.to_string()) {
        return Ok(Err(e));
    }
    let mut tx = db.pool.begin().await?;
    let value = percent.to_string();
    let previous = put_setting(&mut tx, THRESHOLD_SETTING, &value).await?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(actor.id),
            action: "calibration-threshold",
            object: &format!("setting/{THRESHOLD_SETTING}"),
            previous: previous.as_deref(),
            value: Some(&value),
            reason: reason.filter(|r| !r.trim().is_empty()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// An attempt with a signed reference review, which a set may include.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub attempt: i64,
    pub scenario: String,
    pub trainee: String,
    /// The latest signed reference review of the attempt.
    pub reference: i64,
    pub author: String,
}

/// Every attempt with a signed reference review, each with its latest one.
pub async fn candidates(db: &Db) -> Result<Vec<Candidate>, DbError> {
    let rows = sqlx::query(
        "SELECT a.id, a.scenario, a.trainee, r.id, u.login, r.assessor
         FROM reviews r JOIN attempts a ON a.id = r.attempt_id
         LEFT JOIN users u ON u.id = r.assessor
         WHERE r.purpose = 'reference' AND r.signed_at IS NOT NULL
         ORDER BY a.id, r.signed_at DESC, r.id DESC",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut out: Vec<Candidate> = Vec::new();
    for r in rows {
        let attempt: i64 = r.try_get(0)?;
        if out.last().is_some_and(|c| c.attempt == attempt) {
            continue;
        }
        let login: Option<String> = r.try_get(4)?;
        let author: i64 = r.try_get(5)?;
        out.push(Candidate {
            attempt,
            scenario: r.try_get(1)?,
            trainee: r.try_get(2)?,
            reference: r.try_get(3)?,
            author: login.unwrap_or_else(|| format!("#{author}")),
        });
    }
    Ok(out)
}

/// Makes a calibration set named `name` of `attempts`, each with its latest signed reference
/// review (audited); returns the set's id.
pub async fn create_set(
    db: &Db,
    actor: &User,
    name: &str,
    attempts: &[i64],
) -> Result<Result<i64, Refusal>, DbError> {
    let refused = |en: String, ru: String| Ok(Err(Refusal::new(en, ru)));
    if actor.role != Role::Administrator {
        return refused(
            "only an administrator makes calibration sets".into(),
            "калибровочные наборы создаёт только администратор".into(),
        );
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return refused(
            "a calibration set needs a name of 1 to 100 characters".into(),
            "у калибровочного набора должно быть название от 1 до 100 знаков".into(),
        );
    }
    let mut attempts = attempts.to_vec();
    attempts.sort_unstable();
    attempts.dedup();
    if attempts.is_empty() {
        return refused(
            "choose at least one call with a signed reference review".into(),
            "выберите хотя бы один звонок с подписанной эталонной проверкой".into(),
        );
    }
    let references: BTreeMap<i64, i64> = candidates(db)
        .await?
        .into_iter()
        .map(|c| (c.attempt, c.reference))
        .collect();
    let missing: Vec<String> = attempts
        .iter()
        .filter(|a| !references.contains_key(a))
        .map(i64::to_string)
        .collect();
    if !missing.is_empty() {
        let missing = missing.join(", ");
        return refused(
            format!(
                "attempt {missing} has no signed reference review: an agreed review (purpose reference) must be signed first"
            ),
            format!(
                "у попытки {missing} нет подписанной эталонной проверки: сначала подпишите согласованную проверку с целью «эталон»"
            ),
        );
    }
    let mut tx = db.pool.begin().await?;
    let taken = sqlx::query("SELECT 1 FROM calibration_sets WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return refused(
            format!("there is already a calibration set {name:?}: choose another name"),
            format!("калибровочный набор {name:?} уже есть: выберите другое название"),
        );
    }
    let set: i64 = sqlx::query(
        "INSERT INTO calibration_sets (name, created_by, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(actor.id)
    .bind(audit::now())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    for a in &attempts {
        sqlx::query(
            "INSERT INTO calibration_calls (set_id, attempt_id, reference_review) VALUES ($1, $2, $3)",
        )
        .bind(set)
        .bind(a)
        .bind(references[a])
        .execute(&mut *tx)
        .await?;
    }
    let value = serde_json::json!({
        "name": name,
        "calls": attempts.iter().map(|a| serde_json::json!({"attempt": a, "reference": references[a]})).collect::<Vec<_>>(),
    })
    .to_string();
    audit::record(
        &mut tx,
        Change {
            actor: Some(actor.id),
            action: "calibration-set-add",
            object: &format!("calibration/{set}"),
            value: Some(&value),
            ..Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(set))
}

/// Settles every set (see [`settle_set`]); returns how many results were recorded.
pub async fn settle(db: &Db) -> Result<usize, DbError> {
    let sets: Vec<i64> = sqlx::query("SELECT id FROM calibration_sets ORDER BY id")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
    let mut n = 0;
    for set in sets {
        n += settle_set(db, set).await?;
    }
    Ok(n)
}

/// Records the result of every assessor who has signed a calibration review of each call of
/// `set` and has no result for it yet, once a threshold is set; returns how many were recorded.
pub async fn settle_set(db: &Db, set: i64) -> Result<usize, DbError> {
    let Some(threshold) = threshold(db).await? else {
        return Ok(0);
    };
    let calls: Vec<(i64, i64)> =
        sqlx::query("SELECT attempt_id, reference_review FROM calibration_calls WHERE set_id = $1")
            .bind(set)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, sqlx::Error>>()?;
    if calls.is_empty() {
        return Ok(0);
    }
    let settled: Vec<i64> =
        sqlx::query("SELECT assessor FROM calibration_results WHERE set_id = $1")
            .bind(set)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?;
    let loaded = reviewed::load(db, Which::Calibration(set)).await?;
    // Each assessor's signed calibration review of each call.
    let mut theirs: BTreeMap<i64, BTreeMap<i64, &crate::agreement::Review>> = BTreeMap::new();
    for s in loaded.reviews.values() {
        if s.purpose == "calibration" && !settled.contains(&s.review.assessor) {
            theirs
                .entry(s.review.assessor)
                .or_default()
                .insert(s.attempt, &s.review);
        }
    }
    let mut recorded = 0;
    for (assessor, reviews) in theirs {
        let mut matched = 0;
        let mut all = 0;
        let mut complete = true;
        for (attempt, reference) in &calls {
            let (Some(review), Some(reference), Some(machine)) = (
                reviews.get(attempt),
                loaded.reviews.get(reference),
                loaded.machines.get(attempt),
            ) else {
                complete = false;
                break;
            };
            let (m, a) = crate::agreement::matched(machine, &reference.review, review);
            matched += m;
            all += a;
        }
        if !complete {
            continue;
        }
        // Nothing to disagree on is full agreement.
        let agreement = if all == 0 {
            100.0
        } else {
            matched as f64 * 100.0 / all as f64
        };
        let passed = agreement >= threshold;
        let mut tx = db.pool.begin().await?;
        let done = sqlx::query(
            "INSERT INTO calibration_results (set_id, assessor, agreement, passed, at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (set_id, assessor) DO NOTHING",
        )
        .bind(set)
        .bind(assessor)
        .bind(agreement)
        .bind(i64::from(passed))
        .bind(audit::now())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 1 {
            let value = format!(
                "{matched} of {all} items matched ({agreement:.1}%), threshold {threshold}%: {}",
                if passed { "passed" } else { "not passed" }
            );
            audit::record(
                &mut tx,
                Change {
                    action: "calibration-result",
                    object: &format!("calibration/{set}/assessor/{assessor}"),
                    value: Some(&value),
                    ..Change::default()
                },
            )
            .await?;
            recorded += 1;
        }
        tx.commit().await?;
    }
    Ok(recorded)
}

/// Whether the reference reviews of `attempt` must be hidden from `user`: from a trainee, and
/// from an assessor while the attempt is in a calibration set they have no result for yet (they
/// would review it with the answer in front of them). The review pages ask this before showing
/// a `reference` review.
pub async fn reference_hidden(db: &Db, user: &User, attempt: i64) -> Result<bool, DbError> {
    Ok(match user.role {
        Role::Administrator => false,
        Role::Trainee => true,
        Role::Assessor => sqlx::query(
            "SELECT 1 FROM calibration_calls c WHERE c.attempt_id = $1 AND NOT EXISTS
             (SELECT 1 FROM calibration_results r WHERE r.set_id = c.set_id AND r.assessor = $2)",
        )
        .bind(attempt)
        .bind(user.id)
        .fetch_optional(&db.pool)
        .await?
        .is_some(),
    })
}

/// One call of a set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    pub attempt: i64,
    pub scenario: String,
    pub trainee: String,
    pub reference: i64,
}

/// Where an assessor stands on a set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    pub assessor: i64,
    pub login: String,
    /// Their calibration reviews of the set's calls: signed, and started but not signed.
    pub signed: usize,
    pub started: usize,
    /// Their recorded result: items matched in percent, and whether it passed.
    pub agreement: Option<f64>,
    pub passed: Option<bool>,
    pub at: Option<i64>,
}

/// A calibration set with its calls and every assessor's standing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Set {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub created_by: String,
    pub calls: Vec<Call>,
    pub standings: Vec<Standing>,
}

/// Every set, newest first, after settling what can be settled. An assessor's view holds only
/// their own standing; an administrator's every active assessor's.
pub async fn sets(db: &Db, viewer: &User) -> Result<Vec<Set>, DbError> {
    settle(db).await?;
    let rows = sqlx::query(
        "SELECT s.id, s.name, s.created_at, u.login, s.created_by FROM calibration_sets s
         LEFT JOIN users u ON u.id = s.created_by ORDER BY s.id DESC",
    )
    .fetch_all(&db.pool)
    .await?;
    let assessors: Vec<(i64, String)> = match viewer.role {
        Role::Administrator => sqlx::query(
            "SELECT id, login FROM users WHERE role = 'assessor' AND active = 1 ORDER BY login",
        )
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()?,
        Role::Assessor => vec![(viewer.id, viewer.login.clone())],
        Role::Trainee => Vec::new(),
    };
    let mut out = Vec::new();
    for r in rows {
        let id: i64 = r.try_get(0)?;
        let by: Option<String> = r.try_get(3)?;
        let by_id: i64 = r.try_get(4)?;
        let calls = sqlx::query(
            "SELECT c.attempt_id, a.scenario, a.trainee, c.reference_review FROM calibration_calls c
             JOIN attempts a ON a.id = c.attempt_id WHERE c.set_id = $1 ORDER BY c.attempt_id",
        )
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|c| {
            Ok(Call {
                attempt: c.try_get(0)?,
                scenario: c.try_get(1)?,
                trainee: c.try_get(2)?,
                reference: c.try_get(3)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let mut standings = Vec::new();
        for (assessor, login) in &assessors {
            let counts = sqlx::query(
                "SELECT COUNT(r.signed_at), COUNT(*) FROM reviews r
                 JOIN calibration_calls c ON c.attempt_id = r.attempt_id AND c.set_id = $1
                 WHERE r.purpose = 'calibration' AND r.assessor = $2",
            )
            .bind(id)
            .bind(assessor)
            .fetch_one(&db.pool)
            .await?;
            let (signed, all): (i64, i64) = (counts.try_get(0)?, counts.try_get(1)?);
            let result = sqlx::query(
                "SELECT agreement, passed, at FROM calibration_results
                 WHERE set_id = $1 AND assessor = $2 ORDER BY id DESC LIMIT 1",
            )
            .bind(id)
            .bind(assessor)
            .fetch_optional(&db.pool)
            .await?;
            let (agreement, passed, at) = match result {
                Some(x) => (
                    Some(x.try_get::<f64, _>(0)?),
                    Some(x.try_get::<i64, _>(1)? == 1),
                    Some(x.try_get::<i64, _>(2)?),
                ),
                None => (None, None, None),
            };
            standings.push(Standing {
                assessor: *assessor,
                login: login.clone(),
                signed: signed as usize,
                started: (all - signed) as usize,
                agreement,
                passed,
                at,
            });
        }
        out.push(Set {
            id,
            name: r.try_get(1)?,
            created_at: r.try_get(2)?,
            created_by: by.unwrap_or_else(|| format!("#{by_id}")),
            calls,
            standings,
        });
    }
    Ok(out)
}
