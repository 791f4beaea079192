//! What the fuzz targets (`crates/fuzz`, cargo-fuzz on nightly) do with their input, one
//! function a target, shared with the stable regression test (`tests/hostile.rs`) that puts every
//! finding kept in `tests/fixtures/fuzz/TARGET/` through the same function. Each function
//! panics only where the program is wrong: on input it must refuse, it refuses.
//!
//! - [`scenario`], [`protocol`]: the loaders, as `check` and play parse and compile a file;
//! - [`fluent`]: the Fluent checks and the call's text built from a file;
//! - [`transcript`], [`journal`]: the readers, then the replay against the shipped scenario named;
//! - [`engine`]: a call of a shipped scenario driven by arbitrary input, whose record must replay.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use doverie_core::content::text::check_messages;
use doverie_core::content::{self, Loaded};
use doverie_core::diag::Pos;
use doverie_core::engine::{Call, Input};
use doverie_core::journal::{Entry, GENESIS, JournalError, Journaled, encode};
use doverie_core::library::Library;
use doverie_core::live::{LiveCall, Pacing};
use doverie_core::locale::{Lang, Source, Text, caller_args};
use doverie_core::protocol::{self, ProtocolDef};
use doverie_core::ron_file::RonFile;
use doverie_core::scenario::{self, ScenarioDef};
use doverie_core::session::Session;
use doverie_core::transcript::{FileStamp, Mode, Transcript};

/// The repository's root (the shipped content folder).
pub fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Every shipped scenario, loaded and checked, in file-name order.
pub fn shipped() -> &'static [Loaded] {
    static SHIPPED: OnceLock<Vec<Loaded>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let library = Library::new(root());
        let all: Vec<Loaded> = library
            .scenario_files()
            .iter()
            .filter_map(|p| content::load(&library, &p.to_string_lossy()).ok())
            .map(|(l, _)| l)
            .collect();
        assert!(!all.is_empty(), "no shipped scenario loads");
        all
    })
}

/// A little-endian reader over the fuzzer's bytes; reads past the end give zeros.
pub struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Bytes<'a> {
    /// Reads `data` from its start.
    pub fn new(data: &'a [u8]) -> Bytes<'a> {
        Bytes { data, at: 0 }
    }

    /// Whether every byte was read.
    pub fn is_empty(&self) -> bool {
        self.at >= self.data.len()
    }

    /// The next byte.
    pub fn u8(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    /// The next four bytes.
    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()])
    }

    /// The next eight bytes.
    pub fn u64(&mut self) -> u64 {
        u64::from(self.u32()) | (u64::from(self.u32()) << 32)
    }

    /// Up to `max` bytes as (lossy) text.
    pub fn text(&mut self, max: usize) -> String {
        let n = usize::from(self.u8()) % (max + 1);
        let end = (self.at + n).min(self.data.len());
        let start = self.at.min(end);
        self.at += n;
        String::from_utf8_lossy(&self.data[start..end]).into_owned()
    }
}

/// Plays a call of a shipped scenario driven by `data` through the live call (as the front ends
/// do: ticks of time, choices by position, dispatches, hang-ups, typed words, script tokens),
/// then checks that its transcript and its journal replay to the same call and that it scores.
pub fn engine(data: &[u8]) {
    let all = shipped();
    let mut b = Bytes::new(data);
    let ix = usize::from(b.u8()) % all.len();
    let loaded = &all[ix];
    let seed = b.u64();
    let lang = if b.u8() & 1 == 0 { Lang::Ru } else { Lang::En };
    let flags = b.u8();
    let say_first = flags & 1 == 1;
    // The call's words are built (Fluent parsing, most of a run's time) in one run of four;
    // otherwise every message shows as its id, which the engine does not look at.
    let text = if flags & 6 == 0 {
        text(ix, lang)
    } else {
        Text::new(lang, &[], &[])
    };
    let (session, opening) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        lang,
        "fuzz",
    );
    let mut live = LiveCall::new(session, &opening, text, say_first).with_pacing(Pacing::default());
    live.session.transcript.bind(
        1_700_000_000,
        Mode {
            say_first,
            ..Mode::default()
        },
        shown(ix, lang).stamps.clone(),
    );
    let mut steps = 0;
    while !b.is_empty() && steps < 400 {
        steps += 1;
        match b.u8() % 10 {
            0 => live.answer(),
            1 => live.tick(f32::from(b.u8()) / 4.0),
            2 => live.tick(f32::from_bits(b.u32())),
            3 => {
                live.choose(usize::from(b.u8() % 8));
            }
            4 => {
                live.dispatch(u16::from(b.u8() % 16));
            }
            5 => {
                if b.u8().is_multiple_of(8) {
                    live.hang_up();
                }
            }
            6 => {
                let words = b.text(24);
                live.type_text(&words);
            }
            7 => {
                live.backspace();
                live.submit_draft();
            }
            8 => {
                // A script token typed into the terminal, straight into the session.
                let token = b.text(40);
                if let Ok(input) = Input::parse_token(&token) {
                    let _ = live.session.apply(input, None);
                }
            }
            _ => {
                let _ = live.options();
                let _ = live.take_cues();
                let _ = live.view();
            }
        }
    }
    let session = &live.session;
    let _ = session.scorecard();
    // What was recorded replays to the same call, through JSON and through a journal.
    let json = session.transcript.to_json();
    let read = Transcript::from_json(&json).expect("a recorded transcript reads back");
    assert_eq!(read, session.transcript);
    let (call, events) = read
        .replay(&loaded.scenario, &loaded.protocol)
        .expect("a recorded transcript replays");
    assert_eq!(call.state, session.call.state);
    assert_eq!(events, session.events);
    let journal = journal_of(loaded, &session.transcript, usize::from(b.u8()) % 4);
    let mut j = Journaled::parse(journal.as_bytes()).expect("a journal written reads back");
    j.complete(&loaded.scenario, &loaded.protocol)
        .expect("a journal written replays");
    assert_eq!(j.transcript.inputs, session.transcript.inputs);
    assert_eq!(j.transcript.events, session.transcript.events);
}

