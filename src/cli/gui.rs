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
    #[arg(long, default_value_t = super::default_lang(), value_parser = super::lang_values())]
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
    /// Take exams from the assessor's server at this address (http://HOST:PORT or https://HOST):
    /// a login screen, then your open exams, each call played in exam mode and recorded by the
    /// server as it happens.
    #[arg(long)]
    pub server: Option<String>,
    /// The login on the exam server (the login screen asks for the rest).
    #[arg(long, requires = "server")]
    pub login: Option<String>,
    /// A file whose first line is the password on the exam server: with --login, the app logs in
    /// at once.
    #[arg(long, requires = "server")]
    pub password_file: Option<PathBuf>,
    /// Smoke test: play this scenario by itself (none: stay in the lobby)...
    #[arg(long, hide = true, requires = "smoke_screenshot")]
    pub smoke_scenario: Option<String>,
    /// ...with these inputs (as --choose)...
    #[arg(long, hide = true, requires = "smoke_scenario")]
    pub smoke_inputs: Option<String>,
    /// ...then do these (comma-separated: dispatch, hang-up, scroll-end)...
    #[arg(long, hide = true, requires = "smoke_screenshot")]
    pub smoke_then: Option<String>,
    /// ...then save a screenshot here and exit...
    #[arg(long, hide = true)]
    pub smoke_screenshot: Option<PathBuf>,
    /// ...or stay open, idle, until closed.
    #[arg(long, hide = true, requires = "smoke_screenshot")]
    pub smoke_hold: bool,
    /// The smoke test's window size, WIDTHxHEIGHT.
    #[arg(long, hide = true, value_parser = parse_size)]
    pub smoke_size: Option<(u32, u32)>,
}

/// "900x560" as (900, 560).
fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s.split_once('x').ok_or("expected WIDTHxHEIGHT")?;
    let number = |n: &str| n.parse::<u32>().ok().filter(|n| (200..=8000).contains(n));
    number(w)
        .zip(number(h))
        .ok_or_else(|| "expected WIDTHxHEIGHT, each 200 to 8000".to_string())
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
            server: None,
            login: None,
            password_file: None,
            smoke_scenario: None,
            smoke_inputs: None,
            smoke_then: None,
            smoke_screenshot: None,
            smoke_hold: false,
            smoke_size: None,
        }
    }
}

pub(super) fn run(library: &Library, args: GuiArgs) -> ExitCode {
    if let Some(reason) = doverie_app::display_problem() {
        let text = doverie_app::screens::chrome(args.lang);
        eprintln!("doverie: {}", text.get1("gui-no-display", "reason", reason));
        if let Some(server) = &args.server {
            // The exam in the terminal, when it can log in by itself.
            let (Some(login), Some(password_file)) = (&args.login, &args.password_file) else {
                eprintln!("doverie: {}", text.get("gui-exam-no-display", None));
                return ExitCode::FAILURE;
            };
            return super::exam_client::run(
                library,
                super::exam_client::ServerArgs {
                    server,
                    login,
                    password_file,
                    exam: None,
                    scenario: None,
                    lang: args.lang,
                    script: None,
                },
            );
        }
        return terminal_lobby(library, &args);
    }
    let server = match &args.server {
        None => None,
        Some(url) => {
            let password = match &args.password_file {
                None => None,
                Some(path) => match super::exam_client::password(path) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        eprintln!("doverie: {e}");
                        return ExitCode::from(2);
                    }
                },
            };
            Some(doverie_app::exam::ServerExams {
                url: url.clone(),
                login: args.login.clone(),
                password,
            })
        }
    };
    let smoke = match args.smoke_screenshot {
        Some(screenshot) => {
            let inputs = match args.smoke_inputs.as_deref().filter(|i| !i.is_empty()) {
                Some(inputs) => match Input::parse_script(inputs) {
                    Ok(inputs) => inputs,
                    Err((i, e)) => {
                        eprintln!("doverie: input {i}: {e}");
                        return ExitCode::from(2);
                    }
                },
                None => Vec::new(),
            };
            let mut then = Vec::new();
            for word in args.smoke_then.iter().flat_map(|t| t.split(',')) {
                match doverie_app::smoke::Smoke::action(word.trim()) {
                    Some(action) => then.push(action),
                    None => {
                        eprintln!("doverie: no smoke action \"{word}\"");
                        return ExitCode::from(2);
                    }
                }
            }
            Some(doverie_app::smoke::Smoke {
                scenario: args.smoke_scenario,
                inputs,
                then,
                screenshot,
                hold: args.smoke_hold,
            })
        }
        None => None,
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
        size: args.smoke_size,
        on_saved,
        server,
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
            arc: None,
            out_dir: None,
            continue_dir: None,
            script: Vec::new(),
            seeds: Vec::new(),
            server: None,
            login: None,
            password_file: None,
            exam_id: None,
        },
    )
}
