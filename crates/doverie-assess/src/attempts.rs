//! Stored attempts read back, with the filters the reports take.

use doverie_core::score::{Level, Scorecard};
use doverie_core::transcript::Transcript;
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::Mode;
use crate::db::{Db, DbError};

/// One stored attempt (the transcript and scorecard parsed back).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attempt {
    pub id: i64,
    pub trainee: String,
    pub centre: String,
    pub scenario: String,
    pub scenario_hash: String,
    pub protocol: String,
    pub protocol_version: String,
    pub protocol_hash: String,
    pub engine: String,
    pub locale: String,
    pub mode: Mode,
    /// `transcript` when the transcript records its mode, `import` when the assessor stated it.
    pub mode_source: String,
    pub finished: bool,
    pub level: Option<Level>,
    pub total: Option<f64>,
    pub sentinel: bool,
    pub turns: i64,
    pub seconds: i64,
    pub imported_at: i64,
    /// The transcript file's modification time when it was imported (today's transcripts
    /// record no start time); attempts are ordered by it, then by import order.
    pub recorded_at: Option<i64>,
    pub source: String,
    #[serde(skip)]
    pub transcript: Option<Transcript>,
    #[serde(skip)]
    pub card: Option<Scorecard>,
}

impl Attempt {
    /// The time shown for the attempt: the file's time, or when it was imported.
    pub fn when(&self) -> i64 {
        self.recorded_at.unwrap_or(self.imported_at)
    }
}

/// Which attempts a report covers. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Filter {
    pub trainee: Option<String>,
    pub centre: Option<String>,
    pub scenario: Option<String>,
    pub protocol_version: Option<String>,
    pub mode: Option<Mode>,
    /// Unix seconds, inclusive.
    pub from: Option<i64>,
    /// Unix seconds, exclusive.
    pub to: Option<i64>,
}

const COLUMNS: &str = "id, trainee, centre, scenario, scenario_hash, protocol, protocol_version, \
    protocol_hash, engine, locale, mode, mode_source, finished, level, total, sentinel, turns, \
    seconds, imported_at, recorded_at, source";

fn level_of(id: &str) -> Option<Level> {
    Level::ALL.into_iter().find(|l| l.id() == id)
}

fn from_row(r: &AnyRow, full: bool) -> Result<Attempt, DbError> {
    let mode: String = r.try_get("mode")?;
    let level: Option<String> = r.try_get("level")?;
    let (transcript, card) = if full {
        let text: String = r.try_get("transcript")?;
        let card: Option<String> = r.try_get("scorecard")?;
        (
            Transcript::from_json(&text).ok(),
            card.and_then(|c| serde_json::from_str(&c).ok()),
        )
    } else {
        let card: Option<String> = r.try_get("scorecard")?;
        (None, card.and_then(|c| serde_json::from_str(&c).ok()))
    };
    Ok(Attempt {
        id: r.try_get("id")?,
        trainee: r.try_get("trainee")?,
        centre: r.try_get("centre")?,
        scenario: r.try_get("scenario")?,
        scenario_hash: r.try_get("scenario_hash")?,
        protocol: r.try_get("protocol")?,
        protocol_version: r.try_get("protocol_version")?,
        protocol_hash: r.try_get("protocol_hash")?,
        engine: r.try_get("engine")?,
        locale: r.try_get("locale")?,
        mode: Mode::parse(&mode).map_err(DbError::Refused)?,
        mode_source: r.try_get("mode_source")?,
        finished: r.try_get::<i64, _>("finished")? != 0,
        level: level.as_deref().and_then(level_of),
        total: r.try_get("total")?,
        sentinel: r.try_get::<i64, _>("sentinel")? != 0,
        turns: r.try_get("turns")?,
        seconds: r.try_get("seconds")?,
        imported_at: r.try_get("imported_at")?,
        recorded_at: r.try_get("recorded_at")?,
        source: r.try_get("source")?,
        transcript,
        card,
    })
}

/// The attempts a filter selects, oldest first, with their scorecards.
pub async fn list(db: &Db, f: &Filter) -> Result<Vec<Attempt>, DbError> {
    let mut sql = format!("SELECT {COLUMNS}, scorecard FROM attempts WHERE 1 = 1");
    let mut texts: Vec<String> = Vec::new();
    let mut n = 0;
    let mut cond = |sql: &mut String, col: &str, v: &Option<String>, texts: &mut Vec<String>| {
        if let Some(v) = v {
            n += 1;
            sql.push_str(&format!(" AND {col} = ${n}"));
            texts.push(v.clone());
        }
    };
    cond(&mut sql, "trainee", &f.trainee, &mut texts);
    cond(&mut sql, "centre", &f.centre, &mut texts);
    cond(&mut sql, "scenario", &f.scenario, &mut texts);
    cond(
        &mut sql,
        "protocol_version",
        &f.protocol_version,
        &mut texts,
    );
    cond(
        &mut sql,
        "mode",
        &f.mode.map(|m| m.as_str().to_string()),
        &mut texts,
    );
    let when = "COALESCE(recorded_at, imported_at)";
    if let Some(from) = f.from {
        sql.push_str(&format!(" AND {when} >= {from}"));
    }
    if let Some(to) = f.to {
        sql.push_str(&format!(" AND {when} < {to}"));
    }
    sql.push_str(&format!(" ORDER BY {when}, id"));
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for t in &texts {
        q = q.bind(t.as_str());
    }
    let rows = q.fetch_all(&db.pool).await?;
    rows.iter().map(|r| from_row(r, false)).collect()
}

/// One attempt with its transcript.
pub async fn get(db: &Db, id: i64) -> Result<Option<Attempt>, DbError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS}, scorecard, transcript FROM attempts WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| from_row(&r, true)).transpose()
}

/// The recordings of an attempt: `(turn, file, millis, wav bytes)`.
pub async fn recordings(
    db: &Db,
    id: i64,
) -> Result<Vec<(i64, String, i64, Option<Vec<u8>>)>, DbError> {
    let rows = sqlx::query(
        "SELECT turn, file, millis, wav FROM recordings WHERE attempt_id = $1 ORDER BY turn",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect()
}

/// The (protocol, version) pairs a trainee has attempts under.
pub async fn protocols_of(db: &Db, trainee: &str) -> Result<Vec<(String, String)>, DbError> {
    let rows = sqlx::query(
        "SELECT DISTINCT protocol, protocol_version FROM attempts WHERE trainee = $1 ORDER BY protocol, protocol_version",
    )
    .bind(trainee)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}
