//! Checks of Fluent text: syntax, duplicate, missing and unused messages per language, and
//! messages that fail to format with the arguments they will get.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::locale::Lang;

/// Messages a Fluent file may hold without anything needing them: `protocol-title`, the
/// protocol's name as the debrief shows it (its id is shown without it).
pub const OPTIONAL: &[&str] = &["protocol-title"];

/// Larger Fluent files are refused: no scenario's text needs more.
pub const MAX_FTL_BYTES: u64 = 4 * 1024 * 1024;

/// Checks the Fluent file of every language against the messages `needed` by the RON file
/// `anchor` (each with the place that needs it). With `variables`, every needed message is
/// also checked to format with just those arguments.
pub fn check_messages(
    anchor: &Path,
    needed: &[(String, Pos)],
    ftl_for: impl Fn(Lang) -> PathBuf,
    variables: Option<&[&str]>,
) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for lang in Lang::ALL {
        let ftl = ftl_for(lang);
        let fallback = lang != Lang::FALLBACK;
        let text = match crate::read::read_text(&ftl, MAX_FTL_BYTES) {
            Ok(text) => text,
            Err(e) if ftl.exists() || ftl.symlink_metadata().is_ok() => {
                diags.push(
                    Diagnostic::error(
                        &ftl,
                        Pos::START,
                        format!("cannot read the Fluent file: {e}"),
                    )
                    .with_hint("a Fluent file is a UTF-8 text file"),
                );
                continue;
            }
            Err(_) if needed.is_empty() => continue,
            Err(_) => {
                let pos = needed.first().map_or(Pos::START, |(_, p)| *p);
                let what = format!("no {} text: {} is missing", lang_name(lang), ftl.display());
                diags.push(if fallback {
                    Diagnostic::warning(anchor, pos, format!("{what}; English will be shown"))
                        .with_hint(format!(
                            "create {} with the {} messages",
                            ftl.display(),
                            needed.len()
                        ))
                } else {
                    Diagnostic::error(anchor, pos, what).with_hint(format!(
                        "create {} with the {} messages",
                        ftl.display(),
                        needed.len()
                    ))
                });
                continue;
            }
        };
        let resource = parse(&ftl, text, &mut diags);
        let defined = defined_messages(&ftl, resource.source(), &mut diags);
        if variables.is_some_and(|v| v.contains(&"gender")) {
            gender_keys(&ftl, &resource, &mut diags);
        }
        for (id, pos) in needed {
            if defined.contains_key(id.as_str()) {
                continue;
            }
            let message = format!("message \"{id}\" is missing in {}", ftl.display());
            let what = what_message_is(id);
            diags.push(if fallback {
                Diagnostic::warning(anchor, *pos, format!("{message}; English will be shown"))
                    .with_hint(format!("add `{id} = ...` in {}{what}", lang_name(lang)))
            } else {
                Diagnostic::error(anchor, *pos, message)
                    .with_hint(format!("add `{id} = ...` to {}{what}", ftl.display()))
            });
        }
        let needed_ids: HashSet<&str> = needed.iter().map(|(id, _)| id.as_str()).collect();
        let mut unused: Vec<(&str, Pos)> = defined
            .iter()
            .filter(|(id, _)| !needed_ids.contains(*id) && !OPTIONAL.contains(id))
            .map(|(id, p)| (*id, *p))
            .collect();
        unused.sort_by_key(|(_, p)| *p);
        for (id, pos) in unused {
            diags.push(
                Diagnostic::warning(&ftl, pos, format!("message \"{id}\" is not used")).with_hint(
                    "remove it, or check the id it should have (NODE--LINE or NODE--OPTION)",
                ),
            );
        }
        // Only messages whose arguments are known (caller lines and options) can be tried, and
        // only those with placeables can fail.
        let Some(allowed) = variables else {
            continue;
        };
        let terms: HashSet<&str> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Term(t) => Some(t.id.name),
                _ => None,
            })
            .collect();
        let known = Known {
            variables: allowed,
            messages: &defined,
            terms: &terms,
        };
        let mut problems: Vec<(Pos, &str, Vec<String>)> = Vec::new();
        for entry in resource.entries() {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let (Some(pattern), Some(&pos)) = (&m.value, defined.get(m.id.name)) else {
                continue;
            };
            if !needed_ids.contains(m.id.name) {
                continue;
            }
            let mut found = Vec::new();
            known.pattern(pattern, &mut found);
            if !found.is_empty() {
                problems.push((pos, m.id.name, found));
            }
        }
        problems.sort_by_key(|(p, _, _)| *p);
        for (pos, id, found) in problems {
            diags.push(
                Diagnostic::error(
                    &ftl,
                    pos,
                    format!("message \"{id}\" does not format: {}", found.join("; ")),
                )
                .with_hint("the arguments available are $name, $age and $gender"),
            );
        }
    }
    diags
}

