//! Terminal play: a call in the terminal, interactive or scripted.
//!
//! The terminal only translates between a person and the engine: it shows the caller's lines and
//! the options, turns keys into [`Input`]s and measures silence with the wall clock (the engine
//! itself never reads a clock). Scripted play (`--choose`) applies tokens in order, for tests and
//! bots.

pub mod debrief;
mod render;
pub mod screen;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use std::rc::Rc;

use doverie_audio::CallSound;
use doverie_audio::takes::Takes;
use doverie_core::engine::{Input, Stamped};
use doverie_core::live::{Cue, SilenceClock};
use doverie_core::locale::Text;
use doverie_core::session::Session;
use doverie_core::transcript::Transcript;
use doverie_files::CallJournal;
pub use render::Renderer;

/// The longest command line read from standard input; a longer one ends the input.
pub const MAX_LINE_BYTES: usize = 4096;

/// How a terminal call is played.
#[derive(Debug, Clone)]
pub struct PlayOptions {
    /// The call's seed (shown, and used to shuffle the options).
    pub seed: u64,
    pub out: Option<PathBuf>,
    /// Scripted inputs; `None` plays interactively.
    pub script: Option<Vec<Input>>,
    /// Line tones and caller voice clips (interactive and piped play; scripts are silent).
    pub sound: Option<Rc<CallSound>>,
    /// Voice practice: record each answer beside the transcript (needs `out` and `sound`).
    pub voice: bool,
    /// The terminal's width when output is a terminal: words are wrapped to it, and a live call
    /// shows its clock and silence redrawn in place. `None`: plain lines (pipes, tests).
    pub width: Option<usize>,
}

/// How a terminal call ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlayEnd {
    /// The call ended (an ending, or a hang-up).
    Finished,
    /// The trainee left, or the script or input ran out, with the call still open.
    Open,
}

#[derive(Debug, thiserror::Error)]
pub enum PlayError {
    #[error("input {index} \"{token}\": {reason}")]
    Script {
        index: usize,
        token: String,
        reason: String,
    },
    #[error("cannot write the transcript to {path}: {reason}")]
    Save { path: String, reason: String },
    /// The assessor's server refused the call or could not be reached again.
    #[error("{0}")]
    Server(String),
    #[error("standard input: a line is longer than {MAX_LINE_BYTES} bytes; the input ends here")]
    LineTooLong,
    #[error("terminal error: {0}")]
    Io(#[from] std::io::Error),
}

impl From<doverie_files::SaveError> for PlayError {
    fn from(e: doverie_files::SaveError) -> Self {
        PlayError::Save {
            path: e.path.display().to_string(),
            reason: e.reason,
        }
    }
}

/// Where a call is recorded as it is played: the call journal on disk, or the assessor's server
/// for an exam. Every step is recorded before what follows is shown.
pub trait Recorder {
    /// Records the call as it now stands (called after every step).
    fn append(&mut self, transcript: &Transcript) -> Result<(), PlayError>;
    /// The call ended or the trainee left: records the last step; returns the transcript file
    /// it was saved to, if it is saved to one.
    fn close(self: Box<Self>, transcript: &Transcript) -> Result<Option<PathBuf>, PlayError>;
}

impl Recorder for CallJournal {
    fn append(&mut self, transcript: &Transcript) -> Result<(), PlayError> {
        Ok(CallJournal::append(self, transcript)?)
    }

