//! The dispatch panel, beside the conversation: closed, a button; open, the protocol's services
//! with their hours, numbered 1-9 and 0, and a cursor for the arrows and Enter. A service can be
//! dispatched at any moment of the answered call; the panel closes once one is. While it is
//! open, digits dispatch instead of choosing.

use bevy::prelude::*;

use super::call::DispatchSlot;
use super::{Chrome, Fonts, MUTED, Ui, despawn};
use crate::logic::{ActiveCall, AppSystems, CallStage, Keys, Settings, UiAction, digit};
use doverie_core::protocol::ServiceIx;

/// Whether the dispatch panel is open; exists while the call is answered.
#[derive(SubStates, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[source(CallStage = CallStage::Talking)]
pub enum DispatchPanel {
    /// A button that opens it.
    #[default]
    Closed,
    /// The services.
    Open,
}

/// The service under the cursor, by position (kept while the panel is closed, for the call).
#[derive(Resource, Debug, Default)]
pub struct DispatchCursor(pub usize);

/// The dispatch panel's nodes.
#[derive(Component)]
pub struct DispatchScreen;

/// The dispatch panel: in the call's side panel, spawned on entering either [`DispatchPanel`]
/// state and despawned on leaving it.
pub struct DispatchPlugin;

impl Plugin for DispatchPlugin {
    fn build(&self, app: &mut App) {
        let open = in_state(DispatchPanel::Open);
        app.add_sub_state::<DispatchPanel>()
            .init_resource::<DispatchCursor>()
            .add_systems(
                OnEnter(CallStage::Talking),
                |mut c: ResMut<DispatchCursor>| c.0 = 0,
            )
            .add_systems(OnEnter(DispatchPanel::Closed), show_closed)
            .add_systems(OnExit(DispatchPanel::Closed), despawn::<DispatchScreen>)
            .add_systems(OnEnter(DispatchPanel::Open), show_open)
            .add_systems(OnExit(DispatchPanel::Open), despawn::<DispatchScreen>)
            .add_systems(
                Update,
                (
                    keys.in_set(AppSystems::Input).run_if(open.clone()),
                    toggle
                        .in_set(AppSystems::Act)
                        .run_if(in_state(CallStage::Talking)),
                    act.in_set(AppSystems::Act).run_if(open.clone()),
                    (despawn::<DispatchScreen>, show_open)
                        .chain()
                        .in_set(AppSystems::Show)
                        .run_if(open.and_eager(resource_changed::<DispatchCursor>)),
                ),
            );
    }
}

fn keys(keys: Res<Keys>, mut actions: MessageWriter<UiAction>) {
    actions.write_batch(keys.shortcuts().filter_map(|code| match code {
        KeyCode::F10 => Some(UiAction::HangUp),
        KeyCode::ArrowUp => Some(UiAction::DispatchCursor(-1)),
        KeyCode::ArrowDown => Some(UiAction::DispatchCursor(1)),
        KeyCode::Enter | KeyCode::NumpadEnter => Some(UiAction::DispatchAtCursor),
        KeyCode::Escape | KeyCode::KeyD => Some(UiAction::ToggleDispatch),
        // 1..9 are the first nine services, 0 the tenth.
        _ => digit(code).map(|d| UiAction::Dispatch(if d == 0 { 9 } else { d as ServiceIx - 1 })),
    }));
}

/// Opens or closes the panel.
fn toggle(
    mut actions: MessageReader<UiAction>,
    panel: Res<State<DispatchPanel>>,
    mut next: ResMut<NextState<DispatchPanel>>,
) {
    let mut open = *panel.get() == DispatchPanel::Open;
    for action in actions.read() {
        if *action == UiAction::ToggleDispatch {
            open = !open;
            next.set(if open {
                DispatchPanel::Open
            } else {
                DispatchPanel::Closed
            });
        }
    }
}

fn act(
    mut actions: MessageReader<UiAction>,
    mut call: ResMut<ActiveCall>,
    mut cursor: ResMut<DispatchCursor>,
    mut next: ResMut<NextState<DispatchPanel>>,
) {
    for action in actions.read() {
        let service = match action {
            UiAction::DispatchCursor(d) => {
                let services = call
                    .live
                    .as_ref()
                    .map_or(0, |l| l.session.protocol.services.len());
                if services > 0 {
                    cursor.0 =
                        (cursor.0 as i64 + i64::from(*d)).rem_euclid(services as i64) as usize;
                }
                continue;
            }
            UiAction::DispatchAtCursor => cursor.0 as ServiceIx,
            UiAction::Dispatch(s) => *s,
            _ => continue,
        };
        // The panel closes once a service is dispatched.
        if call.live.as_mut().is_some_and(|l| l.dispatch(service)) {
            next.set(DispatchPanel::Closed);
        }
    }
}

fn show_closed(
    mut commands: Commands,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    slots: Query<Entity, With<DispatchSlot>>,
) {
    let ui = Ui::new(&words, &fonts, settings.lang);
    for slot in &slots {
        commands.entity(slot).with_children(|p| {
            p.spawn((DispatchScreen, part())).with_children(|side| {
                ui.button(side, ui.t("gui-dispatch"), UiAction::ToggleDispatch, false);
            });
        });
    }
}

fn show_open(
    mut commands: Commands,
    call: Res<ActiveCall>,
    cursor: Res<DispatchCursor>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    slots: Query<Entity, With<DispatchSlot>>,
) {
    let Some(live) = &call.live else { return };
    let ui = Ui::new(&words, &fonts, settings.lang);
    let view = live.view();
    for slot in &slots {
        commands.entity(slot).with_children(|p| {
            p.spawn((DispatchScreen, part())).with_children(|side| {
                ui.button(side, ui.t("gui-dispatch"), UiAction::ToggleDispatch, true);
                ui.label(side, ui.t("gui-dispatch-keys"), 13.0, MUTED);
                for (i, s) in view.services().iter().enumerate() {
                    let key = match i {
                        0..=8 => format!("{} ", i + 1),
                        9 => "0 ".into(),
                        _ => "  ".into(),
                    };
                    let hours = s
                        .hours
                        .as_ref()
                        .map(|h| format!(" ({h})"))
                        .unwrap_or_default();
                    ui.button(
                        side,
                        format!("{key}{}{hours}", s.name),
                        UiAction::Dispatch(s.ix),
                        i == cursor.0,
                    );
                }
            });
        });
    }
}

/// The panel's column, with the side panel's gap.
fn part() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(8),
        ..default()
    }
}
