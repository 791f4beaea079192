//! The `/exams` page, for assessors and administrators: every exam issued (its trainee,
//! scenarios, window, and the state of each call, with its flags and a link to the attempt it
//! was stored as), and the form that issues one (`POST /exams`, CSRF-checked by the login
//! layer). Issuing goes through [`exam::issue`], the one place for its rules, which the command
//! line uses too; a refusal shows the form again, as typed, with the reason in the reader's
//! language. The attempt page's note on the exam call it was recorded as is here too.
//!
//! Architecture invariant: this module decides no rule of issuing or of a call; it only reads
//! the form, calls `exam`, and renders.

use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use doverie_core::locale::Lang;
use doverie_core::score::certify::is_sentinel;
use maud::{Markup, html};
use serde::Deserialize;

use crate::accounts::{Csrf, Role, User};
use crate::db::DbError;
use crate::exam::{self, CallState, Exam, IssueError};
use crate::login::{bar, html_response};
use crate::serve::{App, AppState};
use crate::words::short_time;

/// This module's words in English and Russian.
fn say(lang: Lang, key: &str) -> &'static str {
    let (en, ru) = match key {
        "exams" => ("Exams", "Экзамены"),
        "exam" => ("Exam", "Экзамен"),
        "trainee" => ("Trainee", "Стажёр"),
        "window" => ("Window (UTC)", "Окно (UTC)"),
        "calls" => ("Scenarios and calls", "Сценарии и звонки"),
        "issued" => ("Issued (UTC)", "Выдан (UTC)"),
        "none" => ("No exam has been issued yet.", "Экзаменов пока не выдано."),
        "not-started" => ("not started", "не начат"),
        "live" => ("live", "идёт"),
        "finished" => ("finished", "завершён"),
        "flagged" => ("flagged", "отмечен"),
        "call" => ("call", "звонок"),
        "attempt" => ("attempt", "попытка"),
        "clock" => ("clock not trusted", "часам клиента нельзя верить"),
        "open" => ("open", "открыт"),
        "not-open-yet" => ("not open yet", "ещё не открыт"),
        "closed" => ("closed", "закрыт"),
        "issue" => ("Issue an exam", "Выдать экзамен"),
        "issue-button" => ("Issue", "Выдать"),
        "choose-trainee" => ("choose a trainee", "выберите стажёра"),
        "no-trainees" => (
            "There is no active trainee account: add one on the Accounts page (or with doverie assess user add) first.",
            "Нет ни одной действующей учётной записи стажёра: сначала добавьте её на странице «Учётные записи» (или командой doverie assess user add).",
        ),
        "scenarios" => ("Scenarios", "Сценарии"),
        "sentinel" => (
            "sentinel: certification needs one in the exam",
            "контрольный: для аттестации в экзамене нужен хотя бы один",
        ),
        "does-not-load" => ("does not load on the server", "не загружается на сервере"),
        "from" => ("Opens (UTC)", "Открывается (UTC)"),
        "to" => ("Closes (UTC)", "Закрывается (UTC)"),
        "grace" => (
            "A call started before the close may take inputs for 30 more minutes; later inputs are refused and flag the call.",
            "Звонок, начатый до закрытия, принимает действия ещё 30 минут; более поздние отклоняются и отмечают звонок.",
        ),
        "done" => ("Exam {} was issued.", "Экзамен {} выдан."),
        "staff-only" => (
            "This page is for assessors and administrators.",
            "Эта страница для оценщиков и администраторов.",
        ),
        "exam-call" => ("Recorded by the server", "Записано сервером"),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

fn lang_of(lang: Option<&str>) -> Lang {
    lang.and_then(|l| l.parse().ok()).unwrap_or_default()
}

fn staff_only(lang: Lang) -> Response {
    (StatusCode::FORBIDDEN, say(lang, "staff-only")).into_response()
}

fn server_error(e: DbError) -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
}

/// What the form holds: as typed, kept when the form comes back with a refusal.
#[derive(Debug, Default)]
struct Typed {
    trainee: String,
    scenarios: Vec<String>,
    from: String,
    to: String,
}

impl Typed {
    /// An empty form: the window from now (to the minute) to eight hours later.
    fn fresh() -> Typed {
        let now = crate::audit::now();
        let field = |t: i64| short_time(t).replacen(' ', "T", 1);
        Typed {
            from: field(now),
            to: field(now + 8 * 3600),
            ..Typed::default()
        }
    }

    /// The form's fields; `scenario` is repeated, one per box ticked.
    fn read(pairs: &[(String, String)]) -> Typed {
        let mut t = Typed::default();
        for (k, v) in pairs {
            match k.as_str() {
                "trainee" => t.trainee = v.trim().to_string(),
                "scenario" => t.scenarios.push(v.trim().to_string()),
                "from" => t.from = v.trim().to_string(),
                "to" => t.to = v.trim().to_string(),
                _ => {}
            }
        }
        t
    }
}

