//! `doverie assess serve`: the same reports as pages (axum, server-rendered, no JavaScript):
//! `/` the login form, then the cohort (staff) or one's own attempts (a trainee),
//! `/trainee/ID`, `/attempt/N`, each with `?lang=ru|en` and, for the cohort, `centre`,
//! `scenario`, `protocol_version`, `from` and `to` (YYYY-MM-DD); `.csv` and `.json` forms at
//! `/cohort.csv`, `/trainee/ID.json` and so on.
//!
//! Every route but `/` and `/login` is behind the login layer ([`crate::session`]); a page
//! checks what the [`User`] may see. A trainee asking for another trainee's attempt or page gets
//! the same 404 as for one that does not exist; a page of another role (the cohort, accounts,
//! the audit log) answers 403.
//!
//! It listens on 127.0.0.1:8080 unless told otherwise, and serves HTTPS (rustls, ring) given a
//! certificate and its key.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use serde::Deserialize;
use tokio::sync::Mutex;

use crate::accounts::{Csrf, Role, User};
use crate::attempts::Filter;
use crate::db::{Db, DbError};
use crate::import::Contents;
use crate::report::Format;
use crate::session::LoginPolicy;

/// What every page handler shares: the database, the scenario content loaded so far, and how
/// logins are handled.
pub(crate) struct App {
    pub(crate) db: Db,
    pub(crate) contents: Mutex<Contents>,
    /// How logins are slowed and refused, and how long sessions last.
    pub(crate) login: LoginPolicy,
    /// Whether the server speaks HTTPS (the session cookie is then `Secure`).
    pub(crate) secure: bool,
    /// An argon2 hash at the policy's cost, checked against when a login does not exist.
    pub(crate) dummy: tokio::sync::OnceCell<String>,
}

