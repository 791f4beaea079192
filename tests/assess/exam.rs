//! Exams recorded by the server (issue 15): the protocol over HTTP, the refusals (a retake, a
//! finished call resumed, an input out of order or twice, outside the window, another trainee),
//! and certification counting only what the server recorded.

use std::net::SocketAddr;
use std::sync::Arc;

use doverie_assess::attempts;
use doverie_assess::db::Db;
use doverie_assess::exam::{self, Issue};
use doverie_assess::import::Contents;
use doverie_assess::{Mode, block_on, certify};
use doverie_core::engine::Input;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::{EventRecord, name_event};
use serde_json::{Value, json};

use crate::{Case, each_database, library, load};

/// A trainee account with a login session: `(user id, bearer token)`.
pub fn trainee_session(db: &Db, login: &str, trainee: &str) -> (i64, String) {
    let user = crate::accounts::add_user(
        db,
        login,
        doverie_assess::accounts::Role::Trainee,
        Some(trainee),
    );
    let token = block_on(doverie_assess::session::open(
        db,
        &user,
        &doverie_assess::session::LoginPolicy::default(),
    ))
    .unwrap();
    (user.id, token)
}

/// Starts the server on a port of its own over `url`; returns its address.
pub fn server(url: &str) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    let url = url.to_string();
    std::thread::spawn(move || {
        let db = block_on(Db::open(&url)).unwrap();
        let _ = block_on(doverie_assess::serve::serve(
            db,
            library(),
            "127.0.0.1:0",
            |a| tx.send(a).unwrap(),
        ));
    });
    rx.recv().unwrap()
}

/// One HTTP request: `(status, JSON body)`.
pub fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (u16, Value) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{auth}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head[9..12].parse().unwrap();
    let value = serde_json::from_str(body).unwrap_or(Value::String(body.to_string()));
    (status, value)
}

fn issue(db: &Db, trainee: &str, scenarios: &[&str], opens: i64, closes: i64) -> i64 {
    let mut contents = Contents::new(library());
    block_on(exam::issue(
        db,
        &mut contents,
        None,
        &Issue {
            trainee: trainee.into(),
            scenarios: scenarios.iter().map(|s| s.to_string()).collect(),
            opens_at: opens,
            closes_at: closes,
        },
    ))
    .unwrap()
}

fn now() -> i64 {
    doverie_assess::audit::now()
}

/// The call the client plays beside the server's: started on the seed the server drew.
fn client_session(id: &str, started: &Value) -> (Session, Vec<EventRecord>) {
    let l = load(id);
    assert_eq!(started["scenario_hash"], json!(l.scenario.hash));
    let (s, events) = Session::start(
        Arc::new(l.scenario.clone()),
        Arc::new(l.protocol.clone()),
        started["seed"].as_u64().unwrap(),
        Lang::En,
        "t-1",
    );
    let named = events
        .iter()
        .map(|e| name_event(&l.scenario, &l.protocol, e))
        .collect();
    (s, named)
}

/// The client's next input: the first option offered, until 40 answers, then a hang-up.
fn next_input(s: &Session) -> Input {
    let first = s
        .call
        .options(&s.scenario)
        .map(|(_, o)| o.id.clone())
        .next();
    match first {
        Some(option) if s.transcript.inputs.len() < 40 => Input::Choose { option },
        _ => Input::HangUp,
    }
}

/// Plays a started call to its end through the API, checking that the server's events are the
/// client's at every input; returns the attempt it was stored as.
fn play_through(addr: SocketAddr, token: &str, id: &str, started: &Value) -> i64 {
    let (mut s, opening) = client_session(id, started);
    let server_opening: Vec<EventRecord> =
        serde_json::from_value(started["events"].clone()).unwrap();
    assert_eq!(server_opening, opening);
    let call_id = started["call"].as_i64().unwrap();
    let l = load(id);
    let mut seq = 0;
    loop {
        let input = next_input(&s);
        let mine: Vec<EventRecord> = s
            .apply(input.clone(), None)
            .unwrap()
            .iter()
            .map(|e| name_event(&l.scenario, &l.protocol, e))
            .collect();
        seq += 1;
        let (status, body) = call(
            addr,
            "POST",
            &format!("/api/v1/calls/{call_id}/inputs"),
            Some(token),
            Some(json!({"v": 1, "seq": seq, "token": input.token(), "call_ms": seq * 1500})),
        );
        assert_eq!(status, 200, "{body}");
        let theirs: Vec<EventRecord> = serde_json::from_value(body["events"].clone()).unwrap();
        assert_eq!(theirs, mine, "input {seq}");
        if body["over"] == json!(true) {
            assert!(s.is_over());
            return body["attempt"].as_i64().unwrap();
        }
    }
}