/// Checks one Fluent file as Fluent, alone: it reads, it parses, no message is defined twice,
/// and selectors on `$gender` use the keys callers get. A missing file is not reported (what
/// needs it says so).
pub fn check_fluent_file(ftl: &Path) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let text = match crate::read::read_text(ftl, MAX_FTL_BYTES) {
        Ok(text) => text,
        Err(_) if ftl.symlink_metadata().is_err() => return diags,
        Err(e) => {
            diags.push(
                Diagnostic::error(ftl, Pos::START, format!("cannot read the Fluent file: {e}"))
                    .with_hint("a Fluent file is a UTF-8 text file"),
            );
            return diags;
        }
    };
    let resource = parse(ftl, text, &mut diags);
    defined_messages(ftl, resource.source(), &mut diags);
    gender_keys(ftl, &resource, &mut diags);
    diags
}

/// Parses Fluent text, reporting each syntax error; what parsed is returned.
fn parse(ftl: &Path, text: String, diags: &mut Diagnostics) -> FluentResource {
    match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let pos = map_pos(r.source(), e.pos.start);
                diags.push(
                    Diagnostic::error(ftl, pos, format!("Fluent syntax error: {}", e.kind))
                        .with_hint("a message is `id = text` at the start of a line; continuation lines are indented"),
                );
            }
            r
        }
    }
}

/// The values `$gender` takes (see `locale::caller_args`).
const GENDERS: [&str; 2] = ["female", "male"];

/// Reports selectors on `$gender` with a key other than `female` or `male`: such a variant
/// is never chosen, and the default form is shown silently.
fn gender_keys(ftl: &Path, resource: &FluentResource, diags: &mut Diagnostics) {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement, VariantKey};
    fn pattern(p: &fluent_syntax::ast::Pattern<&str>, found: &mut Vec<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_keys(expression, found);
            }
        }
    }
    fn expression_keys(e: &Expression<&str>, found: &mut Vec<String>) {
        match e {
            Expression::Select { selector, variants } => {
                if matches!(selector, InlineExpression::VariableReference { id } if id.name == "gender")
                {
                    for v in variants {
                        let key = match &v.key {
                            VariantKey::Identifier { name } => *name,
                            VariantKey::NumberLiteral { value } => *value,
                        };
                        if !GENDERS.contains(&key) {
                            found.push(key.to_string());
                        }
                    }
                }
                for v in variants {
                    pattern(&v.value, found);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                expression_keys(expression, found)
            }
            Expression::Inline(_) => {}
        }
    }
    let defined = defined_positions(resource.source());
    for entry in resource.entries() {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut found = Vec::new();
        if let Some(value) = value {
            pattern(value, &mut found);
        }
        for a in attributes {
            pattern(&a.value, &mut found);
        }
        if found.is_empty() {
            continue;
        }
        let pos = defined.get(id).copied().unwrap_or(Pos::START);
        let keys: Vec<String> = found.iter().map(|k| format!("[{k}]")).collect();
        diags.push(
            Diagnostic::error(
                ftl,
                pos,
                format!(
                    "message \"{id}\" selects on $gender with {}, which $gender never is",
                    keys.join(", ")
                ),
            )
            .with_hint("$gender is `female` or `male`: write `[female] ...` and `*[male] ...`"),
        );
    }
}

