//! What the app does, as ECS resources, messages and systems, with no window: the same plugin
//! runs in the desktop app and, under `MinimalPlugins`, in tests.
//!
//! Every way in (a key, a click, the smoke-test driver) becomes a [`UiAction`]; one system
//! applies actions to the lobby, the [`LiveCall`] or the debrief. The call itself is the engine's:
//! this module only forwards the trainee's inputs and the passing of time.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::input::ButtonState;
use bevy::input::keyboard::{KeyCode, KeyboardInput};
use bevy::prelude::*;

use super::catalog::Catalog;
use doverie_core::library::Library;
use doverie_core::live::{Cue, LiveCall, Pacing, Phase};
use doverie_core::locale::Lang;
use doverie_core::protocol::ServiceIx;
use doverie_core::session::Session;
use doverie_core::view::Debrief;
use doverie_files::new_transcript_path;

/// The screen shown.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Lobby,
    Call,
    Debrief,
}

/// Practice shows hints, the caller-state meters and the silence timer; an exam shows none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    #[default]
    Practice,
    Exam,
}

/// The trainee's choices in the lobby.
#[derive(Resource, Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    pub mode: Mode,
    pub trainee: String,
    /// "Say it first": type your own words before the options are shown.
    pub say_first: bool,
    /// Where transcripts are saved.
    pub data_dir: PathBuf,
    /// Reload scenario and locale files when they change.
    pub watch: bool,
    /// Voice practice: each answer is recorded from the microphone beside the transcript.
    pub voice: bool,
    /// A fixed seed for every call (tests); otherwise each call gets a fresh one.
    pub seed: Option<u64>,
    pub pacing: Pacing,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: Lang::Ru,
            mode: Mode::Practice,
            trainee: "anonymous".into(),
            say_first: false,
            data_dir: doverie_files::data_dir(),
            watch: false,
            voice: false,
            seed: None,
            pacing: Pacing::default(),
        }
    }
}

/// The lobby's own state.
#[derive(Resource, Debug, Default)]
pub struct Lobby {
    pub selected: usize,
    pub editing_trainee: bool,
    /// A one-line notice (files reloaded, a call that could not start).
    pub notice: Option<String>,
}

/// The scenarios on offer.
#[derive(Resource, Deref, DerefMut)]
pub struct Content(pub Catalog);

/// The call in progress, if any.
#[derive(Resource, Default)]
pub struct ActiveCall {
    pub live: Option<LiveCall>,
    pub dispatch_open: bool,
    pub dispatch_cursor: usize,
    /// Where the call's transcript is saved after every input.
    pub file: Option<PathBuf>,
    /// Why the transcript could not be saved, if it could not.
    pub save_error: Option<String>,
}

impl ActiveCall {
    /// Writes the transcript to [`ActiveCall::file`] (after every input, and after a recording
    /// is added).
    pub fn save(&mut self) {
        let (Some(live), Some(path)) = (&self.live, &self.file) else {
            return;
        };
        self.save_error = doverie_files::write_transcript(&live.session.transcript, path)
            .err()
            .map(|e| format!("{}: {e}", path.display()));
    }

    /// Saves the transcript if an input was recorded since it was last saved.
    pub fn save_if_recorded(&mut self) {
        if self.live.as_mut().is_some_and(LiveCall::take_recorded) {
            self.save();
        }
    }
}

/// The last finished call, for the debrief screen.
#[derive(Resource, Default)]
pub struct LastCall {
    pub debrief: Option<Debrief>,
    /// How long the call took.
    pub summary: String,
    pub transcript: Option<PathBuf>,
    pub save_error: Option<String>,
    pub lang: Lang,
}

/// Polls the content folder in `--watch` mode.
#[derive(Resource)]
pub struct WatchTimer(pub Timer);

/// Something the trainee asked for, by key, click or script.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum UiAction {
    // Lobby.
    Select(usize),
    Move(i32),
    Start,
    SetLang(Lang),
    ToggleLang,
    SetMode(Mode),
    ToggleMode,
    ToggleSayFirst,
    ToggleVoice,
    EditTrainee,
    // Typing (the trainee id, or words said first).
    Type(String),
    Erase,
    Confirm,
    // Call.
    Answer,
    /// The option at this 1-based position on screen.
    Choose(usize),
    ToggleDispatch,
    DispatchCursor(i32),
    DispatchAtCursor,
    Dispatch(ServiceIx),
    HangUp,
    // Debrief.
    Scroll(f32),
    BackToLobby,
}

