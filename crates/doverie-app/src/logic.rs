//! What every screen shares, as ECS states, resources, messages and system sets, with no window:
//! the same plugin runs in the desktop app and, under `MinimalPlugins`, in tests.
//!
//! Every way in (a key, a click, the smoke-test driver) becomes a [`UiAction`], which the screen
//! shown handles in its own systems (see [`crate::screens`]). The call itself is the engine's: the
//! app only forwards the trainee's inputs and the passing of time to a [`LiveCall`].
//!
//! A frame runs the [`AppSystems`] in order: keys and clicks become actions, the screen shown
//! applies them, time passes, and what changed is shown.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::input::ButtonState;
use bevy::input::keyboard::{KeyCode, KeyboardInput};
use bevy::prelude::*;

use super::catalog::Catalog;
use doverie_core::library::Library;
use doverie_core::live::{Cue, LiveCall, Pacing};
use doverie_core::locale::Lang;
use doverie_core::protocol::ServiceIx;
use doverie_core::view::Debrief;
use doverie_files::CallJournal;

/// The screen shown.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// The scenarios on offer and the trainee's settings.
    #[default]
    Lobby,
    /// A call, from the first ring to its last line (see [`CallStage`]).
    Call,
    /// The last call, turn by turn.
    Debrief,
    /// The exam server's login (`doverie gui --server`).
    Login,
    /// The trainee's exams on the server and their calls.
    Exams,
}

/// Where the call is: the phone rings until answered, then the conversation.
#[derive(SubStates, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[source(Screen = Screen::Call)]
pub enum CallStage {
    /// The phone rings.
    #[default]
    Ringing,
    /// The call was answered.
    Talking,
}

/// Practice shows hints, the caller-state meters and the silence timer; an exam shows none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Hints, meters and the silence timer shown.
    #[default]
    Practice,
    /// None of them.
    Exam,
}

/// The trainee's choices in the lobby.
#[derive(Resource, Debug, Clone)]
pub struct Settings {
    /// The language of every word on screen, and of the calls started.
    pub lang: Lang,
    /// Practice or exam.
    pub mode: Mode,
    /// The trainee's id, recorded in transcripts.
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
    /// How fast the caller's lines appear.
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
    /// The scenario selected, by position in [`Content`].
    pub selected: usize,
    /// The trainee id field has the keyboard.
    pub editing_trainee: bool,
    /// A one-line notice (files reloaded, a sound device that failed, a call that could not
    /// start or be recovered).
    pub notice: Option<String>,
    /// Calls interrupted by a crash, a kill or a power cut, found in the data folder on start
    /// and whenever the lobby is shown again.
    pub interrupted: Vec<crate::recovery::Interrupted>,
}

/// Where the caller's last line was heard from: a recording, the synthetic voice, or nowhere
/// (no sound, or no voice for it). Set by the sound as lines appear; the call screen marks a
/// synthetic voice as such.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CallerVoice(pub Option<doverie_audio::VoiceKind>);

/// The scenarios on offer.
#[derive(Resource, Deref, DerefMut)]
pub struct Content(pub Catalog);

/// The call in progress, if any.
///
/// Time passing is not a change: the call is marked changed only when a line appears, the phase
/// moves on or the trainee acts, so that the call screen redraws on `Res<ActiveCall>::is_changed`
/// (the clocks are updated in place every frame).
#[derive(Resource, Default)]
pub struct ActiveCall {
    /// The call, from its first ring until it is over.
    pub live: Option<LiveCall>,
    /// Where the call's transcript is written when it closes.
    pub file: Option<PathBuf>,
    /// The call's journal (`FILE.journal`), opened before the phone rings: every input and
    /// recording is appended to it (and synced) as it happens, and it is closed (the transcript
    /// written, the journal removed) when the call ends or the trainee leaves.
    pub journal: Option<CallJournal>,
    /// Why the call could not be journaled or saved, if it could not.
    pub save_error: Option<String>,
    /// An exam call through the server: every input is handed to the server as it is recorded.
    pub server: Option<crate::exam::ServerLink>,
}

