//! A call played live, in real time: the phone rings until answered, the caller's lines appear
//! one after another with a short natural delay, and the counsellor's silence is timed.
//!
//! `LiveCall` is what the desktop app drives; it knows no window, keyboard or sound. The front
//! end measures elapsed time and passes it to [`LiveCall::tick`]; every decision about what the
//! caller says or what scores stays in the engine, reached through the same [`Session`] as the
//! terminal, so the same inputs record the same transcript.
//!
//! ```text
//! Ringing --answer--> Revealing --lines shown--> [Saying] --> Choosing --input--> Revealing ...
//!                                                                    \--call ended--> Over
//! ```

mod silence;

use std::collections::VecDeque;

pub use silence::{DEFAULT_WAIT, Passed, SilenceClock};

use crate::engine::{End, Event, Input, Stamped};
use crate::locale::Text;
use crate::protocol::ServiceIx;
use crate::scenario::LineIx;
use crate::session::Session;
use crate::view::{CallView, Shown};

/// Where a live call is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// The phone rings until the counsellor answers.
    Ringing,
    /// The caller's lines are appearing.
    Revealing,
    /// "Say it first": the counsellor types their own words before the options are shown.
    Saying,
    /// The options are shown; silence is being timed.
    Choosing,
    /// The call has ended and everything has been shown.
    Over,
}

/// Something a front end may want to sound or show as it happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// The call is ringing (sent once, when the call is created).
    Ringing,
    /// The counsellor answered.
    Answered,
    /// A caller line appeared (a front end may play its voice clip).
    CallerLine(LineIx),
    /// The call ended.
    Ended {
        /// The caller hung up or the call reached an ending (not the counsellor hanging up).
        by_caller: bool,
    },
}

/// Delays of the caller's lines, in seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pacing {
    /// Before any line.
    pub base: f32,
    /// Per character of the line, so that longer lines take longer.
    pub per_char: f32,
    /// The longest delay.
    pub max: f32,
}

impl Default for Pacing {
    fn default() -> Pacing {
        Pacing {
            base: 0.6,
            per_char: 0.02,
            max: 2.5,
        }
    }
}

impl Pacing {
    fn delay(&self, shown: &Shown) -> f32 {
        (self.base + self.per_char * shown.text.chars().count() as f32).min(self.max)
    }
}

/// A deviation noticed as the call goes, shown as a hint in practice mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Hint {
    /// The counsellor turn it settled at.
    pub turn: u32,
    /// The rule's id.
    pub rule: String,
}

/// A call in real time over a [`Session`].
pub struct LiveCall {
    /// The call and its transcript.
    pub session: Session,
    /// The words of the call, in the trainee's language.
    pub text: Text,
    phase: Phase,
    /// The lines shown so far.
    shown: Vec<Shown>,
    queue: VecDeque<Shown>,
    until_next: f32,
    /// Silence since the options were shown (or since the caller last reacted).
    silence: SilenceClock,
    /// Seconds since the counsellor answered.
    talking: f32,
    say_first: bool,
    /// What the counsellor typed before the options (say it first).
    draft: String,
    pacing: Pacing,
    cues: Vec<Cue>,
    hints: Vec<Hint>,
    /// Inputs recorded since the front end last took [`LiveCall::take_recorded`].
    recorded: bool,
}

impl LiveCall {
    /// A ringing call. `opening` are the events the session started with.
    pub fn new(session: Session, opening: &[Stamped], text: Text, say_first: bool) -> LiveCall {
        let mut live = LiveCall {
            session,
            text,
            phase: Phase::Ringing,
            shown: Vec::new(),
            queue: VecDeque::new(),
            until_next: 0.0,
            silence: SilenceClock::default(),
            talking: 0.0,
            say_first,
            draft: String::new(),
            pacing: Pacing::default(),
            cues: vec![Cue::Ringing],
            hints: Vec::new(),
            recorded: false,
        };
        live.enqueue(opening);
        live
    }

    /// A call resumed where it was interrupted (see [`Session::resume`]): it is answered, the
    /// lines of `history` (every event so far) are all shown at once, the call clock reads the
    /// call's time, and silence is timed afresh.
    pub fn resumed(session: Session, history: &[Stamped], text: Text, say_first: bool) -> LiveCall {
        let mut live = LiveCall::new(session, &[], text, say_first);
        live.cues = vec![Cue::Answered];
        live.enqueue(history);
        live.shown.extend(live.queue.drain(..));
        live.talking = live.session.call.state.time as f32;
        live.phase = Phase::Revealing;
        live.settle();
        live
    }

