//! The trainee's exams on the server (`doverie gui --server`): each exam with its window and
//! each of its scenarios with its call's state; the calls that can be taken now are numbered
//! (a live one is resumed). Keys: a digit takes the call under it, F5 lists the exams again.
//! What became of the last call (stored, or refused and flagged) is said above the list.
//!
//! During an exam call and its debrief, a line over the screen says what the server is doing
//! with it: reconnecting, waiting for its confirmation, stored as an attempt, or refused.

use bevy::prelude::*;

use super::{Chrome, Fonts, GOOD, INK, Landmark, MUTED, Ui, WARN, despawn, screen_root};
use crate::exam::{Asked, ExamServer};
use crate::logic::{ActiveCall, AppSystems, Content, Keys, Screen, Settings, UiAction, digit};
use doverie_client::wire;

/// The exams screen's nodes.
#[derive(Component)]
pub struct ExamsScreen;

/// The line about the server during an exam call and its debrief.
#[derive(Component)]
pub struct ExamBanner;

/// The exams screen, and the server's line over an exam call.
pub struct ExamsPlugin;

impl Plugin for ExamsPlugin {
    fn build(&self, app: &mut App) {
        let with_server = resource_exists::<ExamServer>;
        app.add_systems(
            OnEnter(Screen::Exams),
            (refresh, show).chain().run_if(with_server),
        )
        .add_systems(OnExit(Screen::Exams), despawn::<ExamsScreen>)
        .add_systems(OnEnter(Screen::Call), banner.run_if(with_server))
        .add_systems(OnEnter(Screen::Debrief), banner.run_if(with_server))
        .add_systems(OnExit(Screen::Call), despawn::<ExamBanner>)
        .add_systems(OnExit(Screen::Debrief), despawn::<ExamBanner>)
        .add_systems(
            Update,
            (
                keys.in_set(AppSystems::Input)
                    .run_if(in_state(Screen::Exams).and_then(with_server)),
                act.in_set(AppSystems::Act)
                    .run_if(in_state(Screen::Exams).and_then(with_server)),
                show.in_set(AppSystems::Show).run_if(
                    in_state(Screen::Exams).and_then(with_server).and_then(
                        resource_changed::<ExamServer>.or_else(resource_changed::<Settings>),
                    ),
                ),
                show_banner.in_set(AppSystems::Show).run_if(with_server),
            ),
        );
    }
}

fn refresh(mut server: ResMut<ExamServer>) {
    server.refresh();
}

fn keys(keys: Res<Keys>, mut actions: MessageWriter<UiAction>) {
    actions.write_batch(keys.shortcuts().filter_map(|code| match code {
        KeyCode::F5 => Some(UiAction::Refresh),
        _ => digit(code).filter(|&d| d > 0).map(UiAction::TakeExamCall),
    }));
}

fn act(
    mut actions: MessageReader<UiAction>,
    mut server: ResMut<ExamServer>,
    settings: Res<Settings>,
) {
    for action in actions.read() {
        if server.waiting.is_some() {
            continue;
        }
        match action {
            UiAction::Refresh => server.refresh(),
            UiAction::TakeExamCall(n) => {
                let takeable = server.takeable();
                if let Some((exam, scenario, live)) = n.checked_sub(1).and_then(|i| takeable.get(i))
                {
                    let (exam, scenario, live) = (*exam, scenario.clone(), *live);
                    server.open(exam, &scenario, live, settings.lang);
                }
            }
            _ => {}
        }
    }
}

/// "12:00–13:00 UTC" for a window in Unix seconds.
fn window(opens_at: i64, closes_at: i64) -> String {
    let hm = |t: i64| {
        let day = t.rem_euclid(86_400);
        format!("{:02}:{:02}", day / 3600, day % 3600 / 60)
    };
    format!("{}–{} UTC", hm(opens_at), hm(closes_at))
}

