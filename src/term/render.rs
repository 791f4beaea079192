//! How a call looks (and sounds) in the terminal: the shared [`CallView`] laid out as lines of
//! text, with the caller's voice clips and the hang-up tone when a [`CallSound`] is given.

use std::io::Write;

use doverie_audio::CallSound;
use doverie_core::engine::{End, Event, Stamped};
use doverie_core::live::Cue;
use doverie_core::locale::Text;
use doverie_core::protocol::Protocol;
use doverie_core::scenario::Scenario;
use doverie_core::session::Session;
use doverie_core::view::{CallView, Speaker, clock};

pub struct Renderer<'a> {
    pub view: CallView<'a>,
    pub text: &'a Text,
    pub sound: Option<&'a CallSound>,
    /// The caller has said her name: she is named from then on ("the caller" until then).
    named: std::cell::Cell<bool>,
    /// How the caller is shown before she says her name.
    unnamed: String,
}

impl<'a> Renderer<'a> {
    pub fn new(scenario: &'a Scenario, protocol: &'a Protocol, text: &'a Text) -> Renderer<'a> {
        let args = doverie_core::locale::caller_args(scenario, text);
        Renderer {
            view: CallView::new(scenario, protocol, text),
            text,
            sound: None,
            named: std::cell::Cell::new(false),
            unnamed: text.get("ui-caller", Some(&args)),
        }
    }

    /// Sounds a moment of the call, if there is sound.
    pub fn cue(&self, cue: Cue) {
        if let Some(sound) = self.sound {
            sound.cue(cue);
        }
    }

    pub fn header(&self, out: &mut dyn Write, seed: u64) -> std::io::Result<()> {
        writeln!(out, "== {} ==", self.view.title())?;
        writeln!(out, "{}", self.view.subtitle(seed))?;
        writeln!(out)
    }

    /// Shows what the counsellor and caller can perceive; caller events and variables stay hidden.
    pub fn events(&self, out: &mut dyn Write, events: &[Stamped]) -> std::io::Result<()> {
        for e in events {
            match e.event {
                Event::CallerLine(l) => self.cue(Cue::CallerLine(l)),
                Event::CallEnded(end) => self.cue(Cue::Ended {
                    by_caller: end != End::CounsellorHungUp,
                }),
                _ => {}
            }
        }
        for shown in events.iter().filter_map(|e| self.view.shown(e)) {
            let at = clock(shown.time);
            match shown.speaker {
                Speaker::Caller => {
                    // Named only once her name has been said (in this line or an earlier one).
                    let who = if self.named.get() {
                        &shown.who
                    } else {
                        &self.unnamed
                    };
                    writeln!(out, "[{at}] {who}: {}", shown.text)?;
                    let name = shown.who.to_lowercase();
                    if !name.is_empty() && shown.text.to_lowercase().contains(&name) {
                        self.named.set(true);
                    }
                }
                Speaker::Counsellor => writeln!(out, "[{at}] {}: {}", shown.who, shown.text)?,
                Speaker::Line => writeln!(out, "[{at}] {}", shown.text)?,
            }
        }
        Ok(())
    }

    /// The options in the order shown, numbered from 1, and the other commands; on a live
    /// terminal, the status line (with the width it must fit) above the prompt.
    pub fn options(
        &self,
        out: &mut dyn Write,
        session: &Session,
        shown: &[u16],
        status: Option<(&str, usize)>,
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
        if let Some((status, width)) = status {
            super::screen::show_status(out, status, width)?;
        }
        write!(out, "> ")
    }

    /// The dispatch menu: each service with its hours and whether it answers now (`seconds`
    /// into the call) and, in a region, the numbers that answer for it or instead of it.
    pub fn services(&self, out: &mut dyn Write, seconds: u32) -> std::io::Result<()> {
        for (n, s) in self.view.services_at(seconds).iter().enumerate() {
            let hours = s
                .hours
                .as_ref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            writeln!(out, "  d {}) {}{hours} — {}", n + 1, s.name, s.status_text)?;
            if !s.numbers.is_empty() {
                let numbers = s.numbers.join("; ");
                if s.instead {
                    writeln!(
                        out,
                        "       {}",
                        self.text.get1("ui-service-instead", "numbers", numbers)
                    )?;
                } else {
                    writeln!(out, "       {numbers}")?;
                }
            }
        }
        writeln!(out, "{}", self.text.get("ui-dispatch-how", None))
    }

    pub fn summary(&self, out: &mut dyn Write, session: &Session) -> std::io::Result<()> {
        writeln!(out, "{}", self.view.summary(session))
    }
}
