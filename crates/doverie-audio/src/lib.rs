//! Call audio: synthesised line tones, the open line's hiss, caller voice clips, and the
//! trainee's recorded answers.
//!
//! - [`plan`]: tone plans as data (`assets/tones/NAME.ron`);
//! - [`synth`]: tones, hiss, clips and the mixer, filling plain buffers (tested without a
//!   sound card);
//! - [`clip`]: WAV and Ogg reading, WAV writing;
//! - [`device`]: cpal streams on a thread of their own, with a silent fallback;
//! - [`takes`]: the trainee's recorded answers, per turn, beside the transcript;
//! - [`voices`]: synthetic caller voices (espeak-ng), where no line was recorded;
//! - [`CallSound`]: what a call's cues sound like, for both front ends.
//!
//! Audio is a front-end service: the core never hears of it.

#![warn(missing_docs)]

pub mod clip;
pub mod device;
pub mod plan;
pub mod record;
pub mod synth;
pub mod takes;
pub mod voices;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use device::{Audio, Notice};
pub use plan::TonePlan;
use synth::Command;

use doverie_core::content::Loaded;
use doverie_core::library::Library;
use doverie_core::live::Cue;
use doverie_core::locale::{Lang, Text};
use doverie_core::scenario::{LineIx, Scenario};
use doverie_core::transcript::{FileStamp, SoundStamp, Transcript, TranscriptError};

/// The sound of one call: tones at its moments and the caller's lines, recorded or synthetic.
pub struct CallSound {
    /// The sound devices.
    pub audio: Audio,
    plan: TonePlan,
    /// The scenario of the call being played and its voice folder
    /// (`assets/voice/LANG/SCENARIO/`).
    call: Option<(Arc<Scenario>, PathBuf)>,
    /// Where synthetic clips are cached (the data folder), when the front end wants them.
    voice_cache: Option<PathBuf>,
    /// The synthetic voice of the call being played, where espeak-ng is installed.
    synthetic: Option<Synthetic>,
}

/// What speaking a call's lines needs: the program, the cache, the words and the voice.
struct Synthetic {
    espeak: PathBuf,
    dir: PathBuf,
    text: Text,
    spec: voices::VoiceSpec,
    failed: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for CallSound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallSound")
            .field("audio", &self.audio)
            .field("voice_cache", &self.voice_cache)
            .field("synthetic", &self.synthetic.is_some())
            .finish_non_exhaustive()
    }
}

/// Where a caller line's voice comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoiceKind {
    /// A trainer's recording.
    Recorded,
    /// Spoken by espeak-ng.
    Synthetic,
}

impl CallSound {
    /// The sound of calls on `audio`, with the tones of `plan`.
    pub fn new(audio: Audio, plan: TonePlan) -> CallSound {
        CallSound {
            audio,
            plan,
            call: None,
            voice_cache: None,
            synthetic: None,
        }
    }

    /// Speaks lines that have no recorded clip with the synthetic voice, cached under `data`.
    pub fn with_voice_cache(mut self, data: PathBuf) -> CallSound {
        self.voice_cache = Some(data);
        self
    }

    /// Voice clips of this scenario in this language: recorded where they exist, else
    /// synthetic (when a voice cache was given and espeak-ng is installed). Returns what the
    /// call's transcript binds of its sound (see [`sound_stamp`]).
    pub fn set_call(
        &mut self,
        library: &Library,
        lang: Lang,
        scenario: Arc<Scenario>,
    ) -> SoundStamp {
        let stamp = sound_stamp(library, lang, &scenario, &self.plan);
        let dir = library.voice_dir(lang, &scenario.id);
        self.synthetic = self.voice_cache.as_ref().and_then(|data| {
            Some(Synthetic {
                espeak: voices::espeak()?,
                dir: voices::cache_dir(data, lang, &scenario.id),
                text: call_text(library, lang, &scenario),
                spec: voices::VoiceSpec::child(lang, scenario.caller.gender, scenario.caller.age),
                failed: std::sync::atomic::AtomicBool::new(false),
            })
        });
        self.call = Some((scenario, dir));
        stamp
    }

    /// Whether the call's lines are heard, and how: recorded, synthetic, or (`None`) not at all.
    pub fn voice_kind(&self, line: LineIx) -> Option<VoiceKind> {
        if self.recorded(line).is_some() {
            Some(VoiceKind::Recorded)
        } else {
            self.synthetic.as_ref().map(|_| VoiceKind::Synthetic)
        }
    }