/// A cue of the call for whoever listens (sound, in the audio front end).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallCue(pub Cue);

/// What a key means here and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyContext {
    pub screen: Screen,
    /// A text field has the keyboard.
    pub typing: bool,
    pub phase: Option<Phase>,
    pub dispatch_open: bool,
}

fn digit(code: KeyCode) -> Option<usize> {
    use KeyCode::*;
    Some(match code {
        Digit0 | Numpad0 => 0,
        Digit1 | Numpad1 => 1,
        Digit2 | Numpad2 => 2,
        Digit3 | Numpad3 => 3,
        Digit4 | Numpad4 => 4,
        Digit5 | Numpad5 => 5,
        Digit6 | Numpad6 => 6,
        Digit7 | Numpad7 => 7,
        Digit8 | Numpad8 => 8,
        Digit9 | Numpad9 => 9,
        _ => return None,
    })
}

/// The keyboard map. Shortcut letters are physical keys, so they work in any layout; typed text
/// is taken as the layout gives it (Cyrillic included).
pub fn key_action(ctx: KeyContext, key: &KeyboardInput) -> Option<UiAction> {
    if key.state != ButtonState::Pressed {
        return None;
    }
    let code = key.key_code;
    if ctx.typing {
        return match code {
            KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Escape => Some(UiAction::Confirm),
            KeyCode::Backspace => Some(UiAction::Erase),
            _ => key
                .text
                .as_ref()
                .filter(|t| !t.chars().any(char::is_control))
                .map(|t| UiAction::Type(t.to_string())),
        };
    }
    if key.repeat {
        return None;
    }
    match ctx.screen {
        Screen::Lobby => match code {
            KeyCode::ArrowUp => Some(UiAction::Move(-1)),
            KeyCode::ArrowDown => Some(UiAction::Move(1)),
            KeyCode::Enter | KeyCode::NumpadEnter => Some(UiAction::Start),
            KeyCode::KeyL => Some(UiAction::ToggleLang),
            KeyCode::KeyM => Some(UiAction::ToggleMode),
            KeyCode::KeyS => Some(UiAction::ToggleSayFirst),
            KeyCode::KeyV => Some(UiAction::ToggleVoice),
            KeyCode::KeyT => Some(UiAction::EditTrainee),
            _ => None,
        },
        Screen::Call => match (ctx.phase, ctx.dispatch_open) {
            (Some(Phase::Ringing), _) => {
                matches!(code, KeyCode::Space | KeyCode::Enter | KeyCode::NumpadEnter)
                    .then_some(UiAction::Answer)
            }
            (_, _) if code == KeyCode::F10 => Some(UiAction::HangUp),
            (_, true) => match code {
                KeyCode::ArrowUp => Some(UiAction::DispatchCursor(-1)),
                KeyCode::ArrowDown => Some(UiAction::DispatchCursor(1)),
                KeyCode::Enter | KeyCode::NumpadEnter => Some(UiAction::DispatchAtCursor),
                KeyCode::Escape | KeyCode::KeyD => Some(UiAction::ToggleDispatch),
                _ => digit(code).map(|d| {
                    // 1..9 are the first nine services, 0 the tenth.
                    UiAction::Dispatch(if d == 0 { 9 } else { d as ServiceIx - 1 })
                }),
            },
            (_, false) => match code {
                KeyCode::KeyD => Some(UiAction::ToggleDispatch),
                _ => digit(code).filter(|&d| d > 0).map(UiAction::Choose),
            },
        },
        Screen::Debrief => match code {
            KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Escape => Some(UiAction::BackToLobby),
            KeyCode::ArrowUp => Some(UiAction::Scroll(-60.0)),
            KeyCode::ArrowDown => Some(UiAction::Scroll(60.0)),
            KeyCode::PageUp => Some(UiAction::Scroll(-400.0)),
            KeyCode::PageDown | KeyCode::Space => Some(UiAction::Scroll(400.0)),
            _ => None,
        },
    }
}

/// The systems of [`GuiLogic`]; what draws the screen runs after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct LogicSystems;

/// The behaviour of the app without any window or rendering.
pub struct GuiLogic {
    pub library: Library,
    pub settings: Settings,
}