fn start(addr: SocketAddr, token: &str, exam: i64, scenario: &str) -> (u16, Value) {
    call(
        addr,
        "POST",
        &format!("/api/v1/exams/{exam}/calls"),
        Some(token),
        Some(json!({"v": 1, "scenario": scenario, "lang": "en"})),
    )
}

fn input(addr: SocketAddr, token: &str, call_id: i64, seq: i64, t: &str) -> (u16, Value) {
    call(
        addr,
        "POST",
        &format!("/api/v1/calls/{call_id}/inputs"),
        Some(token),
        Some(json!({"v": 1, "seq": seq, "token": t, "call_ms": 1000 * seq})),
    )
}

/// An exam taken through the server: the seed is the server's, every input is journalled with
/// its arrival time and answered with the server engine's events (the client's own), the
/// finished call is stored as an exam attempt recorded by the server, and the journal replays.
#[test]
fn an_exam_is_taken_through_the_server() {
    each_database("exam-taken", |Case { db, url, .. }| {
        trainee_session(db, "anna", "t-1");
        let exam_id = issue(
            db,
            "t-1",
            &["night-pills", "hidden-bruises"],
            now() - 60,
            now() + 3600,
        );
        let addr = server(url);
        // The login: the accounts' password check; its session's token is the bearer token.
        let (status, body) = call(
            addr,
            "POST",
            "/api/v1/login",
            None,
            Some(json!({"v": 1, "login": "anna", "password": "not her password"})),
        );
        assert_eq!(
            (status, body["error"].as_str()),
            (401, Some("wrong-password"))
        );
        let (status, body) = call(
            addr,
            "POST",
            "/api/v1/login",
            None,
            Some(json!({"v": 1, "login": "anna", "password": crate::accounts::PASSWORD})),
        );
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["trainee"], "t-1");
        let token = body["token"].as_str().unwrap().to_string();
        let (status, body) = call(addr, "GET", "/api/v1/exams", Some(&token), None);
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["v"], 1);
        assert_eq!(body["exams"][0]["id"], exam_id);
        assert_eq!(
            body["exams"][0]["scenarios"],
            json!(["night-pills", "hidden-bruises"])
        );

        let (status, started) = start(addr, &token, exam_id, "night-pills");
        assert_eq!(status, 201, "{started}");
        let attempt = play_through(addr, &token, "night-pills", &started);
        let a = block_on(attempts::get(db, attempt)).unwrap().unwrap();
        assert_eq!((a.mode, a.mode_source.as_str()), (Mode::Exam, "server"));
        assert_eq!(a.trainee, "t-1");
        assert!(a.finished && a.card.is_some());
        let t = a.transcript.unwrap();
        assert_eq!(t.seed, started["seed"].as_u64().unwrap());
        assert!(t.mode.unwrap().exam);

        // The journal: every input, in order, with the time it arrived.
        let call_id = started["call"].as_i64().unwrap();
        let (status, j) = call(
            addr,
            "GET",
            &format!("/api/v1/calls/{call_id}"),
            Some(&token),
            None,
        );
        assert_eq!(status, 200);
        let inputs = j["journal"]["inputs"].as_array().unwrap();
        assert_eq!(inputs.len(), t.inputs.len());
        for (n, (i, recorded)) in inputs.iter().zip(&t.inputs).enumerate() {
            assert_eq!(i["seq"], json!(n + 1));
            assert_eq!(i["token"], json!(recorded.input.token()));
            assert!(i["received_at"].as_i64().unwrap() >= started["started_at"].as_i64().unwrap());
        }
        assert_eq!(j["journal"]["state"], "finished");
        assert_eq!(j["journal"]["attempt"], attempt);
        // The journal is append-only: the database itself refuses to change or remove an input.
        for sql in [
            "UPDATE exam_inputs SET token = 'hangup'",
            "DELETE FROM exam_inputs",
        ] {
            let e = block_on(sqlx::query(sql).execute(&db.pool)).unwrap_err();
            assert!(e.to_string().contains("append-only"), "{e}");
        }

        // Audited: the issue, the start and the finish.
        let log = block_on(doverie_assess::audit::list(db, None, 50)).unwrap();
        let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
        for a in ["exam-issue", "exam-call-start", "exam-call-finish"] {
            assert!(actions.contains(&a), "{actions:?}");
        }

        // Left unfinished: the second call is stored as it stands when the trainee leaves.
        let (_, second) = start(addr, &token, exam_id, "hidden-bruises");
        let second_id = second["call"].as_i64().unwrap();
        let (s, _) = client_session("hidden-bruises", &second);
        let first = next_input(&s).token();
        assert_eq!(input(addr, &token, second_id, 1, &first).0, 200);
        let (status, body) = call(
            addr,
            "POST",
            &format!("/api/v1/calls/{second_id}/finish"),
            Some(&token),
            Some(json!({"v": 1})),
        );
        assert_eq!(status, 200, "{body}");
        let left = block_on(attempts::get(db, body["attempt"].as_i64().unwrap()))
            .unwrap()
            .unwrap();
        assert!(!left.finished);
        assert_eq!(left.transcript.unwrap().inputs.len(), 1);
    });
}

