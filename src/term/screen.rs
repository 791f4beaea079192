//! The terminal's screen: words wrapped to its width (textwrap, Unicode-width aware), and the
//! live status line (call clock, silence, a rule's time limit) redrawn in place with crossterm.
//! When output is not a terminal (pipes, tests), lines are written as they are and there is no
//! status line.

use std::io::Write;

use crossterm::{cursor, queue, style::Print, terminal};
use fluent_bundle::{FluentArgs, FluentValue};

use doverie_core::locale::Text;
use doverie_core::protocol::rules::Check;
use doverie_core::score::monitor::Monitors;
use doverie_core::session::Session;
use doverie_core::view::clock;

/// The terminal's width, when standard output is a terminal (`None`: plain lines).
pub fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let width = terminal::size().map(|(w, _)| usize::from(w)).unwrap_or(0);
    // A terminal that does not tell its size is taken as the classic 80 columns.
    Some(if width < 20 { 80 } else { width })
}

/// How far a line's continuation is indented: under the text after `[00:12] Name: `, after
/// `  3) `, or at the line's own indentation.
fn hanging_indent(line: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    // "[mm:ss] who: text"
    if rest.starts_with('[')
        && let Some(close) = rest.find("] ")
    {
        let after = &rest[close + 2..];
        if let Some(colon) = after.find(": ")
            && after[..colon].chars().count() <= 40
        {
            return (line[..lead + close + 2 + colon + 2]).width();
        }
        return line[..lead + close + 2].width();
    }
    // "3) text", "d 3) text"
    if let Some(paren) = rest.find(") ")
        && paren <= 4
        && rest[..paren]
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'd' || c == ' ')
    {
        return line[..lead + paren + 2].width();
    }
    line[..lead].width()
}

/// One line wrapped to `width` columns, continuation lines hanging under its text.
pub fn wrap_line(line: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if line.width() <= width || line.contains('\x1b') {
        return line.to_string();
    }
    let indent = hanging_indent(line);
    // A hanging indent that leaves too little room is dropped to the line's own.
    let indent = if indent + 20 > width { 0 } else { indent };
    let pad = " ".repeat(indent);
    let options = textwrap::Options::new(width)
        .subsequent_indent(&pad)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .break_words(false);
    textwrap::fill(line, options)
}

/// A writer that wraps each line it is given to the terminal's width. A line not yet ended
/// (a prompt) is written as it is on `flush`.
pub struct Wrapped<'a> {
    out: &'a mut dyn Write,
    width: usize,
    pending: Vec<u8>,
}

impl<'a> Wrapped<'a> {
    /// Wraps what is written to `out` at `width` columns.
    pub fn new(out: &'a mut dyn Write, width: usize) -> Wrapped<'a> {
        Wrapped {
            out,
            width,
            pending: Vec::new(),
        }
    }
}

impl Write for Wrapped<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            let text = String::from_utf8_lossy(&line[..line.len() - 1]);
            writeln!(self.out, "{}", wrap_line(&text, self.width))?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            self.out.write_all(&self.pending)?;
            self.pending.clear();
        }
        self.out.flush()
    }
}

/// The nearest time limit of a rule that is running now: the rule's name, its limit in seconds
/// and the seconds left (negative once passed), `silence` seconds after the last event.
pub fn running_limit(session: &Session, silence: f32, text: &Text) -> Option<(String, u32, f32)> {
    let (scenario, protocol) = (&session.scenario, &session.protocol);
    let mut monitors = Monitors::new(protocol, scenario);
    monitors.observe_all(protocol, scenario, &session.events, &mut |_| {});
    let now = session.call.state.time as f32 + silence;
    monitors
        .rules
        .iter()
        .zip(&protocol.rules)
        .filter_map(|(state, rule)| {
            let (_, deadline) = state.pending?;
            let Check::Within {
                seconds: Some(limit),
                ..
            } = rule.check
            else {
                return None;
            };
            (deadline != u32::MAX).then_some((rule, limit, deadline as f32 - now))
        })
        .min_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(rule, limit, left)| (text.get(&rule.message, None), limit, left))
}

/// The status line of a live call: the call's clock, the silence so far, and a rule's time
/// limit when it is near (half of it or five seconds left) or passed.
pub fn status_line(session: &Session, silence: f32, text: &Text, limits: bool) -> String {
    let now = session.call.state.time + silence as u32;
    let mut args = FluentArgs::new();
    args.set("clock", clock(now));
    args.set("seconds", FluentValue::from(silence.floor() as u32));
    let mut line = if silence >= 1.0 {
        text.get("ui-status-silent", Some(&args))
    } else {
        text.get("ui-status", Some(&args))
    };
    if limits && let Some((rule, limit, left)) = running_limit(session, silence, text) {
        let mut args = FluentArgs::new();
        args.set("rule", rule);
        args.set("limit", FluentValue::from(limit));
        args.set("left", FluentValue::from(left.max(0.0).ceil() as u32));
        if left <= 0.0 {
            line.push_str(" · ");
            line.push_str(&text.get("ui-status-limit-passed", Some(&args)));
        } else if left <= (limit as f32 / 2.0).max(5.0) {
            line.push_str(" · ");
            line.push_str(&text.get("ui-status-limit", Some(&args)));
        }
    }
    line
}

/// Writes the status line where it is first shown (above the prompt).
pub fn show_status(out: &mut dyn Write, line: &str, width: usize) -> std::io::Result<()> {
    writeln!(out, "{}", fit(line, width))
}

/// Redraws the status line in place, one line above the cursor, and puts the cursor back where
/// the trainee is typing: one write, nothing else on the screen moves (no flicker).
pub fn redraw_status(out: &mut dyn Write, line: &str, width: usize) -> std::io::Result<()> {
    let mut bytes: Vec<u8> = Vec::new();
    queue!(
        bytes,
        cursor::SavePosition,
        cursor::MoveToPreviousLine(1),
        terminal::Clear(terminal::ClearType::CurrentLine),
        Print(fit(line, width)),
        cursor::RestorePosition
    )?;
    out.write_all(&bytes)?;
    out.flush()
}

/// The line cut to the width (a status line never wraps: it is redrawn on one line).
fn fit(line: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut used = 0;
    let mut out = String::new();
    for c in line.chars() {
        let w = c.width().unwrap_or(0);
        if used + w >= width {
            out.push('…');
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_between_words_under_their_text() {
        let line = "[00:12] Лена: Я не знаю, что делать, мама опять кричала всю ночь, и я боюсь идти домой";
        let wrapped = wrap_line(line, 40);
        for l in wrapped.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(l) <= 40, "{wrapped}");
        }
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines[1].starts_with("              ") && !lines[1][14..].starts_with(' '));
        // No word is cut.
        let words: Vec<&str> = line.split_whitespace().collect();
        let back: Vec<&str> = wrapped.split_whitespace().collect();
        assert_eq!(words, back);
        assert_eq!(hanging_indent("  3) Ты молодец"), 5);
        assert_eq!(hanging_indent("      why"), 6);
    }

    #[test]
    fn the_wrapping_writer_keeps_an_unfinished_line_for_flush() {
        let mut buf = Vec::new();
        {
            let mut w = Wrapped::new(&mut buf, 20);
            write!(w, "one two three four five six\n> ").unwrap();
            w.flush().unwrap();
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "one two three four\nfive six\n> "
        );
    }
}