impl Plugin for GuiLogic {
    fn build(&self, app: &mut App) {
        if !app.is_plugin_added::<bevy::state::app::StatesPlugin>() {
            app.add_plugins(bevy::state::app::StatesPlugin);
        }
        app.init_state::<Screen>()
            .insert_resource(self.settings.clone())
            .insert_resource(Content(Catalog::load(&self.library)))
            .init_resource::<Lobby>()
            .init_resource::<ActiveCall>()
            .init_resource::<LastCall>()
            .init_resource::<super::screens::Chrome>()
            .insert_resource(WatchTimer(Timer::from_seconds(1.0, TimerMode::Repeating)))
            .add_message::<UiAction>()
            .add_message::<CallCue>()
            .add_systems(
                Update,
                (
                    keyboard_actions,
                    apply_actions,
                    super::sound::end_takes.run_if(resource_exists::<super::sound::Sound>),
                    tick_call,
                    (
                        super::sound::begin_takes,
                        super::sound::sound_cues,
                        super::sound::sound_notices,
                        super::sound::follow_voice_setting,
                    )
                        .run_if(resource_exists::<super::sound::Sound>),
                    watch_files.run_if(|s: Res<Settings>| s.watch),
                )
                    .chain()
                    .in_set(LogicSystems),
            );
        if !app.world().contains_resource::<Messages<KeyboardInput>>() {
            app.add_message::<KeyboardInput>();
        }
    }
}

fn key_context(screen: Screen, lobby: &Lobby, call: &ActiveCall) -> KeyContext {
    let phase = call.live.as_ref().map(LiveCall::phase);
    KeyContext {
        screen,
        typing: (screen == Screen::Lobby && lobby.editing_trainee)
            || (screen == Screen::Call && phase == Some(Phase::Saying) && !call.dispatch_open),
        phase,
        dispatch_open: call.dispatch_open,
    }
}

fn keyboard_actions(
    mut keys: MessageReader<KeyboardInput>,
    mut actions: MessageWriter<UiAction>,
    screen: Res<State<Screen>>,
    lobby: Res<Lobby>,
    call: Res<ActiveCall>,
) {
    let ctx = key_context(*screen.get(), &lobby, &call);
    for key in keys.read() {
        if let Some(action) = key_action(ctx, key) {
            actions.write(action);
        }
    }
}

/// A seed for a new call: fixed in tests, fresh otherwise (only front ends pick seeds).
fn new_seed(settings: &Settings) -> u64 {
    settings.seed.unwrap_or_else(doverie_files::fresh_seed)
}

