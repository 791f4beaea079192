//! Reading a trainer's RON file safely: size limit, UTF-8, parse errors with positions, hash.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Pos};
use crate::source::SourceMap;

/// Larger files are refused before parsing: no scenario needs more, and it keeps a stray
/// multi-gigabyte file from exhausting memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How deep brackets may nest; deeper input is refused instead of exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// A RON file's text, its source map, and its path for diagnostics.
#[derive(Debug, Clone)]
pub struct RonFile {
    /// The file.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
    /// Where each literal of the text is.
    pub map: SourceMap,
}

impl RonFile {
    /// Reads `path`, refusing files that are too large or not UTF-8.
    pub fn read(path: &Path) -> Result<RonFile, Diagnostic> {
        let bytes = read_limited(path)?;
        Self::from_bytes(path, bytes)
    }

    /// A RON file from its bytes (refused when not UTF-8 or nested too deeply).
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<RonFile, Diagnostic> {
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = e.utf8_error().valid_up_to();
            let head = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let pos = SourceMap::new(&head).pos(&head, valid);
            Diagnostic::error(path, pos, "the file is not valid UTF-8 text")
                .with_hint("save it as UTF-8; is this really a RON file?")
        })?;
        Ok(Self::from_text(path, text))
    }

    /// A RON file from a text already read.
    pub fn from_text(path: &Path, text: String) -> RonFile {
        let map = SourceMap::new(&text);
        RonFile {
            path: path.to_path_buf(),
            text,
            map,
        }
    }

    /// Where the top-level field `key` is written: its value's first string (also inside
    /// `Some(...)` or a list), else the line that starts with `key:`.
    pub fn field_pos(&self, key: &str) -> Option<Pos> {
        if let Some(l) = self
            .map
            .literals
            .iter()
            .find(|l| l.key.as_deref() == Some(key) && l.path.is_empty())
            .or_else(|| {
                self.map
                    .literals
                    .iter()
                    .find(|l| l.path.len() == 1 && l.path[0] == key)
            })
        {
            return Some(l.pos);
        }
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed.strip_prefix(key)
                && rest.trim_start().starts_with(':')
            {
                let at = offset + (line.len() - trimmed.len());
                return Some(self.map.pos(&self.text, at));
            }
            offset += line.len();
        }
        None
    }

    /// SHA-256 of the file's bytes, as lowercase hex.
    pub fn hash(&self) -> String {
        sha256_hex(self.text.as_bytes())
    }

    /// Deserialises the file, turning RON's error into a positioned diagnostic with a hint.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, Diagnostic> {
        if let Some(pos) = too_deep(&self.text, MAX_NESTING) {
            return Err(Diagnostic::error(
                &self.path,
                pos,
                format!("brackets nest more than {MAX_NESTING} deep"),
            )
            .with_hint("a scenario never needs this much nesting; is a closing bracket missing?"));
        }
        let options = ron::Options::default().with_recursion_limit(MAX_NESTING * 2);
        options.from_str::<T>(&self.text).map_err(|e| {
            let pos = Pos {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            let (mut message, mut hint) = describe_ron_error(&e.code);
            if at_end(&self.text, pos) && !matches!(e.code, ron::Error::Eof) {
                message = format!("the file ends too early ({message})");
                hint = Some("a closing bracket or a value is missing at the end of the file; was it cut off?".into());
            }
            let d = Diagnostic::error(&self.path, pos, message);
            match hint {
                Some(h) => d.with_hint(h),
                None => d,
            }
        })
    }
}

/// Whether `pos` is at or past the last non-blank character of `text`.
fn at_end(text: &str, pos: Pos) -> bool {
    let trimmed = text.trim_end();
    let last = SourceMap::new(trimmed).pos(trimmed, trimmed.len());
    pos >= last
}

/// SHA-256 of bytes, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn read_limited(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    use crate::read::ReadError;
    crate::read::read_bounded(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::TooLarge(_) => Diagnostic::error(
            path,
            Pos::START,
            format!(
                "the file is larger than {} MiB",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .with_hint("scenario and protocol files are small text files; is this the right file?"),
        e => Diagnostic::error(path, Pos::START, format!("cannot read the file: {e}"))
            .with_hint("check the path and the file's permissions"),
    })
}

/// The position where bracket nesting first exceeds `limit`, ignoring strings and comments.
fn too_deep(text: &str, limit: usize) -> Option<Pos> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    let head = &text[..i];
                    return Some(SourceMap::new(head).pos(head, i));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// " in Node", " of Gender": where a name was looked for, if RON says.
fn within(word: &str, outer: &Option<String>) -> String {
    outer
        .as_deref()
        .map(|o| format!(" {word} {o}"))
        .unwrap_or_default()
}

/// An unknown field or variant name, with the closest known one or the list of them.
fn unknown_name(
    kind: &str,
    found: &str,
    expected: &[&str],
    within: &str,
    list: &str,
) -> (String, Option<String>) {
    let hint = match crate::diag::did_you_mean(found, expected.iter().copied()) {
        Some(b) => format!("did you mean `{b}`?"),
        None => format!("{list}: {}", expected.join(", ")),
    };
    (format!("unknown {kind} `{found}`{within}"), Some(hint))
}

fn describe_ron_error(code: &ron::Error) -> (String, Option<String>) {
    use ron::Error as E;
    match code {
        E::Eof => (
            "the file ends too early".into(),
            Some("a bracket or a value is missing at the end of the file".into()),
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_name(
            "field",
            found,
            expected,
            &within("in", outer),
            "the fields are",
        ),
        E::MissingStructField { field, outer } => (
            format!("missing field `{field}`{}", within("in", outer)),
            Some(format!("add `{field}: ...`")),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_name("variant", found, expected, &within("of", outer), "one of"),
        E::DuplicateStructField { field, .. } => (
            format!("the field `{field}` is given twice"),
            Some("keep one of them".into()),
        ),
        E::ExpectedDifferentStructName { expected, found } => (
            format!("expected `{expected}` here, found `{found}`"),
            Some(format!("write `{expected}(...)`")),
        ),
        E::ExpectedStringEnd => (
            "a string is not closed".into(),
            Some("add the closing double quote".into()),
        ),
        E::ExceededRecursionLimit => (
            "brackets nest too deep".into(),
            Some("is a closing bracket missing?".into()),
        ),
        other => {
            let text = other.to_string();
            let hint = if text.contains("string") {
                Some("ids and text references are written in double quotes".into())
            } else if text.contains("integer") {
                Some("numbers are written without quotes, e.g. `after: 20`".into())
            } else {
                None
            };
            (format!("invalid RON: {text}"), hint)
        }
    }
}
