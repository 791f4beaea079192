//! `doverie play --server`: an exam call taken by the terminal front end through the assessor's
//! server, with the connection cut mid-call by a proxy and resumed from the server's journal.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use doverie_assess::accounts::Role;
use doverie_assess::db::Db;
use doverie_assess::{attempts, block_on, exam};
use doverie_core::library::Library;

use super::{doverie_with, stderr, stdout, temp};

fn library() -> Library {
    Library::new(env!("CARGO_MANIFEST_DIR"))
}

/// A TCP proxy in front of the server that, at the `cut_at`-th input request, passes the request
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

fn server(url: &str) -> SocketAddr {
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

/// A scripted exam call by the terminal through the server: the connection is cut after the
/// server received the third input but before the terminal heard back; the terminal says it is
/// reconnecting, takes up the call from the server's journal (the input is not sent twice) and
/// plays it to its end, which the server verifies and stores as an exam attempt.
#[test]
fn an_exam_call_by_the_terminal_survives_a_dropped_connection() {
    let dir = temp("exam-server");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite:{}", dir.join("assess.sqlite").display());
    let db = block_on(Db::open(&url)).unwrap();
    let password = "a long enough exam password";
    block_on(doverie_assess::users::add(
        &db,
        None,
        "anna",
        Role::Trainee,
        Some("t-1"),
        password,
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
            opens_at: now - 60,
            closes_at: now + 3600,
        },
    ))
    .unwrap();
    let addr = server(&url);
    let proxy = Proxy::start(addr, 3, Duration::from_millis(2500));
    let password_file = dir.join("password");
    std::fs::write(&password_file, format!("{password}\n")).unwrap();
    // The opening answers (before the scenario's first random turn), then silence and a
    // hang-up: a script every call of the scenario takes, whatever seed the server draws.
    let script = "greet-stay,ask-directly,thank-and-ask-plan,wait:5,wait:20,hangup";
    let o = doverie_with(&[
        "play",
        "--server",
        &format!("http://{}", proxy.addr),
        "--login",
        "anna",
        "--password-file",
        password_file.to_str().unwrap(),
        "--lang",
        "en",
        "--choose",
        script,
    ])
    .output()
    .unwrap();
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(o.status.success(), "{out}\n{err}");
    assert!(
        proxy.cut.load(Ordering::SeqCst),
        "the proxy never cut the connection"
    );
    assert!(err.contains("reconnecting"), "{err}");
    assert!(err.contains("Reconnected"), "{err}");
    assert!(out.contains(&format!("Exam {exam_id}")), "{out}");
    assert!(out.contains("stored it as attempt"), "{out}");

    let exams = block_on(exam::list(&db, Some("t-1"))).unwrap();
    let call = &exams[0].calls[0];
    assert_eq!(call.state, exam::CallState::Finished, "{call:?}");
    let a = block_on(attempts::get(&db, call.attempt.unwrap()))
        .unwrap()
        .unwrap();
    assert_eq!((a.mode_source.as_str(), a.finished), ("server", true));
    let t = a.transcript.unwrap();
    // Every input once, in order: the one whose answer was lost is not there twice.
    let tokens: Vec<String> = t.inputs.iter().map(|i| i.input.token()).collect();
    assert_eq!(tokens.last().map(String::as_str), Some("hangup"));
    assert_eq!(tokens.iter().filter(|t| *t == "hangup").count(), 1);
    let user = doverie_assess::accounts::User {
        id: 1,
        login: "anna".into(),
        role: Role::Trainee,
        trainee: Some("t-1".into()),
    };
    let journal = block_on(exam::journal(&db, &user, call.id)).unwrap();
    let seqs: Vec<i64> = journal.inputs.iter().map(|i| i.seq).collect();
    assert_eq!(seqs, (1..=tokens.len() as i64).collect::<Vec<_>>());
    // The call's clock ran on across the cut: no input's clock is behind the one before.
    assert!(
        journal
            .inputs
            .windows(2)
            .all(|w| w[0].call_ms <= w[1].call_ms)
    );
}
