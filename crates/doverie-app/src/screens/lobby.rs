//! The lobby: the scenarios on offer with their caller, difficulty and topics, the language, the
//! mode, "say it first", voice practice and the trainee's id; problems of files that do not
//! check, in `--watch` mode. It is drawn again whenever a setting, the selection or the content
//! changes, so a language switch changes every word at once.

use std::sync::Arc;

use bevy::prelude::*;

use super::{
    ACCENT, ACCENT_SOFT, ActionButton, Chrome, Fonts, GROUND, INK, Landmark, MUTED, PANEL, Scrolls,
    Tint, Ui, WARN, WARN_SOFT, body, despawn, header, screen_root,
};
use crate::arcs::{ArcInPlay, Arcs};
use crate::logic::{
    ActiveCall, AppSystems, CallerVoice, Content, Keys, Lobby, Mode, SavedSink, Screen, Settings,
    UiAction, typing,
};
use doverie_core::live::LiveCall;
use doverie_core::locale::{Lang, Text};
use doverie_core::session::Session;
use doverie_core::transcript::Mode as TranscriptMode;
use doverie_files::{CallJournal, new_transcript_path};

/// The lobby's nodes.
#[derive(Component)]
pub struct LobbyScreen;

/// The lobby: spawned on entering [`Screen::Lobby`], drawn again when what it shows changes.
pub struct LobbyPlugin;

impl Plugin for LobbyPlugin {
    fn build(&self, app: &mut App) {
        let shown = in_state(Screen::Lobby);
        app.add_systems(
            OnEnter(Screen::Lobby),
            (find_interrupted, crate::arcs::refresh_always, show).chain(),
        )
        .add_systems(OnExit(Screen::Lobby), despawn::<LobbyScreen>)
        .add_systems(
            Update,
            (
                keys.in_set(AppSystems::Input),
                act.in_set(AppSystems::Act),
                crate::arcs::refresh
                    .in_set(AppSystems::Tick)
                    .run_if(resource_changed::<Settings>),
                show.in_set(AppSystems::Show).run_if(
                    resource_changed::<Settings>
                        .or_eager(resource_changed::<Lobby>)
                        .or_eager(resource_changed::<Content>)
                        .or_eager(resource_changed::<Arcs>),
                ),
            )
                .run_if(shown),
        );
    }
}

fn keys(keys: Res<Keys>, lobby: Res<Lobby>, mut actions: MessageWriter<UiAction>) {
    if lobby.editing_trainee {
        actions.write_batch(keys.pressed().filter_map(typing));
        return;
    }
    // R and A act on the first interrupted call that can be read.
    let first = lobby.interrupted.iter().position(|c| c.problem.is_none());
    actions.write_batch(keys.shortcuts().filter_map(|code| match code {
        KeyCode::ArrowUp => Some(UiAction::Move(-1)),
        KeyCode::ArrowDown => Some(UiAction::Move(1)),
        KeyCode::Enter | KeyCode::NumpadEnter => Some(UiAction::Start),
        KeyCode::KeyL => Some(UiAction::ToggleLang),
        KeyCode::KeyM => Some(UiAction::ToggleMode),
        KeyCode::KeyS => Some(UiAction::ToggleSayFirst),
        KeyCode::KeyV => Some(UiAction::ToggleVoice),
        KeyCode::KeyT => Some(UiAction::EditTrainee),
        KeyCode::KeyR => first.map(UiAction::Resume),
        KeyCode::KeyA => first.map(UiAction::Abandon),
        _ => None,
    }));
}

/// Lists the interrupted calls in the data folder (on start, and whenever the lobby is shown
/// again).
fn find_interrupted(settings: Res<Settings>, mut lobby: ResMut<Lobby>) {
    let found = crate::recovery::find(&settings.data_dir);
    if lobby.interrupted != found {
        lobby.interrupted = found;
    }
}

