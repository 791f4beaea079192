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

mod arc;
mod assess;
mod audio_check;
mod certify;
mod check;
mod exam_client;
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
mod voice_record;

pub use gui::GuiArgs;
pub use play::PlayArgs;
pub use recover::RecoverArgs;

#[derive(Debug, Parser)]
#[command(
    name = "doverie",
    version,
    about = "Training calls for children's-helpline counsellors",
    long_about = "Training calls for children's-helpline counsellors: play a scenario as a call \
                  (in the desktop app or the terminal), read the debrief, and, for trainers, check, \
                  explore, test and draw scenarios. The language by default is the system's \
                  (LC_ALL, LC_MESSAGES, LANG) when it is Russian or English, else Russian.",
    after_help = "Examples:
  doverie                                  open the desktop app
  doverie play                             list the scenarios, then play one in the terminal
  doverie play hidden-bruises --lang ru    play a scenario in Russian
  doverie check scenarios/my-call.ron      check a scenario a trainer wrote
  doverie explore my-call --random 1000    every state of a call, and 1,000 random calls

Each command has its own help: doverie help COMMAND, or doverie COMMAND --help."
)]
pub struct Cli {
    /// Without a command, the desktop app opens (as `doverie gui`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang`: the accepted values, listed in the help.
pub(crate) fn lang_values() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(["ru", "en"])
        .map(|s| s.parse::<Lang>().unwrap_or(Lang::Ru))
}

/// `graph --format`: the accepted values, listed in the help.
fn format_values()
-> impl clap::builder::TypedValueParser<Value = doverie_authoring::diagram::Format> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(["dot", "mermaid"]).map(|s| {
        s.parse::<doverie_authoring::diagram::Format>()
            .unwrap_or(doverie_authoring::diagram::Format::Dot)
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the desktop app (the default): lobby, live call, debrief.
    #[command(after_help = "Examples:
  doverie gui
  doverie gui --lang en --trainee t-17
  doverie gui --exam --seed 42")]
    Gui(GuiArgs),
    /// The assessor's records: import verified calls, certify, write reports.
    #[command(after_help = "Examples:
  doverie assess import ~/.local/share/doverie/transcripts --mode exam --centre north
  doverie assess certify t-17
  doverie assess report cohort --out cohort.html --lang ru
  doverie assess --db postgres://assessor@localhost/doverie serve --listen 127.0.0.1:8080")]
    Assess(assess::AssessArgs),
    /// Play a scenario as a call in the terminal.
    #[command(
        after_help = "Commands during a call: 1-9 answer · d dispatch a service · w wait (w 10: ten \
seconds) · h hang up · q save and leave.

Examples:
  doverie play                                   choose from the list
  doverie play hidden-bruises --lang ru
  doverie play mini.ron --seed 4 --choose 'greet,wait:10,reflect,close'
  doverie play --resume ~/.local/share/doverie/transcripts/t-17/call.json
  doverie play --server https://assess.example.org --login anna --password-file ~/.doverie-pass"
    )]
    Play(PlayArgs),
    /// List calls interrupted by a crash or a kill, and resume one or close it as abandoned.
    #[command(after_help = "Examples:
  doverie recover
  doverie recover --resume ~/.local/share/doverie/transcripts/t-17/call.json.journal
  doverie recover --abandon ~/.local/share/doverie/transcripts/t-17/call.json.journal")]
    Recover(RecoverArgs),
    /// Check scenario and protocol files and their Fluent text.
    #[command(
        after_help = "Each problem is shown as a compiler shows it: FILE:LINE:COL, the source \
line with a caret under the place, and a hint. The exit status is 1 when there is an error.