/// The router's state.
pub(crate) type AppState = Arc<App>;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct Params {
    lang: Option<String>,
    centre: Option<String>,
    scenario: Option<String>,
    protocol_version: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

impl Params {
    pub(crate) fn lang(&self) -> Lang {
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
pub(crate) fn split(name: &str) -> (&str, Format) {
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

/// Refusals of a page to a user of the wrong role.
fn staff_only(lang: Lang) -> Response {
    let text = match lang {
        Lang::En => "This page is for assessors and administrators.",
        Lang::Ru => "Эта страница для оценщиков и администраторов.",
    };
    (StatusCode::FORBIDDEN, text).into_response()
}

/// A report as a response: HTML (with the bar at the top), CSV or JSON.
pub(crate) async fn page(
    app: &App,
    user: &User,
    csrf: &Csrf,
    kind: &str,
    id: Option<&str>,
    format: Format,
    p: &Params,
) -> Response {
    page_with(app, user, csrf, kind, id, format, p, None).await
}

/// As [`page`], with `extra` markup at the end of an HTML page (the attempt's reviews).
#[allow(clippy::too_many_arguments)]
async fn page_with(
    app: &App,
    user: &User,
    csrf: &Csrf,
    kind: &str,
    id: Option<&str>,
    format: Format,
    p: &Params,
    extra: Option<maud::Markup>,
) -> Response {
    let filter = match p.filter() {
        Ok(f) => f,
        Err(e) => return (StatusCode::BAD_REQUEST, e).into_response(),
    };
    let mut contents = app.contents.lock().await;
    match crate::render(&app.db, &mut contents, kind, id, p.lang(), format, filter).await {
        Ok(body) => match format {
            Format::Html => {
                let body = match (extra, body.rfind("</body>")) {
                    (Some(m), Some(at)) => {
                        format!("{}{}{}", &body[..at], m.into_string(), &body[at..])
                    }
                    _ => body,
                };
                crate::login::html_response(
                    StatusCode::OK,
                    crate::login::with_bar(body, user, csrf, p.lang()),
                )
            }
            Format::Csv | Format::Json => {
                let kind = if format == Format::Csv {
                    "text/csv; charset=utf-8"
                } else {
                    "application/json"
                };
                (
                    [
                        (header::CONTENT_TYPE, kind),
                        (header::CONTENT_SECURITY_POLICY, crate::login::CSP),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    body,
                )
                    .into_response()
            }
        },
        Err(DbError::Refused(e)) => (StatusCode::NOT_FOUND, e).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn cohort_as(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(name): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    match split(&name) {
        ("cohort", _) if user.role == Role::Trainee => staff_only(p.lang()),
        ("cohort", f) => page(&app, &user, &csrf, "cohort", None, f, &p).await,
        _ => (StatusCode::NOT_FOUND, "no such page").into_response(),
    }
}

async fn trainee(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(id): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    let (id, f) = split(&id);
    if !user.may_see_trainee(id) {
        // The same answer as for a trainee with no attempt: nothing tells them who exists.
        return (
            StatusCode::NOT_FOUND,
            format!("no attempt by {id:?} matches"),
        )
            .into_response();
    }
    page(&app, &user, &csrf, "trainee", Some(id), f, &p).await
}

async fn attempt(
    State(app): State<AppState>,
    Extension(user): Extension<User>,
    Extension(csrf): Extension<Csrf>,
    Path(id): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    let (id, f) = split(&id);
    if user.role == Role::Trainee
        && let Ok(n) = id.parse::<i64>()
    {
        match crate::attempts::get(&app.db, n).await {
            Ok(Some(a)) if user.may_see_trainee(&a.trainee) => {}
            Ok(_) => {
                // The same answer as for an attempt that does not exist.
                return (StatusCode::NOT_FOUND, format!("there is no attempt {n}")).into_response();
            }
            Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
        }
    }
    // The attempt's reviews this account may see, and the reviews it may start.
    let extra = match (f, id.parse::<i64>()) {
        (Format::Html, Ok(n)) => {
            let exam = if user.role == Role::Trainee {
                Ok(maud::html! {})
            } else {
                crate::exam_page::attempt_section(&app, n, p.lang()).await
            };
            let reviews = crate::review_page::attempt_section(&app, &user, n, p.lang()).await;
            match exam.and_then(|e| reviews.map(|r| maud::html! { (e) (r) })) {
                Ok(m) => Some(m),
                Err(e) => {
                    return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response();
                }
            }
        }
        _ => None,
    };
    page_with(&app, &user, &csrf, "attempt", Some(id), f, &p, extra).await
}

/// How `doverie assess serve` runs.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// How logins are slowed and refused, and how long sessions last.
    pub login: LoginPolicy,
    /// HTTPS: a PEM certificate chain and its PEM private key.
    pub tls: Option<Tls>,
}

/// The files of an HTTPS certificate.
#[derive(Debug, Clone)]
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// The router over an open database, with the default login policy, over plain HTTP.
pub fn router(db: Db, library: Library) -> Router {
    router_with(db, library, LoginPolicy::default(), false)
}

/// The router over an open database; `secure`: served over HTTPS.
pub fn router_with(db: Db, library: Library, login: LoginPolicy, secure: bool) -> Router {
    let app = Arc::new(App {
        db,
        contents: Mutex::new(Contents::new(library)),
        login,
        secure,
        dummy: tokio::sync::OnceCell::new(),
    });
    pages()
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            crate::session::layer,
        ))
        // The exam protocol authenticates by bearer token and takes JSON, not forms: it is
        // outside the pages' login layer (see exam_api).
        .merge(crate::exam_api::routes())
        .with_state(app)
}

/// Every page of the server. A module's pages join here with one
/// `.merge(crate::MODULE::routes())`; [`router_with`] puts all of them behind the login layer.
fn pages() -> Router<AppState> {
    Router::new()
        .route("/{name}", get(cohort_as))
        .route("/trainee/{id}", get(trainee))
        .route("/attempt/{id}", get(attempt))
        .merge(crate::agreement_page::routes())
        .merge(crate::review_page::routes())
        .merge(crate::login::routes())
        .merge(crate::admin::routes())
        .merge(crate::exam_page::routes())
}

/// Serves over plain HTTP with the default login policy until the process is stopped; `ready`
/// is told the address bound (port 0 picks one).
pub async fn serve(
    db: Db,
    library: Library,
    listen: &str,
    ready: impl FnOnce(std::net::SocketAddr),
) -> std::io::Result<()> {
    serve_with(db, library, listen, &ServeOptions::default(), ready).await
}

/// Whether `listen` names only this machine (a loopback address or `localhost`).
pub fn is_loopback(listen: &str) -> bool {
    use std::net::ToSocketAddrs;
    match listen.to_socket_addrs() {
        Ok(mut addrs) => addrs.all(|a| a.ip().is_loopback()),
        Err(_) => false,
    }
}

/// The rustls configuration of `tls` (ring; TLS 1.2 and 1.3).
fn tls_config(tls: &Tls) -> std::io::Result<rustls::ServerConfig> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let bad = |what: &str, path: &std::path::Path, e: &dyn std::fmt::Display| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{what} {}: {e}", path.display()),
        )
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&tls.cert)
        .map_err(|e| bad("--cert", &tls.cert, &e))?
        .collect::<Result<_, _>>()
        .map_err(|e| bad("--cert", &tls.cert, &e))?;
    if certs.is_empty() {
        return Err(bad(
            "--cert",
            &tls.cert,
            &"no PEM certificate in it (-----BEGIN CERTIFICATE-----)",
        ));
    }
    let key = PrivateKeyDer::from_pem_file(&tls.key).map_err(|e| bad("--key", &tls.key, &e))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| bad("--cert", &tls.cert, &e))?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .map_err(|e| bad("--key", &tls.key, &e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Serves until the process is stopped, over HTTPS when `options.tls` is given; `ready` is told
/// the address bound (port 0 picks one).
pub async fn serve_with(
    db: Db,
    library: Library,
    listen: &str,
    options: &ServeOptions,
    ready: impl FnOnce(std::net::SocketAddr),
) -> std::io::Result<()> {
    let tls = options.tls.as_ref().map(tls_config).transpose()?;
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    let router = router_with(db, library, options.login, tls.is_some());
    match tls {
        None => {
            ready(addr);
            axum::serve(listener, router).await
        }
        Some(config) => {
            let listener = listener.into_std()?;
            let server = axum_server::from_tcp_rustls(
                listener,
                axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(config)),
            )?;
            ready(addr);
            server.serve(router.into_make_service()).await
        }
    }
}
