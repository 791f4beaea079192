//! Exams recorded by the server: the rules, without HTTP (`exam_api` speaks them as JSON).
//!
//! An assessor issues an exam (a trainee, scenarios including a sentinel, a time window). The
//! trainee takes each scenario once: the server draws the call's seed from the operating system
//! when the call starts and records the start; every input is checked against the server's own
//! engine (a replay of the call's journal) and appended to the journal (`exam_inputs`) with the
//! time it arrived; when the call ends it is verified by replay and stored as an exam attempt
//! (`attempts.mode_source = 'server'`), the only kind certification counts.
//!
//! Architecture invariant: nothing updates or deletes a row of `exam_inputs`; a call is never
//! started twice for one scenario of one exam (`UNIQUE (exam_id, scenario)`); an input the
//! server's engine refuses, one out of order or one sent twice is refused and flags the call,
//! which then takes no more inputs.

use std::sync::Arc;

use doverie_core::content::Loaded;
use doverie_core::engine::{Input, Stamped};
use doverie_core::locale::Lang;
use doverie_core::score::certify::is_sentinel;
use doverie_core::session::Session;
use doverie_core::transcript::{EventRecord, Mode as Recorded, Transcript, name_event};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::accounts::{Role, User};
use crate::audit::{self, Change};
use crate::db::{Db, DbError};
use crate::import::Contents;
use crate::review::Said;

/// Unix milliseconds now.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// How long after its window closes a call started inside the window may still take inputs:
/// a call begun just before the close finishes, and the window stays bounded. The scenarios
/// carry no time limit of their own, so it is one cap for all; an input that arrives later is
/// refused ([`Refusal::Late`]) and flags the call.
pub const GRACE_MS: i64 = 30 * 60 * 1000;

/// How far the client's call clock (`call_ms`) may run ahead of the server's own time since the
/// call started (`received_at - started_at`). The client starts its clock when the server's
/// answer to the start arrives and sends the clock with each input, so an honest clock is
/// always a little behind the server's; this only absorbs clock granularity and a server clock
/// slewed by NTP.
pub const CLOCK_AHEAD_MS: i64 = 5_000;

/// How far the client's call clock may lag the server's: an input in flight on a slow network,
/// and the retries of a dropped connection before the client resumes (it then sets its clock
/// from the server's, see docs/exam-protocol.md).
pub const CLOCK_LAG_MS: i64 = 60_000;

/// The last moment (Unix milliseconds, exclusive) an input to a call of an exam closing at
/// `closes_at` (Unix seconds) is taken.
pub fn input_deadline(closes_at: i64) -> i64 {
    closes_at.saturating_mul(1000).saturating_add(GRACE_MS)
}

/// What is wrong with a client's call clock `call_ms` for an input received `elapsed_ms` after
/// the call started on the server, if anything (`None`: within the tolerances). English, as
/// flags are kept for the assessor.
pub fn clock_check(seq: i64, call_ms: i64, elapsed_ms: i64) -> Option<String> {
    let secs = |ms: i64| format!("{:.1} s", ms as f64 / 1000.0);
    let ahead = call_ms.saturating_sub(elapsed_ms);
    if ahead > CLOCK_AHEAD_MS {
        Some(format!(
            "at input {seq} the client's call clock said {} where the server's said {}: it ran {} ahead (tolerance {})",
            secs(call_ms),
            secs(elapsed_ms),
            secs(ahead),
            secs(CLOCK_AHEAD_MS)
        ))
    } else if -ahead > CLOCK_LAG_MS {
        Some(format!(
            "at input {seq} the client's call clock said {} where the server's said {}: it lagged {} behind (tolerance {})",
            secs(call_ms),
            secs(elapsed_ms),
            secs(-ahead),
            secs(CLOCK_LAG_MS)
        ))
    } else {
        None
    }
}

/// `YYYY-MM-DD` (midnight) or `YYYY-MM-DDTHH:MM` / `YYYY-MM-DD HH:MM`, in UTC, to Unix seconds.
pub fn parse_time(s: &str) -> Result<i64, String> {
    let s = s.trim();
    let bad = || format!("{s:?}: a time is YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)");
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let day = crate::words::parse_date(date).map_err(|_| bad())?;
    let Some(time) = time else {
        return Ok(day);
    };
    // HH:MM, or HH:MM:SS as a browser's date-and-time field may send it.
    let parts: Vec<&str> = time.split(':').collect();
    let (h, m, sec) = match parts.as_slice() {
        [h, m] => (*h, *m, "0"),
        [h, m, sec] => (*h, *m, *sec),
        _ => return Err(bad()),
    };
    let num = |x: &str| x.parse::<i64>().map_err(|_| bad());
    let (h, m, sec) = (num(h)?, num(m)?, num(sec)?);
    if !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..60).contains(&sec) {
        return Err(bad());
    }
    Ok(day + h * 3600 + m * 60 + sec)
}

/// A call's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallState {
    /// Started and taking inputs.
    Live,
    /// Ended and stored as an attempt.
    Finished,
    /// Refused an input (out of order, twice, or one the engine refuses): it takes no more.
    Flagged,
}

impl CallState {
    pub fn as_str(self) -> &'static str {
        match self {
            CallState::Live => "live",
            CallState::Finished => "finished",
            CallState::Flagged => "flagged",
        }
    }

    fn parse(s: &str) -> Result<CallState, DbError> {
        match s {
            "live" => Ok(CallState::Live),
            "finished" => Ok(CallState::Finished),
            "flagged" => Ok(CallState::Flagged),
            other => Err(DbError::Refused(format!(
                "an exam call in the database has the unknown state {other:?}"
            ))),
        }
    }
}

