//! Loading content: validates a scenario or protocol file and its Fluent text, reporting every
//! problem at once with its file, line and column, and loads it for play (`doverie check` walks
//! a folder with these functions, in `doverie-authoring`).
//!
//! Loading for play goes through the same functions, so a scenario that plays is a scenario that
//! checks, and the other way round.

pub mod text;
mod voice;

pub use voice::spoken_words;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::directory::{self, Directory};
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
    /// The content Fluent files a call shows in `lang`: the protocol's, the scenario's and,
    /// when the scenario names a region, its service directory's.
    pub fn ftl_files(&self, lang: Lang) -> Vec<PathBuf> {
        let mut out = self
            .library
            .call_ftl(lang, &self.scenario.id, &self.scenario.protocol_id)
            .to_vec();
        if let Some(local) = &self.scenario.local {
            for file in self.library.directory_files(&local.region) {
                if let Some(region) = file.file_stem() {
                    out.push(self.library.directory_ftl(lang, &region.to_string_lossy()));
                }
            }
        }
        out
    }

    /// The text of a call in `lang` (with English behind it).
    pub fn text(&self, lang: Lang) -> Text {
        let sources = |l: Lang| -> Vec<Source> {
            let mut sources = vec![crate::locale::ui_source(l)];
            sources.extend(Library::read_sources(&self.ftl_files(l)));
            sources
        };
        Text::new(lang, &sources(lang), &sources(Lang::FALLBACK))
    }

    /// The content Fluent files a call in `lang` shows (its language's and English behind it),
    /// each by its path in the content folder and its hash, for the transcript to bind; and,
    /// when the scenario names a region, the service directory files whose hours it keeps.
    pub fn text_stamps(&self, lang: Lang) -> Vec<FileStamp> {
        let mut langs = vec![lang];
        if lang != Lang::FALLBACK {
            langs.push(Lang::FALLBACK);
        }
        let mut files: Vec<PathBuf> = langs.into_iter().flat_map(|l| self.ftl_files(l)).collect();
        if let Some(local) = &self.scenario.local {
            files.extend(self.library.directory_files(&local.region));
        }
        let mut out = Vec::new();
        for path in files {
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
        out
    }

    /// Refuses a transcript whose Fluent text (or service directory) has changed since the call (a format-1 transcript
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

/// An arc ready to play: compiled, with each call's scenario loaded.
#[derive(Debug, Clone)]
pub struct LoadedArc {
    /// The compiled arc.
    pub arc: crate::arc::Arc,
    /// Each call's scenario with its protocol, in order.
    pub calls: Vec<Loaded>,
    /// The content folder it came from.
    pub library: Library,
    /// The arc's file.
    pub path: PathBuf,
}

impl LoadedArc {
    /// The arc's protocol (every call's).
    pub fn protocol(&self) -> &Protocol {
        &self.calls[0].protocol
    }

    /// Each call's scenario title in `lang`, in order.
    pub fn titles(&self, lang: Lang) -> Vec<String> {
        self.calls
            .iter()
            .map(|c| {
                let text = c.text(lang);
                if text.has("title") {
                    text.get("title", None)
                } else {
                    c.scenario.id.clone()
                }
            })
            .collect()
    }

    /// The arc's debrief in `lang`.
    pub fn debrief(
        &self,
        lang: Lang,
        card: &crate::arc::score::ArcCard,
    ) -> crate::view::arc::ArcDebrief {
        crate::view::arc::ArcDebrief::build(
            &self.text(lang),
            &self.arc,
            self.protocol(),
            card,
            &self.titles(lang),
        )
    }

    /// The arc's title and summary in `lang` (with English behind it), and the program's words.
    pub fn text(&self, lang: Lang) -> Text {
        let sources = |l: Lang| -> Vec<Source> {
            let mut sources = vec![crate::locale::ui_source(l)];
            let mut files = vec![self.library.arc_ftl(l, &self.arc.id)];
            files.push(self.library.protocol_ftl(l, &self.arc.protocol_id));
            sources.extend(Library::read_sources(&files));
            sources
        };
        Text::new(lang, &sources(lang), &sources(Lang::FALLBACK))
    }
}

/// Loads an arc by name or path, with every call's scenario; any error refuses it.
pub fn load_arc(
    library: &Library,
    name_or_path: &str,
) -> Result<(LoadedArc, Diagnostics), Diagnostics> {
    let path = library.arc_path(name_or_path);
    let library = Library::containing(&path).unwrap_or_else(|| library.clone());
    let (loaded, diags) = check_arc(&library, &path);
    match loaded {
        Some(l) if !diags.has_errors() => Ok((l, diags)),
        _ => Err(diags),
    }
}

/// Checks an arc file: its form, each call's scenario (loaded as for play), that every call is
/// scored under the arc's protocol and declares each carried variable with the same range, and
/// its Fluent text (`title`, `summary`) in every language.
pub fn check_arc(library: &Library, path: &Path) -> (Option<LoadedArc>, Diagnostics) {
    let file = match RonFile::read(path) {
        Ok(f) => f,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    let def: crate::arc::ArcDef = match file.parse() {
        Ok(d) => d,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    let (arc, mut diags) = crate::arc::compile(&def, &file);
    let Some(arc) = arc else {
        return (None, diags);
    };
    let call_pos = |n: usize| {
        file.map
            .nth_keyed(&["calls"], "scenario", n)
            .map_or(Pos::START, |l| l.pos)
    };
    let mut calls: Vec<Loaded> = Vec::new();
    for (n, call) in arc.calls.iter().enumerate() {
        let pos = call_pos(n);
        let scenario_path = library.scenario_path(&call.scenario);
        if !scenario_path.is_file() {
            let known: Vec<String> = library
                .scenario_files()
                .iter()
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
            diags.push(
                Diagnostic::error(
                    path,
                    pos,
                    format!(
                        "no scenario \"{}\" (looked for {})",
                        call.scenario,
                        scenario_path.display()
                    ),
                )
                .with_hint(crate::diag::unknown_hint(
                    &call.scenario,
                    "scenario",
                    known.iter().map(String::as_str),
                )),
            );
            continue;
        }
        let loaded = match load(library, &call.scenario) {
            Ok((l, _)) => l,
            Err(d) => {
                let first = d
                    .iter()
                    .find(|d| d.is_error())
                    .map(ToString::to_string)
                    .unwrap_or_default();
                diags.push(
                    Diagnostic::error(
                        path,
                        pos,
                        format!("scenario \"{}\" does not load: {first}", call.scenario),
                    )
                    .with_hint(format!(
                        "run `doverie check {}` and fix it first",
                        call.scenario
                    )),
                );
                continue;
            }
        };
        if loaded.protocol.id != arc.protocol_id {
            diags.push(
                Diagnostic::error(
                    path,
                    pos,
                    format!(
                        "scenario \"{}\" is scored under protocol \"{}\", the arc under \"{}\"",
                        call.scenario, loaded.protocol.id, arc.protocol_id
                    ),
                )
                .with_hint("every call of an arc is scored under the arc's protocol"),
            );
        }
        for v in &arc.carried {
            let Some(var) = loaded.scenario.variables.iter().find(|x| &x.id == v) else {
                diags.push(
                    Diagnostic::error(
                        path,
                        pos,
                        format!("scenario \"{}\" does not declare the carried variable \"{v}\"", call.scenario),
                    )
                    .with_hint(format!("declare `(id: \"{v}\", min: .., max: .., initial: ..)` in the scenario, with the same range as the other calls")),
                );
                continue;
            };
            let other = calls.iter().find_map(|c| {
                c.scenario
                    .variables
                    .iter()
                    .find(|x| &x.id == v)
                    .map(|x| (c.scenario.id.clone(), x.clone()))
            });
            if let Some((id, o)) = other
                && (o.min, o.max) != (var.min, var.max)
            {
                diags.push(
                    Diagnostic::error(
                        path,
                        pos,
                        format!(
                            "the carried variable \"{v}\" ranges {}..={} in scenario \"{}\" but {}..={} in \"{id}\"",
                            var.min, var.max, call.scenario, o.min, o.max
                        ),
                    )
                    .with_hint("a carried value must fit every call: give the variable the same range in each"),
                );
            }
        }
        calls.push(loaded);
    }
    let top = file
        .map
        .nth_keyed(&[], "id", 0)
        .map_or(Pos::START, |l| l.pos);
    let mut needed = vec![("title".to_string(), top), ("summary".to_string(), top)];
    for (n, v) in arc.carried.iter().enumerate() {
        let pos = file.map.nth_keyed(&[], "carried", n).map_or(top, |l| l.pos);
        needed.push((crate::msg::variable(v), pos));
    }
    diags.extend(text::check_messages(
        path,
        &needed,
        |lang| library.arc_ftl(lang, &arc.id),
        None,
    ));
    if diags.has_errors() || calls.len() != arc.calls.len() {
        return (None, diags);
    }
    (
        Some(LoadedArc {
            arc,
            calls,
            library: library.clone(),
            path: path.to_path_buf(),
        }),
        diags,
    )
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
    for (n, r) in p.arc_rules.iter().enumerate() {
        let pos = file
            .and_then(|f| f.map.nth_keyed(&["arc_rules"], "id", n))
            .map_or(Pos::START, |l| l.pos);
        out.push((r.message.clone(), pos));
        out.push((r.explain.clone(), pos));
    }
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
    let directory = match def.region.as_deref() {
        Some(region) => load_directory(library, path, &file, region, &mut diags),
        None => None,
    };
    let compiled = scenario::compile_in(&def, &file, protocol.as_ref(), directory.as_ref());
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

/// The service directory of `region` (with the federal lines) for the scenario at `path`; its
/// problems are the scenario's.
fn load_directory(
    library: &Library,
    path: &Path,
    file: &RonFile,
    region: &str,
    diags: &mut Diagnostics,
) -> Option<Directory> {
    let region_file = library.directory_path(region);
    if !region_file.is_file() {
        let pos = file.field_pos("region").unwrap_or(Pos::START);
        let known: Vec<String> = library
            .regions()
            .into_iter()
            .filter(|r| r != directory::FEDERAL)
            .collect();
        diags.push(
            Diagnostic::error(
                path,
                pos,
                format!(
                    "no service directory for region \"{region}\" (looked for {})",
                    region_file.display()
                ),
            )
            .with_hint(crate::diag::unknown_hint(
                region,
                "region",
                known.iter().map(String::as_str),
            )),
        );
        return None;
    }
    let (directory, problems) = load_region(library, region);
    diags.extend(problems);
    directory
}

/// The service directory a call in `region` sees: the region's file, with the federal lines
/// when the content folder has them. Problems in either file refuse it.
pub fn load_region(library: &Library, region: &str) -> (Option<Directory>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut parts = Vec::new();
    for f in library.directory_files(region) {
        let (d, problems) = directory::load(&f, None);
        diags.extend(problems);
        parts.push(d);
    }
    let region_part = parts.pop().flatten();
    let federal = parts.pop();
    match (federal, region_part) {
        (Some(None), _) | (_, None) => (None, diags),
        (federal, Some(r)) => (Some(Directory::merge(federal.flatten(), r)), diags),
    }
}

/// Checks a service directory file (`scenarios/services/REGION.ron`) against the protocol it
/// names, and its Fluent text in every language.
pub fn check_directory(library: &Library, path: &Path) -> Diagnostics {
    let file = match RonFile::read(path) {
        Ok(f) => f,
        Err(d) => return Diagnostics(vec![d]),
    };
    let def: directory::DirectoryDef = match file.parse() {
        Ok(d) => d,
        Err(d) => return Diagnostics(vec![d]),
    };
    let mut diags = Diagnostics::default();
    let protocol_path = library.protocol_path(&def.protocol);
    let protocol = if protocol_path.is_file() {
        let (p, d) = protocol::load(&protocol_path);
        if p.is_none() {
            diags.extend(d);
        }
        p
    } else {
        let pos = file
            .map
            .nth_keyed(&[], "protocol", 0)
            .map_or(Pos::START, |l| l.pos);
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
            .with_hint(
                "name the protocol whose service kinds the entries provide, e.g. \"helpline\"",
            ),
        );
        None
    };
    let (compiled, d) = directory::compile(&def, &file, protocol.as_ref());
    diags.extend(d);
    if compiled.is_some() {
        let region_pos = file
            .map
            .nth_keyed(&[], "region", 0)
            .map_or(Pos::START, |l| l.pos);
        let mut needed = vec![(format!("region-{}", def.region), region_pos)];
        for (n, e) in def.entries.iter().enumerate() {
            let pos = file
                .map
                .nth_keyed(&["entries"], "id", n)
                .map_or(Pos::START, |l| l.pos);
            needed.push((format!("entry-{}", e.id), pos));
        }
        diags.extend(text::check_messages(
            path,
            &needed,
            |lang| library.directory_ftl(lang, &def.region),
            None,
        ));
    }
    diags
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
