//! Arcs in the app: calls from the same caller over weeks (see [`doverie_core::arc`]), offered
//! in the lobby beside the scenarios and played one call at a time, as the terminal's
//! `doverie play --arc NAME --continue DIR` plays them.
//!
//! Each trainee's calls of an arc are kept in one folder of the data folder
//! (`DATA/transcripts/TRAINEE/arc-ARC/01-SCENARIO.json`, ...), each transcript stamped into the
//! chain (the arc, its place, the carried values, the previous transcript's hash). Choosing an
//! arc verifies what is stored there ([`verify::assess_arc`]) and plays the call after the last;
//! after the call, the debrief shows where the arc stands and, once it is complete, the arc's
//! debrief ([`doverie_core::view::arc::ArcDebrief`], the one the terminal prints). A folder that
//! does not verify is shown with its reason and nothing in it is written.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use doverie_core::arc::score::ArcCard;
use doverie_core::content::{self, LoadedArc};
use doverie_core::diag::Severity;
use doverie_core::library::Library;
use doverie_core::live::LiveCall;
use doverie_core::locale::{Lang, Text};
use doverie_core::verify::{self, NextCall};
use doverie_core::view::arc::{ArcDebrief, days_later};
use doverie_files::CallJournal;

use crate::logic::{ActiveCall, LastCall, Mode, Settings};

/// An arc on offer, with its words in every language.
pub struct ArcEntry {
    /// The arc with its calls' scenarios.
    pub loaded: LoadedArc,
    /// Its words per language (title, summary, the program's), in [`Lang::ALL`] order.
    texts: Vec<Text>,
    /// Its calls' titles per language, in [`Lang::ALL`] order.
    titles: Vec<Vec<String>>,
}

fn lang_ix(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

impl ArcEntry {
    /// Its words in `lang`.
    pub fn text(&self, lang: Lang) -> &Text {
        &self.texts[lang_ix(lang)]
    }

    /// Its calls' titles in `lang`, in order.
    pub fn titles(&self, lang: Lang) -> &[String] {
        &self.titles[lang_ix(lang)]
    }

    /// Its title in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        let text = self.text(lang);
        if text.has("title") {
            text.get("title", None)
        } else {
            self.loaded.arc.id.clone()
        }
    }
}

/// Where a trainee is in an arc, by the calls stored in its folder.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// The folder of the arc's calls.
    pub dir: PathBuf,
    /// Calls played (finished and verified).
    pub played: usize,
    /// The next call, while the arc is not complete.
    pub next: Option<NextCall>,
    /// The arc's scorecard so far (none before the first call).
    pub card: Option<ArcCard>,
    /// Why the stored calls do not verify, per language in [`Lang::ALL`] order; nothing is
    /// played or written then.
    pub problem: Option<Vec<String>>,
}

impl Progress {
    /// Why the stored calls do not verify, in `lang`.
    pub fn problem(&self, lang: Lang) -> Option<&str> {
        self.problem
            .as_ref()
            .and_then(|p| p.get(lang_ix(lang)))
            .map(String::as_str)
    }
}

/// The arcs on offer and where the trainee is in each.
#[derive(Resource, Default)]
pub struct Arcs {
    /// The arcs that load, in file-name order.
    pub entries: Vec<ArcEntry>,
    /// Errors of the arcs that do not load, as file:line:col lines.
    pub problems: Vec<String>,
    /// Where the trainee of [`Arcs::trainee`] is in each arc, in the order of `entries`.
    pub progress: Vec<Progress>,
    /// Whose progress it is, and from which data folder.
    pub trainee: Option<(String, PathBuf)>,
}

impl Arcs {
    /// Loads every arc of the content folder; those that do not load become problems.
    pub fn load(library: &Library) -> Arcs {
        let mut arcs = Arcs::default();
        for path in library.arc_files() {
            match content::load_arc(library, &path.to_string_lossy()) {
                Ok((loaded, _warnings)) => {
                    let texts = Lang::ALL.iter().map(|&l| loaded.text(l)).collect();
                    let titles = Lang::ALL.iter().map(|&l| loaded.titles(l)).collect();
                    arcs.entries.push(ArcEntry {
                        loaded,
                        texts,
                        titles,
                    });
                }
                Err(diags) => arcs.problems.extend(
                    diags
                        .iter()
                        .filter(|d| d.severity == Severity::Error)
                        .map(ToString::to_string),
                ),
            }
        }
        arcs
    }