#[allow(clippy::too_many_arguments)]
fn act(
    mut actions: MessageReader<UiAction>,
    mut settings: ResMut<Settings>,
    mut lobby: ResMut<Lobby>,
    content: Res<Content>,
    mut call: ResMut<ActiveCall>,
    mut voice: ResMut<CallerVoice>,
    mut next: ResMut<NextState<Screen>>,
    words: Res<Chrome>,
    sink: Res<SavedSink>,
    (mut arcs, mut in_play): (ResMut<Arcs>, ResMut<ArcInPlay>),
) {
    // The arcs are listed after the scenarios: positions from `content.entries.len()` on.
    let listed = content.entries.len() + arcs.entries.len();
    for action in actions.read() {
        match action {
            UiAction::Select(i) if *i < listed => lobby.selected = *i,
            UiAction::Move(d) => {
                let n = listed;
                if n > 0 {
                    lobby.selected =
                        (lobby.selected as i64 + i64::from(*d)).rem_euclid(n as i64) as usize;
                }
            }
            UiAction::SetLang(l) => settings.lang = *l,
            UiAction::ToggleLang => {
                settings.lang = match settings.lang {
                    Lang::Ru => Lang::En,
                    Lang::En => Lang::Ru,
                }
            }
            UiAction::SetMode(m) => settings.mode = *m,
            UiAction::ToggleMode => {
                settings.mode = match settings.mode {
                    Mode::Practice => Mode::Exam,
                    Mode::Exam => Mode::Practice,
                }
            }
            UiAction::ToggleSayFirst => settings.say_first = !settings.say_first,
            UiAction::ToggleVoice => settings.voice = !settings.voice,
            UiAction::EditTrainee => lobby.editing_trainee = true,
            UiAction::Type(t) if lobby.editing_trainee => {
                if settings.trainee == ANONYMOUS {
                    settings.trainee.clear();
                }
                if settings.trainee.chars().count() < 40 {
                    settings.trainee.push_str(t);
                }
            }
            UiAction::Erase if lobby.editing_trainee => {
                settings.trainee.pop();
            }
            UiAction::Confirm if lobby.editing_trainee => {
                lobby.editing_trainee = false;
                if settings.trainee.trim().is_empty() {
                    settings.trainee = ANONYMOUS.into();
                }
            }
            UiAction::Start => match lobby
                .selected
                .checked_sub(content.entries.len())
                .map(|arc| crate::arcs::start_call(&settings, &arcs, arc, words.get(settings.lang)))
            {
                Some(Some(Ok((started, arc)))) => {
                    *call = started;
                    *in_play = arc;
                    *voice = CallerVoice::default();
                    lobby.editing_trainee = false;
                    lobby.notice = None;
                    next.set(Screen::Call);
                }
                Some(Some(Err(e))) => {
                    let text = words.get(settings.lang);
                    lobby.notice = Some(text.get1("gui-call-not-started", "reason", e));
                    // The folder was read again: the list shows what was found.
                    arcs.refresh(&settings.data_dir, settings.trainee.trim());
                }
                Some(None) => {}
                None => match start(&settings, &content, lobby.selected) {
                    Some(Ok(started)) => {
                        *call = started;
                        *in_play = ArcInPlay::default();
                        *voice = CallerVoice::default();
                        lobby.editing_trainee = false;
                        lobby.notice = None;
                        next.set(Screen::Call);
                    }
                    Some(Err(e)) => {
                        let text = words.get(settings.lang);
                        lobby.notice = Some(text.get1("gui-call-not-started", "reason", e));
                    }
                    None => {}
                },
            },
            UiAction::Resume(i) => {
                let Some(path) = lobby.interrupted.get(*i).map(|c| c.journal.clone()) else {
                    continue;
                };
                match crate::recovery::resume(&content, &path, settings.pacing) {
                    Ok(resumed) => {
                        *call = resumed.call;
                        *voice = CallerVoice::default();
                        settings.lang = resumed.lang;
                        settings.mode = if resumed.mode.exam {
                            Mode::Exam
                        } else {
                            Mode::Practice
                        };
                        settings.say_first = resumed.mode.say_first;
                        settings.voice = resumed.mode.voice;
                        lobby.editing_trainee = false;
                        lobby.notice = None;
                        next.set(Screen::Call);
                    }
                    Err(e) => {
                        lobby.notice = Some(recover_failed(words.get(settings.lang), &path, e));
                    }
                }
            }
            UiAction::Abandon(i) => {
                let Some(path) = lobby.interrupted.get(*i).map(|c| c.journal.clone()) else {
                    continue;
                };
                let text = words.get(settings.lang);
                lobby.notice = Some(match crate::recovery::abandon(&content, &path) {
                    Ok(out) => {
                        let closed = text.get1("gui-abandoned", "path", out.display().to_string());
                        match sink.saved(&out, settings.lang) {
                            Some(stored) => format!("{closed} {stored}"),
                            None => closed,
                        }
                    }
                    Err(e) => recover_failed(text, &path, e),
                });
                lobby.interrupted = crate::recovery::find(&settings.data_dir);
            }
            _ => {}
        }
    }
}

