//! Reading signed reviews back as the plain data [`crate::agreement`] works on: what the
//! machine said about each call (its scorecard's deviations, the category of each rule, its
//! total and level) and what each review said (a verdict per automatic deviation, the
//! deviations added, the reviewed total and level). Only signed reviews are read: a review in
//! progress is nobody's opinion yet.

use std::collections::BTreeMap;

use doverie_core::score::Scorecard;
use sqlx::Row;

use crate::agreement::{Machine, Pair, Review};
use crate::db::{Db, DbError};

/// A signed review with the call it is about and why it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Signed {
    pub attempt: i64,
    /// `first`, `second`, `calibration` or `reference`.
    pub purpose: String,
    pub signed_at: i64,
    pub review: Review,
}

/// Signed reviews and the calls they are about.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// By review id.
    pub reviews: BTreeMap<i64, Signed>,
    /// By attempt id.
    pub machines: BTreeMap<i64, Machine>,
}

/// Which signed reviews to read.
#[derive(Debug, Clone, Copy)]
pub enum Which {
    /// First and second reviews (double review), of every attempt.
    Double,
    /// Calibration and reference reviews of the calls of one calibration set.
    Calibration(i64),
}

impl Which {
    /// The condition on `reviews r`; `$1` is the set for a calibration set.
    fn condition(self) -> &'static str {
        match self {
            Which::Double => {
                "r.signed_at IS NOT NULL AND (r.purpose = 'first' OR r.purpose = 'second')"
            }
            Which::Calibration(_) => {
                "r.signed_at IS NOT NULL AND (r.purpose = 'calibration' OR r.purpose = 'reference')
                 AND r.attempt_id IN (SELECT attempt_id FROM calibration_calls WHERE set_id = $1)"
            }
        }
    }
}

/// The signed reviews `which` names, with their calls.
pub async fn load(db: &Db, which: Which) -> Result<Loaded, DbError> {
    let cond = which.condition();
    let q = |sql: String| {
        let q = sqlx::query(sqlx::AssertSqlSafe(sql));
        match which {
            Which::Double => q,
            Which::Calibration(set) => q.bind(set),
        }
    };
    let mut out = Loaded::default();
    for r in q(format!(
        "SELECT r.id, r.attempt_id, r.assessor, r.purpose, r.total, r.level, r.signed_at
         FROM reviews r WHERE {cond} ORDER BY r.id"
    ))
    .fetch_all(&db.pool)
    .await?
    {
        let id: i64 = r.try_get(0)?;
        out.reviews.insert(
            id,
            Signed {
                attempt: r.try_get(1)?,
                purpose: r.try_get(3)?,
                signed_at: r.try_get(6)?,
                review: Review {
                    id,
                    assessor: r.try_get(2)?,
                    total: r.try_get(4)?,
                    level: r.try_get(5)?,
                    ..Review::default()
                },
            },
        );
    }
    for r in q(format!(
        "SELECT v.review_id, v.item, v.agree FROM review_verdicts v
         JOIN reviews r ON r.id = v.review_id WHERE {cond}"
    ))
    .fetch_all(&db.pool)
    .await?
    {
        let (id, item, agree): (i64, i64, i64) = (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        if let (Some(s), Ok(item)) = (out.reviews.get_mut(&id), usize::try_from(item)) {
            s.review.verdicts.insert(item, agree != 0);
        }
    }
    for r in q(format!(
        "SELECT a.review_id, a.rule, a.turn FROM review_additions a
         JOIN reviews r ON r.id = a.review_id WHERE {cond} AND a.removed_at IS NULL ORDER BY a.id"
    ))
    .fetch_all(&db.pool)
    .await?
    {
        let id: i64 = r.try_get(0)?;
        if let Some(s) = out.reviews.get_mut(&id) {
            s.review.additions.push((r.try_get(1)?, r.try_get(2)?));
        }
    }
    for r in q(format!(
        "SELECT a.id, a.total, a.level, a.scorecard FROM attempts a
         WHERE a.id IN (SELECT r.attempt_id FROM reviews r WHERE {cond})"
    ))
    .fetch_all(&db.pool)
    .await?
    {
        let id: i64 = r.try_get(0)?;
        let card: Option<String> = r.try_get(3)?;
        out.machines
            .insert(id, machine(r.try_get(1)?, r.try_get(2)?, card.as_deref()));
    }
    Ok(out)
}

/// What the machine said, from an attempt's stored total, level and scorecard (an abandoned call
/// has no scorecard: no deviation).
fn machine(total: Option<f64>, level: Option<String>, card: Option<&str>) -> Machine {
    let card: Option<Scorecard> = card.and_then(|c| serde_json::from_str(c).ok());
    let Some(card) = card else {
        return Machine {
            total,
            level,
            ..Machine::default()
        };
    };
    Machine {
        deviations: card
            .deviations
            .iter()
            .map(|d| (d.rule.clone(), d.category.clone()))
            .collect(),
        categories: card
            .rules
            .iter()
            .map(|r| (r.rule.clone(), r.category.clone()))
            .collect(),
        total,
        level,
    }
}

impl Loaded {
    /// Calls with a signed first and a signed second review, by attempt.
    pub fn pairs(&self) -> Vec<Pair> {
        let mut by_attempt: BTreeMap<i64, (Option<&Review>, Option<&Review>)> = BTreeMap::new();
        for s in self.reviews.values() {
            let e = by_attempt.entry(s.attempt).or_default();
            match s.purpose.as_str() {
                "first" => e.0 = Some(&s.review),
                "second" => e.1 = Some(&s.review),
                _ => {}
            }
        }
        by_attempt
            .into_iter()
            .filter_map(|(attempt, (first, second))| {
                let (first, second) = (first?, second?);
                // The review module never lets one assessor write both; such a pair would
                // compare an assessor with themselves.
                if first.assessor == second.assessor {
                    return None;
                }
                Some(Pair {
                    attempt,
                    machine: self.machines.get(&attempt)?.clone(),
                    first: first.clone(),
                    second: second.clone(),
                })
            })
            .collect()
    }

    /// Every review read, with what the machine said about its call.
    pub fn with_machines(&self) -> Vec<(&Machine, &Review)> {
        self.reviews
            .values()
            .filter_map(|s| Some((self.machines.get(&s.attempt)?, &s.review)))
            .collect()
    }
}
