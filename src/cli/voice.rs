//! `doverie voice`: caller voices for trainers. `synth` speaks every line that has no recorded
//! clip with the synthetic voice (espeak-ng) into the voice cache, so that a trainer can rerun
//! it after changing a line's words (a changed line gets a new clip; see `doverie_audio::voices`).

use std::process::ExitCode;

use doverie_audio::voices::{self, VoiceSpec};
use doverie_core::library::Library;
use doverie_core::locale::{Lang, caller_args};

use super::load;

#[derive(Debug, clap::Subcommand)]
pub enum VoiceCommand {
    /// Speak the lines of shipped scenarios into the voice cache (`DATA/voice-cache/`).
    #[command(
        after_help = "Examples:\n  doverie voice synth\n  doverie voice synth hidden-bruises --lang ru"
    )]
    Synth {
        /// Scenario names (default: every scenario in the content folder).
        scenarios: Vec<String>,
        /// Only this language (default: Russian and English).
        #[arg(long, value_parser = super::lang_values())]
        lang: Option<Lang>,
    },
    /// Record the caller's lines of a scenario from the microphone, one by one (Enter records
    /// and stops, `r` retakes, `s` skips, `q` quits), into `assets/voice/LANG/SCENARIO/`.
    #[command(after_help = "Example:\n  doverie voice record night-pills --lang ru")]
    Record {
        /// The scenario.
        scenario: String,
        /// The language of the lines recorded.
        #[arg(long, default_value_t = super::default_lang(), value_parser = super::lang_values())]
        lang: Lang,
    },
}

pub(super) fn run(library: &Library, command: VoiceCommand) -> ExitCode {
    let (scenarios, lang) = match command {
        VoiceCommand::Synth { scenarios, lang } => (scenarios, lang),
        VoiceCommand::Record { scenario, lang } => return record(library, &scenario, lang),
    };
    let Some(espeak) = voices::espeak() else {
        eprintln!(
            "doverie: espeak-ng is not installed (Debian: apt-get install espeak-ng); lines without a recorded clip stay silent"
        );
        return ExitCode::FAILURE;
    };
    let names: Vec<String> = if scenarios.is_empty() {
        library
            .scenario_files()
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect()
    } else {
        scenarios
    };
    let langs = lang.map_or_else(|| vec![Lang::Ru, Lang::En], |l| vec![l]);
    let data = doverie_files::data_dir();
    let (mut spoken, mut recorded, mut directions, mut failed) = (0usize, 0usize, 0usize, 0usize);
    for name in &names {
        let Ok(loaded) = load(library, name, lang.unwrap_or_else(super::default_lang)) else {
            failed += 1;
            continue;
        };
        let scenario = &loaded.scenario;
        for &lang in &langs {
            let text = doverie_audio::call_text(&loaded.library, lang, scenario);
            let args = caller_args(scenario, &text);
            let spec = VoiceSpec::child(lang, scenario.caller.gender, scenario.caller.age);
            let recordings = loaded.library.voice_dir(lang, &scenario.id);
            let cache = voices::cache_dir(&data, lang, &scenario.id);
            for line in &scenario.lines {
                if doverie_audio::voice_clip(&recordings, &line.message).is_some() {
                    recorded += 1;
                    continue;
                }
                let words = text.get(&line.message, Some(&args));
                match voices::ensure(&espeak, &cache, &line.message, &words, &spec) {
                    Ok(Some(_)) => spoken += 1,
                    Ok(None) => directions += 1,
                    Err(e) => {
                        eprintln!("doverie: {name} ({lang}) {}: {e}", line.message);
                        failed += 1;
                    }
                }
            }
        }
    }
    println!(
        "{spoken} lines in the synthetic voice (cache: {}), {recorded} recorded by a trainer, {directions} only stage directions (not spoken), {failed} failed.",
        data.join("voice-cache").display()
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `doverie voice record`: the lines of one scenario, from the microphone.
fn record(library: &Library, name: &str, lang: Lang) -> ExitCode {
    use super::voice_record::{self, DeviceMic, ToRecord};
    let Ok(loaded) = load(library, name, lang) else {
        return ExitCode::FAILURE;
    };
    let scenario = &loaded.scenario;
    let text = loaded.text(lang);
    let args = caller_args(scenario, &text);
    let dir = loaded.library.voice_dir(lang, &scenario.id);
    let audio = doverie_audio::device::Audio::start(doverie_audio::plan::TonePlan::builtin(), true);
    if !audio.has_input() {
        for notice in audio.take_notices() {
            let detail = notice.detail().unwrap_or_default().to_string();
            eprintln!(
                "doverie: {}",
                text.get1(notice.message_id(), "detail", detail)
            );
        }
        eprintln!("doverie: {}", text.get("ui-record-no-microphone", None));
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("doverie: {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let to_record: Vec<ToRecord> = scenario
        .lines
        .iter()
        .map(|l| ToRecord {
            id: l.message.clone(),
            words: text.get(&l.message, Some(&args)),
        })
        .collect();
    let mut mic = DeviceMic {
        audio,
        scratch: dir.join(".recording.wav"),
    };
    let input = voice_record::lines(std::io::BufReader::new(std::io::stdin()));
    let mut out = std::io::stdout();
    match voice_record::session(&input, &mut out, &text, &mut mic, &dir, &to_record) {
        Ok(done) => {
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("kept", done.kept as u32);
            a.set("skipped", done.skipped as u32);
            a.set("total", to_record.len() as u32);
            println!("{}", text.get("ui-record-done", Some(&a)));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("doverie: {e}");
            ExitCode::FAILURE
        }
    }
}
