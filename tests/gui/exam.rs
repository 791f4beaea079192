//! `doverie gui --server`: the app takes an exam call through a real server (in-process, on
//! SQLite, on the loopback), driven by key presses under `MinimalPlugins`: the login (a wrong
//! password is refused with the server's reason), the exam list, the call played in exam mode
//! with every input confirmed by the server, and the attempt the server stored.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use doverie_app::exam::{ExamServer, ServerExams};
use doverie_assess::accounts::Role;
use doverie_assess::db::Db;
use doverie_assess::{attempts, block_on, exam};

use super::*;

const PASSWORD: &str = "a long enough exam password";

/// A server on 127.0.0.1:0 with trainee `anna` (t-1) and an exam of night-pills open now.
fn exam_server(dir: &Path) -> (String, Db, i64) {
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
    let mut contents = doverie_assess::import::Contents::new(Library::new(root()));
    let exam_id = block_on(exam::issue(
        &db,
        &mut contents,
        None,
        &exam::Issue {
            trainee: "t-1".into(),
            scenarios: vec!["night-pills".into()],
            opens_at: now - 60,
            closes_at: now + 3600,
        },
    ))
    .unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<SocketAddr>();
    std::thread::spawn(move || {
        let db = block_on(Db::open(&url)).unwrap();
        let _ = block_on(doverie_assess::serve::serve(
            db,
            Library::new(root()),
            "127.0.0.1:0",
            |a| tx.send(a).unwrap(),
        ));
    });
    let addr = rx.recv_timeout(Duration::from_secs(300)).unwrap();
    (format!("http://{addr}"), db, exam_id)
}

/// Updates until `done` holds, for at most two minutes of the wall clock: the server answers
/// on its own time.
fn poll(app: &mut App, what: &str, done: impl Fn(&mut App) -> bool) {
    let start = Instant::now();
    while !done(app) {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "not reached in two minutes: {what}; on screen: {:?}",
            texts(app)
        );
        std::thread::sleep(Duration::from_millis(5));
        app.update();
    }
}

fn type_in(app: &mut App, s: &str) {
    for c in s.chars() {
        press_text(app, KeyCode::KeyA, Some(&c.to_string()));
    }
}

fn waiting(app: &mut App) -> bool {
    app.world().resource::<ActiveCall>().waiting_for_server()
}

fn shows(app: &mut App, what: &str) -> bool {
    texts(app).iter().any(|t| t.contains(what))
}

/// The app with the exam server's screens, as `doverie gui --server URL [--login L
/// --password-file F]` starts it, in English, with the caller's lines shown at once and time
/// passing only when the test says so.
fn exam_app(dir: &Path, url: String, login: Option<&str>, password: Option<&str>) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        InputPlugin,
        GuiLogic {
            library: Library::new(root()),
            settings: Settings {
                lang: Lang::En,
                data_dir: dir.to_path_buf(),
                pacing: Pacing {
                    base: 0.0,
                    per_char: 0.0,
                    max: 0.0,
                },
                ..Settings::default()
            },
        },
        GuiScreens,
        ServerExams {
            url,
            login: login.map(str::to_string),
            password: password.map(str::to_string),
        },
    ))
    .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::ZERO));
    app
}

