//! Login sessions and the login layer.
//!
//! A session is a random 32-byte token from the operating system, given to the browser in the
//! cookie `doverie_session` (HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS) and stored
//! only as its SHA-256, beside a CSRF token of its own. The login layer sits in front of every
//! route but `/` and `/login`: without a valid session a `GET` is sent to `/` and anything else
//! refused; with one, it puts the [`User`] and the [`Csrf`] into the request, and refuses a
//! `POST` that is cross-site or whose form does not carry the session's `csrf`.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::accounts::{Csrf, Role, User};
use crate::audit;
use crate::db::{Db, DbError};
use crate::serve::AppState;

/// The session cookie's name.
pub const COOKIE: &str = "doverie_session";

/// The largest form body a `POST` may carry.
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// How logins are slowed, refused and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginPolicy {
    /// The delay after the first failure of a login within the window; it doubles with each
    /// further failure.
    pub first_delay: Duration,
    /// The longest delay.
    pub max_delay: Duration,
    /// The window failures are counted over.
    pub window: Duration,
    /// A login with this many failures within the window is refused until they age out.
    pub max_failures: i64,
    /// How long a session lasts.
    pub session: Duration,
    /// The argon2 cost of passwords set through the browser.
    pub cost: crate::users::Cost,
}

impl Default for LoginPolicy {
    /// 0.5 s doubling to 8 s; 10 failures in 15 minutes lock a login; sessions last 12 hours.
    fn default() -> LoginPolicy {
        LoginPolicy {
            first_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            window: Duration::from_secs(15 * 60),
            max_failures: 10,
            session: Duration::from_secs(12 * 3600),
            cost: crate::users::Cost::default(),
        }
    }
}

impl LoginPolicy {
    /// The delay for an answer to a login with `failures` recent failures (0: none).
    pub fn delay(&self, failures: i64) -> Duration {
        if failures <= 0 {
            return Duration::ZERO;
        }
        let doublings = u32::try_from(failures - 1).unwrap_or(u32::MAX).min(20);
        self.first_delay
            .saturating_mul(1u32 << doublings)
            .min(self.max_delay)
    }
}

