//! The conversation: the caller's lines as they appear, the options (or the "say it first"
//! box), the call and silence clocks, and in practice the caller's state and hints (the
//! gravest first); hanging up at any moment, after a question (a slip of a key must not leave a
//! child alone on the line). Keys: a digit chooses the option shown under it, D opens the
//! dispatch panel, F10 asks to hang up (Enter confirms, Esc goes back to the call); while
//! saying first, keys type.
//!
//! The layout fits any window from 900x560 up: the transcript, the answers, the dispatch list
//! and the hints scroll; the clocks, the meters and the hang-up button stay in view.
//!
//! The call's time passes here from the first ring to the last line (through its
//! [`LiveCall`], which paces lines and times silence); when the call is over, the debrief follows.
//! The screen shows what changed when [`ActiveCall`] changes: new lines are added to the
//! transcript, the answer area and the caller's state are drawn again; only the clocks are
//! updated every frame.

use bevy::prelude::*;

use super::dispatch::DispatchPanel;
use super::{
    ACCENT, ACCENT_SOFT, ActionButton, CALLER, Chrome, Fonts, INK, Landmark, MUTED, PANEL, RULE,
    Scrolls, Tint, Ui, WARN, YOU, body, despawn, header, screen_root,
};
use crate::logic::{
    ActiveCall, AppSystems, CallCue, CallStage, CallTimePasses, CallerVoice, Keys, LastCall, Mode,
    SavedSink, Screen, Settings, UiAction, digit, typing,
};
use doverie_audio::VoiceKind;
use doverie_core::live::{Hint, LiveCall, Phase};
use doverie_core::protocol::rules::Severity;
use doverie_core::view::{Debrief, Speaker, clock};

/// The conversation's nodes.
#[derive(Component)]
pub struct CallScreen;

/// The call's transcript area (the smoke test checks it holds rendered text).
#[derive(Component)]
pub struct TranscriptArea;

/// How many of the call's lines the transcript area shows.
#[derive(Component)]
struct LinesShown(usize);

/// The call timer.
#[derive(Component)]
pub struct CallClock;

/// The silence timer (practice only).
#[derive(Component)]
pub struct SilenceTimer;

/// A muted note, "Synthetic voice", while the caller's last line was spoken by the synthetic
/// voice (see [`CallerVoice`]); empty otherwise.
#[derive(Component)]
pub struct SyntheticVoiceNote;

/// The note's words for where the caller's last line was heard from: only a synthetic voice is
/// marked.
pub fn voice_note(text: &doverie_core::locale::Text, voice: CallerVoice) -> String {
    match voice.0 {
        Some(VoiceKind::Synthetic) => text.get("gui-synthetic-voice", None),
        Some(VoiceKind::Recorded) | None => String::new(),
    }
}

/// The options, the "say it first" box or what the call is doing.
#[derive(Component)]
pub(super) struct AnswerArea;

/// Where the open dispatch panel goes, in the main column in place of the answers (see
/// [`super::dispatch`]).
#[derive(Component)]
pub(super) struct DispatchSlot;

/// Where the button that opens the dispatch panel goes, in the side panel.
#[derive(Component)]
pub(super) struct DispatchButtonSlot;

/// The caller-state meters (practice only).
#[derive(Component)]
struct CallerState;

/// The hints, under the meters (practice only).
#[derive(Component)]
struct HintList;

/// Why the transcript could not be saved, shown only if it could not.
#[derive(Component)]
struct SaveProblem;

/// The trainee asked to hang up and has not yet said yes or no.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HangUpAsked(pub bool);

/// The question "hang up?", shown over the call while [`HangUpAsked`].
#[derive(Component)]
pub struct HangUpQuestion;

/// The conversation: spawned on entering [`CallStage::Talking`]; and the call's time.
pub struct CallPlugin;

