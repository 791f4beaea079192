//! Logging in and out: `/` (the login form, or the role's home once logged in), `POST /login`,
//! `POST /logout`; and the bar at the top of every page (who is logged in, where they may go,
//! the logout button).

use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use doverie_core::locale::Lang;
use maud::{Markup, html};
use serde::Deserialize;

use crate::accounts::{Csrf, Role, User};
use crate::report::Format;
use crate::serve::{AppState, Params};
use crate::session;

/// This module's words in Russian and English.
pub(crate) fn say(lang: Lang, key: &str) -> &'static str {
    let (en, ru) = match key {
        "title" => ("doverie: assessor's records", "doverie: записи оценщика"),
        "log-in" => ("Log in", "Вход"),
        "login" => ("Login", "Логин"),
        "password" => ("Password", "Пароль"),
        "enter" => ("Log in", "Войти"),
        "log-out" => ("Log out", "Выйти"),
        "refused" => ("Wrong login or password.", "Неверный логин или пароль."),
        "locked" => (
            "Too many failed attempts for this login: wait 15 minutes and try again, or ask an administrator to reset the password.",
            "Слишком много неудачных попыток для этого логина: подождите 15 минут и попробуйте снова или попросите администратора сменить пароль.",
        ),
        "cohort" => ("Cohort", "Группа"),
        "my-attempts" => ("My attempts", "Мои попытки"),
        "users" => ("Accounts", "Учётные записи"),
        "exams" => ("Exams", "Экзамены"),
        "audit" => ("Audit log", "Журнал изменений"),
        "administrator" => ("administrator", "администратор"),
        "assessor" => ("assessor", "оценщик"),
        "trainee" => ("trainee", "стажёр"),
        "no-attempts" => (
            "No attempt of yours is stored yet.",
            "Ваших попыток пока нет.",
        ),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

pub(crate) fn role_name(lang: Lang, role: Role) -> &'static str {
    say(lang, role.as_str())
}

/// The bar at the top of a page for `user`: the pages their role may open and the logout form.
pub(crate) fn bar(user: &User, csrf: &Csrf, lang: Lang) -> Markup {
    let l = lang.as_str();
    html! {
        nav style="display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:1px solid #999;padding:.3rem 0;margin-bottom:.5rem" {
            @match user.role {
                Role::Administrator | Role::Assessor => {
                    a href={ "/?lang=" (l) } { (say(lang, "cohort")) }
                    a href={ "/exams?lang=" (l) } { (say(lang, "exams")) }
                    @for (path, label) in crate::agreement_page::nav(lang) {
                        a href={ (path) "?lang=" (l) } { (label) }
                    }
                }
                Role::Trainee => {
                    @if let Some(t) = &user.trainee {
                        a href={ "/trainee/" (t) "?lang=" (l) } { (say(lang, "my-attempts")) }
                    }
                }
            }
            @if user.role == Role::Administrator {
                a href={ "/users?lang=" (l) } { (say(lang, "users")) }
                a href={ "/audit?lang=" (l) } { (say(lang, "audit")) }
            }
            span style="margin-left:auto" { (user.login) " (" (role_name(lang, user.role)) ")" }
            form method="post" action="/logout" style="margin:0" {
                (csrf.field())
                input type="hidden" name="lang" value=(l);
                button type="submit" { (say(lang, "log-out")) }
            }
        }
    }
}

/// Puts [`bar`] at the top of a page rendered elsewhere (the reports).
pub(crate) fn with_bar(page: String, user: &User, csrf: &Csrf, lang: Lang) -> String {
    match page.split_once("<body>") {
        Some((head, rest)) => format!("{head}<body>{}{rest}", bar(user, csrf, lang).into_string()),
        None => page,
    }
}

/// The response headers every page of this server carries.
pub(crate) const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; media-src data:; form-action 'self'; frame-ancestors 'none'";

/// An HTML page with its headers.
pub(crate) fn html_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

fn login_page(lang: Lang, message: Option<&str>, login: &str) -> String {
    let l = lang.as_str();
    crate::report::page(
        lang,
        say(lang, "title"),
        html! {
            h1 { (say(lang, "log-in")) }
            p.meta {
                a href="/?lang=ru" { "Русский" } " · " a href="/?lang=en" { "English" }
            }
            @if let Some(m) = message {
                p.bad role="alert" { (m) }
            }
            form method="post" action="/login" {
                input type="hidden" name="lang" value=(l);
                p {
                    label for="login" { (say(lang, "login")) } br;
                    input id="login" name="login" autocomplete="username" required value=(login);
                }
                p {
                    label for="password" { (say(lang, "password")) } br;
                    input id="password" name="password" type="password" autocomplete="current-password" required;
                }
                p { button type="submit" { (say(lang, "enter")) } }
            }
        },
    )
}

