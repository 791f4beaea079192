//! The ringing phone: the call's title, "incoming call" and the answer button, until the trainee
//! answers (Space or Enter, or the button). Nothing else can be done yet: no dispatch, no
//! hanging up, and no silence is timed. A resumed call was answered before it was interrupted:
//! it goes straight on to the conversation.

use bevy::prelude::*;

use super::call::call_frame;
use super::{ACCENT, Chrome, Fonts, MUTED, Ui, despawn, screen_root};
use crate::logic::{ActiveCall, AppSystems, CallStage, Keys, Settings, UiAction};
use doverie_core::live::Phase;

/// The ringing phone's nodes.
#[derive(Component)]
pub struct RingingScreen;

/// The ringing phone: spawned on entering [`CallStage::Ringing`].
pub struct RingingPlugin;

impl Plugin for RingingPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(CallStage::Ringing), show)
            .add_systems(OnExit(CallStage::Ringing), despawn::<RingingScreen>)
            .add_systems(
                Update,
                (keys.in_set(AppSystems::Input), act.in_set(AppSystems::Act))
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

fn show(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    let Some(live) = &call.live else { return };
    let ui = Ui::new(&words, &fonts, settings.lang);
    let parts = call_frame(&mut commands, screen_root(RingingScreen), &ui, &call, live);
    commands.entity(parts.transcript).with_children(|t| {
        ui.heading(t, ui.t("ui-incoming-call"), 24.0, ACCENT);
        ui.row(t, 8.0)
            .with_children(|r| ui.button(r, ui.t("gui-answer"), UiAction::Answer, true));
    });
    commands
        .entity(parts.answers)
        .with_children(|o| ui.label(o, ui.t("gui-answer-hint"), 15.0, MUTED));
}
