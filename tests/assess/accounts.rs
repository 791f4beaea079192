//! Accounts, login sessions, the login layer, CSRF, authorization of every page, the audit log
//! and HTTPS (issue 14, acct). Every test runs on SQLite and, with `DOVERIE_TEST_PG`, on
//! PostgreSQL. The servers use cheap password hashes and short login delays; the delay
//! schedule's growth is still checked (lower bounds only: nothing depends on machine speed).

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use doverie_assess::accounts::{Role, User};
use doverie_assess::attempts::{self, Filter};
use doverie_assess::db::Db;
use doverie_assess::serve::{ServeOptions, Tls, serve_with};
use doverie_assess::session::LoginPolicy;
use doverie_assess::users::{self, Cost};
use doverie_assess::{Mode, audit, block_on};
use doverie_authoring::sample::random_call;

use crate::{Case, each_database, import_files, library, load, write};

/// Hashes cheap enough for a debug build.
pub(crate) const CHEAP: Cost = Cost {
    memory_kib: 64,
    iterations: 1,
};

/// Short delays, the same shape as the default (doubling to a cap, a lockout).
pub(crate) fn quick_policy() -> LoginPolicy {
    LoginPolicy {
        first_delay: Duration::from_millis(150),
        max_delay: Duration::from_millis(600),
        max_failures: 5,
        cost: CHEAP,
        ..LoginPolicy::default()
    }
}

pub(crate) const PASSWORD: &str = "correct horse battery";

/// Adds an account with [`PASSWORD`].
pub(crate) fn add_user(db: &Db, login: &str, role: Role, trainee: Option<&str>) -> User {
    block_on(users::add(db, None, login, role, trainee, PASSWORD, CHEAP)).unwrap()
}

/// A server over `url` on a free port of 127.0.0.1, in a thread of its own.
pub(crate) fn start(url: &str, options: ServeOptions) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    let url = url.to_string();
    std::thread::spawn(move || {
        let db = block_on(Db::open(&url)).unwrap();
        let served = block_on(serve_with(db, library(), "127.0.0.1:0", &options, |a| {
            tx.send(a).unwrap()
        }));
        if let Err(e) = served {
            panic!("the server stopped: {e}");
        }
    });
    rx.recv_timeout(Duration::from_secs(120))
        .expect("the server starts")
}

pub(crate) fn start_quick(url: &str) -> SocketAddr {
    start(
        url,
        ServeOptions {
            login: quick_policy(),
            tls: None,
        },
    )
}

/// An HTTP answer: status, lower-cased head, body.
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    /// A header's value (the first), as sent.
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            (n.trim() == name).then(|| v.trim().to_string())
        })
    }
}