impl ActiveCall {
    /// Appends the inputs and recordings not yet journaled (after every input, silence and
    /// recording), before the next line of the call is shown.
    pub fn journal_inputs(&mut self) {
        if let (Some(live), Some(server)) = (&self.live, &mut self.server) {
            server.push(&live.session.transcript);
        }
        let (Some(live), Some(journal)) = (&self.live, &mut self.journal) else {
            return;
        };
        if let Err(e) = journal.append(&live.session.transcript) {
            self.save_error = Some(e.to_string());
        }
    }

    /// Whether the call holds until the exam server confirms the inputs given: no key acts and
    /// no time passes meanwhile.
    pub fn waiting_for_server(&self) -> bool {
        self.server.as_ref().is_some_and(|s| s.waiting())
    }

    /// Closes the journal: the transcript is written and the journal removed (if the transcript
    /// cannot be written, the journal stays and the call can be recovered from it).
    pub fn close_journal(&mut self) {
        let (Some(live), Some(journal)) = (&self.live, self.journal.take()) else {
            return;
        };
        if let Err(e) = journal.close(&live.session.transcript) {
            self.save_error = Some(e.to_string());
        }
    }
}

/// What the program does with each transcript once the app has written it, besides keeping the
/// file: the `doverie` program stores it in the assessor's database when given `--db`. It is
/// handed the file and the app's language and returns a line for the trainee. The app itself
/// knows no database.
pub type OnSaved = Arc<dyn Fn(&Path, Lang) -> String + Send + Sync>;

/// The [`OnSaved`] of this run, if any.
#[derive(Resource, Default, Clone)]
pub struct SavedSink(pub Option<OnSaved>);

impl SavedSink {
    /// Hands a written transcript over; the line to show, if there is a sink.
    pub fn saved(&self, path: &Path, lang: Lang) -> Option<String> {
        self.0.as_ref().map(|f| f(path, lang))
    }
}

/// The last finished call, for the debrief screen.
#[derive(Resource, Default)]
pub struct LastCall {
    /// The call turn by turn, in the call's language.
    pub debrief: Option<Debrief>,
    /// How long the call took.
    pub summary: String,
    /// Where its transcript was saved.
    pub transcript: Option<PathBuf>,
    /// Why it could not be saved, if it could not.
    pub save_error: Option<String>,
    /// What became of it besides its file (stored in the assessor's database, with `--db`).
    pub stored: Option<String>,
    /// The call's language.
    pub lang: Lang,
}

/// Whether real time passes in a call (it does; a scripted run stops it, its silences being its
/// inputs).
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallTimePasses(pub bool);

impl Default for CallTimePasses {
    fn default() -> CallTimePasses {
        CallTimePasses(true)
    }
}

/// Polls the content folder in `--watch` mode.
#[derive(Resource)]
pub struct WatchTimer(pub Timer);

