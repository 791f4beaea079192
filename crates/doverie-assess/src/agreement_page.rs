//! The centre's pages on assessors: `/agreement` (with `.csv` and `.json`), per rule, per
//! category and per assessor, with drift; `/double-review`, the share of attempts reviewed twice
//! and the drawn attempts awaiting reviews; `/calibration` and `/calibration/{set}`, the sets,
//! each assessor's result and, for the administrator, the threshold and new sets.
//!
//! Staff only (administrators and assessors); only an administrator changes a setting or makes a
//! set. The figures come from signed reviews only ([`crate::reviewed`]); the review forms
//! themselves are the review pages' (`/attempt/{id}/review/{purpose}`), linked from here.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use doverie_core::locale::Lang;
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

use crate::accounts::{Csrf, Role, User};
use crate::agreement::{self, Stats, Summary};
use crate::calibration::Refusal;
use crate::db::{Db, DbError};
use crate::login::{CSP, html_response, with_bar};
use crate::report::{Format, csv, page};
use crate::reviewed::{self, Which};
use crate::serve::AppState;
use crate::words::{Names, short_time};
use crate::{calibration, double};

/// The pages' routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/agreement", get(agreement_as))
        .route("/agreement.csv", get(agreement_as))
        .route("/agreement.json", get(agreement_as))
        .route("/double-review", get(double_page).post(double_share))
        .route("/calibration", get(calibration_page).post(calibration_set))
        .route("/calibration/threshold", post(calibration_threshold))
        .route("/calibration/{set}", get(calibration_set_page))
}

