//! Loading content: validates a scenario or protocol file and its Fluent text, reporting every
//! problem at once with its file, line and column, and loads it for play (`doverie check` walks
//! a folder with these functions, in `doverie-authoring`).
//!
//! Loading for play goes through the same functions, so a scenario that plays is a scenario that
//! checks, and the other way round.

pub mod text;
mod voice;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::library::Library;
use crate::locale::{Lang, Source, Text};
use crate::protocol::{self, Protocol};
use crate::ron_file::RonFile;
use crate::scenario::{self, Scenario, ScenarioDef};
use crate::transcript::{FileStamp, Transcript, TranscriptError};

/// A scenario ready to play: compiled, with its protocol and the content folder it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The compiled scenario.
    pub scenario: Scenario,
    /// Its protocol, compiled.
    pub protocol: Protocol,
    /// The content folder it came from.
    pub library: Library,
    /// The scenario's file.
    pub path: PathBuf,
}

impl Loaded {
    /// The text of a call in `lang` (with English behind it).
    pub fn text(&self, lang: Lang) -> Text {
        let sources = |l: Lang| -> Vec<Source> {
            let mut sources = vec![crate::locale::ui_source(l)];
            sources.extend(Library::read_sources(&self.library.call_ftl(
                l,
                &self.scenario.id,
                &self.scenario.protocol_id,
            )));
            sources
        };
        Text::new(lang, &sources(lang), &sources(Lang::FALLBACK))
    }

    /// The content Fluent files a call in `lang` shows (its language's and English behind it),
    /// each by its path in the content folder and its hash, for the transcript to bind.
    pub fn text_stamps(&self, lang: Lang) -> Vec<FileStamp> {
        let mut langs = vec![lang];
        if lang != Lang::FALLBACK {
            langs.push(Lang::FALLBACK);
        }
        let mut out = Vec::new();
        for l in langs {
            for path in self
                .library
                .call_ftl(l, &self.scenario.id, &self.scenario.protocol_id)
            {
                let relative = path
                    .strip_prefix(&self.library.root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .into_owned();
                let hash = crate::read::read_bounded(&path, text::MAX_FTL_BYTES).map_or_else(
                    |_| "missing".to_string(),
                    |b| crate::ron_file::sha256_hex(&b),
                );
                out.push(FileStamp {
                    path: relative,
                    hash,
                });
            }
        }
        out
    }

    /// Refuses a transcript whose Fluent text has changed since the call (a format-1 transcript
    /// binds none, and passes).
    pub fn check_texts(&self, transcript: &Transcript) -> Result<(), TranscriptError> {
        let hash_of = |relative: &str| {
            crate::read::read_bounded(&self.library.root.join(relative), text::MAX_FTL_BYTES)
                .map_or_else(
                    |_| "missing".to_string(),
                    |b| crate::ron_file::sha256_hex(&b),
                )
        };
        // A call recorded under an earlier protocol version showed that version's words, kept
        // now as `ID@VERSION.ftl` beside the current `ID.ftl`.
        let (id, version) = crate::protocol::split_reference(&self.scenario.protocol_id);
        let kept = |relative: &str| {
            version.and_then(|_| {
                let name = std::path::Path::new(relative).file_name()?.to_str()?;
                (name == format!("{id}.ftl")).then(|| {
                    relative.replace(
                        &format!("/{id}.ftl"),
                        &format!("/{}.ftl", self.scenario.protocol_id),
                    )
                })
            })
        };
        for stamp in &transcript.texts {
            let now = hash_of(&stamp.path);
            let earlier = kept(&stamp.path).map(|p| hash_of(&p));
            if now != stamp.hash && earlier.as_ref() != Some(&stamp.hash) {
                return Err(TranscriptError::Mismatch(format!(
                    "the text {} has changed since the call was recorded (content hash differs)",
                    stamp.path
                )));
            }
        }
        Ok(())
    }
}

/// Loads a scenario by name or path for play. Warnings are returned beside it; any error refuses.
pub fn load(library: &Library, name_or_path: &str) -> Result<(Loaded, Diagnostics), Diagnostics> {
    load_under(library, name_or_path, None)
}

/// Loads a scenario under another version of its protocol (`helpline@1.1.0`), or under the
/// one it names when `protocol` is none. The scenario must compile under that version.
pub fn load_under(
    library: &Library,
    name_or_path: &str,
    protocol: Option<&str>,
) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let path = library.scenario_path(name_or_path);
    let library = Library::containing(&path).unwrap_or_else(|| library.clone());
    let (loaded, diags) = check_scenario_under(&library, &path, protocol);
    match loaded {
        Some(l) if !diags.has_errors() => Ok((l, diags)),
        _ => Err(diags),
    }
}

/// Checks a protocol file and its Fluent text in every language.
pub fn check_protocol(library: &Library, path: &Path) -> (Option<Protocol>, Diagnostics) {
    let (protocol, mut diags) = protocol::load(path);
    if let Some(p) = &protocol {
        let file = RonFile::read(path).ok();
        let needed = locate_terms(p, file.as_ref());
        diags.extend(text::check_messages(
            path,
            &needed,
            // Each version's words are kept beside its file: `ID.ftl`, `ID@VERSION.ftl`.
            |lang| {
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                library.protocol_ftl(lang, stem.as_deref().unwrap_or(&p.id))
            },
            None,
        ));
    }
    (protocol, diags)
}

