//! `doverie play`: a call in the terminal, interactive, piped or scripted.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::{Mode, Transcript};
use doverie_files::CallJournal;

use super::load;
use crate::term::{self, PlayEnd, PlayOptions};

#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// A scenario name (e.g. orphanage-night-call) or a path to its .ron file.
    /// Without one (and without --resume), the scenarios are listed to choose from.
    pub scenario: Option<String>,
    /// Language of the call and its debrief.
    #[arg(long, default_value_t = super::default_lang(), value_parser = super::lang_values())]
    pub lang: Lang,
    /// Seed of the call's random choices (default: a fresh one, shown at the start).
    #[arg(long)]
    pub seed: Option<u64>,
    /// The trainee's id, recorded in the transcript.
    #[arg(long, default_value = "anonymous")]
    pub trainee: String,
    /// Write the transcript (JSON) here when the call ends; until then every input is journaled
    /// (synced) in OUT.journal. The folder must exist; an existing file is replaced only if it is
    /// a transcript of this same call.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Play non-interactively: comma-separated option ids, wait:SECONDS, dispatch:SERVICE, hangup.
    #[arg(long)]
    pub choose: Option<String>,
    /// Voice practice: record each spoken answer from the microphone into a WAV file beside the
    /// transcript (the transcript refers to it by turn).
    #[arg(long)]
    pub voice: bool,
    /// Exam mode: the transcript records the call as an exam attempt (the terminal shows no hints
    /// in either mode). A file on the trainee's machine proves only that it replays, so the
    /// assessor counts it as practice: exams that count are taken with --server.
    #[arg(long)]
    pub exam: bool,
    /// Continue an unfinished call from its transcript (the scenario is found by its id unless
    /// given).
    #[arg(long, conflicts_with_all = ["seed", "trainee"])]
    pub resume: Option<PathBuf>,
    /// Take an exam call through the assessor's server (`https://...` or `http://...`): the
    /// server draws the seed and records every input as it is given; exam mode (no hints, no
    /// meters). Needs --login and --password-file; the scenario (optional) and --exam choose the
    /// call, else the first one left in an open exam (an interrupted one is resumed).
    #[arg(long, value_name = "URL", conflicts_with_all = ["seed", "resume", "out", "voice", "db", "exam", "trainee"], requires_all = ["login", "password_file"])]
    pub server: Option<String>,
    /// The account to log in to the server with.
    #[arg(long, requires = "server")]
    pub login: Option<String>,
    /// A file whose first line is the account's password (not typed where others may see it).
    #[arg(long, value_name = "FILE", requires = "server")]
    pub password_file: Option<PathBuf>,
    /// With --server: the exam (its number) to take a call of.
    #[arg(long = "exam-id", value_name = "N", requires = "server")]
    pub exam_id: Option<i64>,
    /// Also store the call (finished or left) in the assessor's database: `sqlite:PATH` or
    /// `postgres://...` (verified by replay, as `doverie assess import` does; a call already
    /// stored is reported as a duplicate).
    #[arg(long)]
    pub db: Option<String>,
    /// Play an arc (`scenarios/arcs/NAME.ron`): its calls in order, each its own transcript in
    /// --out-dir, then the arc's debrief.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["resume", "out", "choose", "voice", "db"])]
    pub arc: Option<String>,
    /// With --arc: the folder for the arc's transcripts (default: a new one in the data folder).
    #[arg(long, value_name = "DIR", requires = "arc")]
    pub out_dir: Option<PathBuf>,
    /// Continue an arc: play the next call after the last transcript in DIR (the arc is found
    /// from its transcripts).
    #[arg(long = "continue", value_name = "DIR", conflicts_with_all = ["resume", "out", "choose", "voice", "db", "out_dir"])]
    pub continue_dir: Option<PathBuf>,
    /// With --arc or --continue: one call's inputs (as --choose takes them), once per call, in
    /// order; play stops after the last script given.
    #[arg(long, value_name = "TOKENS")]
    pub script: Vec<String>,
    /// With --arc or --continue: the calls' seeds, comma-separated, in order (default: --seed
    /// plus the call's place, or fresh ones).
    #[arg(long, value_delimiter = ',')]
    pub seeds: Vec<u64>,
}