/// "Cannot recover FILE: REASON".
fn recover_failed(words: &Text, path: &std::path::Path, reason: String) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("file", path.display().to_string());
    args.set("reason", reason);
    words.get("gui-recover-failed", Some(&args))
}

/// The selected scenario as a ringing call, with a seed that is fixed in tests and fresh
/// otherwise (only front ends pick seeds), bound to its start, mode and text, its journal opened
/// before the phone rings (an output that cannot be written is found here, and the call does
/// not start).
fn start(
    settings: &Settings,
    content: &Content,
    selected: usize,
) -> Option<Result<ActiveCall, String>> {
    let loaded = &content.entries.get(selected)?.loaded;
    let seed = settings.seed.unwrap_or_else(doverie_files::fresh_seed);
    let (mut session, opening) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        settings.lang,
        settings.trainee.trim(),
    );
    let mode = TranscriptMode {
        exam: settings.mode == Mode::Exam,
        hints: settings.mode == Mode::Practice,
        say_first: settings.say_first,
        voice: settings.voice,
    };
    session.transcript.bind(
        doverie_files::now_secs(),
        mode,
        loaded.text_stamps(settings.lang),
    );
    let live = LiveCall::new(
        session,
        &opening,
        loaded.text(settings.lang),
        settings.say_first,
    )
    .with_pacing(settings.pacing);
    let file = new_transcript_path(
        &settings.data_dir,
        &settings.trainee,
        &loaded.scenario.id,
        seed,
    );
    if let Some(dir) = file.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return Some(Err(format!("{}: {e}", dir.display())));
    }
    let journal = match CallJournal::open(&file, &live.session.transcript) {
        Ok(j) => j,
        Err(e) => return Some(Err(e.to_string())),
    };
    Some(Ok(ActiveCall {
        live: Some(live),
        file: Some(file),
        journal: Some(journal),
        save_error: None,
        server: None,
    }))
}

fn show(
    mut commands: Commands,
    shown: Query<Entity, With<LobbyScreen>>,
    settings: Res<Settings>,
    lobby: Res<Lobby>,
    (content, arcs): (Res<Content>, Res<Arcs>),
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    for node in &shown {
        commands.entity(node).despawn();
    }
    let ui = Ui::new(&words, &fonts, settings.lang);
    commands
        .spawn(screen_root(LobbyScreen))
        .with_children(|p| lobby_screen(p, &ui, &settings, &lobby, &content, &arcs));
}

fn lobby_screen(
    p: &mut ChildSpawnerCommands,
    ui: &Ui,
    settings: &Settings,
    lobby: &Lobby,
    content: &Content,
    arcs: &Arcs,
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
            // A choice or a toggle shows its state in words and marks, not only by its fill.
            ui.label(r, ui.t("gui-language"), 15.0, MUTED);
            let choice = |r: &mut ChildSpawnerCommands, label: String, action, on: bool| {
                ui.button(r, marked(ui.text, &label, on, CHOICE), action, on);
            };
            choice(
                r,
                "Русский".into(),
                UiAction::SetLang(Lang::Ru),
                lang == Lang::Ru,
            );
            choice(
                r,
                "English".into(),
                UiAction::SetLang(Lang::En),
                lang == Lang::En,
            );
            ui.label(r, ui.t("gui-mode"), 15.0, MUTED);
            choice(
                r,
                ui.t("gui-mode-practice"),
                UiAction::SetMode(Mode::Practice),
                settings.mode == Mode::Practice,
            );
            choice(
                r,
                ui.t("gui-mode-exam"),
                UiAction::SetMode(Mode::Exam),
                settings.mode == Mode::Exam,
            );
            let toggle = |r: &mut ChildSpawnerCommands, label: String, action, on: bool| {
                ui.button(r, marked(ui.text, &label, on, TOGGLE), action, on);
            };
            toggle(
                r,
                ui.t("gui-say-first"),
                UiAction::ToggleSayFirst,
                settings.say_first,
            );
            toggle(r, ui.t("gui-voice"), UiAction::ToggleVoice, settings.voice);
            ui.label(r, ui.t("gui-trainee"), 15.0, MUTED);
            let shown = if lobby.editing_trainee {
                format!("{}|", settings.trainee)
            } else {
                trainee_name(ui.text, &settings.trainee)
            };
            ui.button(r, shown, UiAction::EditTrainee, lobby.editing_trainee);
        });
    });
    if let Some(notice) = &lobby.notice {
        ui.label(p, notice.clone(), 14.0, ACCENT);
    }
    if !lobby.interrupted.is_empty() {
        interrupted_calls(p, ui, lobby, content, lang);
    }

    body(p).with_children(|b| {
        ui.panel(
            b,
            Node {
                width: percent(46),
                flex_shrink: 0.0,
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..default()
            },
        )
        .insert((Scrolls, Landmark("lobby-scenarios")))
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
            arc_list(list, ui, lobby, content, arcs, lang);
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
        .insert((Scrolls, Landmark("lobby-detail")))
        .with_children(|detail| {
            if let Some(arc) = lobby.selected.checked_sub(content.entries.len()) {
                arc_detail(detail, ui, arcs, arc, lang);
                return;
            }
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

    let problems: Vec<&String> = content.problems.iter().chain(&arcs.problems).collect();
    if !problems.is_empty() {
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
                ui.text.get1("gui-problems", "count", problems.len() as u32),
                15.0,
                WARN,
            );
            for line in problems.iter().take(20) {
                ui.label(w, (*line).clone(), 13.0, INK);
            }
        });
    }
    ui.footer(p, "gui-keys-lobby");
}

