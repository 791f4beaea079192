//! How a call looks in the terminal.

use std::io::Write;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::engine::{End, Event, Stamped};
use crate::locale::{Text, caller_args};
use crate::protocol::Protocol;
use crate::scenario::Scenario;
use crate::session::Session;

pub struct Renderer<'a> {
    pub scenario: &'a Scenario,
    pub protocol: &'a Protocol,
    pub text: &'a Text,
    args: FluentArgs<'static>,
    caller: String,
}

fn clock(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

impl<'a> Renderer<'a> {
    pub fn new(scenario: &'a Scenario, protocol: &'a Protocol, text: &'a Text) -> Renderer<'a> {
        let args = caller_args(scenario, text);
        let caller = text.get("caller-name", None);
        Renderer {
            scenario,
            protocol,
            text,
            args,
            caller,
        }
    }

    pub fn header(&self, out: &mut dyn Write, seed: u64) -> std::io::Result<()> {
        writeln!(out, "== {} ==", self.text.get("title", Some(&self.args)))?;
        let mut args = caller_args(self.scenario, self.text);
        args.set("seed", FluentValue::from(seed.to_string()));
        writeln!(out, "{}", self.text.get("ui-call-header", Some(&args)))?;
        writeln!(out)
    }

    /// Shows what the counsellor and caller can perceive; caller events and variables stay hidden.
    pub fn events(&self, out: &mut dyn Write, events: &[Stamped]) -> std::io::Result<()> {
        for e in events {
            let at = clock(e.time);
            match e.event {
                Event::CallerLine(l) => {
                    let line = self
                        .text
                        .get(&self.scenario.lines[l as usize].message, Some(&self.args));
                    writeln!(out, "[{at}] {}: {line}", self.caller)?;
                }
                Event::OptionChosen { node, option } => {
                    let choice = &self.scenario.node(node).options[usize::from(option)];
                    let said = self.text.get(&choice.message, Some(&self.args));
                    writeln!(out, "[{at}] {}: {said}", self.text.get("ui-you", None))?;
                }
                Event::ServiceDispatched(s) => {
                    let name = self.text.get(&self.protocol.services[s].message, None);
                    writeln!(
                        out,
                        "[{at}] {}",
                        self.text.get1("ui-dispatched", "service", name)
                    )?;
                }
                Event::ServiceClosed(s) => {
                    let name = self.text.get(&self.protocol.services[s].message, None);
                    writeln!(
                        out,
                        "[{at}] {}",
                        self.text.get1("ui-service-closed", "service", name)
                    )?;
                }
                Event::Silence { seconds } => {
                    writeln!(
                        out,
                        "[{at}] {}",
                        self.text.get1("ui-silence", "seconds", seconds)
                    )?;
                }
                Event::CallEnded(end) => {
                    let outcome = match end {
                        End::Outcome(o) => self.text.get(&self.protocol.outcomes[o].message, None),
                        End::CounsellorHungUp => self.text.get("ui-counsellor-hung-up", None),
                    };
                    writeln!(
                        out,
                        "[{at}] {}",
                        self.text.get1("ui-call-ended", "outcome", outcome)
                    )?;
                }
                Event::NodeEntered(_) | Event::CallerEvent(_) | Event::VariableChanged { .. } => {}
            }
        }
        Ok(())
    }

    /// The options in the order shown, numbered from 1, and the other commands.
    pub fn options(
        &self,
        out: &mut dyn Write,
        session: &Session,
        shown: &[u16],
    ) -> std::io::Result<()> {
        let node = self.scenario.node(session.call.state.node);
        writeln!(out)?;
        for (n, &ix) in shown.iter().enumerate() {
            let choice = &node.options[usize::from(ix)];
            writeln!(
                out,
                "  {}) {}",
                n + 1,
                self.text.get(&choice.message, Some(&self.args))
            )?;
        }
        writeln!(
            out,
            "{}",
            self.text.get1("ui-prompt", "count", shown.len() as u32)
        )?;
        write!(out, "> ")
    }

    pub fn services(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for (n, s) in self.protocol.services.items.iter().enumerate() {
            let name = self.text.get(&s.message, None);
            let hours = s
                .hours
                .map(|(o, c)| format!(" ({:02}:{:02}–{:02}:{:02})", o / 60, o % 60, c / 60, c % 60))
                .unwrap_or_default();
            writeln!(out, "  d {}) {name}{hours}", n + 1)?;
        }
        writeln!(out, "{}", self.text.get("ui-dispatch-how", None))
    }

    pub fn summary(&self, out: &mut dyn Write, session: &Session) -> std::io::Result<()> {
        let state = &session.call.state;
        let mut args = FluentArgs::new();
        args.set("turns", FluentValue::from(state.turn));
        args.set("minutes", FluentValue::from(state.time / 60));
        args.set("seconds", FluentValue::from(state.time % 60));
        writeln!(out, "{}", self.text.get("ui-call-summary", Some(&args)))
    }
}