fn parse(raw: &[u8]) -> Answer {
    let raw = String::from_utf8_lossy(raw);
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    Answer {
        status: head[9..12].parse().unwrap(),
        head: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

/// `%`-encoding of a form value.
pub(crate) fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn request_text(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> String {
    let mut text = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        text.push_str(&format!("{k}: {v}\r\n"));
    }
    if method == "POST" {
        text.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    text.push_str("\r\n");
    text.push_str(body);
    text
}

/// One request over plain HTTP.
pub(crate) fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Answer {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.write_all(request_text(addr, method, path, headers, body).as_bytes())
        .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    parse(&raw)
}

/// A logged-in browser: its session cookie and the page's CSRF token.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub addr: SocketAddr,
    pub cookie: String,
    pub csrf: String,
}

impl Session {
    pub fn get(&self, path: &str) -> Answer {
        request(self.addr, "GET", path, &[("Cookie", &self.cookie)], "")
    }

    /// A form POST with the session's CSRF token added.
    pub fn post(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &form(&all), &[])
    }

    /// A POST of `body` as is (no token added), with `headers` beside the cookie.
    pub fn post_raw(&self, path: &str, body: &str, headers: &[(&str, &str)]) -> Answer {
        let mut all = vec![("Cookie", self.cookie.as_str())];
        all.extend_from_slice(headers);
        request(self.addr, "POST", path, &all, body)
    }
}

pub(crate) fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The value of the first hidden `csrf` field of a page.
pub(crate) fn csrf_of(page: &str) -> Option<String> {
    let at = page.find(r#"name="csrf" value=""#)? + r#"name="csrf" value=""#.len();
    Some(page[at..].split('"').next()?.to_string())
}

/// `POST /login`.
pub(crate) fn try_log_in(addr: SocketAddr, login: &str, password: &str) -> Answer {
    request(
        addr,
        "POST",
        "/login",
        &[],
        &form(&[("login", login), ("password", password), ("lang", "en")]),
    )
}

/// Logs in (the test fails if refused) and reads the CSRF token from the home page.
pub(crate) fn log_in(addr: SocketAddr, login: &str, password: &str) -> Session {
    let a = try_log_in(addr, login, password);
    assert_eq!(a.status, 303, "{login}: {}", a.body);
    let set = a.header("set-cookie").expect("a session cookie");
    let cookie = set.split(';').next().unwrap().to_string();
    let mut session = Session {
        addr,
        cookie,
        csrf: String::new(),
    };
    let mut page = session.get("/");
    if page.status == 303 {
        page = session.get(&page.header("location").unwrap());
    }
    assert_eq!(page.status, 200, "{}", page.body);
    session.csrf = csrf_of(&page.body).expect("the page has the logout form");
    session
}

/// Two trainees' exam attempts: (t-1's attempt, t-2's attempt).
fn two_trainees(case: &Case) -> (i64, i64) {
    let l = load("hidden-bruises");
    let files = vec![
        write(&case.dir, "a.json", &random_call(&l, 21, "t-1")),
        write(&case.dir, "b.json", &random_call(&l, 22, "t-2")),
    ];
    assert_eq!(import_files(&case.db, &files, Mode::Exam).imported, 2);
    let all = block_on(attempts::list(&case.db, &Filter::default())).unwrap();
    let of = |t: &str| all.iter().find(|a| a.trainee == t).unwrap().id;
    (of("t-1"), of("t-2"))
}

/// Every page but the login form sends a visitor without a session to `/`; every POST is
/// refused; the login form is served with the strict policy.
#[test]
fn logged_out_visitors_see_only_the_login_form() {
    each_database("acct-logged-out", |case| {
        let (a1, _) = two_trainees(case);
        let addr = start_quick(&case.url);
        let home = request(addr, "GET", "/?lang=ru", &[], "");
        assert_eq!(home.status, 200);
        assert!(
            home.body.contains(r#"action="/login""#) && home.body.contains("Войти"),
            "{}",
            home.body
        );
        assert!(
            home.header("content-security-policy")
                .is_some_and(|p| p.starts_with("default-src 'none'"))
        );
        assert!(!home.body.contains("t-1"), "no record before a login");
        for path in [
            "/cohort.csv",
            "/cohort.json?from=2000-01-01",
            "/trainee/t-1",
            "/trainee/t-1.json",
            &format!("/attempt/{a1}"),
            &format!("/attempt/{a1}.csv"),
            "/attempt/999",
            "/audit",
            "/users",
            "/anything",
        ] {
            let a = request(addr, "GET", path, &[], "");
            assert_eq!(
                (a.status, a.header("location").as_deref()),
                (303, Some("/")),
                "{path}"
            );
            assert!(!a.body.contains("t-1"), "{path}: {}", a.body);
        }
        for path in ["/logout", "/users", "/audit", &format!("/attempt/{a1}")] {
            let a = request(addr, "POST", path, &[], "csrf=x");
            assert_eq!(a.status, 403, "{path}");
            assert!(a.body.contains("not logged in"), "{path}: {}", a.body);
        }
        // A cookie that is no session is no better than none.
        let forged = format!("doverie_session={}", "ab".repeat(32));
        let a = request(addr, "GET", "/cohort.csv", &[("Cookie", &forged)], "");
        assert_eq!(a.status, 303);
    });
}

/// A trainee reaches their own attempts and nothing else by guessing URLs; staff reach every
/// trainee and the cohort; only an administrator reaches the audit log and the accounts.
#[test]
fn a_trainee_opens_only_their_own_attempts() {
    each_database("acct-trainee", |case| {
        let (mine, theirs) = two_trainees(case);
        add_user(&case.db, "anna", Role::Trainee, Some("t-1"));
        add_user(&case.db, "olga", Role::Assessor, None);
        add_user(&case.db, "head", Role::Administrator, None);
        let addr = start_quick(&case.url);
        let anna = log_in(addr, "anna", PASSWORD);
        let home = anna.get("/?lang=en");
        assert_eq!(
            (home.status, home.header("location").as_deref()),
            (303, Some("/trainee/t-1?lang=en"))
        );
        let own = anna.get("/trainee/t-1");
        assert_eq!(own.status, 200);
        assert!(own.body.contains("anna (trainee)") && own.body.contains("/logout"));
        assert_eq!(anna.get(&format!("/attempt/{mine}")).status, 200);
        assert_eq!(anna.get(&format!("/attempt/{mine}.json")).status, 200);
        // Someone else's attempt answers exactly as one that does not exist.
        let missing = anna.get("/attempt/999999");
        for path in [
            format!("/attempt/{theirs}"),
            format!("/attempt/{theirs}.csv"),
        ] {
            let a = anna.get(&path);
            assert_eq!(a.status, 404, "{path}");
            assert!(!a.body.contains("t-2"), "{path}: {}", a.body);
            assert_eq!(
                a.body.replace(&theirs.to_string(), "N"),
                missing.body.replace("999999", "N")
            );
        }
        let other = anna.get("/trainee/t-2.json");
        let nobody = anna.get("/trainee/t-9.json");
        assert_eq!((other.status, nobody.status), (404, 404));
        assert_eq!(
            other.body.replace("t-2", "X"),
            nobody.body.replace("t-9", "X")
        );
        for path in ["/cohort.csv", "/cohort.json", "/audit", "/users"] {
            assert_eq!(anna.get(path).status, 403, "{path}");
        }
        let olga = log_in(addr, "olga", PASSWORD);
        let cohort = olga.get("/?lang=en");
        assert_eq!(cohort.status, 200);
        assert!(cohort.body.contains("Cohort") && cohort.body.contains("olga (assessor)"));
        assert_eq!(olga.get("/trainee/t-2.json").status, 200);
        assert_eq!(olga.get(&format!("/attempt/{theirs}")).status, 200);
        assert_eq!(olga.get("/cohort.csv").status, 200);
        assert_eq!(olga.get("/audit").status, 403);
        assert_eq!(olga.get("/users").status, 403);
        let head = log_in(addr, "head", PASSWORD);
        assert_eq!(head.get("/audit").status, 200);
        assert_eq!(head.get("/users").status, 200);
        assert_eq!(head.get(&format!("/attempt/{mine}")).status, 200);
    });
}

/// A POST without the session's CSRF token, with a wrong one, or from another site is refused
/// and changes nothing; with it, logout ends the session.
#[test]
fn a_post_without_the_session_csrf_token_is_refused() {
    each_database("acct-csrf", |case| {
        add_user(&case.db, "olga", Role::Assessor, None);
        let addr = start_quick(&case.url);
        let olga = log_in(addr, "olga", PASSWORD);
        let other = log_in(addr, "olga", PASSWORD);
        assert_ne!(olga.csrf, other.csrf, "each session has its own token");
        let refused = [
            olga.post_raw("/logout", "lang=en", &[]),
            olga.post_raw("/logout", &form(&[("csrf", "")]), &[]),
            olga.post_raw("/logout", &form(&[("csrf", &"0".repeat(64))]), &[]),
            olga.post_raw("/logout", &form(&[("csrf", &other.csrf)]), &[]),
            olga.post_raw(
                "/logout",
                &form(&[("csrf", &olga.csrf)]),
                &[("Origin", "https://evil.example")],
            ),
            olga.post_raw(
                "/logout",
                &form(&[("csrf", &olga.csrf)]),
                &[("Sec-Fetch-Site", "cross-site")],
            ),
        ];
        for (n, a) in refused.iter().enumerate() {
            assert_eq!(a.status, 403, "{n}: {}", a.body);
        }
        assert!(
            refused[0].body.contains("security token"),
            "{}",
            refused[0].body
        );
        assert!(
            refused[4].body.contains("another site"),
            "{}",
            refused[4].body
        );
        // Still logged in: nothing was done.
        assert_eq!(olga.get("/cohort.csv").status, 200);
        let origin = format!("http://{addr}");
        let out = olga.post_raw(
            "/logout",
            &form(&[("csrf", &olga.csrf)]),
            &[("Origin", &origin), ("Sec-Fetch-Site", "same-origin")],
        );
        assert_eq!(out.status, 303, "{}", out.body);
        assert!(out.header("set-cookie").unwrap().contains("max-age=0"));
        assert_eq!(olga.get("/cohort.csv").status, 303, "the session has ended");
        assert_eq!(
            other.get("/cohort.csv").status,
            200,
            "the other session lives"
        );
        // A login form posted from another site is refused too.
        let a = request(
            addr,
            "POST",
            "/login",
            &[("Origin", "https://evil.example")],
            &form(&[("login", "olga"), ("password", PASSWORD)]),
        );
        assert_eq!(a.status, 403);
    });
}

/// A wrong password and an unknown login get the same refusal, each slower than the last up
/// to the cap; the failures are recorded; the right password is accepted; a login with too
/// many recent failures is refused even with the right password.
#[test]
fn a_wrong_password_is_refused_and_slowed() {
    each_database("acct-slow", |case| {
        add_user(&case.db, "olga", Role::Assessor, None);
        let addr = start_quick(&case.url);
        let policy = quick_policy();
        let unknown = try_log_in(addr, "nobody", "whatever it is");
        let session = log_in(addr, "olga", PASSWORD);
        assert_eq!(session.get("/cohort.csv").status, 200);
        let mut schedule = Vec::new();
        for n in 1..policy.max_failures {
            let started = Instant::now();
            let a = try_log_in(addr, "olga", "not the password");
            let took = started.elapsed();
            assert_eq!(a.status, 401);
            assert!(a.header("set-cookie").is_none());
            assert_eq!(
                a.body.replace("olga", "X"),
                unknown.body.replace("nobody", "X"),
                "an unknown login and a wrong password are refused alike"
            );
            assert!(a.body.contains("Wrong login or password."));
            assert!(
                took >= policy.delay(n),
                "failure {n} answered after {took:?}, before {:?}",
                policy.delay(n)
            );
            schedule.push(policy.delay(n));
        }
        assert_eq!(
            schedule,
            [150, 300, 600, 600].map(Duration::from_millis),
            "the delay doubles up to the cap"
        );
        assert_eq!(LoginPolicy::default().delay(1), Duration::from_millis(500));
        assert_eq!(LoginPolicy::default().delay(30), Duration::from_secs(8));
        // The right password still opens, after the delay its failures earned.
        let started = Instant::now();
        log_in(addr, "olga", PASSWORD);
        assert!(started.elapsed() >= policy.delay(policy.max_failures - 1));
        // One more failure reaches the limit: the login is locked, right password or not.
        assert_eq!(try_log_in(addr, "olga", "wrong again").status, 401);
        let locked = try_log_in(addr, "olga", PASSWORD);
        assert_eq!(locked.status, 429);
        assert!(locked.body.contains("wait 15 minutes"), "{}", locked.body);
        assert_eq!(
            try_log_in(addr, "OLGA", PASSWORD).status,
            401,
            "logins are exact"
        );
        let failures: i64 = block_on(
            sqlx::query_scalar("SELECT COUNT(*) FROM login_failures WHERE login = 'olga'")
                .fetch_one(&case.db.pool),
        )
        .unwrap();
        assert_eq!(failures, policy.max_failures);
        let log = block_on(audit::list(&case.db, Some("user/olga"), 100)).unwrap();
        let count = |action: &str| log.iter().filter(|e| e.action == action).count();
        assert_eq!(count("login-failure") as i64, policy.max_failures);
        assert_eq!(count("login"), 2);
        assert_eq!(count("user-add"), 1);
    });
}

/// Accounts through the library (as `doverie assess user` does): weak passwords, duplicate
/// logins and a staff account with a trainee id are refused; a disabled account cannot log in;
/// a new password replaces the old one and ends sessions; everything is audited.
#[test]
fn accounts_are_added_disabled_and_given_new_passwords() {
    each_database("acct-users", |case| {
        let db = &case.db;
        let weak = block_on(users::add(
            db,
            None,
            "vera",
            Role::Assessor,
            None,
            "short",
            CHEAP,
        ));
        assert!(
            weak.as_ref()
                .is_err_and(|e| e.to_string().contains("at least 10")),
            "{weak:?}"
        );
        let anna = add_user(db, "anna", Role::Trainee, None);
        assert_eq!(
            anna.trainee.as_deref(),
            Some("anna"),
            "a trainee id defaults to the login"
        );
        let again = block_on(users::add(
            db,
            None,
            "anna",
            Role::Assessor,
            None,
            PASSWORD,
            CHEAP,
        ));
        assert!(again.is_err_and(|e| e.to_string().contains("already")));
        let staff = block_on(users::add(
            db,
            None,
            "vera",
            Role::Assessor,
            Some("t-1"),
            PASSWORD,
            CHEAP,
        ));
        assert!(staff.is_err_and(|e| e.to_string().contains("only for trainee")));
        let bad = block_on(users::add(
            db,
            None,
            "a b",
            Role::Assessor,
            None,
            PASSWORD,
            CHEAP,
        ));
        assert!(bad.is_err());
        let head = add_user(db, "head", Role::Administrator, None);
        // The stored password is an argon2id PHC string, not the password.
        let stored: String = block_on(
            sqlx::query_scalar("SELECT password FROM users WHERE login = 'head'")
                .fetch_one(&db.pool),
        )
        .unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=64,t=1,p=1$"),
            "{stored}"
        );
        assert!(!stored.contains(PASSWORD));
        let last = block_on(users::disable(db, None, "head", None));
        assert!(last.is_err_and(|e| e.to_string().contains("last active administrator")));

        let addr = start_quick(&case.url);
        let session = log_in(addr, "anna", PASSWORD);
        block_on(users::set_password(
            db,
            Some(head.id),
            "anna",
            "a new passphrase",
            CHEAP,
        ))
        .unwrap();
        assert_eq!(session.get("/trainee/anna").status, 303, "sessions end");
        assert_eq!(try_log_in(addr, "anna", PASSWORD).status, 401);
        let session = log_in(addr, "anna", "a new passphrase");
        block_on(users::disable(
            db,
            Some(head.id),
            "anna",
            Some("left the centre"),
        ))
        .unwrap();
        assert_eq!(session.get("/trainee/anna").status, 303, "sessions end");
        let refused = try_log_in(addr, "anna", "a new passphrase");
        assert_eq!(refused.status, 401);
        let accounts = block_on(users::list(db)).unwrap();
        let logins: Vec<(&str, bool)> = accounts
            .iter()
            .map(|a| (a.user.login.as_str(), a.active))
            .collect();
        assert_eq!(logins, [("anna", false), ("head", true)]);

        let log = block_on(audit::list(db, Some("user/anna"), 100)).unwrap();
        let actions: Vec<(&str, Option<i64>)> = log
            .iter()
            .rev()
            .map(|e| (e.action.as_str(), e.actor))
            .collect();
        assert_eq!(
            actions,
            [
                ("user-add", None),
                ("login", Some(anna.id)),
                ("user-password", Some(head.id)),
                ("login-failure", None),
                ("login", Some(anna.id)),
                ("user-disable", Some(head.id)),
                ("login-failure", None),
            ]
        );
        let add = log.iter().find(|e| e.action == "user-add").unwrap();
        assert_eq!(
            add.value.as_deref(),
            Some(r#"{"role":"trainee","trainee":"anna"}"#)
        );
        let disable = log.iter().find(|e| e.action == "user-disable").unwrap();
        assert_eq!(
            (
                disable.previous.as_deref(),
                disable.value.as_deref(),
                disable.reason.as_deref()
            ),
            (Some("active"), Some("disabled"), Some("left the centre"))
        );
        assert!(
            log.iter()
                .all(|e| !e.value.as_deref().unwrap_or("").contains("passphrase"))
        );
    });
}

/// The administrator manages accounts in the browser; each change is audited under their
/// login, and the audit page filters by object.
#[test]
fn the_administrator_manages_accounts_in_the_browser() {
    each_database("acct-users-page", |case| {
        add_user(&case.db, "head", Role::Administrator, None);
        let addr = start_quick(&case.url);
        let head = log_in(addr, "head", PASSWORD);
        let page = head.get("/users?lang=ru");
        assert_eq!(page.status, 200);
        assert!(page.body.contains("Учётные записи") && page.body.contains("head"));
        let weak = head.post(
            "/users",
            &[
                ("action", "add"),
                ("login", "anna"),
                ("role", "trainee"),
                ("password", "short"),
            ],
        );
        assert_eq!(weak.status, 400);
        assert!(weak.body.contains("at least 10"), "{}", weak.body);
        let added = head.post(
            "/users",
            &[
                ("action", "add"),
                ("login", "anna"),
                ("role", "trainee"),
                ("trainee", "t-1"),
                ("password", PASSWORD),
                ("lang", "en"),
            ],
        );
        assert_eq!(
            (added.status, added.header("location").as_deref()),
            (303, Some("/users?lang=en&done=add"))
        );
        log_in(addr, "anna", PASSWORD);
        let set = head.post(
            "/users",
            &[
                ("action", "password"),
                ("login", "anna"),
                ("password", "another passphrase"),
            ],
        );
        assert_eq!(set.status, 303, "{}", set.body);
        assert_eq!(try_log_in(addr, "anna", PASSWORD).status, 401);
        let off = head.post(
            "/users",
            &[
                ("action", "disable"),
                ("login", "anna"),
                ("reason", "<left>"),
            ],
        );
        assert_eq!(off.status, 303, "{}", off.body);
        assert_eq!(try_log_in(addr, "anna", "another passphrase").status, 401);
        let last = head.post("/users", &[("action", "disable"), ("login", "head")]);
        assert_eq!(last.status, 400);
        let log = head.get("/audit?object=user/anna&lang=en");
        assert_eq!(log.status, 200);
        for action in ["user-add", "user-password", "user-disable", "login-failure"] {
            assert!(log.body.contains(action), "{action}: {}", log.body);
        }
        assert!(log.body.contains("&lt;left&gt;"), "escaped: {}", log.body);
        assert!(!log.body.contains("<left>"));
        assert!(!log.body.contains("user/head"), "filtered to anna");
        let all = head.get("/audit");
        assert!(all.body.contains("user/head") && all.body.contains("command line"));
        let entries = block_on(audit::list(&case.db, Some("user/anna"), 10)).unwrap();
        let head_id = block_on(users::find(&case.db, "head"))
            .unwrap()
            .unwrap()
            .user
            .id;
        assert!(
            entries
                .iter()
                .filter(|e| e.action.starts_with("user-"))
                .all(|e| e.actor == Some(head_id))
        );
    });
}

/// A session ends when its time is up (here 1 s, waited out generously); `GET /login` leads
/// to the form.
#[test]
fn a_session_expires() {
    each_database("acct-expiry", |case| {
        add_user(&case.db, "olga", Role::Assessor, None);
        let addr = start(
            &case.url,
            ServeOptions {
                login: LoginPolicy {
                    session: Duration::from_secs(1),
                    ..quick_policy()
                },
                tls: None,
            },
        );
        let olga = log_in(addr, "olga", PASSWORD);
        std::thread::sleep(Duration::from_millis(2500));
        let a = olga.get("/cohort.csv");
        assert_eq!(
            (a.status, a.header("location").as_deref()),
            (303, Some("/"))
        );
        assert_eq!(olga.post("/logout", &[]).status, 403);
        let form = request(addr, "GET", "/login", &[], "");
        assert_eq!(
            (form.status, form.header("location").as_deref()),
            (303, Some("/"))
        );
    });
}

/// The audit log is append-only in the database itself: an UPDATE or DELETE of its rows fails.
#[test]
fn the_audit_log_cannot_be_changed() {
    each_database("acct-audit", |case| {
        add_user(&case.db, "head", Role::Administrator, None);
        let before = block_on(audit::list(&case.db, None, 10)).unwrap();
        assert_eq!(before.len(), 1);
        for sql in [
            "UPDATE audit SET action = 'nothing'",
            "UPDATE audit SET reason = 'rewritten' WHERE id = 1",
            "DELETE FROM audit",
            "DELETE FROM audit WHERE action = 'user-add'",
        ] {
            let r = block_on(sqlx::query(sql).execute(&case.db.pool));
            let e = r.expect_err(sql).to_string();
            assert!(e.contains("append-only"), "{sql}: {e}");
        }
        if case.url.starts_with("postgres") {
            let r = block_on(sqlx::query("TRUNCATE audit").execute(&case.db.pool));
            assert!(r.is_err_and(|e| e.to_string().contains("append-only")));
        }
        assert_eq!(block_on(audit::list(&case.db, None, 10)).unwrap(), before);
    });
}

/// With a certificate and key the server speaks HTTPS: a client trusting that certificate gets
/// the login page, and the session cookie is `Secure`.
#[test]
fn https_serves_the_login_page_with_the_given_certificate() {
    each_database("acct-https", |case| {
        add_user(&case.db, "olga", Role::Assessor, None);
        let made = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
        let cert = case.dir.join("cert.pem");
        let key = case.dir.join("key.pem");
        std::fs::write(&cert, made.cert.pem()).unwrap();
        std::fs::write(&key, made.signing_key.serialize_pem()).unwrap();
        let addr = start(
            &case.url,
            ServeOptions {
                login: quick_policy(),
                tls: Some(Tls { cert, key }),
            },
        );
        let mut roots = rustls::RootCertStore::empty();
        roots.add(made.cert.der().clone()).unwrap();
        let config = Arc::new(
            rustls::ClientConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
        );
        let https = |method: &str, path: &str, body: &str| {
            let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
            let conn = rustls::ClientConnection::new(config.clone(), name).unwrap();
            let tcp = std::net::TcpStream::connect(addr).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            tls.write_all(request_text(addr, method, path, &[], body).as_bytes())
                .unwrap();
            let mut raw = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                match tls.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => raw.extend_from_slice(&buf[..n]),
                    // A server may close without a TLS close_notify once it has answered.
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                    Err(e) => panic!("reading over TLS: {e}"),
                }
            }
            parse(&raw)
        };
        let page = https("GET", "/?lang=en", "");
        assert_eq!(page.status, 200);
        assert!(page.body.contains(r#"action="/login""#), "{}", page.body);
        let login = https(
            "POST",
            "/login",
            &form(&[("login", "olga"), ("password", PASSWORD)]),
        );
        assert_eq!(login.status, 303, "{}", login.body);
        let cookie = login.header("set-cookie").unwrap();
        for part in ["httponly", "samesite=strict", "path=/", "secure"] {
            assert!(cookie.to_ascii_lowercase().contains(part), "{cookie}");
        }
        // Plain HTTP to the HTTPS port gets no page.
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        assert!(!String::from_utf8_lossy(&raw).contains("/login"));
    });
}
