//! The command line: each command is a small function over library calls.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::check::{self, Loaded};
use crate::diag::{Diagnostics, Severity};
use crate::engine::Input;
use crate::library::Library;
use crate::locale::Lang;
use crate::session::Session;
use crate::term::{self, PlayEnd, PlayOptions};
use crate::transcript::Transcript;

#[derive(Debug, Parser)]
#[command(
    name = "doverie",
    version,
    about = "Training calls for children's-helpline counsellors"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
    /// Continue an unfinished call from its transcript (the scenario is found by its id unless
    /// given).
    #[arg(long, conflicts_with_all = ["seed", "trainee"])]
    pub resume: Option<PathBuf>,
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
    match cli.command {
        Command::Play(args) => play(&library, args),
        Command::Check { paths } => check_command(&library, paths),
        Command::List { lang } => list(&library, lang),
    }
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
        let name = args.scenario.clone().unwrap_or_else(|| transcript.scenario.id.clone());
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
        let seed = args.seed.unwrap_or_else(fresh_seed);
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
    let out = args.out.clone().or_else(|| args.resume.clone());
    let options = PlayOptions {
        lang,
        seed,
        trainee: args.trainee.clone(),
        out,
        script,
    };
    let text = loaded.text(lang);
    let mut stdout = std::io::stdout().lock();
    match term::play(&mut session, &opening, &text, &options, &mut stdout) {
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

/// A seed for a call when none is given. Only front ends pick seeds; the engine never does.
fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (nanos ^ u64::from(std::process::id()).rotate_left(32)) % 1_000_000
}

fn check_command(library: &Library, paths: Vec<PathBuf>) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![library.root.join("scenarios")]
    } else {
        paths
    };
    let mut diags = check::check_paths(&paths);
    if let Some(root) = paths.first().and_then(|p| Library::containing(p)) {
        diags.extend(check::check_ui_text(&root));
    }
    for d in diags.iter() {
        println!("{d}");
    }
    let (errors, warnings) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    println!("{errors} error(s), {warnings} warning(s)");
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
                println!(
                    "{name}\n    {} ({}, {}; {})\n    {}",
                    text.get("title", None),
                    s.caller.age,
                    s.caller.difficulty.as_str(),
                    s.caller.topics.join(", "),
                    text.get("summary", None)
                );
            }
            Err(d) => println!(
                "{name}\n    (does not check: {} error(s))",
                d.count(Severity::Error)
            ),
        }
    }
    ExitCode::SUCCESS
}