    /// Paces lines with these delays.
    pub fn with_pacing(mut self, pacing: Pacing) -> LiveCall {
        self.pacing = pacing;
        self
    }

    /// Where the call is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The lines shown so far.
    pub fn shown(&self) -> &[Shown] {
        &self.shown
    }

    /// Seconds of silence so far (shown as the silence timer in practice mode).
    pub fn silence(&self) -> f32 {
        self.silence.silence()
    }

    /// Seconds since the counsellor answered (the call timer).
    pub fn talking(&self) -> f32 {
        self.talking
    }

    /// What the counsellor has typed before the options (say it first).
    pub fn draft(&self) -> &str {
        &self.draft
    }

    /// The deviations noticed so far (practice hints).
    pub fn hints(&self) -> &[Hint] {
        &self.hints
    }

    /// Whether an input was recorded since the last time this was asked: the front end then
    /// saves the transcript (the core writes no file).
    pub fn take_recorded(&mut self) -> bool {
        std::mem::take(&mut self.recorded)
    }

    /// Takes the cues produced since the last call.
    pub fn take_cues(&mut self) -> Vec<Cue> {
        std::mem::take(&mut self.cues)
    }

    /// The options as shown now (empty unless the counsellor is choosing), in shown order, with
    /// their text.
    pub fn options(&self) -> Vec<(u16, String)> {
        if self.phase != Phase::Choosing {
            return Vec::new();
        }
        let view = self.view();
        self.session
            .shown_options()
            .into_iter()
            .map(|ix| (ix, view.option(&self.session, ix)))
            .collect()
    }

