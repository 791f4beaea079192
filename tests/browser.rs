//! End-to-end tests of `doverie assess serve` in a real browser: Debian's headless Chromium,
//! driven from Rust over the DevTools protocol (chromiumoxide). The server runs on an ephemeral
//! port of this machine over a database the test fills through the import function; the
//! browser opens its pages, fills and submits its forms and reads what a person would read.
//!
//! One Chromium per database (SQLite always, PostgreSQL when `DOVERIE_TEST_PG` holds a URL),
//! reused across the flows. Where Chromium is not installed the test says why and passes,
//! except in CI (`CI` set), where `.ci/deps` installs it and its absence is a failure.
//!
//! Nothing here waits a fixed time for the browser: every wait polls for the state it needs
//! (a new document fully loaded, an element present) and gives up only after [`LIMIT`], which
//! matters only when something is wrong.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chromiumoxide::cdp::browser_protocol::input::InsertTextParams;
use chromiumoxide::cdp::browser_protocol::network::ClearBrowserCookiesParams;
use chromiumoxide::cdp::js_protocol::runtime::EvaluateParams;
use chromiumoxide::{BrowserConfig, Page};
use doverie_assess::Mode;
use doverie_assess::accounts::Role;
use doverie_assess::attempts;
use doverie_assess::db::Db;
use doverie_assess::import::{self, Contents, ImportOptions, Outcome};
use doverie_assess::users::{self, Cost};
use doverie_authoring::sample::random_call;
use doverie_core::content::{self, Loaded};
use doverie_core::library::Library;
use futures::StreamExt;
use serde::de::DeserializeOwned;

#[path = "common/pg.rs"]
mod pg;

/// The browser the suite drives (Debian's package; nothing here downloads one).
const CHROMIUM: &str = "/usr/bin/chromium";

/// How long a wait for the browser or the server may last before the test fails. Generous: it
/// only bounds a run that has already gone wrong, never the pace of one that has not.
const LIMIT: Duration = Duration::from_secs(60);

/// Between two looks at the page while waiting for it to change.
const POLL: Duration = Duration::from_millis(25);

fn library() -> Library {
    Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn load(id: &str) -> Loaded {
    content::load(&library(), id).unwrap().0
}

/// A fresh folder of this test process.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doverie-browser-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether the suite can run here: Chromium installed, or, outside CI, a notice and a pass.
fn chromium_present() -> bool {
    if Path::new(CHROMIUM).exists() {
        return true;
    }
    let why = format!(
        "{CHROMIUM} is not installed (Debian's `chromium` package; `bash .ci/deps` installs it): \
         the end-to-end tests in a browser did not run"
    );
    if std::env::var_os("CI").is_some() {
        panic!("{why}, and CI must run them");
    }
    eprintln!("{why}");
    false
}

// ---------------------------------------------------------------- databases

/// Transcripts written to `dir` and imported into `db` as `mode`; the attempts' ids in order.
async fn import_calls(
    db: &Db,
    dir: &Path,
    calls: &[(&str, &doverie_core::transcript::Transcript)],
    mode: Mode,
) -> Vec<i64> {
    let files: Vec<PathBuf> = calls
        .iter()
        .map(|(name, t)| {
            let path = dir.join(name);
            std::fs::write(&path, t.to_json()).unwrap();
            path
        })
        .collect();
    let mut contents = Contents::new(library());
    let options = ImportOptions {
        default_mode: mode,
        ..ImportOptions::default()
    };
    let summary = import::import(db, &mut contents, &files, &options)
        .await
        .unwrap();
    // Only exam attempts the server recorded count for certification (tests/assess/exam.rs takes
    // exams through the server); these, imported from files, stand in for them.
    sqlx::query("UPDATE attempts SET mode_source = 'server' WHERE mode = 'exam'")
        .execute(&db.pool)
        .await
        .unwrap();
    summary
        .files
        .iter()
        .map(|f| match &f.outcome {
            Outcome::Imported { attempt, .. } => *attempt,
            o => panic!("{}: not imported: {o:?}", f.path.display()),
        })
        .collect()
}

// ---------------------------------------------------------------- the browser

/// Headless Chromium with one tab, pointed at one server.
struct Browser {
    browser: chromiumoxide::Browser,
    page: Page,
    handler: tokio::task::JoinHandle<()>,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    base: String,
    profile: PathBuf,
}

/// Polls `look` until it gives a value, or fails the test after [`LIMIT`] saying `what`.
async fn until<T, F, Fut>(what: &str, mut look: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = look().await {
            return v;
        }
        assert!(
            start.elapsed() < LIMIT,
            "waited {LIMIT:?} for {what}: the browser or the server is stuck"
        );
        tokio::time::sleep(POLL).await;
    }
}

