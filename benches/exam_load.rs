//! The exam server under load (run by hand; compiled by `cargo clippy --all-targets`): many
//! trainees taking exam calls at once against one server on the loopback, on SQLite and on
//! PostgreSQL. It stops by itself when every call has ended.
//!
//! ```text
//! cargo bench -p doverie-assess --bench exam_load -- [--trainees 200] [--scenario night-pills]
//!     [--pg postgres://...] [--sqlite-only]
//! ```
//!
//! Each simulated trainee has an account, a login session and an exam; all start their call at
//! once (a barrier), then send every input over HTTP as the terminal client does (the first
//! option offered, up to 30 answers, then a hang-up), checking each answer. At the end the
//! database must hold every input that was answered (`exam_inputs`) and every call finished and
//! stored as an exam attempt recorded by the server: the bench fails otherwise. It prints inputs
//! per second and the latency of an input (median, p99, max). PostgreSQL is measured when `--pg`
//! or `DOVERIE_TEST_PG` names a server (`bash .ci/pg start DIR` starts a throwaway one).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use doverie_assess::accounts::Role;
use doverie_assess::db::Db;
use doverie_assess::import::Contents;
use doverie_assess::{block_on, exam};
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use serde_json::{Value, json};
use sqlx::Row;

#[path = "../tests/common/pg.rs"]
mod pg;

struct Options {
    trainees: usize,
    scenario: String,
    pg: Option<String>,
    sqlite: bool,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        trainees: 200,
        scenario: "night-pills".into(),
        pg: std::env::var("DOVERIE_TEST_PG")
            .ok()
            .filter(|s| !s.is_empty()),
        sqlite: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--bench" => {}
            "--trainees" => {
                let v = value("--trainees")?;
                o.trainees = v.parse().map_err(|e| format!("--trainees {v}: {e}"))?;
            }
            "--scenario" => o.scenario = value("--scenario")?,
            "--pg" => o.pg = Some(value("--pg")?),
            "--sqlite-only" => o.pg = None,
            "--postgres-only" => o.sqlite = false,
            "--help" | "-h" => {
                return Err(
                    "usage: exam_load [--trainees 200] [--scenario ID] [--pg URL] [--sqlite-only] [--postgres-only]".into(),
                );
            }
            other => return Err(format!("unknown argument {other:?} (see --help)")),
        }
    }
    Ok(o)
}

fn library() -> Library {
    Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// One request over its own connection: `(status, JSON body)`; an error if there is no answer
/// within a minute.
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: &str,
    body: &Value,
) -> Result<(u16, Value), String> {
    let mut s = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(|e| e.to_string())?;
    let body = body.to_string();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    let mut raw = String::new();
    s.read_to_string(&mut raw).map_err(|e| e.to_string())?;
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("no HTTP answer: {raw:?}"))?;
    let status = head
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status in {head:?}"))?;
    Ok((status, serde_json::from_str(body).unwrap_or(Value::Null)))
}

/// What one trainee's call came to: the latency of each input answered.
struct Taken {
    latencies: Vec<Duration>,
    error: Option<String>,
}