impl Plugin for CallPlugin {
    fn build(&self, app: &mut App) {
        let fill = (
            show_lines,
            show_answers,
            show_caller_state,
            show_save_problem,
        );
        app.init_resource::<HangUpAsked>()
            .add_systems(
                OnEnter(CallStage::Talking),
                (|mut asked: ResMut<HangUpAsked>| asked.0 = false, show, fill).chain(),
            )
            .add_systems(OnExit(CallStage::Talking), despawn::<CallScreen>)
            .add_systems(
                Update,
                (
                    keys.in_set(AppSystems::Input)
                        .run_if(in_state(CallStage::Talking)),
                    act.in_set(AppSystems::Act)
                        .run_if(in_state(CallStage::Talking)),
                    show_hang_up_question
                        .in_set(AppSystems::Show)
                        .run_if(in_state(CallStage::Talking))
                        .run_if(resource_changed::<HangUpAsked>),
                    time_passes
                        .in_set(AppSystems::Tick)
                        .run_if(in_state(Screen::Call)),
                    (
                        fill.run_if(resource_changed::<ActiveCall>),
                        update_clocks,
                        show_voice_note,
                    )
                        .in_set(AppSystems::Show)
                        .run_if(in_state(CallStage::Talking)),
                ),
            );
    }
}

fn keys(
    keys: Res<Keys>,
    call: Res<ActiveCall>,
    asked: Res<HangUpAsked>,
    panel: Option<Res<State<DispatchPanel>>>,
    mut actions: MessageWriter<UiAction>,
) {
    // An exam call holds until the server has confirmed the inputs given.
    if call.waiting_for_server() {
        return;
    }
    if asked.0 {
        actions.write_batch(keys.shortcuts().filter_map(|code| match code {
            KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::F10 | KeyCode::KeyY => {
                Some(UiAction::ConfirmHangUp)
            }
            KeyCode::Escape | KeyCode::KeyN => Some(UiAction::CancelHangUp),
            _ => None,
        }));
        return;
    }
    // The open dispatch panel has the keys (see `super::dispatch`).
    if panel.is_some_and(|p| *p.get() == DispatchPanel::Open) {
        return;
    }
    let saying = call
        .live
        .as_ref()
        .is_some_and(|l| l.phase() == Phase::Saying);
    if saying {
        actions.write_batch(keys.pressed().filter_map(typing));
        return;
    }
    actions.write_batch(keys.shortcuts().filter_map(|code| match code {
        KeyCode::F10 => Some(UiAction::HangUp),
        KeyCode::KeyD => Some(UiAction::ToggleDispatch),
        _ => digit(code).filter(|&d| d > 0).map(UiAction::Choose),
    }));
}

/// The trainee's inputs, given to the call; hanging up is asked first.
fn act(
    mut actions: MessageReader<UiAction>,
    mut call: ResMut<ActiveCall>,
    mut asked: ResMut<HangUpAsked>,
) {
    if call.waiting_for_server() {
        return;
    }
    let Some(live) = call.bypass_change_detection().live.as_mut() else {
        return;
    };
    let mut acted = false;
    for action in actions.read() {
        match action {
            UiAction::HangUp => {
                // Only an answered call that is not over can be hung up.
                let can = !matches!(live.phase(), Phase::Ringing | Phase::Over);
                asked.set_if_neq(HangUpAsked(can));
                continue;
            }
            UiAction::CancelHangUp => {
                asked.set_if_neq(HangUpAsked(false));
                continue;
            }
            UiAction::ConfirmHangUp => {
                asked.set_if_neq(HangUpAsked(false));
            }
            _ => {}
        }
        acted |= match action {
            UiAction::Choose(n) => live.choose(*n),
            UiAction::Type(t) => {
                live.type_text(t);
                true
            }
            UiAction::Erase => {
                live.backspace();
                true
            }
            UiAction::Confirm => {
                live.submit_draft();
                true
            }
            UiAction::ConfirmHangUp => live.hang_up(),
            UiAction::StaySilent(seconds) => {
                live.tick(*seconds as f32);
                true
            }
            _ => false,
        };
    }
    if acted {
        call.set_changed();
    }
}

