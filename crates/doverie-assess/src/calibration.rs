//! Calibration: sets of reference calls with agreed reviews, which an assessor reviews blind and
//! must match (to the share the administrator sets) before signing off exam attempts.

use sqlx::Row;

use crate::accounts::{Role, User};
use crate::db::{Db, DbError};

/// The setting that holds the share of items an assessor must match, in percent.
pub const THRESHOLD_SETTING: &str = "calibration-threshold-percent";

/// Whether `user` may sign off reviews of exam attempts: an assessor must have passed the most
/// recent calibration set once the administrator has set a threshold and made a set;
/// administrators and trainees never sign exams off.
pub async fn may_sign_exams(db: &Db, user: &User) -> Result<Result<(), String>, DbError> {
    if user.role != Role::Assessor {
        return Ok(Err("only an assessor signs reviews off".into()));
    }
    let threshold = sqlx::query("SELECT value FROM settings WHERE key = $1")
        .bind(THRESHOLD_SETTING)
        .fetch_optional(&db.pool)
        .await?;
    if threshold.is_none() {
        return Ok(Ok(()));
    }
    let latest = sqlx::query("SELECT id, name FROM calibration_sets ORDER BY id DESC LIMIT 1")
        .fetch_optional(&db.pool)
        .await?;
    let Some(latest) = latest else {
        return Ok(Ok(()));
    };
    let (set, name): (i64, String) = (latest.try_get(0)?, latest.try_get(1)?);
    let passed = sqlx::query(
        "SELECT 1 FROM calibration_results WHERE set_id = $1 AND assessor = $2 AND passed = 1",
    )
    .bind(set)
    .bind(user.id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(match passed {
        Some(_) => Ok(()),
        None => Err(format!(
            "calibration set {name:?} not yet passed: review its calls before signing off exams"
        )),
    })
}
