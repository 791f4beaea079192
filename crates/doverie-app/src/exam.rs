//! Exams through the assessor's server (`doverie gui --server URL`): the login, the trainee's
//! exams, and the call played on this machine's engine while every input goes to the server.
//!
//! The protocol is [`doverie_client`]'s; its requests block, so they run on a thread of their
//! own ([`ServerExams`] starts it): the screens ask through a channel ([`ExamServer::ask`]) and
//! what the server answered is read at the start of every frame ([`hear`]). No Bevy system ever
//! waits for the network.
//!
//! A call's inputs are handed to that thread as they are recorded (through
//! [`ActiveCall::journal_inputs`], where a practice call appends to its journal file), and the
//! call holds (no key acts, no time passes: see [`ActiveCall::waiting_for_server`]) until the
//! server has confirmed them, so that no input is committed before the one before it was taken.
//! An input the server refuses ends the call as flagged, with the server's reason; a dropped
//! connection shows "reconnecting…" and the call goes on from the server's journal, its clock
//! counting from the server's start.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use doverie_client::call::{CallLink, Opened, Progress, open_journal, open_started};
use doverie_client::{Client, ClientError, Retry, wire};
use doverie_core::live::LiveCall;
use doverie_core::locale::Lang;
use doverie_core::transcript::Transcript;

use crate::logic::{ActiveCall, AppSystems, CallerVoice, Content, Mode, Screen, Settings};
use crate::pace::Alarm;

/// The app takes exams from this server (added by `doverie gui --server`).
pub struct ServerExams {
    /// The server's address.
    pub url: String,
    /// The login, from `--login`.
    pub login: Option<String>,
    /// The password, from `--password-file`: with the login, the app logs in at once.
    pub password: Option<String>,
}

/// A request for the server's thread.
enum Ask {
    Login {
        login: String,
        password: String,
    },
    Exams,
    Start {
        exam: i64,
        scenario: String,
        lang: Lang,
    },
    Resume {
        call: i64,
    },
    Link(Box<CallLink>),
    Push(Box<Transcript>),
}

/// What the server's thread heard.
enum Heard {
    LoggedIn { trainee: String },
    Exams(wire::Exams),
    Started(Box<wire::Started>, Lang),
    Journal(Box<wire::CallJournal>),
    Pushed { sent: usize, attempt: Option<i64> },
    Progress(Progress),
    Failed { asked: Asked, error: ClientError },
}

/// Which request is waiting for the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// The login.
    Login,
    /// The list of exams.
    Exams,
    /// A call's start or resumption.
    Open,
    /// A call's inputs.
    Push,
}

/// Something to tell the trainee on the exams or login screen, said in the app's language
/// when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A request was refused or failed.
    Failed(ClientError),
    /// The last call was refused an input and flagged.
    Flagged(ClientError),
    /// The last call was stored as this attempt.
    Stored(i64),
}

impl Notice {
    /// The words of the notice.
    pub fn say(&self, text: &doverie_core::locale::Text) -> String {
        let lang = text.lang();
        match self {
            Notice::Failed(e) => e.message(lang),
            Notice::Flagged(e) => text.get1("gui-exam-flagged", "reason", e.message(lang)),
            Notice::Stored(a) => text.get1("gui-exam-stored", "attempt", *a),
        }
    }
}

/// The exam server: the channel to its thread and what it said.
#[derive(Resource)]
pub struct ExamServer {
    /// Its address.
    pub url: String,
    asks: Sender<Ask>,
    heard: Mutex<Receiver<Heard>>,
    /// The trainee logged in as, once logged in.
    pub trainee: Option<String>,
    /// The trainee's exams, as last listed.
    pub exams: Option<wire::Exams>,
    /// The request waiting for an answer, if any.
    pub waiting: Option<Asked>,
    /// What to tell the trainee.
    pub notice: Option<Notice>,
    /// No answer: the thread is reconnecting (why).
    pub reconnecting: Option<ClientError>,
    /// The scenario of the call being started.
    opening: Option<String>,
}