#[test]
fn an_exam_call_is_taken_in_the_app_through_the_server_and_stored_there() {
    let dir = temp("exam-server");
    let (url, db, exam_id) = exam_server(&dir);
    let mut app = exam_app(&dir, url, None, None);
    app.update();
    assert_eq!(screen(&app), Screen::Login);
    assert!(shows(&mut app, "Exam login"), "{:?}", texts(&mut app));

    // A wrong password: refused, with the server's reason, on the login screen.
    type_in(&mut app, "anna");
    press(&mut app, KeyCode::Enter);
    type_in(&mut app, "not it");
    assert!(shows(&mut app, "••••••"), "the password is masked");
    assert!(!shows(&mut app, "not it"), "the password is masked");
    press(&mut app, KeyCode::Enter);
    poll(&mut app, "the refusal", |a| {
        shows(a, "Wrong login or password")
    });
    assert_eq!(screen(&app), Screen::Login);
    for _ in 0.."not it".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_in(&mut app, PASSWORD);
    press(&mut app, KeyCode::Enter);
    poll(&mut app, "the exam list", |a| {
        screen(a) == Screen::Exams && a.world().resource::<ExamServer>().exams.is_some()
    });
    assert!(
        shows(&mut app, &format!("Exam {exam_id}")),
        "{:?}",
        texts(&mut app)
    );
    assert!(shows(&mut app, "1) "), "{:?}", texts(&mut app));

    // The call: started by the server, played here in exam mode.
    press(&mut app, KeyCode::Digit1);
    poll(&mut app, "the call", |a| {
        screen(a) == Screen::Call && phase(a).is_some()
    });
    assert_eq!(app.world().resource::<Settings>().mode, Mode::Exam);
    press(&mut app, KeyCode::Space);
    for id in ["greet-stay", "ask-directly", "thank-and-ask-plan"] {
        choose_by_key(&mut app, id);
        assert!(
            waiting(&mut app),
            "{id}: the call holds until the server confirms"
        );
        poll(&mut app, "the server's confirmation", |a| !waiting(a));
    }
    assert!(
        shows(&mut app, "every answer goes to the server"),
        "{:?}",
        texts(&mut app)
    );
    assert!(
        app.world_mut()
            .query::<&SilenceTimer>()
            .iter(app.world())
            .next()
            .is_none()
    );
    let before_hang_up: Vec<String> = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        live.session
            .transcript
            .inputs
            .iter()
            .map(|i| i.input.token())
            .collect()
    };
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    poll(&mut app, "the debrief", |a| screen(a) == Screen::Debrief);
    poll(&mut app, "the server's attempt", |a| {
        shows(a, "The server stored this exam call as attempt")
    });
    let attempt = app
        .world()
        .resource::<ActiveCall>()
        .server
        .as_ref()
        .and_then(|s| s.attempt)
        .expect("an attempt");

    // The server stored it: an exam attempt of its own record, every input journalled once.
    let a = block_on(attempts::get(&db, attempt)).unwrap().unwrap();
    assert_eq!((a.mode_source.as_str(), a.finished), ("server", true));
    let t = a.transcript.unwrap();
    let tokens: Vec<String> = t.inputs.iter().map(|i| i.input.token()).collect();
    assert_eq!(tokens[..before_hang_up.len()], before_hang_up[..]);
    assert_eq!(tokens.last().map(String::as_str), Some("hangup"));
    for id in ["greet-stay", "ask-directly", "thank-and-ask-plan"] {
        assert!(tokens.iter().any(|t| t == id), "{tokens:?}");
    }
    let exams = block_on(exam::list(&db, Some("t-1"))).unwrap();
    let call = &exams[0].calls[0];
    assert_eq!(call.state, exam::CallState::Finished);
    let user = doverie_assess::accounts::User {
        id: 1,
        login: "anna".into(),
        role: Role::Trainee,
        trainee: Some("t-1".into()),
    };
    let journal = block_on(exam::journal(&db, &user, call.id)).unwrap();
    let journalled: Vec<&str> = journal.inputs.iter().map(|i| i.token.as_str()).collect();
    assert_eq!(
        journalled,
        tokens.iter().map(String::as_str).collect::<Vec<_>>()
    );

    // Back: the exam list, where the call is done.
    press(&mut app, KeyCode::Enter);
    poll(&mut app, "the list again", |a| {
        screen(a) == Screen::Exams && shows(a, "done, stored as attempt")
    });
    assert!(
        !shows(&mut app, "1) "),
        "nothing is left to take: {:?}",
        texts(&mut app)
    );
}