fn show(
    mut commands: Commands,
    shown: Query<Entity, With<ExamsScreen>>,
    server: Res<ExamServer>,
    content: Res<Content>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    for node in &shown {
        commands.entity(node).despawn();
    }
    let ui = Ui::new(&words, &fonts, settings.lang);
    let title = |scenario: &str| {
        content
            .position(scenario)
            .and_then(|i| content.entries.get(i))
            .map_or_else(
                || scenario.to_string(),
                |e| e.text(settings.lang).get("title", None),
            )
    };
    let takeable = server.takeable();
    commands.spawn(screen_root(ExamsScreen)).with_children(|p| {
        ui.heading(p, ui.t("gui-exams-title"), 24.0, INK);
        if let Some(trainee) = &server.trainee {
            ui.label(
                p,
                ui.text
                    .get1("gui-exams-trainee", "trainee", trainee.clone()),
                15.0,
                MUTED,
            );
        }
        if let Some(notice) = &server.notice {
            let color = match notice {
                crate::exam::Notice::Stored(_) => GOOD,
                _ => WARN,
            };
            ui.label(p, notice.say(ui.text), 15.0, color);
        }
        if let Some(reason) = &server.reconnecting {
            let reason = reason.message(settings.lang);
            ui.label(
                p,
                ui.text.get1("ui-exam-reconnecting", "reason", reason),
                15.0,
                WARN,
            );
        } else if let Some(asked) = server.waiting {
            let key = match asked {
                Asked::Open => "gui-exams-opening",
                _ => "gui-exams-waiting",
            };
            ui.label(p, ui.t(key), 15.0, MUTED);
        }
        let Some(exams) = &server.exams else {
            return;
        };
        if exams.exams.is_empty() {
            ui.label(p, ui.t("gui-exams-none"), 15.0, MUTED);
        }
        ui.panel(
            p,
            Node {
                flex_grow: 1.0,
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert((super::Scrolls, Landmark("exams")))
        .with_children(|list| {
            for e in &exams.exams {
                let open = e.is_open(exams.server_now);
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("exam", e.id);
                args.set("window", window(e.opens_at, e.closes_at));
                let state = if open {
                    "gui-exam-open"
                } else if exams.server_now < e.opens_at.saturating_mul(1000) {
                    "gui-exam-not-yet"
                } else {
                    "gui-exam-closed"
                };
                args.set("state", ui.t(state));
                ui.heading(
                    list,
                    ui.text.get("gui-exam-heading", Some(&args)),
                    17.0,
                    INK,
                );
                for s in &e.scenarios {
                    let number = takeable
                        .iter()
                        .position(|(id, name, _)| *id == e.id && name == s)
                        .map(|i| format!("{}) ", i + 1))
                        .unwrap_or_default();
                    let state = match e.call_of(s) {
                        None if open => ui.t("gui-exam-call-new"),
                        None => String::new(),
                        Some(c) => match c.state {
                            wire::CallState::Live => ui.t("gui-exam-call-live"),
                            wire::CallState::Finished => ui.text.get1(
                                "gui-exam-call-finished",
                                "attempt",
                                c.attempt.unwrap_or_default(),
                            ),
                            wire::CallState::Flagged => ui.text.get1(
                                "gui-exam-call-flagged",
                                "reason",
                                c.flag.clone().unwrap_or_default(),
                            ),
                        },
                    };
                    let color = if number.is_empty() { MUTED } else { INK };
                    ui.label(list, format!("{number}{} — {state}", title(s)), 16.0, color);
                }
            }
        });
        ui.footer(p, "gui-keys-exams");
    });
}

/// The server's line, over the call and its debrief.
fn banner(
    mut commands: Commands,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    call: Res<ActiveCall>,
) {
    if call.server.is_none() {
        return;
    }
    let ui = Ui::new(&words, &fonts, settings.lang);
    commands
        .spawn((
            ExamBanner,
            Landmark("exam-banner"),
            Node {
                position_type: PositionType::Absolute,
                right: px(20),
                bottom: px(14),
                padding: UiRect::axes(px(10), px(4)),
                ..default()
            },
            GlobalZIndex(5),
        ))
        .with_children(|b| ui.label(b, "", 14.0, MUTED));
}

/// What the server is doing with the exam call.
fn show_banner(
    call: Res<ActiveCall>,
    server: Res<ExamServer>,
    settings: Res<Settings>,
    words: Res<Chrome>,
    banners: Query<&Children, With<ExamBanner>>,
    mut texts: Query<(&mut Text, &mut TextColor)>,
) {
    let Some(link) = &call.server else { return };
    let text = words.get(settings.lang);
    let lang = settings.lang;
    let (line, color) = if let Some(e) = &link.refused {
        (
            text.get1("gui-exam-flagged", "reason", e.message(lang)),
            WARN,
        )
    } else if let Some(e) = &server.reconnecting {
        (
            text.get1("ui-exam-reconnecting", "reason", e.message(lang)),
            WARN,
        )
    } else if let Some(a) = link.attempt {
        (text.get1("gui-exam-stored", "attempt", a), GOOD)
    } else if call.live.is_none() {
        (text.get("gui-exam-sending", None), MUTED)
    } else {
        (text.get1("gui-exam-recorded", "call", link.call), MUTED)
    };
    for children in &banners {
        for child in children {
            if let Ok((mut t, mut c)) = texts.get_mut(*child)
                && (t.0 != line || c.0 != color)
            {
                t.0.clone_from(&line);
                c.0 = color;
            }
        }
    }
}
