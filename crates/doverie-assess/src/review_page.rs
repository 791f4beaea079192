//! The review pages (server-rendered, no script, Russian and English by `?lang=`):
//!
//! - `/attempt/{id}/review/{purpose}`: the call step by step as the trainee had it, each
//!   automatic deviation with agree/disagree and a reason, a missed deviation to add, the
//!   comment, the machine and reviewed scores side by side; `POST` saves, `POST .../sign` signs
//!   off. Only the review's author sees or changes it here.
//! - `/review/{id}`: a review read-only, for whoever [`review::may_see`] allows (the blind rule
//!   of double review holds here too: a hidden review is "not found", as a missing one is);
//!   the attempt's trainee queries it here.
//! - `/queries`: open queries, for staff; `/query/{id}`: resolution by an assessor who did not
//!   sign the queried review.
//!
//! Handlers take the account from the request ([`User`], [`Csrf`]), put there by the login
//! layer, and decide nothing from ids in the URL beyond what to look up.

use std::collections::HashMap;

use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use doverie_core::locale::Lang;
use doverie_core::score::Level;
use maud::{Markup, html};
use serde::Deserialize;

use crate::accounts::{Csrf, Role, User};
use crate::attempts;
use crate::report::{self, AttemptReport};
use crate::review::{self, Outcome, Purpose, Review, ReviewError, Said};
use crate::serve::{App, AppState};
use crate::words::{Names, clock, short_time, w};

/// The review pages' routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/attempt/{id}/review/{purpose}",
            get(review_get).post(review_post),
        )
        .route("/attempt/{id}/review/{purpose}/sign", post(sign_post))
        .route("/review/{id}", get(signed_get).post(query_post))
        .route("/queries", get(queries_get))
        .route("/query/{id}", get(query_get).post(resolve_post))
}

/// The review pages' own words.
pub(crate) fn t(lang: Lang, key: &str) -> &'static str {
    let (en, ru) = match key {
        "review" => ("Review", "Рецензия"),
        "reviews" => ("Reviews", "Рецензии"),
        "shown" => (
            "Options shown, in the order shown",
            "Предложенные варианты, в том порядке, в каком их видел стажёр",
        ),
        "start" => ("Review this attempt", "Рецензировать попытку"),
        "review-of" => ("Review of attempt", "Рецензия на попытку"),
        "first" => ("first review", "первая рецензия"),
        "second" => ("second review (blind)", "вторая рецензия (вслепую)"),
        "calibration" => ("calibration review", "калибровочная рецензия"),
        "reference" => ("reference review", "эталонная рецензия"),
        "machine" => ("Machine score", "Оценка программы"),
        "reviewed" => ("Reviewed score", "Оценка после рецензии"),
        "preview" => ("not signed off yet", "ещё не подписана"),
        "the-call" => (
            "The call as the trainee had it",
            "Звонок так, как его вёл стажёр",
        ),
        "verdict" => ("Your verdict", "Ваше решение"),
        "agree" => ("agree", "согласен"),
        "disagree" => ("disagree", "не согласен"),
        "reason" => ("Reason", "Причина"),
        "add" => (
            "Add a deviation the rules missed",
            "Добавить пропущенное правилами отклонение",
        ),
        "added" => ("Added deviations", "Добавленные отклонения"),
        "remove" => ("Remove", "Убрать"),
        "comment" => ("Comment", "Комментарий"),
        "save" => ("Save", "Сохранить"),
        "sign" => ("Sign off", "Подписать"),
        "sign-note" => (
            "Signing off uses what is saved; a signed review no longer changes.",
            "Подписывается сохранённое; подписанная рецензия больше не меняется.",
        ),
        "signed" => ("Signed off", "Подписана"),
        "draft" => ("Draft, not signed off", "Черновик, не подписана"),
        "edit" => ("Continue the review", "Продолжить рецензию"),
        "assessor" => ("Assessor", "Оценщик"),
        "verdicts" => (
            "Verdicts on the automatic deviations",
            "Решения по автоматическим отклонениям",
        ),
        "item" => ("No.", "№"),
        "queries" => ("Open queries", "Открытые запросы"),
        "query" => ("Query", "Запрос"),
        "ask" => ("Query this review", "Запросить пересмотр"),
        "ask-note" => (
            "Say what you think is wrong with the review; an assessor who did not write it will answer.",
            "Напишите, что, по-вашему, в рецензии неверно; ответит оценщик, который её не писал.",
        ),
        "send" => ("Send", "Отправить"),
        "asked" => ("Asked", "Запрошено"),
        "resolve" => ("Resolve", "Разрешить"),
        "resolution" => ("Resolution", "Решение"),
        "rationale" => ("Rationale", "Обоснование"),
        "unchanged" => ("unchanged", "без изменений"),
        "changed" => ("changed", "изменено"),
        "open" => ("open", "открыт"),
        "corrected" => ("Corrected level and total", "Исправленные уровень и итог"),
        "own-review" => (
            "your review: another assessor resolves it",
            "ваша рецензия: разрешает другой оценщик",
        ),
        "none" => ("none", "нет"),
        "minor" => ("minor", "незначительное"),
        "moderate" => ("moderate", "умеренное"),
        "major" => ("major", "серьёзное"),
        "critical" => ("critical", "критическое"),
        "scored-review" => ("reviewed by", "по рецензии"),
        "scored-resolution" => ("corrected on query by", "исправлено по запросу:"),
        "scored-lower-of-two" => (
            "two reviews disagree, the lower used; by",
            "две рецензии расходятся, взята более низкая; авторы",
        ),
        "adjudicate" => ("to adjudicate", "требует решения"),
        "error" => ("Not done", "Не выполнено"),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

#[derive(Debug, Default, Deserialize)]
struct LangParam {
    lang: Option<String>,
}

impl LangParam {
    fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(|l| l.parse().ok())
            .unwrap_or_default()
    }

    /// `?lang=..` to keep on links, or nothing.
    fn suffix(&self) -> String {
        match &self.lang {
            Some(_) => format!("?lang={}", self.lang().as_str()),
            None => String::new(),
        }
    }
}

