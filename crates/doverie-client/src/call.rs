//! An exam call on this machine's engine, kept in step with the server's.
//!
//! The call is opened from the server's answer: a new call from [`wire::Started`] (the
//! server's seed; its first events must be the engine's), a live one from its
//! [`wire::CallJournal`] (every input the server holds is replayed). Then a [`CallLink`] sends
//! each input as it is given, with the call's clock, and compares the events the server's
//! engine answers with this one's. After a dropped connection the server's journal says what it
//! holds, so no input is sent twice, and the call's clock goes on from the server's start.

use std::sync::Arc;
use std::time::Instant;

use doverie_core::content::Loaded;
use doverie_core::engine::{Input, Stamped};
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::{EventRecord, Mode, Transcript};

use crate::{Client, ClientError, Retry, wire};

/// A call opened on this machine from the server's record.
pub struct Opened {
    /// The server's call id.
    pub call: i64,
    /// The call on this machine's engine, bound in exam mode.
    pub session: Session,
    /// The events to show: the opening of a new call, every event so far of a resumed one.
    pub events: Vec<Stamped>,
    /// The language the call is recorded in (the server's, for a resumed call).
    pub lang: Lang,
    /// How many inputs the server holds (0 for a new call).
    pub held: usize,
    /// The call's clock now, in milliseconds since the server started it.
    pub clock_ms: i64,
}

impl Opened {
    /// The link that sends this call's inputs from here on.
    pub fn link(&self) -> CallLink {
        CallLink {
            call: self.call,
            sent: self.held,
            events_checked: self.session.transcript.events.len(),
            clock: Instant::now(),
            offset_ms: self.clock_ms,
            attempt: None,
            retry: Retry::default(),
        }
    }
}

fn same_content(
    loaded: &Loaded,
    scenario_hash: &str,
    protocol_hash: &str,
) -> Result<(), ClientError> {
    if scenario_hash != loaded.scenario.hash || protocol_hash != loaded.protocol.hash {
        return Err(ClientError::Content(loaded.scenario.id.clone()));
    }
    Ok(())
}

fn session(
    loaded: &Loaded,
    seed: u64,
    lang: Lang,
    trainee: &str,
    started_at: i64,
) -> (Session, Vec<Stamped>) {
    let (mut session, events) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        lang,
        trainee,
    );
    session.transcript.bind(
        (started_at.max(0) / 1000) as u64,
        Mode {
            exam: true,
            ..Mode::default()
        },
        loaded.text_stamps(lang),
    );
    (session, events)
}

/// A call the server has just started: its seed on this engine, which must open as the
/// server's did.
pub fn open_started(
    loaded: &Loaded,
    started: &wire::Started,
    lang: Lang,
    trainee: &str,
) -> Result<Opened, ClientError> {
    same_content(loaded, &started.scenario_hash, &started.protocol_hash)?;
    let (session, events) = session(loaded, started.seed, lang, trainee, started.started_at);
    if session.transcript.events != started.events {
        return Err(ClientError::OpensOtherwise(loaded.scenario.id.clone()));
    }
    Ok(Opened {
        call: started.call,
        session,
        events,
        lang,
        held: 0,
        clock_ms: 0,
    })
}

/// A live call rebuilt from the server's journal: every input it holds is replayed here.
pub fn open_journal(
    loaded: &Loaded,
    journal: &wire::CallJournal,
    trainee: &str,
) -> Result<Opened, ClientError> {
    let j = &journal.journal;
    same_content(loaded, &j.scenario_hash, &j.protocol_hash)?;
    let lang = j.lang.parse().unwrap_or(Lang::FALLBACK);
    let (mut session, mut events) = session(loaded, j.seed, lang, trainee, j.started_at);
    for i in &j.inputs {
        let replayed = Input::parse_token(&i.token)
            .map_err(|e| e.to_string())
            .and_then(|input| session.apply(input, None).map_err(|e| e.to_string()));
        match replayed {
            Ok(more) => events.extend(more),
            Err(reason) => {
                return Err(ClientError::Replay {
                    call: j.call,
                    seq: i.seq,
                    reason,
                });
            }
        }
    }
    Ok(Opened {
        call: j.call,
        session,
        events,
        lang,
        held: j.inputs.len(),
        clock_ms: (journal.server_now - j.started_at).max(0),
    })
}

