//! An assessor's review of an attempt, as data and rules (the pages are in `review_page`).
//!
//! A review agrees or disagrees with each automatic deviation of the machine scorecard, with a
//! reason either way; adds deviations the rules missed (a rule of the attempt's own protocol, a
//! severity, a turn of the call, a reason); carries a comment; and is signed off once every
//! automatic deviation has a verdict. Signing computes the reviewed total and level with the
//! scorecard's own weights and thresholds ([`doverie_core::score::card::rescore`]) and freezes
//! the review. The machine score in `attempts` is never altered.
//!
//! Blind double review: for an attempt drawn for double review (`double_reviews`), neither the
//! first nor the second review is shown to anyone but its author until both are signed, and one
//! assessor may not hold both. A trainee sees their own signed reviews and may query one; an
//! assessor who did not sign it resolves the query, unchanged or changed (with a corrected level
//! and total, which certification then uses).
//!
//! Every change is audited in the transaction that makes it, with the value it replaced.

use doverie_core::content::Loaded;
use doverie_core::protocol::rules::Severity;
use doverie_core::score::card::{Kept, rescore};
use doverie_core::score::{Level, Scorecard};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::sync::Arc;
use thiserror::Error;

use crate::Mode;
use crate::accounts::{Role, User};
use crate::attempts::{self, Attempt};
use crate::audit::{self, Change};
use crate::db::{Db, DbError};
use crate::import::Contents;

/// The longest reason of a verdict or an added deviation, in characters.
pub const REASON_MAX: usize = 2000;
/// The longest comment, query or rationale, in characters.
pub const TEXT_MAX: usize = 10_000;

/// A message in both languages of the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Said {
    pub en: String,
    pub ru: String,
}

impl Said {
    pub fn new(en: impl Into<String>, ru: impl Into<String>) -> Said {
        Said {
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

/// Why a review action was not done.
#[derive(Debug, Error)]
pub enum ReviewError {
    /// The request breaks a rule of review (a missing reason, an undecided item...).
    #[error("{}", .0.en)]
    Refused(Said),
    /// The account may not do this.
    #[error("{}", .0.en)]
    Forbidden(Said),
    /// No such thing, or not one this account may see (the two are not told apart).
    #[error("{}", .0.en)]
    NotFound(Said),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<sqlx::Error> for ReviewError {
    fn from(e: sqlx::Error) -> Self {
        ReviewError::Db(DbError::Sql(e))
    }
}

fn refused(en: impl Into<String>, ru: impl Into<String>) -> ReviewError {
    ReviewError::Refused(Said::new(en, ru))
}

fn forbidden(en: impl Into<String>, ru: impl Into<String>) -> ReviewError {
    ReviewError::Forbidden(Said::new(en, ru))
}

fn no_review(id: i64) -> ReviewError {
    ReviewError::NotFound(Said::new(
        format!("there is no review {id} you may see"),
        format!("нет рецензии {id}, доступной вам"),
    ))
}

/// What a review is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// The review of an attempt (the only one, or the first of a double review).
    First,
    /// The second, blind review of an attempt drawn for double review.
    Second,
    /// An assessor's review of a calibration call.
    Calibration,
    /// The agreed review a calibration call is compared against.
    Reference,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::First => "first",
            Purpose::Second => "second",
            Purpose::Calibration => "calibration",
            Purpose::Reference => "reference",
        }
    }

    pub fn parse(s: &str) -> Result<Purpose, String> {
        match s {
            "first" => Ok(Purpose::First),
            "second" => Ok(Purpose::Second),
            "calibration" => Ok(Purpose::Calibration),
            "reference" => Ok(Purpose::Reference),
            other => Err(format!(
                "{other:?}: a review is first, second, calibration or reference"
            )),
        }
    }

    /// A review of the attempt itself (not of calibration).
    fn of_attempt(self) -> bool {
        matches!(self, Purpose::First | Purpose::Second)
    }
}

/// The assessor's verdict on one automatic deviation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The deviation's index in the machine scorecard's deviation list.
    pub item: i64,
    pub rule: String,
    pub turn: Option<i64>,
    pub agree: bool,
    pub reason: String,
}

/// A deviation the rules missed, added by the assessor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Addition {
    pub id: i64,
    pub rule: String,
    pub severity: Severity,
    pub turn: i64,
    pub reason: String,
}

/// A review with its verdicts and additions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    pub id: i64,
    pub attempt: i64,
    pub assessor: i64,
    pub assessor_login: String,
    pub purpose: Purpose,
    pub comment: String,
    /// The reviewed total and level, stored at sign-off.
    pub total: Option<f64>,
    pub level: Option<Level>,
    pub started_at: i64,
    pub signed_at: Option<i64>,
    pub verdicts: Vec<Verdict>,
    pub additions: Vec<Addition>,
}

impl Review {
    pub fn signed(&self) -> bool {
        self.signed_at.is_some()
    }