/// An exam as issued, with the calls taken so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exam {
    pub id: i64,
    pub trainee: String,
    /// The account that issued it (`None`: the command line).
    pub issued_by: Option<i64>,
    /// The scenarios, in the order issued.
    pub scenarios: Vec<String>,
    /// Unix seconds, inclusive.
    pub opens_at: i64,
    /// Unix seconds, exclusive.
    pub closes_at: i64,
    pub issued_at: i64,
    pub calls: Vec<CallSummary>,
}

/// A call of an exam, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallSummary {
    pub id: i64,
    pub scenario: String,
    pub state: CallState,
    /// Unix milliseconds.
    pub started_at: i64,
    /// Why the call was flagged.
    pub flag: Option<String>,
    /// The attempt it was stored as, once finished.
    pub attempt: Option<i64>,
    /// Why the client's call clock was not trusted (it ran ahead of the server's, or lagged
    /// too far): the call still took its inputs. Absent when the clock was within tolerance
    /// (an optional field of protocol version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_flag: Option<String>,
}

/// Why a request about an exam was refused. Each says what is wrong and what to do, in both
/// languages; `code` is the protocol's stable name for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NoSuchExam(i64),
    NoSuchCall(i64),
    /// The exam or call belongs to another trainee, or the account is not a trainee's.
    NotYours,
    NotInExam {
        scenario: String,
    },
    NotOpenYet {
        opens_at: i64,
    },
    Closed {
        closes_at: i64,
    },
    /// An input arrived after the window closed and its grace ran out (this one flags the call).
    Late {
        closes_at: i64,
    },
    /// The scenario was called already in this exam.
    Retake {
        scenario: String,
        call: i64,
    },
    /// The call is finished: it is not resumed or changed.
    Finished {
        call: i64,
    },
    /// The call was flagged and takes no more inputs.
    Flagged {
        call: i64,
        reason: String,
    },
    /// Input `got` arrived where input `expected` was due (this one flags the call).
    OutOfOrder {
        expected: i64,
        got: i64,
    },
    /// Input `seq` was received already (this one flags the call).
    Twice {
        seq: i64,
    },
    /// Not an input token (flags the call).
    BadToken {
        token: String,
        reason: String,
    },
    /// The server's engine refuses the input (flags the call).
    Engine {
        token: String,
        reason: String,
    },
    /// The scenario's content does not load on the server.
    Content(String),
    /// A request the protocol does not allow (a version, a field).
    BadRequest(String),
}

