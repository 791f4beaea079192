//! What the window shows: the lobby, the call and the debrief, built as UI nodes from the
//! resources of [`super::logic`]. A screen is rebuilt whenever what it shows changes (so a language
//! switch changes every word at once); only the clocks are updated in place.

use std::hash::{Hash, Hasher};

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

use super::logic::{ActiveCall, Content, LastCall, Lobby, Mode, Screen, Settings, UiAction};
use doverie_core::live::{LiveCall, Phase};
use doverie_core::locale::{Lang, Text, ui_source};
use doverie_core::score::Level;
use doverie_core::view::{Speaker, clock};

/// The program's own words in `lang`.
pub fn chrome(lang: Lang) -> Text {
    Text::new(lang, &[ui_source(lang)], &[ui_source(Lang::FALLBACK)])
}

/// The program's own words in every language, built once (the clocks read them every frame).
#[derive(Resource)]
pub struct Chrome(Vec<Text>);

impl Default for Chrome {
    fn default() -> Chrome {
        Chrome(Lang::ALL.iter().map(|&l| chrome(l)).collect())
    }
}

impl Chrome {
    pub fn get(&self, lang: Lang) -> &Text {
        let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        &self.0[i]
    }
}

// A calm palette: light neutral ground, dark ink, one accent.
const GROUND: Color = Color::srgb(0.945, 0.953, 0.961);
const PANEL: Color = Color::srgb(1.0, 1.0, 1.0);
const INK: Color = Color::srgb(0.11, 0.14, 0.18);
const MUTED: Color = Color::srgb(0.37, 0.42, 0.48);
const RULE: Color = Color::srgb(0.84, 0.86, 0.89);
const ACCENT: Color = Color::srgb(0.09, 0.38, 0.50);
const ACCENT_SOFT: Color = Color::srgb(0.86, 0.92, 0.94);
const CALLER: Color = Color::srgb(0.90, 0.93, 0.97);
const YOU: Color = Color::srgb(0.91, 0.95, 0.91);
const WARN: Color = Color::srgb(0.66, 0.24, 0.16);
const WARN_SOFT: Color = Color::srgb(0.98, 0.92, 0.90);
const GOOD: Color = Color::srgb(0.16, 0.45, 0.27);

/// The root of the screen shown; despawned and rebuilt on change.
#[derive(Component)]
pub struct UiRoot;

/// The scrolling area of a screen (the transcript, the debrief timeline).
#[derive(Component)]
pub struct Scrolls;

/// The call's transcript area (the smoke test checks it holds rendered text).
#[derive(Component)]
pub struct TranscriptArea;

#[derive(Component)]
pub struct CallClock;

#[derive(Component)]
pub struct SilenceClock;

/// A button and the action it asks for.
#[derive(Component, Clone)]
pub struct ActionButton(pub UiAction);

/// The faces besides the default font (Noto Sans regular).
#[derive(Resource, Default, Clone)]
pub struct Fonts {
    pub bold: Handle<Font>,
    /// For ☎ ✓ ✗ and other symbols Noto Sans lacks.
    pub symbols2: Handle<Font>,
    /// For arrows.
    pub symbols: Handle<Font>,
}

/// Which face draws a character: Noto Sans has Latin and Cyrillic but not these symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Text,
    Symbols2,
    Symbols,
}

pub fn face(c: char) -> Face {
    match c {
        '←'..='⇿' => Face::Symbols,
        '☀'..='➿' | '●' | '■' | '□' | '▲' | '▼' => Face::Symbols2,
        _ => Face::Text,
    }
}

/// Splits text into runs of one face each.
pub fn runs(s: &str) -> Vec<(Face, &str)> {
    let mut out: Vec<(Face, &str)> = Vec::new();
    let mut start = 0;
    let mut current = None;
    for (i, c) in s.char_indices() {
        let f = face(c);
        match current {
            Some(cur) if cur != f => {
                out.push((cur, &s[start..i]));
                start = i;
                current = Some(f);
            }
            None => current = Some(f),
            _ => {}
        }
    }
    if let Some(cur) = current {
        out.push((cur, &s[start..]));
    }
    out
}

