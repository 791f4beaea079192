//! `doverie audio-check`: opens the sound devices, plays, records and measures.

use std::path::PathBuf;
use std::process::ExitCode;

pub(super) fn run(seconds: f64, record: Option<PathBuf>, json: bool) -> ExitCode {
    if !(seconds.is_finite() && (0.0..=60.0).contains(&seconds)) {
        eprintln!("doverie: --seconds must be a number from 0 to 60, not {seconds}");
        return ExitCode::from(2);
    }
    use doverie_audio::synth::Command as Sound;
    let plan = doverie_audio::TonePlan::builtin();
    let audio = doverie_audio::Audio::start(plan, record.is_some());
    audio.command(Sound::Ambience(true));
    audio.command(Sound::Tone {
        id: "dial".into(),
        for_ms: None,
    });
    let recording = record.as_ref().is_some_and(|p| audio.start_take(p.clone()));
    std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
    let take = if recording { audio.stop_take() } else { None };
    let report = doverie_audio::device::Report::of(&audio, take);
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
