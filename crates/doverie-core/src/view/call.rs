//! A call as the counsellor perceives it: the caller's lines, their own words, dispatches,
//! silence and the end of the call. Caller events and variables stay hidden.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::engine::{End, Event, Stamped};
use crate::locale::{Text, caller_args};
use crate::protocol::{Protocol, ServiceIx};
use crate::scenario::{LineIx, Scenario};
use crate::session::Session;

/// Who is speaking in a shown line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// The child.
    Caller,
    /// The counsellor (the trainee).
    Counsellor,
    /// The line itself: a dispatch, a silence, the end of the call.
    Line,
}

/// One line of the call as shown to the counsellor.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// Simulated seconds since the call started.
    pub time: u32,
    /// Who speaks.
    pub speaker: Speaker,
    /// The speaker's name (empty for the line itself).
    pub who: String,
    /// What is said, in the reader's language.
    pub text: String,
    /// The scenario line spoken, for caller lines (a front end may play its voice clip).
    pub line: Option<LineIx>,
}

/// A service the counsellor can dispatch, as listed in a dispatch panel.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceView {
    /// The service's index.
    pub ix: ServiceIx,
    /// Its id.
    pub id: String,
    /// Its name in the reader's language.
    pub name: String,
    /// Opening hours (`HH:MM–HH:MM`), if the service keeps hours.
    pub hours: Option<String>,
}

/// Formats a call's events and choices in one language.
pub struct CallView<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// Its protocol.
    pub protocol: &'a Protocol,
    /// The words, in the reader's language.
    pub text: &'a Text,
    args: FluentArgs<'static>,
    caller: String,
}

impl<'a> CallView<'a> {
    /// The view of a call of `scenario` in `text`'s language.
    pub fn new(scenario: &'a Scenario, protocol: &'a Protocol, text: &'a Text) -> CallView<'a> {
        CallView {
            scenario,
            protocol,
            text,
            args: caller_args(scenario, text),
            caller: text.get("caller-name", None),
        }
    }

    /// The scenario's title.
    pub fn title(&self) -> String {
        self.text.get("title", Some(&self.args))
    }

    /// The line under the title: who is calling, and the call's seed.
    pub fn subtitle(&self, seed: u64) -> String {
        let mut args = caller_args(self.scenario, self.text);
        args.set("seed", FluentValue::from(seed.to_string()));
        self.text.get("ui-call-header", Some(&args))
    }

    /// The event as the counsellor perceives it, if they perceive it at all.
    pub fn shown(&self, e: &Stamped) -> Option<Shown> {
        let line = |speaker, who: &str, text: String, line| Shown {
            time: e.time,
            speaker,
            who: who.to_string(),
            text,
            line,
        };
        let service = |s: ServiceIx| self.text.get(&self.protocol.services[s].message, None);
        Some(match e.event {
            Event::CallerLine(l) => {
                let said = self
                    .text
                    .get(&self.scenario.lines[l as usize].message, Some(&self.args));
                line(Speaker::Caller, &self.caller, said, Some(l))
            }
            Event::OptionChosen { node, option } => {
                let choice = &self.scenario.node(node).options[usize::from(option)];
                let said = self.text.get(&choice.message, Some(&self.args));
                line(
                    Speaker::Counsellor,
                    &self.text.get("ui-you", None),
                    said,
                    None,
                )
            }
            Event::ServiceDispatched(s) => line(
                Speaker::Line,
                "",
                self.text.get1("ui-dispatched", "service", service(s)),
                None,
            ),
            Event::ServiceClosed(s) => line(
                Speaker::Line,
                "",
                self.text.get1("ui-service-closed", "service", service(s)),
                None,
            ),
            Event::Silence { seconds } => line(
                Speaker::Line,
                "",
                self.text.get1("ui-silence", "seconds", seconds),
                None,
            ),
            Event::CallEnded(end) => {
                let outcome = match end {
                    End::Outcome(o) => self.text.get(&self.protocol.outcomes[o].message, None),
                    End::CounsellorHungUp => self.text.get("ui-counsellor-hung-up", None),
                };
                line(
                    Speaker::Line,
                    "",
                    self.text.get1("ui-call-ended", "outcome", outcome),
                    None,
                )
            }
            Event::NodeEntered(_) | Event::CallerEvent(_) | Event::VariableChanged { .. } => {
                return None;
            }
        })
    }

    /// The text of an option of the current node.
    pub fn option(&self, session: &Session, ix: u16) -> String {
        let node = self.scenario.node(session.call.state.node);
        node.options
            .get(usize::from(ix))
            .map(|choice| self.text.get(&choice.message, Some(&self.args)))
            .unwrap_or_default()
    }

    /// The protocol's services, in the protocol's order.
    pub fn services(&self) -> Vec<ServiceView> {
        self.protocol
            .services
            .items
            .iter()
            .enumerate()
            .map(|(i, s)| ServiceView {
                ix: i as ServiceIx,
                id: s.id.clone(),
                name: self.text.get(&s.message, None),
                hours: s.hours.map(|(open, close)| {
                    format!(
                        "{:02}:{:02}–{:02}:{:02}",
                        open / 60,
                        open % 60,
                        close / 60,
                        close % 60
                    )
                }),
            })
            .collect()
    }

    /// How long the call took, in turns and minutes.
    pub fn summary(&self, session: &Session) -> String {
        let state = &session.call.state;
        let mut args = FluentArgs::new();
        args.set("turns", FluentValue::from(state.turn));
        args.set("minutes", FluentValue::from(state.time / 60));
        args.set("seconds", FluentValue::from(state.time % 60));
        self.text.get("ui-call-summary", Some(&args))
    }
}
