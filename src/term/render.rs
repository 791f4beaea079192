//! How a call looks in the terminal: the shared [`CallView`] laid out as lines of text.

use std::io::Write;

use crate::engine::Stamped;
use crate::locale::Text;
use crate::protocol::Protocol;
use crate::scenario::Scenario;
use crate::session::Session;
use crate::view::{CallView, Speaker, clock};

pub struct Renderer<'a> {
    pub view: CallView<'a>,
    pub text: &'a Text,
}

impl<'a> Renderer<'a> {
    pub fn new(scenario: &'a Scenario, protocol: &'a Protocol, text: &'a Text) -> Renderer<'a> {
        Renderer {
            view: CallView::new(scenario, protocol, text),
            text,
        }
    }

    pub fn header(&self, out: &mut dyn Write, seed: u64) -> std::io::Result<()> {
        writeln!(out, "== {} ==", self.view.title())?;
        writeln!(out, "{}", self.view.subtitle(seed))?;
        writeln!(out)
    }

    /// Shows what the counsellor and caller can perceive; caller events and variables stay hidden.
    pub fn events(&self, out: &mut dyn Write, events: &[Stamped]) -> std::io::Result<()> {
        for shown in events.iter().filter_map(|e| self.view.shown(e)) {
            let at = clock(shown.time);
            match shown.speaker {
                Speaker::Caller | Speaker::Counsellor => {
                    writeln!(out, "[{at}] {}: {}", shown.who, shown.text)?
                }
                Speaker::Line => writeln!(out, "[{at}] {}", shown.text)?,
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
        writeln!(out)?;
        for (n, &ix) in shown.iter().enumerate() {
            writeln!(out, "  {}) {}", n + 1, self.view.option(session, ix))?;
        }
        writeln!(
            out,
            "{}",
            self.text.get1("ui-prompt", "count", shown.len() as u32)
        )?;
        write!(out, "> ")
    }

    pub fn services(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for (n, s) in self.view.services().iter().enumerate() {
            let hours = s
                .hours
                .as_ref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            writeln!(out, "  d {}) {}{hours}", n + 1, s.name)?;
        }
        writeln!(out, "{}", self.text.get("ui-dispatch-how", None))
    }

    pub fn summary(&self, out: &mut dyn Write, session: &Session) -> std::io::Result<()> {
        writeln!(out, "{}", self.view.summary(session))
    }
}