/// An input the server refuses (here: the call was left early by another client of the same
/// trainee, so the server takes no more of it) ends the call in the app, with the server's
/// reason, back on the list of exams. The login comes from the command line's flags.
#[test]
fn an_input_the_server_refuses_ends_the_exam_call_with_its_reason() {
    let dir = temp("exam-refused");
    let (url, _db, _exam_id) = exam_server(&dir);
    let mut app = exam_app(&dir, url.clone(), Some("anna"), Some(PASSWORD));
    poll(&mut app, "the exam list", |a| {
        screen(a) == Screen::Exams && a.world().resource::<ExamServer>().exams.is_some()
    });
    press(&mut app, KeyCode::Digit1);
    poll(&mut app, "the call", |a| {
        screen(a) == Screen::Call && phase(a).is_some()
    });
    press(&mut app, KeyCode::Space);
    choose_by_key(&mut app, "greet-stay");
    poll(&mut app, "the server's confirmation", |a| !waiting(a));
    let call = app
        .world()
        .resource::<ActiveCall>()
        .server
        .as_ref()
        .map(|s| s.call)
        .expect("an exam call");
    let mut other = doverie_client::Client::new(&url).unwrap();
    other.login("anna", PASSWORD).unwrap();
    other.finish(call).unwrap();
    choose_by_key(&mut app, "ask-directly");
    poll(&mut app, "the refusal", |a| screen(a) == Screen::Exams);
    assert!(app.world().resource::<ActiveCall>().live.is_none());
    assert!(
        shows(&mut app, "The server refused the call's answer"),
        "{:?}",
        texts(&mut app)
    );
    assert!(
        shows(&mut app, "is finished and stored"),
        "the server's reason: {:?}",
        texts(&mut app)
    );
}

/// (As in tests/cli/exam.rs.) A TCP proxy in front of the server that, at the `cut_at`-th input request, passes the request
/// on but drops the server's answer and the connection (the server has the input, the client
/// does not know), then refuses every connection for `down` (the client keeps reconnecting).
struct Proxy {
    addr: SocketAddr,
    cut: Arc<AtomicBool>,
}

impl Proxy {
    fn start(server: SocketAddr, cut_at: usize, down: Duration) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let inputs = Arc::new(AtomicUsize::new(0));
        let cut = Arc::new(AtomicBool::new(false));
        let down_until: Arc<Mutex<Option<Instant>>> = Arc::new(Mutex::new(None));
        let flag = cut.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                let refused = down_until
                    .lock()
                    .unwrap()
                    .is_some_and(|until| Instant::now() < until);
                if refused {
                    drop(client);
                    continue;
                }
                let Ok(upstream) = TcpStream::connect(server) else {
                    continue;
                };
                let drop_answer = Arc::new(AtomicBool::new(false));
                // Client to server: counts input requests; the cut one is passed on, marked.
                {
                    let (mut from, mut to) =
                        (client.try_clone().unwrap(), upstream.try_clone().unwrap());
                    let (inputs, drop_answer, flag) =
                        (inputs.clone(), drop_answer.clone(), flag.clone());
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 16384];
                        loop {
                            let n = match from.read(&mut buf) {
                                Ok(0) | Err(_) => break,
                                Ok(n) => n,
                            };
                            let chunk = &buf[..n];
                            if chunk.windows(16).any(|w| w == b"/inputs HTTP/1.1")
                                && inputs.fetch_add(1, Ordering::SeqCst) + 1 == cut_at
                            {
                                drop_answer.store(true, Ordering::SeqCst);
                                flag.store(true, Ordering::SeqCst);
                            }
                            if to.write_all(chunk).is_err() {
                                break;
                            }
                        }
                        let _ = to.shutdown(std::net::Shutdown::Write);
                    });
                }
                // Server to client: the answer to the cut request never arrives.
                {
                    let (mut from, mut to) = (upstream, client);
                    let down_until = down_until.clone();
                    std::thread::spawn(move || {
                        let mut buf = [0u8; 16384];
                        loop {
                            let n = match from.read(&mut buf) {
                                Ok(0) | Err(_) => break,
                                Ok(n) => n,
                            };
                            if drop_answer.load(Ordering::SeqCst) {
                                *down_until.lock().unwrap() = Some(Instant::now() + down);
                                let _ = to.shutdown(std::net::Shutdown::Both);
                                let _ = from.shutdown(std::net::Shutdown::Both);
                                break;
                            }
                            if to.write_all(&buf[..n]).is_err() {
                                break;
                            }
                        }
                    });
                }
            }
        });
        Proxy { addr, cut }
    }
}