    /// What the call shows, in the trainee's language.
    pub fn view(&self) -> CallView<'_> {
        CallView::new(&self.session.scenario, &self.session.protocol, &self.text)
    }

    /// Answers the ringing phone.
    pub fn answer(&mut self) {
        if self.phase == Phase::Ringing {
            self.cues.push(Cue::Answered);
            self.phase = Phase::Revealing;
            self.until_next = self.queue.front().map_or(0.0, |s| self.pacing.delay(s));
            self.settle();
        }
    }

    /// Lets `seconds` of real time pass.
    pub fn tick(&mut self, seconds: f32) {
        let mut left = seconds.max(0.0);
        // Several steps can happen in one long tick; each consumes its share of the time.
        for _ in 0..1000 {
            match self.phase {
                Phase::Ringing | Phase::Over => return,
                Phase::Revealing => {
                    let step = left.min(self.until_next);
                    self.talking += step;
                    self.until_next -= step;
                    left -= step;
                    if self.until_next > 0.0 {
                        return;
                    }
                    if let Some(mut line) = self.queue.pop_front() {
                        // A line is stamped with the call clock when it appears, so that the
                        // times beside the lines and the clock above them agree.
                        line.time = self.talking as u32;
                        if let Some(l) = line.line {
                            self.cues.push(Cue::CallerLine(l));
                        }
                        self.shown.push(line);
                    }
                    self.until_next = self.queue.front().map_or(0.0, |s| self.pacing.delay(s));
                    self.settle();
                    if self.phase == Phase::Revealing && left <= 0.0 {
                        return;
                    }
                }
                Phase::Saying | Phase::Choosing => {
                    // Typing one's own words is speaking, not silence.
                    if self.phase == Phase::Saying && !self.draft.is_empty() {
                        self.talking += left;
                        return;
                    }
                    match self
                        .silence
                        .pass(&self.session.call, &self.session.scenario, left)
                    {
                        Passed::Counting => {
                            self.talking += left;
                            return;
                        }
                        Passed::Due { wait, left: rest } => {
                            // The call clock counts each moment once: the rest is counted as
                            // it is spent, revealing the caller's reaction or in silence.
                            self.talking += left - rest;
                            left = rest;
                            self.record(Input::Wait { seconds: wait });
                            if left <= 0.0 {
                                return;
                            }
                        }
                    }
                }
            }
        }
    }

    /// Types into the "say it first" box.
    pub fn type_text(&mut self, text: &str) {
        if self.phase == Phase::Saying {
            self.draft.push_str(text);
        }
    }

    /// Deletes the last typed character.
    pub fn backspace(&mut self) {
        if self.phase == Phase::Saying {
            self.draft.pop();
        }
    }

    /// Ends "say it first": the options are shown.
    pub fn submit_draft(&mut self) {
        if self.phase == Phase::Saying {
            self.phase = Phase::Choosing;
        }
    }

    /// Chooses the option shown at `position` (1-based, as numbered on screen).
    pub fn choose(&mut self, position: usize) -> bool {
        if self.phase != Phase::Choosing {
            return false;
        }
        let shown = self.session.shown_options();
        let Some(&ix) = position.checked_sub(1).and_then(|i| shown.get(i)) else {
            return false;
        };
        let node = self.session.scenario.node(self.session.call.state.node);
        let option = node.options[usize::from(ix)].id.clone();
        self.say(Input::Choose { option })
    }

    /// Dispatches a service; possible at any moment of the answered call.
    pub fn dispatch(&mut self, service: ServiceIx) -> bool {
        if matches!(self.phase, Phase::Ringing | Phase::Over) {
            return false;
        }
        let Some(s) = self
            .session
            .protocol
            .services
            .items
            .get(usize::from(service))
        else {
            return false;
        };
        let service = s.id.clone();
        self.say(Input::Dispatch { service })
    }

    /// Hangs up; possible at any moment of the answered call. The call is over at once: what
    /// the call brought is shown without delay (no one speaks on a line that was hung up), and
    /// the call clock stops.
    pub fn hang_up(&mut self) -> bool {
        if matches!(self.phase, Phase::Ringing | Phase::Over) {
            return false;
        }
        if !self.say(Input::HangUp) {
            return false;
        }
        let talking = self.talking as u32;
        self.shown.extend(self.queue.drain(..).map(|mut line| {
            line.time = talking;
            line
        }));
        self.settle();
        true
    }

    /// Seconds until the call changes by itself: the next line appears, or the call clock or
    /// the silence timer reaches its next whole second (a front end that sleeps between
    /// changes wakes then). `None` while the phone rings or once the call is over: nothing
    /// changes until the counsellor acts.
    pub fn until_change(&self) -> Option<f32> {
        let next_second = |t: f32| 1.0 - t.fract();
        match self.phase {
            Phase::Ringing | Phase::Over => None,
            Phase::Revealing => Some(self.until_next.min(next_second(self.talking))),
            Phase::Saying | Phase::Choosing => {
                Some(next_second(self.talking).min(next_second(self.silence.silence())))
            }
        }
    }

    /// An input from the counsellor: the silence before it is recorded first, as in the
    /// terminal's live mode, then the input with any words typed first.
    fn say(&mut self, input: Input) -> bool {
        if let Some(waited) = self.silence.before_input()
            && !self.session.is_over()
        {
            self.record(Input::Wait { seconds: waited });
            if self.session.is_over() {
                return false;
            }
        }
        let said = (!self.draft.trim().is_empty()).then(|| self.draft.trim().to_string());
        let before = self.session.transcript.inputs.len();
        let turn = self.session.call.state.turn;
        match self.session.apply(input, said) {
            Ok(events) => {
                self.draft.clear();
                self.silence.restart();
                self.after(&events, turn);
                true
            }
            Err(_) => {
                debug_assert_eq!(before, self.session.transcript.inputs.len());
                false
            }
        }
    }

    /// Applies an input that the trainee did not type (silence).
    fn record(&mut self, input: Input) {
        let turn = self.session.call.state.turn;
        if let Ok(events) = self.session.apply(input, None) {
            self.after(&events, turn);
        }
    }

    fn after(&mut self, events: &[Stamped], turn: u32) {
        self.enqueue(events);
        self.recorded = true;
        self.note_deviations(turn);
        if self.phase != Phase::Revealing {
            self.phase = Phase::Revealing;
            self.until_next = self.queue.front().map_or(0.0, |s| self.pacing.delay(s));
        }
        for e in events {
            if let Event::CallEnded(end) = e.event {
                self.cues.push(Cue::Ended {
                    by_caller: !matches!(end, End::CounsellorHungUp),
                });
            }
        }
        self.settle();
    }

    /// Deviations that settled at `turn` or later, kept as practice hints.
    fn note_deviations(&mut self, turn: u32) {
        let card = self.session.scorecard();
        for d in card.deviations.iter().filter(|d| d.turn >= turn) {
            if !self
                .hints
                .iter()
                .any(|h| h.turn == d.turn && h.rule == d.rule)
            {
                self.hints.push(Hint {
                    turn: d.turn,
                    rule: d.rule.clone(),
                });
            }
        }
    }

    fn enqueue(&mut self, events: &[Stamped]) {
        let view = CallView::new(&self.session.scenario, &self.session.protocol, &self.text);
        let lines: Vec<Shown> = events.iter().filter_map(|e| view.shown(e)).collect();
        self.queue.extend(lines);
    }

    /// Moves on from revealing once everything is shown.
    fn settle(&mut self) {
        if self.phase != Phase::Revealing || !self.queue.is_empty() {
            return;
        }
        self.phase = if self.session.is_over() {
            Phase::Over
        } else if self.say_first && self.session.call.options(&self.session.scenario).count() > 0 {
            Phase::Saying
        } else {
            Phase::Choosing
        };
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::content;
    use crate::library::Library;
    use crate::locale::Lang;

    fn call(say_first: bool) -> LiveCall {
        let library = Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let (loaded, _) = content::load(&library, "hidden-bruises").expect("shipped scenario");
        let text = loaded.text(Lang::Ru);
        let (session, opening) = Session::start(
            Arc::new(loaded.scenario),
            Arc::new(loaded.protocol),
            1,
            Lang::Ru,
            "t",
        );
        LiveCall::new(session, &opening, text, say_first)
    }

    /// Ticks in small steps until the phase changes (at most `seconds`).
    fn run_until_not(live: &mut LiveCall, phase: Phase, seconds: f32) {
        let mut t = 0.0;
        while live.phase() == phase && t < seconds {
            live.tick(0.05);
            t += 0.05;
        }
    }

    #[test]
    fn the_phone_rings_until_answered_then_lines_appear_one_by_one() {
        let mut live = call(false);
        assert_eq!(live.phase(), Phase::Ringing);
        live.tick(600.0);
        assert_eq!(live.phase(), Phase::Ringing, "ringing does not time out");
        assert!(live.shown().is_empty());
        assert_eq!(live.talking(), 0.0, "the call timer starts on answering");
        live.answer();
        assert_eq!(live.phase(), Phase::Revealing);
        live.tick(0.1);
        assert!(
            live.shown().is_empty(),
            "the first line comes after a pause"
        );
        let mut counts = Vec::new();
        while live.phase() == Phase::Revealing {
            live.tick(0.1);
            counts.push(live.shown().len());
        }
        assert!(
            counts.windows(2).all(|w| w[1] <= w[0] + 1),
            "one line at a time"
        );
        assert_eq!(live.phase(), Phase::Choosing);
        assert!(!live.options().is_empty());
        let cues = live.take_cues();
        assert_eq!(&cues[..2], &[Cue::Ringing, Cue::Answered]);
        assert!(cues.iter().any(|c| matches!(c, Cue::CallerLine(_))));
    }

    #[test]
    fn silence_reaches_the_engine_as_waits_of_whole_seconds() {
        let mut live = call(false);
        live.answer();
        run_until_not(&mut live, Phase::Revealing, 60.0);
        let due = live
            .session
            .call
            .seconds_until_silence(&live.session.scenario)
            .expect("the first node has a silence plan");
        live.tick(due as f32 - 0.5);
        assert!(live.session.transcript.inputs.is_empty());
        live.tick(1.0);
        let first = &live.session.transcript.inputs[0];
        assert_eq!(first.input, Input::Wait { seconds: due });
        assert!(
            live.silence() < 1.0,
            "silence restarts after the caller reacts"
        );
    }

    #[test]
    fn an_answer_after_some_silence_records_that_silence_first() {
        let mut live = call(false);
        live.answer();
        run_until_not(&mut live, Phase::Revealing, 60.0);
        live.tick(3.4);
        assert!(live.choose(1));
        let inputs = &live.session.transcript.inputs;
        assert_eq!(inputs[0].input, Input::Wait { seconds: 3 });
        assert!(matches!(inputs[1].input, Input::Choose { .. }));
        assert!(!live.choose(99), "no such position");
    }

    #[test]
    fn words_said_first_are_kept_and_typing_is_not_silence() {
        let mut live = call(true);
        live.answer();
        run_until_not(&mut live, Phase::Revealing, 60.0);
        assert_eq!(live.phase(), Phase::Saying);
        assert!(live.options().is_empty(), "options are hidden until said");
        live.type_text("Привет! Я тебя слушаю?");
        live.backspace();
        live.tick(300.0);
        assert!(
            live.session.transcript.inputs.is_empty(),
            "typing is speaking"
        );
        live.submit_draft();
        assert_eq!(live.phase(), Phase::Choosing);
        assert!(live.choose(1));
        let said = live.session.transcript.inputs.last().unwrap().said.clone();
        assert_eq!(said.as_deref(), Some("Привет! Я тебя слушаю"));
    }

    #[test]
    fn a_resumed_call_shows_its_lines_at_once_and_goes_on_where_it_stopped() {
        let mut live = call(false);
        live.answer();
        run_until_not(&mut live, Phase::Revealing, 60.0);
        live.tick(3.0);
        assert!(live.choose(1));
        run_until_not(&mut live, Phase::Revealing, 60.0);
        let lines = live.shown().len();
        let (session, history) = Session::resume(
            live.session.scenario.clone(),
            live.session.protocol.clone(),
            live.session.transcript.clone(),
        )
        .unwrap();
        let text = call(false).text;
        let mut resumed = LiveCall::resumed(session, &history, text, false);
        assert_eq!(resumed.phase(), Phase::Choosing, "no ringing, no waiting");
        assert_eq!(resumed.shown().len(), lines, "every line so far is shown");
        assert_eq!(resumed.talking(), live.session.call.state.time as f32);
        assert_eq!(resumed.options(), live.options());
        assert_eq!(resumed.take_cues(), [Cue::Answered]);
        assert!(resumed.choose(1));
    }

    #[test]
    fn hanging_up_ends_the_call_at_once_and_stops_its_clock() {
        let mut live = call(false);
        assert!(!live.hang_up(), "a ringing call cannot be hung up");
        live.answer();
        live.take_cues();
        assert!(
            live.hang_up(),
            "hanging up is possible while the caller speaks"
        );
        assert_eq!(
            live.take_cues().last(),
            Some(&Cue::Ended { by_caller: false })
        );
        assert_eq!(
            live.phase(),
            Phase::Over,
            "over at once, nothing left to reveal"
        );
        assert!(live.session.is_over());
        assert_eq!(live.until_change(), None, "the clock stops");
        assert!(!live.choose(1) && !live.hang_up() && !live.dispatch(0));
    }

    #[test]
    fn each_line_is_stamped_with_the_call_clock_when_it_appears() {
        let mut live = call(false);
        live.answer();
        run_until_not(&mut live, Phase::Revealing, 60.0);
        assert_eq!(live.shown().last().unwrap().time, live.talking() as u32);
        // Twelve seconds of reading the options: the engine's own time does not know them,
        // the call clock does, and the next lines carry the clock's time.
        live.tick(12.0);
        let clock = live.talking();
        assert!(live.choose(1));
        run_until_not(&mut live, Phase::Revealing, 60.0);
        let last = live.shown().last().unwrap();
        assert!(last.time >= clock as u32, "{} before {clock}", last.time);
        assert_eq!(last.time, live.talking() as u32);
        // The next change is due within a second: the clocks tick in whole seconds.
        let due = live.until_change().unwrap();
        assert!(due > 0.0 && due <= 1.0, "{due}");
    }

    #[test]
    fn a_service_can_be_dispatched_at_any_moment_of_the_answered_call() {
        let mut live = call(false);
        assert!(!live.dispatch(0), "not before answering");
        live.answer();
        assert_eq!(live.phase(), Phase::Revealing);
        let guardianship = live
            .session
            .protocol
            .services
            .items
            .iter()
            .position(|s| s.id == "guardianship")
            .unwrap() as ServiceIx;
        assert!(live.dispatch(guardianship));
        assert_eq!(
            live.session.transcript.inputs[0].input,
            Input::Dispatch {
                service: "guardianship".into()
            }
        );
        assert!(!live.dispatch(999), "no such service");
    }
}
