//! The command line: each command is a small function over library calls.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::assess;
use crate::check::{self, Loaded};
use crate::diagram;
use crate::explore;
use crate::gui;
use crate::playtest;
use crate::score::certify::{self, ScoredCall};
use crate::term::debrief;

use crate::diag::{Diagnostics, Severity};
use crate::engine::Input;
use crate::library::Library;
use crate::locale::Lang;
use crate::session::Session;
use crate::term::{self, PlayEnd, PlayOptions};
use crate::transcript::Transcript;

/// Writes to standard output, ignoring a closed pipe (`doverie list | head` must not panic).
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

#[derive(Debug, Parser)]
#[command(
    name = "doverie",
    version,
    about = "Training calls for children's-helpline counsellors"
)]
pub struct Cli {
    /// Without a command, the desktop app opens (as `doverie gui`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the desktop app (the default): lobby, live call, debrief.
    Gui(GuiArgs),
    /// Play a scenario as a call in the terminal.
    Play(PlayArgs),
    /// Check scenario and protocol files and their Fluent text.
    Check {
        /// Files or folders (default: the shipped scenarios).
        paths: Vec<PathBuf>,
    },
    /// List the shipped scenarios.
    List {
        #[arg(long, default_value = "en")]
        lang: Lang,
    },
    /// Re-score a recorded call: replays it against the files on disk and recomputes the score.
    Score {
        transcript: PathBuf,
        /// Print the scorecard as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the debrief (default: the call's).
        #[arg(long)]
        lang: Option<Lang>,
        /// The scenario file, if not found by its id.
        #[arg(long)]
        scenario: Option<String>,
    },
    /// Explore every state of a scenario: endings, dead ends, traps, score bounds.
    Explore {
        scenario: String,
        #[arg(long)]
        json: bool,
        /// Stop after this many distinct states.
        #[arg(long, default_value_t = 1_000_000)]
        max_states: usize,
        /// Also play this many random calls and show the distribution of levels and totals.
        #[arg(long)]
        random: Option<usize>,
        /// Seed of the random calls.
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Run the playtests kept beside scenarios (`scenarios/NAME.tests.ron`).
    Test {
        /// Scenario names or paths (default: every shipped scenario with playtests).
        scenarios: Vec<String>,
    },
    /// Write the scenario graph (Graphviz dot or Mermaid) to standard output.
    Graph {
        scenario: String,
        #[arg(long, default_value = "dot")]
        format: diagram::Format,
        #[arg(long, default_value = "en")]
        lang: Lang,
    },
    /// Open the sound devices, play the dial tone, record, and report what was measured.
    AudioCheck {
        /// How long to play and record, in seconds.
        #[arg(long, default_value_t = 1.0)]
        seconds: f64,
        /// Also open the microphone and record into this WAV file.
        #[arg(long)]
        record: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Certify a trainee over a set of recorded calls, by the protocol's thresholds.
    Certify {
        #[arg(required = true)]
        transcripts: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "en")]
        lang: Lang,
    },
}

#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// A scenario name (e.g. orphanage-night-call) or a path to its .ron file.
    #[arg(required_unless_present = "resume")]
    pub scenario: Option<String>,
    #[arg(long, default_value = "en")]
    pub lang: Lang,
    /// Seed of the call's random choices (default: a fresh one, shown at the start).
    #[arg(long)]
    pub seed: Option<u64>,
    /// The trainee's id, recorded in the transcript.
    #[arg(long, default_value = "anonymous")]
    pub trainee: String,
    /// Write the transcript (JSON) here; it is rewritten after every input.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Play non-interactively: comma-separated option ids, wait:SECONDS, dispatch:SERVICE, hangup.
    #[arg(long)]
    pub choose: Option<String>,
    /// Voice practice: record each spoken answer from the microphone into a WAV file beside the
    /// transcript (the transcript refers to it by turn).
    #[arg(long)]
    pub voice: bool,
    /// Continue an unfinished call from its transcript (the scenario is found by its id unless
    /// given).
    #[arg(long, conflicts_with_all = ["seed", "trainee"])]
    pub resume: Option<PathBuf>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct GuiArgs {
    /// Language of the app (switchable in the lobby).
    #[arg(long, default_value = "ru")]
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
            lang: Lang::Ru,
            trainee: "anonymous".into(),
            exam: false,
            say_first: false,
            watch: false,
            voice: false,
            mute: false,
            seed: None,
            data: None,
            smoke_scenario: None,
            smoke_inputs: None,
            smoke_screenshot: None,
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::locale::parse_lang(s)
    }
}

