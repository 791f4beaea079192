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
            // An honest client's call clock: the time since the server started the call.
            Some(
                json!({"v": 1, "seq": seq, "token": input.token(), "call_ms": exam::now_ms() - started["started_at"].as_i64().unwrap()}),
            ),
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
        // An honest clock is not flagged, and the optional field is then left out.
        assert!(j["journal"].get("clock_flag").is_none(), "{j}");
        assert!(j["journal"]["closes_at"].as_i64().is_some());
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
        // A trainee without an active trainee account could not log in to take it.
        let no_account = block_on(exam::issue(
            db,
            &mut contents,
            None,
            &Issue {
                trainee: "t-1".into(),
                scenarios: vec!["night-pills".into()],
                opens_at: 0,
                closes_at: 10,
            },
        ))
        .unwrap_err();
        let exam::IssueError::Refused(said) = &no_account else {
            panic!("{no_account}")
        };
        assert!(said.en.contains("no active trainee account"), "{said:?}");
        assert!(
            said.ru.contains("нет действующей учётной записи"),
            "{said:?}"
        );
        crate::accounts::add_user(
            db,
            "anna",
            doverie_assess::accounts::Role::Trainee,
            Some("t-1"),
        );
        crate::accounts::add_user(
            db,
            "boris",
            doverie_assess::accounts::Role::Trainee,
            Some("t-2"),
        );
        block_on(doverie_assess::users::disable(db, None, "boris", None)).unwrap();
        let disabled = block_on(exam::issue(
            db,
            &mut contents,
            None,
            &Issue {
                trainee: "t-2".into(),
                scenarios: vec!["night-pills".into()],
                opens_at: 0,
                closes_at: 10,
            },
        ))
        .unwrap_err();
        assert!(
            disabled.to_string().contains("no active trainee account"),
            "{disabled}"
        );
        // A trainee does not issue exams, even to themself.
        let anna = user(db, "anna");
        let by_trainee = block_on(exam::issue(
            db,
            &mut contents,
            Some(&anna),
            &Issue {
                trainee: "t-1".into(),
                scenarios: vec!["night-pills".into()],
                opens_at: 0,
                closes_at: 10,
            },
        ))
        .unwrap_err();
        assert!(
            by_trainee.to_string().contains("a trainee does not issue"),
            "{by_trainee}"
        );
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
        // The same refusals in Russian, for the /exams form.
        let mut contents = Contents::new(library());
        let ru = block_on(exam::issue(
            db,
            &mut contents,
            None,
            &Issue {
                trainee: "t-1".into(),
                scenarios: vec!["hidden-bruises".into()],
                opens_at: 0,
                closes_at: 10,
            },
        ))
        .unwrap_err();
        let exam::IssueError::Refused(said) = ru else {
            panic!("{ru}")
        };
        assert!(said.ru.contains("не контрольный"), "{said:?}");
        // Times as typed: a date, a date and time, one with seconds (a browser's field).
        assert_eq!(exam::parse_time("2026-12-07T09:00"), Ok(1_796_634_000));
        assert_eq!(exam::parse_time("2026-12-07T09:00:30"), Ok(1_796_634_030));
        let bad = exam::parse_window_time("tomorrow", ("the start", "начало")).unwrap_err();
        assert!(
            bad.en.contains("the start \"tomorrow\"") && bad.ru.contains("начало «tomorrow»"),
            "{bad:?}"
        );
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

/// The client's call for a started call (its seed), and the tokens it would send.
fn client_of(id: &str, started: &exam::Started) -> Session {
    let l = load(id);
    assert_eq!(started.scenario_hash, l.scenario.hash);
    Session::start(
        Arc::new(l.scenario.clone()),
        Arc::new(l.protocol.clone()),
        started.seed,
        Lang::En,
        "t-1",
    )
    .0
}

/// The next input of the client's call, applied to it: its token.
fn next_token(s: &mut Session) -> String {
    let input = next_input(s);
    s.apply(input.clone(), None).unwrap();
    input.token()
}