    fn close(self: Box<Self>, transcript: &Transcript) -> Result<Option<PathBuf>, PlayError> {
        Ok(Some(CallJournal::close(*self, transcript)?))
    }
}

/// The call's recorder, if it is recorded.
type Journal = Option<Box<dyn Recorder>>;

/// Journals what the last step recorded, then shows its events.
fn show(
    out: &mut dyn Write,
    renderer: &Renderer,
    journal: &mut Journal,
    session: &Session,
    events: &[Stamped],
) -> Result<(), PlayError> {
    if let Some(j) = journal {
        j.append(&session.transcript)?;
    }
    renderer.events(out, events)?;
    Ok(())
}

/// Plays a session in the terminal, writing to `out`, without a journal (nothing is saved).
/// Events already produced (the call's opening, or a resumed call's history) are shown first.
pub fn play(
    session: &mut Session,
    opening: &[Stamped],
    text: &Text,
    options: &PlayOptions,
    out: &mut dyn Write,
) -> Result<PlayEnd, PlayError> {
    play_journaled(session, opening, text, options, None, out)
}

/// Plays a session in the terminal, writing to `out`. Events already produced (the call's
/// opening, or a resumed call's history) are shown first. With a journal (opened before, see
/// [`CallJournal::open`]), every input is journaled and synced before the call goes on, and the
/// transcript is written when the call ends or the trainee leaves.
pub fn play_journaled(
    session: &mut Session,
    opening: &[Stamped],
    text: &Text,
    options: &PlayOptions,
    journal: Option<CallJournal>,
    out: &mut dyn Write,
) -> Result<PlayEnd, PlayError> {
    let journal = journal.map(|j| Box::new(j) as Box<dyn Recorder>);
    play_recorded(session, opening, text, options, journal, out)
}

/// Plays a session in the terminal as [`play_journaled`] does, recorded by any [`Recorder`]
/// (the assessor's server for an exam).
pub fn play_recorded(
    session: &mut Session,
    opening: &[Stamped],
    text: &Text,
    options: &PlayOptions,
    journal: Journal,
    out: &mut dyn Write,
) -> Result<PlayEnd, PlayError> {
    match options.width {
        Some(width) => {
            let mut wrapped = screen::Wrapped::new(out, width);
            let end = play_wrapped(session, opening, text, options, journal, &mut wrapped);
            wrapped.flush()?;
            end
        }
        None => play_wrapped(session, opening, text, options, journal, out),
    }
}

fn play_wrapped(
    session: &mut Session,
    opening: &[Stamped],
    text: &Text,
    options: &PlayOptions,
    journal: Journal,
    out: &mut dyn Write,
) -> Result<PlayEnd, PlayError> {
    let mut journal = journal;
    let (scenario, protocol) = (session.scenario.clone(), session.protocol.clone());
    let mut renderer = Renderer::new(&scenario, &protocol, text);
    if options.script.is_none() {
        renderer.sound = options.sound.as_deref();
    }
    let mut takes = match (&options.out, options.voice, &options.sound) {
        (Some(path), true, Some(_)) => Some(Takes::new(path.clone())),
        _ => None,
    };
    renderer.header(out, options.seed)?;
    let end = match &options.script {
        Some(script) => {
            renderer.events(out, opening)?;
            play_script(session, &renderer, &mut journal, script, out)
        }
        None if std::io::stdin().is_terminal() => play_live(
            session,
            &renderer,
            &mut journal,
            &mut takes,
            opening,
            options.width,
            out,
        ),
        None => {
            renderer.cue(Cue::Ringing);
            renderer.cue(Cue::Answered);
            renderer.events(out, opening)?;
            let input = std::io::stdin().lock();
            play_lines(session, &renderer, &mut journal, &mut takes, out, input)
        }
    };
    save(session, journal, text, out)?;
    let end = end?;
    if end == PlayEnd::Finished {
        renderer.summary(out, session)?;
        let card = session.scorecard();
        debrief::write(
            out,
            text,
            &session.scenario,
            &session.protocol,
            &session.events,
            &card,
        )?;
    }

    Ok(end)
}

fn save(
    session: &Session,
    journal: Journal,
    text: &Text,
    out: &mut dyn Write,
) -> Result<(), PlayError> {
    let Some(journal) = journal else {
        return Ok(());
    };
    let Some(path) = journal.close(&session.transcript)? else {
        return Ok(());
    };
    let shown = path.display().to_string();
    writeln!(
        out,
        "{}",
        text.get1("ui-transcript-saved", "path", shown.clone())
    )?;
    if !session.is_over() {
        writeln!(out, "{}", text.get1("ui-resume-hint", "path", shown))?;
    }
    Ok(())
}

fn play_script(
    session: &mut Session,
    renderer: &Renderer,
    journal: &mut Journal,
    script: &[Input],
    out: &mut dyn Write,
) -> Result<PlayEnd, PlayError> {
    let mut clock = SilenceClock::default();
    for (i, input) in script.iter().enumerate() {
        if session.is_over() {
            return Err(PlayError::Script {
                index: i + 1,
                token: input.token(),
                reason: "the call is already over".into(),
            });
        }
        if let Input::Wait { seconds } = input {
            let events = clock.silence_on(session, *seconds as f32);
            show(out, renderer, journal, session, &events)?;
            continue;
        }
        let events = clock.speak_on(session);
        show(out, renderer, journal, session, &events)?;
        match session.apply(input.clone(), None) {
            Ok(events) => show(out, renderer, journal, session, &events)?,
            Err(e) => {
                let offered: Vec<String> = session
                    .call
                    .options(&session.scenario)
                    .map(|(_, o)| o.id.clone())
                    .collect();
                return Err(PlayError::Script {
                    index: i + 1,
                    token: input.token(),
                    reason: format!("{e} (offered now: {})", offered.join(", ")),
                });
            }
        }
    }
    // A silence the script ended on happened: it is given to the engine.
    let events = clock.speak_on(session);
    show(out, renderer, journal, session, &events)?;
    if session.is_over() {
        Ok(PlayEnd::Finished)
    } else {
        writeln!(out, "{}", renderer.text.get("ui-script-ended", None))?;
        Ok(PlayEnd::Open)
    }
}

enum Command {
    Input(Input),
    /// Stay silent: for this many seconds, or (bare `w`) until the caller reacts.
    Silence(Option<u32>),
    Quit,
    Invalid(String),
    /// Ask for a service, then dispatch.
    DispatchMenu,
}

fn parse_command(line: &str, session: &Session, shown: &[u16]) -> Command {
    let line = line.trim();
    let services = &session.protocol.services;
    match line {
        "h" | "hangup" => return Command::Input(Input::HangUp),
        "q" | "quit" => return Command::Quit,
        "d" => return Command::DispatchMenu,
        _ => {}
    }
    if let Some(rest) = line.strip_prefix("d ") {
        let rest = rest.trim();
        let service = match rest.parse::<usize>() {
            Ok(n) if (1..=services.len()).contains(&n) => services.items[n - 1].id.clone(),
            _ => rest.to_string(),
        };
        return Command::Input(Input::Dispatch { service });
    }
    if let Some(rest) = line.strip_prefix("w") {
        let rest = rest.trim();
        if rest.is_empty() {
            return Command::Silence(None);
        }
        return match rest.parse() {
            Ok(s) => Command::Silence(Some(s)),
            Err(_) => Command::Invalid(line.to_string()),
        };
    }
    if let Ok(Input::Wait { seconds }) = Input::parse_token(line) {
        return Command::Silence(Some(seconds));
    }
    if let Ok(n) = line.parse::<usize>()
        && let Some(&ix) = n.checked_sub(1).and_then(|i| shown.get(i))
    {
        let option = session.scenario.node(session.call.state.node).options[usize::from(ix)]
            .id
            .clone();
        return Command::Input(Input::Choose { option });
    }
    match Input::parse_token(line) {
        Ok(input) => Command::Input(input),
        Err(_) => Command::Invalid(line.to_string()),
    }
}

/// Commands read line by line, without a silence timer (input piped from a file or a bot).
fn play_lines(
    session: &mut Session,
    renderer: &Renderer,
    journal: &mut Journal,
    takes: &mut Option<Takes>,
    out: &mut dyn Write,
    mut input: impl BufRead,
) -> Result<PlayEnd, PlayError> {
    let mut clock = SilenceClock::default();
    while !session.is_over() {
        let shown = session.shown_options();
        renderer.options(out, session, &shown, None)?;
        out.flush()?;
        begin_take(takes, renderer, session);
        let line = match read_line(&mut input)? {
            None => return Ok(PlayEnd::Open),
            Some(Line::TooLong) => return Err(PlayError::LineTooLong),
            Some(Line::NotUtf8) => {
                writeln!(out, "{}", renderer.text.get("ui-not-text", None))?;
                continue;
            }
            Some(Line::Text(line)) => line,
        };
        let going_on = step(session, &mut clock, renderer, journal, out, &line, &shown)?;
        end_take(takes, renderer, session);
        if let Some(j) = journal {
            j.append(&session.transcript)?;
        }
        if !going_on {
            return Ok(PlayEnd::Open);
        }
    }
    Ok(PlayEnd::Finished)
}

/// A line of standard input.
enum Line {
    Text(String),
    /// Not UTF-8: reported, and the call goes on.
    NotUtf8,
    /// Longer than [`MAX_LINE_BYTES`]: the input ends (it is not a stream of commands).
    TooLong,
}

/// Reads one line of at most [`MAX_LINE_BYTES`] bytes; `None` at the end of the input.
fn read_line(input: &mut impl BufRead) -> std::io::Result<Option<Line>> {
    let mut bytes = Vec::new();
    let n = std::io::Read::take(&mut *input, MAX_LINE_BYTES as u64 + 1)
        .read_until(b'\n', &mut bytes)?;
    if n == 0 {
        return Ok(None);
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    } else if bytes.len() > MAX_LINE_BYTES {
        return Ok(Some(Line::TooLong));
    }
    Ok(Some(match String::from_utf8(bytes) {
        Ok(text) => Line::Text(text),
        Err(_) => Line::NotUtf8,
    }))
}

/// Voice practice: the answer to the turn is recorded while the options are shown.
fn begin_take(takes: &mut Option<Takes>, renderer: &Renderer, session: &Session) {
    if let (Some(takes), Some(sound)) = (takes, renderer.sound) {
        takes.begin(&sound.audio, session);
    }
}

fn end_take(takes: &mut Option<Takes>, renderer: &Renderer, session: &mut Session) {
    if let (Some(takes), Some(sound)) = (takes, renderer.sound) {
        takes.end(&sound.audio, session);
    }
}

/// Applies one command line; returns false when the trainee quits. Silence goes through the
/// call's [`SilenceClock`], as in the app.
fn step(
    session: &mut Session,
    clock: &mut SilenceClock,
    renderer: &Renderer,
    journal: &mut Journal,
    out: &mut dyn Write,
    line: &str,
    shown: &[u16],
) -> Result<bool, PlayError> {
    match parse_command(line, session, shown) {
        Command::Quit => {
            let events = clock.speak_on(session);
            show(out, renderer, journal, session, &events)?;
            return Ok(false);
        }
        Command::DispatchMenu => renderer.services(out, session.call.state.time)?,
        Command::Invalid(what) => {
            writeln!(out, "{}", renderer.text.get1("ui-bad-input", "input", what))?
        }
        Command::Silence(seconds) => {
            let seconds =
                seconds.unwrap_or_else(|| clock.bare_wait(&session.call, &session.scenario));
            let events = clock.silence_on(session, seconds as f32);
            show(out, renderer, journal, session, &events)?;
        }
        Command::Input(input) => {
            let events = clock.speak_on(session);
            show(out, renderer, journal, session, &events)?;
            if session.is_over() {
                return Ok(true);
            }
            let typed = line.trim().to_string();
            match session.apply(input, None) {
                Ok(events) => show(out, renderer, journal, session, &events)?,
                Err(e) => writeln!(out, "{}", input_error(renderer.text, &e, &typed, shown))?,
            }
        }
    }
    Ok(true)
}

/// An input the call cannot take, said in the trainee's language (never the engine's ids).
fn input_error(
    text: &Text,
    error: &doverie_core::engine::InputError,
    typed: &str,
    shown: &[u16],
) -> String {
    use doverie_core::engine::InputError;
    use fluent_bundle::{FluentArgs, FluentValue};
    let mut args = FluentArgs::new();
    args.set("input", typed.to_string());
    args.set("count", FluentValue::from(shown.len()));
    let id = match error {
        InputError::CallOver => "ui-input-call-over",
        InputError::NoSuchOption { .. } | InputError::NotOffered { .. } => "ui-input-no-answer",
        InputError::UnknownService(_) => "ui-input-no-service",
        _ => "ui-input-unknown",
    };
    text.get(id, Some(&args))
}

/// How often the live status line (clock and silence) is redrawn.
const STATUS_TICK: Duration = Duration::from_millis(1000);

/// Interactive play with a live silence timer: if the trainee says nothing, the caller reacts
/// when the scenario says so, measured on the wall clock and given to the engine as `Wait`.
fn play_live(
    session: &mut Session,
    renderer: &Renderer,
    journal: &mut Journal,
    takes: &mut Option<Takes>,
    opening: &[Stamped],
    width: Option<usize>,
    out: &mut dyn Write,
) -> Result<PlayEnd, PlayError> {
    // Rules' time limits are named in practice, not in an exam.
    let limits = !session.transcript.mode.is_some_and(|m| m.exam);
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        loop {
            let line = match read_line(&mut stdin) {
                Ok(Some(Line::Text(line))) => line,
                // Reported as a command that is not one; the call goes on.
                Ok(Some(Line::NotUtf8)) => "\u{fffd}".to_string(),
                Ok(Some(Line::TooLong) | None) | Err(_) => break,
            };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    renderer.cue(Cue::Ringing);
    writeln!(out, "{}", renderer.text.get("ui-incoming-call", None))?;
    writeln!(out, "{}", renderer.text.get("ui-press-enter", None))?;
    out.flush()?;
    if rx.recv().is_err() {
        return Ok(PlayEnd::Open);
    }
    renderer.cue(Cue::Answered);
    renderer.events(out, opening)?;
    let mut clock = SilenceClock::default();
    'call: while !session.is_over() {
        let shown = session.shown_options();
        let status = width.map(|w| {
            (
                w,
                screen::status_line(session, clock.silence(), renderer.text, limits),
            )
        });
        renderer.options(
            out,
            session,
            &shown,
            status.as_ref().map(|(w, s)| (s.as_str(), *w)),
        )?;
        out.flush()?;
        begin_take(takes, renderer, session);
        let mut since = Instant::now();
        loop {
            let until = clock.until_reaction(&session.call, &session.scenario);
            let received = match (width, until) {
                // On a terminal the status line is redrawn every tick.
                (Some(_), Some(s)) => rx.recv_timeout(Duration::from_secs_f32(s).min(STATUS_TICK)),
                (Some(_), None) => rx.recv_timeout(STATUS_TICK),
                (None, Some(s)) => rx.recv_timeout(Duration::from_secs_f32(s)),
                (None, None) => rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected),
            };
            let elapsed = since.elapsed().as_secs_f32();
            since = Instant::now();
            match received {
                Ok(line) => {
                    // Up to the moment the line arrived, the trainee was silent.
                    let events = clock.silence_on(session, elapsed);
                    show(out, renderer, journal, session, &events)?;
                    if session.is_over() {
                        break 'call;
                    }
                    if line.trim().is_empty() {
                        continue;
                    }
                    let going_on =
                        step(session, &mut clock, renderer, journal, out, &line, &shown)?;
                    end_take(takes, renderer, session);
                    if let Some(j) = journal {
                        j.append(&session.transcript)?;
                    }
                    if !going_on {
                        return Ok(PlayEnd::Open);
                    }
                    continue 'call;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let events = clock.silence_on(session, elapsed);
                    if !events.is_empty() {
                        writeln!(out)?;
                        show(out, renderer, journal, session, &events)?;
                        end_take(takes, renderer, session);
                        if let Some(j) = journal {
                            j.append(&session.transcript)?;
                        }
                        continue 'call;
                    }
                    if let Some(width) = width {
                        let line =
                            screen::status_line(session, clock.silence(), renderer.text, limits);
                        screen::redraw_status(out, &line, width)?;
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(PlayEnd::Open),
            }
        }
    }
    Ok(PlayEnd::Finished)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse() {
        assert!(matches!(
            Input::parse_token("wait:5"),
            Ok(Input::Wait { seconds: 5 })
        ));
        assert!(Input::parse_token("wait:x").is_err());
        assert!(Input::parse_token("dispatch:").is_err());
        assert!(Input::parse_token("two words").is_err());
    }
}
