//! A call as the counsellor perceives it: the caller's lines, their own words, dispatches,
//! silence and the end of the call. Caller events and variables stay hidden.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::directory::{Local, hh_mm};
use crate::engine::{End, Event, Stamped};
use crate::locale::{Text, caller_args};
use crate::protocol::{Protocol, ServiceIx};
use crate::scenario::{LineIx, Scenario, ServiceStatus};
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
    /// Opening hours (`HH:MM–HH:MM`, several with a lunch break), if the service keeps hours:
    /// with a region, its hours on the call's day in the caller's time.
    pub hours: Option<String>,
    /// Whether it answers at the moment asked about.
    pub status: ServiceStatus,
    /// The status in the reader's language: "open", "closed · opens at 09:00", "written
    /// signal only".
    pub status_text: String,
    /// With a region: the directory's services that answer for it now (name and phone), or,
    /// when it is closed, what answers instead.
    pub numbers: Vec<String>,
    /// Whether `numbers` names what answers instead of a closed service.
    pub instead: bool,
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

    /// The protocol's services, in the protocol's order, as they stand when the call starts.
    pub fn services(&self) -> Vec<ServiceView> {
        self.services_at(0)
    }

    /// The protocol's services `seconds` into the call: whether each answers now, and, with a
    /// region, which of the directory's numbers answer (or answer instead).
    pub fn services_at(&self, seconds: u32) -> Vec<ServiceView> {
        let minute = self.scenario.local_minute(seconds);
        self.protocol
            .services
            .items
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let ix = i as ServiceIx;
                let status = self.scenario.service_status_at(ix, seconds);
                let (numbers, instead) = match (&self.scenario.local, minute) {
                    (Some(local), Some(m)) => {
                        let answering = local.answering(ix, m);
                        if answering.is_empty() && status != ServiceStatus::Open {
                            (self.entries(local, &local.instead(ix, m)), true)
                        } else {
                            (self.entries(local, &answering), false)
                        }
                    }
                    (Some(local), None) => (self.entries(local, &local.services[i].entries), false),
                    _ => (Vec::new(), false),
                };
                ServiceView {
                    ix,
                    id: s.id.clone(),
                    name: self.text.get(&s.message, None),
                    hours: match &self.scenario.local {
                        Some(local) => self.day_hours(local, i, minute.unwrap_or(0) / 1440),
                        None => s.hours.map(|(open, close)| {
                            format!("{}–{}", hh_mm(u32::from(open)), hh_mm(u32::from(close)))
                        }),
                    },
                    status,
                    status_text: self.status_text(status, minute.unwrap_or(0)),
                    numbers,
                    instead,
                }
            })
            .collect()
    }

    /// A service's hours on day `day` of the call (0 is the day it starts), in the caller's
    /// time; none when it answers all day.
    fn day_hours(&self, local: &Local, service: usize, day: u32) -> Option<String> {
        let s = &local.services[service];
        if s.signal_only {
            return None;
        }
        let (from, to) = (day * 1440, day * 1440 + 1440);
        let parts: Vec<String> = s
            .open
            .iter()
            .filter(|&&(a, b)| a < to && b > from)
            .map(|&(a, b)| (a.max(from), b.min(to)))
            .filter(|&(a, b)| (a, b) != (from, to))
            .map(|(a, b)| {
                let end = if b == to {
                    "24:00".to_string()
                } else {
                    hh_mm(b)
                };
                format!("{}–{end}", hh_mm(a))
            })
            .collect();
        let all_day = s.open.iter().any(|&(a, b)| a <= from && b >= to);
        if all_day {
            None
        } else if parts.is_empty() {
            Some(self.text.get("ui-service-closed-today", None))
        } else {
            Some(parts.join(", "))
        }
    }

    fn entries(&self, local: &Local, entries: &[usize]) -> Vec<String> {
        entries
            .iter()
            .filter_map(|&e| local.entries.get(e))
            .map(|e| {
                let name = self.text.get(&e.message, None);
                match &e.phone {
                    Some(phone) => format!("{name}, {phone}"),
                    None => name,
                }
            })
            .collect()
    }

    /// A service's status in words, `minute` being the moment asked about.
    pub fn status_text(&self, status: ServiceStatus, minute: u32) -> String {
        match status {
            ServiceStatus::Open => self.text.get("ui-service-open", None),
            ServiceStatus::SignalOnly => self.text.get("ui-service-signal", None),
            ServiceStatus::Closed { opens_at: None } => self.text.get("ui-service-never", None),
            ServiceStatus::Closed { opens_at: Some(at) } => {
                let mut args = FluentArgs::new();
                args.set("time", FluentValue::from(hh_mm(at)));
                args.set("days", FluentValue::from(at / 1440 - minute / 1440));
                self.text.get("ui-service-opens", Some(&args))
            }
        }
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