impl ExamServer {
    /// Starts the server's thread.
    pub fn connect(url: &str) -> ExamServer {
        let (asks, asked) = channel();
        let (told, heard) = channel();
        let thread_url = url.to_string();
        std::thread::Builder::new()
            .name("doverie-exam-server".into())
            .spawn(move || serve_requests(&thread_url, &asked, &told))
            .map_err(|e| error!("the exam server's thread did not start: {e}"))
            .ok();
        ExamServer {
            url: url.to_string(),
            asks,
            heard: Mutex::new(heard),
            trainee: None,
            exams: None,
            waiting: None,
            notice: None,
            reconnecting: None,
            opening: None,
        }
    }

    fn ask(&mut self, ask: Ask, asked: Asked) {
        if self.asks.send(ask).is_err() {
            self.notice = Some(Notice::Failed(ClientError::Transport(
                "the app's connection thread stopped".into(),
            )));
            return;
        }
        self.waiting = Some(asked);
    }

    /// Logs in.
    pub fn log_in(&mut self, login: &str, password: &str) {
        self.notice = None;
        self.ask(
            Ask::Login {
                login: login.trim().to_string(),
                password: password.to_string(),
            },
            Asked::Login,
        );
    }

    /// Lists the trainee's exams again.
    pub fn refresh(&mut self) {
        if self.trainee.is_some() {
            self.ask(Ask::Exams, Asked::Exams);
        }
    }

    /// Starts the call of `scenario` in `exam`, or resumes its live call `live`.
    pub fn open(&mut self, exam: i64, scenario: &str, live: Option<i64>, lang: Lang) {
        self.notice = None;
        self.opening = Some(scenario.to_string());
        let ask = match live {
            Some(call) => Ask::Resume { call },
            None => Ask::Start {
                exam,
                scenario: scenario.to_string(),
                lang,
            },
        };
        self.ask(ask, Asked::Open);
    }

    /// The calls the trainee can take now, in the order listed: (exam, scenario, its live
    /// call if it was started and not finished).
    pub fn takeable(&self) -> Vec<(i64, String, Option<i64>)> {
        let Some(exams) = &self.exams else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in exams.exams.iter().filter(|e| e.is_open(exams.server_now)) {
            for s in &e.scenarios {
                match e.call_of(s) {
                    None => out.push((e.id, s.clone(), None)),
                    Some(c) if c.state == wire::CallState::Live => {
                        out.push((e.id, s.clone(), Some(c.id)));
                    }
                    Some(_) => {}
                }
            }
        }
        out
    }
}

/// The server's thread: each request in turn, retried while no answer comes.
fn serve_requests(url: &str, asks: &Receiver<Ask>, told: &Sender<Heard>) {
    let mut client = Client::new(url);
    let mut link: Option<CallLink> = None;
    let retry = Retry::default();
    while let Ok(ask) = asks.recv() {
        let client = match &mut client {
            Ok(c) => c,
            Err(e) => {
                let asked = match ask {
                    Ask::Login { .. } => Asked::Login,
                    Ask::Exams => Asked::Exams,
                    Ask::Start { .. } | Ask::Resume { .. } => Asked::Open,
                    Ask::Link(_) | Ask::Push(_) => Asked::Push,
                };
                let _ = told.send(Heard::Failed {
                    asked,
                    error: e.clone(),
                });
                continue;
            }
        };
        let mut progress = |p: Progress| {
            let _ = told.send(Heard::Progress(p));
        };
        let mut reconnecting = |e: &ClientError| {
            let _ = told.send(Heard::Progress(Progress::Reconnecting(e.clone())));
        };
        let failed = |asked| move |error| Heard::Failed { asked, error };
        let heard = match ask {
            Ask::Login { login, password } => retry
                .run(&mut reconnecting, || client.login(&login, &password))
                .map(|l| Heard::LoggedIn {
                    trainee: l.trainee.unwrap_or_default(),
                })
                .unwrap_or_else(failed(Asked::Login)),
            Ask::Exams => retry
                .run(&mut reconnecting, || client.exams())
                .map(Heard::Exams)
                .unwrap_or_else(failed(Asked::Exams)),
            Ask::Start {
                exam,
                scenario,
                lang,
            } => retry
                .run(&mut reconnecting, || {
                    client.start(exam, &scenario, lang.as_str())
                })
                .map(|s| Heard::Started(Box::new(s), lang))
                .unwrap_or_else(failed(Asked::Open)),
            Ask::Resume { call } => retry
                .run(&mut reconnecting, || client.journal(call))
                .map(|j| Heard::Journal(Box::new(j)))
                .unwrap_or_else(failed(Asked::Open)),
            Ask::Link(l) => {
                link = Some(*l);
                continue;
            }
            Ask::Push(t) => {
                let Some(link) = link.as_mut() else { continue };
                link.push(client, &t, &mut progress)
                    .map(|()| Heard::Pushed {
                        sent: link.sent(),
                        attempt: link.attempt(),
                    })
                    .unwrap_or_else(failed(Asked::Push))
            }
        };
        if told.send(heard).is_err() {
            return;
        }
    }
}

