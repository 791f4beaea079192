//! The append-only audit log: who changed what, when, from what, and why. Every change an
//! account makes (a login, an account, a review, a verdict, a query, a setting, a calibration
//! set) is recorded in the same transaction as the change itself, so neither exists without the
//! other. Nothing in doverie updates or deletes a row of `audit`.

use serde::Serialize;
use sqlx::{Any, Row, Transaction};

use crate::db::{Db, DbError};

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// The account that made the change (`None`: the command line or the server itself).
    pub actor: Option<i64>,
    /// What was done, as a short kebab-case verb phrase (`review-sign`, `user-add`...).
    pub action: String,
    /// What it was done to (`attempt/12`, `review/3/item/2`, `user/alice`, `setting/...`).
    pub object: String,
    /// The value before, as text (JSON for structured values); `None` when it is new.
    pub previous: Option<String>,
    /// The value after; `None` when it was withdrawn.
    pub value: Option<String>,
    /// The reason given, where one is required.
    pub reason: Option<String>,
}

/// What to record; the time is taken here.
#[derive(Debug, Clone, Default)]
pub struct Change<'a> {
    pub actor: Option<i64>,
    pub action: &'a str,
    pub object: &'a str,
    pub previous: Option<&'a str>,
    pub value: Option<&'a str>,
    pub reason: Option<&'a str>,
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Records `change` inside the caller's transaction.
pub async fn record(tx: &mut Transaction<'_, Any>, change: Change<'_>) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO audit (at, actor, action, object, previous, value, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(now())
    .bind(change.actor)
    .bind(change.action)
    .bind(change.object)
    .bind(change.previous)
    .bind(change.value)
    .bind(change.reason)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The log, newest first, at most `limit` entries, optionally only those about `object` (an
/// exact object or every object under `object/`).
pub async fn list(db: &Db, object: Option<&str>, limit: i64) -> Result<Vec<Entry>, DbError> {
    let rows = match object {
        Some(o) => {
            sqlx::query(
                "SELECT id, at, actor, action, object, previous, value, reason FROM audit
                 WHERE object = $1 OR substr(object, 1, length($2)) = $2 ORDER BY id DESC LIMIT $3",
            )
            .bind(o)
            .bind(format!("{o}/"))
            .bind(limit)
            .fetch_all(&db.pool)
            .await?
        }
        None => {
            sqlx::query(
                "SELECT id, at, actor, action, object, previous, value, reason FROM audit
                 ORDER BY id DESC LIMIT $1",
            )
            .bind(limit)
            .fetch_all(&db.pool)
            .await?
        }
    };
    rows.iter()
        .map(|r| {
            Ok(Entry {
                id: r.try_get(0)?,
                at: r.try_get(1)?,
                actor: r.try_get(2)?,
                action: r.try_get(3)?,
                object: r.try_get(4)?,
                previous: r.try_get(5)?,
                value: r.try_get(6)?,
                reason: r.try_get(7)?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(DbError::from)
}