    /// The verdict on deviation `item`, if given.
    pub fn verdict(&self, item: usize) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| v.item == item as i64)
    }

    /// The reviewed total and level as the review stands (before sign-off, a preview).
    pub fn rescored(&self, loaded: &Loaded, card: &Scorecard) -> Result<(f64, Level), String> {
        let removed: Vec<usize> = self
            .verdicts
            .iter()
            .filter(|v| !v.agree)
            .map(|v| v.item as usize)
            .collect();
        let added: Vec<(&str, Severity)> = self
            .additions
            .iter()
            .map(|a| (a.rule.as_str(), a.severity))
            .collect();
        rescore(&loaded.protocol, card, &removed, &added)
    }

    /// Rules with a Critical deviation after review: those the assessor agreed with (or left
    /// undecided) and those added.
    pub fn critical(&self, card: &Scorecard) -> Vec<Kept> {
        let mut out: Vec<Kept> = Vec::new();
        let kept = card
            .deviations
            .iter()
            .enumerate()
            .filter(|(i, _)| self.verdict(*i).is_none_or(|v| v.agree))
            .map(|(_, d)| (d.rule.clone(), d.severity, d.turn, d.time))
            .chain(
                self.additions
                    .iter()
                    .map(|a| (a.rule.clone(), a.severity, a.turn as u32, 0)),
            );
        for (rule, severity, turn, time) in kept {
            if severity == Severity::Critical && !out.iter().any(|k| k.rule == rule) {
                out.push(Kept { rule, turn, time });
            }
        }
        out
    }
}

/// A trainee's query of a signed review, and its resolution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Query {
    pub id: i64,
    pub review: i64,
    pub asked_by: i64,
    pub text: String,
    pub asked_at: i64,
    pub resolver: Option<i64>,
    pub resolver_login: Option<String>,
    pub rationale: Option<String>,
    /// `unchanged` or `changed`, once resolved.
    pub outcome: Option<String>,
    pub resolved_at: Option<i64>,
    /// For `changed`: the resolver's corrected level and total.
    pub level: Option<Level>,
    pub total: Option<f64>,
}

/// How a query is resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Unchanged,
    Changed { level: Level, total: f64 },
}

pub(crate) fn level_of(id: &str) -> Option<Level> {
    Level::ALL.into_iter().find(|l| l.id() == id)
}

pub fn severity_of(id: &str) -> Option<Severity> {
    [
        Severity::Minor,
        Severity::Moderate,
        Severity::Major,
        Severity::Critical,
    ]
    .into_iter()
    .find(|s| s.as_str() == id)
}

const REVIEW_COLUMNS: &str = "r.id, r.attempt_id, r.assessor, COALESCE(u.login, ''), r.purpose, \
    r.comment, r.total, r.level, r.started_at, r.signed_at";

fn review_head(r: &AnyRow) -> Result<Review, DbError> {
    let purpose: String = r.try_get(4)?;
    let level: Option<String> = r.try_get(7)?;
    Ok(Review {
        id: r.try_get(0)?,
        attempt: r.try_get(1)?,
        assessor: r.try_get(2)?,
        assessor_login: r.try_get(3)?,
        purpose: Purpose::parse(&purpose).map_err(DbError::Refused)?,
        comment: r.try_get(5)?,
        total: r.try_get(6)?,
        level: level.as_deref().and_then(level_of),
        started_at: r.try_get(8)?,
        signed_at: r.try_get(9)?,
        verdicts: Vec::new(),
        additions: Vec::new(),
    })
}

async fn fill(db: &Db, mut r: Review) -> Result<Review, DbError> {
    let rows = sqlx::query(
        "SELECT item, rule, turn, agree, reason FROM review_verdicts WHERE review_id = $1 ORDER BY item",
    )
    .bind(r.id)
    .fetch_all(&db.pool)
    .await?;
    r.verdicts = rows
        .iter()
        .map(|v| {
            Ok(Verdict {
                item: v.try_get(0)?,
                rule: v.try_get(1)?,
                turn: v.try_get(2)?,
                agree: v.try_get::<i64, _>(3)? != 0,
                reason: v.try_get(4)?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    let rows = sqlx::query(
        "SELECT id, rule, severity, turn, reason FROM review_additions
         WHERE review_id = $1 AND removed_at IS NULL ORDER BY id",
    )
    .bind(r.id)
    .fetch_all(&db.pool)
    .await?;
    r.additions = rows
        .iter()
        .map(|a| {
            let severity: String = a.try_get(2)?;
            Ok(Addition {
                id: a.try_get(0)?,
                rule: a.try_get(1)?,
                severity: severity_of(&severity).ok_or_else(|| {
                    DbError::Refused(format!("review {}: severity {severity:?}", r.id))
                })?,
                turn: a.try_get(3)?,
                reason: a.try_get(4)?,
            })
        })
        .collect::<Result<_, DbError>>()?;
    Ok(r)
}

/// One review with its verdicts and additions, whoever may see it.
pub async fn get(db: &Db, id: i64) -> Result<Option<Review>, DbError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {REVIEW_COLUMNS} FROM reviews r LEFT JOIN users u ON u.id = r.assessor WHERE r.id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    match row {
        Some(r) => Ok(Some(fill(db, review_head(&r)?).await?)),
        None => Ok(None),
    }
}

/// Every review of an attempt, oldest first, whoever may see them.
pub async fn of_attempt(db: &Db, attempt: i64) -> Result<Vec<Review>, DbError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {REVIEW_COLUMNS} FROM reviews r LEFT JOIN users u ON u.id = r.assessor
         WHERE r.attempt_id = $1 ORDER BY r.id"
    )))
    .bind(attempt)
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        out.push(fill(db, review_head(r)?).await?);
    }
    Ok(out)
}