impl Refusal {
    /// The protocol's name for it.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::NoSuchExam(_) => "no-such-exam",
            Refusal::NoSuchCall(_) => "no-such-call",
            Refusal::NotYours => "not-yours",
            Refusal::NotInExam { .. } => "not-in-exam",
            Refusal::NotOpenYet { .. } => "not-open-yet",
            Refusal::Closed { .. } => "closed",
            Refusal::Late { .. } => "late",
            Refusal::Retake { .. } => "retake",
            Refusal::Finished { .. } => "finished",
            Refusal::Flagged { .. } => "flagged",
            Refusal::OutOfOrder { .. } => "out-of-order",
            Refusal::Twice { .. } => "twice",
            Refusal::BadToken { .. } => "bad-token",
            Refusal::Engine { .. } => "engine-refused",
            Refusal::Content(_) => "content",
            Refusal::BadRequest(_) => "bad-request",
        }
    }

    /// Whether this refusal flags the call.
    pub fn flags(&self) -> bool {
        matches!(
            self,
            Refusal::OutOfOrder { .. }
                | Refusal::Twice { .. }
                | Refusal::BadToken { .. }
                | Refusal::Engine { .. }
                | Refusal::Late { .. }
        )
    }

    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let when = |t: i64| format!("{} UTC", crate::words::short_time(t));
        match self {
            Refusal::NoSuchExam(id) if ru => {
                format!("Экзамена {id} нет: проверьте номер в списке своих экзаменов.")
            }
            Refusal::NoSuchExam(id) => {
                format!("There is no exam {id}: check the number in the list of your exams.")
            }
            Refusal::NoSuchCall(id) if ru => {
                format!("Звонка {id} нет: проверьте номер в списке своих экзаменов.")
            }
            Refusal::NoSuchCall(id) => {
                format!("There is no call {id}: check the number in the list of your exams.")
            }
            Refusal::NotYours if ru => {
                "Этот экзамен выдан другому стажёру: войдите под своей учётной записью.".into()
            }
            Refusal::NotYours => {
                "This exam was issued to another trainee: log in with your own account.".into()
            }
            Refusal::NotInExam { scenario } if ru => format!(
                "Сценария «{scenario}» нет в этом экзамене: выберите сценарий из его списка."
            ),
            Refusal::NotInExam { scenario } => format!(
                "Scenario \"{scenario}\" is not part of this exam: choose one from its list."
            ),
            Refusal::NotOpenYet { opens_at } if ru => format!(
                "Экзамен откроется {}: начните звонок не раньше.",
                when(*opens_at)
            ),
            Refusal::NotOpenYet { opens_at } => format!(
                "The exam opens at {}: start the call then.",
                when(*opens_at)
            ),
            Refusal::Closed { closes_at } if ru => format!(
                "Экзамен закрылся {}: попросите экзаменатора выдать новый.",
                when(*closes_at)
            ),
            Refusal::Closed { closes_at } => format!(
                "The exam closed at {}: ask the assessor to issue a new one.",
                when(*closes_at)
            ),
            Refusal::Late { closes_at } if ru => format!(
                "Экзамен закрылся {}, и {} мин на завершение начатого звонка истекли: действие не принято, звонок отмечен для экзаменатора.",
                when(*closes_at),
                GRACE_MS / 60_000
            ),
            Refusal::Late { closes_at } => format!(
                "The exam closed at {} and the {} minutes a started call has to finish are over: the input is refused and the call is flagged for the assessor.",
                when(*closes_at),
                GRACE_MS / 60_000
            ),
            Refusal::Retake { scenario, call } if ru => format!(
                "Сценарий «{scenario}» в этом экзамене уже начат (звонок {call}): экзаменационный звонок не пересдают; прерванный звонок продолжают."
            ),
            Refusal::Retake { scenario, call } => format!(
                "Scenario \"{scenario}\" was already called in this exam (call {call}): an exam call is not taken again; an interrupted one is resumed."
            ),
            Refusal::Finished { call } if ru => {
                format!("Звонок {call} завершён и записан: его нельзя продолжить или изменить.")
            }
            Refusal::Finished { call } => {
                format!("Call {call} is finished and stored: it cannot be resumed or changed.")
            }
            Refusal::Flagged { call, reason } if ru => format!(
                "Звонок {call} отмечен для экзаменатора ({reason}) и больше не принимает действий: обратитесь к экзаменатору."
            ),
            Refusal::Flagged { call, reason } => format!(
                "Call {call} was flagged for the assessor ({reason}) and takes no more inputs: ask the assessor."
            ),
            Refusal::OutOfOrder { expected, got } if ru => format!(
                "Действие {got} пришло раньше действия {expected}: звонок отмечен для экзаменатора."
            ),
            Refusal::OutOfOrder { expected, got } => format!(
                "Input {got} arrived where input {expected} was due: the call is flagged for the assessor."
            ),
            Refusal::Twice { seq } if ru => {
                format!("Действие {seq} уже получено: повтор отмечает звонок для экзаменатора.")
            }
            Refusal::Twice { seq } => format!(
                "Input {seq} was received already: sent twice, it flags the call for the assessor."
            ),
            Refusal::BadToken { token, reason } if ru => {
                format!("«{token}» — не действие ({reason}): звонок отмечен для экзаменатора.")
            }
            Refusal::BadToken { token, reason } => format!(
                "\"{token}\" is not an input ({reason}): the call is flagged for the assessor."
            ),
            Refusal::Engine { token, reason } if ru => format!(
                "Сервер не принимает «{token}» ({reason}): звонок отмечен для экзаменатора."
            ),
            Refusal::Engine { token, reason } => format!(
                "The server's call refuses \"{token}\" ({reason}): the call is flagged for the assessor."
            ),
            Refusal::Content(e) if ru => {
                format!("Сценарий не загружается на сервере ({e}): сообщите экзаменатору.")
            }
            Refusal::Content(e) => {
                format!("The scenario does not load on the server ({e}): tell the assessor.")
            }
            Refusal::BadRequest(e) if ru => format!("Неверный запрос: {e}"),
            Refusal::BadRequest(e) => format!("Bad request: {e}"),
        }
    }
}

/// What can go wrong: a refusal (the trainee's or client's), or the database.
#[derive(Debug)]
pub enum ExamError {
    Refused(Refusal),
    Db(DbError),
}

impl From<DbError> for ExamError {
    fn from(e: DbError) -> Self {
        ExamError::Db(e)
    }
}

impl From<sqlx::Error> for ExamError {
    fn from(e: sqlx::Error) -> Self {
        ExamError::Db(DbError::Sql(e))
    }
}

impl From<Refusal> for ExamError {
    fn from(r: Refusal) -> Self {
        ExamError::Refused(r)
    }
}

impl std::fmt::Display for ExamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExamError::Refused(r) => f.write_str(&r.message(Lang::En)),
            ExamError::Db(e) => write!(f, "{e}"),
        }
    }
}

/// An exam to issue.
#[derive(Debug, Clone)]
pub struct Issue {
    pub trainee: String,
    pub scenarios: Vec<String>,
    /// Unix seconds, inclusive.
    pub opens_at: i64,
    /// Unix seconds, exclusive.
    pub closes_at: i64,
}

/// Why an exam was not issued: a rule of issuing (said in both languages, for the command
/// line and the `/exams` form alike), or the database.
#[derive(Debug)]
pub enum IssueError {
    Refused(Said),
    Db(DbError),
}