/// `/`: the login form, or the role's home: the cohort for staff, their own attempts for a
/// trainee.
async fn home(
    State(app): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<Params>,
) -> Response {
    let lang = p.lang();
    match session::current(&app.db, &headers).await {
        Ok(None) => html_response(StatusCode::OK, login_page(lang, None, "")),
        Ok(Some((user, csrf))) => match user.role {
            Role::Administrator | Role::Assessor => {
                crate::serve::page(&app, &user, &csrf, "cohort", None, Format::Html, &p).await
            }
            Role::Trainee => match &user.trainee {
                Some(t) => {
                    let has_any = crate::attempts::list(
                        &app.db,
                        &crate::attempts::Filter {
                            trainee: Some(t.clone()),
                            ..Default::default()
                        },
                    )
                    .await;
                    match has_any {
                        Ok(list) if !list.is_empty() => {
                            Redirect::to(&format!("/trainee/{t}?lang={}", lang.as_str()))
                                .into_response()
                        }
                        Ok(_) => html_response(
                            StatusCode::OK,
                            with_bar(
                                crate::report::page(
                                    lang,
                                    say(lang, "title"),
                                    html! { p { (say(lang, "no-attempts")) } },
                                ),
                                &user,
                                &csrf,
                                lang,
                            ),
                        ),
                        Err(e) => {
                            (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
                        }
                    }
                }
                None => (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "a trainee account without a trainee id",
                )
                    .into_response(),
            },
        },
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    lang: Option<String>,
}

/// `POST /login`.
async fn login(State(app): State<AppState>, Form(f): Form<LoginForm>) -> Response {
    let lang = f
        .lang
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default();
    let policy = app.login;
    // What is counted and shown: the login as typed, bounded.
    let login: String = f.login.trim().chars().take(64).collect();
    let failed =
        |e: crate::db::DbError| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response();
    let before = match session::recent_failures(&app.db, &login, &policy).await {
        Ok(n) => n,
        Err(e) => return failed(e),
    };
    if before >= policy.max_failures {
        tokio::time::sleep(policy.max_delay).await;
        return html_response(
            StatusCode::TOO_MANY_REQUESTS,
            login_page(lang, Some(say(lang, "locked")), &login),
        );
    }
    let dummy = app
        .dummy
        .get_or_init(|| async move {
            crate::users::stand_in_hash(policy.cost)
                .await
                .unwrap_or_default()
        })
        .await;
    let user = match crate::users::check_password(&app.db, &login, &f.password, dummy).await {
        Ok(u) => u,
        Err(e) => return failed(e),
    };
    match user {
        Some(user) => {
            // A login with recent failures is slowed for the right password too, so that the
            // answer's time does not tell a guess that hit from one that missed.
            tokio::time::sleep(policy.delay(before)).await;
            let token = match session::open(&app.db, &user, &policy).await {
                Ok(t) => t,
                Err(e) => return failed(e),
            };
            (
                [(
                    header::SET_COOKIE,
                    session::cookie(&token, &policy, app.secure),
                )],
                Redirect::to(&format!("/?lang={}", lang.as_str())),
            )
                .into_response()
        }
        None => {
            let failures = match session::record_failure(&app.db, &login, &policy).await {
                Ok(n) => n,
                Err(e) => return failed(e),
            };
            tokio::time::sleep(policy.delay(failures)).await;
            html_response(
                StatusCode::UNAUTHORIZED,
                login_page(lang, Some(say(lang, "refused")), &login),
            )
        }
    }
}

#[derive(Debug, Deserialize)]
struct LogoutForm {
    lang: Option<String>,
}

/// `POST /logout` (behind the login layer, which has checked the form's `csrf`).
async fn logout(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    headers: HeaderMap,
    Form(f): Form<LogoutForm>,
) -> Response {
    let lang: Lang = f
        .lang
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default();
    if let Some(token) = session::token_of(&headers)
        && let Err(e) = session::close(&app.db, &token, &user).await
    {
        return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response();
    }
    (
        [(
            header::SET_COOKIE,
            session::cookie("", &app.login, app.secure),
        )],
        Redirect::to(&format!("/?lang={}", lang.as_str())),
    )
        .into_response()
}

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/login", get(|| async { Redirect::to("/") }).post(login))
        .route("/logout", post(logout))
}