/// Whether an attempt is drawn for double review.
pub async fn is_drawn(db: &Db, attempt: i64) -> Result<bool, DbError> {
    Ok(
        sqlx::query("SELECT 1 FROM double_reviews WHERE attempt_id = $1")
            .bind(attempt)
            .fetch_optional(&db.pool)
            .await?
            .is_some(),
    )
}

/// Whether the blind rule still hides an attempt's first and second reviews from everyone but
/// their authors: the attempt is drawn for double review and its two reviews are not both
/// signed.
pub async fn blind(db: &Db, attempt: i64) -> Result<bool, DbError> {
    if !is_drawn(db, attempt).await? {
        return Ok(false);
    }
    let signed = sqlx::query(
        "SELECT COUNT(DISTINCT purpose) FROM reviews
         WHERE attempt_id = $1 AND purpose IN ('first', 'second') AND signed_at IS NOT NULL",
    )
    .bind(attempt)
    .fetch_one(&db.pool)
    .await?
    .try_get::<i64, _>(0)?;
    Ok(signed < 2)
}

/// Whether `user` may read `review`: its author always; a trainee their own attempt's signed
/// first and second reviews once the blind rule no longer holds; staff other assessors' signed
/// first and second reviews, except while the blind rule holds; a signed reference review
/// staff not still to be calibrated on it ([`crate::calibration::reference_hidden`]); a
/// calibration review only its author and administrators.
pub async fn may_see(db: &Db, user: &User, review: &Review) -> Result<bool, DbError> {
    if review.assessor == user.id && user.role != Role::Trainee {
        return Ok(true);
    }
    if !review.signed() {
        return Ok(false);
    }
    match user.role {
        Role::Trainee => {
            if !review.purpose.of_attempt() {
                return Ok(false);
            }
            let trainee = sqlx::query("SELECT trainee FROM attempts WHERE id = $1")
                .bind(review.attempt)
                .fetch_optional(&db.pool)
                .await?
                .map(|r| r.try_get::<String, _>(0))
                .transpose()?;
            // A double review's results reach the trainee once both reviews are signed.
            Ok(trainee.is_some_and(|t| user.may_see_trainee(&t))
                && !blind(db, review.attempt).await?)
        }
        Role::Administrator | Role::Assessor => match review.purpose {
            Purpose::First | Purpose::Second => Ok(!blind(db, review.attempt).await?),
            // A reference review stays hidden from an assessor still to be calibrated on it.
            Purpose::Reference => {
                Ok(!crate::calibration::reference_hidden(db, user, review.attempt).await?)
            }
            // A calibration review is its author's (and the administrator's) only.
            Purpose::Calibration => Ok(user.role == Role::Administrator),
        },
    }
}

/// The reviews of an attempt `user` may read.
pub async fn visible_of_attempt(
    db: &Db,
    user: &User,
    attempt: i64,
) -> Result<Vec<Review>, DbError> {
    let mut out = Vec::new();
    for r in of_attempt(db, attempt).await? {
        if may_see(db, user, &r).await? {
            out.push(r);
        }
    }
    Ok(out)
}

/// A finished attempt with its transcript, and the content it was scored under.
pub struct Scored {
    pub attempt: Attempt,
    pub card: Scorecard,
    pub loaded: Arc<Loaded>,
}

/// The attempt `id` with its scorecard and its content at the recorded hashes (refused when
/// the attempt was abandoned or its content is no longer here).
pub async fn scored(db: &Db, contents: &mut Contents, id: i64) -> Result<Scored, ReviewError> {
    let attempt = attempts::get(db, id).await?.ok_or_else(|| {
        ReviewError::NotFound(Said::new(
            format!("there is no attempt {id}"),
            format!("нет попытки {id}"),
        ))
    })?;
    let Some(card) = attempt.card.clone() else {
        return Err(refused(
            format!("attempt {id} was abandoned: it has no scorecard to review"),
            format!("попытка {id} прервана: у неё нет оценки, которую можно рецензировать"),
        ));
    };
    let loaded = match &attempt.transcript {
        Some(t) => contents.for_transcript(t),
        None => contents.get(&attempt.scenario),
    }
    .ok()
    .filter(|l| {
        l.protocol.hash == attempt.protocol_hash && l.scenario.hash == attempt.scenario_hash
    })
    .ok_or_else(|| {
        refused(
            format!(
                "attempt {id}: scenario {:?} under protocol {} {} is not here as it was recorded; put that release in scenarios/archive/ to review it",
                attempt.scenario, attempt.protocol, attempt.protocol_version
            ),
            format!(
                "попытка {id}: сценарий {:?} по протоколу {} {} здесь не в той версии, в которой записан; положите этот выпуск в scenarios/archive/, чтобы рецензировать",
                attempt.scenario, attempt.protocol, attempt.protocol_version
            ),
        )
    })?;
    Ok(Scored {
        attempt,
        card,
        loaded,
    })
}