/// Lets the frame's time pass in the call, from the first ring (ringing does not time out, but
/// its cue sounds). Ticking is no change of the call: it is marked changed only when a line
/// appeared or the phase moved on. Every input (silence included) is journaled before the line
/// it brings is shown; when the call is over, the journal is closed (the transcript written) and
/// the debrief is built and shown. An exam call's time stands still while the server has not
/// confirmed its inputs (see [`ActiveCall::waiting_for_server`]).
fn time_passes(
    time: Res<Time>,
    passes: Res<CallTimePasses>,
    mut call: ResMut<ActiveCall>,
    mut last: ResMut<LastCall>,
    mut cues: MessageWriter<CallCue>,
    mut next: ResMut<NextState<Screen>>,
    sink: Res<SavedSink>,
) {
    if call.waiting_for_server() {
        return;
    }
    let Some(live) = call.bypass_change_detection().live.as_mut() else {
        return;
    };
    let (phase, lines) = (live.phase(), live.shown().len());
    live.tick(if passes.0 { time.delta_secs() } else { 0.0 });
    cues.write_batch(live.take_cues().into_iter().map(CallCue));
    let moved = live.phase() != phase || live.shown().len() != lines;
    let recorded = live.take_recorded();
    let over = live.phase() == Phase::Over;
    if recorded {
        call.journal_inputs();
    }
    if moved {
        call.set_changed();
    }
    if over {
        *last = finish(&mut call);
        if let (Some(file), None) = (&last.transcript, &last.save_error) {
            last.stored = sink.saved(file, last.lang);
        }
        next.set(Screen::Debrief);
    }
}

/// The debrief of the call just over.
fn finish(call: &mut ActiveCall) -> LastCall {
    call.close_journal();
    let Some(live) = call.live.take() else {
        return LastCall::default();
    };
    let session = &live.session;
    let card = session.scorecard();
    LastCall {
        debrief: Some(Debrief::build(
            &live.text,
            &session.scenario,
            &session.protocol,
            &session.events,
            &card,
        )),
        summary: live.view().summary(session),
        transcript: call.file.take(),
        save_error: call.save_error.take(),
        stored: None,
        lang: live.text.lang(),
    }
}

/// The parts of the call's layout that the screen fills.
pub(super) struct CallParts {
    /// The row beside the title.
    pub clocks: Entity,
    /// The side panel.
    pub side: Entity,
}

/// The call's layout: the title with room for the clocks; the transcript, the answer area and
/// the dispatch panel's place in the main column; the side panel; the keys and a line for a
/// transcript that could not be saved; the question "hang up?" over it all, hidden. `root` is
/// the screen's root, with its marker.
pub(super) fn call_frame(
    commands: &mut Commands,
    root: impl Bundle,
    ui: &Ui,
    call: &ActiveCall,
    live: &LiveCall,
) -> CallParts {
    let view = live.view();
    let mut parts = CallParts {
        clocks: Entity::PLACEHOLDER,
        side: Entity::PLACEHOLDER,
    };
    commands.spawn(root).with_children(|p| {
        header(p).with_children(|h| {
            h.spawn((
                Landmark("call-title"),
                Node {
                    flex_direction: FlexDirection::Column,
                    ..default()
                },
            ))
            .with_children(|c| {
                ui.heading(c, view.title(), 22.0, INK);
                ui.label(c, ui.t("gui-talking"), 14.0, MUTED);
            });
            parts.clocks = ui.row(h, 18.0).id();
        });
        body(p).with_children(|b| {
            b.spawn(Node {
                flex_direction: FlexDirection::Column,
                flex_grow: 1.0,
                row_gap: px(12),
                min_width: px(0),
                min_height: px(0),
                ..default()
            })
            .with_children(|main| {
                ui.panel(
                    main,
                    Node {
                        flex_grow: 1.0,
                        flex_basis: px(0),
                        min_height: px(96),
                        overflow: Overflow::scroll_y(),
                        ..default()
                    },
                )
                .insert((
                    Scrolls,
                    TranscriptArea,
                    Landmark("transcript"),
                    LinesShown(0),
                    ScrollPosition(Vec2::new(0.0, 1.0e7)),
                ));
                ui.panel(
                    main,
                    Node {
                        flex_shrink: 1.0,
                        min_height: px(0),
                        max_height: percent(60),
                        overflow: Overflow::scroll_y(),
                        ..default()
                    },
                )
                .insert((AnswerArea, Scrolls, Landmark("answers")));
                main.spawn((
                    DispatchSlot,
                    Node {
                        flex_direction: FlexDirection::Column,
                        min_height: px(0),
                        display: Display::None,
                        ..default()
                    },
                ));
            });
            parts.side = ui
                .panel(
                    b,
                    Node {
                        width: px(320),
                        flex_shrink: 0.0,
                        min_height: px(0),
                        overflow: Overflow::clip(),
                        ..default()
                    },
                )
                .insert(Landmark("side"))
                .id();
        });
        ui.footer(p, "gui-keys-call");
        p.spawn((
            SaveProblem,
            Node {
                flex_direction: FlexDirection::Column,
                display: save_problem_display(call),
                ..default()
            },
        ))
        .with_children(|line| save_problem(line, ui, call));
        hang_up_question(p, ui);
    });
    parts
}