Examples:
  doverie check                              every shipped scenario, protocol and text
  doverie check scenarios/my-call.ron        one scenario, its protocol and its text
  doverie check locales/ru/scenarios/my-call.ftl
  doverie check my-call --lang en --verbose"
    )]
    Check {
        /// Files or folders: scenarios (.ron), protocols (under a `protocols` folder), Fluent
        /// text (.ftl); a path is taken as given, else in the content folder, else as a scenario
        /// name (default: the shipped scenarios).
        paths: Vec<PathBuf>,
        /// Language of the messages' frame (error, warning, hint, the summary).
        #[arg(long, default_value_t = default_lang(), value_parser = lang_values())]
        lang: Lang,
        /// Also list every line without a recorded voice clip (by default, one line sums them).
        #[arg(long)]
        verbose: bool,
    },
    /// List the shipped scenarios.
    #[command(after_help = "Examples:
  doverie list
  doverie list --lang en")]
    List {
        /// Language of the titles and descriptions.
        #[arg(long, default_value_t = default_lang(), value_parser = lang_values())]
        lang: Lang,
    },
    /// Re-score a recorded call: replays it against the files on disk and recomputes the score.
    #[command(after_help = "Examples:
  doverie score call.json
  doverie score call.json --json
  doverie score call.json --lang en --scenario scenarios/my-call.ron")]
    Score {
        /// The transcript (JSON) of the call; or an arc's: its folder, or its transcripts in
        /// the order they were played (verified and scored as the arc).
        #[arg(required = true, num_args = 1..)]
        transcript: Vec<PathBuf>,
        /// Print the scorecard as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the debrief (default: the call's).
        #[arg(long, value_parser = lang_values())]
        lang: Option<Lang>,
        /// The scenario file, if not found by its id.
        #[arg(long)]
        scenario: Option<String>,
        /// Score the verified call again under this protocol version (`helpline@2.0.0`, or
        /// `helpline` for the current one), saying so.
        #[arg(long, value_name = "ID@VERSION")]
        protocol: Option<String>,
    },
    /// Explore every state of a scenario: endings, dead ends, traps, score bounds.
    #[command(after_help = "Examples:
  doverie explore hidden-bruises
  doverie explore my-call --random 1000 --seed 7
  doverie explore scenarios/my-call.ron --json > report.json
  doverie explore --arc orphan               an arc: every end of each call feeding the next")]
    Explore {
        /// A scenario name (e.g. hidden-bruises) or a path to its .ron file; with --arc, the
        /// arc's name or file.
        scenario: String,
        /// Explore an arc (`scenarios/arcs/NAME.ron`): each call from every start the previous
        /// call's ends give (deduplicated by the carried values), and the best and worst arcs
        /// with a script and a seed per call. Each start of a call is explored up to a 100th of
        /// --max-states, and at most 12 starts per call.
        #[arg(long)]
        arc: bool,
        /// Print the report as JSON (data, in no language).
        #[arg(long)]
        json: bool,
        /// Stop after this many distinct states.
        #[arg(long, default_value_t = 1_000_000)]
        max_states: usize,
        /// Also play this many random calls, answered as a trainee would (options before
        /// dispatches and hang-ups), and show the distribution of levels and totals.
        #[arg(long)]
        random: Option<usize>,
        /// Seed of the random calls.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Language of the report (the JSON is data, in no language).
        #[arg(long, default_value_t = default_lang(), value_parser = lang_values())]
        lang: Lang,
    },
    /// Run the playtests kept beside scenarios (`scenarios/NAME.tests.ron`).
    #[command(
        after_help = "A playtest names a script, and what must follow: the ending or outcome \
(counsellor-hung-up when the counsellor hangs up), the level (HighCompliance, Compliant, \
PartialCompliance, LowCompliance, NonCompliant), total bounds, rules broken and not broken.

