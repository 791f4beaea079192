//! `doverie play --server URL`: an exam call taken through the assessor's server, in the
//! terminal, in exam mode (no hints, no meters).
//!
//! The engine runs on both sides: the terminal plays the call at once, and every input goes to
//! the server as it is given, with the call's clock; the server applies it to its own engine and
//! answers with the events it produced, which must be the terminal's. A dropped connection is
//! retried ("reconnecting…"); once through, the call goes on from the server's journal (what
//! the server received is never sent twice) and its clock keeps counting from the server's start.
//! The protocol is `doverie_assess::exam_api::wire`, described in docs/exam-protocol.md.

use std::cell::Cell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use doverie_assess::exam_api::wire;
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::{Lang, Text};
use doverie_core::session::Session;
use doverie_core::transcript::{EventRecord, Mode, Transcript};
use fluent_bundle::FluentArgs;
use serde::de::DeserializeOwned;

use crate::term::{self, PlayEnd, PlayError, PlayOptions, Recorder};

/// How many times a dropped connection is retried, a second apart, before the call is left
/// open on the server.
const RECONNECT_TRIES: u32 = 120;

/// What a request came to.
#[derive(Debug)]
enum Failure {
    /// No answer (a dropped connection, a server that is down or overloaded): retried.
    Transport(String),
    /// The server refused, with its reason.
    Refused(wire::Refused),
    /// An answer that is not the protocol's.
    Protocol(String),
}

impl Failure {
    fn say(&self, lang: Lang) -> String {
        match self {
            Failure::Transport(e) => e.clone(),
            Failure::Refused(r) => match lang {
                Lang::Ru => r.message.ru.clone(),
                _ => r.message.en.clone(),
            },
            Failure::Protocol(e) => e.clone(),
        }
    }
}

/// The server, over HTTP(S), with the login's token.
struct Client {
    agent: ureq::Agent,
    base: String,
    token: Option<String>,
}

impl Client {
    fn new(base: &str) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build();
        Client {
            agent: ureq::Agent::new_with_config(config),
            base: base.trim_end_matches('/').to_string(),
            token: None,
        }
    }

    fn request<T: DeserializeOwned>(
        &self,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<T, Failure> {
        let url = format!("{}{path}", self.base);
        let auth = self.token.as_ref().map(|t| format!("Bearer {t}"));
        let sent = match body {
            Some(body) => {
                let mut r = self
                    .agent
                    .post(&url)
                    .header("Content-Type", "application/json");
                if let Some(a) = &auth {
                    r = r.header("Authorization", a);
                }
                r.send(body.to_string())
            }
            None => {
                let mut r = self.agent.get(&url);
                if let Some(a) = &auth {
                    r = r.header("Authorization", a);
                }
                r.call()
            }
        };
        let mut response = sent.map_err(|e| Failure::Transport(e.to_string()))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .read_to_string()
            .map_err(|e| Failure::Transport(e.to_string()))?;
        if status >= 500 {
            return Err(Failure::Transport(format!("the server answered {status}")));
        }
        if status >= 400 {
            return Err(match serde_json::from_str::<wire::Refused>(&text) {
                Ok(r) => Failure::Refused(r),
                Err(_) => Failure::Protocol(format!(
                    "the server answered {status} without the exam protocol's reason: is {} a doverie server?",
                    self.base
                )),
            });
        }
        serde_json::from_str(&text).map_err(|e| {
            Failure::Protocol(format!(
                "the server's answer is not the exam protocol's (version {}): {e}; update doverie",
                wire::VERSION
            ))
        })
    }

    fn journal(&self, call: i64) -> Result<wire::CallJournal, Failure> {
        self.request(&format!("/api/v1/calls/{call}"), None)
    }
}

/// The options of `doverie play --server`.
pub(super) struct ServerArgs<'a> {
    pub server: &'a str,
    pub login: &'a str,
    pub password_file: &'a Path,
    pub exam: Option<i64>,
    pub scenario: Option<&'a str>,
    pub lang: Lang,
    pub script: Option<Vec<Input>>,
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("doverie: {message}");
    ExitCode::FAILURE
}