/// The interrupted calls, a line each with its buttons, and the keys.
fn interrupted_calls(
    p: &mut ChildSpawnerCommands,
    ui: &Ui,
    lobby: &Lobby,
    content: &Content,
    lang: Lang,
) {
    ui.panel(p, Node::default())
        .insert(BackgroundColor(WARN_SOFT))
        .with_children(|w| {
            let count = lobby.interrupted.len() as u32;
            ui.heading(
                w,
                ui.text.get1("gui-interrupted", "count", count),
                15.0,
                WARN,
            );
            for (i, call) in lobby.interrupted.iter().enumerate() {
                ui.row(w, 8.0).with_children(|r| {
                    ui.label(r, interrupted_line(ui, content, lang, call), 14.0, INK);
                    if call.problem.is_none() {
                        ui.button(r, ui.t("gui-resume"), UiAction::Resume(i), false);
                        ui.button(r, ui.t("gui-abandon"), UiAction::Abandon(i), false);
                    }
                });
            }
            ui.label(w, ui.t("gui-interrupted-keys"), 13.0, MUTED);
        });
}

/// "Hidden bruises · 2026-12-03 09:14 UTC · 3 inputs", or why the journal cannot be read.
fn interrupted_line(
    ui: &Ui,
    content: &Content,
    lang: Lang,
    call: &crate::recovery::Interrupted,
) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    if let Some(problem) = &call.problem {
        args.set("file", call.journal.display().to_string());
        args.set("reason", problem.clone());
        return ui.text.get("gui-interrupted-unreadable", Some(&args));
    }
    let id = call.scenario.clone().unwrap_or_default();
    let title = content
        .entries
        .iter()
        .find(|e| e.loaded.scenario.id == id)
        .map_or(id, |e| e.text(lang).get("title", None));
    args.set("scenario", title);
    args.set(
        "time",
        call.started
            .map_or_else(|| "?".to_string(), crate::recovery::utc_time),
    );
    args.set("inputs", call.inputs as u32);
    ui.text.get("gui-interrupted-call", Some(&args))
}

/// The trainee as the lobby names them: "anonymous" in the reader's language until they give
/// their id (the id "anonymous" is what transcripts record).
pub fn trainee_name(text: &Text, trainee: &str) -> String {
    if trainee == ANONYMOUS {
        text.get("gui-trainee-anonymous", None)
    } else {
        trainee.to_string()
    }
}

/// The trainee id recorded until the trainee gives theirs.
pub const ANONYMOUS: &str = "anonymous";

/// The words of a choice among several (language, mode), chosen and not.
pub const CHOICE: (&str, &str) = ("gui-chosen-on", "gui-chosen-off");
/// The words of a toggle, on and off.
pub const TOGGLE: (&str, &str) = ("gui-toggle-on", "gui-toggle-off");

/// A choice's or a toggle's label with its state in words and marks, not only in its fill
/// ("✓ Practice", "☑ Say it first: on", "☐ Voice practice: off"): `kind` is [`CHOICE`] or
/// [`TOGGLE`].
pub fn marked(text: &Text, label: &str, on: bool, kind: (&str, &str)) -> String {
    let id = if on { kind.0 } else { kind.1 };
    text.get1(id, "label", label.to_string())
}