/// "Hang up? The child stays alone with it": over the whole screen, hidden until asked.
fn hang_up_question(p: &mut ChildSpawnerCommands, ui: &Ui) {
    p.spawn((
        HangUpQuestion,
        Node {
            position_type: PositionType::Absolute,
            left: px(0),
            top: px(0),
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            display: Display::None,
            ..default()
        },
        BackgroundColor(Color::srgba(0.11, 0.14, 0.18, 0.45)),
        GlobalZIndex(10),
    ))
    .with_children(|shade| {
        ui.panel(
            shade,
            Node {
                max_width: px(460),
                row_gap: px(12),
                padding: UiRect::all(px(20)),
                ..default()
            },
        )
        .insert(Landmark("hang-up-question"))
        .with_children(|q| {
            ui.heading(q, ui.t("gui-hang-up-question"), 20.0, INK);
            ui.label(q, ui.t("gui-hang-up-explained"), 15.0, MUTED);
            ui.row(q, 10.0).with_children(|r| {
                r.spawn((
                    Button,
                    ActionButton(UiAction::ConfirmHangUp),
                    Tint {
                        normal: WARN,
                        hovered: WARN,
                    },
                    Node {
                        padding: UiRect::axes(px(12), px(8)),
                        border_radius: BorderRadius::all(px(6)),
                        ..default()
                    },
                    BackgroundColor(WARN),
                ))
                .with_children(|b| ui.label(b, ui.t("gui-hang-up-yes"), 15.0, PANEL));
                ui.button(r, ui.t("gui-hang-up-no"), UiAction::CancelHangUp, false);
            });
        });
    });
}

/// Shows or hides the question "hang up?".
fn show_hang_up_question(
    asked: Res<HangUpAsked>,
    mut questions: Query<&mut Node, With<HangUpQuestion>>,
) {
    for mut node in &mut questions {
        node.display = if asked.0 {
            Display::Flex
        } else {
            Display::None
        };
    }
}

/// Why the transcript could not be saved, if it could not.
fn save_problem(p: &mut ChildSpawnerCommands, ui: &Ui, call: &ActiveCall) {
    if let Some(e) = &call.save_error {
        ui.label(
            p,
            ui.text.get1("gui-save-failed", "reason", e.to_string()),
            14.0,
            WARN,
        );
    }
}

/// The line takes no room (and no gap) when there is no problem.
fn save_problem_display(call: &ActiveCall) -> Display {
    if call.save_error.is_some() {
        Display::Flex
    } else {
        Display::None
    }
}