/// The fingerprint of what the screen shows, to rebuild it only when that changes.
#[derive(Resource, Default)]
pub struct Shown(u64);

pub struct GuiScreens;

impl Plugin for GuiScreens {
    fn build(&self, app: &mut App) {
        app.init_resource::<Shown>()
            .init_resource::<Chrome>()
            .init_resource::<Fonts>()
            .add_systems(
                Update,
                (button_actions, redraw, update_clocks, hover, scroll_wheel)
                    .chain()
                    .after(super::logic::LogicSystems),
            );
    }
}

fn button_actions(
    buttons: Query<(&Interaction, &ActionButton), Changed<Interaction>>,
    mut actions: MessageWriter<UiAction>,
) {
    for (interaction, button) in &buttons {
        if *interaction == Interaction::Pressed {
            actions.write(button.0.clone());
        }
    }
}

#[derive(Component, Clone, Copy)]
struct Tint {
    normal: Color,
    hovered: Color,
}

fn hover(mut buttons: Query<(&Interaction, &Tint, &mut BackgroundColor), Changed<Interaction>>) {
    for (interaction, tint, mut bg) in &mut buttons {
        bg.0 = match interaction {
            Interaction::None => tint.normal,
            _ => tint.hovered,
        };
    }
}

fn scroll_wheel(
    mut wheel: MessageReader<MouseWheel>,
    mut areas: Query<&mut ScrollPosition, With<Scrolls>>,
) {
    for w in wheel.read() {
        let dy = match w.unit {
            MouseScrollUnit::Line => w.y * 40.0,
            MouseScrollUnit::Pixel => w.y,
        };
        for mut pos in &mut areas {
            pos.y = (pos.y - dy).max(0.0);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn redraw(
    mut commands: Commands,
    roots: Query<Entity, With<UiRoot>>,
    mut shown: ResMut<Shown>,
    screen: Res<State<Screen>>,
    settings: Res<Settings>,
    lobby: Res<Lobby>,
    content: Res<Content>,
    call: Res<ActiveCall>,
    last: Res<LastCall>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    let screen = *screen.get();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        screen,
        settings.lang,
        settings.mode,
        settings.say_first,
        settings.voice,
    )
        .hash(&mut h);
    (
        &settings.trainee,
        lobby.selected,
        lobby.editing_trainee,
        &lobby.notice,
    )
        .hash(&mut h);
    (
        content.fingerprint,
        content.entries.len(),
        content.problems.len(),
    )
        .hash(&mut h);
    if let Some(live) = &call.live {
        (
            live.phase(),
            live.shown().len(),
            live.draft(),
            live.hints().len(),
        )
            .hash(&mut h);
        (call.dispatch_open, call.dispatch_cursor).hash(&mut h);
        live.session.transcript.inputs.len().hash(&mut h);
    }
    last.transcript.hash(&mut h);
    let key = h.finish();
    if key == shown.0 && !roots.is_empty() {
        return;
    }
    shown.0 = key;
    for root in &roots {
        commands.entity(root).despawn();
    }
    let ui = Ui {
        text: words.get(settings.lang),
        fonts: fonts.clone(),
    };
    let mut root = commands.spawn((
        UiRoot,
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(20)),
            row_gap: px(14),
            ..default()
        },
        BackgroundColor(GROUND),
    ));
    root.with_children(|p| match screen {
        Screen::Lobby => lobby_screen(p, &ui, &settings, &lobby, &content),
        Screen::Call => match &call.live {
            Some(live) => call_screen(p, &ui, &settings, &call, live),
            None => ui.label(p, "…", 16.0, MUTED),
        },
        Screen::Debrief => debrief_screen(p, &ui, &last),
    });
}