impl std::fmt::Display for IssueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IssueError::Refused(s) => f.write_str(&s.en),
            IssueError::Db(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for IssueError {}

impl From<DbError> for IssueError {
    fn from(e: DbError) -> Self {
        IssueError::Db(e)
    }
}

impl From<sqlx::Error> for IssueError {
    fn from(e: sqlx::Error) -> Self {
        IssueError::Db(DbError::Sql(e))
    }
}

impl From<IssueError> for DbError {
    fn from(e: IssueError) -> Self {
        match e {
            IssueError::Refused(s) => DbError::Refused(s.en),
            IssueError::Db(e) => e,
        }
    }
}

/// A time of an exam's window as typed: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, UTC; `what` names
/// the field (`("--from", "начало")`).
pub fn parse_window_time(s: &str, what: (&str, &str)) -> Result<i64, Said> {
    parse_time(s).map_err(|_| {
        Said::new(
            format!(
                "{} {:?}: write the time as YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)",
                what.0,
                s.trim()
            ),
            format!(
                "{} «{}»: укажите время как ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ (UTC)",
                what.1,
                s.trim()
            ),
        )
    })
}

/// Issues an exam (audited as `exam-issue`, in the same transaction); `actor` is the issuing
/// account (`None` for the command line). The one place for the rules of issuing: the issuer is
/// staff; the trainee has an active trainee account (to log in and take it); the window closes
/// after it opens; every scenario is listed once and loads, all under one protocol version, and
/// at least one is a sentinel of that protocol when it names any.
pub async fn issue(
    db: &Db,
    contents: &mut Contents,
    actor: Option<&User>,
    exam: &Issue,
) -> Result<i64, IssueError> {
    let refused = |en: String, ru: String| Err(IssueError::Refused(Said::new(en, ru)));
    if let Some(user) = actor
        && user.role == Role::Trainee
    {
        return refused(
            "a trainee does not issue exams: an assessor or administrator does".into(),
            "стажёр не выдаёт экзамены: их выдаёт оценщик или администратор".into(),
        );
    }
    if exam.trainee.is_empty()
        || exam.trainee.len() > 200
        || exam.trainee.chars().any(char::is_control)
    {
        return refused(
            format!(
                "{:?}: a trainee id is 1 to 200 characters, none of them control characters: choose the trainee",
                exam.trainee
            ),
            format!(
                "{:?}: id стажёра — от 1 до 200 символов, без управляющих: выберите стажёра",
                exam.trainee
            ),
        );
    }
    let active = sqlx::query(
        "SELECT COUNT(*) FROM users WHERE trainee = $1 AND role = 'trainee' AND active <> 0",
    )
    .bind(&exam.trainee)
    .fetch_one(&db.pool)
    .await?;
    if active.try_get::<i64, _>(0)? == 0 {
        return refused(
            format!(
                "trainee \"{}\" has no active trainee account, so could not log in to take the exam: add one (doverie assess user add LOGIN --role trainee --trainee {}, or the Accounts page) or choose another trainee",
                exam.trainee, exam.trainee
            ),
            format!(
                "у стажёра «{}» нет действующей учётной записи стажёра, и он не сможет войти и сдать экзамен: добавьте её (doverie assess user add ЛОГИН --role trainee --trainee {} или страница «Учётные записи») или выберите другого стажёра",
                exam.trainee, exam.trainee
            ),
        );
    }
    if exam.scenarios.is_empty() {
        return refused(
            "an exam needs at least one scenario: choose them (--scenarios a,b,...)".into(),
            "в экзамене должен быть хотя бы один сценарий: выберите их (--scenarios a,b,...)"
                .into(),
        );
    }
    if exam.closes_at <= exam.opens_at {
        return refused(
            "the exam's window closes before it opens: check its start and end (--from, --to)"
                .into(),
            "окно экзамена закрывается раньше, чем открывается: проверьте начало и конец (--from, --to)"
                .into(),
        );
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut protocol: Option<(String, String)> = None;
    let mut loaded = Vec::new();
    for s in &exam.scenarios {
        if !seen.insert(s.as_str()) {
            return refused(
                format!("scenario \"{s}\" is listed twice: an exam takes each scenario once"),
                format!("сценарий «{s}» указан дважды: каждый сценарий входит в экзамен один раз"),
            );
        }
        let l = match contents.get(s) {
            Ok(l) => l,
            Err(e) => {
                return refused(
                    format!("{e}: choose scenarios of the library"),
                    format!("сценарий «{s}» не загружается ({e}): выберите сценарии из библиотеки"),
                );
            }
        };
        let p = (l.protocol.id.clone(), l.protocol.version.clone());
        match &protocol {
            Some(first) if *first != p => {
                return refused(
                    format!(
                        "scenario \"{s}\" is under protocol {} {}, the others under {} {}: an exam is taken under one protocol version",
                        p.0, p.1, first.0, first.1
                    ),
                    format!(
                        "сценарий «{s}» идёт по протоколу {} {}, остальные — по {} {}: экзамен сдают по одной версии протокола",
                        p.0, p.1, first.0, first.1
                    ),
                );
            }
            _ => protocol = Some(p),
        }
        loaded.push(l);
    }
    if let Some(first) = loaded.first() {
        let c = &first.protocol.certification;
        let names_sentinels = !c.sentinel_scenarios.is_empty() || !c.sentinel_topics.is_empty();
        if names_sentinels && !loaded.iter().any(|l| is_sentinel(&l.protocol, &l.scenario)) {
            return refused(
                format!(
                    "none of these scenarios is a sentinel of protocol {}: certification needs one (sentinel scenarios: {})",
                    first.protocol.id,
                    c.sentinel_scenarios.join(", ")
                ),
                format!(
                    "ни один из этих сценариев не контрольный для протокола {}: для аттестации нужен хотя бы один (контрольные сценарии: {})",
                    first.protocol.id,
                    c.sentinel_scenarios.join(", ")
                ),
            );
        }
    }
    let scenarios = exam.scenarios.join(",");
    let now = audit::now();
    let mut tx = db.pool.begin().await?;
    let row = sqlx::query(
        "INSERT INTO exams (trainee, issued_by, scenarios, opens_at, closes_at, issued_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&exam.trainee)
    .bind(actor.map(|u| u.id))
    .bind(&scenarios)
    .bind(exam.opens_at)
    .bind(exam.closes_at)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id: i64 = row.try_get(0)?;
    let value = serde_json::json!({
        "trainee": exam.trainee,
        "scenarios": exam.scenarios,
        "opens_at": exam.opens_at,
        "closes_at": exam.closes_at,
    })
    .to_string();
    audit::record(
        &mut tx,
        Change {
            actor: actor.map(|u| u.id),
            action: "exam-issue",
            object: &format!("exam/{id}"),
            value: Some(&value),
            ..Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

fn exam_from_row(r: &sqlx::any::AnyRow) -> Result<Exam, DbError> {
    let scenarios: String = r.try_get("scenarios")?;
    Ok(Exam {
        id: r.try_get("id")?,
        trainee: r.try_get("trainee")?,
        issued_by: r.try_get("issued_by")?,
        scenarios: scenarios.split(',').map(str::to_string).collect(),
        opens_at: r.try_get("opens_at")?,
        closes_at: r.try_get("closes_at")?,
        issued_at: r.try_get("issued_at")?,
        calls: Vec::new(),
    })
}

const EXAM_COLUMNS: &str = "id, trainee, issued_by, scenarios, opens_at, closes_at, issued_at";

/// The exams issued to `trainee` (every exam for `None`), oldest first, with their calls.
pub async fn list(db: &Db, trainee: Option<&str>) -> Result<Vec<Exam>, DbError> {
    let rows = match trainee {
        Some(t) => {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {EXAM_COLUMNS} FROM exams WHERE trainee = $1 ORDER BY id"
            )))
            .bind(t)
            .fetch_all(&db.pool)
            .await?
        }
        None => {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {EXAM_COLUMNS} FROM exams ORDER BY id"
            )))
            .fetch_all(&db.pool)
            .await?
        }
    };
    let mut exams: Vec<Exam> = rows.iter().map(exam_from_row).collect::<Result<_, _>>()?;
    for e in &mut exams {
        e.calls = calls_of(db, e.id).await?;
    }
    Ok(exams)
}