/// Something the trainee asked for, by key, click or script. Each screen handles its own; an
/// action lives for the frame it was asked in (a screen that appears never sees the actions
/// asked of the one before).
#[derive(Message, Debug, Clone, PartialEq)]
pub enum UiAction {
    // Lobby.
    /// Select the scenario at this position.
    Select(usize),
    /// Move the selection up or down.
    Move(i32),
    /// Start the selected scenario.
    Start,
    /// Resume the interrupted call at this position of the lobby's list.
    Resume(usize),
    /// Close the interrupted call at this position as abandoned (its record is kept).
    Abandon(usize),
    /// Switch the language.
    SetLang(Lang),
    /// Switch to the other language.
    ToggleLang,
    /// Switch between practice and exam.
    SetMode(Mode),
    /// Switch to the other mode.
    ToggleMode,
    /// Switch "say it first".
    ToggleSayFirst,
    /// Switch voice practice.
    ToggleVoice,
    /// Give the trainee id field the keyboard.
    EditTrainee,
    // Typing (the trainee id, or words said first).
    /// Typed text.
    Type(String),
    /// Delete the last character.
    Erase,
    /// End typing.
    Confirm,
    // Call.
    /// Answer the ringing phone.
    Answer,
    /// The option at this 1-based position on screen.
    Choose(usize),
    /// Open or close the dispatch panel.
    ToggleDispatch,
    /// Move the dispatch panel's cursor.
    DispatchCursor(i32),
    /// Dispatch the service under the cursor.
    DispatchAtCursor,
    /// Dispatch this service.
    Dispatch(ServiceIx),
    /// Ask to hang up (the trainee confirms or goes back to the call).
    HangUp,
    /// Hang up: the call ends.
    ConfirmHangUp,
    /// Do not hang up after all.
    CancelHangUp,
    /// Stay silent for this many seconds at once (scripts: the smoke run). The call's
    /// [`LiveCall`] lets them pass exactly as real time.
    StaySilent(u32),
    // Debrief.
    /// Scroll the screen's main scrolling area by this many pixels.
    Scroll(f32),
    /// Scroll every scrolling area of the screen by this many pixels (scripts).
    ScrollAll(f32),
    /// Back to the lobby.
    BackToLobby,
    // Exams through the server.
    /// Move to the next field of the login.
    NextField,
    /// Take (start or resume) the exam call at this 1-based position of the list.
    TakeExamCall(usize),
    /// List the exams again.
    Refresh,
}

/// A cue of the call for whoever listens (sound, in the audio front end).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallCue(pub Cue);

/// The keys pressed this frame (releases left out), for the screen shown to read. Unlike a
/// message reader, a screen that has just appeared never sees a key pressed on the one before.
#[derive(Resource, Default)]
pub struct Keys(Vec<KeyboardInput>);

impl Keys {
    /// The presses of this frame, repeats included (they type).
    pub fn pressed(&self) -> impl Iterator<Item = &KeyboardInput> {
        self.0.iter()
    }

    /// The shortcut keys of this frame: physical keys, so they work in any layout; held keys do
    /// not repeat.
    pub fn shortcuts(&self) -> impl Iterator<Item = KeyCode> + '_ {
        self.0.iter().filter(|k| !k.repeat).map(|k| k.key_code)
    }
}

/// What a key means while a text field has the keyboard: typed text is taken as the layout
/// gives it (Cyrillic included).
pub fn typing(key: &KeyboardInput) -> Option<UiAction> {
    match key.key_code {
        KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Escape => Some(UiAction::Confirm),
        KeyCode::Backspace => Some(UiAction::Erase),
        _ => key
            .text
            .as_ref()
            .filter(|t| !t.chars().any(char::is_control))
            .map(|t| UiAction::Type(t.to_string())),
    }
}

/// The digit a key stands for, on the main row or the keypad.
pub fn digit(code: KeyCode) -> Option<usize> {
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

/// The steps of a frame, in order.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Keys, clicks and scripts become [`UiAction`]s.
    Input,
    /// The screen shown applies them.
    Act,
    /// Time passes (the call, the content folder's watch).
    Tick,
    /// What changed is shown.
    Show,
}

/// The states, resources and messages every screen shares, and the order of a frame; the
/// screens themselves are [`crate::screens::GuiScreens`].
pub struct GuiLogic {
    /// The content folder.
    pub library: Library,
    /// The trainee's settings at start.
    pub settings: Settings,
}