impl Browser {
    /// Starts Chromium with a fresh profile in `dir`, its first tab blank.
    async fn launch(dir: &Path, base: String) -> Browser {
        let profile = dir.join("chromium-profile");
        let config = BrowserConfig::builder()
            .chrome_executable(CHROMIUM)
            .user_data_dir(&profile)
            .no_sandbox()
            .launch_timeout(LIMIT)
            .request_timeout(LIMIT)
            .args([
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-GB",
            ])
            .build()
            .expect("a browser configuration");
        let (browser, mut handler) = chromiumoxide::Browser::launch(config)
            .await
            .unwrap_or_else(|e| panic!("{CHROMIUM} did not start: {e}"));
        // The connection's events are read by this task until the browser is gone; a message
        // the library cannot parse (a newer Chromium's) is not a reason to stop reading.
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });
        let page = browser
            .new_page("about:blank")
            .await
            .unwrap_or_else(|e| panic!("Chromium opened no tab: {e}"));
        Browser {
            browser,
            page,
            handler,
            base,
            profile,
        }
    }

    /// Closes the browser and removes its profile.
    async fn close(mut self) {
        let _ = self.browser.close().await;
        let _ = self.browser.wait().await;
        self.handler.abort();
        let _ = std::fs::remove_dir_all(&self.profile);
    }

    /// The value of a JavaScript expression in the current document (the DevTools protocol
    /// evaluates it whatever the page's content security policy), or None while the document
    /// is being replaced. An expression that throws, or whose value is not a `T`, fails the
    /// test at once: that is a mistake in the test, which no wait would mend.
    async fn try_eval<T: DeserializeOwned>(&self, js: &str) -> Option<T> {
        let params = EvaluateParams::builder()
            .expression(js)
            .return_by_value(true)
            .build()
            .unwrap_or_else(|e| panic!("evaluating {js}: {e}"));
        match self.page.evaluate_expression(params).await {
            Ok(result) => {
                let value = result.value().cloned();
                match result.into_value() {
                    Ok(v) => Some(v),
                    Err(e) => panic!("{js} gave {value:?}, not the value expected: {e}"),
                }
            }
            Err(chromiumoxide::error::CdpError::JavascriptException(x)) => {
                let what = x.exception.as_ref().and_then(|e| e.description.clone());
                panic!("{js} threw: {} {}", x.text, what.unwrap_or_default())
            }
            // The document is being replaced (its context is gone): look again.
            Err(_) => None,
        }
    }

    async fn eval<T: DeserializeOwned>(&self, js: &str) -> T {
        until(&format!("the page to evaluate {js}"), || self.try_eval(js)).await
    }

    /// Marks the current document, so that [`Browser::loaded`] can tell its successor from it.
    async fn mark(&self) {
        let _: bool = self.eval("window.__doverie_old = true").await;
    }

    /// Waits until a document other than the marked one has fully loaded.
    async fn loaded(&self) {
        let js = "window.__doverie_old === undefined && document.readyState === 'complete'";
        until("a new page to load", || async {
            self.try_eval::<bool>(js).await.filter(|&new| new)
        })
        .await;
    }

    /// Opens `path` (on the server) and waits until it has loaded.
    async fn open(&self, path: &str) {
        self.mark().await;
        let url = format!("{}{path}", self.base);
        // A page the server refuses is a page too: the status is checked by the caller.
        let _ = self.page.goto(url.as_str()).await;
        self.loaded().await;
    }

    /// The HTTP status of the response that made the current document.
    async fn status(&self) -> u16 {
        self.eval("performance.getEntriesByType('navigation')[0].responseStatus")
            .await
    }

    /// The path and query of the current document (`/attempt/1?lang=ru`).
    async fn path(&self) -> String {
        self.eval("location.pathname + location.search").await
    }

    /// The page's text as rendered (what a person reads).
    async fn text(&self) -> String {
        self.eval("document.body ? document.body.innerText : ''")
            .await
    }

    /// The rendered text of the first element matching `css`; fails if there is none.
    async fn text_of(&self, css: &str) -> String {
        let js = format!(
            "(() => {{ const e = document.querySelector({}); return e ? e.innerText : null }})()",
            js_string(css)
        );
        let text: Option<String> = self.eval(&js).await;
        match text {
            Some(text) => text,
            None => panic!("no element {css} on {}", self.path_now().await),
        }
    }

    /// How many elements match `css`.
    async fn count(&self, css: &str) -> usize {
        self.eval(&format!(
            "document.querySelectorAll({}).length",
            js_string(css)
        ))
        .await
    }

    /// For failure messages: where the browser is.
    async fn path_now(&self) -> String {
        self.try_eval("location.href")
            .await
            .unwrap_or_else(|| "(a page being replaced)".into())
    }

    /// The first element matching `css`; fails the test if there is none.
    async fn find(&self, css: &str) -> chromiumoxide::Element {
        match self.page.find_element(css).await {
            Ok(e) => e,
            Err(e) => panic!("no {css} on {}: {e}", self.path_now().await),
        }
    }

    /// Types `value` into the field `css` as a person would (its old content removed first).
    async fn fill(&self, css: &str, value: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("field {css} cannot be clicked: {e}"));
        let cleared: bool = self
            .eval(&format!(
                "(() => {{ const e = document.querySelector({}); e.select(); return true }})()",
                js_string(css)
            ))
            .await;
        assert!(cleared);
        self.page
            .execute(InsertTextParams::new(value))
            .await
            .unwrap_or_else(|e| panic!("typing into {css}: {e}"));
        let now: String = self
            .eval(&format!("document.querySelector({}).value", js_string(css)))
            .await;
        assert_eq!(now, value, "the field {css} holds what was typed");
    }

    /// Clicks the radio button `name=value`.
    async fn choose(&self, name: &str, value: &str) {
        let css = format!("input[type=radio][name=\"{name}\"][value=\"{value}\"]");
        self.click(&css).await;
        let checked: bool = self
            .eval(&format!(
                "document.querySelector({}).checked",
                js_string(&css)
            ))
            .await;
        assert!(checked, "{css} is chosen after a click");
    }

    /// Picks the option `value` of the drop-down `css` (as the keyboard would: the option must
    /// exist).
    async fn select(&self, css: &str, value: &str) {
        let js = format!(
            "(() => {{ const s = document.querySelector({}); if (!s) return 'no such list'; \
             const o = [...s.options].find(o => o.value === {}); if (!o) return 'no such option: ' \
             + [...s.options].map(o => o.value).join(', '); s.value = o.value; \
             s.dispatchEvent(new Event('change', {{bubbles: true}})); return '' }})()",
            js_string(css),
            js_string(value)
        );
        let problem: String = self.eval(&js).await;
        assert!(problem.is_empty(), "choosing {value} in {css}: {problem}");
    }

    /// A real mouse click on the element `css`.
    async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{css} cannot be clicked: {e}"));
    }

    /// Clicks the submit button `css` and waits for the page the server answers with.
    async fn submit(&self, css: &str) {
        self.mark().await;
        self.click(css).await;
        self.loaded().await;
    }

    /// Presses the one button labelled `label` (as a person finds it: by its words) and waits
    /// for the page the server answers with.
    async fn press(&self, label: &str) {
        let js = format!(
            "(() => {{ const all = [...document.querySelectorAll('button, input[type=submit]')]; \
             all.forEach(b => b.removeAttribute('data-doverie-press')); \
             const found = all.filter(b => (b.innerText || b.value || '').trim() === {}); \
             if (found.length === 1) found[0].setAttribute('data-doverie-press', ''); \
             return found.length }})()",
            js_string(label)
        );
        let found: usize = self.eval(&js).await;
        assert_eq!(
            found,
            1,
            "buttons labelled {label:?} on {}",
            self.path_now().await
        );
        self.submit("[data-doverie-press]").await;
    }

    /// Forgets every cookie (a logged-in session included).
    async fn forget_cookies(&self) {
        self.page
            .execute(ClearBrowserCookiesParams::default())
            .await
            .expect("cookies cleared");
    }
}