async fn calls_of(db: &Db, exam: i64) -> Result<Vec<CallSummary>, DbError> {
    let rows = sqlx::query(
        "SELECT id, scenario, state, started_at, flag, attempt_id, clock_flag FROM exam_calls WHERE exam_id = $1 ORDER BY id",
    )
    .bind(exam)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let state: String = r.try_get(2)?;
            Ok(CallSummary {
                id: r.try_get(0)?,
                scenario: r.try_get(1)?,
                state: CallState::parse(&state)?,
                started_at: r.try_get(3)?,
                flag: r.try_get(4)?,
                attempt: r.try_get(5)?,
                clock_flag: r.try_get(6)?,
            })
        })
        .collect()
}

/// The exam call an attempt was recorded as, if the server recorded it: `(exam, call)`.
pub async fn call_of_attempt(db: &Db, attempt: i64) -> Result<Option<(i64, CallSummary)>, DbError> {
    let Some(r) = sqlx::query(
        "SELECT exam_id, id, scenario, state, started_at, flag, attempt_id, clock_flag FROM exam_calls WHERE attempt_id = $1",
    )
    .bind(attempt)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let state: String = r.try_get(3)?;
    Ok(Some((
        r.try_get(0)?,
        CallSummary {
            id: r.try_get(1)?,
            scenario: r.try_get(2)?,
            state: CallState::parse(&state)?,
            started_at: r.try_get(4)?,
            flag: r.try_get(5)?,
            attempt: r.try_get(6)?,
            clock_flag: r.try_get(7)?,
        },
    )))
}

/// One exam, if `user` may take it (its own trainee).
async fn exam_for(db: &Db, user: &User, exam: i64) -> Result<Exam, ExamError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {EXAM_COLUMNS} FROM exams WHERE id = $1"
    )))
    .bind(exam)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(Refusal::NoSuchExam(exam))?;
    let e = exam_from_row(&row)?;
    if user.role != Role::Trainee || user.trainee.as_deref() != Some(e.trainee.as_str()) {
        return Err(Refusal::NotYours.into());
    }
    Ok(e)
}

/// A call just started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Started {
    pub call: i64,
    pub seed: u64,
    pub scenario_hash: String,
    pub protocol_hash: String,
    /// Unix milliseconds.
    pub started_at: i64,
    /// The caller's first events.
    pub events: Vec<EventRecord>,
}

/// A seed from the operating system's generator: the trainee cannot choose or foresee it.
fn os_seed() -> Result<u64, DbError> {
    getrandom::u64().map_err(|e| {
        DbError::Io(format!(
            "the operating system gave no random seed ({e}); the call was not started"
        ))
    })
}

/// Starts the call of `scenario` in `exam` for `user` (its trainee), inside the exam's window;
/// a scenario already called in the exam is refused (no retake, no choosing among tries).
pub async fn start(
    db: &Db,
    contents: &tokio::sync::Mutex<Contents>,
    user: &User,
    exam: i64,
    scenario: &str,
    lang: Lang,
) -> Result<Started, ExamError> {
    start_at(db, contents, user, exam, scenario, lang, now_ms()).await
}

