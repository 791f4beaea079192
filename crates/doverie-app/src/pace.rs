//! When the app wakes. A desktop app on a training-room PC or a laptop sleeps while nothing
//! changes: Bevy's winit loop runs a frame only for input and window events, when the app asks
//! for one ([`RequestRedraw`]) or when the wait set here is over ([`UpdateMode::Reactive`]).
//!
//! - the lobby and the debrief change only when the trainee acts: they wake for input, and
//!   otherwise every [`IDLE`] (every [`WATCHING`] in `--watch` mode, to reload changed files);
//! - the ringing phone is animated ([`RINGING`]);
//! - a call in progress wakes when it next changes by itself: the next line, the next second
//!   of the call clock or of the silence timer ([`LiveCall::until_change`]);
//! - a change that shows on the next frame (a screen that is entered, a panel that opens) asks
//!   for that frame at once;
//! - a system with something to do later sets an [`Alarm`] (the sound devices are closed a
//!   moment after a call);
//! - a scripted run (the smoke test) runs flat out while it drives the app ([`Hurry`]).
//!
//! [`LiveCall::until_change`]: doverie_core::live::LiveCall::until_change

use std::time::Duration;

use bevy::prelude::*;
use bevy::state::state::FreelyMutableState;
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};

use crate::logic::{ActiveCall, CallStage, Screen, Settings};
use crate::screens::dispatch::DispatchPanel;

/// The longest sleep in the lobby and the debrief when nothing happens (nothing there changes
/// by itself: the sound devices are closed, files are not watched).
pub const IDLE: Duration = Duration::from_secs(60);
/// The longest sleep in the lobby in `--watch` mode: the content folder is looked at every
/// second.
pub const WATCHING: Duration = Duration::from_secs(1);
/// The ringing phone's animation: 20 frames a second.
pub const RINGING: Duration = Duration::from_millis(50);
/// The longest sleep during a call that is not changing by itself (sound notices, a call just
/// over).
const CALL_IDLE: Duration = Duration::from_secs(1);
/// The shortest wait, so that a change due in a moment is not polled for.
const SOONEST: Duration = Duration::from_millis(10);

/// A scripted run drives the app: frames as fast as they come.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Hurry(pub bool);

/// Wakes the app within this time, whatever else it waits for (set again each frame it is
/// needed; cleared after each frame).
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Alarm(Option<Duration>);

impl Alarm {
    /// Wakes the app within `after`.
    pub fn set(&mut self, after: Duration) {
        self.0 = Some(self.0.map_or(after, |a| a.min(after)));
    }
}

/// How long the app may sleep now, if nothing happens.
pub fn wait(
    screen: Screen,
    stage: Option<CallStage>,
    call: &ActiveCall,
    settings: &Settings,
) -> Duration {
    match (screen, stage) {
        (Screen::Lobby, _) if settings.watch => WATCHING,
        (Screen::Lobby | Screen::Debrief | Screen::Login | Screen::Exams, _) => IDLE,
        (Screen::Call, Some(CallStage::Ringing) | None) => RINGING,
        (Screen::Call, Some(CallStage::Talking)) => call
            .live
            .as_ref()
            .and_then(|l| l.until_change())
            .map_or(CALL_IDLE, |s| {
                Duration::from_secs_f32(s.max(0.0)).clamp(SOONEST, CALL_IDLE)
            }),
    }
}

/// The update mode for now: reactive (input and window events wake the app; the mouse moving
/// elsewhere on the desktop does not), or continuous while a script hurries it.
pub fn update_mode(hurry: Hurry, wait: Duration) -> UpdateMode {
    if hurry.0 {
        UpdateMode::Continuous
    } else {
        UpdateMode::reactive_low_power(wait)
    }
}

/// The app's sleeping and waking (see the module's documentation).
pub struct Pace;

impl Plugin for Pace {
    fn build(&self, app: &mut App) {
        if !app.world().contains_resource::<Messages<RequestRedraw>>() {
            app.add_message::<RequestRedraw>();
        }
        // A frame after a sleep sees all the time that passed: a call's clocks are real time.
        if let Some(mut time) = app.world_mut().get_resource_mut::<Time<Virtual>>() {
            time.set_max_delta(Duration::from_secs(3600));
        }
        app.init_resource::<Hurry>()
            .init_resource::<Alarm>()
            .init_resource::<WinitSettings>()
            .add_systems(Last, (set_update_mode, wake_for_what_is_next));
    }
}

fn set_update_mode(
    screen: Res<State<Screen>>,
    stage: Option<Res<State<CallStage>>>,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    hurry: Res<Hurry>,
    mut alarm: ResMut<Alarm>,
    mut winit: ResMut<WinitSettings>,
) {
    let mut wait = wait(*screen.get(), stage.map(|s| *s.get()), &call, &settings);
    if let Some(due) = alarm.0.take() {
        wait = wait.min(due.max(SOONEST));
    }
    let mode = update_mode(*hurry, wait);
    if winit.focused_mode != mode || winit.unfocused_mode != mode {
        winit.focused_mode = mode;
        winit.unfocused_mode = mode;
    }
}

/// Whether a state change waits for the next frame.
fn pending<S: FreelyMutableState>(next: Option<Res<NextState<S>>>) -> bool {
    next.is_some_and(|n| !matches!(*n, NextState::Unchanged))
}

/// A screen entered, a stage or a panel changed: shown on the next frame, which is asked for
/// now rather than at the next input.
fn wake_for_what_is_next(
    screen: Option<Res<NextState<Screen>>>,
    stage: Option<Res<NextState<CallStage>>>,
    panel: Option<Res<NextState<DispatchPanel>>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if pending(screen) || pending(stage) || pending(panel) {
        redraw.write(RequestRedraw);
    }
}
