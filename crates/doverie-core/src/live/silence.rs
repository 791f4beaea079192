//! The one silence clock: how long the counsellor has said nothing, and what that silence
//! becomes for the engine. Every front end (the app, interactive, piped and scripted terminal
//! play, the app's smoke run) turns silence into `Wait` inputs here, so the same silence gives
//! the same transcript wherever it happened.
//!
//! The rule: silence counts from when the options are shown. When the caller's next reaction to
//! silence falls due, the whole seconds up to it are given to the engine as `Wait` and the clock
//! starts again from what is left; before any input of the counsellor's, the whole seconds of
//! silence so far are given first. Parts of a second are never given (the engine counts whole
//! seconds) and are dropped when the counsellor speaks.

use crate::engine::{Call, Input, Stamped};
use crate::scenario::Scenario;
use crate::session::Session;

/// How long a bare "wait" lasts when the caller has no reaction to silence to come.
pub const DEFAULT_WAIT: u32 = 10;

/// What passing time did to the silence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Passed {
    /// The silence goes on; nothing for the engine yet.
    Counting,
    /// The caller's next reaction fell due: give the engine `Wait { seconds: wait }` now, then
    /// let `left` seconds pass again.
    Due {
        /// Whole seconds of silence up to the reaction.
        wait: u32,
        /// Time that passed after the reaction fell due.
        left: f32,
    },
}

/// Seconds of silence, counted from when the options were shown or the caller last reacted.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SilenceClock {
    silent: f32,
}

impl SilenceClock {
    /// Seconds of silence so far.
    pub fn silence(&self) -> f32 {
        self.silent
    }

    /// Seconds until the caller's next reaction to silence, if one is to come on this node.
    pub fn until_reaction(&self, call: &Call, scenario: &Scenario) -> Option<f32> {
        Self::due(call, scenario).map(|due| (due as f32 - self.silent).max(0.0))
    }

    /// Lets `seconds` of silence pass (a negative or non-finite time counts as none).
    pub fn pass(&mut self, call: &Call, scenario: &Scenario, seconds: f32) -> Passed {
        let seconds = if seconds.is_finite() {
            seconds.max(0.0)
        } else {
            0.0
        };
        let Some(due) = Self::due(call, scenario) else {
            self.silent += seconds;
            return Passed::Counting;
        };
        if self.silent + seconds < due as f32 {
            self.silent += seconds;
            return Passed::Counting;
        }
        let left = seconds - (due as f32 - self.silent).max(0.0);
        self.silent = 0.0;
        Passed::Due { wait: due, left }
    }

    /// Before an input of the counsellor's: the whole seconds of silence to give the engine
    /// first, if any. The clock starts again.
    pub fn before_input(&mut self) -> Option<u32> {
        let waited = self.silent.floor() as u32;
        self.silent = 0.0;
        (waited > 0).then_some(waited)
    }

    /// Starts counting again from nothing (the caller spoke, or the counsellor did).
    pub fn restart(&mut self) {
        self.silent = 0.0;
    }

    /// The length of a bare "wait": until the caller's next reaction to silence, or
    /// [`DEFAULT_WAIT`] seconds when none is to come.
    pub fn bare_wait(&self, call: &Call, scenario: &Scenario) -> u32 {
        self.until_reaction(call, scenario)
            .map_or(DEFAULT_WAIT, |s| s.ceil() as u32)
            .max(1)
    }

    /// Whole seconds from the last reaction (or the options) to the next reaction, at least one.
    fn due(call: &Call, scenario: &Scenario) -> Option<u32> {
        call.seconds_until_silence(scenario).map(|d| d.max(1))
    }

    /// Plays `seconds` of silence on a session: each reaction of the caller's that falls due is
    /// given to the engine as a `Wait` (its events returned, in order); what is left over stays
    /// on the clock, to be given before the next input. A typed or scripted silence of a given
    /// length plays exactly as the same silence in real time.
    pub fn silence_on(&mut self, session: &mut Session, seconds: f32) -> Vec<Stamped> {
        let mut events = Vec::new();
        let mut left = seconds;
        while !session.is_over() {
            match self.pass(&session.call, &session.scenario, left) {
                Passed::Counting => break,
                Passed::Due { wait, left: rest } => {
                    events.extend(
                        session
                            .apply(Input::Wait { seconds: wait }, None)
                            .unwrap_or_default(),
                    );
                    left = rest;
                }
            }
        }
        events
    }

    /// Before an input of the counsellor's on a session: the silence so far is given to the
    /// engine first (its events returned).
    pub fn speak_on(&mut self, session: &mut Session) -> Vec<Stamped> {
        match self.before_input() {
            Some(seconds) if !session.is_over() => session
                .apply(Input::Wait { seconds }, None)
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}
