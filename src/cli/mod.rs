//! The command line: each command is a small function over library calls.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use doverie_core::content::{self, Loaded};
use doverie_core::diag::{Diagnostics, Severity};
use doverie_core::library::Library;
use doverie_core::locale::Lang;

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

mod assess;
mod audio_check;
mod certify;
mod check;
mod explore;
mod graph;
mod gui;
mod list;
mod play;
mod recover;
mod score;
mod store;
mod test;
mod voice;

pub use gui::GuiArgs;
pub use play::PlayArgs;
pub use recover::RecoverArgs;

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
    /// The assessor's records: import verified calls, certify, write reports.
    Assess(assess::AssessArgs),
    /// Play a scenario as a call in the terminal.
    Play(PlayArgs),
    /// List calls interrupted by a crash or a kill, and resume one or close it as abandoned.
    Recover(RecoverArgs),
    /// Check scenario and protocol files and their Fluent text.
    Check {
        /// Files or folders (default: the shipped scenarios).
        paths: Vec<PathBuf>,
    },
    /// List the shipped scenarios.
    List {
        #[arg(long, default_value_t = default_lang())]
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
        /// Language of the report (the JSON is data, in no language).
        #[arg(long, default_value_t = default_lang())]
        lang: Lang,
    },
    /// Run the playtests kept beside scenarios (`scenarios/NAME.tests.ron`).
    Test {
        /// Scenario names or paths (default: every shipped scenario with playtests).
        scenarios: Vec<String>,
        #[arg(long, default_value_t = default_lang())]
        lang: Lang,
    },
    /// Write the scenario graph (Graphviz dot or Mermaid) to standard output.
    Graph {
        scenario: String,
        #[arg(long, default_value = "dot")]
        format: doverie_authoring::diagram::Format,
        #[arg(long, default_value_t = default_lang())]
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
    /// Caller voices: speak every line without a recording with the synthetic voice (espeak-ng)
    /// into the voice cache, ahead of the calls (they are otherwise spoken on first use).
    #[command(subcommand)]
    Voice(voice::VoiceCommand),
    /// Certify a trainee over a set of recorded calls, by the protocol's thresholds.
    Certify {
        #[arg(required = true)]
        transcripts: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = default_lang())]
        lang: Lang,
    },
}

/// Runs the command line and returns the exit status.
pub fn run(cli: Cli) -> ExitCode {
    let library = doverie_files::discover();
    let Some(command) = cli.command else {
        return gui::run(&library, GuiArgs::default());
    };
    match command {
        Command::Gui(args) => gui::run(&library, args),
        Command::Assess(args) => assess::run(&library, args),
        Command::AudioCheck {
            seconds,
            record,
            json,
        } => audio_check::run(seconds, record, json),
        Command::Play(args) => play::run(&library, args),
        Command::Recover(args) => recover::run(&library, args),
        Command::Check { paths } => check::run(&library, paths),
        Command::List { lang } => list::run(&library, lang),
        Command::Score {
            transcript,
            json,
            lang,
            scenario,
        } => score::run(&library, &transcript, json, lang, scenario.as_deref()),
        Command::Certify {
            transcripts,
            json,
            lang,
        } => certify::run(&library, &transcripts, json, lang),
        Command::Explore {
            scenario,
            json,
            max_states,
            random,
            seed,
            lang,
        } => explore::run(
            &library,
            &scenario,
            explore::Options {
                json,
                max_states,
                random,
                seed,
                lang,
            },
        ),
        Command::Test { scenarios, lang } => test::run(&library, scenarios, lang),
        Command::Voice(command) => voice::run(&library, command),
        Command::Graph {
            scenario,
            format,
            lang,
        } => graph::run(&library, &scenario, format, lang),
    }
}

pub(crate) fn report(diags: &Diagnostics) {
    let mut err = std::io::stderr().lock();
    for d in diags.iter() {
        let _ = writeln!(err, "{d}");
    }
}

/// The language by default, in every command: the system locale's (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`: the first one set) when it is Russian or English, else Russian.
pub(crate) fn default_lang() -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if locale.starts_with("en") {
        Lang::En
    } else {
        Lang::Ru
    }
}

/// The shipped scenarios' names (file stems), in order.
pub(crate) fn scenario_names(library: &Library) -> Vec<String> {
    library
        .scenario_files()
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// Says, in `lang`, that there is no scenario named `name` (a name, not a path, whose file is
/// missing), with the closest name and the list; `Err` then.
pub(crate) fn known_scenario(library: &Library, name: &str, lang: Lang) -> Result<(), ExitCode> {
    let is_name = !name.ends_with(".ron") && std::path::Path::new(name).components().count() <= 1;
    if !is_name || library.scenario_path(name).exists() {
        return Ok(());
    }
    let names = scenario_names(library);
    let text = doverie_app::screens::chrome(lang);
    let mut message = text.get1("cli-no-scenario", "name", name.to_string());
    if let Some(best) = doverie_core::diag::did_you_mean(name, names.iter().map(String::as_str)) {
        message.push(' ');
        message.push_str(&text.get1("cli-did-you-mean", "best", best.to_string()));
    }
    eprintln!("doverie: {message}");
    eprintln!("{}", text.get1("cli-scenarios", "list", names.join(", ")));
    Err(ExitCode::FAILURE)
}

pub(crate) fn load(library: &Library, name: &str, lang: Lang) -> Result<Loaded, ExitCode> {
    known_scenario(library, name, lang)?;
    match content::load(library, name) {
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
