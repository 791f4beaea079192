//! The app's sound: the call's cues played through [`CallSound`], and voice practice (the
//! trainee's answer to each turn recorded beside the transcript). Present only in the desktop
//! app; tests of the logic run without it.

use bevy::prelude::*;

use super::logic::{ActiveCall, CallCue, CallerVoice, Lobby, Settings};
use doverie_audio::CallSound;
use doverie_audio::takes::Takes;
use doverie_core::live::{Cue, Phase};

/// The sound of calls, and the takes of the call in progress.
#[derive(Resource)]
pub struct Sound {
    /// The call's tones and the caller's voice clips.
    pub call: CallSound,
    plan: doverie_audio::TonePlan,
    /// Whether the microphone was asked for (only in voice practice).
    with_input: bool,
    takes: Option<Takes>,
    /// The transcript of the call the sound is set up for.
    current: Option<std::path::PathBuf>,
    /// The data folder (the synthetic voice's cache).
    data: std::path::PathBuf,
    /// How the devices are opened (the sound card; tests give a handle of their own).
    devices: OpenDevices,
}

/// Opens the sound devices for a tone plan, with the microphone or without.
pub type OpenDevices = fn(doverie_audio::TonePlan, bool) -> doverie_audio::Audio;

impl Sound {
    /// Opens the output, and the microphone only for voice practice. Lines without a recording
    /// are spoken by the synthetic voice, cached in the data folder `data`.
    pub fn open(plan: doverie_audio::TonePlan, voice: bool, data: std::path::PathBuf) -> Sound {
        Sound::open_with(plan, voice, data, doverie_audio::Audio::start)
    }

    /// As [`Sound::open`], the devices opened by `devices` (each time they are reopened).
    pub fn open_with(
        plan: doverie_audio::TonePlan,
        voice: bool,
        data: std::path::PathBuf,
        devices: OpenDevices,
    ) -> Sound {
        let audio = devices(plan.clone(), voice);
        Sound {
            call: CallSound::new(audio, plan.clone()).with_voice_cache(data.clone()),
            plan,
            with_input: voice,
            takes: None,
            current: None,
            data,
            devices,
        }
    }

    /// Whether the microphone was asked for (voice practice).
    pub fn records(&self) -> bool {
        self.with_input
    }

    /// Opens the devices again, with the microphone or without (nothing of a call is set up).
    fn reopen(&mut self, voice: bool) {
        *self = Sound::open_with(self.plan.clone(), voice, self.data.clone(), self.devices);
    }
}

/// The microphone is open only in voice practice: switching it in the lobby reopens the devices.
pub fn follow_voice_setting(
    mut sound: ResMut<Sound>,
    settings: Res<Settings>,
    call: Res<ActiveCall>,
) {
    if settings.voice != sound.with_input && call.live.is_none() {
        sound.reopen(settings.voice);
    }
}

/// Sets the sound up for a new call, and ends the take of an answer the trainee just gave. Runs
/// after the trainee's actions and before time passes, so that the answer that ends a call is
/// kept.
pub fn end_takes(
    mut sound: ResMut<Sound>,
    mut call: ResMut<ActiveCall>,
    content: Res<super::logic::Content>,
    settings: Res<Settings>,
) {
    let sound = &mut *sound;
    let path = call.file.clone();
    // Looking is no change of the call; an answer's take that ends is (it is saved).
    let Some(live) = call.bypass_change_detection().live.as_mut() else {
        if let Some(takes) = sound.takes.take()
            && takes.is_recording()
        {
            sound.call.audio.stop_take();
        }
        sound.current = None;
        return;
    };
    if sound.current != path {
        // A call is set up in the mode it is played in: a resumed call of voice practice
        // needs the microphone though the lobby's setting was off when the app began (the
        // lobby's switch reopens the devices only between calls, and the resume sets it and
        // starts the call in one frame).
        if settings.voice != sound.with_input {
            sound.reopen(settings.voice);
        }
        sound.current = path.clone();
        let stamp = sound.call.set_call(
            &content.library,
            live.text.lang(),
            live.session.scenario.clone(),
        );
        sound.takes = match (&path, settings.voice) {
            (Some(p), true) => Some(Takes::new(p.clone())),
            _ => None,
        };
        // The tone plan and voice clips the call is played with are bound and journaled
        // before its first line is heard.
        if live.session.transcript.bind_sound(stamp) {
            call.journal_inputs();
        }
        return;
    }
    let Some(takes) = sound.takes.as_mut() else {
        return;
    };
    if takes.end(&sound.call.audio, &mut live.session).is_some() {
        call.journal_inputs();
    }
}

/// Starts recording as soon as the options are shown (after time has passed this frame).
pub fn begin_takes(mut sound: ResMut<Sound>, call: Res<ActiveCall>) {
    let sound = &mut *sound;
    let (Some(live), Some(takes)) = (call.live.as_ref(), sound.takes.as_mut()) else {
        return;
    };
    if sound.current == call.file && matches!(live.phase(), Phase::Choosing | Phase::Saying) {
        takes.begin(&sound.call.audio, &live.session);
    }
}

/// Sounds the call's cues, and notes where each caller line's voice comes from.
pub fn sound_cues(
    mut cues: MessageReader<CallCue>,
    sound: Res<Sound>,
    mut voice: ResMut<CallerVoice>,
) {
    for cue in cues.read() {
        sound.call.cue(cue.0);
        if let Cue::CallerLine(line) = cue.0 {
            voice.set_if_neq(CallerVoice(sound.call.voice_kind(line)));
        }
    }
}

/// Sound problems (no device, a device that failed) as the lobby's one-line notice.
pub fn sound_notices(sound: Res<Sound>, mut lobby: ResMut<Lobby>) {
    if let Some(last) = sound.call.audio.notices().pop() {
        lobby.notice = Some(last);
    }
}
