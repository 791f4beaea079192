//! The exam protocol over HTTP: JSON messages with a version (`"v": 1`), a bearer token from the
//! login; the rules are `exam`'s. docs/exam-protocol.md describes every message.
//!
//! Each request's work runs as a task of its own, so a connection dropped mid-request never
//! cuts a change short: the input is journalled (or refused) all the same, and the client learns
//! which from the call's journal when it reconnects.

// A refusal is the response itself, returned early from each handler's steps; it is built once
// per request, so its size does not matter.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use doverie_core::locale::Lang;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::accounts::{Role, User};
use crate::exam::{self, ExamError, Refusal, Sent};
use crate::serve::AppState;

/// The messages, shared by the server and the clients.
pub mod wire {
    use doverie_core::transcript::EventRecord;
    use serde::{Deserialize, Serialize};

    pub use crate::exam::{CallState, CallSummary, Exam, Journal, JournalInput};

    /// The protocol version this program speaks.
    pub const VERSION: u32 = 1;

    /// `POST /api/v1/login`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Login {
        pub v: u32,
        pub login: String,
        pub password: String,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct LoggedIn {
        pub v: u32,
        /// Sent back as `Authorization: Bearer TOKEN`.
        pub token: String,
        /// The trainee id the account takes exams as.
        pub trainee: Option<String>,
        /// Unix seconds.
        pub expires_at: i64,
    }

    /// `GET /api/v1/exams`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct Exams {
        pub v: u32,
        pub exams: Vec<Exam>,
        /// The server's clock, Unix milliseconds.
        pub server_now: i64,
    }

    /// `POST /api/v1/exams/{exam}/calls`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Start {
        pub v: u32,
        pub scenario: String,
        /// `en` or `ru`: the language the call is recorded in.
        pub lang: String,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct Started {
        pub v: u32,
        pub call: i64,
        pub seed: u64,
        pub scenario_hash: String,
        pub protocol_hash: String,
        /// Unix milliseconds.
        pub started_at: i64,
        /// The caller's first events.
        pub events: Vec<EventRecord>,
    }

    /// `POST /api/v1/calls/{call}/inputs`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Input {
        pub v: u32,
        /// 1 for the call's first input, then one more each time.
        pub seq: i64,
        /// The engine's token: an option id, `wait:SECONDS`, `dispatch:SERVICE` or `hangup`.
        pub token: String,
        /// The client's call clock when it was sent: milliseconds since the call started.
        pub call_ms: i64,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct Applied {
        pub v: u32,
        pub seq: i64,
        /// What the input did, as the server's engine says: the client's must be the same.
        pub events: Vec<EventRecord>,
        /// The call is over, and stored as `attempt`.
        pub over: bool,
        pub attempt: Option<i64>,
    }

    /// `GET /api/v1/calls/{call}`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct CallJournal {
        pub v: u32,
        pub journal: Journal,
        /// The server's clock, Unix milliseconds: the call's clock is this less `started_at`.
        pub server_now: i64,
    }

    /// `POST /api/v1/calls/{call}/finish`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Finish {
        pub v: u32,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct Finished {
        pub v: u32,
        pub attempt: i64,
    }

    /// Every refusal: a stable code and what is wrong and what to do in both languages.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct Refused {
        pub v: u32,
        pub error: String,
        pub message: Message,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct Message {
        pub en: String,
        pub ru: String,
    }
}

/// The exam protocol's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/login", post(login))
        .route("/api/v1/exams", get(exams))
        .route("/api/v1/exams/{exam}/calls", post(start))
        .route("/api/v1/calls/{call}", get(call_journal))
        .route("/api/v1/calls/{call}/inputs", post(input))
        .route("/api/v1/calls/{call}/finish", post(finish))
}

