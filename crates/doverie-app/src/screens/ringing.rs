//! The ringing phone: "incoming call", a caller not yet known (a helpline has no caller ID: who
//! calls is learnt from the call), a phone that rings (rings spreading from it, with the line's
//! ringing tone where there is sound) and the answer button, until the trainee answers (Space or
//! Enter, or the button). Nothing else can be done yet: no dispatch, no hanging up, and no
//! silence is timed. A resumed call was answered before it was interrupted: it goes straight on
//! to the conversation.

use bevy::prelude::*;

use super::{ACCENT, ACCENT_SOFT, Chrome, Fonts, INK, Landmark, MUTED, Ui, despawn, screen_root};
use crate::logic::{ActiveCall, AppSystems, CallStage, Keys, Settings, UiAction};
use doverie_core::live::Phase;

/// The ringing phone's nodes.
#[derive(Component)]
pub struct RingingScreen;

/// A ring spreading from the phone: `0.0` or `0.5`, its place in the cycle.
#[derive(Component, Debug, Clone, Copy)]
pub struct Ring(pub f32);

/// One ring spreads from the phone and fades in this many seconds.
const RING_SECONDS: f32 = 1.6;
/// The phone's size, and how far a ring spreads beyond it, in pixels.
const PHONE: f32 = 96.0;
const SPREAD: f32 = 90.0;

/// The ringing phone: spawned on entering [`CallStage::Ringing`].
pub struct RingingPlugin;

impl Plugin for RingingPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(CallStage::Ringing), show)
            .add_systems(OnExit(CallStage::Ringing), despawn::<RingingScreen>)
            .add_systems(
                Update,
                (
                    keys.in_set(AppSystems::Input),
                    act.in_set(AppSystems::Act),
                    rings.in_set(AppSystems::Show),
                )
                    .run_if(in_state(CallStage::Ringing)),
            );
    }
}

fn keys(keys: Res<Keys>, mut actions: MessageWriter<UiAction>) {
    actions.write_batch(
        keys.shortcuts()
            .filter(|code| matches!(code, KeyCode::Space | KeyCode::Enter | KeyCode::NumpadEnter))
            .map(|_| UiAction::Answer),
    );
}

fn act(
    mut actions: MessageReader<UiAction>,
    mut call: ResMut<ActiveCall>,
    mut next: ResMut<NextState<CallStage>>,
) {
    for action in actions.read() {
        if *action == UiAction::Answer
            && let Some(live) = call.live.as_mut()
        {
            live.answer();
        }
    }
    // Answered now, or a resumed call (answered before it was interrupted).
    if call
        .live
        .as_ref()
        .is_some_and(|l| l.phase() != Phase::Ringing)
    {
        next.set(CallStage::Talking);
    }
}

/// The rings spread and fade, one after the other.
fn rings(time: Res<Time>, mut rings: Query<(&Ring, &mut Node, &mut BorderColor)>) {
    let t = time.elapsed_secs() / RING_SECONDS;
    for (ring, mut node, mut border) in &mut rings {
        let phase = (t + ring.0).fract();
        let size = PHONE + SPREAD * phase;
        node.width = px(size);
        node.height = px(size);
        node.margin = UiRect::all(px(-size / 2.0));
        *border = BorderColor::all(ACCENT.with_alpha(1.0 - phase));
    }
}

fn show(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    if call.live.is_none() {
        return;
    }
    let ui = Ui::new(&words, &fonts, settings.lang);
    commands
        .spawn(screen_root(RingingScreen))
        .insert(Landmark("ringing"))
        .with_children(|p| {
            p.spawn(Node {
                flex_direction: FlexDirection::Column,
                flex_grow: 1.0,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                row_gap: px(18),
                ..default()
            })
            .with_children(|c| {
                // The phone, with the rings spreading from its centre.
                c.spawn(Node {
                    width: px(PHONE + SPREAD),
                    height: px(PHONE + SPREAD),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    ..default()
                })
                .with_children(|stage| {
                    for offset in [0.0, 0.5] {
                        stage.spawn((
                            Ring(offset),
                            Node {
                                position_type: PositionType::Absolute,
                                left: percent(50),
                                top: percent(50),
                                width: px(PHONE),
                                height: px(PHONE),
                                border: UiRect::all(px(3)),
                                border_radius: BorderRadius::MAX,
                                ..default()
                            },
                            BorderColor::all(ACCENT),
                        ));
                    }
                    stage
                        .spawn((
                            Landmark("phone"),
                            Node {
                                width: px(PHONE),
                                height: px(PHONE),
                                border_radius: BorderRadius::MAX,
                                justify_content: JustifyContent::Center,
                                align_items: AlignItems::Center,
                                ..default()
                            },
                            BackgroundColor(ACCENT_SOFT),
                        ))
                        .with_children(|phone| ui.heading(phone, "☎", 48.0, ACCENT));
                });
                ui.heading(c, ui.t("gui-ringing"), 26.0, INK);
                ui.label(c, ui.t("gui-caller-unknown"), 16.0, MUTED);
                ui.button(c, ui.t("gui-answer"), UiAction::Answer, true);
                ui.label(c, ui.t("gui-answer-hint"), 15.0, MUTED);
            });
        });
}