fn update_clocks(
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    words: Res<Chrome>,
    mut clocks: Query<&mut bevy::prelude::Text, (With<CallClock>, Without<SilenceClock>)>,
    mut silences: Query<&mut bevy::prelude::Text, (With<SilenceClock>, Without<CallClock>)>,
) {
    let Some(live) = &call.live else { return };
    let text = words.get(settings.lang);
    for mut t in &mut clocks {
        let s = text.get1("gui-call-time", "time", clock(live.talking() as u32));
        if t.0 != s {
            t.0 = s;
        }
    }
    for mut t in &mut silences {
        let s = text.get1("gui-silence", "seconds", live.silence() as u32);
        if t.0 != s {
            t.0 = s;
        }
    }
}

/// Building blocks in the app's look.
struct Ui<'a> {
    text: &'a Text,
    fonts: Fonts,
}

impl Ui<'_> {
    fn t(&self, id: &str) -> String {
        self.text.get(id, None)
    }

    fn label(&self, p: &mut ChildSpawnerCommands, s: impl Into<String>, size: f32, color: Color) {
        self.text_in(p, &s.into(), TextFont::from_font_size(size), color);
    }

    fn heading(&self, p: &mut ChildSpawnerCommands, s: impl Into<String>, size: f32, color: Color) {
        let font = TextFont::from_font_size(size).with_font(self.fonts.bold.clone());
        self.text_in(p, &s.into(), font, color);
    }

    /// A text node; runs of symbols get a face that has them.
    fn text_in(&self, p: &mut ChildSpawnerCommands, s: &str, font: TextFont, color: Color) {
        let runs = runs(s);
        if runs.iter().all(|(f, _)| *f == Face::Text) {
            p.spawn((bevy::prelude::Text::new(s), font, TextColor(color)));
            return;
        }
        p.spawn((bevy::prelude::Text::new(""), font.clone(), TextColor(color)))
            .with_children(|t| {
                for (face, run) in runs {
                    let font = match face {
                        Face::Text => font.clone(),
                        Face::Symbols2 => font.clone().with_font(self.fonts.symbols2.clone()),
                        Face::Symbols => font.clone().with_font(self.fonts.symbols.clone()),
                    };
                    t.spawn((TextSpan::new(run), font, TextColor(color)));
                }
            });
    }

    /// A button; `on` marks a selected toggle.
    fn button(
        &self,
        p: &mut ChildSpawnerCommands,
        label: impl Into<String>,
        action: UiAction,
        on: bool,
    ) {
        let (normal, hovered, ink) = if on {
            (ACCENT, ACCENT, PANEL)
        } else {
            (PANEL, ACCENT_SOFT, INK)
        };
        p.spawn((
            Button,
            ActionButton(action),
            Tint { normal, hovered },
            Node {
                padding: UiRect::axes(px(12), px(6)),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(6)),
                align_items: AlignItems::Center,
                ..default()
            },
            BorderColor::all(if on { ACCENT } else { RULE }),
            BackgroundColor(normal),
        ))
        .with_children(|b| self.label(b, label, 15.0, ink));
    }

    fn panel<'a>(&self, p: &'a mut ChildSpawnerCommands, node: Node) -> EntityCommands<'a> {
        p.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(14)),
                row_gap: px(8),
                border: UiRect::all(px(1)),
                border_radius: BorderRadius::all(px(8)),
                ..node
            },
            BorderColor::all(RULE),
            BackgroundColor(PANEL),
        ))
    }

    fn row<'a>(&self, p: &'a mut ChildSpawnerCommands, gap: f32) -> EntityCommands<'a> {
        p.spawn(Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(gap),
            flex_wrap: FlexWrap::Wrap,
            ..default()
        })
    }

    /// A horizontal bar filled to `share` (0-1).
    fn bar(&self, p: &mut ChildSpawnerCommands, share: f32, color: Color) {
        p.spawn((
            Node {
                width: px(160),
                height: px(10),
                border_radius: BorderRadius::all(px(5)),
                ..default()
            },
            BackgroundColor(RULE),
        ))
        .with_children(|b| {
            b.spawn((
                Node {
                    width: percent((share.clamp(0.0, 1.0) * 100.0) as i32),
                    height: percent(100),
                    border_radius: BorderRadius::all(px(5)),
                    ..default()
                },
                BackgroundColor(color),
            ));
        });
    }

    fn footer(&self, p: &mut ChildSpawnerCommands, keys: &str) {
        self.label(p, self.t(keys), 14.0, MUTED);
    }
}