/// As [`start`], at `now` (Unix milliseconds): the server's clock, injected (tests set it).
pub async fn start_at(
    db: &Db,
    contents: &tokio::sync::Mutex<Contents>,
    user: &User,
    exam: i64,
    scenario: &str,
    lang: Lang,
    now: i64,
) -> Result<Started, ExamError> {
    let e = exam_for(db, user, exam).await?;
    if !e.scenarios.iter().any(|s| s == scenario) {
        return Err(Refusal::NotInExam {
            scenario: scenario.to_string(),
        }
        .into());
    }
    if now < e.opens_at * 1000 {
        return Err(Refusal::NotOpenYet {
            opens_at: e.opens_at,
        }
        .into());
    }
    if now >= e.closes_at * 1000 {
        return Err(Refusal::Closed {
            closes_at: e.closes_at,
        }
        .into());
    }
    let loaded = contents
        .lock()
        .await
        .get(scenario)
        .map_err(Refusal::Content)?;
    let seed = os_seed()?;
    let (_, events) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        lang,
        &e.trainee,
    );
    let mut tx = db.pool.begin().await?;
    // The unique (exam, scenario) makes a second start fail even when two race.
    let inserted = sqlx::query(
        "INSERT INTO exam_calls (exam_id, scenario, seed, scenario_hash, protocol_hash, locale, started_at, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'live')
         ON CONFLICT (exam_id, scenario) DO NOTHING RETURNING id",
    )
    .bind(exam)
    .bind(scenario)
    .bind(seed.to_string())
    .bind(&loaded.scenario.hash)
    .bind(&loaded.protocol.hash)
    .bind(lang.as_str())
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = inserted else {
        drop(tx);
        let existing =
            sqlx::query("SELECT id FROM exam_calls WHERE exam_id = $1 AND scenario = $2")
                .bind(exam)
                .bind(scenario)
                .fetch_one(&db.pool)
                .await?;
        return Err(Refusal::Retake {
            scenario: scenario.to_string(),
            call: existing.try_get(0)?,
        }
        .into());
    };
    let call: i64 = row.try_get(0)?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "exam-call-start",
            object: &format!("exam/{exam}/call/{call}"),
            value: Some(&format!("scenario {scenario}, seed {seed}")),
            ..Change::default()
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Started {
        call,
        seed,
        scenario_hash: loaded.scenario.hash.clone(),
        protocol_hash: loaded.protocol.hash.clone(),
        started_at: now,
        events: events
            .iter()
            .map(|ev| name_event(&loaded.scenario, &loaded.protocol, ev))
            .collect(),
    })
}

/// One input of a call's journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalInput {
    pub seq: i64,
    pub token: String,
    /// The client's call clock when it was sent, in milliseconds since the call started.
    pub call_ms: i64,
    /// Unix milliseconds when the server received it.
    pub received_at: i64,
}

/// A call as the server recorded it: enough for a client to resume it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub call: i64,
    pub exam: i64,
    pub scenario: String,
    pub seed: u64,
    pub scenario_hash: String,
    pub protocol_hash: String,
    pub lang: String,
    /// Unix milliseconds.
    pub started_at: i64,
    pub state: CallState,
    pub flag: Option<String>,
    pub attempt: Option<i64>,
    /// Why the client's call clock was not trusted (see [`CallSummary::clock_flag`]); an
    /// optional field of protocol version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_flag: Option<String>,
    /// Unix seconds: when the exam's window closes (inputs are taken until
    /// [`GRACE_MS`] after it); an optional field of protocol version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<i64>,
    pub inputs: Vec<JournalInput>,
}

struct CallRow {
    exam: i64,
    trainee: String,
    scenario: String,
    seed: u64,
    scenario_hash: String,
    protocol_hash: String,
    lang: Lang,
    started_at: i64,
    state: CallState,
    flag: Option<String>,
    attempt: Option<i64>,
    clock_flag: Option<String>,
    /// The exam's window's end, Unix seconds.
    closes_at: i64,
}

async fn call_row<'e, E>(executor: E, call: i64) -> Result<CallRow, ExamError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let r = sqlx::query(
        "SELECT c.exam_id, e.trainee, c.scenario, c.seed, c.scenario_hash, c.protocol_hash, c.locale,
                c.started_at, c.state, c.flag, c.attempt_id, c.clock_flag, e.closes_at
         FROM exam_calls c JOIN exams e ON e.id = c.exam_id WHERE c.id = $1",
    )
    .bind(call)
    .fetch_optional(executor)
    .await?
    .ok_or(Refusal::NoSuchCall(call))?;
    let seed: String = r.try_get(3)?;
    let lang: String = r.try_get(6)?;
    let state: String = r.try_get(8)?;
    Ok(CallRow {
        exam: r.try_get(0)?,
        trainee: r.try_get(1)?,
        scenario: r.try_get(2)?,
        seed: seed.parse().map_err(|_| {
            DbError::Refused(format!(
                "exam call {call}: its stored seed {seed:?} is not a number"
            ))
        })?,
        scenario_hash: r.try_get(4)?,
        protocol_hash: r.try_get(5)?,
        lang: lang.parse().unwrap_or_default(),
        started_at: r.try_get(7)?,
        state: CallState::parse(&state)?,
        flag: r.try_get(9)?,
        attempt: r.try_get(10)?,
        clock_flag: r.try_get(11)?,
        closes_at: r.try_get(12)?,
    })
}

fn check_owner(user: &User, row: &CallRow) -> Result<(), Refusal> {
    if user.role != Role::Trainee || user.trainee.as_deref() != Some(row.trainee.as_str()) {
        return Err(Refusal::NotYours);
    }
    Ok(())
}

async fn inputs_of<'e, E>(executor: E, call: i64) -> Result<Vec<JournalInput>, ExamError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let rows = sqlx::query(
        "SELECT seq, token, call_ms, received_at FROM exam_inputs WHERE call_id = $1 ORDER BY seq",
    )
    .bind(call)
    .fetch_all(executor)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(JournalInput {
                seq: r.try_get(0)?,
                token: r.try_get(1)?,
                call_ms: r.try_get(2)?,
                received_at: r.try_get(3)?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ExamError::from)
}

