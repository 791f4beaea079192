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
}

impl Sound {
    /// Opens the output, and the microphone only for voice practice. Lines without a recording
    /// are spoken by the synthetic voice, cached in the data folder `data`.
    pub fn open(plan: doverie_audio::TonePlan, voice: bool, data: std::path::PathBuf) -> Sound {
        let audio = doverie_audio::Audio::start(plan.clone(), voice);
        Sound {
            call: CallSound::new(audio, plan.clone()).with_voice_cache(data),
            plan,
            with_input: voice,
            takes: None,
            current: None,
        }
    }
}

/// The microphone is open only in voice practice: switching it in the lobby reopens the devices.
pub fn follow_voice_setting(
    mut sound: ResMut<Sound>,
    settings: Res<Settings>,
    call: Res<ActiveCall>,
) {
    if settings.voice != sound.with_input && call.live.is_none() {
        *sound = Sound::open(
            sound.plan.clone(),
            settings.voice,
            settings.data_dir.clone(),
        );
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
        sound.current = path.clone();
        sound.call.set_call(
            &content.library,
            live.text.lang(),
            live.session.scenario.clone(),
        );
        sound.takes = match (&path, settings.voice) {
            (Some(p), true) => Some(Takes::new(p.clone())),
            _ => None,
        };
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