fn check_text(text: &str, max: usize, what: (&str, &str)) -> Result<String, ReviewError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(refused(
            format!("{} is required: write it", what.0),
            format!("{} обязательна: напишите её", what.1),
        ));
    }
    if t.chars().count() > max {
        return Err(refused(
            format!("{} is longer than {max} characters: shorten it", what.0),
            format!("{} длиннее {max} знаков: сократите", what.1),
        ));
    }
    Ok(t.to_string())
}

/// Opens `user`'s review of `attempt` for `purpose`, starting it if there is none.
pub async fn open(
    db: &Db,
    contents: &mut Contents,
    user: &User,
    attempt: i64,
    purpose: Purpose,
) -> Result<Review, ReviewError> {
    if let Some(mine) = may_open(db, contents, user, attempt, purpose).await? {
        return Ok(mine);
    }
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query(
        "INSERT INTO reviews (attempt_id, assessor, purpose, started_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(attempt)
    .bind(user.id)
    .bind(purpose.as_str())
    .bind(audit::now())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let value = serde_json::json!({ "attempt": attempt, "purpose": purpose.as_str() }).to_string();
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "review-open",
            object: &format!("review/{id}"),
            value: Some(&value),
            ..Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    get(db, id).await?.ok_or_else(|| no_review(id))
}

/// Whether `user` may review `attempt` for `purpose`: their review if they have started it,
/// `None` if they may start it, refused otherwise (not an assessor, an abandoned attempt, the
/// review taken by another assessor, the other review of a double review already theirs, a
/// second review of an attempt not drawn for double review).
pub async fn may_open(
    db: &Db,
    contents: &mut Contents,
    user: &User,
    attempt: i64,
    purpose: Purpose,
) -> Result<Option<Review>, ReviewError> {
    if user.role != Role::Assessor {
        return Err(forbidden(
            "only an assessor reviews attempts",
            "рецензирует попытки только оценщик",
        ));
    }
    scored(db, contents, attempt).await?;
    let existing = of_attempt(db, attempt).await?;
    if let Some(mine) = existing
        .iter()
        .find(|r| r.assessor == user.id && r.purpose == purpose)
    {
        return Ok(Some(mine.clone()));
    }
    if purpose.of_attempt() {
        if existing
            .iter()
            .any(|r| r.purpose == purpose && r.assessor != user.id)
        {
            return Err(refused(
                format!(
                    "attempt {attempt} already has its {} review, by another assessor",
                    purpose.as_str()
                ),
                format!(
                    "у попытки {attempt} уже есть {} рецензия другого оценщика",
                    if purpose == Purpose::First {
                        "первая"
                    } else {
                        "вторая"
                    }
                ),
            ));
        }
        if existing
            .iter()
            .any(|r| r.purpose.of_attempt() && r.assessor == user.id)
        {
            return Err(refused(
                format!(
                    "you already review attempt {attempt}: its other review must be by a different assessor"
                ),
                format!(
                    "вы уже рецензируете попытку {attempt}: другую её рецензию должен писать другой оценщик"
                ),
            ));
        }
        if purpose == Purpose::Second && !is_drawn(db, attempt).await? {
            return Err(refused(
                format!(
                    "attempt {attempt} is not drawn for double review: it has a first review only"
                ),
                format!(
                    "попытка {attempt} не выбрана для двойной рецензии: у неё только первая рецензия"
                ),
            ));
        }
    }
    Ok(None)
}

/// `user`'s own unsigned review `id`, for a change.
async fn editable(db: &Db, user: &User, id: i64) -> Result<Review, ReviewError> {
    let r = get(db, id).await?.ok_or_else(|| no_review(id))?;
    if r.assessor != user.id || user.role == Role::Trainee {
        return Err(if may_see(db, user, &r).await? {
            forbidden(
                format!("review {id} is another assessor's: only its author changes it"),
                format!("рецензия {id} принадлежит другому оценщику: менять её может только автор"),
            )
        } else {
            no_review(id)
        });
    }
    if r.signed() {
        return Err(refused(
            format!(
                "review {id} is signed off and frozen; a trainee's query is how it is reconsidered"
            ),
            format!(
                "рецензия {id} подписана и больше не меняется; пересмотреть её можно по запросу стажёра"
            ),
        ));
    }
    Ok(r)
}

/// The review must still be unsigned when the change commits.
async fn still_unsigned(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
) -> Result<(), ReviewError> {
    let n =
        sqlx::query("UPDATE reviews SET signed_at = signed_at WHERE id = $1 AND signed_at IS NULL")
            .bind(id)
            .execute(&mut **tx)
            .await?
            .rows_affected();
    if n == 1 {
        Ok(())
    } else {
        Err(refused(
            format!("review {id} was signed off meanwhile; nothing was changed"),
            format!("рецензию {id} тем временем подписали; ничего не изменено"),
        ))
    }
}

fn verdict_json(v: &Verdict) -> String {
    serde_json::json!({ "agree": v.agree, "reason": v.reason }).to_string()
}

/// Agrees or disagrees with automatic deviation `item` of the review's attempt; a reason is
/// required either way.
pub async fn set_verdict(
    db: &Db,
    user: &User,
    review: i64,
    item: usize,
    agree: bool,
    reason: &str,
) -> Result<Review, ReviewError> {
    let r = editable(db, user, review).await?;
    let reason = check_text(reason, REASON_MAX, ("A reason", "Причина"))?;
    let attempt = attempts::get(db, r.attempt).await?;
    let card = attempt
        .and_then(|a| a.card)
        .ok_or_else(|| no_review(review))?;
    let Some(d) = card.deviations.get(item) else {
        return Err(refused(
            format!(
                "deviation {item}: the attempt has {} automatic deviation(s), numbered from 0",
                card.deviations.len()
            ),
            format!(
                "отклонение {item}: у попытки {} автоматических отклонений, нумерация с 0",
                card.deviations.len()
            ),
        ));
    };
    let new = Verdict {
        item: item as i64,
        rule: d.rule.clone(),
        turn: Some(i64::from(d.turn)),
        agree,
        reason,
    };
    let previous = r.verdict(item).map(verdict_json);
    let mut tx = db.pool.begin().await?;
    still_unsigned(&mut tx, review).await?;
    sqlx::query("DELETE FROM review_verdicts WHERE review_id = $1 AND item = $2")
        .bind(review)
        .bind(new.item)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO review_verdicts (review_id, item, rule, turn, agree, reason) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(review)
    .bind(new.item)
    .bind(&new.rule)
    .bind(new.turn)
    .bind(i64::from(new.agree))
    .bind(&new.reason)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "review-verdict",
            object: &format!("review/{review}/item/{item}"),
            previous: previous.as_deref(),
            value: Some(&verdict_json(&new)),
            reason: Some(&new.reason),
        },
    )
    .await?;
    tx.commit().await?;
    get(db, review).await?.ok_or_else(|| no_review(review))
}