/// These pages' own words.
fn w(lang: Lang, key: &str) -> &'static str {
    let (en, ru) = match key {
        "agreement" => ("Agreement between assessors", "Согласие между экспертами"),
        "agreement-short" => ("Agreement", "Согласие"),
        "pairs" => (
            "Calls reviewed twice, both reviews signed",
            "Звонки с двумя подписанными проверками",
        ),
        "note" => (
            "Percent agreement, Cohen's kappa and Gwet's AC1 side by side: when nearly every item falls in one category, kappa can be low although the assessors almost always agree; AC1 stays stable. Each automatic deviation is an item (it stands or is withdrawn), each added deviation too (the other assessor added the same rule at the same turn, or not); the call's level is compared apart. — means undefined.",
            "Процент согласия, каппа Коэна и AC1 Гвета рядом: когда почти все пункты попадают в одну категорию, каппа бывает низкой, хотя эксперты почти всегда согласны; AC1 устойчив. Каждое автоматическое отклонение — пункт (остаётся или снято), каждое добавленное тоже (другой эксперт добавил то же правило на том же ходе или нет); уровень звонка сравнивается отдельно. — означает «не определено».",
        ),
        "none-yet" => (
            "No call has two signed reviews yet.",
            "Пока нет звонков с двумя подписанными проверками.",
        ),
        "items" => ("Items", "Пункты"),
        "agreed" => ("Agreed", "Совпали"),
        "percent" => ("Agreement", "Согласие"),
        "kappa" => ("Cohen's κ", "κ Коэна"),
        "ac1" => ("Gwet's AC1", "AC1 Гвета"),
        "overall" => ("All deviations", "Все отклонения"),
        "level-item" => (
            "Compliance level of the call",
            "Уровень соответствия звонка",
        ),
        "what" => ("What", "Что"),
        "per-rule" => ("Per rule", "По правилам"),
        "per-category" => ("Per category", "По категориям"),
        "per-assessor" => ("Per assessor", "По экспертам"),
        "rule" => ("Rule", "Правило"),
        "category" => ("Category", "Категория"),
        "assessor" => ("Assessor", "Эксперт"),
        "level-agreement" => ("Level agreement", "Согласие по уровню"),
        "reviews" => ("Signed reviews", "Подписанные проверки"),
        "withdrawn" => ("Withdrawn", "Снято"),
        "added" => ("Added", "Добавлено"),
        "from-machine" => ("Total minus the machine's", "Итог минус машинный"),
        "from-peers" => ("Total minus the peer's", "Итог минус итог коллеги"),
        "drift" => ("Drift", "Отход"),
        "double" => ("Double review", "Двойная проверка"),
        "share" => (
            "Share of attempts reviewed twice",
            "Доля попыток с двойной проверкой",
        ),
        "double-note" => (
            "Whether a call is drawn follows from the call itself and a secret of this server: nobody can predict it or choose it. Raising the share adds calls; lowering it keeps those already drawn. The second assessor does not see the first review until both are signed.",
            "Попадёт ли звонок в выборку, определяют сам звонок и секрет этого сервера: никто не может это предсказать или выбрать. Увеличение доли добавляет звонки, уменьшение оставляет уже выбранные. Второй эксперт не видит первую проверку, пока обе не подписаны.",
        ),
        "percent-0-100" => ("Percent (0-100)", "Процент (0-100)"),
        "reason" => ("Reason", "Причина"),
        "save" => ("Save", "Сохранить"),
        "drawn" => ("Drawn attempts", "Выбранные попытки"),
        "none" => ("none", "нет"),
        "attempt" => ("Attempt", "Попытка"),
        "trainee" => ("Trainee", "Стажёр"),
        "scenario" => ("Scenario", "Сценарий"),
        "mode" => ("Mode", "Режим"),
        "first" => ("First review", "Первая проверка"),
        "second" => ("Second review", "Вторая проверка"),
        "missing" => ("missing", "нет"),
        "started" => ("in progress", "в работе"),
        "signed" => ("signed", "подписана"),
        "open" => ("open", "открыть"),
        "calibration" => ("Calibration", "Калибровка"),
        "threshold" => (
            "Threshold: items matched with the reference",
            "Порог: доля пунктов, совпавших с эталоном",
        ),
        "no-threshold" => (
            "No threshold is set: every assessor may sign off exams.",
            "Порог не задан: все эксперты могут подписывать экзамены.",
        ),
        "calibration-note" => (
            "An assessor reviews each call of a set blind (purpose calibration); when all are signed, their reviews are compared with the reference item by item. Until they pass the latest set, they may not sign off exams.",
            "Эксперт проверяет каждый звонок набора вслепую (цель — калибровка); когда все проверки подписаны, они сравниваются с эталоном по пунктам. Пока эксперт не прошёл последний набор, он не может подписывать экзамены.",
        ),
        "sets" => ("Calibration sets", "Калибровочные наборы"),
        "no-sets" => ("No calibration set yet.", "Калибровочных наборов пока нет."),
        "new-set" => ("New set", "Новый набор"),
        "name" => ("Name", "Название"),
        "candidates" => (
            "Calls with a signed reference review",
            "Звонки с подписанной эталонной проверкой",
        ),
        "no-candidates" => (
            "No call has a signed reference review yet: write the agreed review of a call with purpose reference first.",
            "Пока нет звонков с подписанной эталонной проверкой: сначала напишите согласованную проверку звонка с целью «эталон».",
        ),
        "create" => ("Create", "Создать"),
        "calls" => ("Calls", "Звонки"),
        "made" => ("Made", "Создан"),
        "reviewed" => ("Reviewed", "Проверено"),
        "result" => ("Result", "Результат"),
        "passed" => ("passed", "пройдена"),
        "not-passed" => ("not passed", "не пройдена"),
        "pending" => ("not yet", "ещё нет"),
        "review-it" => ("review", "проверить"),
        "reference" => ("Reference review", "Эталонная проверка"),
        "your-review" => ("Your review", "Ваша проверка"),
        "staff-only" => (
            "Only administrators and assessors see this page.",
            "Эту страницу видят только администраторы и эксперты.",
        ),
        "admin-only" => (
            "Only an administrator changes this.",
            "Это меняет только администратор.",
        ),
        "no-set" => (
            "There is no such calibration set.",
            "Такого калибровочного набора нет.",
        ),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// These pages in the bar at the top of every staff page: path and name.
pub(crate) fn nav(lang: Lang) -> [(&'static str, &'static str); 3] {
    [
        ("/agreement", w(lang, "agreement-short")),
        ("/double-review", w(lang, "double")),
        ("/calibration", w(lang, "calibration")),
    ]
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    lang: Option<String>,
}

impl Params {
    fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(|l| l.parse().ok())
            .unwrap_or_default()
    }
}

