//! Call audio: synthesised line tones, the open line's hiss, caller voice clips, and the
//! trainee's recorded answers.
//!
//! - [`plan`]: tone plans as data (`assets/tones/NAME.ron`);
//! - [`synth`]: tones, hiss, clips and the mixer, filling plain buffers (tested without a
//!   sound card);
//! - [`clip`]: WAV and Ogg reading, WAV writing;
//! - [`device`]: cpal streams on a thread of their own, with a silent fallback;
//! - [`takes`]: the trainee's recorded answers, per turn, beside the transcript;
//! - [`CallSound`]: what a call's cues sound like, for both front ends.
//!
//! Audio is a front-end service: the core never hears of it.

pub mod clip;
pub mod device;
pub mod plan;
pub mod synth;
pub mod takes;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use device::Audio;
pub use plan::TonePlan;
use synth::Command;

use doverie_core::library::Library;
use doverie_core::live::Cue;
use doverie_core::locale::Lang;
use doverie_core::scenario::{LineIx, Scenario};

/// The sound of one call: tones at its moments and the caller's recorded lines, if any.
#[derive(Debug)]
pub struct CallSound {
    pub audio: Audio,
    plan: TonePlan,
    /// The scenario of the call being played and its voice folder
    /// (`assets/voice/LANG/SCENARIO/`).
    call: Option<(Arc<Scenario>, PathBuf)>,
}

impl CallSound {
    pub fn new(audio: Audio, plan: TonePlan) -> CallSound {
        CallSound {
            audio,
            plan,
            call: None,
        }
    }

    /// Voice clips of this scenario in this language, where they exist.
    pub fn set_call(&mut self, library: &Library, lang: Lang, scenario: Arc<Scenario>) {
        let dir = library.voice_dir(lang, &scenario.id);
        self.call = Some((scenario, dir));
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
        let (scenario, dir) = self.call.as_ref()?;
        let id = &scenario.lines.get(line as usize)?.message;
        voice_clip(dir, id)
    }
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
