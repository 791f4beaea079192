//! Accounts: adding, listing, disabling, and passwords (argon2id, stored as PHC strings).
//! Every change is audited in the same transaction as the change.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::Serialize;
use sqlx::Row;

use crate::accounts::{Role, User};
use crate::audit::{self, Change};
use crate::db::{Db, DbError};

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// The longest password accepted, in bytes (argon2 takes any length; a bound keeps a form or a
/// file from making the server hash megabytes).
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// What hashing a new password costs (argon2id). Verification reads the cost from the stored
/// hash, so a cheaper cost (tests) only changes passwords set with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    /// Memory, in KiB (at least 8).
    pub memory_kib: u32,
    /// Passes over the memory (at least 1).
    pub iterations: u32,
}

impl Default for Cost {
    /// argon2's recommended defaults (19 MiB, 2 passes).
    fn default() -> Cost {
        Cost {
            memory_kib: Params::DEFAULT_M_COST,
            iterations: Params::DEFAULT_T_COST,
        }
    }
}

impl Cost {
    fn hasher(self) -> Result<Argon2<'static>, DbError> {
        let params = Params::new(self.memory_kib, self.iterations, 1, None)
            .map_err(|e| DbError::Refused(format!("password cost {self:?}: {e}")))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

/// Whether `password` may be set: at least [`MIN_PASSWORD_CHARS`] characters, at most
/// [`MAX_PASSWORD_BYTES`] bytes, not all the same character.
pub fn check_strength(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(format!(
            "the password has {chars} characters; use at least {MIN_PASSWORD_CHARS} (a few unrelated words are easy to remember) / в пароле {chars} симв.; нужно не меньше {MIN_PASSWORD_CHARS}"
        ));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(format!(
            "the password is longer than {MAX_PASSWORD_BYTES} bytes / пароль длиннее {MAX_PASSWORD_BYTES} байт"
        ));
    }
    let mut it = password.chars();
    let first = it.next();
    if it.all(|c| Some(c) == first) {
        return Err(
            "the password repeats one character; choose another / пароль из одного повторённого символа; выберите другой"
                .into(),
        );
    }
    Ok(())
}

/// At most this many argon2 computations at once: each takes its memory cost (19 MiB by
/// default) and a core, so a flood of logins queues instead of exhausting the machine.
static ARGON2_AT_ONCE: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

/// Runs `work` (an argon2 computation) on a blocking thread, a few at a time.
async fn argon2_work<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, DbError> {
    let _permit = ARGON2_AT_ONCE
        .acquire()
        .await
        .map_err(|e| DbError::Io(format!("waiting to check a password: {e}")))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| DbError::Io(format!("checking a password: {e}")))
}

/// The argon2id hash of `password` as a PHC string (`$argon2id$v=19$m=...`), with a fresh salt.
pub fn hash_password(password: &str, cost: Cost) -> Result<String, DbError> {
    let hasher = cost.hasher()?;
    hasher
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| DbError::Refused(format!("hashing the password: {e}")))
}

/// A hash at `cost` of a password no one has, to check a missing account's password against
/// (so that it costs as much as an existing one's).
pub async fn stand_in_hash(cost: Cost) -> Result<String, DbError> {
    argon2_work(move || hash_password("not the password of any account", cost)).await?
}

/// Whether `password` matches the PHC string `hash` (at the cost the hash records).
pub fn verify_password(password: &str, hash: &str) -> bool {
    password.len() <= MAX_PASSWORD_BYTES
        && Argon2::default()
            .verify_password(password.as_bytes(), hash)
            .is_ok()
}

/// A login: 1 to 64 ASCII letters, digits, `.`, `-`, `_` or `@`.
pub fn check_login(login: &str) -> Result<(), String> {
    let ok = !login.is_empty()
        && login.len() <= 64
        && login
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'@'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "login {login:?}: use 1 to 64 Latin letters, digits, '.', '-', '_' or '@' / логин: от 1 до 64 латинских букв, цифр, '.', '-', '_' или '@'"
        ))
    }
}

/// An account as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub user: User,
    pub active: bool,
    /// Unix seconds.
    pub created_at: i64,
}

fn user_of(r: &sqlx::any::AnyRow) -> Result<User, DbError> {
    let role: String = r.try_get("role")?;
    Ok(User {
        id: r.try_get("id")?,
        login: r.try_get("login")?,
        role: Role::parse(&role).map_err(|e| DbError::Refused(format!("stored role {e}")))?,
        trainee: r.try_get("trainee")?,
    })
}