/// A part of the side panel: a column with the panel's own gap.
fn side_part(marker: impl Component) -> impl Bundle {
    (
        marker,
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(8),
            ..default()
        },
    )
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
    let practice = settings.mode == Mode::Practice;
    let parts = call_frame(&mut commands, screen_root(CallScreen), &ui, &call, live);
    commands.entity(parts.clocks).with_children(|r| {
        r.spawn((
            Text::new(""),
            TextFont::from_font_size(18.0).with_font(ui.fonts.bold.clone()),
            TextColor(INK),
            CallClock,
        ));
        if practice {
            r.spawn((
                Text::new(""),
                TextFont::from_font_size(16.0),
                TextColor(MUTED),
                SilenceTimer,
            ));
        }
        r.spawn((
            Text::new(""),
            TextFont::from_font_size(13.0),
            TextColor(MUTED),
            SyntheticVoiceNote,
        ));
    });
    commands.entity(parts.side).with_children(|side| {
        side.spawn(side_part(DispatchButtonSlot));
        if practice {
            // The meters stay in view; the hints under them scroll.
            side.spawn((
                CallerState,
                Landmark("caller-state"),
                Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: px(6),
                    flex_shrink: 0.0,
                    ..default()
                },
            ));
            side.spawn((
                HintList,
                Scrolls,
                Landmark("hints"),
                Node {
                    flex_direction: FlexDirection::Column,
                    row_gap: px(6),
                    flex_grow: 1.0,
                    flex_basis: px(0),
                    min_height: px(0),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
            ));
        } else {
            side.spawn(Node {
                flex_grow: 1.0,
                ..default()
            });
        }
        side.spawn((
            Button,
            ActionButton(UiAction::HangUp),
            Landmark("hang-up"),
            Tint {
                normal: WARN,
                hovered: WARN,
            },
            Node {
                flex_shrink: 0.0,
                padding: UiRect::axes(px(12), px(8)),
                border_radius: BorderRadius::all(px(6)),
                justify_content: JustifyContent::Center,
                ..default()
            },
            BackgroundColor(WARN),
        ))
        .with_children(|b| ui.label(b, ui.t("gui-hang-up"), 15.0, PANEL));
    });
}

/// Adds the lines that appeared since the transcript was last shown, and scrolls to them.
fn show_lines(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    mut areas: Query<(Entity, &mut LinesShown, &mut ScrollPosition), With<TranscriptArea>>,
) {
    let Some(live) = &call.live else { return };
    let ui = Ui::new(&words, &fonts, settings.lang);
    for (area, mut shown, mut scroll) in &mut areas {
        let new = live.shown().get(shown.0..).unwrap_or_default();
        if new.is_empty() {
            continue;
        }
        commands.entity(area).with_children(|t| {
            for line in new {
                transcript_line(t, &ui, line);
            }
        });
        shown.0 = live.shown().len();
        scroll.y = 1.0e7;
    }
}

/// Draws the answer area again.
fn show_answers(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    areas: Query<Entity, With<AnswerArea>>,
) {
    let Some(live) = &call.live else { return };
    let ui = Ui::new(&words, &fonts, settings.lang);
    for area in &areas {
        commands
            .entity(area)
            .despawn_children()
            .with_children(|o| answer_area(o, &ui, live));
    }
}

/// Draws the caller's state and the hints again (practice only).
fn show_caller_state(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    meters: Query<Entity, With<CallerState>>,
    hints: Query<Entity, With<HintList>>,
) {
    let Some(live) = &call.live else { return };
    let ui = Ui::new(&words, &fonts, settings.lang);
    for part in &meters {
        commands
            .entity(part)
            .despawn_children()
            .with_children(|side| caller_state(side, &ui, live));
    }
    for part in &hints {
        commands
            .entity(part)
            .despawn_children()
            .with_children(|side| hint_list(side, &ui, live));
    }
}

/// Shows, or hides, why the transcript could not be saved.
fn show_save_problem(
    mut commands: Commands,
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
    mut lines: Query<(Entity, &mut Node), With<SaveProblem>>,
) {
    let ui = Ui::new(&words, &fonts, settings.lang);
    for (line, mut node) in &mut lines {
        node.display = save_problem_display(&call);
        commands
            .entity(line)
            .despawn_children()
            .with_children(|p| save_problem(p, &ui, &call));
    }
}