    /// Reads again where `trainee` is in each arc, from `data`.
    pub fn refresh(&mut self, data: &Path, trainee: &str) {
        self.progress = self
            .entries
            .iter()
            .map(|e| progress(&e.loaded, &arc_dir(data, trainee, &e.loaded.arc.id)))
            .collect();
        self.trainee = Some((trainee.to_string(), data.to_path_buf()));
    }
}

/// The folder of a trainee's calls of an arc: `DATA/transcripts/TRAINEE/arc-ARC`, beside their
/// single calls.
pub fn arc_dir(data: &Path, trainee: &str, arc: &str) -> PathBuf {
    doverie_files::transcript_path(data, trainee, "arc", 0, 0).with_file_name(format!("arc-{arc}"))
}

/// Where the calls stored in `dir` leave the arc: verified as a chain and scored so far.
pub fn progress(arc: &LoadedArc, dir: &Path) -> Progress {
    let files = verify::arc_transcripts(dir);
    let mut out = Progress {
        dir: dir.to_path_buf(),
        ..Progress::default()
    };
    if files.is_empty() {
        out.next = NextCall::after(arc, None);
        return out;
    }
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    match verify::assess_arc(&arc.library, &refs, false) {
        Ok(a) if a.loaded.arc.id == arc.arc.id => {
            out.played = a.calls.len();
            out.next = NextCall::after(arc, Some(&a));
            out.card = Some(a.card);
        }
        Ok(a) => {
            let e = verify::ArcAssessError::Chain(doverie_core::arc::chain::ChainError::OtherArc {
                position: 1,
                arc: a.loaded.arc.id,
                expected: arc.arc.id.clone(),
            });
            out.problem = Some(in_every_lang(&e));
        }
        Err(e) => out.problem = Some(in_every_lang(&e)),
    }
    out
}

fn in_every_lang(e: &verify::ArcAssessError) -> Vec<String> {
    Lang::ALL
        .iter()
        .map(|&l| e.message(&doverie_core::locale::ui_text(l)))
        .collect()
}

/// The arc whose call is being played, with the call's place in it (from 0), if the call is one.
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct ArcInPlay(pub Option<(String, usize)>);

/// What the debrief shows of the arc after one of its calls.
#[derive(Resource, Default, Debug, Clone)]
pub struct ArcAfterCall(pub Option<ArcShown>);

/// The arc in the debrief of one of its calls.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcShown {
    /// "The arc “The orphan”: call 2 of 3".
    pub call_line: String,
    /// When the arc goes on: "Next: three weeks later. Choose the arc in the lobby...".
    pub next_line: Option<String>,
    /// The arc's debrief, once it is complete.
    pub debrief: Option<ArcDebrief>,
    /// Why the call could not be added to the arc (its chain does not verify).
    pub problem: Option<String>,
}

/// The next call of the arc at `index`, ringing: its journal opened in the arc's folder before
/// the phone rings. `Err` says in the reader's words why not (a chain that does not verify, an
/// arc already complete, a folder that cannot be written); nothing is written then.
pub fn start_call(
    settings: &Settings,
    arcs: &Arcs,
    index: usize,
    words: &Text,
) -> Option<Result<(ActiveCall, ArcInPlay), String>> {
    let entry = arcs.entries.get(index)?;
    let dir = arc_dir(
        &settings.data_dir,
        settings.trainee.trim(),
        &entry.loaded.arc.id,
    );
    // Read again now: the folder may have changed since the lobby was drawn.
    let now = progress(&entry.loaded, &dir);
    if let Some(problem) = now.problem(settings.lang) {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("dir", dir.display().to_string());
        a.set("reason", problem.to_string());
        return Some(Err(words.get("gui-arc-broken", Some(&a))));
    }
    let Some(next) = now.next else {
        return Some(Err(words.get1(
            "gui-arc-is-complete",
            "dir",
            dir.display().to_string(),
        )));
    };
    let seed = settings.seed.unwrap_or_else(doverie_files::fresh_seed);
    let mode = doverie_core::transcript::Mode {
        exam: settings.mode == Mode::Exam,
        hints: settings.mode == Mode::Practice,
        say_first: settings.say_first,
        voice: settings.voice,
    };
    // The first call's trainee plays the arc on (the folder is the trainee's).
    let (session, opening) = match next.start(
        &entry.loaded,
        seed,
        settings.lang,
        settings.trainee.trim(),
        doverie_files::now_secs(),
        mode,
    ) {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    let loaded = &entry.loaded.calls[next.call];
    let live = LiveCall::new(
        session,
        &opening,
        loaded.text(settings.lang),
        settings.say_first,
    )
    .with_pacing(settings.pacing);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return Some(Err(format!("{}: {e}", dir.display())));
    }
    let file = dir.join(next.file_name(&entry.loaded));
    if file.exists() {
        // Never overwritten: a file of that name that is not a verified call of the arc.
        return Some(Err(format!(
            "{}: {}",
            file.display(),
            std::io::Error::from(std::io::ErrorKind::AlreadyExists)
        )));
    }
    let journal = match CallJournal::open(&file, &live.session.transcript) {
        Ok(j) => j,
        Err(e) => return Some(Err(e.to_string())),
    };
    Some(Ok((
        ActiveCall {
            live: Some(live),
            file: Some(file),
            journal: Some(journal),
            save_error: None,
            server: None,
        },
        ArcInPlay(Some((entry.loaded.arc.id.clone(), next.call))),
    )))
}

