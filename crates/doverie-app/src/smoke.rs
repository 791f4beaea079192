//! A scripted run of the real window, for the smoke test: pick a scenario, answer, play the
//! given inputs through the same [`UiAction`]s as keys and clicks, then the actions asked for
//! after them (open the dispatch panel, scroll to the end), then save a screenshot with Bevy's
//! screenshot API and, beside it, where the screen's [`Landmark`]s are. With no scenario the
//! picture is of the lobby. A run that holds stays open afterwards, sleeping as the app does
//! when nothing changes (for measuring what it costs idle), until it is closed.
//!
//! The driver has no clock of its own: a `wait:N` input is [`UiAction::StaySilent`], which the
//! call's `LiveCall` lets pass exactly as N seconds of real silence (its `SilenceClock` decides
//! when the caller reacts), and lines are paced by the `LiveCall` too.

use std::collections::VecDeque;
use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::ui::{ComputedNode, UiGlobalTransform};

use super::logic::{ActiveCall, AppSystems, CallTimePasses, Content, Screen, UiAction};
use super::pace::Hurry;
use super::screens::Landmark;
use doverie_core::engine::Input;
use doverie_core::live::Phase;

/// What the smoke run plays and where it saves the picture.
#[derive(Debug, Clone)]
pub struct Smoke {
    /// The scenario, by file name; none: the picture is of the lobby.
    pub scenario: Option<String>,
    /// The inputs, as `--choose` takes them.
    pub inputs: Vec<Input>,
    /// What to do once the inputs are played, before the picture.
    pub then: Vec<UiAction>,
    /// A PNG; `FILE.json` beside it gets the rectangles of the screen's landmarks.
    pub screenshot: PathBuf,
    /// Stay open after the picture (until the window is closed).
    pub hold: bool,
}

impl Smoke {
    /// The action a word of `--smoke-then` names: `dispatch` opens the dispatch panel,
    /// `hang-up` asks to hang up, `scroll-end` scrolls every scrolling area to its end.
    pub fn action(word: &str) -> Option<UiAction> {
        Some(match word {
            "dispatch" => UiAction::ToggleDispatch,
            "hang-up" => UiAction::HangUp,
            "scroll-end" => UiAction::ScrollAll(1.0e6),
            _ => return None,
        })
    }
}

/// Frames to let layout and text settle before the picture, and to give up after.
const SETTLE_FRAMES: u32 = 20;
const GIVE_UP_FRAMES: u32 = 20_000;

#[derive(Resource)]
struct Run {
    smoke: Smoke,
    inputs: VecDeque<Input>,
    then: VecDeque<UiAction>,
    frames: u32,
    quiet: u32,
    requested: bool,
}

/// The picture is saved (`.0`), and the landmarks written (`.1`).
#[derive(Resource, Default)]
struct Captured(bool, bool);

/// Plays a [`Smoke`] run in the real window, then exits.
pub struct SmokePlugin(pub Smoke);

impl Plugin for SmokePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Run {
            inputs: self.0.inputs.iter().cloned().collect(),
            then: self.0.then.iter().cloned().collect(),
            smoke: self.0.clone(),
            frames: 0,
            quiet: 0,
            requested: false,
        })
        .init_resource::<Captured>()
        .insert_resource(Hurry(true))
        // No time passes in the call by itself while the run drives the app: its silences are
        // its `wait:N` inputs, so that what it records does not depend on how fast frames come.
        .insert_resource(CallTimePasses(false))
        .add_systems(Update, drive.in_set(AppSystems::Input))
        .add_systems(Last, finish);
    }
}