/// Each way round the rules is refused with its reason: a retake, a finished call resumed or
/// finished again, an input out of order or sent twice (both flag the call, which then takes
/// nothing), an input the server's engine refuses, an exam outside its window, another
/// trainee's exam or call, no login, another protocol version.
#[test]
fn exam_refusals_each_say_why() {
    each_database("exam-refusals", |Case { db, url, .. }| {
        let (_, anna) = trainee_session(db, "anna", "t-1");
        let (_, boris) = trainee_session(db, "boris", "t-2");
        let scenarios = [
            "night-pills",
            "hidden-bruises",
            "game-photos",
            "grown-up-secret",
        ];
        let exam_id = issue(db, "t-1", &scenarios, now() - 60, now() + 3600);
        let addr = server(url);
        let code = |(status, body): (u16, Value)| {
            (status, body["error"].as_str().unwrap_or("").to_string())
        };

        // Another trainee: neither the exam nor its calls.
        assert_eq!(
            code(start(addr, &boris, exam_id, "night-pills")),
            (403, "not-yours".into())
        );
        let (status, body) = call(addr, "GET", "/api/v1/exams", Some(&boris), None);
        assert_eq!((status, body["exams"].as_array().unwrap().len()), (200, 0));
        // No login, a scenario not in the exam, another protocol version.
        assert_eq!(
            code(call(addr, "GET", "/api/v1/exams", None, None)),
            (401, "login".into())
        );
        assert_eq!(
            code(start(addr, &anna, exam_id, "prank-call")),
            (404, "not-in-exam".into())
        );
        let (status, body) = call(
            addr,
            "POST",
            &format!("/api/v1/exams/{exam_id}/calls"),
            Some(&anna),
            Some(json!({"v": 2, "scenario": "night-pills", "lang": "en"})),
        );
        assert_eq!(status, 400);
        assert!(
            body["message"]["en"]
                .as_str()
                .unwrap()
                .contains("version 1"),
            "{body}"
        );
        assert!(!body["message"]["ru"].as_str().unwrap().is_empty());

        // A finished call: no retake, no resuming, no finishing again.
        let (_, started) = start(addr, &anna, exam_id, "night-pills");
        let call_id = started["call"].as_i64().unwrap();
        play_through(addr, &anna, "night-pills", &started);
        let (status, body) = start(addr, &anna, exam_id, "night-pills");
        assert_eq!(status, 409);
        assert_eq!(body["error"], "retake");
        assert!(
            body["message"]["en"]
                .as_str()
                .unwrap()
                .contains(&format!("call {call_id}"))
        );
        assert!(
            body["message"]["ru"]
                .as_str()
                .unwrap()
                .contains("не пересдают")
        );
        let seqs = block_on(exam::journal(db, &user(db, "anna"), call_id))
            .unwrap()
            .inputs
            .len() as i64;
        assert_eq!(
            code(input(addr, &anna, call_id, seqs + 1, "hangup")),
            (409, "finished".into())
        );
        let (status, body) = call(
            addr,
            "POST",
            &format!("/api/v1/calls/{call_id}/finish"),
            Some(&anna),
            Some(json!({"v": 1})),
        );
        assert_eq!((status, body["error"].as_str()), (409, Some("finished")));
        // Boris cannot read Anna's journal.
        assert_eq!(
            code(call(
                addr,
                "GET",
                &format!("/api/v1/calls/{call_id}"),
                Some(&boris),
                None
            )),
            (403, "not-yours".into())
        );

        // Out of order: input 3 before input 2 flags the call; then it takes nothing.
        let (_, started) = start(addr, &anna, exam_id, "hidden-bruises");
        let c2 = started["call"].as_i64().unwrap();
        let (s, _) = client_session("hidden-bruises", &started);
        let first = next_input(&s).token();
        assert_eq!(input(addr, &anna, c2, 1, &first).0, 200);
        let (status, body) = input(addr, &anna, c2, 3, "hangup");
        assert_eq!(
            (status, body["error"].as_str()),
            (409, Some("out-of-order"))
        );
        assert!(
            body["message"]["en"]
                .as_str()
                .unwrap()
                .contains("input 2 was due"),
            "{body}"
        );
        assert_eq!(
            code(input(addr, &anna, c2, 2, "hangup")),
            (409, "flagged".into())
        );
        let j = block_on(exam::journal(db, &user(db, "anna"), c2)).unwrap();
        assert_eq!(j.state, exam::CallState::Flagged);
        assert_eq!(j.inputs.len(), 1, "a refused input is not journalled");

        // Twice: input 1 again flags the call.
        let (_, started) = start(addr, &anna, exam_id, "game-photos");
        let c3 = started["call"].as_i64().unwrap();
        let (s, _) = client_session("game-photos", &started);
        let first = next_input(&s).token();
        assert_eq!(input(addr, &anna, c3, 1, &first).0, 200);
        assert_eq!(
            code(input(addr, &anna, c3, 1, &first)),
            (409, "twice".into())
        );
        assert_eq!(
            block_on(exam::journal(db, &user(db, "anna"), c3))
                .unwrap()
                .state,
            exam::CallState::Flagged
        );

        // An input the server's engine refuses flags the call too.
        let (_, started) = start(addr, &anna, exam_id, "grown-up-secret");
        let c4 = started["call"].as_i64().unwrap();
        let (status, body) = input(addr, &anna, c4, 1, "no-such-option");
        assert_eq!(
            (status, body["error"].as_str()),
            (422, Some("engine-refused"))
        );
        assert_eq!(
            code(input(addr, &anna, c4, 1, "hangup")),
            (409, "flagged".into())
        );
        let log = block_on(doverie_assess::audit::list(db, None, 100)).unwrap();
        assert_eq!(
            log.iter().filter(|e| e.action == "exam-call-flag").count(),
            3
        );

        // Outside the window: before it opens, after it closes.
        let later = issue(db, "t-1", &["night-pills"], now() + 3600, now() + 7200);
        assert_eq!(
            code(start(addr, &anna, later, "night-pills")),
            (403, "not-open-yet".into())
        );
        let past = issue(db, "t-1", &["night-pills"], now() - 7200, now() - 3600);
        let (status, body) = start(addr, &anna, past, "night-pills");
        assert_eq!((status, body["error"].as_str()), (403, Some("closed")));
        assert!(
            body["message"]["en"]
                .as_str()
                .unwrap()
                .contains("issue a new one")
        );
    });
}