/// What a call of each shipped scenario in each language shows, read once: the Fluent sources
/// of its language and of English, and the transcript's stamps of them.
struct Shown {
    sources: Vec<Source>,
    fallback: Vec<Source>,
    stamps: Vec<FileStamp>,
}

fn shown(ix: usize, lang: Lang) -> &'static Shown {
    static SHOWN: OnceLock<Vec<[Shown; 2]>> = OnceLock::new();
    let all = SHOWN.get_or_init(|| {
        let sources = |l: &Loaded, lang: Lang| {
            // The call's own text; the program's words (a large file parsed for every run) are
            // left out: a message not found shows as its id.
            Library::read_sources(&l.library.call_ftl(
                lang,
                &l.scenario.id,
                &l.scenario.protocol_id,
            ))
        };
        shipped()
            .iter()
            .map(|l| {
                [Lang::Ru, Lang::En].map(|lang| Shown {
                    sources: sources(l, lang),
                    fallback: sources(l, Lang::FALLBACK),
                    stamps: l.text_stamps(lang),
                })
            })
            .collect()
    });
    &all[ix][usize::from(lang == Lang::En)]
}

/// The text of a call, as [`Loaded::text`] builds it (from sources read once, without the
/// program's own words).
fn text(ix: usize, lang: Lang) -> Text {
    let shown = shown(ix, lang);
    Text::new(lang, &shown.sources, &shown.fallback)
}

/// A journal of `t` (a call of `loaded`) as a writer keeps it: the call as it began (its first
/// `begun` inputs at most, as a resumed call begins its journal) and one entry per later input.
pub fn journal_of(loaded: &Loaded, t: &Transcript, begun: usize) -> String {
    let begun = begun.min(t.inputs.len());
    let (mut first, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        t.seed,
        t.locale.parse().unwrap_or_default(),
        &t.trainee,
    );
    first.transcript.bind(
        t.started.unwrap_or_default(),
        t.mode.unwrap_or_default(),
        t.texts.clone(),
    );
    for input in &t.inputs[..begun] {
        first
            .apply(input.input.clone(), input.said.clone())
            .expect("a recorded input applies again");
    }
    let mut text = String::new();
    let (line, mut prev) = encode(
        1,
        GENESIS,
        &Entry::Begin {
            transcript: Box::new(first.transcript),
        },
    );
    text.push_str(&line);
    for (n, input) in t.inputs[begun..].iter().enumerate() {
        let (line, hash) = encode(
            n as u64 + 2,
            &prev,
            &Entry::Input {
                input: input.clone(),
            },
        );
        text.push_str(&line);
        prev = hash;
    }
    text
}

/// The transcript reader: arbitrary bytes as a transcript file. Whatever reads is checked
/// against the shipped scenario it names (its text, its replay) and scored; nothing panics.
pub fn transcript(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(t) = Transcript::from_json(text) else {
        return;
    };
    let _ = t.to_json();
    let _ = t.is_finished();
    if let Some(loaded) = shipped().iter().find(|l| l.scenario.id == t.scenario.id) {
        let _ = loaded.check_texts(&t);
        if let Ok((call, events)) = t.replay(&loaded.scenario, &loaded.protocol) {
            let _ = doverie_core::score::score(
                &loaded.scenario,
                &loaded.protocol,
                &events,
                &call.state.vars,
            );
        }
    }
}

/// The journal reader: arbitrary bytes as a call journal. A journal that reads is completed
/// against the shipped scenario it names; a completed one must replay.
pub fn journal(data: &[u8]) {
    let Ok(mut j) = Journaled::parse(data) else {
        return;
    };
    assert!(j.valid_bytes as usize <= data.len());
    let Some(loaded) = shipped()
        .iter()
        .find(|l| l.scenario.id == j.transcript.scenario.id)
    else {
        return;
    };
    let entries = j.entries;
    match j.complete(&loaded.scenario, &loaded.protocol) {
        Ok(()) => {
            j.transcript
                .replay(&loaded.scenario, &loaded.protocol)
                .expect("a completed journal replays");
        }
        Err(JournalError::Entry { entry, .. }) => {
            assert!((1..=entries).contains(&entry), "entry {entry} of {entries}");
        }
        Err(_) => {}
    }
}

