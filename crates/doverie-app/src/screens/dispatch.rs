//! The dispatch panel. Closed, a button in the side panel; open, the protocol's services in the
//! main column, in place of the answers, grouped as the protocol groups them (emergency, child
//! protection, support...), each saying whether it answers now (services keep hours, and the
//! call has a time of day), the first ten numbered 1-9 and 0. Nothing is selected until the
//! trainee moves the cursor (↑ ↓), so Enter calls no one by accident. The list scrolls, and
//! says so when more is below; the meters and the hang-up button stay in view beside it. A
//! service can be dispatched at any moment of the answered call; the panel closes once one is.
//! While it is open, digits dispatch instead of choosing.

use bevy::prelude::*;
use bevy::ui::{ComputedNode, UiGlobalTransform};

use super::call::{DispatchButtonSlot, DispatchSlot, HangUpAsked};
use super::{
    ACCENT, ACCENT_SOFT, ActionButton, Chrome, Fonts, GOOD, INK, Landmark, MUTED, PANEL, RULE,
    Scrolls, Tint, Ui, WARN, despawn, more_below,
};
use crate::logic::{ActiveCall, AppSystems, CallStage, Keys, Settings, UiAction, digit};
use doverie_core::live::LiveCall;
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

/// The service under the cursor, by its place in the list ([`listed`]); none until the
/// trainee moves the cursor.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DispatchCursor(pub Option<usize>);

/// The dispatch panel's nodes.
#[derive(Component)]
pub struct DispatchScreen;

/// A service's button, by its place in the list.
#[derive(Component)]
struct ServiceButton(usize);

/// The scrolling list of services.
#[derive(Component)]
struct ServiceList;

/// "More below": shown while the list holds more than it shows below.
#[derive(Component)]
pub struct MoreBelow;

/// A service as the panel lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// The group's name, in the reader's language, for the first service of a group.
    pub group: Option<String>,
    /// The service.
    pub service: ServiceIx,
    /// Its name.
    pub name: String,
    /// Its key, `1`-`9` and `0` for the first ten.
    pub key: Option<char>,
    /// Whether it answers at the call's time of day.
    pub open: bool,
    /// Its hours, `HH:MM–HH:MM`, if it keeps hours.
    pub hours: Option<String>,
}

/// The services in the panel's order: group by group as the protocol orders its groups (a
/// service in two groups is listed in the first), then those in no group; each with whether it
/// answers now, as the engine will decide (the scenario's clock at the start of the call plus
/// the call's time).
pub fn listed(live: &LiveCall) -> Vec<Listed> {
    let protocol = &live.session.protocol;
    let scenario = &live.session.scenario;
    let views = live.view().services();
    // The engine's own decision: the region's directory when the scenario names a region, the
    // protocol's hours otherwise.
    let minute = scenario.local_minute(live.session.call.state.time);
    let mut order: Vec<(Option<String>, ServiceIx)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for group in &protocol.groups.items {
        let mut first = true;
        for &s in &group.services {
            if seen.insert(s) {
                let name = first.then(|| live.text.get(&group.message, None));
                order.push((name, s));
                first = false;
            }
        }
    }
    let others: Vec<ServiceIx> = (0..protocol.services.len() as ServiceIx)
        .filter(|s| !seen.contains(s))
        .collect();
    for (i, s) in others.into_iter().enumerate() {
        let name = (i == 0 && !order.is_empty()).then(|| live.text.get("gui-dispatch-other", None));
        order.push((name, s));
    }
    order
        .into_iter()
        .enumerate()
        .filter_map(|(i, (group, s))| {
            let view = views.iter().find(|v| v.ix == s)?;
            scenario.services.get(usize::from(s))?;
            Some(Listed {
                group,
                service: s,
                name: view.name.clone(),
                key: match i {
                    0..=8 => char::from_digit(i as u32 + 1, 10),
                    9 => Some('0'),
                    _ => None,
                },
                open: minute.is_none_or(|m| scenario.is_open(s, m)),
                hours: view.hours.clone(),
            })
        })
        .collect()
}

/// The dispatch panel: its button in the call's side panel, the list in the main column.
pub struct DispatchPlugin;

impl Plugin for DispatchPlugin {
    fn build(&self, app: &mut App) {
        let open = in_state(DispatchPanel::Open);
        let not_asked = |asked: Res<HangUpAsked>| !asked.0;
        app.add_sub_state::<DispatchPanel>()
            .init_resource::<DispatchCursor>()
            .add_systems(
                OnEnter(DispatchPanel::Closed),
                (show_button, place_panel.after(show_button)),
            )
            .add_systems(OnExit(DispatchPanel::Closed), despawn::<DispatchScreen>)
            .add_systems(
                OnEnter(DispatchPanel::Open),
                (
                    |mut c: ResMut<DispatchCursor>| c.0 = None,
                    show_button,
                    show_open,
                    place_panel,
                )
                    .chain(),
            )
            .add_systems(OnExit(DispatchPanel::Open), despawn::<DispatchScreen>)
            .add_systems(
                Update,
                (
                    keys.in_set(AppSystems::Input)
                        .run_if(open.clone())
                        .run_if(not_asked),
                    toggle
                        .in_set(AppSystems::Act)
                        .run_if(in_state(CallStage::Talking)),
                    act.in_set(AppSystems::Act).run_if(open.clone()),
                    (show_cursor, more_cue)
                        .in_set(AppSystems::Show)
                        .run_if(open),
                ),
            );
    }
}