/// The account as the API sees it (for calling `exam` directly).
fn user(db: &Db, login: &str) -> doverie_assess::accounts::User {
    block_on(async {
        let r = sqlx::query("SELECT id, trainee FROM users WHERE login = $1")
            .bind(login)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        doverie_assess::accounts::User {
            id: sqlx::Row::try_get(&r, 0).unwrap(),
            login: login.into(),
            role: doverie_assess::accounts::Role::Trainee,
            trainee: sqlx::Row::try_get(&r, 1).unwrap(),
        }
    })
}

/// Issuing checks what it is given: scenarios that load, once each, one protocol, a sentinel
/// among them, a window that closes after it opens; the issue is audited.
#[test]
fn an_exam_is_issued_only_when_it_can_be_taken() {
    each_database("exam-issue", |Case { db, .. }| {
        let mut contents = Contents::new(library());
        let mut try_issue = |scenarios: &[&str], opens: i64, closes: i64| {
            block_on(exam::issue(
                db,
                &mut contents,
                None,
                &Issue {
                    trainee: "t-1".into(),
                    scenarios: scenarios.iter().map(|s| s.to_string()).collect(),
                    opens_at: opens,
                    closes_at: closes,
                },
            ))
            .map_err(|e| e.to_string())
        };
        let e = try_issue(&["night-pills", "no-such-scenario"], 0, 10).unwrap_err();
        assert!(e.contains("no-such-scenario"), "{e}");
        let e = try_issue(&["night-pills", "night-pills"], 0, 10).unwrap_err();
        assert!(e.contains("listed twice"), "{e}");
        let e = try_issue(&["night-pills"], 10, 10).unwrap_err();
        assert!(e.contains("closes before it opens"), "{e}");
        let e = try_issue(&["hidden-bruises"], 0, 10).unwrap_err();
        assert!(e.contains("sentinel"), "{e}");
        let id = try_issue(&["hidden-bruises", "night-pills"], 0, 10).unwrap();
        let listed = block_on(exam::list(db, Some("t-1"))).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].id, id);
        let log = block_on(doverie_assess::audit::list(
            db,
            Some(&format!("exam/{id}")),
            10,
        ))
        .unwrap();
        assert_eq!(log[0].action, "exam-issue");
        assert!(log[0].value.as_deref().unwrap().contains("night-pills"));
    });
}