/// A deviation the rules missed, as an assessor enters it.
#[derive(Debug, Clone, Copy)]
pub struct Missed<'a> {
    /// A rule of the attempt's protocol.
    pub rule: &'a str,
    /// Of the protocol's scale: `minor`, `moderate`, `major`, `critical`.
    pub severity: &'a str,
    /// A turn of the call.
    pub turn: i64,
    pub reason: &'a str,
}

/// Adds a deviation the rules missed.
pub async fn add_deviation(
    db: &Db,
    contents: &mut Contents,
    user: &User,
    review: i64,
    missed: Missed<'_>,
) -> Result<Review, ReviewError> {
    let Missed {
        rule,
        severity,
        turn,
        reason,
    } = missed;
    let r = editable(db, user, review).await?;
    let reason = check_text(reason, REASON_MAX, ("A reason", "Причина"))?;
    let s = scored(db, contents, r.attempt).await?;
    if !s.loaded.protocol.rules.iter().any(|x| x.id == rule) {
        return Err(refused(
            format!(
                "rule {rule:?} is not in protocol {} {}: choose one of its rules",
                s.loaded.protocol.id, s.loaded.protocol.version
            ),
            format!(
                "правила {rule:?} нет в протоколе {} {}: выберите одно из его правил",
                s.loaded.protocol.id, s.loaded.protocol.version
            ),
        ));
    }
    let Some(severity) = severity_of(severity) else {
        return Err(refused(
            format!("severity {severity:?}: minor, moderate, major or critical"),
            format!("тяжесть {severity:?}: minor, moderate, major или critical"),
        ));
    };
    let turns = i64::from(s.card.turns);
    if !(0..=turns).contains(&turn) {
        return Err(refused(
            format!("turn {turn}: the call has turns 0 to {turns}"),
            format!("ход {turn}: в звонке ходы от 0 до {turns}"),
        ));
    }
    let mut tx = db.pool.begin().await?;
    still_unsigned(&mut tx, review).await?;
    let id: i64 = sqlx::query(
        "INSERT INTO review_additions (review_id, rule, severity, turn, reason) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(review)
    .bind(rule)
    .bind(severity.as_str())
    .bind(turn)
    .bind(&reason)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let value = serde_json::json!({ "rule": rule, "severity": severity.as_str(), "turn": turn })
        .to_string();
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "review-add",
            object: &format!("review/{review}/addition/{id}"),
            previous: None,
            value: Some(&value),
            reason: Some(&reason),
        },
    )
    .await?;
    tx.commit().await?;
    get(db, review).await?.ok_or_else(|| no_review(review))
}