/// A call's journal, for its own trainee (to resume it) or for staff (to look at it).
pub async fn journal(db: &Db, user: &User, call: i64) -> Result<Journal, ExamError> {
    let row = call_row(&db.pool, call).await?;
    if user.role == Role::Trainee {
        check_owner(user, &row)?;
    }
    let inputs = inputs_of(&db.pool, call).await?;
    Ok(Journal {
        call,
        exam: row.exam,
        scenario: row.scenario,
        seed: row.seed,
        scenario_hash: row.scenario_hash,
        protocol_hash: row.protocol_hash,
        lang: row.lang.as_str().to_string(),
        started_at: row.started_at,
        state: row.state,
        flag: row.flag,
        attempt: row.attempt,
        clock_flag: row.clock_flag,
        closes_at: Some(row.closes_at),
        inputs,
    })
}

/// The server's call rebuilt from its journal: the content it was started on, replayed.
fn rebuild(loaded: &Loaded, row: &CallRow, inputs: &[JournalInput]) -> Result<Session, String> {
    if loaded.scenario.hash != row.scenario_hash || loaded.protocol.hash != row.protocol_hash {
        return Err(format!(
            "scenario \"{}\" or its protocol changed on the server since the call started",
            row.scenario
        ));
    }
    let (mut session, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        row.seed,
        row.lang,
        &row.trainee,
    );
    session.transcript.bind(
        (row.started_at / 1000) as u64,
        Recorded {
            exam: true,
            ..Recorded::default()
        },
        loaded.text_stamps(row.lang),
    );
    for i in inputs {
        let input = Input::parse_token(&i.token).map_err(|e| e.to_string())?;
        session
            .apply(input, None)
            .map_err(|e| format!("journalled input {} does not replay: {e}", i.seq))?;
    }
    Ok(session)
}

/// What an accepted input did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub seq: i64,
    /// The events it produced, in named form: the client compares them with its own.
    pub events: Vec<EventRecord>,
    /// Whether the call is over (it is then stored).
    pub over: bool,
    /// The attempt the finished call was stored as.
    pub attempt: Option<i64>,
}

/// An input as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub seq: i64,
    pub token: String,
    pub call_ms: i64,
}

/// Applies an input to the server's call: in order, once, before the call's deadline (the
/// window's close plus [`GRACE_MS`]), accepted by the server's engine, it is journalled with
/// the time it arrived; an input that ends the call stores it. A refusal that flags the call is
/// recorded (and audited) before it is returned. A client call clock off the server's by more
/// than the tolerances flags the call for the assessor without refusing the input.
pub async fn input(
    db: &Db,
    contents: &tokio::sync::Mutex<Contents>,
    user: &User,
    call: i64,
    sent: &Sent,
) -> Result<Applied, ExamError> {
    input_at(db, contents, user, call, sent, now_ms()).await
}

/// As [`input`], received at `received_at` (Unix milliseconds): the server's clock, injected
/// (tests set it).
pub async fn input_at(
    db: &Db,
    contents: &tokio::sync::Mutex<Contents>,
    user: &User,
    call: i64,
    sent: &Sent,
    received_at: i64,
) -> Result<Applied, ExamError> {
    let row = call_row(&db.pool, call).await?;
    check_owner(user, &row)?;
    let loaded = contents
        .lock()
        .await
        .get(&row.scenario)
        .map_err(Refusal::Content)?;
    let mut tx = db.pool.begin().await?;
    // Read again inside the transaction: the state and the journal it checks against.
    let row = call_row(&mut *tx, call).await?;
    match row.state {
        CallState::Live => {}
        CallState::Finished => return Err(Refusal::Finished { call }.into()),
        CallState::Flagged => {
            return Err(Refusal::Flagged {
                call,
                reason: row.flag.unwrap_or_default(),
            }
            .into());
        }
    }
    let inputs = inputs_of(&mut *tx, call).await?;
    let expected = inputs.len() as i64 + 1;
    let refusal = if received_at >= input_deadline(row.closes_at) {
        Some(Refusal::Late {
            closes_at: row.closes_at,
        })
    } else if sent.seq < expected {
        Some(Refusal::Twice { seq: sent.seq })
    } else if sent.seq > expected {
        Some(Refusal::OutOfOrder {
            expected,
            got: sent.seq,
        })
    } else {
        None
    };
    let parsed = match Input::parse_token(&sent.token) {
        Ok(Input::Wait { seconds: 0 }) => Err("a silence of 0 s is not an input".to_string()),
        Ok(i) => Ok(i),
        Err(e) => Err(e.to_string()),
    };
    let parsed = match (refusal, parsed) {
        (Some(r), _) => return flag(tx, user, call, r).await,
        (None, Err(reason)) => {
            let r = Refusal::BadToken {
                token: sent.token.clone(),
                reason,
            };
            return flag(tx, user, call, r).await;
        }
        (None, Ok(input)) => input,
    };
    let mut session = match rebuild(&loaded, &row, &inputs) {
        Ok(s) => s,
        Err(e) => return Err(Refusal::Content(e).into()),
    };
    let events = match session.apply(parsed, None) {
        Ok(events) => events,
        Err(e) => {
            let r = Refusal::Engine {
                token: sent.token.clone(),
                reason: e.to_string(),
            };
            return flag(tx, user, call, r).await;
        }
    };
    let stored = sqlx::query(
        "INSERT INTO exam_inputs (call_id, seq, token, call_ms, received_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (call_id, seq) DO NOTHING RETURNING seq",
    )
    .bind(call)
    .bind(sent.seq)
    .bind(&sent.token)
    .bind(sent.call_ms)
    .bind(received_at)
    .fetch_optional(&mut *tx)
    .await?;
    if stored.is_none() {
        // Another request journalled this input first (both were checked against the same
        // journal).
        drop(tx);
        let tx = db.pool.begin().await?;
        return flag(tx, user, call, Refusal::Twice { seq: sent.seq }).await;
    }
    if row.clock_flag.is_none()
        && let Some(reason) = clock_check(sent.seq, sent.call_ms, received_at - row.started_at)
    {
        flag_clock(&mut tx, user, call, &reason).await?;
    }
    let over = session.is_over();
    let attempt = if over {
        Some(store_attempt(&mut tx, db, &loaded, &row, call, &session, user).await?)
    } else {
        None
    };
    tx.commit().await?;
    Ok(Applied {
        seq: sent.seq,
        events: named(&loaded, &events),
        over,
        attempt,
    })
}

