//! The exam client against a real server (in-process, on SQLite, on the loopback): its messages
//! are the server's, a call is opened and played to its end through it, and refusals come back
//! typed, in both languages.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use doverie_assess::accounts::Role;
use doverie_assess::db::Db;
use doverie_assess::exam_api::wire as server;
use doverie_assess::{attempts, block_on, exam};
use doverie_client::call::{open_journal, open_started};
use doverie_client::{Client, ClientError, Retry, wire};
use doverie_core::content;
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;

fn library() -> Library {
    Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doverie-client-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const PASSWORD: &str = "a long enough exam password";

/// A server on 127.0.0.1:0 with trainee `anna` (t-1) and an exam of night-pills whose window is
/// `opens`..`closes` seconds from now.
fn server(name: &str, opens: i64, closes: i64) -> (String, Db, i64) {
    let dir = temp(name);
    let url = format!("sqlite:{}", dir.join("assess.sqlite").display());
    let db = block_on(Db::open(&url)).unwrap();
    block_on(doverie_assess::users::add(
        &db,
        None,
        "anna",
        Role::Trainee,
        Some("t-1"),
        PASSWORD,
        doverie_assess::users::Cost {
            memory_kib: 8,
            iterations: 1,
        },
    ))
    .unwrap();
    let now = doverie_assess::audit::now();
    let mut contents = doverie_assess::import::Contents::new(library());
    let exam_id = block_on(exam::issue(
        &db,
        &mut contents,
        None,
        &exam::Issue {
            trainee: "t-1".into(),
            scenarios: vec!["night-pills".into()],
            opens_at: now + opens,
            closes_at: now + closes,
        },
    ))
    .unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<SocketAddr>();
    std::thread::spawn(move || {
        let db = block_on(Db::open(&url)).unwrap();
        let _ = block_on(doverie_assess::serve::serve(
            db,
            library(),
            "127.0.0.1:0",
            |a| tx.send(a).unwrap(),
        ));
    });
    let addr = rx.recv_timeout(Duration::from_secs(120)).unwrap();
    (format!("http://{addr}"), db, exam_id)
}

fn reserialise<A: serde::Serialize, B: serde::de::DeserializeOwned>(a: &A) -> B {
    serde_json::from_str(&serde_json::to_string(a).unwrap()).unwrap()
}

#[test]
fn the_clients_messages_are_the_servers() {
    let summary = exam::CallSummary {
        id: 3,
        scenario: "night-pills".into(),
        state: exam::CallState::Flagged,
        started_at: 1_700_000_000_000,
        flag: Some("out of order".into()),
        attempt: None,
        clock_flag: Some("the client's clock ran 9 s ahead of the server's".into()),
    };
    let exams = server::Exams {
        v: 1,
        exams: vec![exam::Exam {
            id: 1,
            trainee: "t-1".into(),
            issued_by: Some(2),
            scenarios: vec!["night-pills".into()],
            opens_at: 1,
            closes_at: 2,
            issued_at: 0,
            calls: vec![summary],
        }],
        server_now: 1500,
    };
    let ours: wire::Exams = reserialise(&exams);
    assert_eq!(ours.exams[0].calls[0].state, wire::CallState::Flagged);
    assert!(ours.exams[0].is_open(1500));
    assert!(!ours.exams[0].is_open(2000));
    let journal = server::CallJournal {
        v: 1,
        journal: exam::Journal {
            call: 3,
            exam: 1,
            scenario: "night-pills".into(),
            seed: 9,
            scenario_hash: "s".into(),
            protocol_hash: "p".into(),
            lang: "ru".into(),
            started_at: 10,
            state: exam::CallState::Live,
            flag: None,
            attempt: None,
            clock_flag: None,
            closes_at: Some(2),
            inputs: vec![exam::JournalInput {
                seq: 1,
                token: "hangup".into(),
                call_ms: 5,
                received_at: 11,
            }],
        },
        server_now: 20,
    };
    let ours: wire::CallJournal = reserialise(&journal);
    assert_eq!(
        serde_json::to_value(&ours).unwrap(),
        serde_json::to_value(&journal).unwrap()
    );
    // The requests are read by the server, which takes no field it does not know.
    let _: server::Login = reserialise(&wire::Login {
        v: 1,
        login: "a".into(),
        password: "b".into(),
    });
    let _: server::Start = reserialise(&wire::Start {
        v: 1,
        scenario: "s".into(),
        lang: "en".into(),
    });
    let _: server::Input = reserialise(&wire::Input {
        v: 1,
        seq: 1,
        token: "hangup".into(),
        call_ms: 0,
    });
    let _: server::Finish = reserialise(&wire::Finish { v: 1 });
    let refused: wire::Refused = reserialise(&server::Refused {
        v: 1,
        error: "closed".into(),
        message: server::Message {
            en: "closed".into(),
            ru: "закрыт".into(),
        },
    });
    assert_eq!(ClientError::Refused(refused).message(Lang::Ru), "закрыт");
}

#[test]
fn retries_back_off_up_to_the_longest_pause() {
    let r = Retry::default();
    let pauses: Vec<u128> = (1..=6).map(|n| r.pause(n).as_millis()).collect();
    assert_eq!(pauses, [250, 500, 1000, 2000, 2000, 2000]);
    let mut heard = 0;
    let quick = Retry {
        tries: 3,
        first: Duration::from_millis(1),
        longest: Duration::from_millis(2),
    };
    let mut tries = 0;
    let out: Result<(), ClientError> = quick.run(&mut |_| heard += 1, || {
        tries += 1;
        Err(ClientError::Transport("refused".into()))
    });
    assert!(out.unwrap_err().is_transport());
    assert_eq!((tries, heard), (4, 3));
    // A refusal is not retried.
    let mut tries = 0;
    let out: Result<(), ClientError> = quick.run(&mut |_| {}, || {
        tries += 1;
        Err(ClientError::NotATrainee)
    });
    assert_eq!((out, tries), (Err(ClientError::NotATrainee), 1));
}

#[test]
fn a_server_address_must_be_a_url() {
    let e = Client::new("assess.example.org").err().unwrap();
    assert!(matches!(e, ClientError::Address(_)));
    assert!(e.to_string().contains("http://"), "{e}");
    assert!(
        e.message(Lang::Ru).contains("адрес"),
        "{}",
        e.message(Lang::Ru)
    );
    assert!(Client::new("http://127.0.0.1:9/").is_ok());
}

#[test]
fn an_exam_call_is_played_through_the_client_and_stored_by_the_server() {
    let (url, db, exam_id) = server("played", -60, 3600);
    let mut client = Client::new(&url).unwrap();
    let wrong = client.login("anna", "not the password").unwrap_err();
    assert_eq!(wrong.code(), Some("wrong-password"));
    assert_ne!(wrong.message(Lang::Ru), wrong.message(Lang::En));
    assert!(!client.logged_in());
    let logged_in = client.login("anna", PASSWORD).unwrap();
    assert_eq!(logged_in.trainee.as_deref(), Some("t-1"));
    let exams = client.exams().unwrap();
    assert_eq!(exams.exams.len(), 1);
    assert!(exams.exams[0].is_open(exams.server_now));
    let (loaded, _) = content::load(&library(), "night-pills").unwrap();
    let started = client.start(exam_id, "night-pills", "en").unwrap();
    let opened = open_started(&loaded, &started, Lang::En, "t-1").unwrap();
    let mut link = opened.link();
    let mut session = opened.session;
    let script = Input::parse_script("greet-stay,ask-directly,thank-and-ask-plan").unwrap();
    let mut heard = Vec::new();
    for input in script {
        session.apply(input, None).unwrap();
        link.push(&client, &session.transcript, &mut |p| heard.push(p))
            .unwrap();
    }
    assert_eq!(link.sent(), 3);
    // A second client (the app reopened) rebuilds the live call from the server's journal.
    let journal = client.journal(opened.call).unwrap();
    let reopened = open_journal(&loaded, &journal, "t-1").unwrap();
    assert_eq!(reopened.held, 3);
    assert_eq!(
        reopened.session.transcript.events,
        session.transcript.events
    );
    for input in Input::parse_script("wait:5,wait:20,hangup").unwrap() {
        session.apply(input, None).unwrap();
        link.push(&client, &session.transcript, &mut |p| heard.push(p))
            .unwrap();
    }
    assert!(heard.is_empty(), "{heard:?}");
    let attempt = link.attempt().expect("the server stored the call");
    let a = block_on(attempts::get(&db, attempt)).unwrap().unwrap();
    assert_eq!((a.mode_source.as_str(), a.finished), ("server", true));
    // No retake: the scenario was called already.
    let retake = client.start(exam_id, "night-pills", "en").unwrap_err();
    assert_eq!(retake.code(), Some("retake"));
    // Nor an input to the finished call.
    let late = client.input(opened.call, 7, "hangup", 0).unwrap_err();
    assert_eq!(late.code(), Some("finished"));
}

#[test]
fn an_exam_outside_its_window_is_refused_with_the_servers_reason() {
    let (url, _db, exam_id) = server("closed", -7200, -3600);
    let mut client = Client::new(&url).unwrap();
    client.login("anna", PASSWORD).unwrap();
    let exams = client.exams().unwrap();
    assert!(!exams.exams[0].is_open(exams.server_now));
    let e = client.start(exam_id, "night-pills", "ru").unwrap_err();
    assert_eq!(e.code(), Some("closed"));
    assert!(
        e.message(Lang::Ru).contains("Экзамен закрылся"),
        "{}",
        e.message(Lang::Ru)
    );
    assert!(e.to_string().contains("closed"), "{e}");
}

/// Architecture invariant: the client links no window, terminal or database (the server's crate
/// only in its tests, to check the messages).
#[test]
fn the_client_depends_on_no_window_terminal_or_database() {
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let dependencies = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [dependencies] table");
    for banned in [
        "bevy",
        "crossterm",
        "sqlx",
        "doverie-assess",
        "doverie-app",
        "cpal",
    ] {
        assert!(
            !dependencies
                .lines()
                .any(|l| l.trim_start().starts_with(banned)),
            "doverie-client depends on {banned}"
        );
    }
}