/// `s` as a JavaScript string literal.
fn js_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

// ---------------------------------------------------------------- the server

/// `doverie assess serve` on an ephemeral port of this machine over the database at `url`.
async fn start_server(url: &str) -> String {
    let db = Db::open(url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let served = doverie_assess::serve::serve(db, library(), "127.0.0.1:0", |a| {
            let _ = tx.send(a);
        })
        .await;
        if let Err(e) = served {
            eprintln!("the server stopped: {e}");
        }
    });
    let addr = tokio::time::timeout(LIMIT, rx)
        .await
        .expect("the server bound a port in time")
        .expect("the server bound a port");
    format!("http://{addr}")
}

// ---------------------------------------------------------------- the wrapper itself

/// A form like the server's (POST, then a redirect to the page that shows the result; the
/// same policy that forbids every script), served on an ephemeral port: what the wrapper
/// types, chooses and submits arrives at the server intact.
async fn start_form_server() -> (String, Arc<Mutex<Vec<(String, String)>>>) {
    use axum::http::{StatusCode, header};
    use axum::response::{IntoResponse, Redirect};
    use axum::routing::get;
    let received: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";
    let form = r#"<!doctype html><html><body><h1>Form</h1>
        <form method="post" action="/form">
        <input name="reason" id="reason" value="old text">
        <textarea name="comment" id="comment"></textarea>
        <label><input type="radio" name="verdict" value="agree" checked> agree</label>
        <label><input type="radio" name="verdict" value="disagree"> disagree</label>
        <select name="severity" id="severity"><option value="minor">minor</option>
        <option value="major">major</option></select>
        <button type="submit" id="save">Save</button></form></body></html>"#;
    let stored = received.clone();
    let shown = received.clone();
    let app = axum::Router::new()
        .route(
            "/form",
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CONTENT_SECURITY_POLICY, POLICY),
                    ],
                    form,
                )
            })
            .post(move |body: String| async move {
                *stored.lock().unwrap() = form_urlencoded::parse(body.as_bytes())
                    .into_owned()
                    .collect();
                Redirect::to("/done")
            }),
        )
        .route(
            "/done",
            get(move || async move {
                let fields = shown.lock().unwrap().clone();
                let body = maud::html! {
                    h1 { "Saved" }
                    ul { @for (k, v) in &fields { li { (k) "=" (v) } } }
                };
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CONTENT_SECURITY_POLICY, POLICY),
                    ],
                    body.into_string(),
                )
            }),
        )
        .route(
            "/refused",
            get(|| async { (StatusCode::FORBIDDEN, "not yours").into_response() }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), received)
}