fn html_response(status: StatusCode, body: String) -> Response {
    crate::login::html_response(status, body)
}

/// A page with the account's bar (links, who is logged in, log out) at its top.
fn bar_response(
    user: &User,
    csrf: &Csrf,
    lang: Lang,
    status: StatusCode,
    body: String,
) -> Response {
    html_response(status, crate::login::with_bar(body, user, csrf, lang))
}

fn error_page(lang: Lang, status: StatusCode, message: &str) -> Response {
    let body = html! {
        h1 { (t(lang, "error")) }
        p.bad { (message) }
    };
    html_response(status, report::page(lang, t(lang, "error"), body))
}

fn failure(lang: Lang, e: ReviewError) -> Response {
    match e {
        ReviewError::Refused(s) => error_page(lang, StatusCode::BAD_REQUEST, s.get(lang)),
        ReviewError::Forbidden(s) => error_page(lang, StatusCode::FORBIDDEN, s.get(lang)),
        ReviewError::NotFound(s) => error_page(lang, StatusCode::NOT_FOUND, s.get(lang)),
        ReviewError::Db(e) => error_page(lang, StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

fn number(s: &str, what: (&str, &str)) -> Result<i64, ReviewError> {
    s.trim().parse().map_err(|_| {
        ReviewError::NotFound(Said::new(
            format!("{s:?}: {} is a number", what.0),
            format!("{s:?}: {} — это число", what.1),
        ))
    })
}

fn purpose_of(s: &str) -> Result<Purpose, ReviewError> {
    Purpose::parse(s).map_err(|e| {
        ReviewError::NotFound(Said::new(
            e,
            format!("{s:?}: рецензия бывает first, second, calibration или reference"),
        ))
    })
}

fn level_name(names: &Names, lang: Lang, level: Option<Level>) -> String {
    level.map_or_else(
        || w(lang, "unfinished").to_string(),
        |l| names.level(l.id()),
    )
}

fn scores(
    lang: Lang,
    names: &Names,
    machine: (Option<Level>, Option<f64>),
    reviewed: Option<(Level, f64)>,
    signed: bool,
) -> Markup {
    let total = |x: Option<f64>| x.map_or("—".to_string(), |x| format!("{x:.1}"));
    html! {
        table.scores {
            tr { th {} th { (t(lang, "machine")) } th { (t(lang, "reviewed"))
                @if !signed && reviewed.is_some() { " (" (t(lang, "preview")) ")" } } }
            tr { th { (w(lang, "level")) } td { (level_name(names, lang, machine.0)) }
                td { @if let Some((l, _)) = reviewed { (names.level(l.id())) } @else { "—" } } }
            tr { th { (w(lang, "total")) } td.n { (total(machine.1)) }
                td.n { (total(reviewed.map(|r| r.1))) } }
        }
    }
}

fn purpose_word(lang: Lang, p: Purpose) -> &'static str {
    t(lang, p.as_str())
}

// ---------------------------------------------------------------- on the attempt's page

/// The attempt page's part: the reviews of the attempt `user` may see (the blind rule and
/// calibration's hiding hold), and for an assessor the reviews they may start or continue.
pub(crate) async fn attempt_section(
    app: &App,
    user: &User,
    attempt: i64,
    lang: Lang,
) -> Result<Markup, crate::db::DbError> {
    let l = lang.as_str();
    let visible = review::visible_of_attempt(&app.db, user, attempt).await?;
    let scenario: Option<String> = sqlx::query("SELECT scenario FROM attempts WHERE id = $1")
        .bind(attempt)
        .fetch_optional(&app.db.pool)
        .await?
        .map(|r| sqlx::Row::try_get(&r, 0))
        .transpose()?;
    let mut contents = app.contents.lock().await;
    let names = crate::names_for(&mut contents, &[scenario.as_deref().unwrap_or("")], lang);
    let mut may = Vec::new();
    if user.role == Role::Assessor {
        for purpose in [Purpose::First, Purpose::Second] {
            match review::may_open(&app.db, &mut contents, user, attempt, purpose).await {
                Ok(mine) if mine.as_ref().is_none_or(|r| !r.signed()) => may.push(purpose),
                Ok(_)
                | Err(
                    ReviewError::Refused(_) | ReviewError::Forbidden(_) | ReviewError::NotFound(_),
                ) => {}
                Err(ReviewError::Db(e)) => return Err(e),
            }
        }
    }
    Ok(html! {
        h2 { (t(lang, "reviews")) }
        @if visible.is_empty() { p { (t(lang, "none")) } } @else {
            table {
                tr { th { "#" } th { (t(lang, "review")) } th { (t(lang, "assessor")) } th { (w(lang, "level")) } th { (w(lang, "total")) } }
                @for r in &visible {
                    tr { td.n { a href={ "/review/" (r.id) "?lang=" (l) } { (r.id) } } td { (purpose_word(lang, r.purpose)) }
                        td { (r.assessor_login) @if !r.signed() { " (" (t(lang, "draft")) ")" } }
                        td { (r.level.map_or("—".to_string(), |x| names.level(x.id()))) }
                        td.n { (r.total.map_or("—".to_string(), |x| format!("{x:.1}"))) } }
                }
            }
        }
        @for purpose in &may {
            p { a href={ "/attempt/" (attempt) "/review/" (purpose.as_str()) "?lang=" (l) } { (t(lang, "start")) ": " (purpose_word(lang, *purpose)) } }
        }
    })
}

// ---------------------------------------------------------------- the review form

/// The options the trainee was shown at each of their choices, in the order shown, each with
/// whether it was the one chosen: one list per choice, replayed from the transcript.
fn options_shown(
    loaded: &doverie_core::content::Loaded,
    attempt: &crate::attempts::Attempt,
    lang: Lang,
) -> Vec<Vec<(String, bool)>> {
    use doverie_core::engine::Input;
    let Some(t) = &attempt.transcript else {
        return Vec::new();
    };
    let text = loaded.text(lang);
    let args = doverie_core::locale::caller_args(&loaded.scenario, &text);
    let say = |m: &str| {
        if text.has(m) {
            text.get(m, Some(&args))
        } else {
            m.to_string()
        }
    };
    let (mut session, _) = doverie_core::session::Session::start(
        std::sync::Arc::new(loaded.scenario.clone()),
        std::sync::Arc::new(loaded.protocol.clone()),
        t.seed,
        lang,
        &t.trainee,
    );
    let mut out = Vec::new();
    for i in &t.inputs {
        if let Input::Choose { option } = &i.input {
            let node = session.scenario.node(session.call.state.node);
            out.push(
                session
                    .shown_options()
                    .iter()
                    .filter_map(|&ix| node.options.get(usize::from(ix)))
                    .map(|o| (say(&o.message), &o.id == option))
                    .collect(),
            );
        }
        if session.apply(i.input.clone(), None).is_err() {
            break;
        }
    }
    out
}

struct FormPage<'a> {
    lang: Lang,
    suffix: &'a str,
    csrf: &'a Csrf,
    purpose: Purpose,
    report: &'a AttemptReport,
    names: &'a Names,
    rules: Vec<(String, String)>,
    turns: u32,
    review: Option<&'a Review>,
    reviewed: Option<(Level, f64)>,
    errors: &'a [String],
    /// Per choice of the call, the options shown (see [`options_shown`]).
    shown: Vec<Vec<(String, bool)>>,
}

fn form_html(f: &FormPage<'_>) -> String {
    let lang = f.lang;
    let a = &f.report.attempt;
    let action = format!("/attempt/{}/review/{}", a.id, f.purpose.as_str());
    let verdict = |i: usize| f.review.and_then(|r| r.verdict(i));
    // The k-th answer of the call is the k-th choice: its options beside it.
    let mut k = 0;
    let shown: Vec<Option<&Vec<(String, bool)>>> = f
        .report
        .rows
        .iter()
        .map(|r| {
            (r.who == "counsellor").then(|| {
                k += 1;
                f.shown.get(k - 1)
            })?
        })
        .collect();
    let body = html! {
        h1 { (t(lang, "review-of")) " #" (a.id) ": " (a.scenario) }
        p.meta {
            (purpose_word(lang, f.purpose)) " · " (w(lang, "trainee")) ": " (a.trainee)
            " · " (w(lang, "mode")) ": " (w(lang, a.mode.as_str()))
            " · " (w(lang, "protocol")) ": " (a.protocol) " " (a.protocol_version)
            " · " (w(lang, "when")) ": " (short_time(a.when()))
        }
        @for e in f.errors { p.bad { (e) } }
        (scores(lang, f.names, (a.level, a.total), f.reviewed, false))
        form method="post" action=(format!("{action}{}", f.suffix)) {
            (f.csrf.field())
            h2 { (t(lang, "the-call")) }
            table {
                tr { th { (w(lang, "turn")) } th { (w(lang, "time")) } th { (w(lang, "who")) } th { (w(lang, "what")) } th { (t(lang, "verdict")) } }
                @for (row, options) in f.report.rows.iter().zip(&shown) {
                    tr class=(row.who) {
                        td.n { (row.turn) } td { (clock(i64::from(row.time))) } td { (w(lang, &row.who)) }
                        td { @if let Some(i) = row.item { "[" (i) "] " } (row.text)
                            @if let Some(options) = options {
                                br; em { (t(lang, "shown")) ":" }
                                ol { @for (words, chosen) in options.iter() {
                                    li { @if *chosen { strong { (words) " ✓" } } @else { (words) } } } }
                            }
                            @if let Some(why) = &row.why { br; em { (w(lang, "why")) ": " } (why) }
                            @if let Some(b) = &row.better { br; em { (w(lang, "better")) ": " } (b) } }
                        td { @if let Some(i) = row.item {
                            @let v = verdict(i);
                            label { input type="radio" name=(format!("verdict-{i}")) value="agree" checked[v.is_some_and(|v| v.agree)]; " " (t(lang, "agree")) }
                            " "
                            label { input type="radio" name=(format!("verdict-{i}")) value="disagree" checked[v.is_some_and(|v| !v.agree)]; " " (t(lang, "disagree")) }
                            br;
                            label { (t(lang, "reason")) ": "
                                textarea name=(format!("reason-{i}")) rows="2" cols="30" maxlength=(review::REASON_MAX) { (v.map_or("", |v| v.reason.as_str())) } }
                        } }
                    }
                }
            }
            @if !f.report.recordings.is_empty() {
                h2 { (w(lang, "recordings")) }
                @for ((turn, file, millis), wav) in f.report.recordings.iter().zip(&f.report.wavs) {
                    p { (w(lang, "turn")) " " (turn) ": " (file) " (" (format!("{:.1}", *millis as f64 / 1000.0)) " s) "
                        @if let Some(wav) = wav { audio controls src=(format!("data:audio/wav;base64,{}", report::base64(wav))) {} } }
                }
            }
            h2 { (t(lang, "add")) }
            p {
                label { (w(lang, "rule")) ": "
                    select name="add-rule" {
                        option value="" selected { "—" }
                        @for (id, name) in &f.rules { option value=(id) { (name) } }
                    } }
                " "
                label { (w(lang, "severity")) ": "
                    select name="add-severity" {
                        @for s in ["minor", "moderate", "major", "critical"] { option value=(s) { (t(lang, s)) } }
                    } }
                " "
                label { (w(lang, "turn")) ": " input type="number" name="add-turn" min="0" max=(f.turns) value="0"; }
                br;
                label { (t(lang, "reason")) ": " textarea name="add-reason" rows="2" cols="60" maxlength=(review::REASON_MAX) {} }
            }
            h2 { (t(lang, "comment")) }
            p { textarea name="comment" rows="4" cols="80" maxlength=(review::TEXT_MAX) { (f.review.map_or("", |r| r.comment.as_str())) } }
            p { button type="submit" { (t(lang, "save")) } }
        }
        @if let Some(r) = f.review.filter(|r| !r.additions.is_empty()) {
            h2 { (t(lang, "added")) }
            table {
                tr { th { (w(lang, "rule")) } th { (w(lang, "severity")) } th { (w(lang, "turn")) } th { (t(lang, "reason")) } th {} }
                @for ad in &r.additions {
                    tr { td { (f.names.rule(&ad.rule)) } td { (t(lang, ad.severity.as_str())) } td.n { (ad.turn) } td { (ad.reason) }
                        td { form method="post" action=(format!("{action}{}", f.suffix)) {
                            (f.csrf.field())
                            input type="hidden" name="remove" value=(ad.id);
                            button type="submit" { (t(lang, "remove")) } } } }
                }
            }
        }
        @if f.review.is_some() {
            h2 { (t(lang, "sign")) }
            form method="post" action=(format!("{action}/sign{}", f.suffix)) {
                (f.csrf.field())
                p { (t(lang, "sign-note")) " " button type="submit" { (t(lang, "sign")) } }
            }
        }
    };
    report::page(lang, &format!("{} #{}", t(lang, "review-of"), a.id), body)
}

/// Renders the form for `user`'s review (started or not) with `errors` above it.
async fn render_form(
    app: &App,
    user: &User,
    csrf: &Csrf,
    p: &LangParam,
    attempt: i64,
    purpose: Purpose,
    errors: &[String],
) -> Result<String, ReviewError> {
    let lang = p.lang();
    let mut contents = app.contents.lock().await;
    let mine = review::may_open(&app.db, &mut contents, user, attempt, purpose).await?;
    let s = review::scored(&app.db, &mut contents, attempt).await?;
    let reviewed = match &mine {
        Some(r) => r.rescored(&s.loaded, &s.card).ok().map(|(t, l)| (l, t)),
        None => None,
    };
    let names = crate::names_for(&mut contents, &[s.attempt.scenario.as_str()], lang);
    let rules = s
        .loaded
        .protocol
        .rules
        .iter()
        .map(|r| (r.id.clone(), names.rule(&r.id)))
        .collect();
    let recordings = attempts::recordings(&app.db, attempt).await?;
    let turns = s.card.turns;
    let shown = options_shown(&s.loaded, &s.attempt, lang);
    let rep = report::attempt(s.attempt, recordings, &mut contents, lang);
    Ok(form_html(&FormPage {
        lang,
        suffix: &p.suffix(),
        csrf,
        purpose,
        report: &rep,
        names: &names,
        rules,
        turns,
        review: mine.as_ref(),
        reviewed,
        errors,
        shown,
    }))
}

async fn review_get(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path((id, purpose)): Path<(String, String)>,
    Query(p): Query<LangParam>,
) -> Response {
    let lang = p.lang();
    let (id, purpose) = match (number(&id, ("an attempt", "попытка")), purpose_of(&purpose))
    {
        (Ok(i), Ok(pu)) => (i, pu),
        (Err(e), _) | (_, Err(e)) => return failure(lang, e),
    };
    // A signed review is read at its own address.
    match review::of_attempt(&app.db, id).await {
        Ok(list) => {
            if let Some(r) = list
                .iter()
                .find(|r| r.assessor == user.id && r.purpose == purpose && r.signed())
            {
                return Redirect::to(&format!("/review/{}{}", r.id, p.suffix())).into_response();
            }
        }
        Err(e) => return failure(lang, e.into()),
    }
    match render_form(&app, &user, &csrf, &p, id, purpose, &[]).await {
        Ok(body) => bar_response(&user, &csrf, lang, StatusCode::OK, body),
        Err(e) => failure(lang, e),
    }
}

/// Applies a saved form: verdicts that changed, an added deviation, the comment, or the removal
/// of an added deviation. Returns the problems, each worded for the reader.
async fn apply(
    app: &App,
    user: &User,
    lang: Lang,
    id: i64,
    purpose: Purpose,
    form: &HashMap<String, String>,
) -> Result<Vec<String>, ReviewError> {
    let mut contents = app.contents.lock().await;
    let r = review::open(&app.db, &mut contents, user, id, purpose).await?;
    if let Some(remove) = form.get("remove") {
        let addition = number(remove, ("an added deviation", "добавленное отклонение"))?;
        review::remove_addition(&app.db, user, r.id, addition).await?;
        return Ok(Vec::new());
    }
    let mut errors = Vec::new();
    let mut note = |prefix: String, e: ReviewError| -> Result<(), ReviewError> {
        match e {
            ReviewError::Db(e) => Err(ReviewError::Db(e)),
            ReviewError::Refused(s) | ReviewError::Forbidden(s) | ReviewError::NotFound(s) => {
                errors.push(format!("{prefix}{}", s.get(lang)));
                Ok(())
            }
        }
    };
    let items = attempts::get(&app.db, id)
        .await?
        .and_then(|a| a.card)
        .map_or(0, |c| c.deviations.len());
    for i in 0..items {
        let reason = form.get(&format!("reason-{i}")).map_or("", |s| s.as_str());
        let prefix = format!("[{i}] ");
        match form.get(&format!("verdict-{i}")).map(String::as_str) {
            Some(v @ ("agree" | "disagree")) => {
                let agree = v == "agree";
                let unchanged = r
                    .verdict(i)
                    .is_some_and(|old| old.agree == agree && old.reason == reason.trim());
                if !unchanged
                    && let Err(e) = review::set_verdict(&app.db, user, r.id, i, agree, reason).await
                {
                    note(prefix, e)?;
                }
            }
            Some(_) | None if !reason.trim().is_empty() && r.verdict(i).is_none() => {
                note(
                    prefix,
                    ReviewError::Refused(Said::new(
                        "choose agree or disagree as well as the reason",
                        "выберите «согласен» или «не согласен», не только причину",
                    )),
                )?;
            }
            _ => {}
        }
    }
    if let Some(rule) = form.get("add-rule").filter(|s| !s.is_empty()) {
        let severity = form.get("add-severity").map_or("", |s| s.as_str());
        let reason = form.get("add-reason").map_or("", |s| s.as_str());
        let added = match number(
            form.get("add-turn").map_or("", |s| s.as_str()),
            ("a turn", "ход"),
        ) {
            Ok(turn) => {
                let missed = review::Missed {
                    rule,
                    severity,
                    turn,
                    reason,
                };
                review::add_deviation(&app.db, &mut contents, user, r.id, missed).await
            }
            Err(e) => Err(e),
        };
        if let Err(e) = added {
            note(format!("{}: ", t(lang, "add")), e)?;
        }
    }
    if let Some(comment) = form.get("comment")
        && let Err(e) = review::set_comment(&app.db, user, r.id, comment).await
    {
        note(format!("{}: ", t(lang, "comment")), e)?;
    }
    Ok(errors)
}

async fn review_post(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path((id, purpose)): Path<(String, String)>,
    Query(p): Query<LangParam>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = p.lang();
    let (id, purpose) = match (number(&id, ("an attempt", "попытка")), purpose_of(&purpose))
    {
        (Ok(i), Ok(pu)) => (i, pu),
        (Err(e), _) | (_, Err(e)) => return failure(lang, e),
    };
    match apply(&app, &user, lang, id, purpose, &form).await {
        Ok(errors) if errors.is_empty() => Redirect::to(&format!(
            "/attempt/{id}/review/{}{}",
            purpose.as_str(),
            p.suffix()
        ))
        .into_response(),
        Ok(errors) => match render_form(&app, &user, &csrf, &p, id, purpose, &errors).await {
            Ok(body) => bar_response(&user, &csrf, lang, StatusCode::BAD_REQUEST, body),
            Err(e) => failure(lang, e),
        },
        Err(e) => failure(lang, e),
    }
}

async fn sign_post(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path((id, purpose)): Path<(String, String)>,
    Query(p): Query<LangParam>,
) -> Response {
    let lang = p.lang();
    let (id, purpose) = match (number(&id, ("an attempt", "попытка")), purpose_of(&purpose))
    {
        (Ok(i), Ok(pu)) => (i, pu),
        (Err(e), _) | (_, Err(e)) => return failure(lang, e),
    };
    let signed = {
        let mut contents = app.contents.lock().await;
        match review::may_open(&app.db, &mut contents, &user, id, purpose).await {
            Ok(Some(r)) => review::sign(&app.db, &mut contents, &user, r.id).await,
            Ok(None) => Err(ReviewError::Refused(Said::new(
                "save the review before signing it off",
                "сохраните рецензию, прежде чем подписывать",
            ))),
            Err(e) => Err(e),
        }
    };
    match signed {
        Ok(r) => Redirect::to(&format!("/review/{}{}", r.id, p.suffix())).into_response(),
        Err(ReviewError::Db(e)) => failure(lang, ReviewError::Db(e)),
        Err(ReviewError::Refused(s) | ReviewError::Forbidden(s) | ReviewError::NotFound(s)) => {
            let status = StatusCode::BAD_REQUEST;
            match render_form(
                &app,
                &user,
                &csrf,
                &p,
                id,
                purpose,
                &[s.get(lang).to_string()],
            )
            .await
            {
                Ok(body) => bar_response(&user, &csrf, lang, status, body),
                Err(e) => failure(lang, e),
            }
        }
    }
}

// ---------------------------------------------------------------- a review, read-only

fn review_html(
    lang: Lang,
    names: &Names,
    r: &Review,
    machine: (Option<Level>, Option<f64>),
    deviations: &[(String, u32, String)],
) -> Markup {
    let reviewed = r.level.zip(r.total);
    html! {
        p.meta {
            (purpose_word(lang, r.purpose)) " · " (t(lang, "assessor")) ": " (r.assessor_login)
            " · " @if let Some(at) = r.signed_at { (t(lang, "signed")) " " (short_time(at)) }
            @else { span.bad { (t(lang, "draft")) } }
        }
        (scores(lang, names, machine, reviewed, r.signed()))
        h2 { (t(lang, "verdicts")) }
        @if deviations.is_empty() { p { (t(lang, "none")) } } @else {
            table {
                tr { th { (t(lang, "item")) } th { (w(lang, "turn")) } th { (w(lang, "rule")) } th { (t(lang, "verdict")) } th { (t(lang, "reason")) } }
                @for (i, (rule, turn, severity)) in deviations.iter().enumerate() {
                    @let v = r.verdict(i);
                    tr { td.n { (i) } td.n { (turn) } td { (names.rule(rule)) " (" (t(lang, severity)) ")" }
                        td { @match v { Some(v) if v.agree => { (t(lang, "agree")) } Some(_) => { span.bad { (t(lang, "disagree")) } } None => { "—" } } }
                        td { (v.map_or("", |v| v.reason.as_str())) } }
                }
            }
        }
        h2 { (t(lang, "added")) }
        @if r.additions.is_empty() { p { (t(lang, "none")) } } @else {
            table {
                tr { th { (w(lang, "rule")) } th { (w(lang, "severity")) } th { (w(lang, "turn")) } th { (t(lang, "reason")) } }
                @for ad in &r.additions {
                    tr { td { (names.rule(&ad.rule)) } td { (t(lang, ad.severity.as_str())) } td.n { (ad.turn) } td { (ad.reason) } }
                }
            }
        }
        h2 { (t(lang, "comment")) }
        p { @if r.comment.is_empty() { (t(lang, "none")) } @else { (r.comment) } }
    }
}

fn queries_html(lang: Lang, names: &Names, queries: &[review::Query]) -> Markup {
    html! {
        @for q in queries {
            div.query {
                p { strong { (t(lang, "query")) " #" (q.id) } " · " (t(lang, "asked")) " " (short_time(q.asked_at)) }
                p { (q.text) }
                @if let Some(outcome) = &q.outcome {
                    p { strong { (t(lang, "resolution")) ": " (t(lang, if outcome == "changed" { "changed" } else { "unchanged" })) }
                        " · " (q.resolver_login.as_deref().unwrap_or(""))
                        @if let (Some(l), Some(total)) = (q.level, q.total) { " · " (names.level(l.id())) ", " (format!("{total:.1}")) } }
                    p { em { (t(lang, "rationale")) ": " } (q.rationale.as_deref().unwrap_or("")) }
                } @else {
                    p.meta { (t(lang, "open")) }
                }
            }
        }
    }
}

/// A visible review with what is needed to show it.
struct Shown {
    review: Review,
    trainee: String,
    scenario: String,
    machine: (Option<Level>, Option<f64>),
    deviations: Vec<(String, u32, String)>,
    names: Names,
    queries: Vec<review::Query>,
}

async fn shown(app: &App, user: &User, id: i64, lang: Lang) -> Result<Shown, ReviewError> {
    let not_found = || {
        ReviewError::NotFound(Said::new(
            format!("there is no review {id} you may see"),
            format!("нет рецензии {id}, доступной вам"),
        ))
    };
    let r = review::get(&app.db, id).await?.ok_or_else(not_found)?;
    if !review::may_see(&app.db, user, &r).await? {
        return Err(not_found());
    }
    let a = attempts::get(&app.db, r.attempt)
        .await?
        .ok_or_else(not_found)?;
    let names = {
        let mut contents = app.contents.lock().await;
        crate::names_for(&mut contents, &[a.scenario.as_str()], lang)
    };
    let deviations = a.card.as_ref().map_or(Vec::new(), |c| {
        c.deviations
            .iter()
            .map(|d| (d.rule.clone(), d.turn, d.severity.as_str().to_string()))
            .collect()
    });
    let queries = review::queries_of(&app.db, id).await?;
    Ok(Shown {
        review: r,
        trainee: a.trainee,
        scenario: a.scenario,
        machine: (a.level, a.total),
        deviations,
        names,
        queries,
    })
}

fn signed_html(
    lang: Lang,
    suffix: &str,
    user: &User,
    csrf: &Csrf,
    s: &Shown,
    errors: &[String],
) -> String {
    let r = &s.review;
    let may_ask = user.role == Role::Trainee
        && r.signed()
        && !s.queries.iter().any(|q| q.resolved_at.is_none());
    let body = html! {
        h1 { (t(lang, "review")) " #" (r.id) ": " (w(lang, "attempt")) " #" (r.attempt) " (" (s.scenario) ")" }
        p.meta { (w(lang, "trainee")) ": " (s.trainee) }
        @for e in errors { p.bad { (e) } }
        @if !r.signed() && r.assessor == user.id {
            p { a href=(format!("/attempt/{}/review/{}{suffix}", r.attempt, r.purpose.as_str())) { (t(lang, "edit")) } }
        }
        (review_html(lang, &s.names, r, s.machine, &s.deviations))
        @if !s.queries.is_empty() {
            h2 { (t(lang, "query")) }
            (queries_html(lang, &s.names, &s.queries))
        }
        @if may_ask {
            h2 { (t(lang, "ask")) }
            form method="post" action=(format!("/review/{}{suffix}", r.id)) {
                (csrf.field())
                p { (t(lang, "ask-note")) }
                p { textarea name="text" rows="4" cols="80" maxlength=(review::TEXT_MAX) {} }
                p { button type="submit" { (t(lang, "send")) } }
            }
        }
    };
    report::page(lang, &format!("{} #{}", t(lang, "review"), r.id), body)
}

async fn signed_get(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
) -> Response {
    let lang = p.lang();
    let id = match number(&id, ("a review", "рецензия")) {
        Ok(i) => i,
        Err(e) => return failure(lang, e),
    };
    match shown(&app, &user, id, lang).await {
        Ok(s) => bar_response(
            &user,
            &csrf,
            lang,
            StatusCode::OK,
            signed_html(lang, &p.suffix(), &user, &csrf, &s, &[]),
        ),
        Err(e) => failure(lang, e),
    }
}

async fn query_post(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = p.lang();
    let id = match number(&id, ("a review", "рецензия")) {
        Ok(i) => i,
        Err(e) => return failure(lang, e),
    };
    let text = form.get("text").map_or("", |s| s.as_str());
    match review::ask(&app.db, &user, id, text).await {
        Ok(_) => Redirect::to(&format!("/review/{id}{}", p.suffix())).into_response(),
        Err(ReviewError::Refused(s)) => match shown(&app, &user, id, lang).await {
            Ok(shown) => bar_response(
                &user,
                &csrf,
                lang,
                StatusCode::BAD_REQUEST,
                signed_html(
                    lang,
                    &p.suffix(),
                    &user,
                    &csrf,
                    &shown,
                    &[s.get(lang).to_string()],
                ),
            ),
            Err(e) => failure(lang, e),
        },
        Err(e) => failure(lang, e),
    }
}

// ---------------------------------------------------------------- queries

fn staff_only(lang: Lang, user: &User) -> Option<Response> {
    (user.role == Role::Trainee).then(|| {
        error_page(
            lang,
            StatusCode::FORBIDDEN,
            match lang {
                Lang::En => {
                    "queries are answered by assessors; your own are on your reviews' pages"
                }
                Lang::Ru => {
                    "запросы разбирают оценщики; ваши запросы — на страницах ваших рецензий"
                }
            },
        )
    })
}

async fn queries_get(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Query(p): Query<LangParam>,
) -> Response {
    let lang = p.lang();
    if let Some(r) = staff_only(lang, &user) {
        return r;
    }
    let list = match review::open_queries(&app.db).await {
        Ok(l) => l,
        Err(e) => return failure(lang, e.into()),
    };
    let mut rows = Vec::new();
    for q in list {
        match review::get(&app.db, q.review).await {
            Ok(Some(r)) => rows.push((q, r)),
            Ok(None) => {}
            Err(e) => return failure(lang, e.into()),
        }
    }
    let suffix = p.suffix();
    let body = html! {
        h1 { (t(lang, "queries")) }
        @if rows.is_empty() { p { (t(lang, "none")) } } @else {
            table {
                tr { th { (t(lang, "query")) } th { (t(lang, "review")) } th { (w(lang, "attempt")) } th { (t(lang, "asked")) } th { (w(lang, "what")) } th {} }
                @for (q, r) in &rows {
                    tr { td.n { (q.id) } td.n { a href=(format!("/review/{}{suffix}", r.id)) { "#" (r.id) } } td.n { (r.attempt) }
                        td { (short_time(q.asked_at)) } td { (q.text) }
                        td { @if r.assessor == user.id { (t(lang, "own-review")) }
                             @else { a href=(format!("/query/{}{suffix}", q.id)) { (t(lang, "resolve")) } } } }
                }
            }
        }
    };
    bar_response(
        &user,
        &csrf,
        lang,
        StatusCode::OK,
        report::page(lang, t(lang, "queries"), body),
    )
}

async fn query_page(
    app: &App,
    user: &User,
    csrf: &Csrf,
    p: &LangParam,
    id: i64,
    errors: &[String],
) -> Result<String, ReviewError> {
    let lang = p.lang();
    let suffix = p.suffix();
    let q = review::query(&app.db, id).await?.ok_or_else(|| {
        ReviewError::NotFound(Said::new(
            format!("there is no query {id}"),
            format!("нет запроса {id}"),
        ))
    })?;
    let s = shown(app, user, q.review, lang).await?;
    let may_resolve =
        user.role == Role::Assessor && s.review.assessor != user.id && q.resolved_at.is_none();
    let body = html! {
        h1 { (t(lang, "query")) " #" (q.id) ": " (t(lang, "review")) " #" (s.review.id) ", " (w(lang, "attempt")) " #" (s.review.attempt) }
        @for e in errors { p.bad { (e) } }
        (queries_html(lang, &s.names, std::slice::from_ref(&q)))
        @if may_resolve {
            h2 { (t(lang, "resolve")) }
            form method="post" action=(format!("/query/{}{suffix}", q.id)) {
                (csrf.field())
                p { label { (t(lang, "rationale")) ": " br; textarea name="rationale" rows="4" cols="80" maxlength=(review::TEXT_MAX) {} } }
                p { label { input type="radio" name="outcome" value="unchanged" checked; " " (t(lang, "unchanged")) } " "
                    label { input type="radio" name="outcome" value="changed"; " " (t(lang, "changed")) } }
                p { (t(lang, "corrected")) ": "
                    select name="level" { @for l in Level::ALL { option value=(l.id()) { (s.names.level(l.id())) } } }
                    " " input type="number" name="total" min="0" max="100" step="0.1"; }
                p { button type="submit" { (t(lang, "resolve")) } }
            }
        } @else if s.review.assessor == user.id {
            p.meta { (t(lang, "own-review")) }
        }
        h2 { (t(lang, "review")) " #" (s.review.id) }
        (review_html(lang, &s.names, &s.review, s.machine, &s.deviations))
    };
    Ok(report::page(
        lang,
        &format!("{} #{}", t(lang, "query"), q.id),
        body,
    ))
}

async fn query_get(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
) -> Response {
    let lang = p.lang();
    if let Some(r) = staff_only(lang, &user) {
        return r;
    }
    let id = match number(&id, ("a query", "запрос")) {
        Ok(i) => i,
        Err(e) => return failure(lang, e),
    };
    match query_page(&app, &user, &csrf, &p, id, &[]).await {
        Ok(body) => bar_response(&user, &csrf, lang, StatusCode::OK, body),
        Err(e) => failure(lang, e),
    }
}

async fn resolve_post(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = p.lang();
    if let Some(r) = staff_only(lang, &user) {
        return r;
    }
    let id = match number(&id, ("a query", "запрос")) {
        Ok(i) => i,
        Err(e) => return failure(lang, e),
    };
    let field = |k: &str| form.get(k).map_or("", |s| s.as_str());
    let outcome = match field("outcome") {
        "unchanged" => Ok(Outcome::Unchanged),
        "changed" => match (
            review::level_of(field("level")),
            field("total").trim().parse::<f64>(),
        ) {
            (Some(level), Ok(total)) => Ok(Outcome::Changed { level, total }),
            _ => Err(ReviewError::Refused(Said::new(
                "a changed outcome needs the corrected level and a total from 0 to 100",
                "для изменённого решения укажите исправленный уровень и итог от 0 до 100",
            ))),
        },
        _ => Err(ReviewError::Refused(Said::new(
            "choose the outcome: unchanged or changed",
            "выберите решение: без изменений или изменено",
        ))),
    };
    let done = match outcome {
        Ok(o) => review::resolve(&app.db, &user, id, field("rationale"), o).await,
        Err(e) => Err(e),
    };
    match done {
        Ok(q) => Redirect::to(&format!("/review/{}{}", q.review, p.suffix())).into_response(),
        Err(ReviewError::Refused(s)) => {
            match query_page(&app, &user, &csrf, &p, id, &[s.get(lang).to_string()]).await {
                Ok(body) => bar_response(&user, &csrf, lang, StatusCode::BAD_REQUEST, body),
                Err(e) => failure(lang, e),
            }
        }
        Err(e) => failure(lang, e),
    }
}
