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
mod score;
mod test;

pub use gui::GuiArgs;
pub use play::PlayArgs;

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
        format: doverie_authoring::diagram::Format,
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
        } => explore::run(&library, &scenario, json, max_states, random, seed),
        Command::Test { scenarios } => test::run(&library, scenarios),
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

pub(crate) fn load(library: &Library, name: &str) -> Result<Loaded, ExitCode> {
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