/// The wrapper on a page of its own: typing (Cyrillic and markup included) replaces a field's
/// text, a radio and a drop-down are chosen, a submit waits for the page after the redirect,
/// and a refusal's status is read.
#[test]
fn the_browser_wrapper_fills_chooses_and_submits() {
    if !chromium_present() {
        return;
    }
    let dir = temp("wrapper");
    let rt = runtime();
    rt.block_on(async {
        let (base, received) = start_form_server().await;
        let b = Browser::launch(&dir, base).await;
        b.open("/form").await;
        assert_eq!((b.status().await, b.path().await), (200, "/form".into()));
        assert_eq!(b.text_of("h1").await, "Form");
        b.fill("#reason", "Ребёнок <b>назвал</b> & адрес").await;
        b.fill("#comment", "second line").await;
        b.choose("verdict", "disagree").await;
        b.select("#severity", "major").await;
        assert_eq!(b.count("input[type=radio]").await, 2);
        b.press("Save").await;
        assert_eq!((b.status().await, b.path().await), (200, "/done".into()));
        assert_eq!(
            *received.lock().unwrap(),
            [
                ("reason", "Ребёнок <b>назвал</b> & адрес"),
                ("comment", "second line"),
                ("verdict", "disagree"),
                ("severity", "major"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
        );
        let text = b.text().await;
        assert!(
            text.contains("reason=Ребёнок <b>назвал</b> & адрес"),
            "{text}"
        );
        b.open("/refused").await;
        assert_eq!(b.status().await, 403);
        assert_eq!(b.text().await, "not yours");
        b.forget_cookies().await;
        b.close().await;
    });
    rt.shutdown_timeout(Duration::from_secs(5));
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------- the flows

/// What the flows share: the database (for what the test sets up behind the browser's back,
/// such as an import) and the browser.
struct Run {
    db: Db,
    dir: PathBuf,
    browser: Browser,
}

/// Everyone's password in these flows (at least ten characters; Cyrillic typed as well).
const PASSWORD: &str = "лесная тропа 7 windows";

/// The people of the flows and the calls they handle.
struct Cast {
    /// Anna's attempt that is reviewed twice, queried and read back.
    anna: i64,
    /// Its automatic deviations (the review form's items).
    deviations: usize,
    /// Its machine total, which no review may change.
    machine_total: f64,
    /// Boris's attempt, which Anna may not open.
    boris: i64,
}

/// The import (through the import function, into the server's database, as `doverie assess
/// import` does) and the accounts (as `doverie assess user add` makes them, at an argon2 cost
/// cheap enough for a test): an administrator, two assessors, two trainees.
async fn cast(run: &Run) -> Cast {
    let l = load("hidden-bruises");
    let anna = random_call(&l, 21, "t-anna");
    let boris = random_call(&l, 22, "t-boris");
    let ids = import_calls(
        &run.db,
        &run.dir,
        &[("anna.json", &anna), ("boris.json", &boris)],
        Mode::Exam,
    )
    .await;
    let stored = attempts::get(&run.db, ids[0])
        .await
        .unwrap()
        .expect("Anna's attempt is stored");
    let card = stored.card.expect("Anna's call is scored");
    assert!(
        card.deviations.len() >= 2,
        "the reviewed call has at least two automatic deviations to agree and disagree with"
    );
    let cheap = Cost {
        memory_kib: 8,
        iterations: 1,
    };
    for (login, role, trainee) in [
        ("admin", Role::Administrator, None),
        ("asma", Role::Assessor, None),
        ("oleg", Role::Assessor, None),
        ("anna", Role::Trainee, Some("t-anna")),
        ("boris", Role::Trainee, Some("t-boris")),
    ] {
        users::add(&run.db, None, login, role, trainee, PASSWORD, cheap)
            .await
            .unwrap_or_else(|e| panic!("account {login}: {e}"));
    }
    Cast {
        anna: ids[0],
        deviations: card.deviations.len(),
        machine_total: card.total,
        boris: ids[1],
    }
}

impl Browser {
    /// Logs in as `login` through the form at `/` (any earlier session forgotten) and checks
    /// the bar names them with their role.
    async fn log_in(&self, login: &str, role: &str) {
        self.forget_cookies().await;
        self.open("/?lang=en").await;
        self.fill("#login", login).await;
        self.fill("#password", PASSWORD).await;
        self.press("Log in").await;
        let text = self.text().await;
        assert_eq!(self.status().await, 200, "{login} logs in: {text}");
        assert!(
            text.contains(&format!("{login} ({role})")),
            "the bar names {login} as {role}: {text}"
        );
    }

    /// The cells' texts of the table row whose first cell reads `first`.
    async fn row(&self, first: &str) -> Vec<String> {
        let js = format!(
            "(() => {{ const r = [...document.querySelectorAll('tr')].find(r => r.cells.length \
             && r.cells[0].innerText.trim() === {}); \
             return r ? [...r.cells].map(c => c.innerText.trim()) : null }})()",
            js_string(first)
        );
        let row: Option<Vec<String>> = self.eval(&js).await;
        match row {
            Some(row) => row,
            None => panic!("no row {first:?} on {}", self.path_now().await),
        }
    }

    /// The reviewed level and total on a review's page in English (the "Reviewed score"
    /// column beside the machine's).
    async fn reviewed_score(&self) -> (String, String) {
        let level = self.row("Level").await;
        let total = self.row("Total").await;
        assert!(
            level.len() == 3 && total.len() == 3,
            "a machine and a reviewed column: {level:?} {total:?}"
        );
        (level[2].clone(), total[2].clone())
    }

    /// The id at the end of the current path (`/review/7` -> 7).
    async fn id_in_path(&self) -> i64 {
        let path = self.path().await;
        let id = path.split('?').next().unwrap_or("").rsplit('/').next();
        id.and_then(|i| i.parse().ok())
            .unwrap_or_else(|| panic!("no id at the end of {path}"))
    }
}

/// A visitor without a session is shown the login form for any page; a wrong password is
/// refused, and slowed, with the same words as an unknown login; the right one opens the
/// staff's home.
async fn logging_in(run: &Run, cast: &Cast) {
    let b = &run.browser;
    b.forget_cookies().await;
    b.open(&format!("/attempt/{}", cast.anna)).await;
    assert_eq!(b.count("#password").await, 1, "the login form is shown");
    let text = b.text().await;
    assert!(!text.contains("t-anna"), "{text}");

    // Each wrong password is answered later than the one before (the server's default: 0.5 s
    // after the first failure of a login, doubling): a lower bound, which no machine's pace
    // can make fail.
    let mut waited = Vec::new();
    for login in ["asma", "asma", "nobody"] {
        b.open("/?lang=en").await;
        b.fill("#login", login).await;
        b.fill("#password", "not the password at all").await;
        let start = Instant::now();
        b.press("Log in").await;
        waited.push(start.elapsed());
        assert_eq!(b.status().await, 401);
        let text = b.text().await;
        assert!(text.contains("Wrong login or password."), "{text}");
    }
    assert!(
        waited[0] >= Duration::from_millis(500) && waited[1] >= Duration::from_secs(1),
        "wrong passwords are slowed: {waited:?}"
    );

    b.log_in("asma", "assessor").await;
    let text = b.text().await;
    assert!(
        text.contains("Cohort") && text.contains("Attempts: 2"),
        "{text}"
    );
    b.open("/?lang=ru").await;
    let text = b.text().await;
    assert!(
        text.contains("Группа") && text.contains("Попытки: 2"),
        "{text}"
    );
}

/// The reports, as an assessor: a trainee's page, an attempt, an attempt that does not exist.
async fn reports(run: &Run, cast: &Cast) {
    let b = &run.browser;
    b.log_in("asma", "assessor").await;
    b.open("/trainee/t-anna").await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(
        text.contains("t-anna") && !text.contains("t-boris"),
        "{text}"
    );

    b.open(&format!("/attempt/{}", cast.boris)).await;
    assert_eq!(b.status().await, 200);
    let heading = b.text_of("h1").await;
    assert!(heading.contains(&format!("#{}", cast.boris)), "{heading}");
    assert!(b.text().await.contains("t-boris"));

    b.open("/attempt/999999").await;
    assert_eq!(b.status().await, 404);
    assert!(b.text().await.contains("999999"));
}

/// The administrator has every attempt reviewed twice (the existing ones are drawn when the
/// share is set).
async fn double_review_share(run: &Run, cast: &Cast) {
    let b = &run.browser;
    b.log_in("admin", "administrator").await;
    b.open("/double-review?lang=en").await;
    assert!(b.text().await.contains("Drawn attempts (0)"));
    b.fill("input[name=percent]", "100").await;
    b.fill("input[name=reason]", "every call twice this term")
        .await;
    b.press("Save").await;
    assert_eq!(b.path().await, "/double-review?lang=en");
    let text = b.text().await;
    assert!(
        text.contains("Share of attempts reviewed twice: 100%")
            && text.contains("Drawn attempts (2)"),
        "{text}"
    );
    let row = b.row(&format!("#{}", cast.anna)).await;
    assert!(
        row[4].starts_with("missing") && row[5].starts_with("missing"),
        "{row:?}"
    );
}

/// The first review: a reason is required, sign-off waits for a verdict on every automatic
/// deviation; one deviation disagreed with, one the rules missed added; the reviewed score
/// beside the machine's, which stays as it was.
async fn reviewing(run: &Run, cast: &Cast) -> (i64, (String, String)) {
    let b = &run.browser;
    let n = cast.deviations;
    b.log_in("asma", "assessor").await;
    let form = format!("/attempt/{}/review/first?lang=en", cast.anna);
    b.open(&form).await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(
        text.contains(&format!("Review of attempt #{}", cast.anna))
            && text.contains("Machine score")
            && text.contains("The call as the trainee had it"),
        "{text}"
    );
    assert_eq!(b.count("input[type=radio][value=agree]").await, n);

    // A verdict without its reason is refused, and says which item.
    b.choose("verdict-0", "disagree").await;
    b.press("Save").await;
    assert_eq!(b.status().await, 400);
    let text = b.text().await;
    assert!(text.contains("[0] A reason is required"), "{text}");

    // One verdict saved: signing off is refused while the others have none.
    b.choose("verdict-0", "disagree").await;
    b.fill(
        "textarea[name=reason-0]",
        "The child named <b>a teacher</b> herself & it counts",
    )
    .await;
    b.press("Save").await;
    assert_eq!((b.status().await, b.path().await), (200, form.clone()));
    b.press("Sign off").await;
    assert_eq!(b.status().await, 400);
    let text = b.text().await;
    assert!(
        text.contains(&format!(
            "{} automatic deviation(s) have no verdict yet",
            n - 1
        )),
        "{text}"
    );

    // Every other deviation agreed with, one missed deviation added, a comment.
    for i in 1..n {
        b.choose(&format!("verdict-{i}"), "agree").await;
        b.fill(&format!("textarea[name=reason-{i}]"), "as recorded")
            .await;
    }
    let rule: String = b
        .eval("document.querySelector('select[name=add-rule]').options[1].value")
        .await;
    let rule_name: String = b
        .eval("document.querySelector('select[name=add-rule]').options[1].innerText")
        .await;
    b.select("select[name=add-rule]", &rule).await;
    b.select("select[name=add-severity]", "major").await;
    b.fill("input[name=add-turn]", "1").await;
    b.fill("textarea[name=add-reason]", "missed at the first answer")
        .await;
    b.fill("textarea[name=comment]", "Calm and warm; see item 0.")
        .await;
    b.press("Save").await;
    assert_eq!((b.status().await, b.path().await), (200, form.clone()));
    let text = b.text().await;
    assert!(
        text.contains("Added deviations")
            && text.contains(&rule_name)
            && text.contains("not signed off yet"),
        "{text}"
    );

    b.press("Sign off").await;
    assert_eq!(b.status().await, 200);
    assert!(b.path().await.starts_with("/review/"));
    let id = b.id_in_path().await;
    let text = b.text().await;
    assert!(
        text.contains("Signed off")
            && text.contains("The child named <b>a teacher</b> herself & it counts")
            && text.contains("Calm and warm; see item 0."),
        "{text}"
    );
    let machine = format!("{:.1}", cast.machine_total);
    let totals = b.row("Total").await;
    assert_eq!(totals[1], machine, "{totals:?}");
    let score = b.reviewed_score().await;
    assert!(
        score.1.parse::<f64>().is_ok(),
        "a reviewed total: {score:?}"
    );

    // The machine score is never altered.
    let stored = attempts::get(&run.db, cast.anna).await.unwrap().unwrap();
    assert_eq!(stored.total, Some(cast.machine_total));
    // The same assessor cannot write the blind second review too.
    b.open(&format!("/attempt/{}/review/second?lang=en", cast.anna))
        .await;
    assert_eq!(b.status().await, 400);
    let text = b.text().await;
    assert!(
        text.contains("its other review must be by a different assessor"),
        "{text}"
    );
    (id, score)
}

/// The second review, blind: the other assessor sees neither the first review's words nor its
/// page (by guessing its address) until both are signed; then they do.
async fn reviewing_blind(run: &Run, cast: &Cast, first: i64) -> (String, String) {
    let b = &run.browser;
    let n = cast.deviations;
    b.log_in("oleg", "assessor").await;
    let form = format!("/attempt/{}/review/second?lang=ru", cast.anna);
    b.open(&form).await;
    assert_eq!(b.status().await, 200);
    let blind = |text: &str| {
        !text.contains("a teacher") && !text.contains("Calm and warm") && !text.contains("asma")
    };
    let text = b.text().await;
    assert!(
        text.contains("вторая рецензия (вслепую)") && blind(&text),
        "{text}"
    );
    b.open(&format!("/review/{first}?lang=ru")).await;
    assert_eq!(b.status().await, 404);
    assert!(blind(&b.text().await));
    b.open(&format!("/attempt/{}?lang=ru", cast.anna)).await;
    assert!(blind(&b.text().await));

    b.open(&form).await;
    for i in 0..n {
        b.choose(&format!("verdict-{i}"), "agree").await;
        b.fill(&format!("textarea[name=reason-{i}]"), "по записи")
            .await;
    }
    b.press("Сохранить").await;
    assert_eq!((b.status().await, b.path().await), (200, form.clone()));
    b.press("Подписать").await;
    assert_eq!(b.status().await, 200);
    let second = b.id_in_path().await;
    assert_ne!(second, first);
    b.open(&format!("/review/{second}?lang=en")).await;
    let score = b.reviewed_score().await;

    b.open(&format!("/review/{first}?lang=ru")).await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(
        text.contains("a teacher") && text.contains("asma"),
        "{text}"
    );
    score
}

/// The centre's agreement page, figures worked by hand. Anna's call has n automatic
/// deviations; Asma withdrew one and added one, Oleg kept all and added none: n + 1 items,
/// rated (Asma, Oleg) deviation/deviation n - 1 times, withdrawn/deviation once,
/// deviation/not once.
///   percent  po = (n - 1) / (n + 1)
///   kappa    pe = (n / (n + 1))² + (1 / (n + 1))²   ->  kappa = (po - pe) / (1 - pe) = -1 / n
///   AC1      π = n / (n + 1), pe = 2π(1 - π)        ->  AC1 = (n² - 2n - 1) / (n² + 1)
/// (for n = 5: 66.7 %, -0.200, 0.538: kappa below zero where the two agree on most items).
async fn agreement(run: &Run, cast: &Cast) {
    let b = &run.browser;
    let n = cast.deviations as f64;
    let percent = format!("{:.1}%", (n - 1.0) / (n + 1.0) * 100.0);
    let kappa = format!("{:.3}", -1.0 / n);
    let ac1 = format!("{:.3}", (n * n - 2.0 * n - 1.0) / (n * n + 1.0));
    let items = (cast.deviations + 1).to_string();
    b.log_in("admin", "administrator").await;
    b.open("/agreement?lang=en").await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(
        text.contains("Calls reviewed twice, both reviews signed: 1"),
        "{text}"
    );
    assert_eq!(
        b.row("All deviations").await,
        ["All deviations", &items, &percent, &kappa, &ac1]
    );
    let asma = b.row("asma").await;
    let figures = [items.clone(), percent.clone(), kappa.clone(), ac1.clone()];
    assert_eq!(asma[1..5], figures, "{asma:?}");
    let withdrew = format!("1 / {} ({:.1}%)", cast.deviations, 100.0 / n);
    assert_eq!(
        (asma[7].as_str(), asma[8].as_str()),
        (withdrew.as_str(), "1"),
        "{asma:?}"
    );
    let oleg = b.row("oleg").await;
    assert_eq!(oleg[1..5], figures, "{oleg:?}");
    let kept = format!("0 / {} (0.0%)", cast.deviations);
    assert_eq!(
        (oleg[7].as_str(), oleg[8].as_str()),
        (kept.as_str(), "0"),
        "{oleg:?}"
    );
    b.open("/double-review?lang=en").await;
    let row = b.row(&format!("#{}", cast.anna)).await;
    assert!(
        row[4].starts_with("signed") && row[5].starts_with("signed"),
        "{row:?}"
    );
}

/// A trainee's view, in Russian: her home is her own attempts, and her attempt opens.
async fn trainee_home(run: &Run, cast: &Cast) {
    let b = &run.browser;
    b.log_in("anna", "trainee").await;
    assert_eq!(b.path().await, "/trainee/t-anna?lang=en");
    b.open("/?lang=ru").await;
    assert_eq!(b.path().await, "/trainee/t-anna?lang=ru");
    let text = b.text().await;
    assert!(
        text.contains("t-anna") && !text.contains("t-boris") && text.contains("Мои попытки"),
        "{text}"
    );
    b.open(&format!("/attempt/{}?lang=ru", cast.anna)).await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(text.contains(&format!("Попытка #{}", cast.anna)), "{text}");
}

/// Certification uses the signed reviewed scores, not the machine's: two reviews that agree
/// stand; two that disagree give the lower, flagged for adjudication (the review module's rule),
/// each naming the assessors. `asma` and `oleg`: each one's reviewed level and total.
async fn certification(run: &Run, cast: &Cast, asma: &(String, String), oleg: &(String, String)) {
    let b = &run.browser;
    b.log_in("anna", "trainee").await;
    b.open("/trainee/t-anna?lang=en").await;
    let text = b.text().await;
    let total = |s: &(String, String)| s.1.parse::<f64>().expect("a reviewed total");
    let lower = if total(oleg) < total(asma) {
        oleg
    } else {
        asma
    };
    let counted = if asma == oleg {
        format!(
            "#{} hidden-bruises (reviewed by asma, oleg, {}, {})",
            cast.anna, lower.0, lower.1
        )
    } else {
        format!(
            "#{} hidden-bruises (two reviews disagree, the lower used; by asma, oleg, {}, {}, to adjudicate)",
            cast.anna, lower.0, lower.1
        )
    };
    assert!(text.contains(&counted), "{counted} in: {text}");
}

/// The trainee reads her signed review and queries it; the assessor who signed it may not
/// resolve the query, another does, with a written rationale.
async fn trainee_query(run: &Run, first: i64) {
    let b = &run.browser;
    b.log_in("anna", "trainee").await;
    b.open(&format!("/review/{first}?lang=ru")).await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(
        text.contains("Подписана") && text.contains("a teacher"),
        "{text}"
    );
    b.fill(
        "textarea[name=text]",
        "Я назвала учительницу, это не ошибка?",
    )
    .await;
    b.press("Отправить").await;
    assert_eq!(b.status().await, 200);
    let text = b.text().await;
    assert!(
        text.contains("Я назвала учительницу, это не ошибка?") && text.contains("открыт"),
        "{text}"
    );

    // The assessor who signed the review does not resolve the query on it; another does.
    b.log_in("oleg", "assessor").await;
    b.open("/queries?lang=en").await;
    let text = b.text().await;
    assert!(text.contains("Я назвала учительницу"), "{text}");
    let query: String = b
        .eval("[...document.querySelectorAll('a')].map(a => a.pathname).find(p => p.startsWith('/query/')) || ''")
        .await;
    assert!(
        query.starts_with("/query/"),
        "a link to the query on /queries"
    );
    b.open(&format!("{query}?lang=en")).await;
    b.fill(
        "textarea[name=rationale]",
        "Naming a teacher is a trusted adult: the review stands.",
    )
    .await;
    b.choose("outcome", "unchanged").await;
    b.press("Resolve").await;
    assert_eq!(b.status().await, 200);
    assert_eq!(b.path().await, format!("/review/{first}?lang=en"));
    let text = b.text().await;
    assert!(
        text.contains("Resolution: unchanged") && text.contains("the review stands"),
        "{text}"
    );
}

impl Browser {
    /// Sets the field `css` to `value` as its picker would (a date-and-time field takes no
    /// typing through the DevTools protocol), with the events a person's choice fires.
    async fn set_value(&self, css: &str, value: &str) {
        let js = format!(
            "(() => {{ const e = document.querySelector({}); if (!e) return 'no such field'; \
             e.value = {}; e.dispatchEvent(new Event('input', {{bubbles: true}})); \
             e.dispatchEvent(new Event('change', {{bubbles: true}})); \
             return e.value === {} ? '' : 'the field holds ' + e.value }})()",
            js_string(css),
            js_string(value),
            js_string(value)
        );
        let problem: String = self.eval(&js).await;
        assert!(problem.is_empty(), "setting {css} to {value}: {problem}");
    }

    /// Whether the element `css` is checked (a box) or selected (an option).
    async fn is_on(&self, css: &str) -> bool {
        self.eval(&format!(
            "(() => {{ const e = document.querySelector({}); return !!e && (e.checked || e.selected) }})()",
            js_string(css)
        ))
        .await
    }
}

/// An assessor issues an exam on `/exams`: the sentinels are marked; a refusal (no sentinel
/// among the scenarios; in Russian, a window that closes before it opens) is shown on the form,
/// which keeps what was chosen; then the exam is issued and listed, each scenario not started.
async fn issuing_exams(run: &Run) {
    let b = &run.browser;
    b.log_in("asma", "assessor").await;
    b.open("/?lang=en").await;
    b.click("nav a[href='/exams?lang=en']").await;
    b.loaded().await;
    assert_eq!(b.path().await, "/exams?lang=en");
    assert!(b.text().await.contains("No exam has been issued yet."));
    let sentinel = b.text_of("label:has(input[value='night-pills'])").await;
    assert!(sentinel.contains("sentinel"), "{sentinel}");

    b.select("#exam-trainee", "t-anna").await;
    b.click("input[name=scenario][value='hidden-bruises']")
        .await;
    b.set_value("#exam-from", "2026-12-07T09:00").await;
    b.set_value("#exam-to", "2026-12-07T17:00").await;
    b.press("Issue").await;
    assert_eq!(b.status().await, 400);
    let alert = b.text_of("[role=alert]").await;
    assert!(
        alert.contains("none of these scenarios is a sentinel"),
        "{alert}"
    );
    assert!(b.is_on("#exam-trainee option[value='t-anna']").await);
    assert!(
        b.is_on("input[name=scenario][value='hidden-bruises']")
            .await
    );
    let to: String = b.eval("document.querySelector('#exam-to').value").await;
    assert_eq!(to, "2026-12-07T17:00", "the window is kept as typed");

    b.open("/exams?lang=ru").await;
    b.select("#exam-trainee", "t-anna").await;
    b.click("input[name=scenario][value='night-pills']").await;
    b.set_value("#exam-from", "2026-12-07T17:00").await;
    b.set_value("#exam-to", "2026-12-07T09:00").await;
    b.press("Выдать").await;
    assert_eq!(b.status().await, 400);
    let alert = b.text_of("[role=alert]").await;
    assert!(
        alert.contains("окно экзамена закрывается раньше"),
        "{alert}"
    );
    assert!(b.is_on("input[name=scenario][value='night-pills']").await);

    b.set_value("#exam-to", "2026-12-07T18:00").await;
    b.click("input[name=scenario][value='hidden-bruises']")
        .await;
    b.press("Выдать").await;
    assert_eq!(b.status().await, 200);
    let path = b.path().await;
    let id: i64 = path
        .rsplit("done=")
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("back on the list with the exam issued: {path}"));
    let status = b.text_of("[role=status]").await;
    assert_eq!(status, format!("Экзамен {id} выдан."));
    let row = b.row(&id.to_string()).await;
    assert_eq!(row[1], "t-anna", "{row:?}");
    assert!(
        row[2].contains("2026-12-07 17:00 — 2026-12-07 18:00"),
        "{row:?}"
    );
    assert!(
        row[3].contains("night-pills: не начат") && row[3].contains("hidden-bruises: не начат"),
        "{row:?}"
    );
}

/// A trainee who guesses addresses: another trainee's attempt and page, the cohort's figures,
/// review forms, the staff's pages are all refused and show nothing of what they guard (another
/// trainee's page is refused as if that trainee did not exist); logging out ends the session.
async fn refused(run: &Run, cast: &Cast) {
    let b = &run.browser;
    b.log_in("anna", "trainee").await;
    // What Boris's attempt page would show: its number as a heading, its trainee.
    let boris_heading = format!("Attempt #{}", cast.boris);
    for path in [
        format!("/attempt/{}", cast.boris),
        format!("/attempt/{}.json", cast.boris),
        "/trainee/t-boris".to_string(),
        "/cohort.csv".to_string(),
        format!("/attempt/{}/review/first", cast.anna),
        format!("/attempt/{}/review/first", cast.boris),
        "/agreement".to_string(),
        "/double-review".to_string(),
        "/queries".to_string(),
        "/audit".to_string(),
        "/users".to_string(),
        "/exams".to_string(),
    ] {
        b.open(&path).await;
        let status = b.status().await;
        let text = b.text().await;
        assert!(
            status == 403 || status == 404,
            "{path} is refused to a trainee, not {status}: {text}"
        );
        assert!(
            !text.contains(&boris_heading)
                && !text.contains("Attempts:")
                && !text.contains("hidden-bruises"),
            "{path} shows nothing it guards: {text}"
        );
    }
    b.open("/trainee/t-boris").await;
    let boris = (b.status().await, b.text().await);
    b.open("/trainee/t-nobody").await;
    let nobody = (
        b.status().await,
        b.text().await.replace("t-nobody", "t-boris"),
    );
    assert_eq!(
        boris, nobody,
        "another trainee is refused as if they did not exist"
    );

    b.open("/").await;
    b.press("Log out").await;
    assert_eq!(
        b.count("#password").await,
        1,
        "the login form after logging out"
    );
    b.open(&format!("/attempt/{}", cast.anna)).await;
    assert_eq!(b.count("#password").await, 1);
    assert!(!b.text().await.contains("t-anna"));
}

/// The runtime a test drives the browser and serves pages from.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// Every flow, in order, against the database at `url` with one browser.
fn flows(name: &str, url: &str) {
    let dir = temp(name);
    let rt = runtime();
    rt.block_on(async {
        let db = Db::open(url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
        let base = start_server(url).await;
        let browser = Browser::launch(&dir, base).await;
        let run = Run {
            db,
            dir: dir.clone(),
            browser,
        };
        let cast = cast(&run).await;
        logging_in(&run, &cast).await;
        reports(&run, &cast).await;
        double_review_share(&run, &cast).await;
        let (first, asma) = reviewing(&run, &cast).await;
        let oleg = reviewing_blind(&run, &cast, first).await;
        agreement(&run, &cast).await;
        trainee_home(&run, &cast).await;
        certification(&run, &cast, &asma, &oleg).await;
        trainee_query(&run, first).await;
        issuing_exams(&run).await;
        refused(&run, &cast).await;
        run.browser.forget_cookies().await;
        run.browser.close().await;
        run.db.pool.close().await;
    });
    rt.shutdown_timeout(Duration::from_secs(5));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_assessors_server_in_a_browser_on_sqlite() {
    if !chromium_present() {
        return;
    }
    let dir = temp("sqlite-db");
    let url = format!("sqlite:{}", dir.join("assess.sqlite").display());
    flows("sqlite", &url);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_assessors_server_in_a_browser_on_postgresql() {
    let Some(server) = pg::server("the browser flows") else {
        return;
    };
    if !chromium_present() {
        return;
    }
    let scratch = pg::Scratch::create(&server, "b", "browser");
    flows("postgresql", &scratch.url);
}
