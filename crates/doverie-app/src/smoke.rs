//! A scripted run of the real window, for the smoke test: pick a scenario, answer, play the
//! given inputs through the same [`UiAction`]s as keys and clicks, then save a screenshot with
//! Bevy's screenshot API and, beside it, where the transcript area is on screen.
//!
//! The driver has no clock of its own: a `wait:N` input is [`UiAction::StaySilent`], which the
//! call's `LiveCall` lets pass exactly as N seconds of real silence (its `SilenceClock` decides
//! when the caller reacts), and lines are paced by the `LiveCall` too.

use std::collections::VecDeque;
use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::ui::{ComputedNode, UiGlobalTransform};

use super::logic::{ActiveCall, AppSystems, Content, Screen, UiAction};
use super::screens::call::TranscriptArea;
use doverie_core::engine::Input;
use doverie_core::live::Phase;

/// What the smoke run plays and where it saves the picture.
#[derive(Debug, Clone)]
pub struct Smoke {
    /// The scenario, by file name.
    pub scenario: String,
    /// The inputs, as `--choose` takes them.
    pub inputs: Vec<Input>,
    /// A PNG; `FILE.json` beside it gets the transcript area's rectangle.
    pub screenshot: PathBuf,
}

/// Frames to let layout and text settle before the picture, and to give up after.
const SETTLE_FRAMES: u32 = 20;
const GIVE_UP_FRAMES: u32 = 20_000;

#[derive(Resource)]
struct Run {
    smoke: Smoke,
    inputs: VecDeque<Input>,
    frames: u32,
    quiet: u32,
    requested: bool,
}

#[derive(Resource, Default)]
struct Captured(bool);

/// Plays a [`Smoke`] run in the real window, then exits.
pub struct SmokePlugin(pub Smoke);

impl Plugin for SmokePlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Run {
            inputs: self.0.inputs.iter().cloned().collect(),
            smoke: self.0.clone(),
            frames: 0,
            quiet: 0,
            requested: false,
        })
        .init_resource::<Captured>()
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
    run.frames += 1;
    if run.frames > GIVE_UP_FRAMES {
        eprintln!("doverie: the smoke run did not finish");
        exit.write(AppExit::error());
        return;
    }
    match screen.get() {
        Screen::Lobby => {
            let Some(i) = content.position(&run.smoke.scenario) else {
                eprintln!("doverie: no playable scenario \"{}\"", run.smoke.scenario);
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
                        Input::HangUp => Some(UiAction::HangUp),
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
                Phase::Choosing | Phase::Over => settle_and_shoot(&mut run, &mut commands),
                Phase::Revealing => run.quiet = 0,
            }
        }
        Screen::Debrief => settle_and_shoot(&mut run, &mut commands),
    }
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

/// Once the picture is saved: writes where the transcript area is, and exits.
fn finish(
    captured: Res<Captured>,
    run: Res<Run>,
    areas: Query<(&ComputedNode, &UiGlobalTransform), With<TranscriptArea>>,
    mut exit: MessageWriter<AppExit>,
) {
    if !captured.0 {
        return;
    }
    let area = areas.iter().next().map(|(node, at)| {
        let size = node.size();
        let center = at.translation;
        [
            center.x - size.x / 2.0,
            center.y - size.y / 2.0,
            size.x,
            size.y,
        ]
    });
    let json = serde_json::json!({ "transcript_area": area });
    let path = run.smoke.screenshot.with_extension("json");
    if let Err(e) = std::fs::write(&path, json.to_string()) {
        eprintln!("doverie: cannot write {}: {e}", path.display());
        exit.write(AppExit::error());
        return;
    }
    exit.write(AppExit::Success);
}