/// A CSV or JSON form with the headers of every page.
fn data(format: Format, body: String) -> Response {
    let kind = match format {
        Format::Csv => "text/csv; charset=utf-8",
        Format::Json => "application/json",
        Format::Html => "text/html; charset=utf-8",
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// A page with the bar at its top (the pages the reader may open, and logging out).
fn html_page(user: &User, csrf: &Csrf, lang: Lang, title: &str, body: Markup) -> Response {
    html_response(
        StatusCode::OK,
        with_bar(page(lang, title, body), user, csrf, lang),
    )
}

/// A refusal or a failure as a page in the reader's language.
fn error_page(lang: Lang, status: StatusCode, message: &str) -> Response {
    let body = html! {
        h1 { (w(lang, "refused")) }
        p.bad { (message) }
        p { a href=(href("/agreement", lang)) { (w(lang, "agreement")) } }
    };
    html_response(status, page(lang, w(lang, "refused"), body))
}

fn failed(lang: Lang, e: DbError) -> Response {
    match e {
        DbError::Refused(e) => error_page(lang, StatusCode::BAD_REQUEST, &e),
        e => error_page(lang, StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

fn refused(lang: Lang, r: &Refusal) -> Response {
    error_page(lang, StatusCode::BAD_REQUEST, r.get(lang))
}

fn forbidden(lang: Lang, key: &str) -> Response {
    error_page(lang, StatusCode::FORBIDDEN, w(lang, key))
}

fn staff(user: &User) -> bool {
    matches!(user.role, Role::Administrator | Role::Assessor)
}

/// A number with `places` decimals, or "—" when undefined.
fn num(x: Option<f64>, places: usize) -> String {
    x.map_or_else(|| "—".to_string(), |x| format!("{x:.places$}"))
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_string(), |x| format!("{:.1}%", x * 100.0))
}

/// A signed difference in points: `+10.0`, `-4.0`.
fn signed(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_string(), |x| format!("{x:+.1}"))
}

fn href(path: &str, lang: Lang) -> String {
    format!("{path}?lang={}", lang.as_str())
}

// ---------------------------------------------------------------- agreement

/// The centre's agreement with each assessor's login and the names of rules and categories.
#[derive(Debug, Clone, Serialize)]
struct Centre {
    #[serde(flatten)]
    summary: Summary,
    /// Assessor id to login, for the assessors of the figures.
    logins: BTreeMap<i64, String>,
}

/// The agreement over every call reviewed twice with both reviews signed.
pub async fn centre(db: &Db) -> Result<Summary, DbError> {
    let loaded = reviewed::load(db, Which::Double).await?;
    Ok(agreement::summarise(
        &loaded.pairs(),
        &loaded.with_machines(),
    ))
}

async fn logins(db: &Db) -> Result<BTreeMap<i64, String>, DbError> {
    use sqlx::Row;
    sqlx::query("SELECT id, login FROM users")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(DbError::from)
}

/// The names of rules and categories, from a scenario of a reviewed call whose content is here.
async fn names(app: &crate::serve::App, lang: Lang) -> Result<Names, DbError> {
    use sqlx::Row;
    let scenarios: Vec<String> = sqlx::query(
        "SELECT DISTINCT a.scenario FROM attempts a JOIN reviews r ON r.attempt_id = a.id
         WHERE r.signed_at IS NOT NULL ORDER BY a.scenario LIMIT 20",
    )
    .fetch_all(&app.db.pool)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<Result<_, _>>()?;
    let refs: Vec<&str> = scenarios.iter().map(String::as_str).collect();
    let mut contents = app.contents.lock().await;
    Ok(crate::names_for(&mut contents, &refs, lang))
}

async fn agreement_page(
    app: &crate::serve::App,
    (user, csrf): (&User, &Csrf),
    p: &Params,
    format: Format,
) -> Response {
    let lang = p.lang();
    if !staff(user) {
        return forbidden(lang, "staff-only");
    }
    let (summary, logins) = match (centre(&app.db).await, logins(&app.db).await) {
        (Ok(s), Ok(l)) => (s, l),
        (Err(e), _) | (_, Err(e)) => return failed(lang, e),
    };
    // Only the assessors the figures are about.
    let logins = logins
        .into_iter()
        .filter(|(id, _)| summary.assessors.iter().any(|a| a.assessor == *id))
        .collect();
    let centre = Centre { summary, logins };
    match format {
        Format::Json => data(
            format,
            serde_json::to_string_pretty(&centre).unwrap_or_default(),
        ),
        Format::Csv => data(format, agreement_csv_text(&centre)),
        Format::Html => match names(app, lang).await {
            Ok(names) => html_page(
                user,
                csrf,
                lang,
                w(lang, "agreement"),
                agreement_html_body(&centre, &names, lang),
            ),
            Err(e) => failed(lang, e),
        },
    }
}

/// `/agreement`, `/agreement.csv` and `/agreement.json`: the format from the path's extension,
/// as the report pages read it ([`crate::serve::split`]).
async fn agreement_as(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    uri: axum::http::Uri,
    Query(p): Query<Params>,
) -> Response {
    let (_, format) = crate::serve::split(uri.path());
    agreement_page(&app, (&user, &csrf), &p, format).await
}

fn stats_cells(s: &Stats) -> Markup {
    html! {
        td.n { (s.items) } td.n { (pct(s.observed)) } td.n { (num(s.kappa, 3)) } td.n { (num(s.ac1, 3)) }
    }
}

fn stats_head(lang: Lang) -> Markup {
    html! {
        th { (w(lang, "items")) } th { (w(lang, "percent")) } th { (w(lang, "kappa")) } th { (w(lang, "ac1")) }
    }
}

fn login(c: &Centre, id: i64) -> String {
    c.logins
        .get(&id)
        .cloned()
        .unwrap_or_else(|| format!("#{id}"))
}

fn agreement_html_body(c: &Centre, names: &Names, lang: Lang) -> Markup {
    let s = &c.summary;
    let category = |id: &str| {
        if id.is_empty() {
            "—".to_string()
        } else {
            names.category(id)
        }
    };
    html! {
        h1 { (w(lang, "agreement")) }
        p { (w(lang, "pairs")) ": " strong { (s.pairs) } }
        p.meta { (w(lang, "note")) }
        @if s.pairs == 0 {
            p { (w(lang, "none-yet")) }
        }
        table {
            tr { th { (w(lang, "what")) } (stats_head(lang)) }
            tr { td { (w(lang, "overall")) } (stats_cells(&s.overall)) }
            tr { td { (w(lang, "level-item")) } (stats_cells(&s.level)) }
        }
        h2 { (w(lang, "per-rule")) }
        table {
            tr { th { (w(lang, "rule")) } th { (w(lang, "category")) } (stats_head(lang)) }
            @for r in &s.rules {
                tr { td { (names.rule(&r.id)) } td { (category(r.category.as_deref().unwrap_or(""))) } (stats_cells(&r.stats)) }
            }
        }
        h2 { (w(lang, "per-category")) }
        table {
            tr { th { (w(lang, "category")) } (stats_head(lang)) }
            @for r in &s.categories {
                tr { td { (category(&r.id)) } (stats_cells(&r.stats)) }
            }
        }
        h2 { (w(lang, "per-assessor")) }
        table {
            tr {
                th { (w(lang, "assessor")) } (stats_head(lang)) th { (w(lang, "level-agreement")) }
                th { (w(lang, "reviews")) } th { (w(lang, "withdrawn")) } th { (w(lang, "added")) }
                th { (w(lang, "from-machine")) } th { (w(lang, "from-peers")) }
            }
            @for a in &s.assessors {
                tr {
                    td { (login(c, a.assessor)) } (stats_cells(&a.stats)) td.n { (pct(a.level.observed)) }
                    td.n { (a.drift.reviews) }
                    td.n { (a.drift.withdrawn) " / " (a.drift.automatic) " (" (pct(a.drift.withdrawn_share)) ")" }
                    td.n { (a.drift.added) }
                    td.n { (signed(a.drift.from_machine)) }
                    td.n { (signed(a.drift.from_peers)) " (" (a.drift.peer_calls) ")" }
                }
            }
        }
        p.meta {
            a href=(href("/agreement.csv", lang)) { "CSV" } " · " a href=(href("/agreement.json", lang)) { "JSON" }
            " · " a href=(href("/double-review", lang)) { (w(lang, "double")) }
            " · " a href=(href("/calibration", lang)) { (w(lang, "calibration")) }
        }
    }
}

/// One row per figure: the whole, the level, each rule, each category, each assessor.
fn agreement_csv_text(c: &Centre) -> String {
    let s = &c.summary;
    let opt = |x: Option<f64>| x.map_or_else(String::new, |x| format!("{x}"));
    let stats = |st: &Stats| {
        vec![
            st.items.to_string(),
            st.agreed.to_string(),
            opt(st.observed),
            opt(st.kappa_expected),
            opt(st.kappa),
            opt(st.ac1_expected),
            opt(st.ac1),
        ]
    };
    let mut rows = vec![
        [
            "kind",
            "id",
            "category",
            "items",
            "agreed",
            "observed",
            "kappa_expected",
            "kappa",
            "ac1_expected",
            "ac1",
            "reviews",
            "automatic",
            "withdrawn",
            "added",
            "from_machine",
            "peer_calls",
            "from_peers",
        ]
        .map(String::from)
        .to_vec(),
    ];
    let plain = |kind: &str, id: &str, category: &str, st: &Stats| {
        let mut r = vec![kind.to_string(), id.to_string(), category.to_string()];
        r.extend(stats(st));
        r.extend(std::iter::repeat_n(String::new(), 7));
        r
    };
    rows.push(plain("overall", "", "", &s.overall));
    rows.push(plain("level", "", "", &s.level));
    for r in &s.rules {
        rows.push(plain(
            "rule",
            &r.id,
            r.category.as_deref().unwrap_or(""),
            &r.stats,
        ));
    }
    for r in &s.categories {
        rows.push(plain("category", &r.id, "", &r.stats));
    }
    for a in &s.assessors {
        let d = &a.drift;
        let mut r = vec!["assessor".to_string(), login(c, a.assessor), String::new()];
        r.extend(stats(&a.stats));
        r.extend([
            d.reviews.to_string(),
            d.automatic.to_string(),
            d.withdrawn.to_string(),
            d.added.to_string(),
            opt(d.from_machine),
            d.peer_calls.to_string(),
            opt(d.from_peers),
        ]);
        rows.push(r);
        rows.push(plain("assessor-level", &login(c, a.assessor), "", &a.level));
    }
    csv(rows)
}

// ---------------------------------------------------------------- double review

async fn double_page(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Query(p): Query<Params>,
) -> Response {
    let lang = p.lang();
    if !staff(&user) {
        return forbidden(lang, "staff-only");
    }
    let (share, drawn) = match (double::share(&app.db).await, double::list(&app.db).await) {
        (Ok(s), Ok(d)) => (s, d),
        (Err(e), _) | (_, Err(e)) => return failed(lang, e),
    };
    let admin = user.role == Role::Administrator;
    let slot = |s: &double::Slot| -> Markup {
        match s {
            double::Slot::Missing => html! { span.bad { (w(lang, "missing")) } },
            double::Slot::Started { assessor } => html! {
                (w(lang, "started")) @if admin { " (" (assessor) ")" }
            },
            double::Slot::Signed { assessor, at } => html! {
                span.ok { (w(lang, "signed")) } " " (short_time(*at)) @if admin { " (" (assessor) ")" }
            },
        }
    };
    let body = html! {
        h1 { (w(lang, "double")) }
        p { (w(lang, "share")) ": " strong { (share) "%" } }
        p.meta { (w(lang, "double-note")) }
        @if admin {
            form method="post" action=(href("/double-review", lang)) {
                (csrf.field())
                label { (w(lang, "percent-0-100")) " " input type="number" name="percent" min="0" max="100" step="1" value=(share) required; }
                " "
                label { (w(lang, "reason")) " " input type="text" name="reason" maxlength="500"; }
                " "
                button type="submit" { (w(lang, "save")) }
            }
        } @else {
            p.meta { (w(lang, "admin-only")) }
        }
        h2 { (w(lang, "drawn")) " (" (drawn.len()) ")" }
        @if drawn.is_empty() {
            p { (w(lang, "none")) }
        } @else {
            table {
                tr { th { (w(lang, "attempt")) } th { (w(lang, "trainee")) } th { (w(lang, "scenario")) } th { (w(lang, "mode")) }
                     th { (w(lang, "first")) } th { (w(lang, "second")) } }
                @for d in &drawn {
                    tr {
                        td { a href=(href(&format!("/attempt/{}", d.attempt), lang)) { "#" (d.attempt) } }
                        td { (d.trainee) } td { (d.scenario) } td { (d.mode) }
                        td { (slot(&d.first)) " · " a href=(href(&format!("/attempt/{}/review/first", d.attempt), lang)) { (w(lang, "open")) } }
                        td { (slot(&d.second)) " · " a href=(href(&format!("/attempt/{}/review/second", d.attempt), lang)) { (w(lang, "open")) } }
                    }
                }
            }
        }
        p.meta { a href=(href("/agreement", lang)) { (w(lang, "agreement")) } }
    };
    html_page(&user, &csrf, lang, w(lang, "double"), body)
}

#[derive(Debug, Deserialize)]
struct ShareForm {
    percent: String,
    #[serde(default)]
    reason: String,
}

async fn double_share(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Query(p): Query<Params>,
    Form(form): Form<ShareForm>,
) -> Response {
    let lang = p.lang();
    if user.role != Role::Administrator {
        return forbidden(lang, "admin-only");
    }
    let percent = match double::parse_share(&form.percent) {
        Ok(n) => n,
        Err(e) => return refused(lang, &e),
    };
    match double::set_share(&app.db, user.id, percent, Some(form.reason.as_str())).await {
        Ok(_) => Redirect::to(&href("/double-review", lang)).into_response(),
        Err(e) => failed(lang, e),
    }
}

// ---------------------------------------------------------------- calibration

fn standing_cells(lang: Lang, s: &calibration::Standing, calls: usize) -> Markup {
    html! {
        td.n { (s.signed) " / " (calls) }
        td {
            @match (s.agreement, s.passed) {
                (Some(a), Some(true)) => { span.ok { (w(lang, "passed")) } " " (format!("{a:.1}%")) }
                (Some(a), _) => { span.bad { (w(lang, "not-passed")) } " " (format!("{a:.1}%")) }
                _ => { (w(lang, "pending")) }
            }
        }
    }
}

async fn calibration_page(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Query(p): Query<Params>,
) -> Response {
    let lang = p.lang();
    if !staff(&user) {
        return forbidden(lang, "staff-only");
    }
    let admin = user.role == Role::Administrator;
    let threshold = match calibration::threshold(&app.db).await {
        Ok(t) => t,
        Err(e) => return failed(lang, e),
    };
    let sets = match calibration::sets(&app.db, &user).await {
        Ok(s) => s,
        Err(e) => return failed(lang, e),
    };
    let candidates = if admin {
        match calibration::candidates(&app.db).await {
            Ok(c) => c,
            Err(e) => return failed(lang, e),
        }
    } else {
        Vec::new()
    };
    let body = html! {
        h1 { (w(lang, "calibration")) }
        p.meta { (w(lang, "calibration-note")) }
        p { (w(lang, "threshold")) ": " @match threshold {
            Some(t) => { strong { (t) "%" } }
            None => { (w(lang, "no-threshold")) }
        } }
        @if admin {
            form method="post" action=(href("/calibration/threshold", lang)) {
                (csrf.field())
                label { (w(lang, "percent-0-100")) " " input type="number" name="percent" min="0" max="100" step="0.1" value=(threshold.map_or(String::new(), |t| t.to_string())) required; }
                " "
                label { (w(lang, "reason")) " " input type="text" name="reason" maxlength="500"; }
                " "
                button type="submit" { (w(lang, "save")) }
            }
        }
        h2 { (w(lang, "sets")) }
        @if sets.is_empty() {
            p { (w(lang, "no-sets")) }
        } @else {
            table {
                tr { th { (w(lang, "name")) } th { (w(lang, "calls")) } th { (w(lang, "made")) }
                     th { (w(lang, "assessor")) } th { (w(lang, "reviewed")) } th { (w(lang, "result")) } }
                @for s in &sets {
                    @let rows = s.standings.len().max(1);
                    tr {
                        td rowspan=(rows) { a href=(href(&format!("/calibration/{}", s.id), lang)) { (s.name) } }
                        td.n rowspan=(rows) { (s.calls.len()) }
                        td rowspan=(rows) { (short_time(s.created_at)) " (" (s.created_by) ")" }
                        @if let Some(first) = s.standings.first() {
                            td { (first.login) } (standing_cells(lang, first, s.calls.len()))
                        } @else {
                            td {} td {} td {}
                        }
                    }
                    @for st in s.standings.iter().skip(1) {
                        tr { td { (st.login) } (standing_cells(lang, st, s.calls.len())) }
                    }
                }
            }
        }
        @if admin {
            h2 { (w(lang, "new-set")) }
            @if candidates.is_empty() {
                p { (w(lang, "no-candidates")) }
            } @else {
                form method="post" action=(href("/calibration", lang)) {
                    (csrf.field())
                    p { label { (w(lang, "name")) " " input type="text" name="name" maxlength="100" required; } }
                    p { (w(lang, "candidates")) ":" }
                    table {
                        tr { th {} th { (w(lang, "attempt")) } th { (w(lang, "scenario")) } th { (w(lang, "trainee")) } th { (w(lang, "reference")) } }
                        @for c in &candidates {
                            tr {
                                td { input type="checkbox" name="attempt" value=(c.attempt) id=(format!("a{}", c.attempt)); }
                                td { label for=(format!("a{}", c.attempt)) { "#" (c.attempt) } }
                                td { (c.scenario) } td { (c.trainee) }
                                td { a href=(href(&format!("/review/{}", c.reference), lang)) { "#" (c.reference) } " (" (c.author) ")" }
                            }
                        }
                    }
                    button type="submit" { (w(lang, "create")) }
                }
            }
        }
        p.meta { a href=(href("/agreement", lang)) { (w(lang, "agreement")) } }
    };
    html_page(&user, &csrf, lang, w(lang, "calibration"), body)
}

async fn calibration_set_page(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(set): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    let lang = p.lang();
    if !staff(&user) {
        return forbidden(lang, "staff-only");
    }
    let sets = match calibration::sets(&app.db, &user).await {
        Ok(s) => s,
        Err(e) => return failed(lang, e),
    };
    let Some(s) = set
        .parse::<i64>()
        .ok()
        .and_then(|id| sets.into_iter().find(|s| s.id == id))
    else {
        return error_page(lang, StatusCode::NOT_FOUND, w(lang, "no-set"));
    };
    let admin = user.role == Role::Administrator;
    let body = html! {
        h1 { (w(lang, "calibration")) ": " (s.name) }
        p.meta { (w(lang, "made")) ": " (short_time(s.created_at)) " (" (s.created_by) ")" }
        h2 { (w(lang, "calls")) }
        table {
            tr { th { (w(lang, "attempt")) } th { (w(lang, "scenario")) }
                 th { @if admin { (w(lang, "reference")) } @else { (w(lang, "your-review")) } } }
            @for c in &s.calls {
                tr {
                    td { "#" (c.attempt) } td { (c.scenario) }
                    td {
                        @if admin {
                            a href=(href(&format!("/review/{}", c.reference), lang)) { "#" (c.reference) }
                        } @else {
                            a href=(href(&format!("/attempt/{}/review/calibration", c.attempt), lang)) { (w(lang, "review-it")) }
                        }
                    }
                }
            }
        }
        h2 { (w(lang, "result")) }
        table {
            tr { th { (w(lang, "assessor")) } th { (w(lang, "reviewed")) } th { (w(lang, "result")) } }
            @for st in &s.standings {
                tr { td { (st.login) } (standing_cells(lang, st, s.calls.len())) }
            }
        }
        p.meta { a href=(href("/calibration", lang)) { (w(lang, "sets")) } }
    };
    html_page(&user, &csrf, lang, w(lang, "calibration"), body)
}

async fn calibration_threshold(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Query(p): Query<Params>,
    Form(form): Form<ShareForm>,
) -> Response {
    let lang = p.lang();
    if user.role != Role::Administrator {
        return forbidden(lang, "admin-only");
    }
    let percent = match calibration::parse_threshold(&form.percent) {
        Ok(t) => t,
        Err(e) => return refused(lang, &e),
    };
    match calibration::set_threshold(&app.db, &user, percent, Some(form.reason.as_str())).await {
        Ok(Ok(())) => Redirect::to(&href("/calibration", lang)).into_response(),
        Ok(Err(e)) => refused(lang, &e),
        Err(e) => failed(lang, e),
    }
}

async fn calibration_set(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Query(p): Query<Params>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let lang = p.lang();
    if user.role != Role::Administrator {
        return forbidden(lang, "admin-only");
    }
    let mut name = String::new();
    let mut attempts = Vec::new();
    for (k, v) in form {
        match k.as_str() {
            "name" => name = v,
            "attempt" => match v.trim().parse::<i64>() {
                Ok(a) => attempts.push(a),
                Err(_) => {
                    let message = format!("{v:?}: {}", w(lang, "not-a-number"));
                    return error_page(lang, StatusCode::BAD_REQUEST, &message);
                }
            },
            _ => {}
        }
    }
    match calibration::create_set(&app.db, &user, &name, &attempts).await {
        Ok(Ok(set)) => Redirect::to(&href(&format!("/calibration/{set}"), lang)).into_response(),
        Ok(Err(e)) => refused(lang, &e),
        Err(e) => failed(lang, e),
    }
}