Examples:
  doverie test
  doverie test hidden-bruises my-call
  doverie test scenarios/my-call.ron --lang en"
    )]
    Test {
        /// Scenario names or paths (default: every shipped scenario with playtests).
        scenarios: Vec<String>,
        /// Language of the messages.
        #[arg(long, default_value_t = default_lang(), value_parser = lang_values())]
        lang: Lang,
    },
    /// Write the scenario graph (Graphviz dot or Mermaid) to standard output.
    #[command(after_help = "Examples:
  doverie graph hidden-bruises > hidden-bruises.dot && dot -Tsvg hidden-bruises.dot -o graph.svg
  doverie graph my-call --format mermaid --lang en > my-call.mmd")]
    Graph {
        /// A scenario name (e.g. hidden-bruises) or a path to its .ron file.
        scenario: String,
        /// The graph's format.
        #[arg(long, default_value = "dot", value_parser = format_values())]
        format: doverie_authoring::diagram::Format,
        /// Language of the node and edge labels.
        #[arg(long, default_value_t = default_lang(), value_parser = lang_values())]
        lang: Lang,
    },
    /// Open the sound devices, play the dial tone, record, and report what was measured.
    #[command(after_help = "Examples:
  doverie audio-check
  doverie audio-check --seconds 3 --record mic.wav
  doverie audio-check --json")]
    AudioCheck {
        /// How long to play and record, in seconds.
        #[arg(long, default_value_t = 1.0)]
        seconds: f64,
        /// Also open the microphone and record into this WAV file.
        #[arg(long)]
        record: Option<PathBuf>,
        /// Print the measurements as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Caller voices: speak every line without a recording with the synthetic voice (espeak-ng)
    /// into the voice cache, ahead of the calls (they are otherwise spoken on first use).
    #[command(subcommand)]
    Voice(voice::VoiceCommand),
    /// Certify a trainee over a set of recorded calls, by the protocol's thresholds.
    #[command(after_help = "Examples:
  doverie certify calls/*.json
  doverie certify calls/*.json --json
  doverie certify calls/*.json --lang en")]
    Certify {
        /// The transcripts (JSON) of the trainee's calls.
        #[arg(required = true)]
        transcripts: Vec<PathBuf>,
        /// Print the verdict as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the verdict.
        #[arg(long, default_value_t = default_lang(), value_parser = lang_values())]
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
        Command::Check {
            paths,
            lang,
            verbose,
        } => check::run(
            &library,
            check::Options {
                paths,
                lang,
                verbose,
            },
        ),
        Command::List { lang } => list::run(&library, lang),
        Command::Score {
            transcript,
            json,
            lang,
            scenario,
            protocol,
        } if transcript.len() > 1 || transcript[0].is_dir() => {
            if scenario.is_some() || protocol.is_some() {
                eprintln!(
                    "doverie: --scenario and --protocol score one call; an arc is scored as its files name it"
                );
                return ExitCode::from(2);
            }
            arc::score(&library, &transcript, json, lang)
        }
        Command::Score {
            transcript,
            json,
            lang,
            scenario,
            protocol,
        } => score::run(
            &library,
            &transcript[0],
            json,
            lang,
            scenario.as_deref(),
            protocol.as_deref(),
        ),
        Command::Certify {
            transcripts,
            json,
            lang,
        } => certify::run(&library, &transcripts, json, lang),
        Command::Explore {
            scenario,
            arc: true,
            json,
            max_states,
            random,
            lang,
            ..
        } => {
            if random.is_some() {
                eprintln!("doverie: --random plays random calls of a scenario, not of an arc");
                return ExitCode::from(2);
            }
            explore::run_arc(&library, &scenario, json, max_states, lang)
        }
        Command::Explore {
            scenario,
            json,
            max_states,
            random,
            seed,
            lang,
            ..
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

/// Shows diagnostics on standard error as `check` shows them (after what standard output
/// already holds, so that they come in order).
pub(crate) fn report(diags: &Diagnostics) {
    let _ = std::io::stdout().flush();
    let text = doverie_app::screens::chrome(default_lang());
    let mut renderer = doverie_authoring::diagnostics::Renderer::new(&text);
    let mut err = std::io::stderr().lock();
    for d in diags.iter().filter(|d| d.severity != Severity::Info) {
        let _ = write!(err, "{}", renderer.render(d));
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
