//! `doverie gui` (and no command): the desktop app, or the terminal lobby when there is no display.

use std::path::PathBuf;
use std::process::ExitCode;

use doverie_core::content::{self};
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;

use super::PlayArgs;

#[derive(Debug, Clone, clap::Args)]
pub struct GuiArgs {
    /// Language of the app (switchable in the lobby).
    #[arg(long, default_value_t = super::default_lang())]
    pub lang: Lang,
    /// The trainee's id, recorded in transcripts (editable in the lobby).
    #[arg(long, default_value = "anonymous")]
    pub trainee: String,
    /// Start in exam mode: no hints, no caller-state meters, no silence timer.
    #[arg(long)]
    pub exam: bool,
    /// "Say it first": type your own words before the options are shown.
    #[arg(long)]
    pub say_first: bool,
    /// Reload scenario and locale files when they change on disk (for trainers).
    #[arg(long)]
    pub watch: bool,
    /// Voice practice: record each spoken answer beside the transcript.
    #[arg(long)]
    pub voice: bool,
    /// No sound at all (no tones, clips or recording).
    #[arg(long)]
    pub mute: bool,
    /// Seed of every call (default: a fresh one per call).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Folder for transcripts (default: DOVERIE_DATA, else ~/.local/share/doverie).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Also store each call (finished, left or closed as abandoned) in the assessor's database:
    /// `sqlite:PATH` or `postgres://...` (verified by replay, as `doverie assess import` does).
    #[arg(long)]
    pub db: Option<String>,
    /// Smoke test: play this scenario by itself...
    #[arg(long, hide = true, requires_all = ["smoke_inputs", "smoke_screenshot"])]
    pub smoke_scenario: Option<String>,
    /// ...with these inputs (as --choose)...
    #[arg(long, hide = true)]
    pub smoke_inputs: Option<String>,
    /// ...then save a screenshot here and exit.
    #[arg(long, hide = true)]
    pub smoke_screenshot: Option<PathBuf>,
}

impl Default for GuiArgs {
    fn default() -> GuiArgs {
        GuiArgs {
            lang: super::default_lang(),
            trainee: "anonymous".into(),
            exam: false,
            say_first: false,
            watch: false,
            voice: false,
            mute: false,
            seed: None,
            data: None,
            db: None,
            smoke_scenario: None,
            smoke_inputs: None,
            smoke_screenshot: None,
        }
    }
}

pub(super) fn run(library: &Library, args: GuiArgs) -> ExitCode {
    if let Some(reason) = doverie_app::display_problem() {
        let text = doverie_app::screens::chrome(args.lang);
        eprintln!("doverie: {}", text.get1("gui-no-display", "reason", reason));
        return terminal_lobby(library, &args);
    }
    let smoke = match (
        args.smoke_scenario,
        args.smoke_inputs,
        args.smoke_screenshot,
    ) {
        (Some(scenario), Some(inputs), Some(screenshot)) => {
            match Input::parse_script(&inputs).map_err(|(i, e)| format!("input {i}: {e}")) {
                Ok(inputs) => Some(doverie_app::smoke::Smoke {
                    scenario,
                    inputs,
                    screenshot,
                }),
                Err(e) => {
                    eprintln!("doverie: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        _ => None,
    };
    let pacing = if smoke.is_some() {
        // The smoke run shows lines as fast as frames allow.
        doverie_core::live::Pacing {
            base: 0.0,
            per_char: 0.0,
            max: 0.0,
        }
    } else {
        doverie_core::live::Pacing::default()
    };
    // The database is opened before the window: a wrong --db is said at once.
    let on_saved: Option<doverie_app::OnSaved> = match &args.db {
        None => None,
        Some(url) => match super::store::Store::open(library, url) {
            Ok(store) => Some(std::sync::Arc::new(move |path: &std::path::Path, lang| {
                store.store(path, lang).0
            })),
            Err(e) => {
                eprintln!("doverie: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let settings = doverie_app::Settings {
        lang: args.lang,
        mode: if args.exam {
            doverie_app::Mode::Exam
        } else {
            doverie_app::Mode::Practice
        },
        trainee: args.trainee,
        say_first: args.say_first,
        data_dir: args.data.unwrap_or_else(doverie_files::data_dir),
        watch: args.watch,
        voice: args.voice,
        seed: args.seed,
        pacing,
    };
    doverie_app::run(doverie_app::GuiOptions {
        library: library.clone(),
        settings,
        sound: !args.mute,
        smoke,
        on_saved,
    })
}

/// With no display: the scenarios as a numbered list, then the chosen one in the terminal.
pub(super) fn terminal_lobby(library: &Library, args: &GuiArgs) -> ExitCode {
    let names = super::scenario_names(library);
    for (i, name) in names.iter().enumerate() {
        match content::load(library, name) {
            Ok((loaded, _)) => {
                let text = loaded.text(args.lang);
                outln!("  {}) {} ({name})", i + 1, text.get("title", None));
            }
            Err(_) => outln!("  {}) {name}", i + 1),
        }
    }
    let text = doverie_app::screens::chrome(args.lang);
    outln!(
        "{}",
        text.get1("gui-pick-scenario", "count", names.len() as u32)
    );
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line).is_err() {
        return ExitCode::SUCCESS;
    }
    let Some(name) = line
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| names.get(i))
    else {
        return ExitCode::SUCCESS;
    };
    let out = args.data.clone().unwrap_or_else(doverie_files::data_dir);
    let seed = args.seed.unwrap_or_else(doverie_files::fresh_seed);
    let path = doverie_files::new_transcript_path(&out, &args.trainee, name, seed);
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    super::play::run(
        library,
        PlayArgs {
            scenario: Some(name.clone()),
            lang: args.lang,
            seed: Some(seed),
            trainee: args.trainee.clone(),
            out: Some(path),
            choose: None,
            resume: None,
            voice: args.voice,
            exam: args.exam,
            db: args.db.clone(),
        },
    )
}
