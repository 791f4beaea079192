//! Synthetic caller voices: the lines a scenario's child says, spoken by espeak-ng (Debian's
//! package) in the call's language with a child's pitch and pace, so that every shipped scenario
//! is heard out of the box. A trainer's recorded clip (`assets/voice/LANG/SCENARIO/LINE.wav` or
//! `.ogg`) always takes precedence; a synthetic clip is marked as such wherever it is reported.
//!
//! Clips are made on first use into a cache in the trainee's data folder
//! (`DATA/voice-cache/LANG/SCENARIO/LINE--HASH.wav`). The hash covers the words and the voice,
//! so a changed line is spoken anew and a stale clip is never played; `doverie voice synth`
//! makes them all ahead of time. Without espeak-ng, lines without a recorded clip are silent.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use doverie_core::locale::Lang;
use doverie_core::ron_file::sha256_hex;
use doverie_core::scenario::Gender;

/// The espeak-ng program, where it is installed.
pub fn espeak() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("espeak-ng"))
            .find(|p| p.is_file())
    })
}

/// How a caller sounds: the language's voice, a child's pitch and pace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceSpec {
    /// espeak-ng's voice name, with a variant (`ru+f3`, `en+m3`).
    pub voice: String,
    /// Pitch, 0-99 (espeak-ng's default is 50).
    pub pitch: u8,
    /// Words per minute.
    pub speed: u16,
}

impl VoiceSpec {
    /// A child of `age` and `gender` speaking `lang`: the younger, the higher and slower.
    pub fn child(lang: Lang, gender: Gender, age: u8) -> VoiceSpec {
        let base = match lang {
            Lang::Ru => "ru",
            Lang::En => "en",
        };
        let variant = match gender {
            Gender::Female => "f3",
            Gender::Male => "m3",
        };
        let young = u16::from(17u8.saturating_sub(age.clamp(5, 17)));
        VoiceSpec {
            voice: format!("{base}+{variant}"),
            pitch: (62 + young * 3).min(95) as u8,
            speed: 165 - young * 4,
        }
    }

    fn key(&self) -> String {
        format!("{} p{} s{}", self.voice, self.pitch, self.speed)
    }
}

/// The cache folder of a scenario's synthetic clips in a language.
pub fn cache_dir(data: &Path, lang: Lang, scenario: &str) -> PathBuf {
    data.join("voice-cache").join(lang.as_str()).join(scenario)
}

/// The cached clip of a line: its id, and a hash of the words and the voice.
pub fn cache_file(dir: &Path, line: &str, words: &str, spec: &VoiceSpec) -> PathBuf {
    let hash = sha256_hex(format!("{}\n{words}", spec.key()).as_bytes());
    dir.join(format!("{line}--{}.wav", &hash[..12]))
}

