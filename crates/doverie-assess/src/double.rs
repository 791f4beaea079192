//! Double review: the share of attempts the administrator wants reviewed twice, and the draw.
//!
//! The draw is a pure function of the attempt's `call_key` and a secret the server keeps in
//! `settings` (made from the operating system's randomness the first time it is needed, never
//! shown): a trainee cannot tell in advance whether a call will be reviewed twice, and an
//! assessor cannot choose which calls are. An attempt is drawn when the first eight bytes of
//! SHA-256(secret, call key), read as a fraction of 2^64, fall below the share; so raising the
//! share only adds attempts, and the same call is drawn the same way on every server with the
//! same secret. Attempts are drawn when they are imported and, for those already stored, when
//! the share is set; a drawn attempt stays drawn (its reviews may be under way) if the share is
//! lowered later. Every draw and every change of the share is written to the audit log.

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::{Any, Row, Transaction};

use crate::audit::{self, Change};
use crate::db::{Db, DbError};

/// The setting holding the share of attempts reviewed twice, a whole percent 0-100.
pub const SHARE_SETTING: &str = "double-review-percent";

/// The setting holding the draw's secret (64 hexadecimal digits).
const SECRET_SETTING: &str = "double-review-secret";

/// Whether the call `call_key` is drawn at `percent` under `secret`.
pub fn drawn(secret: &str, call_key: &str, percent: u32) -> bool {
    let mut h = Sha256::new();
    h.update(secret.as_bytes());
    h.update([0]);
    h.update(call_key.as_bytes());
    let digest = h.finalize();
    let mut head = [0u8; 8];
    head.copy_from_slice(&digest[..8]);
    let x = u128::from(u64::from_be_bytes(head));
    // x / 2^64 < percent / 100
    x * 100 < u128::from(percent.min(100)) << 64
}

/// A setting's value, if set.
pub(crate) async fn setting(
    tx: &mut Transaction<'_, Any>,
    key: &str,
) -> Result<Option<String>, DbError> {
    let row = sqlx::query("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get(0)).transpose()?)
}

/// Sets a setting, returning its value before.
pub(crate) async fn put_setting(
    tx: &mut Transaction<'_, Any>,
    key: &str,
    value: &str,
) -> Result<Option<String>, DbError> {
    let previous = setting(tx, key).await?;
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(&mut **tx)
    .await?;
    Ok(previous)
}

/// The share in force, 0 when the administrator has not set one.
pub async fn share(db: &Db) -> Result<u32, DbError> {
    let mut tx = db.pool.begin().await?;
    let share = setting(&mut tx, SHARE_SETTING).await?;
    tx.commit().await?;
    Ok(share.and_then(|s| s.parse().ok()).unwrap_or(0))
}

/// A share as typed in a form: a whole percent from 0 to 100.
pub fn parse_share(s: &str) -> Result<u32, crate::calibration::Refusal> {
    let s = s.trim().trim_end_matches('%').trim();
    match s.parse::<u32>() {
        Ok(n) if n <= 100 => Ok(n),
        _ => Err(crate::calibration::Refusal::new(
            format!("{s:?}: the share of attempts reviewed twice is a whole percent from 0 to 100"),
            format!("{s:?}: доля попыток с двойной проверкой — целый процент от 0 до 100"),
        )),
    }
}

/// The secret, made and stored (audited, without its value) the first time it is needed.
async fn secret(tx: &mut Transaction<'_, Any>) -> Result<String, DbError> {
    if let Some(s) = setting(tx, SECRET_SETTING).await? {
        return Ok(s);
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| {
        DbError::Io(format!(
            "the operating system gave no random bytes for the double-review draw ({e}); try again"
        ))
    })?;
    let s: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    put_setting(tx, SECRET_SETTING, &s).await?;
    audit::record(
        tx,
        Change {
            action: "double-review-secret",
            object: &format!("setting/{SECRET_SETTING}"),
            value: Some("(made from the operating system's randomness; not shown)"),
            ..Change::default()
        },
    )
    .await?;
    Ok(s)
}

/// Draws among the stored attempts (only those of `among`, when given; every attempt
/// otherwise) at the share in force, recording each newly drawn one; returns how many were.
pub async fn draw(db: &Db, among: Option<&[i64]>, actor: Option<i64>) -> Result<usize, DbError> {
    let mut tx = db.pool.begin().await?;
    let n = draw_in(&mut tx, among, actor).await?;
    tx.commit().await?;
    Ok(n)
}

async fn draw_in(
    tx: &mut Transaction<'_, Any>,
    among: Option<&[i64]>,
    actor: Option<i64>,
) -> Result<usize, DbError> {
    let percent: u32 = setting(tx, SHARE_SETTING)
        .await?
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if percent == 0 || among.is_some_and(<[i64]>::is_empty) {
        return Ok(0);
    }
    let secret = secret(tx).await?;
    // New attempts have the highest ids: read from the lowest of them on.
    let from = among
        .and_then(|a| a.iter().min().copied())
        .unwrap_or(i64::MIN);
    let wanted: Option<std::collections::BTreeSet<i64>> =
        among.map(|a| a.iter().copied().collect());
    let rows = sqlx::query(
        "SELECT a.id, a.call_key FROM attempts a
         WHERE a.id >= $1 AND NOT EXISTS (SELECT 1 FROM double_reviews d WHERE d.attempt_id = a.id)
         ORDER BY a.id",
    )
    .bind(from)
    .fetch_all(&mut **tx)
    .await?;
    let now = audit::now();
    let mut n = 0;
    for row in rows {
        let (id, key): (i64, String) = (row.try_get(0)?, row.try_get(1)?);
        if wanted.as_ref().is_some_and(|w| !w.contains(&id)) || !drawn(&secret, &key, percent) {
            continue;
        }
        sqlx::query(
            "INSERT INTO double_reviews (attempt_id, drawn_at) VALUES ($1, $2)
             ON CONFLICT (attempt_id) DO NOTHING",
        )
        .bind(id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        audit::record(
            tx,
            Change {
                actor,
                action: "double-review-drawn",
                object: &format!("attempt/{id}"),
                value: Some(&format!("drawn at {percent}%")),
                ..Change::default()
            },
        )
        .await?;
        n += 1;
    }
    Ok(n)
}

/// Sets the share (audited with the value before and the reason) and draws among the attempts
/// already stored; returns how many were newly drawn.
pub async fn set_share(
    db: &Db,
    actor: i64,
    percent: u32,
    reason: Option<&str>,
) -> Result<usize, DbError> {
    if percent > 100 {
        return Err(DbError::Refused(format!(
            "{percent}%: the share of attempts reviewed twice is at most 100%"
        )));
    }
    let mut tx = db.pool.begin().await?;
    let value = percent.to_string();
    let previous = put_setting(&mut tx, SHARE_SETTING, &value).await?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(actor),
            action: "double-review-share",
            object: &format!("setting/{SHARE_SETTING}"),
            previous: previous.as_deref(),
            value: Some(&value),
            reason: reason.filter(|r| !r.trim().is_empty()),
        },
    )
    .await?;
    let n = draw_in(&mut tx, None, Some(actor)).await?;
    tx.commit().await?;
    Ok(n)
}