/// The call's link to the server, kept in [`ActiveCall`]: the inputs handed to the server's
/// thread and those it confirmed, and the call's clock.
pub struct ServerLink {
    asks: Sender<Ask>,
    /// The server's call id.
    pub call: i64,
    /// How many inputs were handed to the server's thread.
    pub queued: usize,
    /// How many the server confirmed.
    pub confirmed: usize,
    /// The attempt the server stored the call as, once over.
    pub attempt: Option<i64>,
    /// Why the server refused the call's input (the call is flagged).
    pub refused: Option<ClientError>,
    /// The call's clock: `clock_ms` at `clock_at`.
    clock_ms: i64,
    clock_at: Instant,
}

impl ServerLink {
    /// Hands the inputs of `t` not handed yet to the server's thread.
    pub fn push(&mut self, t: &Transcript) {
        if t.inputs.len() <= self.queued || self.refused.is_some() {
            return;
        }
        self.queued = t.inputs.len();
        if self.asks.send(Ask::Push(Box::new(t.clone()))).is_err() {
            self.refused = Some(ClientError::Transport(
                "the app's connection thread stopped".into(),
            ));
        }
    }

    /// Whether inputs wait for the server's confirmation.
    pub fn waiting(&self) -> bool {
        self.confirmed < self.queued && self.refused.is_none()
    }

    /// The call's time, in seconds since the server started it.
    pub fn clock_secs(&self) -> f32 {
        (self.clock_ms as f32 / 1000.0) + self.clock_at.elapsed().as_secs_f32()
    }
}

impl Plugin for ServerExams {
    fn build(&self, app: &mut App) {
        let mut server = ExamServer::connect(&self.url);
        if let (Some(login), Some(password)) = (&self.login, &self.password) {
            server.log_in(login, password);
        }
        if let Some(mut settings) = app.world_mut().get_resource_mut::<Settings>() {
            settings.mode = Mode::Exam;
        }
        app.insert_resource(server)
            .insert_resource(crate::screens::login::LoginForm::new(
                self.login.as_deref(),
                self.password.as_deref(),
            ))
            .insert_state(Screen::Login)
            .add_systems(
                Update,
                (
                    hear.before(AppSystems::Input),
                    // In exam mode the lobby is the list of exams.
                    (|mut next: ResMut<NextState<Screen>>| next.set(Screen::Exams))
                        .run_if(in_state(Screen::Lobby)),
                    wake_while_waiting.after(AppSystems::Show),
                ),
            );
    }
}

/// While the server is asked something, the app looks for its answer often.
fn wake_while_waiting(server: Res<ExamServer>, call: Res<ActiveCall>, mut alarm: ResMut<Alarm>) {
    let call_waiting = call.server.as_ref().is_some_and(ServerLink::waiting);
    if server.waiting.is_some() || server.reconnecting.is_some() || call_waiting {
        alarm.set(Duration::from_millis(50));
    }
}

