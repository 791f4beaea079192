//! `doverie recover`: calls interrupted by a crash, a kill or a power cut (journals left behind,
//! see `doverie_files::journal`), listed, resumed or closed as abandoned. Either way the record is
//! kept: resuming goes on in the same journal, closing writes the transcript (marked abandoned).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use doverie_core::journal::Journaled;
use doverie_core::library::Library;
use doverie_core::session::Session;
use doverie_files::CallJournal;
use doverie_files::journal::{interrupted, out_path, read_journal};

use super::load;
use super::play::{Resumable, parse_script, play_on};

#[derive(Debug, clap::Args)]
pub struct RecoverArgs {
    /// Where to look for interrupted calls (default: the data folder's transcripts).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Resume this interrupted call (its `.journal` file), replaying its journal.
    #[arg(long, conflicts_with = "abandon")]
    pub resume: Option<PathBuf>,
    /// Close this interrupted call as abandoned: its transcript is written and marked so.
    #[arg(long)]
    pub abandon: Option<PathBuf>,
    /// When resuming: play on non-interactively (as `play --choose`).
    #[arg(long, requires = "resume")]
    pub choose: Option<String>,
    /// Also store the call (resumed, or closed as abandoned) in the assessor's database, as
    /// `play --db` does.
    #[arg(long)]
    pub db: Option<String>,
}

pub(super) fn run(library: &Library, args: RecoverArgs) -> ExitCode {
    if args.resume.is_some() || args.abandon.is_some() {
        let store = match &args.db {
            None => None,
            Some(url) => match super::store::Store::open(library, url) {
                Ok(store) => Some(store),
                Err(e) => {
                    eprintln!("doverie: {e}");
                    return ExitCode::from(2);
                }
            },
        };
        if let Some(path) = &args.resume {
            return resume(library, path, args.choose.as_deref(), store.as_ref());
        }
        if let Some(path) = &args.abandon {
            return abandon(library, path, store.as_ref());
        }
    }
    let dir = args.data.unwrap_or_else(doverie_files::data_dir);
    list(&dir)
}

fn list(dir: &Path) -> ExitCode {
    let found = interrupted(dir);
    if found.is_empty() {
        outln!("No interrupted call in {}.", dir.display());
        return ExitCode::SUCCESS;
    }
    outln!("Interrupted calls in {}:", dir.display());
    for path in &found {
        if doverie_files::journal::in_progress(path) {
            outln!(
                "  {}
    in progress (being played now)",
                path.display()
            );
            continue;
        }
        match read_journal(path) {
            Ok(j) => {
                let t = &j.transcript;
                outln!(
                    "  {}\n    {} · seed {} · trainee {} · {} input(s){}",
                    path.display(),
                    t.scenario.id,
                    t.seed,
                    t.trainee.escape_debug(),
                    t.inputs.len(),
                    if j.torn_tail {
                        " (the input in flight was lost)"
                    } else {
                        ""
                    }
                );
            }
            Err(e) => outln!("  {}\n    does not verify: {e}", path.display()),
        }
    }
    outln!(
        "Resume one with `doverie recover --resume FILE`, or close it with `doverie recover --abandon FILE`."
    );
    ExitCode::SUCCESS
}

/// Reads an interrupted call's journal and replays it against its scenario.
fn replayed(
    library: &Library,
    path: &Path,
) -> Result<(Journaled, doverie_core::content::Loaded), ExitCode> {
    let mut journaled = read_journal(path).map_err(|e| {
        eprintln!("doverie: {}: {e}", path.display());
        ExitCode::FAILURE
    })?;
    // The id was checked (kebab-case) when the journal was read, before it names a file.
    let lang = journaled
        .transcript
        .locale
        .parse()
        .unwrap_or_else(|_| super::default_lang());
    let loaded = load(library, &journaled.transcript.scenario.id, lang)?;
    if let Err(e) = journaled
        .complete(&loaded.scenario, &loaded.protocol)
        .map_err(|e| e.to_string())
        .and_then(|()| {
            loaded
                .check_texts(&journaled.transcript)
                .and_then(|()| doverie_audio::check_sound(&loaded, &journaled.transcript))
                .map_err(|e| e.to_string())
        })
    {
        eprintln!("doverie: {}: {e}", path.display());
        return Err(ExitCode::FAILURE);
    }
    Ok((journaled, loaded))
}

fn resume(
    library: &Library,
    path: &Path,
    choose: Option<&str>,
    store: Option<&super::store::Store>,
) -> ExitCode {
    let script = match parse_script(choose) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let Some(out) = out_path(path) else {
        eprintln!("doverie: {}: not a .journal file", path.display());
        return ExitCode::FAILURE;
    };
    let (journaled, loaded) = match replayed(library, path) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let transcript = journaled.transcript.clone();
    let (seed, lang) = (
        transcript.seed,
        transcript
            .locale
            .parse()
            .unwrap_or_else(|_| super::default_lang()),
    );
    let voice = transcript.mode.is_some_and(|m| m.voice);
    let (session, opening) = match Session::resume(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        transcript,
    ) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("doverie: cannot resume {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let journal = match CallJournal::reopen(path, &journaled) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("doverie: {e}");
            return ExitCode::FAILURE;
        }
    };
    let call = Resumable {
        loaded,
        session,
        opening,
        seed,
        lang,
    };
    play_on(call, script, Some(out), Some(journal), voice, store)
}

fn abandon(library: &Library, path: &Path, store: Option<&super::store::Store>) -> ExitCode {
    let Some(out) = out_path(path) else {
        eprintln!("doverie: {}: not a .journal file", path.display());
        return ExitCode::FAILURE;
    };
    let _held = match doverie_files::journal::hold(path) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("doverie: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (journaled, _) = match replayed(library, path) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut transcript = journaled.transcript;
    transcript.abandoned = true;
    if let Err(e) = doverie_files::write_transcript(&transcript, &out) {
        eprintln!("doverie: {e} (the journal is kept)");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::remove_file(path) {
        eprintln!("doverie: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    outln!(
        "Closed as abandoned after {} input(s); the record is kept in {}.",
        transcript.inputs.len(),
        out.display()
    );
    match store {
        Some(store) => {
            let lang = transcript
                .locale
                .parse()
                .unwrap_or_else(|_| super::default_lang());
            let (line, stored) = store.store(&out, lang);
            outln!("{line}");
            if stored {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        None => ExitCode::SUCCESS,
    }
}