/// 32 random bytes from the operating system, as hex.
fn random_hex() -> Result<String, DbError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| DbError::Io(format!("the system's random numbers: {e}")))?;
    Ok(hex(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How a token is stored: its SHA-256.
fn digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Opens a session for `user`, records the login, and returns the cookie's token. Expired
/// sessions and failures older than the window are cleared on the way.
pub async fn open(db: &Db, user: &User, policy: &LoginPolicy) -> Result<String, DbError> {
    let token = random_hex()?;
    let csrf = random_hex()?;
    let now = audit::now();
    let lasts = i64::try_from(policy.session.as_secs()).unwrap_or(i64::MAX / 2);
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO sessions (token, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(digest(&token))
        .bind(user.id)
        .bind(&csrf)
        .bind(now)
        .bind(now.saturating_add(lasts))
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        audit::Change {
            actor: Some(user.id),
            action: "login",
            object: &format!("user/{}", user.login),
            ..audit::Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// The user and CSRF token of a live session.
pub async fn lookup(db: &Db, token: &str) -> Result<Option<(User, Csrf)>, DbError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT u.id, u.login, u.role, u.trainee, s.csrf FROM sessions s
         JOIN users u ON u.id = s.user_id
         WHERE s.token = $1 AND s.expires_at > $2 AND u.active = 1",
    )
    .bind(digest(token))
    .bind(audit::now())
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let role: String = r.try_get(2)?;
    let Ok(role) = Role::parse(&role) else {
        return Ok(None);
    };
    Ok(Some((
        User {
            id: r.try_get(0)?,
            login: r.try_get(1)?,
            role,
            trainee: r.try_get(3)?,
        },
        Csrf(r.try_get(4)?),
    )))
}

/// Ends the session of `token` and records the logout.
pub async fn close(db: &Db, token: &str, user: &User) -> Result<(), DbError> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM sessions WHERE token = $1")
        .bind(digest(token))
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        audit::Change {
            actor: Some(user.id),
            action: "logout",
            object: &format!("user/{}", user.login),
            ..audit::Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Failures of `login` within the window.
pub async fn recent_failures(db: &Db, login: &str, policy: &LoginPolicy) -> Result<i64, DbError> {
    let since = audit::now() - i64::try_from(policy.window.as_secs()).unwrap_or(i64::MAX / 2);
    Ok(
        sqlx::query("SELECT COUNT(*) FROM login_failures WHERE login = $1 AND at > $2")
            .bind(login)
            .bind(since)
            .fetch_one(&db.pool)
            .await?
            .try_get(0)?,
    )
}

/// Records a failed login (in `login_failures` and the audit log); returns the failures of
/// `login` within the window, this one included.
pub async fn record_failure(db: &Db, login: &str, policy: &LoginPolicy) -> Result<i64, DbError> {
    let mut tx = db.pool.begin().await?;
    let now = audit::now();
    sqlx::query("DELETE FROM login_failures WHERE at <= $1")
        .bind(now - i64::try_from(policy.window.as_secs()).unwrap_or(i64::MAX / 2))
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO login_failures (login, at) VALUES ($1, $2)")
        .bind(login)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        audit::Change {
            action: "login-failure",
            object: &format!("user/{login}"),
            ..audit::Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    recent_failures(db, login, policy).await
}

/// The session token the request's cookie carries.
pub fn token_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == COOKIE).then(|| value.trim_matches('"').to_string())
        })
}

/// The `Set-Cookie` value that gives the browser `token` (an empty token ends it).
pub fn cookie(token: &str, policy: &LoginPolicy, secure: bool) -> String {
    let age = if token.is_empty() {
        0
    } else {
        policy.session.as_secs()
    };
    format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={age}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The user and CSRF token of the request's session, if it has a live one.
pub async fn current(db: &Db, headers: &HeaderMap) -> Result<Option<(User, Csrf)>, DbError> {
    match token_of(headers) {
        Some(token) => lookup(db, &token).await,
        None => Ok(None),
    }
}

/// Whether the request says it comes from another site (`Sec-Fetch-Site`, or an `Origin`
/// whose host is not the `Host` asked for).
pub fn cross_site(headers: &HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site")
        && !matches!(site, "same-origin" | "none")
    {
        return true;
    }
    match (text("origin"), text("host")) {
        (Some(origin), Some(host)) => {
            let authority = origin
                .split_once("://")
                .map_or(origin, |(_, rest)| rest)
                .trim_end_matches('/');
            !authority.eq_ignore_ascii_case(host)
        }
        (Some(_), None) => true,
        _ => false,
    }
}

fn equal_in_constant_time(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn refuse(status: StatusCode, en: &str, ru: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{en}\n{ru}\n"),
    )
        .into_response()
}

/// The paths open without a session.
fn open_path(path: &str) -> bool {
    path == "/" || path == "/login"
}

/// The login layer (see the module's documentation).
pub(crate) async fn layer(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let is_post = req.method() == Method::POST;
    if is_post && cross_site(req.headers()) {
        return refuse(
            StatusCode::FORBIDDEN,
            "Refused: this form was sent from another site.",
            "Отказано: форма отправлена с другого сайта.",
        );
    }
    if open_path(req.uri().path()) {
        return next.run(req).await;
    }
    let (user, csrf) = match current(&app.db, req.headers()).await {
        Ok(Some(found)) => found,
        Ok(None) => {
            return if matches!(*req.method(), Method::GET | Method::HEAD) {
                Redirect::to("/").into_response()
            } else {
                refuse(
                    StatusCode::FORBIDDEN,
                    "Refused: you are not logged in (or the session has expired); log in at /.",
                    "Отказано: вы не вошли (или сеанс истёк); войдите на странице /.",
                )
            };
        }
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    };
    let mut req = if is_post {
        let (parts, body) = req.into_parts();
        let kind = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !kind.starts_with("application/x-www-form-urlencoded") {
            return refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Refused: a form is sent as application/x-www-form-urlencoded.",
                "Отказано: форма отправляется как application/x-www-form-urlencoded.",
            );
        }
        let bytes = match axum::body::to_bytes(body, MAX_FORM_BYTES).await {
            Ok(b) => b,
            Err(_) => {
                return refuse(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "Refused: the form is larger than 256 KiB.",
                    "Отказано: форма больше 256 КиБ.",
                );
            }
        };
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let sent = fields
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str());
        if !sent.is_some_and(|s| equal_in_constant_time(s.as_bytes(), csrf.0.as_bytes())) {
            return refuse(
                StatusCode::FORBIDDEN,
                "Refused: the form's security token is missing or out of date; reload the page and send it again.",
                "Отказано: нет ключа защиты формы или он устарел; обновите страницу и отправьте форму снова.",
            );
        }
        Request::from_parts(parts, Body::from(bytes))
    } else {
        req
    };
    req.extensions_mut().insert(user);
    req.extensions_mut().insert(csrf);
    next.run(req).await
}