fn json<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_string(body) {
        Ok(text) => (status, [(header::CONTENT_TYPE, "application/json")], text).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

fn refused(status: StatusCode, code: &str, en: String, ru: String) -> Response {
    json(
        status,
        &wire::Refused {
            v: wire::VERSION,
            error: code.to_string(),
            message: wire::Message { en, ru },
        },
    )
}

fn refusal(r: &Refusal) -> Response {
    let status = match r {
        Refusal::NoSuchExam(_) | Refusal::NoSuchCall(_) | Refusal::NotInExam { .. } => {
            StatusCode::NOT_FOUND
        }
        Refusal::NotYours
        | Refusal::NotOpenYet { .. }
        | Refusal::Closed { .. }
        | Refusal::Late { .. } => StatusCode::FORBIDDEN,
        Refusal::Retake { .. }
        | Refusal::Finished { .. }
        | Refusal::Flagged { .. }
        | Refusal::OutOfOrder { .. }
        | Refusal::Twice { .. } => StatusCode::CONFLICT,
        Refusal::BadToken { .. } | Refusal::Engine { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        Refusal::Content(_) => StatusCode::INTERNAL_SERVER_ERROR,
        Refusal::BadRequest(_) => StatusCode::BAD_REQUEST,
    };
    refused(status, r.code(), r.message(Lang::En), r.message(Lang::Ru))
}

fn failed(e: &ExamError) -> Response {
    match e {
        ExamError::Refused(r) => refusal(r),
        ExamError::Db(crate::db::DbError::Refused(reason)) => refused(
            StatusCode::BAD_REQUEST,
            "refused",
            reason.clone(),
            reason.clone(),
        ),
        ExamError::Db(e) => refused(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server",
            format!(
                "The server could not record this ({e}): try again; if it persists, tell the assessor."
            ),
            format!(
                "Сервер не смог это записать ({e}): попробуйте ещё раз; если не выйдет, сообщите экзаменатору."
            ),
        ),
    }
}

fn bad_request(en: String) -> Response {
    refusal(&Refusal::BadRequest(en))
}

/// A request body: JSON of this protocol version, with no field it does not have.
fn parse<T: DeserializeOwned>(body: &Bytes, version: impl Fn(&T) -> u32) -> Result<T, Response> {
    let value: T = serde_json::from_slice(body)
        .map_err(|e| bad_request(format!("the body is not this message in JSON: {e}")))?;
    let v = version(&value);
    if v != wire::VERSION {
        return Err(bad_request(format!(
            "protocol version {v}: this server speaks version {}; update doverie",
            wire::VERSION
        )));
    }
    Ok(value)
}

/// The account of the request's bearer token (a login session that has not expired).
async fn bearer(app: &AppState, headers: &HeaderMap) -> Result<User, Response> {
    let unauthorized = || {
        refused(
            StatusCode::UNAUTHORIZED,
            "login",
            "Log in first: send the token the login gave as \"Authorization: Bearer TOKEN\"; it may have expired.".into(),
            "Сначала войдите: передайте полученный при входе токен как «Authorization: Bearer TOKEN»; возможно, его срок истёк.".into(),
        )
    };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or_else(unauthorized)?;
    match crate::session::lookup(&app.db, token).await {
        Ok(Some((user, _))) => Ok(user),
        Ok(None) => Err(unauthorized()),
        Err(e) => Err(failed(&ExamError::Db(e))),
    }
}

/// `POST /api/v1/login`: the accounts' password check, slowed and locked after wrong
/// passwords as the login page is; the session's token is the bearer token.
async fn login(State(app): State<AppState>, body: Bytes) -> Response {
    let req: wire::Login = match parse(&body, |r: &wire::Login| r.v) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let policy = app.login;
    let login: String = req.login.trim().chars().take(64).collect();
    let db_failed = |e: crate::db::DbError| failed(&ExamError::Db(e));
    let before = match crate::session::recent_failures(&app.db, &login, &policy).await {
        Ok(n) => n,
        Err(e) => return db_failed(e),
    };
    if before >= policy.max_failures {
        tokio::time::sleep(policy.max_delay).await;
        return refused(
            StatusCode::TOO_MANY_REQUESTS,
            "locked",
            "Too many wrong passwords for this login: wait a quarter of an hour, or ask an administrator.".into(),
            "Слишком много неверных паролей для этого входа: подождите четверть часа или обратитесь к администратору.".into(),
        );
    }
    let dummy = app
        .dummy
        .get_or_init(|| async move {
            tokio::task::spawn_blocking(move || {
                crate::users::hash_password("not a password of anyone", policy.cost)
            })
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default()
        })
        .await;
    let user = match crate::users::check_password(&app.db, &login, &req.password, dummy).await {
        Ok(u) => u,
        Err(e) => return db_failed(e),
    };
    let Some(user) = user else {
        let failures = match crate::session::record_failure(&app.db, &login, &policy).await {
            Ok(n) => n,
            Err(e) => return db_failed(e),
        };
        tokio::time::sleep(policy.delay(failures)).await;
        return refused(
            StatusCode::UNAUTHORIZED,
            "wrong-password",
            "Wrong login or password: check them and try again (each wrong try slows the next).".into(),
            "Неверный логин или пароль: проверьте их и попробуйте снова (каждая ошибка замедляет следующую попытку).".into(),
        );
    };
    // Recent failures slow the right password too (see the login page).
    tokio::time::sleep(policy.delay(before)).await;
    match crate::session::open(&app.db, &user, &policy).await {
        Ok(token) => json(
            StatusCode::OK,
            &wire::LoggedIn {
                v: wire::VERSION,
                token,
                trainee: user.trainee.clone(),
                expires_at: crate::audit::now()
                    + i64::try_from(policy.session.as_secs()).unwrap_or(i64::MAX / 2),
            },
        ),
        Err(e) => db_failed(e),
    }
}

/// Runs `work` as a task of its own (a dropped connection does not cancel it).
async fn detached<T: Send + 'static>(
    work: impl std::future::Future<Output = Result<T, ExamError>> + Send + 'static,
) -> Result<T, Response> {
    match tokio::spawn(work).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(failed(&e)),
        Err(e) => Err(failed(&ExamError::Db(crate::db::DbError::Io(format!(
            "the request's task failed: {e}"
        ))))),
    }
}