impl Plugin for GuiLogic {
    fn build(&self, app: &mut App) {
        if !app.is_plugin_added::<bevy::state::app::StatesPlugin>() {
            app.add_plugins(bevy::state::app::StatesPlugin);
        }
        if !app.world().contains_resource::<Messages<KeyboardInput>>() {
            app.add_message::<KeyboardInput>();
        }
        app.init_state::<Screen>()
            .add_sub_state::<CallStage>()
            .insert_resource(self.settings.clone())
            .insert_resource(Content(Catalog::load(&self.library)))
            .init_resource::<Lobby>()
            .init_resource::<ActiveCall>()
            .init_resource::<CallerVoice>()
            .init_resource::<LastCall>()
            .init_resource::<CallTimePasses>()
            .init_resource::<SavedSink>()
            .init_resource::<Keys>()
            .init_resource::<super::screens::Chrome>()
            .add_plugins(super::pace::Pace)
            .add_plugins(super::arcs::ArcsPlugin {
                library: self.library.clone(),
            })
            .insert_resource(WatchTimer(Timer::from_seconds(1.0, TimerMode::Repeating)))
            .add_message::<UiAction>()
            .add_message::<CallCue>()
            .configure_sets(
                Update,
                (
                    AppSystems::Input,
                    AppSystems::Act,
                    AppSystems::Tick,
                    AppSystems::Show,
                )
                    .chain(),
            )
            .add_systems(PreUpdate, collect_keys)
            .add_systems(Last, leave_on_exit)
            .add_systems(
                Update,
                (
                    forget_actions
                        .after(AppSystems::Act)
                        .before(AppSystems::Tick),
                    watch_files
                        .run_if(|s: Res<Settings>| s.watch)
                        .in_set(AppSystems::Tick),
                ),
            );
        use super::sound;
        let with_sound = resource_exists::<sound::Sound>;
        app.add_systems(
            Update,
            (
                // The answer that ends a call is kept: its take ends before time passes.
                (sound::open_for_calls, sound::end_takes)
                    .chain()
                    .after(AppSystems::Act)
                    .before(AppSystems::Tick),
                (sound::begin_takes, sound::sound_cues, sound::sound_notices)
                    .after(AppSystems::Tick)
                    .before(AppSystems::Show),
            )
                .run_if(with_sound),
        );
    }
}

fn collect_keys(mut input: MessageReader<KeyboardInput>, mut keys: ResMut<Keys>) {
    keys.0.clear();
    keys.0.extend(
        input
            .read()
            .filter(|k| k.state == ButtonState::Pressed)
            .cloned(),
    );
}

/// The trainee leaves (the window closes) in the middle of a call: its journal is closed, so the
/// transcript holds every input, as when a terminal call is left with `q`.
/// With `--db`, the transcript is stored too; the line about it goes to standard error, the
/// window being gone.
fn leave_on_exit(
    mut exits: MessageReader<AppExit>,
    mut call: ResMut<ActiveCall>,
    sink: Res<SavedSink>,
    settings: Res<Settings>,
) {
    if exits.read().count() > 0 && call.journal.is_some() {
        call.journal_inputs();
        call.close_journal();
        if let (Some(file), None) = (&call.file, &call.save_error)
            && let Some(line) = sink.saved(file, settings.lang)
        {
            eprintln!("doverie: {line}");
        }
    }
}

/// Actions are answered in the frame they were asked in.
fn forget_actions(mut actions: ResMut<Messages<UiAction>>) {
    actions.clear();
}

/// In `--watch` mode, reloads the content when its files change; problems show in the lobby.
fn watch_files(
    time: Res<Time>,
    mut timer: ResMut<WatchTimer>,
    mut content: ResMut<Content>,
    mut lobby: ResMut<Lobby>,
    settings: Res<Settings>,
    words: Res<super::screens::Chrome>,
    mut arcs: ResMut<super::arcs::Arcs>,
) {
    if !timer.0.tick(time.delta()).just_finished() || !content.is_stale() {
        return;
    }
    let library = content.library.clone();
    *arcs = super::arcs::Arcs::load(&library);
    arcs.refresh(&settings.data_dir, settings.trainee.trim());
    let selected = content.entries.get(lobby.selected).map(|e| e.name.clone());
    content.0 = Catalog::load(&library);
    lobby.selected = selected
        .and_then(|name| content.position(&name))
        .unwrap_or(0);
    let text = words.get(settings.lang);
    lobby.notice = Some(text.get1("gui-reloaded", "problems", content.problems.len() as u32));
}
