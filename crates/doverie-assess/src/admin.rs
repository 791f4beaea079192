//! The administrator's pages: `/audit` (the log, filterable by object) and `/users` (the
//! accounts: add, disable, set a password; each audited with the administrator as actor).

use std::collections::HashMap;

use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use doverie_core::locale::Lang;
use maud::{Markup, html};
use serde::Deserialize;

use crate::accounts::{Csrf, Role, User};
use crate::db::DbError;
use crate::login::{bar, html_response, role_name};
use crate::serve::AppState;
use crate::users;

/// The most entries the audit page shows at once.
const AUDIT_PAGE: i64 = 500;

fn say(lang: Lang, key: &str) -> &'static str {
    let (en, ru) = match key {
        "audit" => ("Audit log", "Журнал изменений"),
        "users" => ("Accounts", "Учётные записи"),
        "object" => ("Object", "Объект"),
        "filter" => ("Show", "Показать"),
        "all" => ("all", "все"),
        "when" => ("When (UTC)", "Когда (UTC)"),
        "who" => ("Who", "Кто"),
        "action" => ("Action", "Действие"),
        "previous" => ("Before", "Было"),
        "value" => ("After", "Стало"),
        "reason" => ("Reason", "Причина"),
        "command-line" => ("command line", "командная строка"),
        "newest" => (
            "Newest first; at most 500 entries: filter by object to see older ones.",
            "Сначала новые; не больше 500 записей: чтобы увидеть старые, выберите объект.",
        ),
        "login" => ("Login", "Логин"),
        "role" => ("Role", "Роль"),
        "trainee-id" => ("Trainee id", "Id стажёра"),
        "state" => ("State", "Состояние"),
        "active" => ("active", "активна"),
        "disabled" => ("disabled", "отключена"),
        "add" => ("Add an account", "Добавить учётную запись"),
        "add-button" => ("Add", "Добавить"),
        "password" => (
            "Password (at least 10 characters)",
            "Пароль (не меньше 10 символов)",
        ),
        "trainee-hint" => (
            "for a trainee: the id their attempts are stored under (default: the login)",
            "для стажёра: id, под которым хранятся его попытки (по умолчанию логин)",
        ),
        "disable" => ("Disable", "Отключить"),
        "new-password" => ("Set password", "Сменить пароль"),
        "done-add" => ("The account was added.", "Учётная запись добавлена."),
        "done-disable" => ("The account was disabled.", "Учётная запись отключена."),
        "done-password" => ("The password was set.", "Пароль изменён."),
        "unknown-action" => (
            "Unknown action: use the buttons of this page.",
            "Неизвестное действие: пользуйтесь кнопками этой страницы.",
        ),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

fn lang_of(lang: &Option<String>) -> Lang {
    lang.as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

fn administrators_only(lang: Lang) -> Response {
    let text = match lang {
        Lang::En => "This page is for administrators.",
        Lang::Ru => "Эта страница для администраторов.",
    };
    (StatusCode::FORBIDDEN, text).into_response()
}

fn server_error(e: DbError) -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
}

fn page(user: &User, csrf: &Csrf, lang: Lang, title: &str, body: Markup) -> Response {
    let body = html! { (bar(user, csrf, lang)) h1 { (title) } (body) };
    html_response(StatusCode::OK, crate::report::page(lang, title, body))
}

#[derive(Debug, Deserialize)]
struct AuditParams {
    object: Option<String>,
    lang: Option<String>,
}

/// `GET /audit`.
async fn audit_page(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Query(p): Query<AuditParams>,
) -> Response {
    let lang = lang_of(&p.lang);
    if user.role != Role::Administrator {
        return administrators_only(lang);
    }
    let object = p.object.as_deref().map(str::trim).filter(|o| !o.is_empty());
    let entries = match crate::audit::list(&app.db, object, AUDIT_PAGE).await {
        Ok(e) => e,
        Err(e) => return server_error(e),
    };
    let logins: HashMap<i64, String> = match users::list(&app.db).await {
        Ok(all) => all.into_iter().map(|a| (a.user.id, a.user.login)).collect(),
        Err(e) => return server_error(e),
    };
    let l = lang.as_str();
    let body = html! {
        form method="get" action="/audit" {
            input type="hidden" name="lang" value=(l);
            label for="object" { (say(lang, "object")) " " }
            input id="object" name="object" value=(object.unwrap_or("")) placeholder="user/anna, attempt/12";
            " " button type="submit" { (say(lang, "filter")) }
            " " a href={ "/audit?lang=" (l) } { (say(lang, "all")) }
        }
        p.meta { (say(lang, "newest")) }
        table {
            tr {
                th { (say(lang, "when")) } th { (say(lang, "who")) } th { (say(lang, "action")) }
                th { (say(lang, "object")) } th { (say(lang, "previous")) } th { (say(lang, "value")) }
                th { (say(lang, "reason")) }
            }
            @for e in &entries {
                tr {
                    td { (crate::words::iso_time(e.at)) }
                    td {
                        @match e.actor {
                            Some(id) => (logins.get(&id).cloned().unwrap_or_else(|| format!("#{id}"))),
                            None => i { (say(lang, "command-line")) },
                        }
                    }
                    td { (e.action) }
                    td { a href={ "/audit?lang=" (l) "&object=" (query_value(&e.object)) } { (e.object) } }
                    td { (e.previous.as_deref().unwrap_or("")) }
                    td { (e.value.as_deref().unwrap_or("")) }
                    td { (e.reason.as_deref().unwrap_or("")) }
                }
            }
        }
    };
    page(&user, &csrf, lang, say(lang, "audit"), body)
}

/// `%`-encoding of a query value.
fn query_value(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_./".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[derive(Debug, Deserialize)]
struct UsersParams {
    lang: Option<String>,
    done: Option<String>,
}

fn users_page(
    user: &User,
    csrf: &Csrf,
    lang: Lang,
    accounts: &[users::Account],
    message: Option<(bool, &str)>,
) -> Response {
    let l = lang.as_str();
    let body = html! {
        @if let Some((ok, m)) = message {
            p class=(if ok { "ok" } else { "bad" }) role="status" { (m) }
        }
        table {
            tr {
                th { (say(lang, "login")) } th { (say(lang, "role")) } th { (say(lang, "trainee-id")) }
                th { (say(lang, "state")) } th { (say(lang, "new-password")) } th { (say(lang, "disable")) }
            }
            @for a in accounts {
                tr {
                    td { a href={ "/audit?lang=" (l) "&object=user/" (query_value(&a.user.login)) } { (a.user.login) } }
                    td { (role_name(lang, a.user.role)) }
                    td { (a.user.trainee.as_deref().unwrap_or("")) }
                    td { (say(lang, if a.active { "active" } else { "disabled" })) }
                    td {
                        form method="post" action="/users" {
                            (csrf.field())
                            input type="hidden" name="lang" value=(l);
                            input type="hidden" name="action" value="password";
                            input type="hidden" name="login" value=(a.user.login);
                            input name="password" type="password" autocomplete="new-password" minlength="10" required aria-label=(say(lang, "password"));
                            " " button type="submit" { (say(lang, "new-password")) }
                        }
                    }
                    td {
                        @if a.active {
                            form method="post" action="/users" {
                                (csrf.field())
                                input type="hidden" name="lang" value=(l);
                                input type="hidden" name="action" value="disable";
                                input type="hidden" name="login" value=(a.user.login);
                                input name="reason" aria-label=(say(lang, "reason")) placeholder=(say(lang, "reason"));
                                " " button type="submit" { (say(lang, "disable")) }
                            }
                        }
                    }
                }
            }
        }
        h2 { (say(lang, "add")) }
        form method="post" action="/users" {
            (csrf.field())
            input type="hidden" name="lang" value=(l);
            input type="hidden" name="action" value="add";
            p { label for="new-login" { (say(lang, "login")) } br; input id="new-login" name="login" required autocomplete="off"; }
            p {
                label for="new-role" { (say(lang, "role")) } br;
                select id="new-role" name="role" {
                    @for r in [Role::Trainee, Role::Assessor, Role::Administrator] {
                        option value=(r.as_str()) { (role_name(lang, r)) }
                    }
                }
            }
            p {
                label for="new-trainee" { (say(lang, "trainee-id")) } br;
                input id="new-trainee" name="trainee";
                br; small.meta { (say(lang, "trainee-hint")) }
            }
            p {
                label for="new-password" { (say(lang, "password")) } br;
                input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required;
            }
            p { button type="submit" { (say(lang, "add-button")) } }
        }
    };
    page(user, csrf, lang, say(lang, "users"), body)
}

/// `GET /users`.
async fn users_get(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Query(p): Query<UsersParams>,
) -> Response {
    let lang = lang_of(&p.lang);
    if user.role != Role::Administrator {
        return administrators_only(lang);
    }
    let accounts = match users::list(&app.db).await {
        Ok(a) => a,
        Err(e) => return server_error(e),
    };
    let done = match p.done.as_deref() {
        Some(d @ ("add" | "disable" | "password")) => Some((true, say(lang, &format!("done-{d}")))),
        _ => None,
    };
    users_page(&user, &csrf, lang, &accounts, done)
}

#[derive(Debug, Deserialize)]
struct UsersForm {
    lang: Option<String>,
    #[serde(default)]
    action: String,
    #[serde(default)]
    login: String,
    role: Option<String>,
    trainee: Option<String>,
    password: Option<String>,
    reason: Option<String>,
}

/// `POST /users` (the login layer has checked the form's `csrf`): `action` = `add`, `disable`
/// or `password`. A refusal shows the page again with the reason; a change goes back to the
/// list (303, so reloading does not repeat it).
async fn users_post(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Form(f): Form<UsersForm>,
) -> Response {
    let lang = lang_of(&f.lang);
    if user.role != Role::Administrator {
        return administrators_only(lang);
    }
    let actor = Some(user.id);
    let cost = app.login.cost;
    let text = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let login = f.login.trim();
    let outcome = match f.action.as_str() {
        "add" => match Role::parse(f.role.as_deref().unwrap_or("")) {
            Ok(role) => users::add(
                &app.db,
                actor,
                login,
                role,
                text(&f.trainee).as_deref(),
                f.password.as_deref().unwrap_or(""),
                cost,
            )
            .await
            .map(|_| ()),
            Err(e) => Err(DbError::Refused(format!("role {e}"))),
        },
        "disable" => users::disable(&app.db, actor, login, text(&f.reason).as_deref()).await,
        "password" => {
            users::set_password(
                &app.db,
                actor,
                login,
                f.password.as_deref().unwrap_or(""),
                cost,
            )
            .await
        }
        _ => Err(DbError::Refused(say(lang, "unknown-action").to_string())),
    };
    match outcome {
        Ok(()) => Redirect::to(&format!("/users?lang={}&done={}", lang.as_str(), f.action))
            .into_response(),
        Err(DbError::Refused(reason)) => {
            let accounts = match users::list(&app.db).await {
                Ok(a) => a,
                Err(e) => return server_error(e),
            };
            let mut r = users_page(&user, &csrf, lang, &accounts, Some((false, &reason)));
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
        Err(e) => server_error(e),
    }
}

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/audit", get(audit_page))
        .route("/users", get(users_get).post(users_post))
}