fn update_clocks(
    call: Res<ActiveCall>,
    settings: Res<Settings>,
    words: Res<Chrome>,
    mut clocks: Query<&mut Text, (With<CallClock>, Without<SilenceTimer>)>,
    mut silences: Query<&mut Text, (With<SilenceTimer>, Without<CallClock>)>,
) {
    let Some(live) = &call.live else { return };
    let text = words.get(settings.lang);
    // An exam call's clock is the server's: it runs from the server's start of the call.
    let seconds = call
        .server
        .as_ref()
        .map_or(live.talking(), |s| s.clock_secs());
    for mut t in &mut clocks {
        let s = text.get1("gui-call-time", "time", clock(seconds as u32));
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

/// Marks a synthetic caller voice, or clears the mark.
fn show_voice_note(
    voice: Res<CallerVoice>,
    settings: Res<Settings>,
    words: Res<Chrome>,
    mut notes: Query<&mut Text, With<SyntheticVoiceNote>>,
) {
    let s = voice_note(words.get(settings.lang), *voice);
    for mut t in &mut notes {
        if t.0 != s {
            t.0.clone_from(&s);
        }
    }
}

fn caller_state(side: &mut ChildSpawnerCommands, ui: &Ui, live: &LiveCall) {
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
}

/// How many hints are shown: the gravest, then the earliest.
pub const HINTS_SHOWN: usize = 6;

/// The hints to show, with their rules' severity: the gravest first (Critical before Major
/// before Moderate before Minor), among equals the earliest first; at most [`HINTS_SHOWN`].
pub fn ordered_hints(live: &LiveCall) -> Vec<(&Hint, Severity)> {
    let rules = &live.session.protocol.rules;
    let mut hints: Vec<(&Hint, Severity)> = live
        .hints()
        .iter()
        .map(|h| {
            let severity = rules
                .iter()
                .find(|r| r.id == h.rule)
                .map_or(Severity::Minor, |r| r.severity);
            (h, severity)
        })
        .collect();
    hints.sort_by(|(a, sa), (b, sb)| sb.cmp(sa).then(a.turn.cmp(&b.turn)));
    hints.truncate(HINTS_SHOWN);
    hints
}

/// "Critical · turn 3: Police called without the child's consent"; a hint of the time before
/// the first answer says so, as the debrief does (turns count from 1).
pub fn hint_line(
    text: &doverie_core::locale::Text,
    live: &LiveCall,
    hint: &Hint,
    severity: Severity,
) -> String {
    let rule = live
        .session
        .protocol
        .rules
        .iter()
        .find(|r| r.id == hint.rule)
        .map_or_else(|| hint.rule.clone(), |r| live.text.get(&r.message, None));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set(
        "severity",
        text.get(&doverie_core::msg::severity(severity.as_str()), None),
    );
    args.set("rule", rule);
    if hint.turn == 0 {
        text.get("gui-hint-opening", Some(&args))
    } else {
        args.set("turn", hint.turn);
        text.get("gui-hint", Some(&args))
    }
}

fn hint_list(side: &mut ChildSpawnerCommands, ui: &Ui, live: &LiveCall) {
    ui.heading(side, ui.t("gui-hints"), 15.0, INK);
    if live.hints().is_empty() {
        ui.label(side, ui.t("gui-no-hints"), 14.0, MUTED);
    }
    for (hint, severity) in ordered_hints(live) {
        let color = if severity >= Severity::Major {
            WARN
        } else {
            INK
        };
        ui.label(side, hint_line(ui.text, live, hint, severity), 14.0, color);
    }
    let hidden = live.hints().len().saturating_sub(HINTS_SHOWN);
    if hidden > 0 {
        ui.label(
            side,
            ui.text.get1("gui-hints-more", "count", hidden as u32),
            13.0,
            MUTED,
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