/// Runs the command line and returns the exit status.
pub fn run(cli: Cli) -> ExitCode {
    let library = Library::discover();
    let Some(command) = cli.command else {
        return gui(&library, GuiArgs::default());
    };
    match command {
        Command::Gui(args) => gui(&library, args),
        Command::AudioCheck {
            seconds,
            record,
            json,
        } => audio_check(seconds, record, json),
        Command::Play(args) => play(&library, args),
        Command::Check { paths } => check_command(&library, paths),
        Command::List { lang } => list(&library, lang),
        Command::Score {
            transcript,
            json,
            lang,
            scenario,
        } => score_command(&library, &transcript, json, lang, scenario.as_deref()),
        Command::Certify {
            transcripts,
            json,
            lang,
        } => certify_command(&library, &transcripts, json, lang),
        Command::Explore {
            scenario,
            json,
            max_states,
            random,
            seed,
        } => explore_command(&library, &scenario, json, max_states, random, seed),
        Command::Test { scenarios } => test_command(&library, scenarios),
        Command::Graph {
            scenario,
            format,
            lang,
        } => {
            let Ok(loaded) = load(&library, &scenario) else {
                return ExitCode::FAILURE;
            };
            out!(
                "{}",
                diagram::render(
                    &loaded.scenario,
                    &loaded.protocol,
                    &loaded.text(lang),
                    format
                )
            );
            ExitCode::SUCCESS
        }
    }
}

fn score_command(
    library: &Library,
    path: &std::path::Path,
    json: bool,
    lang: Option<Lang>,
    scenario: Option<&str>,
) -> ExitCode {
    let assessed = match assess::assess(library, path, scenario) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("doverie: refused: {e}");
            return ExitCode::FAILURE;
        }
    };
    note_version(path, &assessed);
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&assessed.card).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    let lang = lang
        .or_else(|| assessed.transcript.locale.parse().ok())
        .unwrap_or_default();
    let text = assessed.loaded.text(lang);
    let mut out = std::io::stdout().lock();
    let a = &assessed;
    let _ = debrief::write(
        &mut out,
        &text,
        &a.loaded.scenario,
        &a.loaded.protocol,
        &a.events,
        &a.card,
    );
    ExitCode::SUCCESS
}

/// Says on stderr when a call was recorded by another version of doverie.
fn note_version(path: &std::path::Path, assessed: &assess::Assessed) {
    if let Some(note) = assessed.version_note() {
        eprintln!("doverie: note: {}: {note}", path.display());
    }
}