/// The protocol loader: arbitrary bytes as a protocol file, through the same parse and
/// compilation as `check` and play; a protocol that compiles is used to score a call.
pub fn protocol(data: &[u8]) {
    let Ok(file) = RonFile::from_bytes(Path::new("fuzz.ron"), data.to_vec()) else {
        return;
    };
    let def: ProtocolDef = match file.parse() {
        Ok(def) => def,
        Err(d) => {
            let _ = d.to_string();
            return;
        }
    };
    let (protocol, diags) = protocol::compile(&def, &file);
    let _ = diags.to_string();
    if let Some(p) = protocol {
        let _ = p.messages();
        // A shipped scenario compiled against it, as `check` does for a changed protocol.
        let shipped = &shipped()[0];
        if let Ok(scenario_file) = RonFile::read(&shipped.path)
            && let Ok(scenario_def) = scenario_file.parse()
        {
            let compiled = doverie_core::scenario::compile(&scenario_def, &scenario_file, Some(&p));
            if let Some(s) = compiled.scenario {
                let (call, events) = doverie_core::engine::Call::start(&s, 1);
                let _ = doverie_core::score::score(&s, &p, &events, &call.state.vars);
            }
        }
    }
}

/// The scenario loader: arbitrary bytes as a scenario file, parsed and compiled against the
/// shipped protocol as `check` and play do; a scenario that compiles is walked and played.
pub fn scenario(data: &[u8]) {
    let Ok(file) = RonFile::from_bytes(Path::new("fuzz.ron"), data.to_vec()) else {
        return;
    };
    let def: ScenarioDef = match file.parse() {
        Ok(def) => def,
        Err(d) => {
            let _ = d.to_string();
            return;
        }
    };
    let protocol = &shipped()[0].protocol;
    let compiled = scenario::compile(&def, &file, Some(protocol));
    let _ = compiled.diagnostics.to_string();
    let Some(s) = compiled.scenario else {
        return;
    };
    let _ = scenario::graph::reachable(&s);
    let _ = scenario::graph::facts_read(&s);
    // Played: the first option offered each turn, silences and dispatches between.
    let (mut call, mut events) = Call::start(&s, u64::from(data.len() as u32));
    for step in 0..200u32 {
        if call.is_over() {
            break;
        }
        let input = match step % 4 {
            0 => Input::Wait { seconds: 1 + step },
            1 => match protocol.services.items.get(step as usize % 8) {
                Some(service) => Input::Dispatch {
                    service: service.id.clone(),
                },
                None => Input::HangUp,
            },
            _ => match call.options(&s).next() {
                Some((_, choice)) => Input::Choose {
                    option: choice.id.clone(),
                },
                None => Input::Wait { seconds: 60 },
            },
        };
        match call.apply(&s, &input) {
            Ok(more) => events.extend(more),
            Err(_) => {
                let _ = call
                    .apply(&s, &Input::HangUp)
                    .map(|more| events.extend(more));
            }
        }
    }
    let _ = doverie_core::score::score(&s, protocol, &events, &call.state.vars);
}

/// The messages the first shipped scenario needs, as `check` finds them.
fn needed() -> &'static [(String, Pos)] {
    static NEEDED: OnceLock<Vec<(String, Pos)>> = OnceLock::new();
    NEEDED.get_or_init(|| {
        let loaded = &shipped()[0];
        let file = RonFile::read(&loaded.path).expect("a shipped scenario reads");
        let def = file.parse().expect("a shipped scenario parses");
        doverie_core::scenario::compile(&def, &file, Some(&loaded.protocol)).messages
    })
}

/// This process's own file for the input (the check reads a file).
fn scratch() -> &'static Path {
    static SCRATCH: OnceLock<PathBuf> = OnceLock::new();
    SCRATCH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("doverie-fuzz-fluent-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir.join("scenario.ftl")
    })
}

/// The Fluent checks: arbitrary bytes as a scenario's Fluent file in every language, checked as
/// `check` checks it (syntax, missing and unused messages, formatting with the caller's
/// arguments), then built into the call's text and every message of a shipped scenario shown.
pub fn fluent(data: &[u8]) {
    let path = scratch();
    std::fs::write(path, data).expect("the scratch file is written");
    let diags = check_messages(
        Path::new("fuzz.ron"),
        needed(),
        |_| path.to_path_buf(),
        Some(&["name", "age", "gender"]),
    );
    let _ = diags.to_string();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = &shipped()[0];
    let source = Source {
        name: "fuzz.ftl".into(),
        text: text.to_string(),
    };
    let sources = std::slice::from_ref(&source);
    let words = Text::new(Lang::Ru, sources, sources);
    let args = caller_args(&loaded.scenario, &words);
    for (id, _) in needed().iter().take(64) {
        let _ = words.get(id, Some(&args));
    }
}
