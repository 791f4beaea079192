//! The app's sound: the call's cues played through [`CallSound`], and voice practice (the
//! trainee's answer to each turn recorded beside the transcript). Present only in the desktop
//! app; tests of the logic run without it.
//!
//! The sound devices are open only while a call needs them: they are opened when a call starts
//! (the microphone too in voice practice) and closed once no call is in progress and the last
//! tone has played, so that an idle app rests (an open output stream wakes its thread every few
//! milliseconds, and holds the device). The app opens them once on start too, so that a device
//! problem is told in the lobby before the first call.

use bevy::prelude::*;

use std::time::Duration;

use super::logic::{ActiveCall, CallCue, CallerVoice, Lobby, Settings};
use super::pace::Alarm;
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
    /// Whether the devices are open.
    open: bool,
    /// Since when (the app's real time) no call has needed the open devices.
    idle_since: Option<Duration>,
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
            open: true,
            idle_since: None,
            data,
            devices,
        }
    }

    /// The sound with its devices closed.
    fn closed(&self) -> Sound {
        let audio = doverie_audio::Audio::silent();
        Sound {
            call: CallSound::new(audio, self.plan.clone()).with_voice_cache(self.data.clone()),
            plan: self.plan.clone(),
            with_input: false,
            takes: None,
            current: None,
            open: false,
            idle_since: None,
            data: self.data.clone(),
            devices: self.devices,
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

    /// Whether the devices are open.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// How long the devices stay open after a call, for its last tone to play.
    fn linger(&self) -> Duration {
        Duration::from_millis(u64::from(self.plan.hung_up_ms) + 500)
    }
}

/// Opens the devices when a call starts (the microphone too in voice practice); closes them
/// once no call needs them and the last tone has played, telling any problem in the lobby.
/// Runs after the trainee's actions (a call just started is heard ringing in the same frame).
pub fn open_for_calls(
    time: Res<Time<Real>>,
    mut sound: ResMut<Sound>,
    settings: Res<Settings>,
    call: Res<ActiveCall>,
    mut lobby: ResMut<Lobby>,
    words: Res<super::screens::Chrome>,
    mut alarm: ResMut<Alarm>,
) {
    if call.live.is_some() {
        if !sound.open || (sound.current.is_none() && sound.with_input != settings.voice) {
            sound.reopen(settings.voice);
        }
        sound.idle_since = None;
        return;
    }
    if !sound.open {
        return;
    }
    let now = time.elapsed();
    let since = *sound.idle_since.get_or_insert(now);
    let linger = sound.linger();
    let idle = now.saturating_sub(since);
    if idle < linger {
        // The app may be asleep by then: it is woken to close them.
        alarm.set(linger - idle);
        return;
    }
    if let Some(last) = sound.call.audio.take_notices().pop() {
        lobby.notice = Some(notice_text(words.get(settings.lang), &last));
    }
    *sound = sound.closed();
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
        // resume sets it and starts the call in one frame).
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

/// Sound problems (no device, a device that failed) as the lobby's one-line notice, in the
/// trainee's language.
pub fn sound_notices(
    sound: Res<Sound>,
    mut lobby: ResMut<Lobby>,
    settings: Res<Settings>,
    words: Res<super::screens::Chrome>,
) {
    if let Some(last) = sound.call.audio.take_notices().pop() {
        lobby.notice = Some(notice_text(words.get(settings.lang), &last));
    }
}

/// A sound problem in the reader's language (the system's own words about the cause, if any,
/// in brackets as it gives them).
pub fn notice_text(text: &doverie_core::locale::Text, notice: &doverie_audio::Notice) -> String {
    text.get1(
        notice.message_id(),
        "detail",
        notice.detail().unwrap_or_default().to_string(),
    )
}
