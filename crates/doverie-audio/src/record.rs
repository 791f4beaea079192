//! A trainer's recording of a caller's line (`doverie voice record`): the take as the
//! microphone gave it, its leading and trailing silence trimmed, its loudness brought to one
//! level for every line, written as `assets/voice/LANG/SCENARIO/LINE.wav`.

use std::path::Path;

/// Below this level (about -40 dBFS) a sample is silence for trimming.
pub const SILENCE: f32 = 0.01;
/// Kept before the first and after the last sound, so that breaths are not cut.
pub const MARGIN_MS: u32 = 150;
/// The loudness every line is brought to: an RMS of about -20 dBFS...
pub const TARGET_RMS: f32 = 0.1;
/// ...without any peak above about -1 dBFS.
pub const MAX_PEAK: f32 = 0.89;

/// The loudest sample (absolute), 0 for none.
pub fn peak(samples: &[f32]) -> f32 {
    samples
        .iter()
        .map(|s| if s.is_finite() { s.abs() } else { 0.0 })
        .fold(0.0, f32::max)
}

/// The root mean square of the samples, 0 for none.
pub fn rms(samples: &[f32]) -> f32 {
    if samples.is_empty() {
        return 0.0;
    }
    let sum: f64 = samples
        .iter()
        .filter(|s| s.is_finite())
        .map(|&s| f64::from(s) * f64::from(s))
        .sum();
    (sum / samples.len() as f64).sqrt() as f32
}

/// The part of a take between its first and last sound, with a margin of [`MARGIN_MS`] each
/// side; empty when the take is all silence.
pub fn trim(samples: &[f32], rate: u32) -> &[f32] {
    let loud = |s: &f32| s.is_finite() && s.abs() >= SILENCE;
    let (Some(first), Some(last)) = (
        samples.iter().position(loud),
        samples.iter().rposition(loud),
    ) else {
        return &[];
    };
    let margin = (u64::from(rate) * u64::from(MARGIN_MS) / 1000) as usize;
    &samples[first.saturating_sub(margin)..(last + 1 + margin).min(samples.len())]
}

/// Brings the take to [`TARGET_RMS`], lowered where that would put a peak above
/// [`MAX_PEAK`]. Silence stays silence; what is not a number becomes silence.
pub fn normalise(samples: &mut [f32]) {
    for s in samples.iter_mut() {
        if !s.is_finite() {
            *s = 0.0;
        }
    }
    let (level, top) = (rms(samples), peak(samples));
    if level <= 0.0 || top <= 0.0 {
        return;
    }
    let gain = (TARGET_RMS / level).min(MAX_PEAK / top);
    for s in samples.iter_mut() {
        *s = (*s * gain).clamp(-1.0, 1.0);
    }
}

/// A level meter for the terminal: `[########............] -12 dB`.
pub fn meter(level: f32, width: usize) -> String {
    let level = if level.is_finite() {
        level.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let db = if level > 0.0 {
        20.0 * level.log10()
    } else {
        -60.0
    };
    // The bar spans -60 dB to 0 dB.
    let filled = (((db.max(-60.0) + 60.0) / 60.0) * width as f32).round() as usize;
    format!(
        "[{}{}] {:>4.0} dB",
        "#".repeat(filled.min(width)),
        ".".repeat(width - filled.min(width)),
        db.max(-60.0)
    )
}

/// Turns a raw take into a line's clip: trimmed, normalised, written as a mono WAV at `rate`.
/// Returns the clip's duration in seconds, or why there is none (a take of silence).
pub fn finish(raw: &[f32], rate: u32, out: &Path) -> Result<f64, String> {
    let mut clip = trim(raw, rate).to_vec();
    if clip.is_empty() {
        return Err("the take is silent: nothing was heard from the microphone".into());
    }
    normalise(&mut clip);
    crate::clip::write_wav(out, &clip, rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(seconds: f32, amplitude: f32, rate: u32) -> Vec<f32> {
        (0..(seconds * rate as f32) as usize)
            .map(|i| amplitude * (i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin())
            .collect()
    }

    #[test]
    fn silence_around_a_take_is_trimmed_to_a_margin() {
        let rate = 8_000;
        let mut take = vec![0.0; rate as usize]; // 1 s of silence
        take.extend(tone(0.5, 0.3, rate));
        take.extend(vec![0.001; 2 * rate as usize]); // 2 s of room hum below the threshold
        let kept = trim(&take, rate);
        let margin = (rate * MARGIN_MS / 1000) as usize;
        let expected = rate as usize / 2 + 2 * margin;
        assert!(
            (kept.len() as i64 - expected as i64).abs() <= 2,
            "{} vs {expected}",
            kept.len()
        );
        assert!(trim(&vec![0.0; 100], rate).is_empty());
        assert!(trim(&[], rate).is_empty());
    }

    #[test]
    fn quiet_and_loud_takes_come_out_at_one_loudness_without_clipping() {
        for amplitude in [0.02, 0.2, 0.9] {
            let mut take = tone(0.5, amplitude, 8_000);
            normalise(&mut take);
            assert!((rms(&take) - TARGET_RMS).abs() < 0.01, "{}", rms(&take));
            assert!(peak(&take) <= MAX_PEAK + 1e-6);
        }
        // A take with one spike is lowered to keep the spike below the ceiling.
        let mut spiky = tone(0.5, 0.05, 8_000);
        spiky[100] = 1.0;
        normalise(&mut spiky);
        assert!(peak(&spiky) <= MAX_PEAK + 1e-6);
        // Not a number becomes silence; silence stays silence.
        let mut odd = vec![f32::NAN, 0.0, f32::INFINITY];
        normalise(&mut odd);
        assert_eq!(odd, vec![0.0, 0.0, 0.0]);
    }

    #[test]
    fn the_meter_spans_sixty_decibels() {
        assert_eq!(meter(1.0, 10), "[##########]    0 dB");
        assert_eq!(meter(0.0, 10), "[..........]  -60 dB");
        assert_eq!(meter(f32::NAN, 4), "[....]  -60 dB");
        assert!(
            meter(0.1, 10).starts_with("[#######...]"),
            "{}",
            meter(0.1, 10)
        );
    }

    #[test]
    fn a_silent_take_is_refused_and_a_take_becomes_a_clip() {
        let dir = std::env::temp_dir().join(format!("doverie-record-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("line.wav");
        assert!(finish(&vec![0.0; 8_000], 8_000, &out).is_err());
        assert!(!out.exists());
        let mut take = vec![0.0; 8_000];
        take.extend(tone(1.0, 0.05, 8_000));
        let seconds = finish(&take, 8_000, &out).unwrap();
        // The sound and the margin before it (the take ends with the sound).
        assert!(
            (seconds - (1.0 + f64::from(MARGIN_MS) / 1000.0)).abs() < 0.01,
            "{seconds}"
        );
        let back = crate::clip::load(&out, 8_000).unwrap();
        assert!((rms(&back) - TARGET_RMS).abs() < 0.02);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
