//! Voice practice: the trainee's spoken answer to each turn, recorded into a WAV file beside the
//! transcript (`CALL.turn-N.wav`) and referred to from the transcript by turn, with its duration.
//! Both front ends drive it the same way: `begin` when the options are shown, `end` after an
//! input.

use std::path::{Path, PathBuf};

use super::Audio;
use doverie_core::engine::Input;
use doverie_core::session::Session;
use doverie_core::transcript::Recording;

/// A take larger than this is not hashed (an hour of 48 kHz stereo 16-bit sound is 660 MiB).
pub const MAX_TAKE_BYTES: u64 = 1 << 30;

/// The file of turn `turn`'s answer, beside the transcript at `transcript`.
pub fn take_path(transcript: &Path, turn: u32) -> PathBuf {
    let stem = transcript
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "call".into());
    transcript.with_file_name(format!("{stem}.turn-{turn}.wav"))
}

/// Takes in progress for one call.
#[derive(Debug)]
pub struct Takes {
    transcript: PathBuf,
    /// The turn being recorded.
    recording: Option<u32>,
}

impl Takes {
    /// Takes of a call whose transcript is (or will be) at `transcript`.
    pub fn new(transcript: PathBuf) -> Takes {
        Takes {
            transcript,
            recording: None,
        }
    }

    /// Whether a take is being recorded.
    pub fn is_recording(&self) -> bool {
        self.recording.is_some()
    }

    /// Starts recording the answer to the current turn, unless already recording.
    pub fn begin(&mut self, audio: &Audio, session: &Session) {
        if self.recording.is_some() || session.is_over() {
            return;
        }
        let turn = session.call.state.turn;
        if audio.start_take(take_path(&self.transcript, turn)) {
            self.recording = Some(turn);
        }
    }

    /// After an input: if the trainee answered (chose, dispatched or hung up; silence does not
    /// end an answer), ends the take and records it in the transcript.
    pub fn end(&mut self, audio: &Audio, session: &mut Session) -> Option<Recording> {
        let turn = self.recording?;
        let answered = session
            .transcript
            .inputs
            .iter()
            .any(|i| i.turn == turn && !matches!(i.input, Input::Wait { .. }));
        if !answered && !session.is_over() {
            return None;
        }
        self.recording = None;
        let (path, seconds) = audio.stop_take()?;
        let recording = Recording {
            turn,
            file: path.file_name()?.to_string_lossy().into_owned(),
            millis: (seconds * 1000.0).round() as u64,
            // The file as written, bound into the transcript.
            hash: doverie_core::read::read_bounded(&path, MAX_TAKE_BYTES)
                .ok()
                .map(|bytes| doverie_core::ron_file::sha256_hex(&bytes)),
        };
        if answered {
            session.transcript.recordings.push(recording.clone());
            Some(recording)
        } else {
            // The call ended with no answer this turn: the take is not an answer.
            let _ = std::fs::remove_file(path);
            None
        }
    }
}