fn named(loaded: &Loaded, events: &[Stamped]) -> Vec<EventRecord> {
    events
        .iter()
        .map(|e| name_event(&loaded.scenario, &loaded.protocol, e))
        .collect()
}

/// Notes on a live call that its client's clock was not trusted (audited as
/// `exam-call-clock`); the call goes on taking inputs. Only the first such note is kept.
async fn flag_clock(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user: &User,
    call: i64,
    reason: &str,
) -> Result<(), ExamError> {
    sqlx::query("UPDATE exam_calls SET clock_flag = $1 WHERE id = $2 AND clock_flag IS NULL")
        .bind(reason)
        .bind(call)
        .execute(&mut **tx)
        .await?;
    audit::record(
        tx,
        Change {
            actor: Some(user.id),
            action: "exam-call-clock",
            object: &format!("exam-call/{call}"),
            value: Some("clock not trusted"),
            reason: Some(reason),
            ..Change::default()
        },
    )
    .await?;
    Ok(())
}

/// Flags the call with `refusal`'s reason (audited), commits, and returns the refusal.
async fn flag<T>(
    mut tx: sqlx::Transaction<'_, sqlx::Any>,
    user: &User,
    call: i64,
    refusal: Refusal,
) -> Result<T, ExamError> {
    let reason = refusal.message(Lang::En);
    sqlx::query(
        "UPDATE exam_calls SET state = 'flagged', flag = $1 WHERE id = $2 AND state = 'live'",
    )
    .bind(&reason)
    .bind(call)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Change {
            actor: Some(user.id),
            action: "exam-call-flag",
            object: &format!("exam-call/{call}"),
            previous: Some("live"),
            value: Some("flagged"),
            reason: Some(&reason),
        },
    )
    .await?;
    tx.commit().await?;
    Err(refusal.into())
}

/// Leaves a call: a call that is over was stored with its last input; one still open is stored
/// now as it stands (an exam call left unfinished counts as abandoned). Returns the attempt.
pub async fn finish(
    db: &Db,
    contents: &tokio::sync::Mutex<Contents>,
    user: &User,
    call: i64,
) -> Result<i64, ExamError> {
    let row = call_row(&db.pool, call).await?;
    check_owner(user, &row)?;
    let loaded = contents
        .lock()
        .await
        .get(&row.scenario)
        .map_err(Refusal::Content)?;
    let mut tx = db.pool.begin().await?;
    let row = call_row(&mut *tx, call).await?;
    match row.state {
        CallState::Live => {}
        CallState::Finished => return Err(Refusal::Finished { call }.into()),
        CallState::Flagged => {
            return Err(Refusal::Flagged {
                call,
                reason: row.flag.unwrap_or_default(),
            }
            .into());
        }
    }
    let inputs = inputs_of(&mut *tx, call).await?;
    let session = rebuild(&loaded, &row, &inputs).map_err(Refusal::Content)?;
    let attempt = store_attempt(&mut tx, db, &loaded, &row, call, &session, user).await?;
    tx.commit().await?;
    Ok(attempt)
}

/// Verifies the server's call by replay, stores it as an exam attempt recorded by the server,
/// and marks the call finished (audited).
async fn store_attempt(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    db: &Db,
    loaded: &Loaded,
    row: &CallRow,
    call: i64,
    session: &Session,
    user: &User,
) -> Result<i64, ExamError> {
    let t: &Transcript = &session.transcript;
    let (replayed, events) = t
        .replay(&loaded.scenario, &loaded.protocol)
        .map_err(|e| Refusal::Content(format!("the server's own record does not replay: {e}")))?;
    let card = replayed.is_over().then(|| {
        doverie_core::score::score(
            &loaded.scenario,
            &loaded.protocol,
            &events,
            &replayed.state.vars,
        )
    });
    let card_json = card
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| DbError::Io(format!("the scorecard does not serialise: {e}")))?;
    let now = audit::now();
    let values = crate::import::AttemptRow {
        key: crate::call_key(t),
        transcript: t,
        text: t.to_json(),
        mode: crate::Mode::Exam,
        mode_source: "server",
        card: card.as_ref(),
        card_json,
        sentinel: is_sentinel(&loaded.protocol, &loaded.scenario),
        imported_at: now,
        recorded_at: Some(row.started_at / 1000),
        source: format!("exam/{}/call/{call}", row.exam),
        centre: String::new(),
    };
    let attempt = crate::import::insert_attempt(tx, db.backend, values).await?;
    sqlx::query("UPDATE exam_calls SET state = 'finished', attempt_id = $1 WHERE id = $2")
        .bind(attempt)
        .bind(call)
        .execute(&mut **tx)
        .await?;
    audit::record(
        tx,
        Change {
            actor: Some(user.id),
            action: "exam-call-finish",
            object: &format!("exam-call/{call}"),
            previous: Some("live"),
            value: Some(&format!("attempt/{attempt}")),
            ..Change::default()
        },
    )
    .await?;
    Ok(attempt)
}
