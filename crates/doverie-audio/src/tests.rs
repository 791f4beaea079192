//! Sound without a sound card: synthesis into buffers, measured against the tone plan.

use std::sync::Arc;

use super::clip;
use super::plan::TonePlan;
use super::synth::{Command, Mixer, limit};

const RATES: [u32; 2] = [48_000, 44_100];

fn render(plan: &TonePlan, id: &str, rate: u32, seconds: f64) -> Vec<f32> {
    let mut m = Mixer::new(plan.clone(), rate, 1);
    m.apply(Command::Tone {
        id: id.into(),
        for_ms: None,
    });
    let mut out = vec![0.0; (seconds * f64::from(rate)) as usize];
    // In device-sized buffers, as a callback would.
    for chunk in out.chunks_mut(480) {
        m.render(chunk);
    }
    out
}

/// Goertzel power of `f` over `samples`.
fn goertzel(samples: &[f32], f: f64, rate: u32) -> f64 {
    let w = std::f64::consts::TAU * f / f64::from(rate);
    let coeff = 2.0 * w.cos();
    let (mut s1, mut s2) = (0.0f64, 0.0f64);
    for &x in samples {
        let s = f64::from(x) + coeff * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    (s1 * s1 + s2 * s2 - coeff * s1 * s2) / (samples.len() as f64).powi(2)
}

/// The frequency of a single tone by zero crossings.
fn zero_crossing_hz(samples: &[f32], rate: u32) -> f64 {
    let crossings: Vec<usize> = samples
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] <= 0.0 && w[1] > 0.0)
        .map(|(i, _)| i)
        .collect();
    let (first, last) = (crossings[0], *crossings.last().unwrap());
    (crossings.len() - 1) as f64 * f64::from(rate) / (last - first) as f64
}

/// On and off runs in milliseconds, in 0.5 ms windows: a window is on if it holds sound
/// (a two-note tone beats, so amplitude alone would cut it into pieces).
fn cadence_ms(samples: &[f32], rate: u32) -> Vec<(bool, f64)> {
    let window = (rate / 2000) as usize;
    let mut runs: Vec<(bool, f64)> = Vec::new();
    for w in samples.chunks(window) {
        let on = w.iter().any(|x| x.abs() > 1e-4);
        let ms = w.len() as f64 * 1000.0 / f64::from(rate);
        match runs.last_mut() {
            Some((state, len)) if *state == on => *len += ms,
            _ => runs.push((on, ms)),
        }
    }
    // The fade-in of the first 2 ms reads as a sliver of silence: it belongs to the first tone.
    if let [(false, lead), (true, _), ..] = runs[..]
        && lead < 3.0
    {
        runs.remove(0);
        runs[0].1 += lead;
    }
    runs
}

#[test]
fn the_shipped_plan_has_the_russian_values() {
    let plan = TonePlan::builtin();
    let file = TonePlan::read(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/tones/ru.ron"),
    )
    .expect("assets/tones/ru.ron checks");
    assert_eq!(plan, file);
    let tone = |id: &str| plan.tone(id).unwrap_or_else(|| panic!("no {id}"));
    assert_eq!(tone("dial").frequencies, [425.0]);
    assert!(tone("dial").cadence.is_empty(), "dial tone is continuous");
    assert_eq!(tone("ringback").cadence, [1000, 4000]);
    assert_eq!(tone("busy").cadence, [350, 350]);
    assert_eq!(tone("congestion").cadence, [175, 175]);
    for id in ["ringback", "busy", "congestion"] {
        assert_eq!(tone(id).frequencies, [425.0]);
    }
    assert!(plan.tone(&plan.ringing).is_some() && plan.tone(&plan.hung_up).is_some());
}

#[test]
fn every_tone_has_its_planned_frequency_within_one_percent() {
    let plan = TonePlan::builtin();
    for rate in RATES {
        for tone in &plan.tones {
            let first_on = tone.cadence.first().copied().unwrap_or(1000);
            let seconds = f64::from(first_on.min(1000)) / 1000.0;
            let samples = render(&plan, &tone.id, rate, seconds);
            // Leave out the ramps at the edges.
            let ramp = (rate / 200) as usize;
            let body = &samples[ramp..samples.len() - ramp];
            if let [f] = tone.frequencies[..] {
                let measured = zero_crossing_hz(body, rate);
                assert!(
                    (measured - f).abs() / f < 0.01,
                    "{} at {rate} Hz: {measured:.2} Hz, planned {f}",
                    tone.id
                );
            }
            for &f in &tone.frequencies {
                let at = goertzel(body, f, rate);
                for off in [0.9, 1.1] {
                    assert!(
                        at > 20.0 * goertzel(body, f * off, rate),
                        "{}: {f} Hz is not the peak",
                        tone.id
                    );
                }
            }
        }
    }
}