/// Withdraws an added deviation.
pub async fn remove_addition(
    db: &Db,
    user: &User,
    review: i64,
    addition: i64,
) -> Result<Review, ReviewError> {
    let r = editable(db, user, review).await?;
    let Some(a) = r.additions.iter().find(|a| a.id == addition) else {
        return Err(ReviewError::NotFound(Said::new(
            format!("review {review} has no added deviation {addition}"),
            format!("в рецензии {review} нет добавленного отклонения {addition}"),
        )));
    };
    let previous = serde_json::json!({
        "rule": a.rule, "severity": a.severity.as_str(), "turn": a.turn, "reason": a.reason
    })
    .to_string();
    let mut tx = db.pool.begin().await?;
    still_unsigned(&mut tx, review).await?;
    // Withdrawn, not deleted: an id is never reused, so the audit log's objects stay unique.
    sqlx::query("UPDATE review_additions SET removed_at = $1 WHERE id = $2 AND review_id = $3")
        .bind(audit::now())
        .bind(addition)
        .bind(review)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "review-remove",
            object: &format!("review/{review}/addition/{addition}"),
            previous: Some(&previous),
            value: None,
            reason: None,
        },
    )
    .await?;
    tx.commit().await?;
    get(db, review).await?.ok_or_else(|| no_review(review))
}

/// Sets the review's comment (empty clears it).
pub async fn set_comment(
    db: &Db,
    user: &User,
    review: i64,
    comment: &str,
) -> Result<Review, ReviewError> {
    let r = editable(db, user, review).await?;
    let comment = comment.trim();
    if comment.chars().count() > TEXT_MAX {
        return Err(refused(
            format!("the comment is longer than {TEXT_MAX} characters: shorten it"),
            format!("комментарий длиннее {TEXT_MAX} знаков: сократите его"),
        ));
    }
    if comment == r.comment {
        return Ok(r);
    }
    let mut tx = db.pool.begin().await?;
    still_unsigned(&mut tx, review).await?;
    sqlx::query("UPDATE reviews SET comment = $1 WHERE id = $2")
        .bind(comment)
        .bind(review)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "review-comment",
            object: &format!("review/{review}"),
            previous: Some(&r.comment),
            value: Some(comment),
            reason: None,
        },
    )
    .await?;
    tx.commit().await?;
    get(db, review).await?.ok_or_else(|| no_review(review))
}

/// Signs the review off: every automatic deviation must have a verdict, and an exam attempt
/// needs an assessor who may sign exams ([`crate::calibration::may_sign_exams`]). Stores the
/// reviewed total and level; the review is frozen from then on.
pub async fn sign(
    db: &Db,
    contents: &mut Contents,
    user: &User,
    review: i64,
) -> Result<Review, ReviewError> {
    let r = editable(db, user, review).await?;
    let s = scored(db, contents, r.attempt).await?;
    let undecided: Vec<String> = (0..s.card.deviations.len())
        .filter(|&i| r.verdict(i).is_none())
        .map(|i| i.to_string())
        .collect();
    if !undecided.is_empty() {
        return Err(refused(
            format!(
                "{} automatic deviation(s) have no verdict yet (numbers {}): agree or disagree with each, with a reason, before signing off",
                undecided.len(),
                undecided.join(", ")
            ),
            format!(
                "у {} автоматических отклонений ещё нет решения (номера {}): согласитесь или не согласитесь с каждым, с причиной, прежде чем подписывать",
                undecided.len(),
                undecided.join(", ")
            ),
        ));
    }
    // Calibration and reference reviews are how an assessor earns the right; not gated by it.
    if s.attempt.mode == Mode::Exam
        && r.purpose.of_attempt()
        && let Err(why) = crate::calibration::may_sign_exams(db, user).await?
    {
        return Err(forbidden(
            format!("attempt {} is an exam attempt: {why}", r.attempt),
            format!(
                "попытка {} экзаменационная, а вы ещё не можете подписывать экзамены ({why}): сначала пройдите калибровку",
                r.attempt
            ),
        ));
    }
    let (total, level) = r
        .rescored(&s.loaded, &s.card)
        .map_err(|e| refused(e.clone(), e))?;
    let now = audit::now();
    let mut tx = db.pool.begin().await?;
    let n = sqlx::query(
        "UPDATE reviews SET total = $1, level = $2, signed_at = $3 WHERE id = $4 AND signed_at IS NULL",
    )
    .bind(total)
    .bind(level.id())
    .bind(now)
    .bind(review)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if n != 1 {
        return Err(refused(
            format!("review {review} was signed off meanwhile"),
            format!("рецензию {review} тем временем подписали"),
        ));
    }
    let previous = serde_json::json!({
        "machine": { "total": s.card.total, "level": s.card.level.id() }
    })
    .to_string();
    let value = serde_json::json!({ "total": total, "level": level.id() }).to_string();
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "review-sign",
            object: &format!("review/{review}"),
            previous: Some(&previous),
            value: Some(&value),
            reason: None,
        },
    )
    .await?;
    tx.commit().await?;
    get(db, review).await?.ok_or_else(|| no_review(review))
}

