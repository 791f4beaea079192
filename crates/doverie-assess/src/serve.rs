//! `doverie assess serve`: the same reports as pages (axum, server-rendered, no JavaScript):
//! `/` the cohort, `/trainee/ID`, `/attempt/N`, each with `?lang=ru|en` and, for the cohort,
//! `centre`, `scenario`, `protocol_version`, `from` and `to` (YYYY-MM-DD); `.csv` and `.json`
//! forms at `/cohort.csv`, `/trainee/ID.json` and so on. It only reads the database.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use serde::Deserialize;
use tokio::sync::Mutex;

use crate::attempts::Filter;
use crate::db::{Db, DbError};
use crate::import::Contents;
use crate::report::Format;

/// What every page handler shares: the database and the scenario content loaded so far.
pub(crate) struct App {
    pub(crate) db: Db,
    pub(crate) contents: Mutex<Contents>,
}

/// The router's state.
pub(crate) type AppState = Arc<App>;

#[derive(Debug, Default, Deserialize)]
struct Params {
    lang: Option<String>,
    centre: Option<String>,
    scenario: Option<String>,
    protocol_version: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

impl Params {
    fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(|l| l.parse().ok())
            .unwrap_or_default()
    }

    fn filter(&self) -> Result<Filter, String> {
        let date = |d: &Option<String>| {
            d.as_deref()
                .filter(|s| !s.is_empty())
                .map(crate::words::parse_date)
                .transpose()
        };
        let text = |t: &Option<String>| t.clone().filter(|s| !s.is_empty());
        Ok(Filter {
            centre: text(&self.centre),
            scenario: text(&self.scenario),
            protocol_version: text(&self.protocol_version),
            from: date(&self.from)?,
            to: date(&self.to)?,
            ..Filter::default()
        })
    }
}

/// `name.html`, `name.csv`, `name.json` or a bare name (HTML).
fn split(name: &str) -> (&str, Format) {
    for (ext, f) in [
        (".csv", Format::Csv),
        (".json", Format::Json),
        (".html", Format::Html),
    ] {
        if let Some(stem) = name.strip_suffix(ext) {
            return (stem, f);
        }
    }
    (name, Format::Html)
}

async fn page(app: &App, kind: &str, id: Option<&str>, format: Format, p: &Params) -> Response {
    let filter = match p.filter() {
        Ok(f) => f,
        Err(e) => return (StatusCode::BAD_REQUEST, e).into_response(),
    };
    let mut contents = app.contents.lock().await;
    match crate::render(&app.db, &mut contents, kind, id, p.lang(), format, filter).await {
        Ok(body) => {
            let kind = match format {
                Format::Html => "text/html; charset=utf-8",
                Format::Csv => "text/csv; charset=utf-8",
                Format::Json => "application/json",
            };
            (
                [
                    (header::CONTENT_TYPE, kind),
                    (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; img-src data:; media-src data:"),
                ],
                body,
            )
                .into_response()
        }
        Err(DbError::Refused(e)) => (StatusCode::NOT_FOUND, e).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn cohort(State(app): State<AppState>, Query(p): Query<Params>) -> Response {
    page(&app, "cohort", None, Format::Html, &p).await
}

async fn cohort_as(
    State(app): State<AppState>,
    Path(name): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    match split(&name) {
        ("cohort", f) => page(&app, "cohort", None, f, &p).await,
        _ => (StatusCode::NOT_FOUND, "no such page").into_response(),
    }
}

async fn trainee(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    let (id, f) = split(&id);
    page(&app, "trainee", Some(id), f, &p).await
}

async fn attempt(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    let (id, f) = split(&id);
    page(&app, "attempt", Some(id), f, &p).await
}

/// The router over an open database.
pub fn router(db: Db, library: Library) -> Router {
    let app = Arc::new(App {
        db,
        contents: Mutex::new(Contents::new(library)),
    });
    Router::new()
        .route("/", get(cohort))
        .route("/{name}", get(cohort_as))
        .route("/trainee/{id}", get(trainee))
        .route("/attempt/{id}", get(attempt))
        .merge(crate::agreement_page::routes())
        .with_state(app)
}

/// Serves until the process is stopped; `ready` is told the address bound (port 0 picks one).
pub async fn serve(
    db: Db,
    library: Library,
    listen: &str,
    ready: impl FnOnce(std::net::SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    ready(listener.local_addr()?);
    axum::serve(listener, router(db, library)).await
}