/// A scenario of the library as the form offers it: `Some(sentinel?)` when it loads.
type Offered = (String, Option<bool>);

fn state_word(lang: Lang, state: CallState) -> &'static str {
    match state {
        CallState::Live => say(lang, "live"),
        CallState::Finished => say(lang, "finished"),
        CallState::Flagged => say(lang, "flagged"),
    }
}

fn window_word(lang: Lang, e: &Exam, now: i64) -> &'static str {
    if now < e.opens_at {
        say(lang, "not-open-yet")
    } else if now < e.closes_at {
        say(lang, "open")
    } else {
        say(lang, "closed")
    }
}

/// The list of exams, newest first.
fn listing(lang: Lang, exams: &[Exam]) -> Markup {
    let l = lang.as_str();
    let now = crate::audit::now();
    html! {
        @if exams.is_empty() {
            p.meta { (say(lang, "none")) }
        } @else {
            table #exams {
                tr {
                    th { (say(lang, "exam")) } th { (say(lang, "trainee")) }
                    th { (say(lang, "window")) } th { (say(lang, "calls")) } th { (say(lang, "issued")) }
                }
                @for e in exams.iter().rev() {
                    tr data-exam=(e.id) {
                        td { (e.id) }
                        td { a href={ "/trainee/" (e.trainee) "?lang=" (l) } { (e.trainee) } }
                        td {
                            (short_time(e.opens_at)) " — " (short_time(e.closes_at))
                            br; small.meta { (window_word(lang, e, now)) }
                        }
                        td {
                            ul style="margin:0;padding-left:1.2rem" {
                                @for s in &e.scenarios {
                                    li data-scenario=(s) {
                                        (s) ": "
                                        @match e.calls.iter().find(|c| &c.scenario == s) {
                                            None => span.state { (say(lang, "not-started")) },
                                            Some(c) => {
                                                span.state { (state_word(lang, c.state)) }
                                                " (" (say(lang, "call")) " " (c.id) ", " (short_time(c.started_at / 1000)) ")"
                                                @if let Some(a) = c.attempt {
                                                    " " a href={ "/attempt/" (a) "?lang=" (l) } { (say(lang, "attempt")) " " (a) }
                                                }
                                                @if let Some(f) = &c.flag {
                                                    br; small.bad { (f) }
                                                }
                                                @if let Some(f) = &c.clock_flag {
                                                    br; small.bad { (say(lang, "clock")) ": " (f) }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        td { (short_time(e.issued_at)) }
                    }
                }
            }
        }
    }
}

/// The form that issues an exam, holding `typed`.
fn form(
    lang: Lang,
    csrf: &Csrf,
    trainees: &[String],
    offered: &[Offered],
    typed: &Typed,
) -> Markup {
    let l = lang.as_str();
    html! {
        h2 { (say(lang, "issue")) }
        @if trainees.is_empty() {
            p.bad { (say(lang, "no-trainees")) }
        }
        form #issue method="post" action="/exams" {
            (csrf.field())
            input type="hidden" name="lang" value=(l);
            p {
                label for="exam-trainee" { (say(lang, "trainee")) } br;
                select id="exam-trainee" name="trainee" required {
                    option value="" { "— " (say(lang, "choose-trainee")) " —" }
                    @for t in trainees {
                        option value=(t) selected[*t == typed.trainee] { (t) }
                    }
                    // A trainee typed but no longer active stays shown, so nothing is lost.
                    @if !typed.trainee.is_empty() && !trainees.contains(&typed.trainee) {
                        option value=(typed.trainee) selected { (typed.trainee) }
                    }
                }
            }
            fieldset {
                legend { (say(lang, "scenarios")) }
                @for (id, sentinel) in offered {
                    label style="display:block" {
                        input type="checkbox" name="scenario" value=(id)
                            checked[typed.scenarios.contains(id)] disabled[sentinel.is_none()];
                        " " (id)
                        @match sentinel {
                            Some(true) => { " " strong.sentinel title=(say(lang, "sentinel")) { "⚑ " (say(lang, "sentinel")) } },
                            Some(false) => {},
                            None => { " " small.bad { (say(lang, "does-not-load")) } },
                        }
                    }
                }
            }
            p {
                label for="exam-from" { (say(lang, "from")) } br;
                input id="exam-from" name="from" type="datetime-local" required value=(typed.from);
            }
            p {
                label for="exam-to" { (say(lang, "to")) } br;
                input id="exam-to" name="to" type="datetime-local" required value=(typed.to);
                br; small.meta { (say(lang, "grace")) }
            }
            p { button type="submit" { (say(lang, "issue-button")) } }
        }
    }
}

/// The page: the exams, then the form holding `typed`, with `message` (`(ok, text)`) above.
async fn render(
    app: &App,
    user: &User,
    csrf: &Csrf,
    lang: Lang,
    typed: &Typed,
    message: Option<(bool, String)>,
) -> Result<String, DbError> {
    let exams = exam::list(&app.db, None).await?;
    let mut trainees: Vec<String> = crate::users::list(&app.db)
        .await?
        .into_iter()
        .filter(|a| a.active && a.user.role == Role::Trainee)
        .filter_map(|a| a.user.trainee)
        .collect();
    trainees.sort();
    trainees.dedup();
    let offered: Vec<Offered> = {
        let mut contents = app.contents.lock().await;
        contents
            .scenario_ids()
            .into_iter()
            .map(|id| {
                let sentinel = contents
                    .get(&id)
                    .ok()
                    .map(|l| is_sentinel(&l.protocol, &l.scenario));
                (id, sentinel)
            })
            .collect()
    };
    let title = say(lang, "exams");
    let body = html! {
        (bar(user, csrf, lang))
        h1 { (title) }
        @if let Some((ok, m)) = &message {
            p class=(if *ok { "ok" } else { "bad" }) role=(if *ok { "status" } else { "alert" }) { (m) }
        }
        (listing(lang, &exams))
        (form(lang, csrf, &trainees, &offered, typed))
    };
    Ok(crate::report::page(lang, title, body))
}

#[derive(Debug, Deserialize)]
struct ExamsParams {
    lang: Option<String>,
    /// The exam just issued.
    done: Option<i64>,
}

/// `GET /exams`.
async fn exams_get(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Query(p): Query<ExamsParams>,
) -> Response {
    let lang = lang_of(p.lang.as_deref());
    if user.role == Role::Trainee {
        return staff_only(lang);
    }
    let message = p
        .done
        .map(|id| (true, say(lang, "done").replace("{}", &id.to_string())));
    match render(&app, &user, &csrf, lang, &Typed::fresh(), message).await {
        Ok(page) => html_response(StatusCode::OK, page),
        Err(e) => server_error(e),
    }
}

/// `POST /exams` (the login layer has checked the form's `csrf`): issues the exam and goes
/// back to the list (303, so reloading does not issue it again); a refusal shows the form as
/// typed with the reason.
async fn exams_post(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let lang = lang_of(
        pairs
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str()),
    );
    if user.role == Role::Trainee {
        return staff_only(lang);
    }
    let typed = Typed::read(&pairs);
    let window = exam::parse_window_time(&typed.from, ("the start", "начало")).and_then(|from| {
        exam::parse_window_time(&typed.to, ("the end", "конец")).map(|to| (from, to))
    });
    let outcome = match window {
        Ok((opens_at, closes_at)) => {
            let issue = exam::Issue {
                trainee: typed.trainee.clone(),
                scenarios: typed.scenarios.clone(),
                opens_at,
                closes_at,
            };
            let mut contents = app.contents.lock().await;
            exam::issue(&app.db, &mut contents, Some(&user), &issue).await
        }
        Err(said) => Err(IssueError::Refused(said)),
    };
    match outcome {
        Ok(id) => Redirect::to(&format!("/exams?lang={}&done={id}", lang.as_str())).into_response(),
        Err(IssueError::Refused(said)) => {
            let message = Some((false, said.get(lang).to_string()));
            match render(&app, &user, &csrf, lang, &typed, message).await {
                Ok(page) => html_response(StatusCode::BAD_REQUEST, page),
                Err(e) => server_error(e),
            }
        }
        Err(IssueError::Db(e)) => server_error(e),
    }
}

/// The attempt page's note, for staff, on the exam call the attempt was recorded as: the exam,
/// the call, and why its client's clock was not trusted, if it was not. Empty for an attempt
/// the server did not record.
pub(crate) async fn attempt_section(
    app: &App,
    attempt: i64,
    lang: Lang,
) -> Result<Markup, DbError> {
    let Some((exam_id, call)) = exam::call_of_attempt(&app.db, attempt).await? else {
        return Ok(html! {});
    };
    let l = lang.as_str();
    Ok(html! {
        section #exam-call {
            h2 { (say(lang, "exam-call")) }
            p {
                a href={ "/exams?lang=" (l) } { (say(lang, "exam")) " " (exam_id) } ", "
                (say(lang, "call")) " " (call.id) " (" (call.scenario) ", " (short_time(call.started_at / 1000)) " UTC): "
                (state_word(lang, call.state))
            }
            @if let Some(f) = &call.clock_flag {
                p.bad role="alert" { (say(lang, "clock")) ": " (f) }
            }
        }
    })
}

pub(crate) fn routes() -> Router<AppState> {
    Router::new().route("/exams", get(exams_get).post(exams_post))
}