/// Speaks `words` into the WAV file `out` (written beside it and renamed into place, so a clip
/// is never half there).
pub fn synthesize(espeak: &Path, words: &str, spec: &VoiceSpec, out: &Path) -> Result<(), String> {
    let dir = out.parent().ok_or("no folder for the clip")?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.part",
        out.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        std::process::id()
    ));
    let mut child = Command::new(espeak)
        .args(["--stdin", "-b", "1", "-v", &spec.voice])
        .args(["-p", &spec.pitch.to_string(), "-s", &spec.speed.to_string()])
        .arg("-w")
        .arg(&tmp)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("espeak-ng: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // The pauses a child makes are in the punctuation already; ellipses read as pauses.
        stdin
            .write_all(words.as_bytes())
            .map_err(|e| format!("espeak-ng: {e}"))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("espeak-ng: {e}"))?;
    if !output.status.success() || !tmp.is_file() {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!(
            "espeak-ng failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    std::fs::rename(&tmp, out).map_err(|e| format!("{}: {e}", out.display()))
}

/// What the child says aloud in a line, without its stage directions in square brackets: the
/// core's, which `check` counts voice coverage by too.
pub use doverie_core::content::spoken_words;

/// The clip of a line, spoken now if it is not in the cache yet; `None` for a line that is only
/// stage directions (see [`spoken_words`]): nothing of it is read out.
pub fn ensure(
    espeak: &Path,
    dir: &Path,
    line: &str,
    words: &str,
    spec: &VoiceSpec,
) -> Result<Option<PathBuf>, String> {
    let Some(words) = spoken_words(words) else {
        return Ok(None);
    };
    let out = cache_file(dir, line, &words, spec);
    if !out.is_file() {
        synthesize(espeak, &words, spec, &out)?;
    }
    Ok(Some(out))
}

#[cfg(test)]
mod voice_tests {
    use super::*;

    #[test]
    fn stage_directions_in_brackets_are_not_read_out() {
        assert_eq!(
            spoken_words("[silence; someone is still breathing on the line]"),
            None
        );
        assert_eq!(spoken_words("[tap]  [tap, tap]"), None);
        assert_eq!(
            spoken_words("[whispering] I'm here... [a door bangs] they're shouting again"),
            Some("I'm here... they're shouting again".to_string())
        );
        assert_eq!(
            spoken_words("[тихо] Алло? Это телефон доверия?"),
            Some("Алло? Это телефон доверия?".to_string())
        );
        assert_eq!(
            spoken_words("no brackets at all"),
            Some("no brackets at all".into())
        );
        // An unmatched bracket hides the rest rather than reading a direction aloud.
        assert_eq!(spoken_words("Hi [breathing"), Some("Hi".into()));
    }

    #[test]
    fn a_younger_child_sounds_higher_and_slower() {
        let seven = VoiceSpec::child(Lang::Ru, Gender::Female, 7);
        let fifteen = VoiceSpec::child(Lang::Ru, Gender::Female, 15);
        assert_eq!(seven.voice, "ru+f3");
        assert!(seven.pitch > fifteen.pitch && seven.speed < fifteen.speed);
        assert_eq!(VoiceSpec::child(Lang::En, Gender::Male, 13).voice, "en+m3");
    }

    #[test]
    fn a_changed_line_gets_a_new_clip() {
        let spec = VoiceSpec::child(Lang::En, Gender::Male, 10);
        let dir = Path::new("cache");
        let a = cache_file(dir, "hello", "Hello?", &spec);
        assert_eq!(a, cache_file(dir, "hello", "Hello?", &spec));
        assert_ne!(a, cache_file(dir, "hello", "Hello…?", &spec));
        let older = VoiceSpec::child(Lang::En, Gender::Male, 14);
        assert_ne!(a, cache_file(dir, "hello", "Hello?", &older));
    }

    /// Needs Debian's espeak-ng (installed by `.ci/deps`); says so and passes without it.
    #[test]
    fn espeak_speaks_a_russian_line_into_a_wav_file() {
        let Some(espeak) = espeak() else {
            eprintln!("espeak-ng is not installed: the synthetic voice is not tested here");
            return;
        };
        let dir = std::env::temp_dir().join(format!("doverie-voices-{}", std::process::id()));
        let spec = VoiceSpec::child(Lang::Ru, Gender::Female, 9);
        let clip = ensure(
            &espeak,
            &dir,
            "opening",
            "Алло?.. Это телефон доверия?",
            &spec,
        )
        .unwrap()
        .expect("a line with words is spoken");
        let samples = crate::clip::load(&clip, 48_000).unwrap();
        assert!(
            samples.len() > 48_000 / 2,
            "at least half a second of speech"
        );
        assert!(samples.iter().any(|s| s.abs() > 0.05), "not silence");
        // Cached: the same line is not spoken again.
        let modified = std::fs::metadata(&clip).unwrap().modified().unwrap();
        let again = ensure(
            &espeak,
            &dir,
            "opening",
            "Алло?.. Это телефон доверия?",
            &spec,
        )
        .unwrap()
        .expect("a line with words is spoken");
        assert_eq!(again, clip);
        // A line that is only stage directions makes no clip at all.
        assert_eq!(
            ensure(&espeak, &dir, "breathing", "[дыхание, телевизор]", &spec).unwrap(),
            None
        );
        assert_eq!(
            std::fs::metadata(&again).unwrap().modified().unwrap(),
            modified
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