/// What the server's thread heard, taken into the app.
#[allow(clippy::too_many_arguments)]
fn hear(
    mut server: ResMut<ExamServer>,
    mut call: ResMut<ActiveCall>,
    mut settings: ResMut<Settings>,
    mut voice: ResMut<CallerVoice>,
    content: Res<Content>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let heard: Vec<Heard> = match server.heard.lock() {
        Ok(rx) => rx.try_iter().collect(),
        Err(_) => return,
    };
    for h in heard {
        if !matches!(h, Heard::Progress(_)) {
            server.reconnecting = None;
        }
        match h {
            Heard::Progress(Progress::Reconnecting(e)) => server.reconnecting = Some(e),
            Heard::Progress(Progress::Reconnected { clock_ms, .. }) => {
                server.reconnecting = None;
                if let Some(link) = call.bypass_change_detection().server.as_mut() {
                    link.clock_ms = clock_ms;
                    link.clock_at = Instant::now();
                }
            }
            Heard::LoggedIn { trainee } => {
                server.waiting = None;
                settings.trainee.clone_from(&trainee);
                server.trainee = Some(trainee);
                server.refresh();
                next.set(Screen::Exams);
            }
            Heard::Exams(exams) => {
                server.waiting = None;
                server.exams = Some(exams);
            }
            Heard::Started(started, lang) => {
                server.waiting = None;
                let scenario = server.opening.take().unwrap_or_default();
                let opened = loaded(&content, &scenario)
                    .and_then(|l| open_started(l, &started, lang, trainee(&server)));
                if take_call(
                    &mut server,
                    &mut call,
                    &mut settings,
                    &content,
                    opened,
                    false,
                ) {
                    *voice = CallerVoice::default();
                    next.set(Screen::Call);
                }
            }
            Heard::Journal(journal) => {
                server.waiting = None;
                let opened = loaded(&content, &journal.journal.scenario)
                    .and_then(|l| open_journal(l, &journal, trainee(&server)));
                if take_call(
                    &mut server,
                    &mut call,
                    &mut settings,
                    &content,
                    opened,
                    true,
                ) {
                    *voice = CallerVoice::default();
                    next.set(Screen::Call);
                }
            }
            Heard::Pushed { sent, attempt } => {
                if let Some(link) = call.bypass_change_detection().server.as_mut() {
                    link.confirmed = sent;
                    if attempt.is_some() {
                        link.attempt = attempt;
                    }
                }
                if let Some(a) = attempt {
                    server.notice = Some(Notice::Stored(a));
                }
            }
            Heard::Failed { asked, error } => {
                server.waiting = None;
                match asked {
                    Asked::Push => {
                        if let Some(link) = call.server.as_mut() {
                            link.refused = Some(error.clone());
                        }
                        server.notice = Some(Notice::Flagged(error));
                        if *screen.get() == Screen::Call {
                            // The call is over: the server took no more of it.
                            call.live = None;
                            next.set(Screen::Exams);
                        }
                    }
                    Asked::Open => {
                        server.notice = Some(Notice::Failed(error));
                        server.refresh();
                    }
                    Asked::Login | Asked::Exams => server.notice = Some(Notice::Failed(error)),
                }
            }
        }
    }
}

fn trainee(server: &ExamServer) -> &str {
    server.trainee.as_deref().unwrap_or_default()
}

fn loaded<'a>(
    content: &'a Content,
    scenario: &str,
) -> Result<&'a doverie_core::content::Loaded, ClientError> {
    content
        .position(scenario)
        .and_then(|i| content.entries.get(i))
        .map(|e| &e.loaded)
        .ok_or_else(|| ClientError::NoScenario(scenario.to_string()))
}

/// The call opened becomes the active call, played in exam mode (true); or the trainee is told
/// why it could not be opened.
fn take_call(
    server: &mut ExamServer,
    call: &mut ActiveCall,
    settings: &mut Settings,
    content: &Content,
    opened: Result<Opened, ClientError>,
    resumed: bool,
) -> bool {
    let opened = match opened {
        Ok(o) => o,
        Err(e) => {
            server.notice = Some(Notice::Failed(e));
            server.refresh();
            return false;
        }
    };
    let Some(entry) = content
        .position(&opened.session.scenario.id)
        .and_then(|i| content.entries.get(i))
    else {
        let id = opened.session.scenario.id.clone();
        server.notice = Some(Notice::Failed(ClientError::NoScenario(id)));
        return false;
    };
    let text = entry.loaded.text(opened.lang);
    settings.lang = opened.lang;
    settings.mode = Mode::Exam;
    let link = opened.link();
    let live = if resumed {
        LiveCall::resumed(opened.session, &opened.events, text, false)
    } else {
        LiveCall::new(opened.session, &opened.events, text, false)
    }
    .with_pacing(settings.pacing);
    let server_link = ServerLink {
        asks: server.asks.clone(),
        call: opened.call,
        queued: opened.held,
        confirmed: opened.held,
        attempt: None,
        refused: None,
        clock_ms: opened.clock_ms,
        clock_at: Instant::now(),
    };
    let _ = server.asks.send(Ask::Link(Box::new(link)));
    *call = ActiveCall {
        live: Some(live),
        file: None,
        journal: None,
        save_error: None,
        server: Some(server_link),
    };
    true
}