fn header<'a>(p: &'a mut ChildSpawnerCommands) -> EntityCommands<'a> {
    p.spawn(Node {
        flex_direction: FlexDirection::Row,
        justify_content: JustifyContent::SpaceBetween,
        align_items: AlignItems::Center,
        column_gap: px(16),
        flex_wrap: FlexWrap::Wrap,
        ..default()
    })
}

fn body<'a>(p: &'a mut ChildSpawnerCommands) -> EntityCommands<'a> {
    p.spawn(Node {
        flex_direction: FlexDirection::Row,
        flex_grow: 1.0,
        min_height: px(0),
        column_gap: px(14),
        ..default()
    })
}

fn lobby_screen(
    p: &mut ChildSpawnerCommands,
    ui: &Ui,
    settings: &Settings,
    lobby: &Lobby,
    content: &Content,
) {
    let lang = settings.lang;
    header(p).with_children(|h| {
        h.spawn(Node {
            flex_direction: FlexDirection::Column,
            ..default()
        })
        .with_children(|c| {
            ui.heading(c, ui.t("gui-title"), 26.0, INK);
            ui.label(c, ui.t("gui-subtitle"), 15.0, MUTED);
        });
        ui.row(h, 8.0).with_children(|r| {
            ui.label(r, ui.t("gui-language"), 15.0, MUTED);
            ui.button(r, "Русский", UiAction::SetLang(Lang::Ru), lang == Lang::Ru);
            ui.button(r, "English", UiAction::SetLang(Lang::En), lang == Lang::En);
            ui.label(r, ui.t("gui-mode"), 15.0, MUTED);
            ui.button(
                r,
                ui.t("gui-mode-practice"),
                UiAction::SetMode(Mode::Practice),
                settings.mode == Mode::Practice,
            );
            ui.button(
                r,
                ui.t("gui-mode-exam"),
                UiAction::SetMode(Mode::Exam),
                settings.mode == Mode::Exam,
            );
            ui.button(
                r,
                ui.t("gui-say-first"),
                UiAction::ToggleSayFirst,
                settings.say_first,
            );
            ui.button(r, ui.t("gui-voice"), UiAction::ToggleVoice, settings.voice);
            ui.label(r, ui.t("gui-trainee"), 15.0, MUTED);
            let shown = if lobby.editing_trainee {
                format!("{}|", settings.trainee)
            } else {
                settings.trainee.clone()
            };
            ui.button(r, shown, UiAction::EditTrainee, lobby.editing_trainee);
        });
    });
    if let Some(notice) = &lobby.notice {
        ui.label(p, notice.clone(), 14.0, ACCENT);
    }

    body(p).with_children(|b| {
        ui.panel(
            b,
            Node {
                width: percent(46),
                flex_shrink: 0.0,
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert((Scrolls, ScrollPosition::default()))
        .with_children(|list| {
            ui.heading(list, ui.t("gui-scenarios"), 18.0, INK);
            if content.entries.is_empty() {
                ui.label(list, ui.t("gui-no-scenarios"), 15.0, WARN);
            }
            for (i, entry) in content.entries.iter().enumerate() {
                let text = entry.text(lang);
                let selected = i == lobby.selected;
                let (normal, hovered) = if selected {
                    (ACCENT_SOFT, ACCENT_SOFT)
                } else {
                    (PANEL, GROUND)
                };
                list.spawn((
                    Button,
                    ActionButton(UiAction::Select(i)),
                    Tint { normal, hovered },
                    Node {
                        flex_direction: FlexDirection::Column,
                        padding: UiRect::all(px(10)),
                        border: UiRect::left(px(4)),
                        row_gap: px(2),
                        ..default()
                    },
                    BorderColor::all(if selected { ACCENT } else { PANEL }),
                    BackgroundColor(normal),
                ))
                .with_children(|card| {
                    ui.heading(card, text.get("title", None), 16.0, INK);
                    ui.label(card, meta_line(entry, text), 14.0, MUTED);
                    if entry.sentinel {
                        ui.label(card, ui.t("gui-sentinel"), 14.0, WARN);
                    }
                });
            }
        });
        ui.panel(
            b,
            Node {
                flex_grow: 1.0,
                min_width: px(0),
                ..default()
            },
        )
        .with_children(|detail| {
            let Some(entry) = content.entries.get(lobby.selected) else {
                return;
            };
            let text = entry.text(lang);
            ui.heading(detail, text.get("title", None), 22.0, INK);
            ui.label(detail, meta_line(entry, text), 15.0, MUTED);
            let topics = doverie_core::view::topics(text, &entry.loaded.scenario.caller.topics);
            ui.label(
                detail,
                ui.text.get1("gui-topics", "topics", topics),
                15.0,
                MUTED,
            );
            if entry.sentinel {
                ui.label(detail, ui.t("gui-sentinel-explained"), 15.0, WARN);
            }
            ui.label(detail, text.get("summary", None), 17.0, INK);
            ui.row(detail, 8.0).with_children(|r| {
                ui.button(r, ui.t("gui-start"), UiAction::Start, true);
            });
        });
    });

    if !content.problems.is_empty() {
        ui.panel(
            p,
            Node {
                max_height: px(150),
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert(BackgroundColor(WARN_SOFT))
        .with_children(|w| {
            ui.heading(
                w,
                ui.text
                    .get1("gui-problems", "count", content.problems.len() as u32),
                15.0,
                WARN,
            );
            for line in content.problems.iter().take(20) {
                ui.label(w, line.clone(), 13.0, INK);
            }
        });
    }
    ui.footer(p, "gui-keys-lobby");
}

/// "Lena · 12 years old · intermediate".
fn meta_line(entry: &super::catalog::Entry, text: &Text) -> String {
    let caller = &entry.loaded.scenario.caller;
    format!(
        "{} · {} · {}",
        text.get("caller-name", None),
        text.get1("gui-age", "age", u32::from(caller.age)),
        text.get(
            &doverie_core::msg::difficulty(caller.difficulty.as_str()),
            None
        )
    )
}

fn call_screen(
    p: &mut ChildSpawnerCommands,
    ui: &Ui,
    settings: &Settings,
    call: &ActiveCall,
    live: &LiveCall,
) {
    let practice = settings.mode == Mode::Practice;
    let view = live.view();
    let phase = live.phase();
    header(p).with_children(|h| {
        h.spawn(Node {
            flex_direction: FlexDirection::Column,
            ..default()
        })
        .with_children(|c| {
            ui.heading(c, view.title(), 22.0, INK);
            ui.label(c, view.subtitle(live.session.transcript.seed), 14.0, MUTED);
        });
        ui.row(h, 18.0).with_children(|r| {
            if phase != Phase::Ringing {
                r.spawn((
                    bevy::prelude::Text::new(""),
                    TextFont::from_font_size(18.0).with_font(ui.fonts.bold.clone()),
                    TextColor(INK),
                    CallClock,
                ));
                if practice {
                    r.spawn((
                        bevy::prelude::Text::new(""),
                        TextFont::from_font_size(16.0),
                        TextColor(MUTED),
                        SilenceClock,
                    ));
                }
            }
        });
    });

    body(p).with_children(|b| {
        b.spawn(Node {
            flex_direction: FlexDirection::Column,
            flex_grow: 1.0,
            row_gap: px(12),
            min_width: px(0),
            ..default()
        })
        .with_children(|main| {
            ui.panel(
                main,
                Node {
                    flex_grow: 1.0,
                    min_height: px(0),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
            )
            .insert((
                Scrolls,
                TranscriptArea,
                ScrollPosition(Vec2::new(0.0, 1.0e7)),
            ))
            .with_children(|t| {
                if phase == Phase::Ringing {
                    ui.heading(t, ui.t("ui-incoming-call"), 24.0, ACCENT);
                    ui.row(t, 8.0).with_children(|r| {
                        ui.button(r, ui.t("gui-answer"), UiAction::Answer, true)
                    });
                }
                for line in live.shown() {
                    transcript_line(t, ui, line);
                }
            });
            ui.panel(main, Node::default()).with_children(|o| {
                answer_area(o, ui, live);
            });
        });

        ui.panel(
            b,
            Node {
                width: px(340),
                flex_shrink: 0.0,
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .with_children(|side| {
            if phase != Phase::Ringing {
                ui.button(
                    side,
                    ui.t("gui-dispatch"),
                    UiAction::ToggleDispatch,
                    call.dispatch_open,
                );
            }
            if call.dispatch_open {
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
                        i == call.dispatch_cursor,
                    );
                }
            }
            if practice && phase != Phase::Ringing {
                ui.heading(side, ui.t("gui-caller-state"), 15.0, INK);
                let scenario = &live.session.scenario;
                for (v, value) in scenario.variables.iter().zip(&live.session.call.state.vars) {
                    let message = doverie_core::msg::variable(&v.id);
                    let name = if live.text.has(&message) {
                        live.text.get(&message, None)
                    } else {
                        v.id.clone()
                    };
                    ui.label(side, format!("{name}: {value}"), 14.0, MUTED);
                    let span = (v.max - v.min).max(1) as f32;
                    ui.bar(side, (value - v.min) as f32 / span, ACCENT);
                }
                ui.heading(side, ui.t("gui-hints"), 15.0, INK);
                if live.hints().is_empty() {
                    ui.label(side, ui.t("gui-no-hints"), 14.0, MUTED);
                }
                for hint in live.hints().iter().rev().take(4) {
                    let rule = live
                        .session
                        .protocol
                        .rules
                        .iter()
                        .find(|r| r.id == hint.rule)
                        .map_or_else(|| hint.rule.clone(), |r| live.text.get(&r.message, None));
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("turn", hint.turn);
                    args.set("rule", rule);
                    ui.label(side, ui.text.get("gui-hint", Some(&args)), 14.0, WARN);
                }
            }
            if phase != Phase::Ringing {
                side.spawn((
                    Button,
                    ActionButton(UiAction::HangUp),
                    Tint {
                        normal: WARN,
                        hovered: WARN,
                    },
                    Node {
                        margin: UiRect::top(px(12)),
                        padding: UiRect::axes(px(12), px(8)),
                        border_radius: BorderRadius::all(px(6)),
                        justify_content: JustifyContent::Center,
                        ..default()
                    },
                    BackgroundColor(WARN),
                ))
                .with_children(|b| ui.label(b, ui.t("gui-hang-up"), 15.0, PANEL));
            }
        });
    });
    ui.footer(p, "gui-keys-call");
    if let Some(e) = &call.save_error {
        ui.label(
            p,
            ui.text.get1("gui-save-failed", "reason", e.to_string()),
            14.0,
            WARN,
        );
    }
}

fn transcript_line(p: &mut ChildSpawnerCommands, ui: &Ui, line: &doverie_core::view::Shown) {
    let (bg, align) = match line.speaker {
        Speaker::Caller => (CALLER, AlignSelf::FlexStart),
        Speaker::Counsellor => (YOU, AlignSelf::FlexEnd),
        Speaker::Line => (PANEL, AlignSelf::Center),
    };
    p.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(12), px(6)),
            border_radius: BorderRadius::all(px(8)),
            max_width: percent(80),
            align_self: align,
            ..default()
        },
        BackgroundColor(bg),
    ))
    .with_children(|b| {
        if line.speaker == Speaker::Line {
            ui.label(
                b,
                format!("{} · {}", clock(line.time), line.text),
                14.0,
                MUTED,
            );
        } else {
            ui.label(
                b,
                format!("{} · {}", line.who, clock(line.time)),
                13.0,
                MUTED,
            );
            ui.label(b, line.text.clone(), 17.0, INK);
        }
    });
}

fn answer_area(p: &mut ChildSpawnerCommands, ui: &Ui, live: &LiveCall) {
    match live.phase() {
        Phase::Ringing => ui.label(p, ui.t("gui-answer-hint"), 15.0, MUTED),
        Phase::Revealing => ui.label(p, ui.t("gui-listening"), 15.0, MUTED),
        Phase::Over => ui.label(p, ui.t("gui-call-over"), 15.0, MUTED),
        Phase::Saying => {
            ui.label(p, ui.t("gui-say-first-prompt"), 15.0, MUTED);
            p.spawn((
                Node {
                    padding: UiRect::all(px(10)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(6)),
                    min_height: px(44),
                    ..default()
                },
                BorderColor::all(ACCENT),
                BackgroundColor(PANEL),
            ))
            .with_children(|f| ui.label(f, format!("{}|", live.draft()), 17.0, INK));
        }
        Phase::Choosing => {
            ui.heading(p, ui.t("gui-options"), 15.0, MUTED);
            let options = live.options();
            if options.is_empty() {
                ui.label(p, ui.t("gui-no-options"), 15.0, MUTED);
            }
            for (n, (_, said)) in options.iter().enumerate() {
                p.spawn((
                    Button,
                    ActionButton(UiAction::Choose(n + 1)),
                    Tint {
                        normal: PANEL,
                        hovered: ACCENT_SOFT,
                    },
                    Node {
                        flex_direction: FlexDirection::Row,
                        column_gap: px(10),
                        padding: UiRect::axes(px(10), px(6)),
                        border: UiRect::all(px(1)),
                        border_radius: BorderRadius::all(px(6)),
                        ..default()
                    },
                    BorderColor::all(RULE),
                    BackgroundColor(PANEL),
                ))
                .with_children(|b| {
                    ui.heading(b, format!("{}", n + 1), 16.0, ACCENT);
                    ui.label(b, said.clone(), 16.0, INK);
                });
            }
        }
    }
}

fn level_color(level: Level) -> Color {
    match level {
        Level::HighCompliance => GOOD,
        Level::Compliant => ACCENT,
        Level::PartialCompliance => MUTED,
        Level::LowCompliance | Level::NonCompliant => WARN,
    }
}

fn debrief_screen(p: &mut ChildSpawnerCommands, ui: &Ui, last: &LastCall) {
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
        });
        ui.button(h, ui.t("gui-back"), UiAction::BackToLobby, true);
    });
    body(p).with_children(|b| {
        ui.panel(
            b,
            Node {
                width: px(420),
                flex_shrink: 0.0,
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .with_children(|left| {
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
            ui.heading(left, d.end_state_title.clone(), 16.0, INK);
            for s in &d.end_state {
                ui.label(left, s.clone(), 14.0, MUTED);
            }
            if let Some(o) = &d.outcome {
                ui.label(left, o.clone(), 14.0, INK);
            }
        });
        ui.panel(
            b,
            Node {
                flex_grow: 1.0,
                min_width: px(0),
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert((Scrolls, ScrollPosition::default()))
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
    ui.footer(p, "gui-keys-debrief");
}
