//! The debrief of the last call: the level and total, a bar per category, what went well, the
//! caller's state at the end, the call turn by turn with each deviation where it happened, and
//! where the transcript was saved. Both columns scroll (the wheel scrolls the one under the
//! pointer); keys: arrows, Page Up/Down and Space scroll the timeline; Enter or Escape go back
//! to the lobby.

use bevy::prelude::*;

use super::{
    ACCENT, Chrome, Fonts, GOOD, INK, Landmark, MUTED, MainScroll, Scrolls, Ui, WARN, WARN_SOFT,
    body, despawn, header, screen_root,
};
use crate::arcs::{ArcAfterCall, ArcShown};
use crate::logic::{AppSystems, Keys, LastCall, Screen, Settings, UiAction};
use doverie_core::score::Level;
use doverie_core::view::arc::ArcDebrief;

/// The debrief's nodes.
#[derive(Component)]
pub struct DebriefScreen;

/// The debrief: spawned on entering [`Screen::Debrief`].
pub struct DebriefPlugin;

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            OnEnter(Screen::Debrief),
            (crate::arcs::after_call, show).chain(),
        )
        .add_systems(OnExit(Screen::Debrief), despawn::<DebriefScreen>)
        .add_systems(
            Update,
            (keys.in_set(AppSystems::Input), act.in_set(AppSystems::Act))
                .run_if(in_state(Screen::Debrief)),
        );
    }
}

fn keys(keys: Res<Keys>, mut actions: MessageWriter<UiAction>) {
    actions.write_batch(keys.shortcuts().filter_map(|code| match code {
        KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Escape => Some(UiAction::BackToLobby),
        KeyCode::ArrowUp => Some(UiAction::Scroll(-60.0)),
        KeyCode::ArrowDown => Some(UiAction::Scroll(60.0)),
        KeyCode::PageUp => Some(UiAction::Scroll(-400.0)),
        KeyCode::PageDown | KeyCode::Space => Some(UiAction::Scroll(400.0)),
        _ => None,
    }));
}

fn act(
    mut actions: MessageReader<UiAction>,
    mut scroll: Query<(&mut ScrollPosition, Has<MainScroll>), With<Scrolls>>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            UiAction::Scroll(dy) => {
                for (mut pos, main) in &mut scroll {
                    if main {
                        pos.y = (pos.y + dy).max(0.0);
                    }
                }
            }
            UiAction::ScrollAll(dy) => {
                for (mut pos, _) in &mut scroll {
                    pos.y = (pos.y + dy).max(0.0);
                }
            }
            UiAction::BackToLobby => next.set(Screen::Lobby),
            _ => {}
        }
    }
}

fn show(
    mut commands: Commands,
    last: Res<LastCall>,
    arc: Res<ArcAfterCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    let ui = Ui::new(&words, &fonts, settings.lang);
    commands
        .spawn(screen_root(DebriefScreen))
        .with_children(|p| debrief_screen(p, &ui, &last, arc.0.as_ref()));
}

fn level_color(level: Level) -> Color {
    match level {
        Level::HighCompliance => GOOD,
        Level::Compliant => ACCENT,
        Level::PartialCompliance => MUTED,
        Level::LowCompliance | Level::NonCompliant => WARN,
    }
}