#[test]
fn cadences_follow_the_plan_within_five_milliseconds() {
    let plan = TonePlan::builtin();
    for rate in RATES {
        for tone in plan.tones.iter().filter(|t| !t.cadence.is_empty()) {
            let period: u32 = tone.cadence.iter().sum();
            let samples = render(&plan, &tone.id, rate, f64::from(period * 3) / 1000.0);
            let runs = cadence_ms(&samples, rate);
            // Three full periods: every run but the last (cut by the end) is compared.
            assert!(
                runs.len() >= tone.cadence.len() * 3 - 1,
                "{}: {runs:?}",
                tone.id
            );
            for (i, (on, ms)) in runs.iter().take(runs.len() - 1).enumerate() {
                let planned = f64::from(tone.cadence[i % tone.cadence.len()]);
                assert_eq!(*on, i % 2 == 0, "{}: run {i} {runs:?}", tone.id);
                assert!(
                    (ms - planned).abs() <= 5.0,
                    "{} at {rate} Hz: run {i} lasts {ms:.2} ms, planned {planned}",
                    tone.id
                );
            }
        }
    }
}

#[test]
fn a_tone_starts_in_the_first_buffer_after_its_command_and_stops_when_told() {
    let plan = TonePlan::builtin();
    let mut m = Mixer::new(plan, 48_000, 2);
    let mut buf = vec![0.0f32; 256 * 2];
    m.render(&mut buf);
    assert!(buf.iter().all(|&x| x == 0.0), "silence before any command");
    m.apply(Command::Tone {
        id: "busy".into(),
        for_ms: Some(100),
    });
    m.render(&mut buf);
    let energy: f32 = buf.iter().map(|x| x * x).sum();
    assert!(energy > 0.1, "the tone is in the very next buffer");
    assert!(
        buf.chunks(2).all(|f| f[0] == f[1]),
        "every channel gets the mix"
    );
    // `for_ms` ends it: 100 ms is 4800 frames.
    let mut rest = vec![0.0f32; 48_000];
    m.render(&mut rest);
    assert!(rest[4800 * 2..].iter().all(|&x| x == 0.0));
    assert!(!m.is_playing());
}

#[test]
fn the_line_hiss_is_quiet_and_band_limited() {
    let plan = TonePlan::builtin();
    let mut m = Mixer::new(plan.clone(), 48_000, 1);
    m.apply(Command::Ambience(true));
    let mut buf = vec![0.0f32; 48_000];
    m.render(&mut buf);
    let peak = buf.iter().fold(0.0f32, |a, &x| a.max(x.abs()));
    let limit = super::synth::db(plan.ambience.level) as f32;
    assert!(peak > 0.0 && peak <= limit, "peak {peak}, limit {limit}");
    // More energy inside the telephone band than far above it.
    assert!(goertzel(&buf, 1000.0, 48_000) > goertzel(&buf, 12_000.0, 48_000));
    m.apply(Command::Silence);
    m.render(&mut buf);
    assert!(buf.iter().all(|&x| x == 0.0));
}

#[test]
fn mixing_everything_at_full_scale_never_clips() {
    let mut plan = TonePlan::builtin();
    for t in &mut plan.tones {
        t.level = 0.0;
    }
    plan.ambience.level = 0.0;
    let mut m = Mixer::new(plan, 48_000, 1);
    m.apply(Command::Tone {
        id: "incoming".into(),
        for_ms: None,
    });
    m.apply(Command::Ambience(true));
    let loud: Arc<[f32]> = vec![1.0f32; 48_000].into();
    for _ in 0..4 {
        m.apply(Command::Clip(loud.clone()));
    }
    let mut buf = vec![0.0f32; 48_000];
    m.render(&mut buf);
    let peak = buf.iter().fold(0.0f32, |a, &x| a.max(x.abs()));
    assert!(peak < 1.0, "peak {peak}");
    assert!(peak > 0.9, "the limiter does not crush the level: {peak}");
}