/// Places each vocabulary message at the id of the term it names.
fn locate_terms(p: &Protocol, file: Option<&RonFile>) -> Vec<(String, Pos)> {
    let lists: [(&str, Vec<&str>); 6] = [
        (
            "acts",
            p.acts.items.iter().map(|t| t.message.as_str()).collect(),
        ),
        (
            "events",
            p.events.items.iter().map(|t| t.message.as_str()).collect(),
        ),
        (
            "services",
            p.services
                .items
                .iter()
                .map(|t| t.message.as_str())
                .collect(),
        ),
        (
            "service_groups",
            p.groups.items.iter().map(|t| t.message.as_str()).collect(),
        ),
        (
            "topics",
            p.topics.items.iter().map(|t| t.message.as_str()).collect(),
        ),
        (
            "outcomes",
            p.outcomes
                .items
                .iter()
                .map(|t| t.message.as_str())
                .collect(),
        ),
    ];
    let categories = (
        "categories",
        p.categories.iter().map(|c| c.message.as_str()).collect(),
    );
    let rules: Vec<&str> = p.rules.iter().map(|r| r.message.as_str()).collect();
    let mut out = Vec::new();
    for (n, r) in p.rules.iter().enumerate() {
        let pos = file
            .and_then(|f| f.map.nth_keyed(&["rules"], "id", n))
            .map_or(Pos::START, |l| l.pos);
        out.push((r.explain.clone(), pos));
        out.push((r.better.clone(), pos));
    }
    for (list, messages) in lists.into_iter().chain([categories, ("rules", rules)]) {
        for (n, m) in messages.into_iter().enumerate() {
            let pos = file
                .and_then(|f| f.map.nth_keyed(&[list], "id", n))
                .map_or(Pos::START, |l| l.pos);
            out.push((m.to_string(), pos));
        }
    }
    out
}

/// Checks a scenario file against its protocol, and its Fluent text in every language.
pub fn check_scenario(library: &Library, path: &Path) -> (Option<Loaded>, Diagnostics) {
    check_scenario_under(library, path, None)
}

fn check_scenario_under(
    library: &Library,
    path: &Path,
    protocol: Option<&str>,
) -> (Option<Loaded>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let file = match RonFile::read(path) {
        Ok(f) => f,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    let mut def: ScenarioDef = match file.parse() {
        Ok(d) => d,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    if let Some(reference) = protocol {
        def.protocol = reference.to_string();
    }
    let protocol_path = library.protocol_path(&def.protocol);
    let protocol = if protocol_path.is_file() {
        let (p, d) = check_protocol(library, &protocol_path);
        diags.extend(d);
        p
    } else {
        let pos = file
            .map
            .nth_keyed(&[], "protocol", 0)
            .map_or(Pos::START, |l| l.pos);
        let known: Vec<String> = library
            .protocol_files()
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        diags.push(
            Diagnostic::error(
                path,
                pos,
                format!(
                    "no protocol \"{}\" (looked for {})",
                    def.protocol,
                    protocol_path.display()
                ),
            )
            .with_hint(crate::diag::unknown_hint(
                &def.protocol,
                "protocol",
                known.iter().map(String::as_str),
            )),
        );
        None
    };
    let compiled = scenario::compile(&def, &file, protocol.as_ref());
    diags.extend(compiled.diagnostics);
    if protocol.is_some() {
        diags.extend(text::check_messages(
            path,
            &compiled.messages,
            |lang| library.scenario_ftl(lang, &def.id),
            Some(CALLER_ARGS),
        ));
    }
    if let Some(scenario) = &compiled.scenario {
        let pos = file
            .map
            .nth_keyed(&[], "id", 0)
            .map_or(Pos::START, |l| l.pos);
        diags.extend(voice::check_voice(library, path, pos, scenario));
    }
    let loaded = match (compiled.scenario, protocol) {
        (Some(scenario), Some(protocol)) if !diags.has_errors() => Some(Loaded {
            scenario,
            protocol,
            library: library.clone(),
            path: path.to_path_buf(),
        }),
        _ => None,
    };
    (loaded, diags)
}

/// The arguments every caller line and option is formatted with (see `locale::caller_args`).
const CALLER_ARGS: &[&str] = &["name", "age", "gender"];

/// Checks that the program's own text (`locales/LANG/ui.ftl` in the source tree, built into the
/// program) has every message the front ends use.
pub fn check_ui_text(library: &Library) -> Diagnostics {
    let needed: Vec<(String, Pos)> = crate::locale::UI_MESSAGES
        .iter()
        .map(|m| (m.to_string(), Pos::START))
        .collect();
    let anchor = library.ui_ftl(Lang::FALLBACK);
    text::check_messages(&anchor, &needed, |lang| library.ui_ftl(lang), None)
}
