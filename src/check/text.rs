//! Checks of Fluent text: syntax, duplicate, missing and unused messages per language, and
//! messages that fail to format with the arguments they will get.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentValue};

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::locale::{Lang, Source, Text};

/// A sample argument value for formatting checks.
#[derive(Debug, Clone)]
pub enum ArgValue {
    Str(String),
    Num(u32),
}

/// Checks the Fluent file of every language against the messages `needed` by the RON file
/// `anchor` (each with the place that needs it).
pub fn check_messages(
    anchor: &Path,
    needed: &[(String, Pos)],
    ftl_for: impl Fn(Lang) -> PathBuf,
    args: Option<&[(&'static str, ArgValue)]>,
) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let fluent_args = args.map(|a| {
        let mut fa = FluentArgs::new();
        for (k, v) in a {
            match v {
                ArgValue::Str(s) => fa.set(*k, FluentValue::from(s.clone())),
                ArgValue::Num(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        fa
    });
    for lang in Lang::ALL {
        let ftl = ftl_for(lang);
        let fallback = lang != Lang::FALLBACK;
        let Ok(text) = std::fs::read_to_string(&ftl) else {
            if needed.is_empty() {
                continue;
            }
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
        };
        let Defined {
            at: defined,
            with_placeables,
        } = check_file(&ftl, &text, &mut diags);
        for (id, pos) in needed {
            if defined.contains_key(id) {
                continue;
            }
            let message = format!("message \"{id}\" is missing in {}", ftl.display());
            diags.push(if fallback {
                Diagnostic::warning(anchor, *pos, format!("{message}; English will be shown"))
                    .with_hint(format!("add `{id} = ...` in {}", lang_name(lang)))
            } else {
                Diagnostic::error(anchor, *pos, message)
                    .with_hint(format!("add `{id} = ...` to {}", ftl.display()))
            });
        }
        let needed_ids: std::collections::HashSet<&str> =
            needed.iter().map(|(id, _)| id.as_str()).collect();
        let mut unused: Vec<(&String, &Pos)> = defined
            .iter()
            .filter(|(id, _)| !needed_ids.contains(id.as_str()))
            .collect();
        unused.sort_by_key(|(_, p)| **p);
        for (id, pos) in unused {
            diags.push(
                Diagnostic::warning(&ftl, *pos, format!("message \"{id}\" is not used")).with_hint(
                    "remove it, or check the id it should have (NODE--LINE or NODE--OPTION)",
                ),
            );
        }
        // Only messages whose arguments are known (caller lines and options) can be tried, and
        // only those with placeables can fail.
        let Some(fa) = fluent_args.as_ref() else {
            continue;
        };
        let mut formatted: Vec<(&String, &Pos)> = defined
            .iter()
            .filter(|(id, _)| {
                needed_ids.contains(id.as_str()) && with_placeables.contains(id.as_str())
            })
            .collect();
        if formatted.is_empty() {
            continue;
        }
        formatted.sort_by_key(|(_, p)| **p);
        let own = Text::new(
            lang,
            &[Source {
                name: ftl.display().to_string(),
                text,
            }],
            &[],
        );
        for (id, pos) in formatted {
            if let Some(Err(e)) = own.try_format(id, Some(fa)) {
                diags.push(
                    Diagnostic::error(&ftl, *pos, format!("message \"{id}\" does not format: {e}"))
                        .with_hint("the arguments available are $name, $age and $gender"),
                );
            }
        }
    }
    diags
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ru => "Russian",
    }
}

/// Reports syntax errors and duplicate ids; returns the messages defined, with positions.
/// The messages defined in a Fluent file, with their positions, and those that have
/// placeables (variables, selectors, references), the only ones whose formatting can fail.
struct Defined {
    at: HashMap<String, Pos>,
    with_placeables: HashSet<String>,
}

fn check_file(path: &Path, text: &str, diags: &mut Diagnostics) -> Defined {
    let resource = match fluent_syntax::parser::parse_runtime(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let pos = map_pos(text, e.pos.start);
                diags.push(
                    Diagnostic::error(path, pos, format!("Fluent syntax error: {}", e.kind))
                        .with_hint("a message is `id = text` at the start of a line; continuation lines are indented"),
                );
            }
            r
        }
    };
    let with_placeables = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m),
            _ => None,
        })
        .filter(|m| {
            m.value.as_ref().is_some_and(|p| {
                p.elements
                    .iter()
                    .any(|e| matches!(e, fluent_syntax::ast::PatternElement::Placeable { .. }))
            })
        })
        .map(|m| m.id.name.to_string())
        .collect();
    let mut defined = HashMap::new();
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
            defined.insert(id.to_string(), pos);
        }
    }
    Defined {
        at: defined,
        with_placeables,
    }
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