#[test]
fn the_limiter_is_transparent_below_its_knee_and_bounded_above() {
    for i in -2000..=2000 {
        let x = f64::from(i) / 100.0;
        let y = limit(x);
        assert!(y.abs() < 1.0, "limit({x}) = {y}");
        if x.abs() <= 0.9 {
            assert_eq!(y, x);
        }
        assert!(limit(x + 0.01) >= y, "monotonic at {x}");
    }
}

#[test]
fn wav_written_and_read_back_is_the_same_sound() {
    let dir = std::env::temp_dir().join(format!("doverie-audio-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tone.wav");
    let plan = TonePlan::builtin();
    let samples = render(&plan, "dial", 16_000, 0.5);
    let seconds = clip::write_wav(&path, &samples, 16_000).unwrap();
    assert!((seconds - 0.5).abs() < 1e-9);
    let back = clip::load(&path, 16_000).unwrap();
    assert_eq!(back.len(), samples.len());
    for (a, b) in back.iter().zip(&samples) {
        assert!((a - b).abs() <= 1.0 / 32_000.0, "{a} vs {b}");
    }
    // Read at another rate: resampled, same duration and pitch.
    let at_48k = clip::load(&path, 48_000).unwrap();
    assert!((at_48k.len() as i64 - 24_000).abs() <= 3);
    let ramp = 480;
    let f = zero_crossing_hz(&at_48k[ramp..at_48k.len() - ramp], 48_000);
    assert!((f - 425.0).abs() / 425.0 < 0.01, "{f}");
    // Not a sound file: an error, not a panic.
    std::fs::write(dir.join("bad.wav"), b"RIFF....not a wave").unwrap();
    assert!(clip::load(&dir.join("bad.wav"), 48_000).is_err());
    assert!(clip::load(&dir.join("bad.ogg"), 48_000).is_err());
}

#[test]
fn a_tone_plan_with_mistakes_gets_positioned_errors() {
    let dir = std::env::temp_dir().join(format!("doverie-plan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.ron");
    let text = super::plan::RU
        .replace("cadence: [350, 350]", "cadence: [350]")
        .replace("hung_up: \"busy\"", "hung_up: \"bussy\"");
    std::fs::write(&path, text).unwrap();
    let errors: Vec<String> = TonePlan::read(&path)
        .unwrap_err()
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("bad.ron:10:") && e.contains("cadence")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("no tone \"bussy\"")),
        "{errors:?}"
    );
}

#[test]
fn without_any_device_the_handle_is_silent_and_never_blocks() {
    let audio = super::Audio::silent();
    audio.command(Command::Tone {
        id: "busy".into(),
        for_ms: None,
    });
    assert!(!audio.start_take(std::env::temp_dir().join("never.wav")));
    assert!(audio.stop_take().is_none());
    assert!(audio.notices().is_empty());
}

#[test]
fn a_take_is_never_written_through_a_link_nor_into_a_fifo() {
    let d = std::env::temp_dir().join(format!("doverie-audio-links-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let target = d.join("precious");
    std::fs::write(&target, "keep me").unwrap();
    let take = d.join("call.turn-0.wav");
    std::os::unix::fs::symlink(&target, &take).unwrap();
    assert!(crate::clip::write_wav(&take, &[0.0; 10], 48_000).is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    let fifo = d.join("fifo.wav");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    assert!(crate::clip::write_wav(&fifo, &[0.0; 10], 48_000).is_err());
    assert!(crate::clip::load(&fifo, 48_000).is_err());
    // A plain file is written, and read back.
    let plain = d.join("take.wav");
    crate::clip::write_wav(&plain, &[0.5; 480], 48_000).unwrap();
    assert_eq!(crate::clip::load(&plain, 48_000).unwrap().len(), 480);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).unwrap();
        }
    }
}

