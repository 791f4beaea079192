//! `check`'s diagnostics as rustc shows its own: the `file:line:col: error: message` line editors
//! jump to, then the offending source line with a caret under the span, and the hint (the frame
//! drawn by codespan-reporting). The words that are ours (error, warning, hint, the summary) are
//! in the reader's language.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as Level};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};

use doverie_core::diag::{Diagnostic, Diagnostics, Pos, Severity};
use doverie_core::locale::Text;

/// The largest file whose lines are shown (a larger one is reported without its source line).
const MAX_SOURCE_BYTES: u64 = 8 * 1024 * 1024;

/// The word for a severity in the reader's language.
pub fn severity_word(text: &Text, severity: Severity) -> String {
    text.get(
        match severity {
            Severity::Error => "check-error",
            Severity::Warning => "check-warning",
            Severity::Info => "check-info",
        },
        None,
    )
}

/// Renders diagnostics one after another, reading each file once.
pub struct Renderer<'t> {
    text: &'t Text,
    files: SimpleFiles<String, String>,
    ids: HashMap<PathBuf, Option<usize>>,
}

impl<'t> Renderer<'t> {
    /// A renderer with the words of `text`.
    pub fn new(text: &'t Text) -> Renderer<'t> {
        Renderer {
            text,
            files: SimpleFiles::new(),
            ids: HashMap::new(),
        }
    }

    fn file(&mut self, path: &Path) -> Option<usize> {
        if let Some(id) = self.ids.get(path) {
            return *id;
        }
        let id = doverie_core::read::read_text(path, MAX_SOURCE_BYTES)
            .ok()
            .map(|source| self.files.add(path.display().to_string(), source));
        self.ids.insert(path.to_path_buf(), id);
        id
    }

    /// One diagnostic: its `file:line:col` line, then the source line with a caret under the
    /// span and the hint, ending with an empty line.
    pub fn render(&mut self, d: &Diagnostic) -> String {
        let word = severity_word(self.text, d.severity);
        let mut out = format!(
            "{}:{}:{}: {word}: {}\n",
            d.file.display(),
            d.pos.line,
            d.pos.col,
            d.message
        );
        let hint = d
            .hint
            .as_ref()
            .map(|h| format!("{}: {h}", self.text.get("check-hint", None)));
        let snippet = self.file(&d.file).and_then(|id| {
            let source = self.files.get(id).ok()?.source();
            let span = span_at(source, d.pos)?;
            let level = match d.severity {
                Severity::Error => Level::Error,
                Severity::Warning => Level::Warning,
                Severity::Info => Level::Note,
            };
            let report = Report::new(level)
                .with_labels(vec![Label::primary(id, span)])
                .with_notes(hint.iter().cloned().collect());
            let config = Config {
                before_label_lines: 0,
                after_label_lines: 0,
                ..Config::default()
            };
            let rich = term::emit_into_string(&config, &self.files, &report).ok()?;
            // The header line codespan writes repeats what the first line said: left out.
            rich.split_once('\n').map(|(_, rest)| rest.to_string())
        });
        match (snippet, hint) {
            (Some(snippet), _) => out.push_str(&snippet),
            (None, Some(hint)) => out.push_str(&format!("  = {hint}\n\n")),
            (None, None) => out.push('\n'),
        }
        out
    }

    /// The closing line: how many errors and warnings, and the information in one line.
    pub fn summary(&self, diags: &Diagnostics) -> String {
        use fluent_bundle::{FluentArgs, FluentValue};
        let mut args = FluentArgs::new();
        args.set(
            "errors",
            FluentValue::from(diags.count(Severity::Error) as f64),
        );
        args.set(
            "warnings",
            FluentValue::from(diags.count(Severity::Warning) as f64),
        );
        self.text.get("check-summary", Some(&args))
    }
}

/// The byte range a diagnostic at `pos` points at: the quoted string, word or number that
/// starts there, or the one character; `None` when the position is not in the text.
fn span_at(source: &str, pos: Pos) -> Option<std::ops::Range<usize>> {
    let line_start = if pos.line <= 1 {
        0
    } else {
        source
            .match_indices('\n')
            .nth(pos.line - 2)
            .map(|(i, _)| i + 1)?
    };
    let line = &source[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    if line.is_empty() {
        return Some(line_start..line_start);
    }
    let (offset, first) = line.char_indices().nth(pos.col.saturating_sub(1))?;
    let rest = &line[offset..];
    let len = if first == '"' {
        rest[1..].find('"').map_or(rest.len(), |end| end + 2)
    } else if first.is_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else {
        first.len_utf8()
    };
    let start = line_start + offset;
    Some(start..start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_the_word_or_string_at_the_position() {
        let text = "a: 1\n  (id: \"stuck\", x)\nприв ет\n";
        assert_eq!(span_at(text, Pos { line: 2, col: 8 }), Some(12..19));
        assert_eq!(span_at(text, Pos { line: 2, col: 4 }), Some(8..10));
        assert_eq!(span_at(text, Pos { line: 3, col: 1 }), Some(24..32));
        assert_eq!(span_at(text, Pos { line: 9, col: 1 }), None);
        assert_eq!(span_at(text, Pos { line: 1, col: 90 }), None);
    }
}