// ---------------------------------------------------------------- queries

const QUERY_COLUMNS: &str = "q.id, q.review_id, q.asked_by, q.text, q.asked_at, q.resolver, \
    u.login, q.rationale, q.outcome, q.resolved_at, q.level, q.total";

fn query_row(r: &AnyRow) -> Result<Query, DbError> {
    let level: Option<String> = r.try_get(10)?;
    Ok(Query {
        id: r.try_get(0)?,
        review: r.try_get(1)?,
        asked_by: r.try_get(2)?,
        text: r.try_get(3)?,
        asked_at: r.try_get(4)?,
        resolver: r.try_get(5)?,
        resolver_login: r.try_get(6)?,
        rationale: r.try_get(7)?,
        outcome: r.try_get(8)?,
        resolved_at: r.try_get(9)?,
        level: level.as_deref().and_then(level_of),
        total: r.try_get(11)?,
    })
}

/// The queries of a review, oldest first.
pub async fn queries_of(db: &Db, review: i64) -> Result<Vec<Query>, DbError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {QUERY_COLUMNS} FROM review_queries q LEFT JOIN users u ON u.id = q.resolver
         WHERE q.review_id = $1 ORDER BY q.id"
    )))
    .bind(review)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(query_row).collect()
}

/// One query.
pub async fn query(db: &Db, id: i64) -> Result<Option<Query>, DbError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {QUERY_COLUMNS} FROM review_queries q LEFT JOIN users u ON u.id = q.resolver WHERE q.id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(query_row).transpose()
}

/// Queries not yet resolved, oldest first.
pub async fn open_queries(db: &Db) -> Result<Vec<Query>, DbError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {QUERY_COLUMNS} FROM review_queries q LEFT JOIN users u ON u.id = q.resolver
         WHERE q.resolved_at IS NULL ORDER BY q.id"
    )))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(query_row).collect()
}

/// A trainee queries a signed review of their own attempt (one open query per review).
pub async fn ask(db: &Db, user: &User, review: i64, text: &str) -> Result<Query, ReviewError> {
    let r = get(db, review).await?.ok_or_else(|| no_review(review))?;
    if !may_see(db, user, &r).await? {
        return Err(no_review(review));
    }
    if user.role != Role::Trainee || !r.purpose.of_attempt() {
        return Err(forbidden(
            "only the trainee whose attempt it is may query a review",
            "запросить пересмотр рецензии может только стажёр, чья это попытка",
        ));
    }
    let text = check_text(text, TEXT_MAX, ("The query's text", "Текст запроса"))?;
    if queries_of(db, review)
        .await?
        .iter()
        .any(|q| q.resolved_at.is_none())
    {
        return Err(refused(
            format!("review {review} already has an open query: wait for its resolution"),
            format!("по рецензии {review} уже есть открытый запрос: дождитесь решения"),
        ));
    }
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query(
        "INSERT INTO review_queries (review_id, asked_by, text, asked_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(review)
    .bind(user.id)
    .bind(&text)
    .bind(audit::now())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "query-ask",
            object: &format!("query/{id}"),
            previous: None,
            value: Some(&serde_json::json!({ "review": review }).to_string()),
            reason: Some(&text),
        },
    )
    .await?;
    tx.commit().await?;
    query(db, id).await?.ok_or_else(|| no_review(review))
}