fn certify_command(library: &Library, paths: &[PathBuf], json: bool, lang: Lang) -> ExitCode {
    let mut assessed = Vec::new();
    let mut refused = false;
    for path in paths {
        match assess::assess(library, path, None) {
            Ok(a) => {
                note_version(path, &a);
                assessed.push((path.display().to_string(), a))
            }
            Err(e) => {
                eprintln!("doverie: refused: {e}");
                refused = true;
            }
        }
    }
    if refused {
        eprintln!("doverie: no verdict: every call of the set must verify");
        return ExitCode::from(2);
    }
    let protocols: std::collections::BTreeSet<(&str, &str)> = assessed
        .iter()
        .map(|(_, a)| {
            (
                a.loaded.protocol.id.as_str(),
                a.loaded.protocol.hash.as_str(),
            )
        })
        .collect();
    if protocols.len() != 1 {
        eprintln!("doverie: no verdict: the calls were scored under different protocols");
        return ExitCode::from(2);
    }
    let protocol = &assessed[0].1.loaded.protocol;
    let calls: Vec<ScoredCall> = assessed
        .iter()
        .map(|(label, a)| ScoredCall {
            label: label.clone(),
            trainee: a.transcript.trainee.clone(),
            scenario: &a.loaded.scenario,
            card: a.card.clone(),
        })
        .collect();
    let verdict = certify::certify(protocol, &calls);
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&verdict).unwrap_or_default()
        );
    } else {
        let text = assessed[0].1.loaded.text(lang);
        let mut out = std::io::stdout().lock();
        let _ = debrief::write_verdict(&mut out, &text, &verdict);
    }
    if verdict.certified {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn gui(library: &Library, args: GuiArgs) -> ExitCode {
    if let Some(reason) = gui::display_problem() {
        let text = gui::screens::chrome(args.lang);
        eprintln!("doverie: {}", text.get1("gui-no-display", "reason", reason));
        return terminal_lobby(library, &args);
    }
    let smoke = match (
        args.smoke_scenario,
        args.smoke_inputs,
        args.smoke_screenshot,
    ) {
        (Some(scenario), Some(inputs), Some(screenshot)) => match parse_script(&inputs) {
            Ok(inputs) => Some(gui::smoke::Smoke {
                scenario,
                inputs,
                screenshot,
            }),
            Err(e) => {
                eprintln!("doverie: {e}");
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    let pacing = if smoke.is_some() {
        // The smoke run shows lines as fast as frames allow.
        crate::live::Pacing {
            base: 0.0,
            per_char: 0.0,
            max: 0.0,
        }
    } else {
        crate::live::Pacing::default()
    };
    let settings = gui::Settings {
        lang: args.lang,
        mode: if args.exam {
            gui::Mode::Exam
        } else {
            gui::Mode::Practice
        },
        trainee: args.trainee,
        say_first: args.say_first,
        data_dir: args.data.unwrap_or_else(crate::library::data_dir),
        watch: args.watch,
        voice: args.voice,
        seed: args.seed,
        pacing,
    };
    let exit = gui::run(gui::GuiOptions {
        library: library.clone(),
        settings,
        sound: !args.mute,
        smoke,
    });
    match exit {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// With no display: the scenarios as a numbered list, then the chosen one in the terminal.
fn terminal_lobby(library: &Library, args: &GuiArgs) -> ExitCode {
    let names: Vec<String> = library
        .scenario_files()
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    for (i, name) in names.iter().enumerate() {
        match check::load(library, name) {
            Ok((loaded, _)) => {
                let text = loaded.text(args.lang);
                outln!("  {}) {} ({name})", i + 1, text.get("title", None));
            }
            Err(_) => outln!("  {}) {name}", i + 1),
        }
    }
    let text = gui::screens::chrome(args.lang);
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
    let out = args.data.clone().unwrap_or_else(crate::library::data_dir);
    let seed = args.seed.unwrap_or_else(crate::library::fresh_seed);
    let path = crate::library::new_transcript_path(&out, &args.trainee, name, seed);
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    play(
        library,
        PlayArgs {
            scenario: Some(name.clone()),
            lang: args.lang,
            seed: Some(seed),
            trainee: args.trainee.clone(),
            out: Some(path),
            choose: None,
            resume: None,
            voice: false,
        },
    )
}

fn audio_check(seconds: f64, record: Option<PathBuf>, json: bool) -> ExitCode {
    use crate::audio::synth::Command as Sound;
    let plan = crate::audio::TonePlan::builtin();
    let audio = crate::audio::Audio::start(plan, record.is_some());
    audio.command(Sound::Ambience(true));
    audio.command(Sound::Tone {
        id: "dial".into(),
        for_ms: None,
    });
    let recording = record.as_ref().is_some_and(|p| audio.start_take(p.clone()));
    std::thread::sleep(std::time::Duration::from_secs_f64(seconds.clamp(0.0, 60.0)));
    let take = if recording { audio.stop_take() } else { None };
    let report = crate::audio::device::Report::of(&audio, take);
    let notices = audio.notices();
    drop(audio);
    if json {
        outln!(
            "{}",
            serde_json::json!({ "report": report, "notices": notices })
        );
    } else {
        for n in &notices {
            outln!("notice: {n}");
        }
        outln!("{report}");
    }
    ExitCode::SUCCESS
}

fn report(diags: &Diagnostics) {
    let mut err = std::io::stderr().lock();
    for d in diags.iter() {
        let _ = writeln!(err, "{d}");
    }
}

fn load(library: &Library, name: &str) -> Result<Loaded, ExitCode> {
    match check::load(library, name) {
        Ok((loaded, _warnings)) => Ok(loaded),
        Err(diags) => {
            report(&diags);
            eprintln!(
                "doverie: cannot play \"{name}\": {} error(s); run `doverie check` for the full list",
                diags.count(Severity::Error)
            );
            Err(ExitCode::FAILURE)
        }
    }
}

fn play(library: &Library, args: PlayArgs) -> ExitCode {
    let (loaded, mut session, opening, seed, lang) = if let Some(path) = &args.resume {
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
        let Ok(loaded) = load(library, &name) else {
            return ExitCode::FAILURE;
        };

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
        let name = args.scenario.clone().unwrap_or_default();
        let Ok(loaded) = load(library, &name) else {
            return ExitCode::FAILURE;
        };
        let seed = args.seed.unwrap_or_else(crate::library::fresh_seed);
        let (session, events) = Session::start(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            seed,
            args.lang,
            &args.trainee,
        );
        (loaded, session, events, seed, args.lang)
    };
    let script = match &args.choose {
        None => None,
        Some(tokens) => match parse_script(tokens) {
            Ok(s) => Some(s),
            Err(e) => {
                eprintln!("doverie: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let mut out = args.out.clone().or_else(|| args.resume.clone());
    // Sound in interactive play and voice practice; piped and scripted play are for bots.
    let sound = if script.is_none() && (std::io::stdin().is_terminal() || args.voice) {
        let audio = crate::audio::Audio::start(crate::audio::TonePlan::builtin(), args.voice);
        for notice in audio.notices() {
            eprintln!("doverie: {notice}");
        }
        let mut sound = crate::audio::CallSound::new(audio, crate::audio::TonePlan::builtin());
        sound.set_call(&loaded.library, lang, session.scenario.clone());
        Some(std::rc::Rc::new(sound))
    } else {
        None
    };
    if args.voice && out.is_none() {
        let path = crate::library::new_transcript_path(
            &crate::library::data_dir(),
            &session.transcript.trainee,
            &loaded.scenario.id,
            seed,
        );
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        out = Some(path);
    }
    let options = PlayOptions {
        seed,
        out,
        script,
        sound: sound.clone(),
        voice: args.voice,
    };
    let text = loaded.text(lang);
    let mut stdout = std::io::stdout().lock();
    let played = term::play(&mut session, &opening, &text, &options, &mut stdout);
    drop(options);
    if let Some(sound) = sound.and_then(|s| std::rc::Rc::try_unwrap(s).ok()) {
        for notice in sound.audio.finish() {
            eprintln!("doverie: {notice}");
        }
    }
    match played {
        Ok(PlayEnd::Finished | PlayEnd::Open) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = stdout.flush();
            eprintln!("doverie: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Parses a `--choose` script: comma-separated tokens.
pub fn parse_script(tokens: &str) -> Result<Vec<Input>, String> {
    tokens
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .enumerate()
        .map(|(i, t)| Input::parse_token(t).map_err(|e| format!("input {}: {e}", i + 1)))
        .collect()
}

fn check_command(library: &Library, paths: Vec<PathBuf>) -> ExitCode {
    let everything = paths.is_empty();
    let paths = if everything {
        vec![library.root.join("scenarios")]
    } else {
        paths
    };
    let mut diags = check::check_paths(&paths);
    // With no paths, the program's own text is checked too (as built from its source tree).
    let source_tree = Library::new(env!("CARGO_MANIFEST_DIR"));
    if everything && source_tree.ui_ftl(Lang::En).is_file() {
        diags.extend(check::check_ui_text(&source_tree));
    }

    for d in diags.iter() {
        outln!("{d}");
    }
    let (errors, warnings) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    outln!("{errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn list(library: &Library, lang: Lang) -> ExitCode {
    for path in library.scenario_files() {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match check::load(library, &name) {
            Ok((loaded, _)) => {
                let text = loaded.text(lang);
                let s = &loaded.scenario;
                outln!(
                    "{name}\n    {} ({}, {}; {})",
                    text.get("title", None),
                    s.caller.age,
                    text.get(
                        &format!("ui-difficulty-{}", s.caller.difficulty.as_str()),
                        None
                    ),
                    crate::view::topics(&text, &s.caller.topics),
                );
                if crate::score::certify::is_sentinel(&loaded.protocol, s) {
                    outln!("    {}", text.get("ui-list-sentinel", None));
                }
                outln!("    {}", text.get("summary", None));
            }
            Err(d) => outln!(
                "{name}\n    (does not check: {} error(s))",
                d.count(Severity::Error)
            ),
        }
    }
    ExitCode::SUCCESS
}

fn explore_command(
    library: &Library,
    name: &str,
    json: bool,
    max_states: usize,
    random: Option<usize>,
    seed: u64,
) -> ExitCode {
    use std::io::IsTerminal;
    let Ok(loaded) = load(library, name) else {
        return ExitCode::FAILURE;
    };
    let show_progress = std::io::stderr().is_terminal();
    let mut progress = |states: usize, queued: usize| {
        if show_progress && states > 50_000 {
            // The bar fills towards --max-states, the bound the exploration cannot pass.
            let filled = (states * 30 / max_states.max(1)).min(30);
            eprint!(
                "\rexploring {} [{}{}] {states} states, {queued} waiting ",
                loaded.scenario.id,
                "#".repeat(filled),
                ".".repeat(30 - filled)
            );
        }
    };
    let report = explore::explore(
        &loaded.scenario,
        &loaded.protocol,
        explore::ExploreOptions::bounded(max_states),
        &mut progress,
    );
    if show_progress && report.states > 50_000 {
        eprintln!();
    }
    let random = random.map(|n| explore::random_calls(&loaded.scenario, &loaded.protocol, n, seed));
    if json {
        let value = serde_json::json!({ "explore": report, "random": random });
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        let mut out = std::io::stdout().lock();
        let _ = crate::authoring::write_report(&mut out, &report, random.as_ref());
    }
    if report.complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn test_command(library: &Library, names: Vec<String>) -> ExitCode {
    let names: Vec<String> = if names.is_empty() {
        library
            .scenario_files()
            .into_iter()
            .filter(|p| playtest::tests_path(p).is_file())
            .map(|p| p.display().to_string())
            .collect()
    } else {
        names
    };
    let (mut passed, mut failed, mut broken_files) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for name in &names {
        let Ok(loaded) = load(library, name) else {
            broken_files += 1;
            continue;
        };
        let path = playtest::tests_path(&loaded.path);
        if !path.is_file() {
            eprintln!(
                "doverie: {} has no playtests ({} is missing)",
                loaded.scenario.id,
                path.display()
            );
            broken_files += 1;
            continue;
        }
        let tests = match playtest::load(&path, &loaded) {
            Ok(t) => t,
            Err(d) => {
                report(&d);
                broken_files += 1;
                continue;
            }
        };
        outln!(
            "\nrunning {} playtest(s) of {}",
            tests.tests.len(),
            loaded.scenario.id
        );
        for outcome in playtest::run_all(&loaded, &tests) {
            let full = format!("{}::{}", loaded.scenario.id, outcome.name);
            if outcome.passed() {
                passed += 1;
                outln!("test {full} ... ok");
            } else {
                failed += 1;
                outln!("test {full} ... FAILED");
                failures.push((full, outcome.failures));
            }
        }
    }
    if !failures.is_empty() {
        outln!("\nfailures:");
        for (name, reasons) in &failures {
            outln!("  {name}:");
            for r in reasons {
                outln!("    {r}");
            }
        }
    }
    let verdict = if failed == 0 && broken_files == 0 {
        "ok"
    } else {
        "FAILED"
    };
    outln!("\ntest result: {verdict}. {passed} passed; {failed} failed");
    if failed == 0 && broken_files == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
