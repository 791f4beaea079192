//! The screens, one plugin and one file each, and the look they share.
//!
//! Each screen spawns its nodes when its state is entered and despawns them (by its marker
//! component) when it is left; its systems run only in its state: its keys, its actions, and
//! what it shows again when a resource it shows changes (Bevy's change detection). The list of
//! screens is [`GuiScreens`]: a new screen is a new file here, its `mod` line and one line in
//! that list.
//!
//! - [`lobby`]: the scenarios, the language, the mode and the trainee;
//! - [`ringing`]: the phone rings until answered;
//! - [`call`]: the conversation;
//! - [`dispatch`]: the services panel beside the conversation;
//! - [`debrief`]: the last call, turn by turn;
//! - [`login`]: the exam server's login (`doverie gui --server`);
//! - [`exams`]: the trainee's exams on the server, and the server's line over an exam call.

pub mod call;
pub mod debrief;
pub mod dispatch;
pub mod exams;
pub mod lobby;
pub mod login;
pub mod ringing;

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

use super::logic::{AppSystems, UiAction};
use doverie_core::locale::{Lang, Text, ui_source};

/// The screens of the app, one plugin each, and the look they share. Adding a screen: one new
/// file in `screens/` (its plugin, with its state's `OnEnter`/`OnExit` and its marker), its `mod`
/// line above and one line here.
pub struct GuiScreens;

impl Plugin for GuiScreens {
    fn build(&self, app: &mut App) {
        app.add_plugins((
            Look,
            lobby::LobbyPlugin,
            ringing::RingingPlugin,
            call::CallPlugin,
            dispatch::DispatchPlugin,
            debrief::DebriefPlugin,
            login::LoginPlugin,
            exams::ExamsPlugin,
        ));
    }
}

/// What every screen's nodes share: the fonts, the words, buttons that ask for actions, hover
/// tints and scrolling.
struct Look;

impl Plugin for Look {
    fn build(&self, app: &mut App) {
        app.init_resource::<Chrome>()
            .init_resource::<Fonts>()
            .add_systems(
                Update,
                (
                    button_actions.in_set(AppSystems::Input),
                    (hover, scroll_wheel).in_set(AppSystems::Show),
                ),
            );
    }
}

/// Despawns a screen's nodes (the entities with its marker) when it is left.
pub fn despawn<M: Component>(mut commands: Commands, nodes: Query<Entity, With<M>>) {
    for node in &nodes {
        commands.entity(node).despawn();
    }
}

/// The root node of a screen, marked with `marker`.
fn screen_root<M: Component>(marker: M) -> impl Bundle {
    (
        marker,
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(20)),
            row_gap: px(14),
            ..default()
        },
        BackgroundColor(GROUND),
    )
}

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
    /// The words of `lang`.
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

/// A scrolling area of a screen (the transcript, the debrief's columns, the dispatch list):
/// the mouse wheel scrolls the one under the pointer.
#[derive(Component)]
#[require(bevy::ui::RelativeCursorPosition, ScrollPosition)]
pub struct Scrolls;

/// The scrolling area the keys scroll (the debrief's timeline).
#[derive(Component)]
pub struct MainScroll;

/// A node the real-window test finds by name (see [`crate::smoke`]).
#[derive(Component, Debug, Clone, Copy)]
pub struct Landmark(pub &'static str);

/// Whether a scrolling area holds more than it shows below what is scrolled into view:
/// `content` and `shown` are heights, `scrolled` how far it is scrolled (pixels).
pub fn more_below(content: f32, shown: f32, scrolled: f32) -> bool {
    content - scrolled - shown > 1.0
}

/// A button and the action it asks for.
#[derive(Component, Clone)]
pub struct ActionButton(pub UiAction);

/// The faces besides the default font (Noto Sans regular).
#[derive(Resource, Default, Clone)]
pub struct Fonts {
    /// Noto Sans Bold, for headings.
    pub bold: Handle<Font>,
    /// For ☎ ✓ ✗ and other symbols Noto Sans lacks.
    pub symbols2: Handle<Font>,
    /// For arrows.
    pub symbols: Handle<Font>,
}

/// Which face draws a character: Noto Sans has Latin and Cyrillic but not these symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// Noto Sans.
    Text,
    /// Noto Sans Symbols 2 (☎ ✓ ✗ and shapes).
    Symbols2,
    /// Noto Sans Symbols (arrows).
    Symbols,
}

/// The face that draws `c`.
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

/// The wheel scrolls the area under the pointer.
fn scroll_wheel(
    mut wheel: MessageReader<MouseWheel>,
    mut areas: Query<(&mut ScrollPosition, &bevy::ui::RelativeCursorPosition), With<Scrolls>>,
) {
    for w in wheel.read() {
        let dy = match w.unit {
            MouseScrollUnit::Line => w.y * 40.0,
            MouseScrollUnit::Pixel => w.y,
        };
        for (mut pos, cursor) in &mut areas {
            if cursor.cursor_over {
                pos.y = (pos.y - dy).max(0.0);
            }
        }
    }
}

/// Building blocks in the app's look.
struct Ui<'a> {
    text: &'a Text,
    fonts: Fonts,
}

impl Ui<'_> {
    /// The words of `lang` in the faces loaded.
    fn new<'a>(words: &'a Chrome, fonts: &Fonts, lang: Lang) -> Ui<'a> {
        Ui {
            text: words.get(lang),
            fonts: fonts.clone(),
        }
    }

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