#[allow(clippy::too_many_arguments)]
fn apply_actions(
    mut actions: MessageReader<UiAction>,
    mut settings: ResMut<Settings>,
    mut lobby: ResMut<Lobby>,
    content: Res<Content>,
    mut call: ResMut<ActiveCall>,
    mut scroll: Query<&mut ScrollPosition, With<super::screens::Scrolls>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let mut screen = *screen.get();
    for action in actions.read() {
        match (screen, action) {
            (Screen::Lobby, UiAction::Select(i)) if *i < content.entries.len() => {
                lobby.selected = *i;
            }
            (Screen::Lobby, UiAction::Move(d)) => {
                let n = content.entries.len();
                if n > 0 {
                    lobby.selected =
                        (lobby.selected as i64 + i64::from(*d)).rem_euclid(n as i64) as usize;
                }
            }
            (Screen::Lobby, UiAction::SetLang(l)) => settings.lang = *l,
            (Screen::Lobby, UiAction::ToggleLang) => {
                settings.lang = match settings.lang {
                    Lang::Ru => Lang::En,
                    Lang::En => Lang::Ru,
                }
            }
            (Screen::Lobby, UiAction::SetMode(m)) => settings.mode = *m,
            (Screen::Lobby, UiAction::ToggleMode) => {
                settings.mode = match settings.mode {
                    Mode::Practice => Mode::Exam,
                    Mode::Exam => Mode::Practice,
                }
            }
            (Screen::Lobby, UiAction::ToggleSayFirst) => settings.say_first = !settings.say_first,
            (Screen::Lobby, UiAction::ToggleVoice) => settings.voice = !settings.voice,
            (Screen::Lobby, UiAction::EditTrainee) => lobby.editing_trainee = true,
            (Screen::Lobby, UiAction::Type(t)) if lobby.editing_trainee => {
                if settings.trainee == "anonymous" {
                    settings.trainee.clear();
                }
                if settings.trainee.chars().count() < 40 {
                    settings.trainee.push_str(t);
                }
            }
            (Screen::Lobby, UiAction::Erase) if lobby.editing_trainee => {
                settings.trainee.pop();
            }
            (Screen::Lobby, UiAction::Confirm) if lobby.editing_trainee => {
                lobby.editing_trainee = false;
                if settings.trainee.trim().is_empty() {
                    settings.trainee = "anonymous".into();
                }
            }
            (Screen::Lobby, UiAction::Start) => {
                let Some(entry) = content.entries.get(lobby.selected) else {
                    continue;
                };
                let seed = new_seed(&settings);
                let loaded = &entry.loaded;
                let (session, opening) = Session::start(
                    Arc::new(loaded.scenario.clone()),
                    Arc::new(loaded.protocol.clone()),
                    seed,
                    settings.lang,
                    settings.trainee.trim(),
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
                *call = ActiveCall {
                    live: Some(live),
                    dispatch_open: false,
                    dispatch_cursor: 0,
                    file: Some(file),
                    save_error: None,
                };
                call.save();
                lobby.editing_trainee = false;
                screen = Screen::Call;
                next.set(Screen::Call);
            }
            (Screen::Call, action) => {
                let ActiveCall {
                    live,
                    dispatch_open,
                    dispatch_cursor,
                    ..
                } = &mut *call;
                let Some(live) = live.as_mut() else { continue };
                let services = live.session.protocol.services.len();
                match action {
                    UiAction::Answer => live.answer(),
                    UiAction::Choose(n) => {
                        live.choose(*n);
                    }
                    UiAction::Type(t) => live.type_text(t),
                    UiAction::Erase => live.backspace(),
                    UiAction::Confirm => live.submit_draft(),
                    UiAction::ToggleDispatch => {
                        *dispatch_open = !*dispatch_open && live.phase() != Phase::Ringing
                    }
                    UiAction::DispatchCursor(d) if services > 0 => {
                        *dispatch_cursor = (*dispatch_cursor as i64 + i64::from(*d))
                            .rem_euclid(services as i64)
                            as usize;
                    }
                    UiAction::DispatchAtCursor | UiAction::Dispatch(_) => {
                        let service = match action {
                            UiAction::Dispatch(s) => *s,
                            _ => *dispatch_cursor as ServiceIx,
                        };
                        // The panel closes once a service is dispatched.
                        *dispatch_open &= !live.dispatch(service);
                    }
                    UiAction::HangUp => {
                        live.hang_up();
                    }
                    _ => {}
                }
            }
            (Screen::Debrief, UiAction::Scroll(dy)) => {
                for mut pos in &mut scroll {
                    pos.y = (pos.y + dy).max(0.0);
                }
            }
            (Screen::Debrief, UiAction::BackToLobby) => {
                screen = Screen::Lobby;
                next.set(Screen::Lobby);
            }
            _ => {}
        }
    }
}

/// Lets real time pass in the call; when it is over, builds the debrief.
fn tick_call(
    time: Res<Time>,
    mut call: ResMut<ActiveCall>,
    mut last: ResMut<LastCall>,
    mut cues: MessageWriter<CallCue>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(live) = call.live.as_mut() else {
        return;
    };
    live.tick(time.delta_secs());
    for cue in live.take_cues() {
        cues.write(CallCue(cue));
    }
    let over = live.phase() == Phase::Over;
    call.save_if_recorded();
    if !over {
        return;
    }
    let Some(live) = call.live.take() else { return };
    let session = &live.session;
    let card = session.scorecard();
    *last = LastCall {
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
        lang: live.text.lang(),
    };
    call.dispatch_open = false;
    next.set(Screen::Debrief);
}

/// In `--watch` mode, reloads the content when its files change; problems show in the lobby.
fn watch_files(
    time: Res<Time>,
    mut timer: ResMut<WatchTimer>,
    mut content: ResMut<Content>,
    mut lobby: ResMut<Lobby>,
    settings: Res<Settings>,
    words: Res<super::screens::Chrome>,
) {
    if !timer.0.tick(time.delta()).just_finished() || !content.is_stale() {
        return;
    }
    let library = content.library.clone();
    let selected = content.entries.get(lobby.selected).map(|e| e.name.clone());
    content.0 = Catalog::load(&library);
    lobby.selected = selected
        .and_then(|name| content.position(&name))
        .unwrap_or(0);
    let text = words.get(settings.lang);
    lobby.notice = Some(text.get1("gui-reloaded", "problems", content.problems.len() as u32));
}