/// Certification counts the exam attempts the server recorded; a transcript file that says
/// it is an exam, imported from the trainee's machine, is set aside as practice.
#[test]
fn certification_counts_only_what_the_server_recorded() {
    let l = load("night-pills");
    each_database("exam-certify", |Case { db, url, dir }| {
        // An "exam" file from the trainee's machine.
        let mut file = doverie_authoring::sample::random_call(&l, 5, "t-1");
        file.bind(
            1_700_000_000,
            doverie_core::transcript::Mode {
                exam: true,
                ..Default::default()
            },
            l.text_stamps(Lang::En),
        );
        let path = crate::write(dir, "exam.json", &file);
        let imported = crate::import_files(db, &[path], Mode::Exam);
        let imported_id = crate::attempt_of(&imported.files[0].outcome);
        let mut contents = Contents::new(library());
        let version = l.protocol.version.clone();
        let e = block_on(certify::certify(
            db,
            &mut contents,
            "t-1",
            "helpline",
            &version,
        ))
        .unwrap_err();
        assert!(e.to_string().contains("recorded by the server"), "{e}");

        let (_, token) = trainee_session(db, "anna", "t-1");
        let exam_id = issue(db, "t-1", &["night-pills"], now() - 60, now() + 3600);
        let addr = server(url);
        let (_, started) = start(addr, &token, exam_id, "night-pills");
        let attempt = play_through(addr, &token, "night-pills", &started);
        let c = block_on(certify::certify(
            db,
            &mut contents,
            "t-1",
            "helpline",
            &version,
        ))
        .unwrap();
        let counted: Vec<i64> = c.counted.iter().map(|k| k.attempt).collect();
        assert_eq!(counted, [attempt]);
        assert_eq!(c.set_aside.len(), 1);
        assert_eq!(
            (c.set_aside[0].attempt, c.set_aside[0].reason.as_str()),
            (imported_id, "practice")
        );
    });
}