/// Takes one exam call as the terminal client does.
fn take(addr: SocketAddr, token: &str, exam: i64, scenario: &str, lib: &Library) -> Taken {
    let mut taken = Taken {
        latencies: Vec::new(),
        error: None,
    };
    let start = json!({"v": 1, "scenario": scenario, "lang": "en"});
    let started = match request(
        addr,
        "POST",
        &format!("/api/v1/exams/{exam}/calls"),
        token,
        &start,
    ) {
        Ok((201, v)) => v,
        Ok((status, v)) => {
            taken.error = Some(format!("start: {status} {v}"));
            return taken;
        }
        Err(e) => {
            taken.error = Some(format!("start: {e}"));
            return taken;
        }
    };
    let loaded = match doverie_core::content::load(lib, scenario) {
        Ok((l, _)) => l,
        Err(_) => {
            taken.error = Some(format!("{scenario} does not load"));
            return taken;
        }
    };
    let (mut session, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        started["seed"].as_u64().unwrap_or_default(),
        Lang::En,
        "load",
    );
    let call = started["call"].as_i64().unwrap_or_default();
    let clock = Instant::now();
    let mut seq = 0;
    while !session.is_over() {
        let first = session
            .call
            .options(&session.scenario)
            .map(|(_, o)| o.id.clone())
            .next();
        let input = match first {
            Some(option) if seq < 30 => Input::Choose { option },
            _ => Input::HangUp,
        };
        let mine = match session.apply(input.clone(), None) {
            Ok(events) => events.len(),
            Err(e) => {
                taken.error = Some(format!(
                    "the client's engine refused {}: {e}",
                    input.token()
                ));
                return taken;
            }
        };
        seq += 1;
        let body = json!({"v": 1, "seq": seq, "token": input.token(), "call_ms": clock.elapsed().as_millis() as i64});
        let sent = Instant::now();
        match request(
            addr,
            "POST",
            &format!("/api/v1/calls/{call}/inputs"),
            token,
            &body,
        ) {
            Ok((200, v)) if v["events"].as_array().map(Vec::len) == Some(mine) => {
                taken.latencies.push(sent.elapsed());
            }
            Ok((status, v)) => {
                taken.error = Some(format!("input {seq}: {status} {v}"));
                return taken;
            }
            Err(e) => {
                taken.error = Some(format!("input {seq}: {e}"));
                return taken;
            }
        }
    }
    taken
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn run(url: &str, o: &Options) -> Result<(), String> {
    let db = block_on(Db::open(url)).map_err(|e| e.to_string())?;
    let now = doverie_assess::audit::now();
    let policy = doverie_assess::session::LoginPolicy::default();
    let cheap = doverie_assess::users::Cost {
        memory_kib: 8,
        iterations: 1,
    };
    let mut contents = Contents::new(library());
    let mut trainees = Vec::new();
    for i in 0..o.trainees {
        let login = format!("load-{i}");
        let trainee = format!("t-load-{i}");
        let user = block_on(doverie_assess::users::add(
            &db,
            None,
            &login,
            Role::Trainee,
            Some(&trainee),
            "a load test password",
            cheap,
        ))
        .map_err(|e| e.to_string())?;
        let token = block_on(doverie_assess::session::open(&db, &user, &policy))
            .map_err(|e| e.to_string())?;
        let exam = block_on(exam::issue(
            &db,
            &mut contents,
            None,
            &exam::Issue {
                trainee,
                scenarios: vec![o.scenario.clone()],
                opens_at: now - 60,
                closes_at: now + 24 * 3600,
            },
        ))
        .map_err(|e| e.to_string())?;
        trainees.push((token, exam));
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let server_url = url.to_string();
    std::thread::spawn(move || {
        let Ok(db) = block_on(Db::open(&server_url)) else {
            return;
        };
        let _ = block_on(doverie_assess::serve::serve(
            db,
            library(),
            "127.0.0.1:0",
            |a| {
                let _ = tx.send(a);
            },
        ));
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(60))
        .map_err(|_| "the server did not start within a minute".to_string())?;
    let barrier = Arc::new(Barrier::new(o.trainees + 1));
    let handles: Vec<_> = trainees
        .into_iter()
        .map(|(token, exam)| {
            let (barrier, scenario, lib) = (barrier.clone(), o.scenario.clone(), library());
            std::thread::Builder::new()
                .stack_size(512 * 1024)
                .spawn(move || {
                    barrier.wait();
                    take(addr, &token, exam, &scenario, &lib)
                })
                .expect("a trainee's thread starts")
        })
        .collect();
    barrier.wait();
    let began = Instant::now();
    let mut latencies = Vec::new();
    let mut errors = Vec::new();
    for h in handles {
        match h.join() {
            Ok(t) => {
                latencies.extend(t.latencies);
                errors.extend(t.error);
            }
            Err(_) => errors.push("a trainee's thread panicked".into()),
        }
    }
    let took = began.elapsed();
    // Every answered input journalled; every call finished and stored.
    let (journalled, finished, stored) = block_on(async {
        let count = |sql: &'static str| {
            let pool = db.pool.clone();
            async move {
                sqlx::query(sql)
                    .fetch_one(&pool)
                    .await
                    .and_then(|r| r.try_get::<i64, _>(0))
            }
        };
        Ok::<_, sqlx::Error>((
            count("SELECT COUNT(*) FROM exam_inputs").await?,
            count("SELECT COUNT(*) FROM exam_calls WHERE state = 'finished' AND attempt_id IS NOT NULL").await?,
            count("SELECT COUNT(*) FROM attempts WHERE mode = 'exam' AND mode_source = 'server'").await?,
        ))
    })
    .map_err(|e| e.to_string())?;
    latencies.sort();
    let n = latencies.len();
    println!(
        "{}: {} trainees, {n} inputs in {:.2} s: {:.0} inputs/s; latency median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        db.url.split('?').next().unwrap_or(""),
        o.trainees,
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );
    println!(
        "  journalled {journalled} of {n} answered inputs; {finished} of {} calls finished, {stored} stored as server exam attempts",
        o.trainees
    );
    if let Some(e) = errors.first() {
        return Err(format!("{} call(s) failed; the first: {e}", errors.len()));
    }
    if journalled != n as i64 || finished != o.trainees as i64 || stored != o.trainees as i64 {
        return Err("an input or a call was lost".into());
    }
    Ok(())
}

fn main() {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let mut urls = Vec::new();
    if o.sqlite {
        let dir = std::env::temp_dir().join(format!("doverie-exam-load-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        urls.push(format!("sqlite:{}", dir.join("assess.sqlite").display()));
    }
    let pg =
        o.pg.as_ref()
            .map(|base| pg::Scratch::create(base, "doverie", "exam_load"));
    urls.extend(pg.as_ref().map(|db| db.url.clone()));
    let mut failed = false;
    for url in urls {
        if let Err(e) = run(&url, &o) {
            eprintln!("{url}: {e}");
            failed = true;
        }
    }
    if failed {
        std::process::exit(1);
    }
}