fn drive(
    mut run: ResMut<Run>,
    screen: Res<State<Screen>>,
    content: Res<Content>,
    call: Res<ActiveCall>,
    mut actions: MessageWriter<UiAction>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    if run.requested {
        return;
    }
    run.frames += 1;
    if run.frames > GIVE_UP_FRAMES {
        eprintln!("doverie: the smoke run did not finish");
        exit.write(AppExit::error());
        return;
    }
    match screen.get() {
        Screen::Lobby => {
            let Some(name) = run.smoke.scenario.clone() else {
                settle_and_shoot(&mut run, &mut commands);
                return;
            };
            let Some(i) = content.position(&name) else {
                eprintln!("doverie: no playable scenario \"{name}\"");
                exit.write(AppExit::error());
                return;
            };
            actions.write(UiAction::Select(i));
            actions.write(UiAction::Start);
        }
        Screen::Call => {
            let Some(live) = call.live.as_ref() else {
                return;
            };
            match live.phase() {
                Phase::Ringing => {
                    actions.write(UiAction::Answer);
                }
                Phase::Saying => {
                    actions.write(UiAction::Confirm);
                }
                Phase::Choosing if !run.inputs.is_empty() => {
                    run.quiet = 0;
                    let Some(input) = run.inputs.pop_front() else {
                        return;
                    };
                    let action = match &input {
                        Input::Choose { option } => {
                            let node = live.session.scenario.node(live.session.call.state.node);
                            live.options()
                                .iter()
                                .position(|(ix, _)| node.options[usize::from(*ix)].id == *option)
                                .map(|p| UiAction::Choose(p + 1))
                        }
                        Input::Dispatch { service } => live
                            .session
                            .protocol
                            .services
                            .items
                            .iter()
                            .position(|s| s.id == *service)
                            .map(|i| UiAction::Dispatch(i as u16)),
                        Input::HangUp => Some(UiAction::ConfirmHangUp),
                        // Silence passes in the call as real time would, through its LiveCall.
                        Input::Wait { seconds } => Some(UiAction::StaySilent(*seconds)),
                    };
                    match action {
                        Some(a) => {
                            actions.write(a);
                        }
                        None => {
                            eprintln!("doverie: the smoke input {} is not offered", input.token());
                            exit.write(AppExit::error());
                        }
                    }
                }
                Phase::Choosing | Phase::Over => then_shoot(&mut run, &mut actions, &mut commands),
                Phase::Revealing => run.quiet = 0,
            }
        }
        // The exam server's screens wait for the trainee; the smoke run only shoots them.
        Screen::Debrief | Screen::Login | Screen::Exams => {
            then_shoot(&mut run, &mut actions, &mut commands)
        }
    }
}

/// The actions asked for after the inputs, a frame apart, then the picture.
fn then_shoot(run: &mut Run, actions: &mut MessageWriter<UiAction>, commands: &mut Commands) {
    if let Some(action) = run.then.pop_front() {
        run.quiet = 0;
        actions.write(action);
        return;
    }
    settle_and_shoot(run, commands);
}

fn settle_and_shoot(run: &mut Run, commands: &mut Commands) {
    run.quiet += 1;
    if run.quiet < SETTLE_FRAMES || run.requested {
        return;
    }
    run.requested = true;
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(run.smoke.screenshot.clone()))
        .observe(
            |_: On<ScreenshotCaptured>, mut captured: ResMut<Captured>| {
                captured.0 = true;
            },
        );
}

/// Once the picture is saved: writes where the landmarks are (each as `[x, y, width, height]`
/// in physical pixels, with `NAME.clip` for the part its scrolling parents let be seen, and
/// `NAME.content` for the height of what a scrolling landmark holds), then exits, or sleeps on
/// in a run that holds.
fn finish(
    mut captured: ResMut<Captured>,
    run: Res<Run>,
    landmarks: Query<(
        &Landmark,
        &ComputedNode,
        &UiGlobalTransform,
        Option<&bevy::ui::CalculatedClip>,
    )>,
    mut hurry: ResMut<Hurry>,
    mut real_time: ResMut<CallTimePasses>,
    sound: Option<Res<crate::sound::Sound>>,
    mut exit: MessageWriter<AppExit>,
) {
    if !captured.0 || captured.1 {
        return;
    }
    // A run that holds says it is done once the app has nothing left to do (the sound devices
    // closed after the call), so that what follows measures the app at rest.
    if run.smoke.hold && sound.is_some_and(|s| s.is_open()) {
        return;
    }
    let mut json = serde_json::Map::new();
    for (mark, node, at, clip) in &landmarks {
        let size = node.size();
        let center = at.translation;
        let rect = [
            center.x - size.x / 2.0,
            center.y - size.y / 2.0,
            size.x,
            size.y,
        ];
        json.insert(mark.0.to_string(), serde_json::json!(rect));
        if let Some(clip) = clip {
            let c = clip.clip;
            json.insert(
                format!("{}.clip", mark.0),
                serde_json::json!([c.min.x, c.min.y, c.width(), c.height()]),
            );
        }
        json.insert(
            format!("{}.content", mark.0),
            serde_json::json!(node.content_size.y),
        );
    }
    // Written whole, then renamed: a test waiting for the file never reads half of it.
    let path = run.smoke.screenshot.with_extension("json");
    let part = run.smoke.screenshot.with_extension("json.part");
    let written = std::fs::write(&part, serde_json::Value::Object(json).to_string())
        .and_then(|()| std::fs::rename(&part, &path));
    captured.1 = true;
    if let Err(e) = written {
        eprintln!("doverie: cannot write {}: {e}", path.display());
        exit.write(AppExit::error());
    } else if run.smoke.hold {
        // From here on the app runs as it does for a trainee, time passing.
        hurry.0 = false;
        real_time.0 = true;
    } else {
        exit.write(AppExit::Success);
    }
}