/// Where each message or term starts (first definition), by id without the term's `-`.
fn defined_positions(text: &str) -> HashMap<&str, Pos> {
    let mut out = HashMap::default();
    for (n, line) in text.lines().enumerate() {
        let id = message_id(line).or_else(|| line.strip_prefix('-').and_then(message_id));
        if let Some(id) = id {
            out.entry(id).or_insert(Pos {
                line: n + 1,
                col: 1,
            });
        }
    }
    out
}

/// What a needed message is for, when its id alone does not say (see scenarios/README.md).
fn what_message_is(id: &str) -> &'static str {
    if id.starts_with("variable-") {
        " (`variable-ID` names a caller variable in the debrief's end state; see \"The words\" in scenarios/README.md)"
    } else {
        ""
    }
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ru => "Russian",
    }
}

/// Reports syntax errors and duplicate ids; returns the messages defined, with positions.
/// What a message may refer to.
struct Known<'a, 't> {
    variables: &'a [&'a str],
    messages: &'a HashMap<&'t str, Pos>,
    terms: &'a HashSet<&'t str>,
}

impl Known<'_, '_> {
    /// Collects what in `pattern` cannot be formatted: unknown variables, references to
    /// messages or terms that do not exist, and functions (doverie provides none).
    fn pattern(&self, pattern: &fluent_syntax::ast::Pattern<&str>, found: &mut Vec<String>) {
        use fluent_syntax::ast::PatternElement;
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression, found);
            }
        }
    }

    fn expression(&self, e: &fluent_syntax::ast::Expression<&str>, found: &mut Vec<String>) {
        use fluent_syntax::ast::Expression;
        match e {
            Expression::Select { selector, variants } => {
                self.inline(selector, found);
                for v in variants {
                    self.pattern(&v.value, found);
                }
            }
            Expression::Inline(i) => self.inline(i, found),
        }
    }

    fn inline(&self, e: &fluent_syntax::ast::InlineExpression<&str>, found: &mut Vec<String>) {
        use fluent_syntax::ast::InlineExpression as I;
        match e {
            I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
            I::VariableReference { id } => {
                if !self.variables.contains(&id.name) {
                    found.push(format!("unknown variable ${}", id.name));
                }
            }
            I::MessageReference { id, .. } => {
                if !self.messages.contains_key(id.name) {
                    found.push(format!("no message \"{}\" to refer to", id.name));
                }
            }
            I::TermReference { id, .. } => {
                if !self.terms.contains(id.name) {
                    found.push(format!("no term \"-{}\" to refer to", id.name));
                }
            }
            I::FunctionReference { id, .. } => {
                found.push(format!("unknown function {}()", id.name))
            }
            I::Placeable { expression } => self.expression(expression, found),
        }
    }
}

/// The messages a Fluent file defines, with where; a message defined twice is reported.
fn defined_messages<'t>(
    path: &Path,
    text: &'t str,
    diags: &mut Diagnostics,
) -> HashMap<&'t str, Pos> {
    let mut defined = HashMap::default();
    for (n, line) in text.lines().enumerate() {
        let Some(id) = message_id(line) else { continue };
        let pos = Pos {
            line: n + 1,
            col: 1,
        };
        if defined.contains_key(id) {
            diags.push(
                Diagnostic::error(path, pos, format!("message \"{id}\" is defined twice"))
                    .with_hint("only the first definition is used; remove or rename this one"),
            );
        } else {
            defined.insert(id, pos);
        }
    }
    defined
}

/// The message id defined on this line, if it starts a message (`id =`).
fn message_id(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let rest = line[end..].trim_start();
    rest.starts_with('=').then(|| &line[..end])
}

fn map_pos(text: &str, offset: usize) -> Pos {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos {
        line: before.matches('\n').count() + 1,
        col: before[line_start..].chars().count() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids() {
        assert_eq!(message_id("greeting--shy = Hello"), Some("greeting--shy"));
        assert_eq!(message_id("title=Night call"), Some("title"));
        assert_eq!(message_id("    .attr = x"), None);
        assert_eq!(message_id("# comment = no"), None);
        assert_eq!(message_id("-term = x"), None);
    }
}
