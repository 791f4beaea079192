//! Positions in RON source text.
//!
//! serde gives no spans for values, so a semantic problem ("unknown node `x`") is placed by
//! scanning the text once for string literals and remembering, for each, its position, the field
//! it is the value of, and the chain of fields that enclose it (`nodes` > `options` ...). That is
//! enough to point at the exact literal a trainer wrote.

use std::collections::HashMap;
use std::sync::Arc;

use crate::diag::Pos;

/// One string literal found in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    /// Where the literal's (unescaped) value sits in the map's value arena: see
    /// [`SourceMap::value`].
    value: (u32, u32),
    /// Byte offset in the text.
    pub offset: usize,
    /// Line and column.
    pub pos: Pos,
    /// The field this literal is the direct value of (`id: "x"` gives `id`), if any.
    pub key: Option<Arc<str>>,
    /// The named fields whose brackets enclose this literal, outermost first (shared between
    /// the literals of one place).
    pub path: Arc<[String]>,
}

impl Literal {
    /// Whether this literal is the value of `key` directly inside the field chain `path`.
    pub fn is_at(&self, path: &[&str], key: &str) -> bool {
        self.key.as_deref() == Some(key)
            && self
                .path
                .iter()
                .map(String::as_str)
                .eq(path.iter().copied())
    }
}

/// A scanned RON text.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    /// In the order they appear (so sorted by offset).
    pub literals: Vec<Literal>,
    /// Every literal's value, one after the other.
    values: String,
    line_starts: Vec<usize>,
    text_len: usize,
    /// The literals that are the value of a field, by "path/…/field": positions into `literals`.
    keyed: Vec<Keyed>,
}

impl SourceMap {
    /// Indexes a RON text.
    pub fn new(text: &str) -> SourceMap {
        let mut line_starts = Vec::with_capacity(text.len() / 32 + 1);
        line_starts.push(0);
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        // Sized from the text (a literal every few dozen bytes in scenario files), so that the
        // arrays are not copied as they grow.
        let mut map = SourceMap {
            literals: Vec::with_capacity(text.len() / 24),
            values: String::with_capacity(text.len() / 3),
            line_starts,
            text_len: text.len(),
            keyed: Vec::new(),
        };
        map.scan(text);
        // Paths and keys are shared between literals, so consecutive literals of one place find
        // their list by pointer, without hashing or comparing strings.
        let mut last: Option<usize> = None;
        for (i, l) in map.literals.iter().enumerate() {
            let Some(key) = &l.key else { continue };
            let same = |k: &Keyed| Arc::ptr_eq(&k.path, &l.path) && Arc::ptr_eq(&k.key, key);
            let slot = match last.filter(|&j| same(&map.keyed[j])) {
                Some(j) => j,
                None => match map
                    .keyed
                    .iter()
                    .position(|k| same(k) || (*k.path == *l.path && *k.key == **key))
                {
                    Some(j) => j,
                    None => {
                        map.keyed.push(Keyed {
                            path: l.path.clone(),
                            key: key.clone(),
                            literals: Vec::new(),
                        });
                        map.keyed.len() - 1
                    }
                },
            };
            map.keyed[slot].literals.push(i);
            last = Some(slot);
        }
        map
    }

    /// The line and column of a byte offset.
    pub fn pos(&self, text: &str, offset: usize) -> Pos {
        let offset = offset.min(self.text_len);
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let col = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        Pos { line, col }
    }

