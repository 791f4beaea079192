//! A call being played: the engine's call and its transcript, kept in step.
//!
//! Every front end plays through a `Session`, so every front end records the same transcript for
//! the same inputs.

use std::sync::Arc;

use crate::engine::{Call, Chance, Dice, Input, InputError, Stamped};
use crate::locale::Lang;
use crate::protocol::Protocol;
use crate::scenario::Scenario;
use crate::transcript::{TimedInput, Transcript, TranscriptError};

/// A call and its transcript kept in step: every front end plays through one.
#[derive(Debug, Clone)]
pub struct Session {
    /// The scenario.
    pub scenario: Arc<Scenario>,
    /// Its protocol.
    pub protocol: Arc<Protocol>,
    /// The call.
    pub call: Call,
    /// The transcript, updated with every input.
    pub transcript: Transcript,
    /// Every event of the call so far, in the engine's form (for scoring).
    pub events: Vec<Stamped>,
}

impl Session {
    /// Starts a call; returns the session and the caller's first events.
    pub fn start(
        scenario: Arc<Scenario>,
        protocol: Arc<Protocol>,
        seed: u64,
        lang: Lang,
        trainee: &str,
    ) -> (Session, Vec<Stamped>) {
        let (call, events) = Call::start(&scenario, seed);
        let mut transcript = Transcript::new(&scenario, &protocol, seed, lang, trainee);
        transcript.record_events(&scenario, &protocol, &events);
        (
            Session {
                scenario,
                protocol,
                call,
                transcript,
                events: events.clone(),
            },
            events,
        )
    }

    /// Resumes a saved, unfinished call by replaying its transcript (which is verified).
    pub fn resume(
        scenario: Arc<Scenario>,
        protocol: Arc<Protocol>,
        transcript: Transcript,
    ) -> Result<(Session, Vec<Stamped>), TranscriptError> {
        let (call, events) = transcript.replay(&scenario, &protocol)?;
        Ok((
            Session {
                scenario,
                protocol,
                call,
                transcript,
                events: events.clone(),
            },
            events,
        ))
    }

    /// Applies an input, recording it and its events. On error nothing is recorded. A silence of
    /// no seconds changes nothing and is not recorded (a transcript that holds one is refused).
    pub fn apply(
        &mut self,
        input: Input,
        said: Option<String>,
    ) -> Result<Vec<Stamped>, InputError> {
        if input == (Input::Wait { seconds: 0 }) && !self.call.is_over() {
            return Ok(Vec::new());
        }
        let (turn, time) = (self.call.state.turn, self.call.state.time);
        let events = self.call.apply(&self.scenario, &input)?;
        self.transcript.inputs.push(TimedInput {
            turn,
            time,
            input,
            said,
        });
        self.transcript
            .record_events(&self.scenario, &self.protocol, &events);
        self.events.extend_from_slice(&events);
        Ok(events)
    }

    /// The options offered now, in the order a front end shows them: shuffled by the call's seed
    /// and turn, so that position gives nothing away, and the same in every front end.
    pub fn shown_options(&self) -> Vec<u16> {
        let mut ixs: Vec<u16> = self.call.options(&self.scenario).map(|(i, _)| i).collect();
        let mut dice =
            Dice::new(self.transcript.seed ^ (u64::from(self.call.state.turn) << 32) ^ 0x5eed);
        for i in (1..ixs.len()).rev() {
            let j = dice.pick(&vec![1; i + 1]);
            ixs.swap(i, j);
        }
        ixs
    }

    /// Whether the call has ended.
    pub fn is_over(&self) -> bool {
        self.call.is_over()
    }

    /// The scorecard of the call so far (complete once the call is over).
    pub fn scorecard(&self) -> crate::score::Scorecard {
        crate::score::score(
            &self.scenario,
            &self.protocol,
            &self.events,
            &self.call.state.vars,
        )
    }
}