/// "Lena · 12 years old · intermediate".
fn meta_line(entry: &crate::catalog::Entry, text: &Text) -> String {
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

/// The arcs in the lobby's list, after the scenarios: each with its calls and where the trainee
/// is in it.
fn arc_list(
    list: &mut ChildSpawnerCommands,
    ui: &Ui,
    lobby: &Lobby,
    content: &Content,
    arcs: &Arcs,
    lang: Lang,
) {
    if arcs.entries.is_empty() {
        return;
    }
    list.spawn((Landmark("lobby-arcs"), Node::default()))
        .with_children(|h| ui.heading(h, ui.t("gui-arcs"), 18.0, INK));
    for (i, entry) in arcs.entries.iter().enumerate() {
        let position = content.entries.len() + i;
        let selected = position == lobby.selected;
        let (normal, hovered) = if selected {
            (ACCENT_SOFT, ACCENT_SOFT)
        } else {
            (PANEL, GROUND)
        };
        list.spawn((
            Button,
            ActionButton(UiAction::Select(position)),
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
            ui.heading(card, entry.title(lang), 16.0, INK);
            let (line, warn) = arc_progress_line(ui, arcs, i, lang);
            ui.label(card, line, 14.0, if warn { WARN } else { MUTED });
        });
    }
}

/// Where the trainee is in the arc at `index`: "Call 2 of 3 is next · three weeks later in the
/// story", complete with its level, or why its stored calls do not verify (then `true`).
fn arc_progress_line(ui: &Ui, arcs: &Arcs, index: usize, lang: Lang) -> (String, bool) {
    let Some(entry) = arcs.entries.get(index) else {
        return (String::new(), false);
    };
    let calls = entry.loaded.arc.calls.len() as u32;
    let Some(progress) = arcs.progress.get(index) else {
        return (ui.text.get1("gui-arc-not-started", "calls", calls), false);
    };
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("calls", calls);
    if let Some(problem) = progress.problem(lang) {
        a.set("dir", progress.dir.display().to_string());
        a.set("reason", problem.to_string());
        return (ui.text.get("gui-arc-broken", Some(&a)), true);
    }
    match (&progress.next, &progress.card) {
        (Some(next), _) if next.call == 0 => (ui.text.get("gui-arc-not-started", Some(&a)), false),
        (Some(next), _) => {
            a.set("call", next.call as u32 + 1);
            let after = doverie_core::view::arc::days_later(ui.text, next.days);
            a.set("after", after.to_lowercase());
            (ui.text.get("gui-arc-next", Some(&a)), false)
        }
        (None, Some(card)) => {
            a.set("level", ui.text.get(&card.level.message(), None));
            (ui.text.get("gui-arc-complete", Some(&a)), false)
        }
        (None, None) => (String::new(), false),
    }
}

/// The arc chosen: its title and summary, its calls, where the trainee is, and the button
/// that takes its next call.
fn arc_detail(detail: &mut ChildSpawnerCommands, ui: &Ui, arcs: &Arcs, index: usize, lang: Lang) {
    let Some(entry) = arcs.entries.get(index) else {
        return;
    };
    let text = entry.text(lang);
    ui.heading(detail, entry.title(lang), 22.0, INK);
    let calls = entry.loaded.arc.calls.len() as u32;
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("calls", calls);
    a.set("titles", entry.titles(lang).join(" · "));
    ui.label(detail, ui.text.get("gui-arc-calls", Some(&a)), 15.0, MUTED);
    if text.has("summary") {
        ui.label(detail, text.get("summary", None), 17.0, INK);
    }
    let (line, warn) = arc_progress_line(ui, arcs, index, lang);
    detail
        .spawn((Landmark("lobby-arc-progress"), Node::default()))
        .with_children(|n| ui.label(n, line, 15.0, if warn { WARN } else { ACCENT }));
    let progress = arcs.progress.get(index);
    if let Some(next) = progress
        .filter(|p| p.problem.is_none())
        .and_then(|p| p.next.as_ref())
    {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("call", next.call as u32 + 1);
        a.set("calls", calls);
        ui.row(detail, 8.0).with_children(|r| {
            ui.button(
                r,
                ui.text.get("gui-arc-start", Some(&a)),
                UiAction::Start,
                true,
            );
        });
    } else if let Some(p) = progress.filter(|p| p.problem.is_none()) {
        ui.label(
            detail,
            ui.text
                .get1("gui-arc-is-complete", "dir", p.dir.display().to_string()),
            14.0,
            MUTED,
        );
    }
}