/// After a call of an arc: the arc read again from its folder (the call just written
/// included) for the debrief; the progress in the lobby follows.
pub fn after_call(
    mut in_play: ResMut<ArcInPlay>,
    mut shown: ResMut<ArcAfterCall>,
    mut arcs: ResMut<Arcs>,
    last: Res<LastCall>,
    settings: Res<Settings>,
) {
    shown.0 = None;
    // A call started from the lobby is known; a resumed one (interrupted, then resumed from
    // the lobby's list) is a call of an arc by its transcript's stamp, in the folder it is in.
    let saved = last
        .transcript
        .as_deref()
        .and_then(|p| doverie_core::transcript::Transcript::read(p).ok())
        .and_then(|t| t.arc)
        .map(|a| (a.id, a.call as usize));
    let Some((id, call)) = in_play.0.take().or(saved) else {
        return;
    };
    let Some(index) = arcs.entries.iter().position(|e| e.loaded.arc.id == id) else {
        return;
    };
    let lang = last.lang;
    let words = doverie_core::locale::ui_text(lang);
    let entry = &arcs.entries[index];
    let dir = last
        .transcript
        .as_deref()
        .and_then(Path::parent)
        .map_or_else(
            || arc_dir(&settings.data_dir, settings.trainee.trim(), &id),
            Path::to_path_buf,
        );
    let now = progress(&entry.loaded, &dir);
    let calls = entry.loaded.arc.calls.len();
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("arc", entry.title(lang));
    a.set("call", call as u32 + 1);
    a.set("calls", calls as u32);
    let call_line = words.get("gui-arc-this-call", Some(&a));
    let next_line = now
        .next
        .as_ref()
        .filter(|_| now.problem.is_none())
        .map(|n| {
            words.get1(
                "gui-arc-goes-on",
                "after",
                days_later(&words, n.days).to_lowercase(),
            )
        });
    let debrief = now
        .card
        .as_ref()
        .filter(|c| c.complete && now.problem.is_none())
        .map(|c| entry.loaded.debrief(lang, c));
    let problem = now.problem(lang).map(|p| {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("reason", p.to_string());
        words.get("gui-arc-not-stored", Some(&a))
    });
    shown.0 = Some(ArcShown {
        call_line,
        next_line,
        debrief,
        problem,
    });
    let (trainee, data) = (
        settings.trainee.trim().to_string(),
        settings.data_dir.clone(),
    );
    arcs.refresh(&data, &trainee);
}

/// Reads where the trainee is in each arc when the lobby is shown, and when the trainee or the
/// data folder changes.
pub fn refresh(mut arcs: ResMut<Arcs>, settings: Res<Settings>) {
    let who = (
        settings.trainee.trim().to_string(),
        settings.data_dir.clone(),
    );
    if arcs.trainee.as_ref() != Some(&who) || arcs.progress.len() != arcs.entries.len() {
        arcs.refresh(&who.1, &who.0);
    }
}

/// Reads it again even for the same trainee (the lobby is shown again: a call may have been
/// added).
pub fn refresh_always(mut arcs: ResMut<Arcs>, settings: Res<Settings>) {
    arcs.refresh(&settings.data_dir, settings.trainee.trim());
}

/// The arcs' resources: the arcs of `library`, and what the debrief shows of them.
pub struct ArcsPlugin {
    /// The content folder.
    pub library: Library,
}

impl Plugin for ArcsPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Arcs::load(&self.library))
            .init_resource::<ArcInPlay>()
            .init_resource::<ArcAfterCall>();
    }
}