fn refusal_of<T: std::fmt::Debug>(r: Result<T, exam::ExamError>) -> exam::Refusal {
    match r {
        Err(exam::ExamError::Refused(r)) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The window on every input (time injected, not slept): a call started inside the window
/// takes inputs after the close for the grace (30 minutes), to its last millisecond; an input
/// after that is refused with its reason and flags the call, which then takes nothing; a call
/// cannot start after the close even within the grace; a call left open past the deadline is
/// still stored as it stood when the trainee leaves it.
#[test]
fn inputs_after_the_window_and_its_grace_are_refused_and_flag_the_call() {
    each_database("exam-late", |Case { db, .. }| {
        trainee_session(db, "anna", "t-1");
        let anna = user(db, "anna");
        let t0 = 1_900_000_000;
        let exam_id = issue(
            db,
            "t-1",
            &["night-pills", "hidden-bruises", "game-photos"],
            t0,
            t0 + 3600,
        );
        let contents = tokio::sync::Mutex::new(Contents::new(library()));
        let closes = (t0 + 3600) * 1000;
        let deadline = exam::input_deadline(t0 + 3600);
        assert_eq!(deadline, closes + exam::GRACE_MS);
        assert_eq!(exam::GRACE_MS, 30 * 60 * 1000);

        // Started ten minutes before the close.
        let started = block_on(exam::start_at(
            db,
            &contents,
            &anna,
            exam_id,
            "night-pills",
            Lang::En,
            closes - 600_000,
        ))
        .unwrap();
        let mut client = client_of("night-pills", &started);
        let send = |seq: i64, token: String, at: i64| {
            block_on(exam::input_at(
                db,
                &contents,
                &anna,
                started.call,
                &exam::Sent {
                    seq,
                    token,
                    call_ms: at - started.started_at,
                },
                at,
            ))
        };
        // Before the close, after it within the grace, and at the grace's last millisecond.
        for (seq, at) in [(1, closes - 1), (2, closes + 60_000), (3, deadline - 1)] {
            let applied = send(seq, next_token(&mut client), at).unwrap();
            assert_eq!(applied.seq, seq);
        }
        // At the deadline: refused, with its reason, and the call is flagged.
        let late = refusal_of(send(4, next_token(&mut client), deadline));
        assert_eq!(late.code(), "late");
        assert!(late.flags());
        assert!(
            late.message(Lang::En).contains("30 minutes")
                && late.message(Lang::Ru).contains("30 мин"),
            "{late:?}"
        );
        let j = block_on(exam::journal(db, &anna, started.call)).unwrap();
        assert_eq!(j.state, exam::CallState::Flagged);
        assert_eq!(j.inputs.len(), 3, "the late input is not journalled");
        assert!(
            j.flag.as_deref().unwrap().contains("closed at"),
            "{:?}",
            j.flag
        );
        assert_eq!(j.closes_at, Some(t0 + 3600));
        // Flagged, it takes nothing more, whenever it comes.
        let after = refusal_of(send(4, "hangup".into(), closes));
        assert_eq!(after.code(), "flagged");
        let log = block_on(doverie_assess::audit::list(
            db,
            Some(&format!("exam-call/{}", started.call)),
            10,
        ))
        .unwrap();
        assert!(
            log.iter().any(|e| e.action == "exam-call-flag"
                && e.reason.as_deref().unwrap().contains("30 minutes")),
            "{log:?}"
        );

        // No call starts after the close, even within the grace.
        let closed = refusal_of(block_on(exam::start_at(
            db,
            &contents,
            &anna,
            exam_id,
            "hidden-bruises",
            Lang::En,
            closes + 1,
        )));
        assert_eq!(closed.code(), "closed");

        // A call started in the window and left open past the deadline is stored as it stood.
        let open = block_on(exam::start_at(
            db,
            &contents,
            &anna,
            exam_id,
            "game-photos",
            Lang::En,
            closes - 1000,
        ))
        .unwrap();
        let mut c = client_of("game-photos", &open);
        let token = next_token(&mut c);
        block_on(exam::input_at(
            db,
            &contents,
            &anna,
            open.call,
            &exam::Sent {
                seq: 1,
                token,
                call_ms: 500,
            },
            closes - 500,
        ))
        .unwrap();
        let attempt = block_on(exam::finish(db, &contents, &anna, open.call)).unwrap();
        let a = block_on(attempts::get(db, attempt)).unwrap().unwrap();
        assert!(!a.finished);
        assert_eq!(a.transcript.unwrap().inputs.len(), 1);
    });
}

/// The client's call clock against the server's (time injected): within the tolerances it is
/// trusted; ahead by more than 5 s, or behind by more than 60 s, the call is flagged for the
/// assessor with the reason (the first kept, audited) and still takes that input and the next;
/// the flag shows on the exams' list and, for staff only, on the attempt's page.
#[test]
fn a_client_clock_off_the_servers_flags_the_call_but_keeps_its_inputs() {
    // The tolerances, to the millisecond.
    assert_eq!(exam::clock_check(1, 6_000, 1_000), None);
    let ahead = exam::clock_check(1, 6_001, 1_000).unwrap();
    assert!(
        ahead.contains("ahead") && ahead.contains("5.0 s ahead"),
        "{ahead}"
    );
    assert_eq!(exam::clock_check(1, 1_000, 61_000), None);
    let lag = exam::clock_check(7, 999, 61_000).unwrap();
    assert!(
        lag.contains("input 7") && lag.contains("lagged 60.0 s"),
        "{lag}"
    );

    each_database("exam-clock", |Case { db, url, .. }| {
        trainee_session(db, "anna", "t-1");
        let asma =
            crate::accounts::add_user(db, "asma", doverie_assess::accounts::Role::Assessor, None);
        let anna = user(db, "anna");
        let t0 = 1_900_000_000;
        let exam_id = issue(db, "t-1", &["night-pills", "hidden-bruises"], t0, t0 + 3600);
        let contents = tokio::sync::Mutex::new(Contents::new(library()));
        let s0 = (t0 + 60) * 1000;
        let started = block_on(exam::start_at(
            db,
            &contents,
            &anna,
            exam_id,
            "night-pills",
            Lang::En,
            s0,
        ))
        .unwrap();
        assert_eq!(started.started_at, s0);
        let mut client = client_of("night-pills", &started);
        let mut send = |seq: i64, call_ms: i64, at: i64| {
            let token = next_token(&mut client);
            block_on(exam::input_at(
                db,
                &contents,
                &anna,
                started.call,
                &exam::Sent {
                    seq,
                    token,
                    call_ms,
                },
                at,
            ))
            .unwrap()
        };
        let clock = |call: i64| block_on(exam::journal(db, &anna, call)).unwrap();
        // Behind by the time the input took to arrive: trusted.
        send(1, 9_800, s0 + 10_000);
        assert_eq!(clock(started.call).clock_flag, None);
        // Six seconds ahead of the server's: taken, and flagged.
        assert_eq!(send(2, 26_000, s0 + 20_000).seq, 2);
        let j = clock(started.call);
        assert_eq!(j.state, exam::CallState::Live, "the call goes on");
        let reason = j.clock_flag.unwrap();
        assert!(
            reason.contains("input 2") && reason.contains("6.0 s ahead"),
            "{reason}"
        );
        // It goes on taking inputs; the first reason is kept.
        send(3, 5_000, s0 + 90_000);
        let j = clock(started.call);
        assert_eq!(
            (j.inputs.len(), j.clock_flag.as_deref()),
            (3, Some(reason.as_str()))
        );
        let log = block_on(doverie_assess::audit::list(
            db,
            Some(&format!("exam-call/{}", started.call)),
            10,
        ))
        .unwrap();
        assert_eq!(
            log.iter().filter(|e| e.action == "exam-call-clock").count(),
            1
        );

        // A clock that lags more than a minute.
        let second = block_on(exam::start_at(
            db,
            &contents,
            &anna,
            exam_id,
            "hidden-bruises",
            Lang::En,
            s0,
        ))
        .unwrap();
        let mut c2 = client_of("hidden-bruises", &second);
        let token = next_token(&mut c2);
        block_on(exam::input_at(
            db,
            &contents,
            &anna,
            second.call,
            &exam::Sent {
                seq: 1,
                token,
                call_ms: 30_000,
            },
            s0 + 100_000,
        ))
        .unwrap();
        let lagged = clock(second.call).clock_flag.unwrap();
        assert!(lagged.contains("lagged 70.0 s behind"), "{lagged}");

        // On the list, and over the protocol as an optional field.
        let listed = block_on(exam::list(db, Some("t-1"))).unwrap();
        let calls = &listed[0].calls;
        assert!(calls.iter().all(|c| c.clock_flag.is_some()), "{calls:?}");
        let wire = serde_json::to_value(&listed[0]).unwrap();
        assert!(
            wire["calls"][0]["clock_flag"]
                .as_str()
                .unwrap()
                .contains("ahead")
        );

        // Stored, the attempt's page shows the flag to staff, not to the trainee.
        let attempt = block_on(exam::finish(db, &contents, &anna, started.call)).unwrap();
        let addr = crate::accounts::start_quick(url);
        let staff = crate::accounts::log_in(addr, &asma.login, crate::accounts::PASSWORD);
        let page = staff.get(&format!("/attempt/{attempt}?lang=en"));
        assert_eq!(page.status, 200);
        assert!(
            page.body.contains("clock not trusted") && page.body.contains("6.0 s ahead"),
            "{}",
            page.body
        );
        let ru = staff.get(&format!("/attempt/{attempt}?lang=ru"));
        assert!(
            ru.body.contains("часам клиента нельзя верить"),
            "{}",
            ru.body
        );
        let own = crate::accounts::log_in(addr, "anna", crate::accounts::PASSWORD);
        let page = own.get(&format!("/attempt/{attempt}?lang=en"));
        assert_eq!(page.status, 200);
        assert!(!page.body.contains("clock not trusted"), "{}", page.body);
        let exams = staff.get("/exams?lang=en");
        assert!(exams.body.contains("6.0 s ahead"), "{}", exams.body);
    });
}

/// The `/exams` page: staff see the exams and issue one through the form (CSRF-checked,
/// audited with the issuer, in the reader's language, the form kept as typed on a refusal,
/// nothing issued until it is right); a trainee gets 403 on the page and on the form.
#[test]
fn staff_issue_exams_on_the_exams_page_and_trainees_may_not() {
    use crate::accounts::{PASSWORD, add_user, log_in, start_quick};
    use doverie_assess::accounts::Role;
    each_database("exam-page", |Case { db, url, .. }| {
        let asma = add_user(db, "asma", Role::Assessor, None);
        add_user(db, "anna", Role::Trainee, Some("t-1"));
        add_user(db, "boris", Role::Trainee, Some("t-2"));
        block_on(doverie_assess::users::disable(db, None, "boris", None)).unwrap();
        let addr = start_quick(url);

        // A trainee: 403 on the page and on the form, nothing issued.
        let anna = log_in(addr, "anna", PASSWORD);
        assert_eq!(anna.get("/exams?lang=en").status, 403);
        let a = anna.post(
            "/exams",
            &[
                ("trainee", "t-1"),
                ("scenario", "night-pills"),
                ("from", "2026-12-07T09:00"),
                ("to", "2026-12-07T17:00"),
            ],
        );
        assert_eq!(a.status, 403, "{}", a.body);

        let staff = log_in(addr, "asma", PASSWORD);
        let page = staff.get("/exams?lang=en");
        assert_eq!(page.status, 200);
        // The active trainees to choose from; the library's scenarios, sentinels marked.
        assert!(
            page.body.contains(r#"<option value="t-1">"#),
            "{}",
            page.body
        );
        assert!(!page.body.contains(r#"value="t-2""#));
        let at = page.body.find(r#"value="night-pills""#).unwrap();
        let label_end = at + page.body[at..].find("</label>").unwrap();
        assert!(
            page.body[at..label_end].contains("sentinel"),
            "night-pills is a sentinel"
        );
        let at = page.body.find(r#"value="hidden-bruises""#).unwrap();
        let label_end = at + page.body[at..].find("</label>").unwrap();
        assert!(!page.body[at..label_end].contains("sentinel"));

        // Without the session's CSRF token: refused.
        let body = crate::accounts::form(&[
            ("trainee", "t-1"),
            ("scenario", "night-pills"),
            ("from", "2026-12-07T09:00"),
            ("to", "2026-12-07T17:00"),
        ]);
        let forged = staff.post_raw("/exams", &body, &[]);
        assert_eq!(forged.status, 403, "{}", forged.body);

        // Refusals, each on the form in the reader's language, with what was typed kept.
        let typed = |trainee: &'static str,
                     scenarios: &[&'static str],
                     from: &'static str,
                     to: &'static str,
                     lang: &'static str| {
            let mut f = vec![
                ("lang", lang),
                ("trainee", trainee),
                ("from", from),
                ("to", to),
            ];
            f.extend(scenarios.iter().map(|s| ("scenario", *s)));
            staff.post("/exams", &f)
        };
        let r = typed(
            "t-1",
            &["hidden-bruises"],
            "2026-12-07T09:00",
            "2026-12-07T17:00",
            "ru",
        );
        assert_eq!(r.status, 400);
        assert!(
            r.body.contains("ни один из этих сценариев не контрольный"),
            "{}",
            r.body
        );
        assert!(
            r.body.contains(r#"<option value="t-1" selected>"#),
            "{}",
            r.body
        );
        assert!(
            r.body.contains(r#"value="hidden-bruises" checked"#),
            "{}",
            r.body
        );
        assert!(!r.body.contains(r#"value="night-pills" checked"#));
        assert!(r.body.contains(r#"value="2026-12-07T17:00""#));
        let r = typed(
            "t-1",
            &["night-pills"],
            "tomorrow",
            "2026-12-07T17:00",
            "en",
        );
        assert_eq!(r.status, 400);
        assert!(
            r.body.contains("write the time as YYYY-MM-DD"),
            "{}",
            r.body
        );
        assert!(r.body.contains(r#"value="tomorrow""#));
        let r = typed(
            "t-1",
            &["night-pills"],
            "2026-12-07T17:00",
            "2026-12-07T09:00",
            "en",
        );
        assert!(r.body.contains("closes before it opens"), "{}", r.body);
        let r = typed(
            "t-2",
            &["night-pills"],
            "2026-12-07T09:00",
            "2026-12-07T17:00",
            "en",
        );
        assert!(r.body.contains("no active trainee account"), "{}", r.body);
        assert!(
            r.body.contains(r#"<option value="t-2" selected>"#),
            "what was typed stays"
        );
        let r = typed("t-1", &[], "2026-12-07T09:00", "2026-12-07T17:00", "en");
        assert!(r.body.contains("at least one scenario"), "{}", r.body);
        assert!(
            block_on(exam::list(db, None)).unwrap().is_empty(),
            "nothing issued"
        );

        // Issued: back to the list (303), listed with each scenario not started.
        let r = typed(
            "t-1",
            &["night-pills", "hidden-bruises"],
            "2026-12-07T09:00",
            "2026-12-07T17:00",
            "en",
        );
        assert_eq!(r.status, 303, "{}", r.body);
        let exams = block_on(exam::list(db, None)).unwrap();
        assert_eq!(exams.len(), 1);
        let e = &exams[0];
        assert_eq!((e.trainee.as_str(), e.issued_by), ("t-1", Some(asma.id)));
        assert_eq!(e.scenarios, ["night-pills", "hidden-bruises"]);
        assert_eq!((e.opens_at, e.closes_at), (1_796_634_000, 1_796_662_800));
        assert_eq!(
            r.header("location").unwrap(),
            format!("/exams?lang=en&done={}", e.id)
        );
        let page = staff.get(&format!("/exams?lang=en&done={}", e.id));
        assert!(
            page.body.contains(&format!("Exam {} was issued.", e.id)),
            "{}",
            page.body
        );
        assert!(page.body.contains(&format!(r#"data-exam="{}""#, e.id)));
        assert_eq!(page.body.matches("not started").count(), 2, "{}", page.body);
        assert!(page.body.contains("2026-12-07 09:00"));
        let log = block_on(doverie_assess::audit::list(
            db,
            Some(&format!("exam/{}", e.id)),
            10,
        ))
        .unwrap();
        assert_eq!(
            (log[0].action.as_str(), log[0].actor),
            ("exam-issue", Some(asma.id))
        );
        let ru = staff.get("/exams?lang=ru");
        assert!(
            ru.body.contains("не начат") && ru.body.contains("Выдать экзамен"),
            "{}",
            ru.body
        );
    });
}