/// A dropped connection in the middle of an app's exam call: the server received the second
/// input but its answer was lost, and the server is out of reach for a while. The call screen
/// says it is reconnecting; the call goes on from the server's journal (the input is not sent
/// twice) and is stored when it ends.
#[test]
fn an_exam_call_in_the_app_reconnects_and_goes_on_from_the_servers_journal() {
    let dir = temp("exam-cut");
    let (url, db, _exam_id) = exam_server(&dir);
    let addr: SocketAddr = url.trim_start_matches("http://").parse().unwrap();
    let proxy = Proxy::start(addr, 2, Duration::from_millis(2500));
    let mut app = exam_app(
        &dir,
        format!("http://{}", proxy.addr),
        Some("anna"),
        Some(PASSWORD),
    );
    poll(&mut app, "the exam list", |a| {
        screen(a) == Screen::Exams && a.world().resource::<ExamServer>().exams.is_some()
    });
    press(&mut app, KeyCode::Digit1);
    poll(&mut app, "the call", |a| {
        screen(a) == Screen::Call && phase(a).is_some()
    });
    press(&mut app, KeyCode::Space);
    let mut reconnecting_shown = false;
    for id in ["greet-stay", "ask-directly", "thank-and-ask-plan"] {
        choose_by_key(&mut app, id);
        let start = Instant::now();
        while waiting(&mut app) {
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "the server never confirmed {id}"
            );
            reconnecting_shown |= shows(&mut app, "reconnecting");
            std::thread::sleep(Duration::from_millis(5));
            app.update();
        }
    }
    assert!(proxy.cut.load(Ordering::SeqCst), "the proxy never cut");
    assert!(
        reconnecting_shown,
        "the call screen said it was reconnecting"
    );
    assert!(!shows(&mut app, "reconnecting"), "{:?}", texts(&mut app));
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    poll(&mut app, "the server's attempt", |a| {
        shows(a, "The server stored this exam call as attempt")
    });
    let exams = block_on(exam::list(&db, Some("t-1"))).unwrap();
    let call = &exams[0].calls[0];
    assert_eq!(call.state, exam::CallState::Finished, "{call:?}");
    let a = block_on(attempts::get(&db, call.attempt.unwrap()))
        .unwrap()
        .unwrap();
    assert_eq!((a.mode_source.as_str(), a.finished), ("server", true));
    let tokens: Vec<String> = a
        .transcript
        .unwrap()
        .inputs
        .iter()
        .map(|i| i.input.token())
        .collect();
    // Every input once: the one whose answer was lost is not there twice.
    assert_eq!(tokens.iter().filter(|t| *t == "ask-directly").count(), 1);
    assert_eq!(tokens.last().map(String::as_str), Some("hangup"));
    let user = doverie_assess::accounts::User {
        id: 1,
        login: "anna".into(),
        role: Role::Trainee,
        trainee: Some("t-1".into()),
    };
    let journal = block_on(exam::journal(&db, &user, call.id)).unwrap();
    let seqs: Vec<i64> = journal.inputs.iter().map(|i| i.seq).collect();
    assert_eq!(seqs, (1..=tokens.len() as i64).collect::<Vec<_>>());
    // The call's clock ran on across the cut.
    assert!(
        journal
            .inputs
            .windows(2)
            .all(|w| w[0].call_ms <= w[1].call_ms)
    );
}