    fn scan(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        // Stack of the field name that opened each bracket (None for unnamed brackets). Names are
        // slices of the text; each distinct path and key is allocated once and shared.
        let mut stack: Vec<Option<&str>> = Vec::new();
        // The named part of the stack, looked up again only when the stack changes.
        let mut path: Arc<[String]> = Arc::from(Vec::new());
        let mut path_changed = false;
        let mut paths: HashMap<Vec<&str>, Arc<[String]>> = HashMap::new();
        let mut keys: HashMap<&str, Arc<str>> = HashMap::new();
        // The identifier seen last, and whether a `:` followed it: then it is a field name.
        let mut last_ident: Option<&str> = None;
        let mut pending_key: Option<&str> = None;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    let mut depth = 1;
                    while i < bytes.len() && depth > 0 {
                        if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                            depth -= 1;
                            i += 2;
                        } else if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                            depth += 1;
                            i += 2;
                        } else {
                            i += 1;
                        }
                    }
                    continue;
                }
                b'"' => {
                    let start = i;
                    i += 1;
                    let value_start = self.values.len() as u32;
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        let ch_len = utf8_len(bytes.get(i).copied().unwrap_or(0));
                        if let Some(s) = text.get(i..(i + ch_len).min(bytes.len())) {
                            self.values.push_str(s);
                        }
                        i += ch_len.max(1);
                    }
                    let value = (value_start, self.values.len() as u32);
                    i += 1;
                    if path_changed {
                        let named: Vec<&str> = stack.iter().flatten().copied().collect();
                        path = paths
                            .entry(named)
                            .or_insert_with_key(|named| {
                                named.iter().map(|s| s.to_string()).collect()
                            })
                            .clone();
                        path_changed = false;
                    }
                    let pos = self.pos(text, start);
                    let key = pending_key
                        .take()
                        .map(|k| keys.entry(k).or_insert_with(|| Arc::from(k)).clone());
                    self.literals.push(Literal {
                        value,
                        offset: start,
                        pos,
                        key,
                        path: path.clone(),
                    });
                    last_ident = None;
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    // `key: [` or `key: Name(`: the bracket belongs to the pending field.
                    stack.push(pending_key.take());
                    path_changed = true;
                    last_ident = None;
                }
                b')' | b']' | b'}' => {
                    stack.pop();
                    path_changed = true;
                    pending_key = None;
                    last_ident = None;
                }
                b':' => {
                    pending_key = last_ident.take();
                }
                b',' => {
                    pending_key = None;
                    last_ident = None;
                }
                c if c.is_ascii_alphabetic() || c == b'_' => {
                    let start = i;
                    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_')
                    {
                        i += 1;
                    }
                    let ident = &text[start..i];
                    // A struct or enum name right after `key:` keeps the key pending.
                    if pending_key.is_none() {
                        last_ident = Some(ident);
                    }
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// Literals that are the value of `key` directly inside the field chain `path`.
    pub fn keyed<'a>(&'a self, path: &[&str], key: &str) -> impl Iterator<Item = &'a Literal> + 'a {
        let list = self.keyed_list(path, key).unwrap_or_default();
        list.iter().map(|&i| &self.literals[i])
    }

    /// The `n`-th literal for `key` in `path`.
    pub fn nth_keyed(&self, path: &[&str], key: &str, n: usize) -> Option<&Literal> {
        self.keyed_list(path, key)?
            .get(n)
            .map(|&i| &self.literals[i])
    }

    fn keyed_list(&self, path: &[&str], key: &str) -> Option<&[usize]> {
        self.keyed
            .iter()
            .find(|k| &*k.key == key && k.path.iter().map(String::as_str).eq(path.iter().copied()))
            .map(|k| k.literals.as_slice())
    }

    /// A literal's value.
    pub fn value(&self, literal: &Literal) -> &str {
        let (from, to) = literal.value;
        self.values
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }

    /// The literals in the byte range `[from, to)`.
    pub fn in_range(&self, from: usize, to: usize) -> &[Literal] {
        let start = self.literals.partition_point(|l| l.offset < from);
        let end = self.literals.partition_point(|l| l.offset < to).max(start);
        &self.literals[start..end]
    }

    /// The first literal equal to `value` in the byte range `[from, to)`.
    pub fn find_in(&self, value: &str, from: usize, to: usize) -> Option<&Literal> {
        self.in_range(from, to)
            .iter()
            .find(|l| self.value(l) == value)
    }

    /// The byte range of the `n`-th element of a list of items identified by `id:` fields under
    /// `path` (e.g. the n-th node): from its id literal to the next one.
    pub fn item_range(&self, path: &[&str], n: usize) -> Option<(usize, usize)> {
        let start = self.nth_keyed(path, "id", n)?.offset;
        let end = self
            .nth_keyed(path, "id", n + 1)
            .map_or(self.text_len, |l| l.offset);
        Some((start, end))
    }
}

/// The literals that are the value of one field at one place.
#[derive(Debug, Clone)]
struct Keyed {
    path: Arc<[String]>,
    key: Arc<str>,
    literals: Vec<usize>,
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"Scenario(
    id: "demo", // a "comment"
    nodes: [
        Node(id: "a", options: [Option(id: "go", next: Go("b"))]),
        /* "b" */ Node(id: "b", lines: ["привет"]),
    ],
)"#;

    #[test]
    fn finds_keys_paths_and_positions() {
        let map = SourceMap::new(TEXT);
        let top = map.nth_keyed(&[], "id", 0).unwrap();
        assert_eq!(map.value(top), "demo");
        assert_eq!(top.pos, Pos { line: 2, col: 9 });
        let nodes: Vec<_> = map.keyed(&["nodes"], "id").map(|l| map.value(l)).collect();
        assert_eq!(nodes, ["a", "b"]);
        let opt = map.nth_keyed(&["nodes", "options"], "id", 0).unwrap();
        assert_eq!(map.value(opt), "go");
        let (from, to) = map.item_range(&["nodes"], 0).unwrap();
        let target = map.find_in("b", from, to).unwrap();
        assert_eq!(target.pos, Pos { line: 4, col: 59 });
        let line = map.find_in("привет", 0, usize::MAX).unwrap();
        assert_eq!(line.pos, Pos { line: 5, col: 41 });
    }
}