fn keys(keys: Res<Keys>, call: Res<ActiveCall>, mut actions: MessageWriter<UiAction>) {
    let listed = call.live.as_ref().map(listed).unwrap_or_default();
    actions.write_batch(keys.shortcuts().filter_map(|code| match code {
        KeyCode::F10 => Some(UiAction::HangUp),
        KeyCode::ArrowUp => Some(UiAction::DispatchCursor(-1)),
        KeyCode::ArrowDown => Some(UiAction::DispatchCursor(1)),
        KeyCode::Enter | KeyCode::NumpadEnter => Some(UiAction::DispatchAtCursor),
        KeyCode::Escape | KeyCode::KeyD => Some(UiAction::ToggleDispatch),
        // 1..9 are the first nine services listed, 0 the tenth.
        _ => {
            let d = digit(code)?;
            let place = if d == 0 { 9 } else { d - 1 };
            listed.get(place).map(|l| UiAction::Dispatch(l.service))
        }
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
    if call.waiting_for_server() {
        return;
    }
    for action in actions.read() {
        let service = match action {
            UiAction::DispatchCursor(d) => {
                let count = call.live.as_ref().map_or(0, |l| listed(l).len());
                if count > 0 {
                    // No wrapping: the cursor stops at the ends, so it never jumps out of view.
                    let at = match cursor.0 {
                        None => 0,
                        Some(at) => (at as i64 + i64::from(*d)).clamp(0, count as i64 - 1) as usize,
                    };
                    cursor.set_if_neq(DispatchCursor(Some(at)));
                }
                continue;
            }
            UiAction::DispatchAtCursor => {
                let Some(at) = cursor.0 else { continue };
                match call.live.as_ref().and_then(|l| listed(l).get(at).cloned()) {
                    Some(l) => l.service,
                    None => continue,
                }
            }
            UiAction::Dispatch(s) => *s,
            _ => continue,
        };
        // The panel closes once a service is dispatched.
        if call.live.as_mut().is_some_and(|l| l.dispatch(service)) {
            next.set(DispatchPanel::Closed);
        }
    }
}

/// The button that opens (or closes) the panel, in the side panel.
fn show_button(
    mut commands: Commands,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    panel: Res<State<DispatchPanel>>,
    slots: Query<Entity, With<DispatchButtonSlot>>,
) {
    let ui = Ui::new(&words, &fonts, settings.lang);
    let open = *panel.get() == DispatchPanel::Open;
    for slot in &slots {
        commands.entity(slot).with_children(|p| {
            p.spawn((DispatchScreen, Node::default()))
                .with_children(|side| {
                    ui.button(side, ui.t("gui-dispatch"), UiAction::ToggleDispatch, open);
                });
        });
    }
}

/// The open panel takes the answers' place; closed, it takes no room.
fn place_panel(
    panel: Res<State<DispatchPanel>>,
    mut slots: Query<&mut Node, (With<DispatchSlot>, Without<super::call::AnswerArea>)>,
    mut answers: Query<&mut Node, (With<super::call::AnswerArea>, Without<DispatchSlot>)>,
) {
    let open = *panel.get() == DispatchPanel::Open;
    for mut node in &mut slots {
        node.display = if open { Display::Flex } else { Display::None };
        // Most of the column: the transcript keeps a few lines above it.
        node.flex_grow = 3.0;
        node.flex_basis = px(0);
    }
    for mut node in &mut answers {
        node.display = if open { Display::None } else { Display::Flex };
    }
}

fn show_open(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    slots: Query<Entity, With<DispatchSlot>>,
) {
    let Some(live) = &call.live else { return };
    let ui = Ui::new(&words, &fonts, settings.lang);
    let services = listed(live);
    for slot in &slots {
        commands.entity(slot).with_children(|p| {
            ui.panel(
                p,
                Node {
                    flex_grow: 1.0,
                    min_height: px(0),
                    ..default()
                },
            )
            .insert((DispatchScreen, Landmark("dispatch")))
            .with_children(|panel| {
                ui.row(panel, 12.0).with_children(|r| {
                    ui.heading(r, ui.t("gui-dispatch-title"), 16.0, INK);
                    if let Some(start) = live.session.scenario.clock {
                        let minute = (u32::from(start) + live.session.call.state.time / 60) % 1440;
                        let now = format!("{:02}:{:02}", minute / 60, minute % 60);
                        ui.label(
                            r,
                            ui.text.get1("gui-dispatch-now", "time", now),
                            13.0,
                            MUTED,
                        );
                    }
                });
                ui.label(panel, ui.t("gui-dispatch-keys"), 13.0, MUTED);
                panel
                    .spawn((
                        ServiceList,
                        Scrolls,
                        Landmark("dispatch-list"),
                        Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: px(4),
                            flex_grow: 1.0,
                            flex_basis: px(0),
                            min_height: px(0),
                            overflow: Overflow::scroll_y(),
                            ..default()
                        },
                    ))
                    .with_children(|list| {
                        for (i, l) in services.iter().enumerate() {
                            if let Some(group) = &l.group {
                                list.spawn(Node {
                                    margin: UiRect::top(px(if i == 0 { 0 } else { 6 })),
                                    ..default()
                                })
                                .with_children(|g| ui.heading(g, group.clone(), 14.0, ACCENT));
                            }
                            service_button(list, &ui, i, l);
                        }
                    });
                panel
                    .spawn((
                        MoreBelow,
                        Landmark("dispatch-more"),
                        Node {
                            display: Display::None,
                            ..default()
                        },
                    ))
                    .with_children(|m| ui.label(m, ui.t("gui-dispatch-more"), 13.0, ACCENT));
            });
        });
    }
}

/// "3  Guardianship · answers now", or "· not answering now (09:00–18:00)".
fn service_button(list: &mut ChildSpawnerCommands, ui: &Ui, place: usize, l: &Listed) {
    let hours = l.hours.clone().unwrap_or_default();
    let (state, color) = match (l.open, l.hours.is_some()) {
        (true, false) => (ui.t("gui-service-always"), GOOD),
        (true, true) => (ui.text.get1("gui-service-open", "hours", hours), GOOD),
        (false, _) => (ui.text.get1("gui-service-closed", "hours", hours), WARN),
    };
    list.spawn((
        Button,
        ActionButton(UiAction::Dispatch(l.service)),
        ServiceButton(place),
        Tint {
            normal: PANEL,
            hovered: ACCENT_SOFT,
        },
        Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(10),
            padding: UiRect::axes(px(10), px(5)),
            border: UiRect::all(px(1)),
            border_radius: BorderRadius::all(px(6)),
            align_items: AlignItems::Center,
            flex_shrink: 0.0,
            ..default()
        },
        BorderColor::all(RULE),
        BackgroundColor(PANEL),
    ))
    .with_children(|b| {
        let key = l.key.map_or_else(|| "·".to_string(), |k| k.to_string());
        b.spawn(Node {
            width: px(14),
            flex_shrink: 0.0,
            ..default()
        })
        .with_children(|k| ui.heading(k, key, 15.0, ACCENT));
        b.spawn(Node {
            flex_direction: FlexDirection::Column,
            flex_shrink: 1.0,
            min_width: px(0),
            ..default()
        })
        .with_children(|c| {
            ui.label(c, l.name.clone(), 15.0, INK);
            ui.label(c, state, 12.0, color);
        });
    });
}

/// Marks the service under the cursor, and scrolls it into view.
fn show_cursor(
    cursor: Res<DispatchCursor>,
    mut buttons: Query<(
        &ServiceButton,
        &mut Tint,
        &mut BackgroundColor,
        &mut BorderColor,
        &ComputedNode,
        &UiGlobalTransform,
    )>,
    mut lists: Query<(&mut ScrollPosition, &ComputedNode, &UiGlobalTransform), With<ServiceList>>,
) {
    for (button, mut tint, mut bg, mut border, node, at) in &mut buttons {
        let selected = cursor.0 == Some(button.0);
        let normal = if selected { ACCENT_SOFT } else { PANEL };
        if tint.normal != normal {
            tint.normal = normal;
            bg.0 = normal;
            *border = BorderColor::all(if selected { ACCENT } else { RULE });
        }
        if !selected || !cursor.is_changed() {
            continue;
        }
        // Into view: the button's top and bottom within the list's (physical pixels).
        for (mut scroll, list, list_at) in &mut lists {
            let scale = list.inverse_scale_factor;
            let top = at.translation.y - node.size.y / 2.0;
            let bottom = at.translation.y + node.size.y / 2.0;
            let list_top = list_at.translation.y - list.size.y / 2.0;
            let list_bottom = list_at.translation.y + list.size.y / 2.0;
            if top < list_top {
                scroll.y = (scroll.y - (list_top - top) * scale).max(0.0);
            } else if bottom > list_bottom {
                scroll.y += (bottom - list_bottom) * scale;
            }
        }
    }
}

/// Shows "more below" while the list holds more than it shows below.
fn more_cue(
    lists: Query<&ComputedNode, With<ServiceList>>,
    mut cues: Query<&mut Node, With<MoreBelow>>,
) {
    let more = lists
        .iter()
        .any(|l| more_below(l.content_size.y, l.size.y, l.scroll_position.y));
    let display = if more { Display::Flex } else { Display::None };
    for mut node in &mut cues {
        if node.display != display {
            node.display = display;
        }
    }
}
