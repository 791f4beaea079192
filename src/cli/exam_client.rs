//! `doverie play --server URL`: an exam call taken through the assessor's server, in the
//! terminal, in exam mode (no hints, no meters).
//!
//! The protocol, the call kept in step with the server's and the reconnection are
//! [`doverie_client`]'s; this file is the terminal's part: the password file, which call to take,
//! and the lines it prints. The engine runs on both sides: the terminal plays the call at once,
//! and every input goes to the server as it is given; a dropped connection is retried
//! ("reconnecting…") and the call goes on from the server's journal, its clock counting from the
//! server's start.

use std::cell::Cell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use doverie_client::call::{CallLink, Progress, open_journal, open_started};
use doverie_client::{Client, ClientError, Retry, wire};
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::{Lang, Text};
use doverie_core::transcript::Transcript;
use fluent_bundle::FluentArgs;

use crate::term::{self, PlayEnd, PlayError, PlayOptions, Recorder};

/// Says on standard error that the connection is being retried, or is back.
fn say_progress(chrome: &Text, lang: Lang, p: &Progress) {
    match p {
        Progress::Reconnecting(e) => eprintln!(
            "{}",
            chrome.get1("ui-exam-reconnecting", "reason", e.message(lang))
        ),
        Progress::Reconnected { inputs, .. } => {
            eprintln!("{}", chrome.get1("ui-exam-reconnected", "inputs", *inputs))
        }
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
pub(super) fn password(path: &Path) -> Result<String, String> {
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
    chrome: &Text,
    lang: Lang,
    attempt: impl FnMut() -> Result<T, ClientError>,
) -> Result<T, ClientError> {
    Retry::default().run(
        &mut |e| say_progress(chrome, lang, &Progress::Reconnecting(e.clone())),
        attempt,
    )
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
        .filter(|e| e.is_open(exams.server_now))
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
    let lang = args.lang;
    let password = match password(args.password_file) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let chrome = doverie_app::screens::chrome(lang);
    let mut client = match Client::new(args.server) {
        Ok(c) => c,
        Err(e) => return fail(e.message(lang)),
    };
    let logged_in = match with_retries(&chrome, lang, || client.login(args.login, &password)) {
        Ok(l) => l,
        Err(e) => return fail(e.message(lang)),
    };
    let exams = match with_retries(&chrome, lang, || client.exams()) {
        Ok(e) => e,
        Err(e) => return fail(e.message(lang)),
    };
    let (exam, scenario, live) = match choose(&exams, args.exam, args.scenario) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let Ok(loaded) = super::load(library, &scenario, lang) else {
        return ExitCode::FAILURE;
    };
    let trainee = logged_in.trainee.unwrap_or_default();
    let mut args_out = FluentArgs::new();
    let (opened, line) = match live {
        None => {
            let started = match with_retries(&chrome, lang, || {
                client.start(exam, &scenario, lang.as_str())
            }) {
                Ok(s) => s,
                Err(e) => return fail(e.message(lang)),
            };
            args_out.set("exam", exam);
            args_out.set("scenario", scenario.clone());
            (
                open_started(&loaded, &started, lang, &trainee),
                "ui-exam-starting",
            )
        }
        Some(call) => {
            let journal = match with_retries(&chrome, lang, || client.journal(call)) {
                Ok(j) => j,
                Err(e) => return fail(e.message(lang)),
            };
            args_out.set("call", call);
            args_out.set("scenario", scenario.clone());
            args_out.set("inputs", journal.journal.inputs.len());
            (
                open_journal(&loaded, &journal, &trainee),
                "ui-exam-resuming",
            )
        }
    };
    let opened = match opened {
        Ok(o) => o,
        Err(e) => return fail(e.message(lang)),
    };
    let text = loaded.text(opened.lang);
    let _ = writeln!(std::io::stdout(), "{}", text.get(line, Some(&args_out)));
    let attempt = Rc::new(Cell::new(None));
    let recorder = ServerRecorder {
        client,
        link: opened.link(),
        lang,
        chrome,
        attempt: attempt.clone(),
    };
    let options = PlayOptions {
        seed: opened.session.transcript.seed,
        out: None,
        script: args.script,
        sound: None,
        voice: false,
        width: term::screen::terminal_width(),
    };
    let mut session = opened.session;
    let mut stdout = std::io::stdout().lock();
    let played = term::play_recorded(
        &mut session,
        &opened.events,
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
            None => fail(ClientError::NotStored(opened.call).message(lang)),
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
    link: CallLink,
    lang: Lang,
    /// The program's words, for "reconnecting…".
    chrome: Text,
    attempt: Rc<Cell<Option<i64>>>,
}

impl Recorder for ServerRecorder {
    fn append(&mut self, t: &Transcript) -> Result<(), PlayError> {
        let (chrome, lang) = (&self.chrome, self.lang);
        let pushed = self
            .link
            .push(&self.client, t, &mut |p| say_progress(chrome, lang, &p));
        if let Some(a) = self.link.attempt() {
            self.attempt.set(Some(a));
        }
        pushed.map_err(|e| PlayError::Server(e.message(self.lang)))
    }

    fn close(mut self: Box<Self>, t: &Transcript) -> Result<Option<PathBuf>, PlayError> {
        self.append(t)?;
        Ok(None)
    }
}