#[test]
fn a_call_binds_its_tone_plan_and_voice_clips_and_a_changed_clip_is_a_mismatch() {
    use doverie_core::library::Library;
    use doverie_core::locale::Lang;
    use doverie_core::session::Session;
    use doverie_core::transcript::{Transcript, TranscriptError};

    let d = std::env::temp_dir().join(format!("doverie-audio-bound-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/mini");
    copy_dir(std::path::Path::new(fixture), &d);
    let library = Library::new(&d);
    let (loaded, _) = doverie_core::content::load(&library, "mini").unwrap();
    let line = loaded.scenario.lines[0].message.clone();
    let dir = library.voice_dir(Lang::Ru, "mini");
    std::fs::create_dir_all(&dir).unwrap();
    let clip = dir.join(format!("{line}.wav"));
    crate::clip::write_wav(&clip, &[0.25; 4800], 48_000).unwrap();

    let plan = TonePlan::builtin();
    let stamp = crate::sound_stamp(&library, Lang::Ru, &loaded.scenario, &plan);
    assert_eq!(stamp.tones.path, "assets/tones/ru.ron");
    assert_eq!(
        stamp.tones.hash,
        doverie_core::ron_file::sha256_hex(crate::plan::RU.as_bytes())
    );
    let path = format!("assets/voice/ru/mini/{line}.wav");
    assert_eq!(
        stamp
            .clips
            .iter()
            .map(|c| c.path.as_str())
            .collect::<Vec<_>>(),
        [path.as_str()]
    );
    assert_eq!(
        stamp.clips[0].hash,
        doverie_core::ron_file::sha256_hex(&std::fs::read(&clip).unwrap())
    );
    // The call's sound service returns the same stamp when the call is set up.
    let mut sound = crate::CallSound::new(super::Audio::silent(), plan.clone());
    let scenario = Arc::new(loaded.scenario.clone());
    assert_eq!(sound.set_call(&library, Lang::Ru, scenario.clone()), stamp);

    let (mut session, _) = Session::start(
        scenario,
        Arc::new(loaded.protocol.clone()),
        4,
        Lang::Ru,
        "t-1",
    );
    assert!(session.transcript.bind_sound(stamp));
    let t = Transcript::from_json(&session.transcript.to_json()).unwrap();
    assert_eq!(crate::check_sound(&loaded, &t), Ok(()));
    // The clip re-recorded after the call: the transcript no longer matches, and says which.
    crate::clip::write_wav(&clip, &[0.5; 4800], 48_000).unwrap();
    let e = crate::check_sound(&loaded, &t).unwrap_err();
    assert!(
        matches!(&e, TranscriptError::Mismatch(m) if m.contains(&path) && m.contains("changed")),
        "{e}"
    );
    // Removed: missing.
    std::fs::remove_file(&clip).unwrap();
    let e = crate::check_sound(&loaded, &t).unwrap_err();
    assert!(e.to_string().contains("missing"), "{e}");
    // A call played without sound binds none, and passes.
    let mut silent = t.clone();
    silent.sound = None;
    assert_eq!(crate::check_sound(&loaded, &silent), Ok(()));
}

#[test]
fn a_handle_without_devices_records_takes_of_silence_through_the_audio_thread() {
    let d = std::env::temp_dir().join(format!("doverie-audio-nodev-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let audio = super::Audio::without_devices(true);
    assert!(audio.opened.input.is_some() && audio.opened.output.is_none());
    let take = d.join("call.turn-0.wav");
    assert!(audio.start_take(take.clone()));
    let (path, seconds) = audio.stop_take().unwrap();
    assert_eq!((path.as_path(), seconds), (take.as_path(), 0.0));
    assert!(hound::WavReader::open(&take).is_ok());
    let without = super::Audio::without_devices(false);
    assert!(!without.start_take(d.join("x.wav")));
    assert!(audio.finish().is_empty());
}

/// A device that never stops delivering (a virtual one can run faster than real time) fills a
/// take to its limit and no further: the file holds exactly MAX_TAKE_SECONDS.
#[test]
fn a_take_stops_at_its_limit() {
    let dir = std::env::temp_dir().join(format!("doverie-audio-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("take.wav");
    let rate = 100;
    let mut take = clip::WavOut::create(&path, rate).unwrap();
    let second = vec![0.25_f32; rate as usize];
    for _ in 0..clip::MAX_TAKE_SECONDS - 1 {
        take.write(&second).unwrap();
    }
    assert!(!take.is_full());
    take.write(&vec![0.25_f32; 3 * rate as usize]).unwrap();
    assert!(take.is_full());
    take.write(&second).unwrap();
    let seconds = take.finish().unwrap();
    assert_eq!(seconds, f64::from(clip::MAX_TAKE_SECONDS));
    let back = clip::load(&path, rate).unwrap();
    assert_eq!(back.len(), (clip::MAX_TAKE_SECONDS * rate) as usize);
    let _ = std::fs::remove_dir_all(&dir);
}