/// Resolves a query: an assessor who did not sign the queried review, with a written rationale;
/// `Changed` records the corrected level and total, which certification then uses.
pub async fn resolve(
    db: &Db,
    user: &User,
    id: i64,
    rationale: &str,
    outcome: Outcome,
) -> Result<Query, ReviewError> {
    let not_found = || {
        ReviewError::NotFound(Said::new(
            format!("there is no query {id}"),
            format!("нет запроса {id}"),
        ))
    };
    if user.role != Role::Assessor {
        return Err(forbidden(
            "only an assessor resolves queries",
            "запросы разрешает только оценщик",
        ));
    }
    let q = query(db, id).await?.ok_or_else(not_found)?;
    let r = get(db, q.review).await?.ok_or_else(not_found)?;
    if r.assessor == user.id {
        return Err(forbidden(
            format!(
                "you signed review {}: a different assessor resolves its query",
                r.id
            ),
            format!(
                "рецензию {} подписали вы: запрос по ней разрешает другой оценщик",
                r.id
            ),
        ));
    }
    if q.resolved_at.is_some() {
        return Err(refused(
            format!("query {id} is already resolved"),
            format!("запрос {id} уже разрешён"),
        ));
    }
    let rationale = check_text(rationale, TEXT_MAX, ("A rationale", "Обоснование"))?;
    let (word, level, total) = match outcome {
        Outcome::Unchanged => ("unchanged", None, None),
        Outcome::Changed { level, total } => {
            if !(0.0..=100.0).contains(&total) || !total.is_finite() {
                return Err(refused(
                    format!("total {total}: a total is between 0 and 100"),
                    format!("итог {total}: итог бывает от 0 до 100"),
                ));
            }
            (
                "changed",
                Some(level.id()),
                Some((total * 10.0).round() / 10.0),
            )
        }
    };
    let mut tx = db.pool.begin().await?;
    let n = sqlx::query(
        "UPDATE review_queries SET resolver = $1, rationale = $2, outcome = $3, resolved_at = $4, level = $5, total = $6
         WHERE id = $7 AND resolved_at IS NULL",
    )
    .bind(user.id)
    .bind(&rationale)
    .bind(word)
    .bind(audit::now())
    .bind(level)
    .bind(total)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if n != 1 {
        return Err(refused(
            format!("query {id} was resolved meanwhile"),
            format!("запрос {id} тем временем разрешили"),
        ));
    }
    let previous =
        serde_json::json!({ "level": r.level.map(Level::id), "total": r.total }).to_string();
    let value = serde_json::json!({ "outcome": word, "level": level, "total": total }).to_string();
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "query-resolve",
            object: &format!("query/{id}"),
            previous: Some(&previous),
            value: Some(&value),
            reason: Some(&rationale),
        },
    )
    .await?;
    tx.commit().await?;
    query(db, id).await?.ok_or_else(not_found)
}

// ---------------------------------------------------------------- the score certification uses

/// The score of an attempt after review, and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewedScore {
    pub level: Level,
    pub total: f64,
    /// Rules with a Critical deviation after review.
    #[serde(skip)]
    pub critical: Vec<Kept>,
    /// `review` (one signed review, or two that agree), `resolution` (a query resolved as
    /// changed), `lower-of-two` (two signed reviews that disagree: the lower is used).
    pub basis: String,
    /// Who: the assessors whose reviews, or the resolver whose correction, it is.
    pub by: Vec<String>,
    /// The reviews it rests on.
    pub reviews: Vec<i64>,
    /// Two signed reviews disagree and no query has resolved it: an assessor should adjudicate.
    pub adjudicate: bool,
}

/// The reviewed score of a finished attempt, if it has a signed first or second review.
///
/// The rule: a query resolved as `changed` on one of its reviews wins (the latest such
/// resolution); else, two signed reviews that agree on level and total give theirs; two that
/// disagree give the lower (the worse level, then the lower total), flagged for adjudication;
/// one signed review gives its own.
pub async fn reviewed_score(db: &Db, attempt: &Attempt) -> Result<Option<ReviewedScore>, DbError> {
    let Some(card) = &attempt.card else {
        return Ok(None);
    };
    let signed: Vec<Review> = of_attempt(db, attempt.id)
        .await?
        .into_iter()
        .filter(|r| r.purpose.of_attempt() && r.signed())
        .collect();
    let figures = |r: &Review| Some((r.level?, r.total?));
    let mut resolution: Option<(i64, Query, &Review)> = None;
    for r in &signed {
        for q in queries_of(db, r.id).await? {
            if q.outcome.as_deref() == Some("changed")
                && q.level.is_some()
                && q.total.is_some()
                && resolution
                    .as_ref()
                    .is_none_or(|(at, _, _)| q.resolved_at.unwrap_or(0) >= *at)
            {
                resolution = Some((q.resolved_at.unwrap_or(0), q, r));
            }
        }
    }
    if let Some((_, q, r)) = resolution
        && let (Some(level), Some(total)) = (q.level, q.total)
    {
        return Ok(Some(ReviewedScore {
            level,
            total,
            critical: r.critical(card),
            basis: "resolution".into(),
            by: q.resolver_login.into_iter().collect(),
            reviews: vec![r.id],
            adjudicate: false,
        }));
    }
    let scored: Vec<(&Review, (Level, f64))> = signed
        .iter()
        .filter_map(|r| Some((r, figures(r)?)))
        .collect();
    Ok(match scored.as_slice() {
        [] => None,
        [(r, (level, total))] => Some(ReviewedScore {
            level: *level,
            total: *total,
            critical: r.critical(card),
            basis: "review".into(),
            by: vec![r.assessor_login.clone()],
            reviews: vec![r.id],
            adjudicate: false,
        }),
        [a, b, ..] => {
            let agree = a.1 == b.1;
            // Levels are ordered best first: the greater is the worse.
            let lower = if (b.1.0, -b.1.1) > (a.1.0, -a.1.1) {
                b
            } else {
                a
            };
            Some(ReviewedScore {
                level: lower.1.0,
                total: lower.1.1,
                critical: lower.0.critical(card),
                basis: if agree { "review" } else { "lower-of-two" }.into(),
                by: vec![a.0.assessor_login.clone(), b.0.assessor_login.clone()],
                reviews: vec![a.0.id, b.0.id],
                adjudicate: !agree,
            })
        }
    })
}