pub(super) fn run(library: &Library, args: PlayArgs) -> ExitCode {
    if args.arc.is_some() || args.continue_dir.is_some() {
        return super::arc::play(library, &args, args.arc.as_deref());
    }
    if !args.script.is_empty() || !args.seeds.is_empty() {
        eprintln!(
            "doverie: --script and --seeds are for arcs (with --arc or --continue); a single call takes --choose and --seed"
        );
        return ExitCode::from(2);
    }
    let script = match parse_script(args.choose.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let (Some(server), Some(login), Some(password_file)) =
        (&args.server, &args.login, &args.password_file)
    {
        return super::exam_client::run(
            library,
            super::exam_client::ServerArgs {
                server,
                login,
                password_file,
                exam: args.exam_id,
                scenario: args.scenario.as_deref(),
                lang: args.lang,
                script,
            },
        );
    }
    let (loaded, session, opening, seed, lang) = if let Some(path) = &args.resume {
        let transcript = match Transcript::read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("doverie: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let name = args
            .scenario
            .clone()
            .unwrap_or_else(|| transcript.scenario.id.clone());
        let Ok(loaded) = load(library, &name, args.lang) else {
            return ExitCode::FAILURE;
        };

        if transcript.abandoned {
            eprintln!(
                "doverie: cannot resume {}: the call was closed as abandoned",
                path.display()
            );
            return ExitCode::FAILURE;
        }
        if let Err(e) = loaded
            .check_texts(&transcript)
            .and_then(|()| doverie_audio::check_sound(&loaded, &transcript))
        {
            eprintln!("doverie: cannot resume {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        let lang = transcript.locale.parse().unwrap_or(args.lang);
        let seed = transcript.seed;
        match Session::resume(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            transcript,
        ) {
            Ok((session, events)) => (loaded, session, events, seed, lang),
            Err(e) => {
                eprintln!("doverie: cannot resume {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    } else {
        let Some(name) = args.scenario.clone() else {
            return super::gui::terminal_lobby(
                library,
                &super::GuiArgs {
                    lang: args.lang,
                    trainee: args.trainee.clone(),
                    seed: args.seed,
                    voice: args.voice,
                    db: args.db.clone(),
                    ..super::GuiArgs::default()
                },
            );
        };
        let Ok(loaded) = load(library, &name, args.lang) else {
            return ExitCode::FAILURE;
        };
        let seed = args.seed.unwrap_or_else(doverie_files::fresh_seed);
        if args.trainee.chars().any(char::is_control) || args.trainee.len() > 200 {
            eprintln!("doverie: the trainee id holds control characters or is too long");
            return ExitCode::from(2);
        }
        let (mut session, events) = Session::start(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            seed,
            args.lang,
            &args.trainee,
        );
        let mode = Mode {
            voice: args.voice,
            exam: args.exam,
            ..Mode::default()
        };
        session.transcript.bind(
            doverie_files::now_secs(),
            mode,
            loaded.text_stamps(args.lang),
        );
        (loaded, session, events, seed, args.lang)
    };
    // Every call is kept: without --out, in the trainee's data folder, as the app does.
    let mut out = args.out.clone().or_else(|| args.resume.clone());
    if out.is_none() {
        // A file of its own: never a call of the same second, finished or interrupted.
        let now = doverie_files::now_secs();
        let path = (now..now + 1000)
            .map(|stamp| {
                doverie_files::transcript_path(
                    &doverie_files::data_dir(),
                    &session.transcript.trainee,
                    &loaded.scenario.id,
                    seed,
                    stamp,
                )
            })
            .find(|p| !p.exists() && !doverie_files::journal::journal_path(p).exists())
            .unwrap_or_else(|| {
                doverie_files::new_transcript_path(
                    &doverie_files::data_dir(),
                    &session.transcript.trainee,
                    &loaded.scenario.id,
                    seed,
                )
            });
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        out = Some(path);
    }
    // The database is opened, the output checked and the journal opened before the phone rings.
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
    let journal = match &out {
        None => None,
        Some(path) => match CallJournal::open(path, &session.transcript) {
            Ok(j) => Some(j),
            Err(e) => {
                eprintln!("doverie: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let call = Resumable {
        loaded,
        session,
        opening,
        seed,
        lang,
    };
    play_on(call, script, out, journal, args.voice, store.as_ref())
}

/// A call ready to be played on: new, resumed from a transcript or recovered from a journal.
pub(super) struct Resumable {
    pub loaded: doverie_core::content::Loaded,
    pub session: Session,
    /// The events to show first.
    pub opening: Vec<doverie_core::engine::Stamped>,
    pub seed: u64,
    pub lang: Lang,
}

/// Parses `--choose`; a bad script is exit status 2.
pub(super) fn parse_script(choose: Option<&str>) -> Result<Option<Vec<Input>>, ExitCode> {
    match choose {
        None => Ok(None),
        Some(tokens) => {
            match Input::parse_script(tokens).map_err(|(i, e)| format!("input {i}: {e}")) {
                Ok(s) => Ok(Some(s)),
                Err(e) => {
                    eprintln!("doverie: {e}");
                    Err(ExitCode::from(2))
                }
            }
        }
    }
}

/// Plays a call on in the terminal, journaled into `journal` and saved at `out`, and stored in
/// `store` too if there is one (a call that could not be stored there is exit status 1; its file
/// is kept).
pub(super) fn play_on(
    call: Resumable,
    script: Option<Vec<Input>>,
    out: Option<PathBuf>,
    mut journal: Option<CallJournal>,
    voice: bool,
    store: Option<&super::store::Store>,
) -> ExitCode {
    let saved = out.clone().filter(|_| journal.is_some());
    let Resumable {
        loaded,
        mut session,
        opening,
        seed,
        lang,
    } = call;
    // Sound in interactive play and voice practice; piped and scripted play are for bots.
    let sound = if script.is_none() && (std::io::stdin().is_terminal() || voice) {
        let audio = doverie_audio::Audio::start(doverie_audio::TonePlan::builtin(), voice);
        // Sound problems in the trainee's language, once each.
        let text = loaded.text(lang);
        for notice in audio.take_notices() {
            let detail = notice.detail().unwrap_or_default().to_string();
            eprintln!(
                "doverie: {}",
                text.get1(notice.message_id(), "detail", detail)
            );
        }
        let mut sound = doverie_audio::CallSound::new(audio, doverie_audio::TonePlan::builtin())
            .with_voice_cache(doverie_files::data_dir());
        let stamp = sound.set_call(&loaded.library, lang, session.scenario.clone());
        // The tone plan and voice clips are bound (and journaled) before the phone rings.
        if session.transcript.bind_sound(stamp)
            && let Some(Err(e)) = journal.as_mut().map(|j| j.append(&session.transcript))
        {
            eprintln!("doverie: {e}");
            return ExitCode::FAILURE;
        }
        Some(std::rc::Rc::new(sound))
    } else {
        None
    };
    let options = PlayOptions {
        seed,
        out,
        script,
        sound: sound.clone(),
        voice,
        width: term::screen::terminal_width(),
    };
    let text = loaded.text(lang);
    let mut stdout = std::io::stdout().lock();
    let played = term::play_journaled(
        &mut session,
        &opening,
        &text,
        &options,
        journal,
        &mut stdout,
    );
    drop(options);
    if let Some(sound) = sound.and_then(|s| std::rc::Rc::try_unwrap(s).ok()) {
        for notice in sound.audio.finish() {
            eprintln!("doverie: {notice}");
        }
    }
    match played {
        Ok(PlayEnd::Finished | PlayEnd::Open) => match (store, saved) {
            (Some(store), Some(path)) => {
                let (line, stored) = store.store(&path, lang);
                let _ = writeln!(stdout, "{line}");
                if stored {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            _ => ExitCode::SUCCESS,
        },
        Err(e) => {
            let _ = stdout.flush();
            eprintln!("doverie: {e}");
            ExitCode::FAILURE
        }
    }
}