    /// Sounds a moment of the call.
    pub fn cue(&self, cue: Cue) {
        let a = &self.audio;
        match cue {
            Cue::Ringing => a.command(Command::Tone {
                id: self.plan.ringing.clone(),
                for_ms: None,
            }),
            Cue::Answered => {
                a.command(Command::StopTone);
                a.command(Command::Ambience(true));
            }
            Cue::CallerLine(l) => {
                if let Some(path) = self.clip(l) {
                    a.play_file(path);
                }
            }
            Cue::Ended { by_caller: true } => {
                a.command(Command::Ambience(false));
                a.command(Command::Tone {
                    id: self.plan.hung_up.clone(),
                    for_ms: Some(self.plan.hung_up_ms),
                });
            }
            Cue::Ended { by_caller: false } => a.command(Command::Silence),
        }
    }

    /// Stops every sound (leaving a call).
    pub fn hush(&self) {
        self.audio.command(Command::Silence);
    }

    fn clip(&self, line: LineIx) -> Option<PathBuf> {
        self.recorded(line).or_else(|| self.spoken(line))
    }

    fn recorded(&self, line: LineIx) -> Option<PathBuf> {
        let (scenario, dir) = self.call.as_ref()?;
        let id = &scenario.lines.get(line as usize)?.message;
        voice_clip(dir, id)
    }

    /// The synthetic clip of a line, spoken now if it is not cached yet (about 40 ms).
    fn spoken(&self, line: LineIx) -> Option<PathBuf> {
        let (scenario, _) = self.call.as_ref()?;
        let s = self.synthetic.as_ref()?;
        let id = &scenario.lines.get(line as usize)?.message;
        let words = s.text.get(
            id,
            Some(&doverie_core::locale::caller_args(scenario, &s.text)),
        );
        if s.failed.load(std::sync::atomic::Ordering::Relaxed) {
            return None;
        }
        let spoken = voices::ensure(&s.espeak, &s.dir, id, &words, &s.spec);
        // A voice that cannot speak (a broken install, a full disk) is not retried every line.
        s.failed
            .store(spoken.is_err(), std::sync::atomic::Ordering::Relaxed);
        spoken.ok().flatten()
    }
}

/// The largest voice clip hashed for a transcript (a clip larger than the player reads is not
/// played, and is bound as unreadable).
const MAX_CLIP_BYTES: u64 = clip::MAX_CLIP_BYTES;

/// The sound a call of `scenario` in `lang` is played with: `plan`, and every recorded voice
/// clip of the scenario's lines in that language (the clips the call plays), by path in the
/// content folder and SHA-256, for the transcript to bind. Lines without a recording are spoken
/// by the synthetic voice from the text the transcript binds.
pub fn sound_stamp(
    library: &Library,
    lang: Lang,
    scenario: &Scenario,
    plan: &TonePlan,
) -> SoundStamp {
    let dir = library.voice_dir(lang, &scenario.id);
    let mut clips: Vec<FileStamp> = scenario
        .lines
        .iter()
        .filter_map(|line| voice_clip(&dir, &line.message))
        .map(|path| FileStamp {
            path: path
                .strip_prefix(&library.root)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned(),
            hash: doverie_core::read::read_bounded(&path, MAX_CLIP_BYTES).map_or_else(
                |_| "unreadable".to_string(),
                |b| doverie_core::ron_file::sha256_hex(&b),
            ),
        })
        .collect();
    clips.sort_by(|a, b| a.path.cmp(&b.path));
    clips.dedup();
    SoundStamp {
        tones: plan.stamp(),
        clips,
    }
}

/// Verifies the sound a transcript binds against the sound as it is now (the program's tone
/// plan and the content folder's voice clips): a tone plan or clip that changed is a mismatch,
/// with its path. A call played without sound passes.
pub fn check_sound(loaded: &Loaded, transcript: &Transcript) -> Result<(), TranscriptError> {
    if transcript.sound.is_none() {
        return Ok(());
    }
    let lang = transcript.locale.parse().unwrap_or_default();
    let now = sound_stamp(
        &loaded.library,
        lang,
        &loaded.scenario,
        &TonePlan::builtin(),
    );
    transcript.check_sound(&now)
}

/// The words of a call in `lang`: the scenario's and its protocol's Fluent files.
pub fn call_text(library: &Library, lang: Lang, scenario: &Scenario) -> Text {
    let sources =
        |l: Lang| Library::read_sources(&library.call_ftl(l, &scenario.id, &scenario.protocol_id));
    Text::new(lang, &sources(lang), &sources(Lang::FALLBACK))
}

/// The clip of a line in a voice folder: `LINE.wav` or `LINE.ogg`.
pub fn voice_clip(dir: &Path, line: &str) -> Option<PathBuf> {
    ["wav", "ogg"]
        .iter()
        .map(|ext| dir.join(format!("{line}.{ext}")))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests;