async fn exams(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let user = match bearer(&app, &headers).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    let Some(trainee) = user
        .trainee
        .as_deref()
        .filter(|_| user.role == Role::Trainee)
    else {
        return refusal(&Refusal::NotYours);
    };
    match exam::list(&app.db, Some(trainee)).await {
        Ok(exams) => json(
            StatusCode::OK,
            &wire::Exams {
                v: wire::VERSION,
                exams,
                server_now: exam::now_ms(),
            },
        ),
        Err(e) => failed(&ExamError::Db(e)),
    }
}

async fn start(
    State(app): State<AppState>,
    Path(exam_id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let user = match bearer(&app, &headers).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    let req: wire::Start = match parse(&body, |r: &wire::Start| r.v) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Ok(lang) = req.lang.parse::<Lang>() else {
        return bad_request(format!("lang {:?}: use en or ru", req.lang));
    };
    let started = detached(async move {
        exam::start(&app.db, &app.contents, &user, exam_id, &req.scenario, lang).await
    })
    .await;
    match started {
        Ok(s) => json(
            StatusCode::CREATED,
            &wire::Started {
                v: wire::VERSION,
                call: s.call,
                seed: s.seed,
                scenario_hash: s.scenario_hash,
                protocol_hash: s.protocol_hash,
                started_at: s.started_at,
                events: s.events,
            },
        ),
        Err(r) => r,
    }
}

async fn call_journal(
    State(app): State<AppState>,
    Path(call): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let user = match bearer(&app, &headers).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    match exam::journal(&app.db, &user, call).await {
        Ok(journal) => json(
            StatusCode::OK,
            &wire::CallJournal {
                v: wire::VERSION,
                journal,
                server_now: exam::now_ms(),
            },
        ),
        Err(e) => failed(&e),
    }
}

async fn input(
    State(app): State<AppState>,
    Path(call): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let user = match bearer(&app, &headers).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    let req: wire::Input = match parse(&body, |r: &wire::Input| r.v) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let sent = Sent {
        seq: req.seq,
        token: req.token,
        call_ms: req.call_ms,
    };
    let applied =
        detached(async move { exam::input(&app.db, &app.contents, &user, call, &sent).await })
            .await;
    match applied {
        Ok(a) => json(
            StatusCode::OK,
            &wire::Applied {
                v: wire::VERSION,
                seq: a.seq,
                events: a.events,
                over: a.over,
                attempt: a.attempt,
            },
        ),
        Err(r) => r,
    }
}

async fn finish(
    State(app): State<AppState>,
    Path(call): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let user = match bearer(&app, &headers).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    if let Err(r) = parse(&body, |r: &wire::Finish| r.v) {
        return r;
    }
    match detached(async move { exam::finish(&app.db, &app.contents, &user, call).await }).await {
        Ok(attempt) => json(
            StatusCode::OK,
            &wire::Finished {
                v: wire::VERSION,
                attempt,
            },
        ),
        Err(r) => r,
    }
}