/// What happened while inputs were sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// No answer: trying again.
    Reconnecting(ClientError),
    /// Through again: the server holds this many inputs of the call.
    Reconnected {
        /// How many inputs the server holds.
        inputs: usize,
        /// The call's clock now, in milliseconds since the server started it.
        clock_ms: i64,
    },
}

/// Sends a call's inputs to the server as they are given.
#[derive(Debug, Clone)]
pub struct CallLink {
    call: i64,
    /// How many inputs the server holds.
    sent: usize,
    /// How many events of the transcript the server's answers have matched.
    events_checked: usize,
    /// The call's clock: `offset_ms` at `clock`.
    clock: Instant,
    offset_ms: i64,
    attempt: Option<i64>,
    retry: Retry,
}

impl CallLink {
    /// The server's call id.
    pub fn call(&self) -> i64 {
        self.call
    }

    /// The call's clock: milliseconds since the server started the call.
    pub fn call_ms(&self) -> i64 {
        self.offset_ms + self.clock.elapsed().as_millis() as i64
    }

    /// How many inputs the server holds.
    pub fn sent(&self) -> usize {
        self.sent
    }

    /// The attempt the server stored the call as, once it said so.
    pub fn attempt(&self) -> Option<i64> {
        self.attempt
    }

    /// Tries again with `retry` while no answer comes.
    pub fn with_retry(mut self, retry: Retry) -> CallLink {
        self.retry = retry;
        self
    }

    /// Sends the inputs of `t` the server does not hold, one by one, each with the call's
    /// clock, and checks that the server's engine answered them with the events `t` has.
    /// A dropped connection is retried (`progress` hears of it); once through, the server's
    /// journal says what it holds and the rest is sent. A refusal ends the sending: the server
    /// flags the call for most.
    pub fn push(
        &mut self,
        client: &Client,
        t: &Transcript,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), ClientError> {
        let mut theirs: Vec<EventRecord> = Vec::new();
        let mut checked = true;
        while self.sent < t.inputs.len() {
            let seq = self.sent as i64 + 1;
            let token = t.inputs[self.sent].input.token();
            match client.input(self.call, seq, &token, self.call_ms()) {
                Ok(applied) => {
                    theirs.extend(applied.events);
                    if applied.attempt.is_some() {
                        self.attempt = applied.attempt;
                    }
                    self.sent += 1;
                }
                Err(e) if e.is_transport() => {
                    progress(Progress::Reconnecting(e));
                    // The server may have received it: its journal says.
                    self.resync(client, t, progress)?;
                    checked = false;
                }
                Err(e) => return Err(e),
            }
        }
        let mine = &t.events[self.events_checked.min(t.events.len())..];
        if checked && theirs != mine {
            return Err(ClientError::WentOtherwise {
                theirs: theirs.len(),
                mine: mine.len(),
            });
        }
        self.events_checked = t.events.len();
        Ok(())
    }

    /// After a dropped connection: what the server holds decides what is sent next, and the
    /// call's clock is the server's.
    fn resync(
        &mut self,
        client: &Client,
        t: &Transcript,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), ClientError> {
        let retry = self.retry;
        let journal = retry.run(&mut |e| progress(Progress::Reconnecting(e.clone())), || {
            client.journal(self.call)
        })?;
        let j = journal.journal;
        let held = j.inputs.len();
        if held > t.inputs.len()
            || j.inputs
                .iter()
                .zip(&t.inputs)
                .any(|(server, here)| server.token != here.input.token())
        {
            return Err(ClientError::NotThisCall(self.call));
        }
        self.sent = held;
        self.offset_ms = (journal.server_now - j.started_at).max(0);
        self.clock = Instant::now();
        if j.attempt.is_some() {
            self.attempt = j.attempt;
        }
        if j.state == wire::CallState::Flagged {
            return Err(ClientError::Flagged {
                call: self.call,
                reason: j.flag.unwrap_or_default(),
            });
        }
        progress(Progress::Reconnected {
            inputs: held,
            clock_ms: self.offset_ms,
        });
        Ok(())
    }
}