/// Where one of the two reviews of a drawn attempt stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum Slot {
    /// Nobody has started it.
    Missing,
    /// Started, not signed.
    Started {
        assessor: String,
    },
    Signed {
        assessor: String,
        at: i64,
    },
}

/// A drawn attempt and its two reviews.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drawn {
    pub attempt: i64,
    pub trainee: String,
    pub scenario: String,
    pub mode: String,
    pub drawn_at: i64,
    pub first: Slot,
    pub second: Slot,
}

impl Drawn {
    /// Both reviews signed.
    pub fn done(&self) -> bool {
        matches!(
            (&self.first, &self.second),
            (Slot::Signed { .. }, Slot::Signed { .. })
        )
    }
}

/// Every drawn attempt, those still awaiting a review first, each by attempt number.
pub async fn list(db: &Db) -> Result<Vec<Drawn>, DbError> {
    let rows = sqlx::query(
        "SELECT d.attempt_id, d.drawn_at, a.trainee, a.scenario, a.mode
         FROM double_reviews d JOIN attempts a ON a.id = d.attempt_id ORDER BY d.attempt_id",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(Drawn {
            attempt: r.try_get(0)?,
            drawn_at: r.try_get(1)?,
            trainee: r.try_get(2)?,
            scenario: r.try_get(3)?,
            mode: r.try_get(4)?,
            first: Slot::Missing,
            second: Slot::Missing,
        });
    }
    let reviews = sqlx::query(
        "SELECT r.attempt_id, r.purpose, r.signed_at, u.login, r.assessor
         FROM reviews r JOIN double_reviews d ON d.attempt_id = r.attempt_id
         LEFT JOIN users u ON u.id = r.assessor
         WHERE r.purpose = 'first' OR r.purpose = 'second'",
    )
    .fetch_all(&db.pool)
    .await?;
    for r in reviews {
        let attempt: i64 = r.try_get(0)?;
        let purpose: String = r.try_get(1)?;
        let signed: Option<i64> = r.try_get(2)?;
        let login: Option<String> = r.try_get(3)?;
        let id: i64 = r.try_get(4)?;
        let assessor = login.unwrap_or_else(|| format!("#{id}"));
        let slot = match signed {
            Some(at) => Slot::Signed { assessor, at },
            None => Slot::Started { assessor },
        };
        if let Ok(i) = out.binary_search_by_key(&attempt, |d| d.attempt) {
            match purpose.as_str() {
                "first" => out[i].first = slot,
                _ => out[i].second = slot,
            }
        }
    }
    out.sort_by_key(|d| (d.done(), d.attempt));
    Ok(out)
}