fn debrief_screen(p: &mut ChildSpawnerCommands, ui: &Ui, last: &LastCall, arc: Option<&ArcShown>) {
    let Some(d) = &last.debrief else {
        ui.label(p, "…", 16.0, MUTED);
        return;
    };
    header(p).with_children(|h| {
        h.spawn(Node {
            flex_direction: FlexDirection::Column,
            ..default()
        })
        .with_children(|c| {
            ui.heading(c, d.title.clone(), 24.0, INK);
            ui.heading(c, d.level_line.clone(), 20.0, level_color(d.level));
            ui.label(
                c,
                format!("{} · {}", d.protocol_line, last.summary),
                14.0,
                MUTED,
            );
            if let Some(line) = &d.critical_line {
                ui.heading(c, line.clone(), 15.0, WARN);
            }
            if let Some(arc) = arc {
                c.spawn((Landmark("debrief-arc-call"), Node::default()))
                    .with_children(|n| ui.heading(n, arc.call_line.clone(), 15.0, ACCENT));
                if let Some(next) = &arc.next_line {
                    ui.label(c, next.clone(), 14.0, MUTED);
                }
                if let Some(problem) = &arc.problem {
                    ui.label(c, problem.clone(), 14.0, WARN);
                }
            }
        });
        ui.button(h, ui.t("gui-back"), UiAction::BackToLobby, true);
    });
    body(p).with_children(|b| {
        ui.panel(
            b,
            Node {
                width: percent(40),
                max_width: px(440),
                flex_shrink: 0.0,
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert((Scrolls, Landmark("debrief-left")))
        .with_children(|left| {
            if let Some(debrief) = arc.and_then(|a| a.debrief.as_ref()) {
                arc_debrief(left, ui, debrief);
            }
            ui.heading(left, d.categories_title.clone(), 16.0, INK);
            for c in &d.categories {
                ui.row(left, 10.0).with_children(|r| {
                    r.spawn(Node {
                        width: px(170),
                        ..default()
                    })
                    .with_children(|n| ui.label(n, c.name.clone(), 14.0, INK));
                    match c.score {
                        Some(score) => {
                            ui.bar(r, (score / 100.0) as f32, ACCENT);
                            ui.label(r, format!("{score:.0}"), 14.0, MUTED);
                        }
                        None => ui.label(r, d.no_opportunity.clone(), 13.0, MUTED),
                    }
                });
            }
            ui.heading(left, d.went_well_title.clone(), 16.0, INK);
            if d.went_well.is_empty() {
                ui.label(left, d.nothing_went_well.clone(), 14.0, MUTED);
            }
            for w in &d.went_well {
                ui.label(left, format!("✓ {w}"), 14.0, GOOD);
            }
            left.spawn((Landmark("debrief-end-state"), Node::default()))
                .with_children(|h| ui.heading(h, d.end_state_title.clone(), 16.0, INK));
            for s in &d.end_state {
                ui.label(left, s.clone(), 14.0, MUTED);
            }
            if let Some(o) = &d.outcome {
                left.spawn((Landmark("debrief-outcome"), Node::default()))
                    .with_children(|n| ui.label(n, o.clone(), 14.0, INK));
            }
        });
        ui.panel(
            b,
            Node {
                flex_grow: 1.0,
                min_width: px(0),
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert((Scrolls, MainScroll, Landmark("debrief-timeline")))
        .with_children(|tl| {
            ui.heading(tl, d.timeline_title.clone(), 16.0, INK);
            for t in &d.turns {
                ui.heading(tl, t.heading.clone(), 15.0, INK);
                for s in &t.said {
                    ui.label(tl, s.clone(), 15.0, INK);
                }
                for dev in &t.deviations {
                    tl.spawn((
                        Node {
                            flex_direction: FlexDirection::Column,
                            padding: UiRect::all(px(8)),
                            border: UiRect::left(px(3)),
                            row_gap: px(2),
                            ..default()
                        },
                        BorderColor::all(WARN),
                        BackgroundColor(WARN_SOFT),
                    ))
                    .with_children(|box_| {
                        ui.heading(box_, dev.headline.clone(), 14.0, WARN);
                        ui.label(box_, dev.why.clone(), 14.0, INK);
                        ui.label(box_, dev.better.clone(), 14.0, INK);
                    });
                }
                for k in &t.kept {
                    ui.label(tl, k.clone(), 14.0, GOOD);
                }
            }
        });
    });
    match (&last.transcript, &last.save_error) {
        (_, Some(e)) => ui.label(
            p,
            ui.text.get1("gui-save-failed", "reason", e.clone()),
            14.0,
            WARN,
        ),
        (Some(path), None) => ui.label(
            p,
            ui.text
                .get1("ui-transcript-saved", "path", path.display().to_string()),
            14.0,
            MUTED,
        ),
        (None, None) => {}
    }
    if let Some(stored) = &last.stored {
        ui.label(p, stored.clone(), 14.0, MUTED);
    }
    ui.footer(p, "gui-keys-debrief");
}

/// The arc's debrief once its last call is played: the arc's level, each call, the caller
/// across the calls and the arc rules (the view the terminal prints).
fn arc_debrief(p: &mut ChildSpawnerCommands, ui: &Ui, d: &ArcDebrief) {
    p.spawn((
        Landmark("debrief-arc"),
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(8)),
            border: UiRect::left(px(3)),
            row_gap: px(3),
            margin: UiRect::bottom(px(10)),
            ..default()
        },
        BorderColor::all(ACCENT),
    ))
    .with_children(|a| {
        ui.heading(a, d.title.clone(), 18.0, INK);
        ui.heading(a, d.level_line.clone(), 16.0, level_color(d.level));
        ui.label(a, d.protocol_line.clone(), 13.0, MUTED);
        ui.label(a, d.explain.clone(), 13.0, MUTED);
        ui.heading(a, d.calls_title.clone(), 15.0, INK);
        for c in &d.calls {
            if let Some(after) = &c.after {
                ui.label(a, format!("… {after} …"), 13.0, MUTED);
            }
            ui.label(a, c.headline.clone(), 14.0, level_color(c.level));
        }
        ui.heading(a, d.trajectory_title.clone(), 15.0, INK);
        for (n, c) in d.calls.iter().enumerate() {
            ui.label(a, format!("{}.", n + 1), 13.0, INK);
            for v in &c.values {
                ui.label(a, v.clone(), 13.0, MUTED);
            }
        }
        ui.heading(a, d.rules_title.clone(), 15.0, INK);
        for r in &d.rules {
            ui.label(
                a,
                r.headline.clone(),
                14.0,
                if r.kept { GOOD } else { WARN },
            );
            if !r.why.is_empty() {
                ui.label(a, r.why.clone(), 13.0, INK);
            }
        }
        if let Some(note) = &d.rules_note {
            ui.label(a, note.clone(), 13.0, MUTED);
        }
    });
}