/// Reads the password: the file's first line (at most 1 KiB, a regular file).
fn password(path: &Path) -> Result<String, String> {
    let bytes = doverie_core::read::read_bounded(path, 1024)
        .map_err(|e| format!("--password-file {}: {e}", path.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("--password-file {}: not UTF-8 text", path.display()))?;
    let line = text.lines().next().unwrap_or("").to_string();
    if line.is_empty() {
        return Err(format!(
            "--password-file {}: the first line is empty; write the password on it",
            path.display()
        ));
    }
    Ok(line)
}

/// Sends a request until it gets an answer, saying it is reconnecting while it does not.
fn with_retries<T>(
    text: &Text,
    mut attempt: impl FnMut() -> Result<T, Failure>,
) -> Result<T, Failure> {
    let mut tries = 0;
    loop {
        match attempt() {
            Err(Failure::Transport(reason)) if tries < RECONNECT_TRIES => {
                tries += 1;
                eprintln!("{}", text.get1("ui-exam-reconnecting", "reason", reason));
                std::thread::sleep(Duration::from_secs(1));
            }
            other => return other,
        }
    }
}

/// The call to take: the one given, else the first scenario of the first open exam that is not
/// finished (a live call is resumed).
fn choose(
    exams: &wire::Exams,
    exam: Option<i64>,
    scenario: Option<&str>,
) -> Result<(i64, String, Option<i64>), String> {
    let open: Vec<&wire::Exam> = exams
        .exams
        .iter()
        .filter(|e| exam.is_none_or(|id| e.id == id))
        .filter(|e| e.opens_at * 1000 <= exams.server_now && exams.server_now < e.closes_at * 1000)
        .collect();
    if let Some(id) = exam
        && open.is_empty()
    {
        return Err(format!(
            "exam {id} is not one of yours open now (see your exams with an assessor)"
        ));
    }
    for e in open {
        for s in &e.scenarios {
            if scenario.is_some_and(|want| want != s) {
                continue;
            }
            match e.calls.iter().find(|c| &c.scenario == s) {
                None => return Ok((e.id, s.clone(), None)),
                Some(c) if c.state == wire::CallState::Live => {
                    return Ok((e.id, s.clone(), Some(c.id)));
                }
                Some(c) if scenario.is_some() => {
                    return Err(format!(
                        "{s} was already called in exam {} (call {}, {}): an exam call is not taken again",
                        e.id,
                        c.id,
                        c.state.as_str()
                    ));
                }
                Some(_) => {}
            }
        }
    }
    Err(match scenario {
        Some(s) => format!("no exam of yours open now has {s} to take"),
        None => "no exam of yours is open now with a call left to take".into(),
    })
}

pub(super) fn run(library: &Library, args: ServerArgs<'_>) -> ExitCode {
    let password = match password(args.password_file) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let chrome = doverie_app::screens::chrome(args.lang);
    let mut client = Client::new(args.server);
    let login = with_retries(&chrome, || {
        client.request::<wire::LoggedIn>(
            "/api/v1/login",
            Some(
                serde_json::json!({"v": wire::VERSION, "login": args.login, "password": password}),
            ),
        )
    });
    let logged_in = match login {
        Ok(l) => l,
        Err(e) => return fail(e.say(args.lang)),
    };
    client.token = Some(logged_in.token);
    let exams = match with_retries(&chrome, || {
        client.request::<wire::Exams>("/api/v1/exams", None)
    }) {
        Ok(e) => e,
        Err(e) => return fail(e.say(args.lang)),
    };
    let (exam, scenario, live) = match choose(&exams, args.exam, args.scenario) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let Ok(loaded) = super::load(library, &scenario, args.lang) else {
        return ExitCode::FAILURE;
    };
    let text = loaded.text(args.lang);
    let trainee = logged_in.trainee.unwrap_or_default();
    let start = |seed: u64, lang: Lang, started_at: i64| {
        let (mut session, events) = Session::start(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            seed,
            lang,
            &trainee,
        );
        session.transcript.bind(
            (started_at / 1000) as u64,
            Mode {
                exam: true,
                ..Mode::default()
            },
            loaded.text_stamps(lang),
        );
        (session, events)
    };
    let same_content = |scenario_hash: &str, protocol_hash: &str| {
        if scenario_hash != loaded.scenario.hash || protocol_hash != loaded.protocol.hash {
            Err(format!(
                "scenario \"{scenario}\" or its protocol here differs from the server's: update the content folder to the server's release before taking the exam"
            ))
        } else {
            Ok(())
        }
    };
    let mut args_out = FluentArgs::new();
    let (call, session, opening, offset_ms, sent) = match live {
        None => {
            let started = with_retries(&chrome, || {
                client.request::<wire::Started>(
                    &format!("/api/v1/exams/{exam}/calls"),
                    Some(serde_json::json!({"v": wire::VERSION, "scenario": scenario, "lang": args.lang.as_str()})),
                )
            });
            let started = match started {
                Ok(s) => s,
                Err(e) => return fail(e.say(args.lang)),
            };
            if let Err(e) = same_content(&started.scenario_hash, &started.protocol_hash) {
                return fail(e);
            }
            let (session, events) = start(started.seed, args.lang, started.started_at);
            let mine: Vec<EventRecord> = session.transcript.events.clone();
            if mine != started.events {
                return fail(format!(
                    "the server's call of {scenario} opens differently from this one: update doverie to the server's version"
                ));
            }
            args_out.set("exam", exam);
            args_out.set("scenario", scenario.clone());
            let _ = writeln!(
                std::io::stdout(),
                "{}",
                text.get("ui-exam-starting", Some(&args_out))
            );
            (started.call, session, events, 0, 0)
        }
        Some(call) => {
            let journal = match with_retries(&chrome, || client.journal(call)) {
                Ok(j) => j,
                Err(e) => return fail(e.say(args.lang)),
            };
            let j = &journal.journal;
            if let Err(e) = same_content(&j.scenario_hash, &j.protocol_hash) {
                return fail(e);
            }
            let lang = j.lang.parse().unwrap_or(args.lang);
            let (mut session, mut events) = start(j.seed, lang, j.started_at);
            for i in &j.inputs {
                let replayed = Input::parse_token(&i.token)
                    .map_err(|e| e.to_string())
                    .and_then(|input| session.apply(input, None).map_err(|e| e.to_string()));
                match replayed {
                    Ok(more) => events.extend(more),
                    Err(e) => {
                        return fail(format!(
                            "the server's record of call {call} does not replay here (input {}: {e}): update doverie to the server's version",
                            i.seq
                        ));
                    }
                }
            }
            args_out.set("call", call);
            args_out.set("scenario", scenario.clone());
            args_out.set("inputs", j.inputs.len());
            let _ = writeln!(
                std::io::stdout(),
                "{}",
                text.get("ui-exam-resuming", Some(&args_out))
            );
            (
                call,
                session,
                events,
                journal.server_now - j.started_at,
                j.inputs.len(),
            )
        }
    };
    let attempt = Rc::new(Cell::new(None));
    let recorder = ServerRecorder {
        client,
        call,
        lang: args.lang,
        chrome,
        sent,
        events_checked: session.transcript.events.len(),
        clock: Instant::now(),
        offset_ms,
        attempt: attempt.clone(),
    };
    let options = PlayOptions {
        seed: session.transcript.seed,
        out: None,
        script: args.script,
        sound: None,
        voice: false,
        width: term::screen::terminal_width(),
    };
    let mut session = session;
    let mut stdout = std::io::stdout().lock();
    let played = term::play_recorded(
        &mut session,
        &opening,
        &text,
        &options,
        Some(Box::new(recorder)),
        &mut stdout,
    );
    match played {
        Ok(PlayEnd::Finished) => match attempt.get() {
            Some(a) => {
                let _ = writeln!(stdout, "{}", text.get1("ui-exam-stored", "attempt", a));
                ExitCode::SUCCESS
            }
            None => {
                fail("the call is over but the server did not say it stored it: ask the assessor")
            }
        },
        Ok(PlayEnd::Open) => {
            let _ = writeln!(stdout, "{}", text.get("ui-exam-left-open", None));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = stdout.flush();
            fail(e)
        }
    }
}

/// Records the call on the server as it is played.
struct ServerRecorder {
    client: Client,
    call: i64,
    lang: Lang,
    /// The program's words, for "reconnecting…".
    chrome: Text,
    /// How many inputs the server has.
    sent: usize,
    /// How many events of the transcript the server's answers have matched.
    events_checked: usize,
    /// The call's clock: since the call started here, plus `offset_ms` (a resumed call's time).
    clock: Instant,
    offset_ms: i64,
    attempt: Rc<Cell<Option<i64>>>,
}

impl ServerRecorder {
    fn call_ms(&self) -> i64 {
        self.offset_ms + self.clock.elapsed().as_millis() as i64
    }

    fn refused(&self, e: &Failure) -> PlayError {
        PlayError::Server(e.say(self.lang))
    }

    /// After a dropped connection: what the server holds decides what is sent next.
    fn resync(&mut self, t: &Transcript) -> Result<(), PlayError> {
        let journal = with_retries(&self.chrome, || self.client.journal(self.call))
            .map_err(|e| self.refused(&e))?;
        let j = journal.journal;
        let held = j.inputs.len();
        if held > t.inputs.len()
            || j.inputs
                .iter()
                .zip(&t.inputs)
                .any(|(server, here)| server.token != here.input.token())
        {
            return Err(PlayError::Server(format!(
                "the server's record of call {} is not this call's: ask the assessor",
                self.call
            )));
        }
        self.sent = held;
        self.offset_ms = journal.server_now - j.started_at;
        self.clock = Instant::now();
        if let Some(a) = j.attempt {
            self.attempt.set(Some(a));
        }
        match j.state {
            wire::CallState::Flagged => {
                Err(PlayError::Server(j.flag.unwrap_or_else(|| {
                    format!("call {} was flagged", self.call)
                })))
            }
            _ => {
                eprintln!(
                    "{}",
                    self.chrome.get1("ui-exam-reconnected", "inputs", held)
                );
                Ok(())
            }
        }
    }
}

impl Recorder for ServerRecorder {
    fn append(&mut self, t: &Transcript) -> Result<(), PlayError> {
        let mut theirs: Vec<EventRecord> = Vec::new();
        let mut checked = true;
        while self.sent < t.inputs.len() {
            let seq = self.sent as i64 + 1;
            let body = serde_json::json!({
                "v": wire::VERSION,
                "seq": seq,
                "token": t.inputs[self.sent].input.token(),
                "call_ms": self.call_ms(),
            });
            let path = format!("/api/v1/calls/{}/inputs", self.call);
            match self.client.request::<wire::Applied>(&path, Some(body)) {
                Ok(applied) => {
                    theirs.extend(applied.events);
                    if let Some(a) = applied.attempt {
                        self.attempt.set(Some(a));
                    }
                    self.sent += 1;
                }
                Err(Failure::Transport(reason)) => {
                    eprintln!(
                        "{}",
                        self.chrome.get1("ui-exam-reconnecting", "reason", reason)
                    );
                    // The server may have received it: its journal says.
                    self.resync(t)?;
                    checked = false;
                }
                Err(e) => return Err(self.refused(&e)),
            }
        }
        let mine = &t.events[self.events_checked.min(t.events.len())..];
        if checked && theirs != mine {
            return Err(PlayError::Server(format!(
                "the server's call went otherwise than this one (it answered {} event(s) where this call has {}): the call is left to the assessor",
                theirs.len(),
                mine.len()
            )));
        }
        self.events_checked = t.events.len();
        Ok(())
    }

    fn close(mut self: Box<Self>, t: &Transcript) -> Result<Option<PathBuf>, PlayError> {
        self.append(t)?;
        Ok(None)
    }
}