/// Adds an account. A trainee's account names the trainee id its attempts are stored under
/// (`trainee`, default: the login); staff accounts name none. `actor` is the administrator who
/// adds it (`None`: the command line).
pub async fn add(
    db: &Db,
    actor: Option<i64>,
    login: &str,
    role: Role,
    trainee: Option<&str>,
    password: &str,
    cost: Cost,
) -> Result<User, DbError> {
    check_login(login).map_err(DbError::Refused)?;
    check_strength(password).map_err(DbError::Refused)?;
    let trainee = match (role, trainee) {
        (Role::Trainee, t) => {
            let t = t.unwrap_or(login);
            if !crate::plain_id(t) {
                return Err(DbError::Refused(format!(
                    "--trainee {t:?}: a trainee id is 1 to 64 Latin letters, digits, '-' or '_' / id стажёра: латинские буквы, цифры, '-' или '_'"
                )));
            }
            Some(t.to_string())
        }
        (_, Some(_)) => {
            return Err(DbError::Refused(format!(
                "--trainee is only for trainee accounts; {login} is an {} / --trainee только для стажёров",
                role.as_str()
            )));
        }
        (_, None) => None,
    };
    let password = password.to_string();
    let hash = argon2_work(move || hash_password(&password, cost)).await??;
    let mut tx = db.pool.begin().await?;
    let exists = sqlx::query("SELECT 1 FROM users WHERE login = $1")
        .bind(login)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_some() {
        return Err(DbError::Refused(format!(
            "there is already an account {login:?}; choose another login / учётная запись {login:?} уже есть"
        )));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO users (login, role, trainee, password, active, created_at)
         VALUES ($1, $2, $3, $4, 1, $5) RETURNING id",
    )
    .bind(login)
    .bind(role.as_str())
    .bind(trainee.as_deref())
    .bind(&hash)
    .bind(audit::now())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let value = serde_json::json!({ "role": role.as_str(), "trainee": trainee }).to_string();
    audit::record(
        &mut tx,
        Change {
            actor,
            action: "user-add",
            object: &format!("user/{login}"),
            value: Some(&value),
            ..Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(User {
        id,
        login: login.to_string(),
        role,
        trainee,
    })
}

/// Every account, by login.
pub async fn list(db: &Db) -> Result<Vec<Account>, DbError> {
    let rows = sqlx::query(
        "SELECT id, login, role, trainee, active, created_at FROM users ORDER BY login",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Account {
                user: user_of(r)?,
                active: r.try_get::<i64, _>("active")? != 0,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// The account of `login`, if there is one.
pub async fn find(db: &Db, login: &str) -> Result<Option<Account>, DbError> {
    let row = sqlx::query(
        "SELECT id, login, role, trainee, active, created_at FROM users WHERE login = $1",
    )
    .bind(login)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok(Account {
            user: user_of(&r)?,
            active: r.try_get::<i64, _>("active")? != 0,
            created_at: r.try_get("created_at")?,
        })
    })
    .transpose()
}

/// The active account `login` whose password is `password`. An unknown or disabled login and
/// a wrong password are told apart by no one: each costs one argon2 verification (`dummy`, a
/// hash at the server's cost, stands in for a missing account).
pub async fn check_password(
    db: &Db,
    login: &str,
    password: &str,
    dummy: &str,
) -> Result<Option<User>, DbError> {
    let row = sqlx::query(
        "SELECT id, login, role, trainee, password FROM users WHERE login = $1 AND active = 1",
    )
    .bind(login)
    .fetch_optional(&db.pool)
    .await?;
    let (user, hash) = match &row {
        Some(r) => (Some(user_of(r)?), r.try_get::<String, _>("password")?),
        None => (None, dummy.to_string()),
    };
    let password = password.to_string();
    let matches = argon2_work(move || verify_password(&password, &hash)).await?;
    Ok(user.filter(|_| matches))
}

/// Disables `login`: it can no longer log in and its sessions end. Refuses an account already
/// disabled, and the last active administrator.
pub async fn disable(
    db: &Db,
    actor: Option<i64>,
    login: &str,
    reason: Option<&str>,
) -> Result<(), DbError> {
    let mut tx = db.pool.begin().await?;
    let row = sqlx::query("SELECT id, role, active FROM users WHERE login = $1")
        .bind(login)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| no_account(login))?;
    let (id, role, active): (i64, String, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    if active == 0 {
        return Err(DbError::Refused(format!(
            "{login} is already disabled / {login} уже отключён"
        )));
    }
    if role == Role::Administrator.as_str() {
        let others: i64 = sqlx::query(
            "SELECT COUNT(*) FROM users WHERE role = 'administrator' AND active = 1 AND id <> $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if others == 0 {
            return Err(DbError::Refused(format!(
                "{login} is the last active administrator; add another before disabling it / {login} — последний администратор; сначала добавьте другого"
            )));
        }
    }
    sqlx::query("UPDATE users SET active = 0 WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Change {
            actor,
            action: "user-disable",
            object: &format!("user/{login}"),
            previous: Some("active"),
            value: Some("disabled"),
            reason,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Sets a new password for `login`; its open sessions end. The audit records that it was
/// changed and by whom, never the password or its hash.
pub async fn set_password(
    db: &Db,
    actor: Option<i64>,
    login: &str,
    password: &str,
    cost: Cost,
) -> Result<(), DbError> {
    check_strength(password).map_err(DbError::Refused)?;
    let password = password.to_string();
    let hash = argon2_work(move || hash_password(&password, cost)).await??;
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query("SELECT id FROM users WHERE login = $1")
        .bind(login)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| no_account(login))?
        .try_get(0)?;
    sqlx::query("UPDATE users SET password = $1 WHERE id = $2")
        .bind(&hash)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Change {
            actor,
            action: "user-password",
            object: &format!("user/{login}"),
            value: Some("changed"),
            ..Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

fn no_account(login: &str) -> DbError {
    DbError::Refused(format!(
        "there is no account {login:?} (see `doverie assess user list`) / учётной записи {login:?} нет"
    ))
}
