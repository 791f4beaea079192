//! The desktop app's logic under `MinimalPlugins`, driven by key presses through its own systems,
//! with simulated time (each update is 50 ms): no window, no wall clock.

mod common;
use common::copy_dir;

#[path = "gui/exam.rs"]
mod exam;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::keyboard::{Key, KeyCode, KeyboardInput, NativeKey};
use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;

use doverie::term::{self, PlayOptions};
use doverie_app::logic::{ActiveCall, Content, LastCall, Lobby};
use doverie_app::screens::call::SilenceTimer;
use doverie_app::screens::dispatch::DispatchPanel;
use doverie_app::{GuiLogic, GuiScreens, Mode, Screen, Settings};
use doverie_core::content;
use doverie_core::engine::{Input, Stamped};
use doverie_core::library::Library;
use doverie_core::live::{Pacing, Phase};
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::Transcript;
use doverie_files::journal::{journal_path, read_journal};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doverie-gui-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app(library: &Path, data: &Path, configure: impl FnOnce(&mut Settings)) -> App {
    let mut settings = Settings {
        lang: Lang::Ru,
        seed: Some(1),
        data_dir: data.to_path_buf(),
        ..Settings::default()
    };
    configure(&mut settings);
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        InputPlugin,
        GuiLogic {
            library: Library::new(library),
            settings,
        },
        GuiScreens,
    ))
    .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
        50,
    )));
    app.update();
    app
}

fn press_text(app: &mut App, code: KeyCode, text: Option<&str>) {
    app.world_mut().write_message(KeyboardInput {
        key_code: code,
        logical_key: match text {
            Some(t) => Key::Character(t.into()),
            None => Key::Unidentified(NativeKey::Unidentified),
        },
        state: ButtonState::Pressed,
        text: text.map(Into::into),
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    app.update();
}

fn press(app: &mut App, code: KeyCode) {
    press_text(app, code, None);
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn phase(app: &App) -> Option<Phase> {
    app.world()
        .resource::<ActiveCall>()
        .live
        .as_ref()
        .map(|l| l.phase())
}

fn dispatch_open(app: &App) -> bool {
    app.world()
        .get_resource::<State<DispatchPanel>>()
        .is_some_and(|s| *s.get() == DispatchPanel::Open)
}

/// Updates until `done` holds (at most `limit` updates of 50 ms).
fn run_until(app: &mut App, limit: usize, done: impl Fn(&App) -> bool) {
    for _ in 0..limit {
        if done(app) {
            return;
        }
        app.update();
    }
    assert!(done(app), "not reached in {limit} updates");
}

/// Every text on screen as it reads: a text with its spans (runs of symbols) joined.
fn lines(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let spans: std::collections::HashMap<Entity, String> = world
        .query::<(Entity, &TextSpan)>()
        .iter(world)
        .map(|(e, t)| (e, t.0.clone()))
        .collect();
    let mut out: Vec<String> = world
        .query::<(&Text, Option<&Children>)>()
        .iter(world)
        .map(|(t, children)| {
            let mut s = t.0.clone();
            for child in children.into_iter().flatten() {
                if let Some(span) = spans.get(child) {
                    s += span;
                }
            }
            s
        })
        .collect();
    out.retain(|t| !t.is_empty());
    out
}

/// Every text on screen, spans included.
fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut out: Vec<String> = world
        .query::<&Text>()
        .iter(world)
        .map(|t| t.0.clone())
        .collect();
    out.extend(world.query::<&TextSpan>().iter(world).map(|t| t.0.clone()));
    out.retain(|t| !t.is_empty());
    out
}

const DIGITS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];

/// From the lobby: selects a scenario with the arrow keys, starts it and answers.
fn take_call(app: &mut App, scenario: &str) {
    let target = app
        .world()
        .resource::<Content>()
        .position(scenario)
        .expect("scenario on offer");
    while app.world().resource::<Lobby>().selected != target {
        press(app, KeyCode::ArrowDown);
    }
    press(app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(app), Screen::Call);
    assert_eq!(phase(app), Some(Phase::Ringing));
    press(app, KeyCode::Space);
    assert_ne!(phase(app), Some(Phase::Ringing));
}

/// Plays option ids by pressing the number each is shown under, as a trainee would.
fn answer_by_keys(app: &mut App, options: &[&str]) {
    for id in options {
        run_until(app, 400, |a| {
            matches!(phase(a), Some(Phase::Choosing | Phase::Saying))
        });
        if phase(app) == Some(Phase::Saying) {
            press(app, KeyCode::Enter);
        }
        let position = {
            let call = app.world().resource::<ActiveCall>();
            let live = call.live.as_ref().unwrap();
            let node = live.session.scenario.node(live.session.call.state.node);
            live.options()
                .iter()
                .position(|(ix, _)| node.options[usize::from(*ix)].id == *id)
                .unwrap_or_else(|| panic!("option {id} is not shown"))
        };
        press(app, DIGITS[position]);
    }
}

/// Binds `t` as `like` is bound (the start time is the wall clock's, so two front ends playing
/// the same call differ in it).
fn bound_like(t: &mut Transcript, like: &Transcript) {
    t.bind(
        like.started.expect("bound"),
        like.mode.expect("bound"),
        like.texts.clone(),
    );
}

#[test]
fn a_call_played_through_the_app_records_the_same_transcript_as_the_terminal() {
    let data = temp("same");
    let script = "greet-open,leading,reopen,honest,reflect,check-safety,explore-adults,own-plan,close-warmly,how-now,call-again";
    let ids: Vec<&str> = script.split(',').collect();
    let mut app = app(&root(), &data, |_| {});
    take_call(&mut app, "hidden-bruises");
    answer_by_keys(&mut app, &ids);
    run_until(&mut app, 400, |a| screen(a) == Screen::Debrief);

    let last = app.world().resource::<LastCall>();
    let saved = last.transcript.clone().expect("transcript saved");
    assert!(saved.starts_with(data.join("transcripts").join("anonymous")));
    assert!(last.save_error.is_none());
    let debrief = last.debrief.clone().expect("debrief built");
    let from_app = Transcript::read(&saved).unwrap();

    // The terminal mode with the same inputs.
    let library = Library::new(root());
    let (loaded, _) = content::load(&library, "hidden-bruises").unwrap();
    let (mut session, opening) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        1,
        Lang::Ru,
        "anonymous",
    );
    bound_like(&mut session.transcript, &from_app);
    let inputs: Vec<Input> = ids.iter().map(|t| Input::parse_token(t).unwrap()).collect();
    let options = PlayOptions {
        seed: 1,
        out: None,
        script: Some(inputs),
        sound: None,
        voice: false,
        width: None,
    };
    let mut out = Vec::new();
    term::play(
        &mut session,
        &opening,
        &loaded.text(Lang::Ru),
        &options,
        &mut out,
    )
    .unwrap();
    assert_eq!(from_app, session.transcript);
    let card = session.scorecard();
    assert_eq!(debrief.total, card.total);
    assert_eq!(debrief.level, card.level);

    // The debrief screen shows the level line and every turn's heading.
    let shown = texts(&mut app);
    assert!(shown.contains(&debrief.level_line));
    for turn in &debrief.turns {
        assert!(shown.contains(&turn.heading), "{} not shown", turn.heading);
    }
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    // The Enter that left the debrief is not seen again by the lobby.
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
}

/// The entities of the buttons that choose an option.
fn option_buttons(app: &mut App) -> Vec<Entity> {
    use doverie_app::UiAction;
    use doverie_app::screens::ActionButton;
    let world = app.world_mut();
    world
        .query::<(Entity, &ActionButton)>()
        .iter(world)
        .filter(|(_, b)| matches!(b.0, UiAction::Choose(_)))
        .map(|(e, _)| e)
        .collect()
}

#[test]
fn the_call_screen_shows_what_changed_and_keeps_the_rest() {
    let data = temp("changes");
    let mut app = app(&root(), &data, |_| {});
    take_call(&mut app, "hidden-bruises");
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    app.update();
    let buttons = option_buttons(&mut app);
    assert!(!buttons.is_empty());
    let silence_text = |app: &mut App| {
        let world = app.world_mut();
        world
            .query_filtered::<&Text, With<SilenceTimer>>()
            .single(world)
            .unwrap()
            .0
            .clone()
    };
    let before = silence_text(&mut app);
    // Two seconds of silence: the timer moves, the options are the same nodes.
    for _ in 0..40 {
        app.update();
    }
    assert_ne!(silence_text(&mut app), before);
    assert_eq!(option_buttons(&mut app), buttons, "options drawn again");

    // An answer: the options are drawn again, the lines already shown are kept.
    let lines = |app: &mut App| {
        let world = app.world_mut();
        world
            .query_filtered::<&Children, With<doverie_app::screens::call::TranscriptArea>>()
            .single(world)
            .unwrap()
            .to_vec()
    };
    let shown = lines(&mut app);
    press(&mut app, KeyCode::Digit1);
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    app.update();
    let now = lines(&mut app);
    assert!(now.len() > shown.len());
    assert_eq!(now[..shown.len()], shown[..], "lines drawn again");
    assert!(
        option_buttons(&mut app)
            .iter()
            .all(|b| !buttons.contains(b))
    );
}

/// Lets `seconds` pass in the app, in frames of `frame` (which divides a second exactly), or
/// in one frame.
fn pass(app: &mut App, seconds: u32, frame: Option<Duration>) {
    let silence = Duration::from_secs(u64::from(seconds));
    let frame = frame.unwrap_or(silence);
    if !frame.is_zero() {
        app.insert_resource(TimeUpdateStrategy::ManualDuration(frame));
        for _ in 0..silence.as_nanos() / frame.as_nanos() {
            app.update();
        }
    }
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::ZERO));
}

/// Presses the number the option `id` is shown under, once the caller's lines are shown (with
/// no time passing, and lines paced at zero, they appear in updates of no time).
fn choose_by_key(app: &mut App, id: &str) {
    run_until(app, 100, |a| phase(a) == Some(Phase::Choosing));
    let position = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        let node = live.session.scenario.node(live.session.call.state.node);
        live.options()
            .iter()
            .position(|(ix, _)| node.options[usize::from(*ix)].id == id)
            .unwrap_or_else(|| panic!("option {id} is not shown"))
    };
    press(app, DIGITS[position]);
}

/// The call journaled for the transcript `out`, read back, verified and replayed.
fn journaled(out: &Path) -> Transcript {
    let mut j = read_journal(&journal_path(out)).expect("the call is journaled");
    let library = Library::new(root());
    let (loaded, _) = content::load(&library, &j.transcript.scenario.id).unwrap();
    j.complete(&loaded.scenario, &loaded.protocol).unwrap();
    j.transcript
}

/// Plays `steps` (seconds of silence, then an option) in the app, with the caller's lines shown
/// at once and time passing only when the test says so, each silence in frames of `frame` or in
/// one frame; returns the transcript and the events.
fn play_timed_in_app(
    steps: &[(u32, &str)],
    name: &str,
    frame: Option<Duration>,
) -> (Transcript, Vec<Stamped>) {
    let data = temp(name);
    let mut app = app(&root(), &data, |s| {
        s.pacing = Pacing {
            base: 0.0,
            per_char: 0.0,
            max: 0.0,
        }
    });
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::ZERO));
    // Bevy's clock takes frames of any length here.
    app.world_mut()
        .resource_mut::<Time<Virtual>>()
        .set_max_delta(Duration::from_secs(3600));
    take_call(&mut app, "hidden-bruises");
    for (silence, id) in steps {
        pass(&mut app, *silence, frame);
        choose_by_key(&mut app, id);
    }
    let call = app.world().resource::<ActiveCall>();
    let live = call.live.as_ref().expect("the call goes on");
    let saved = journaled(call.file.as_ref().unwrap());
    assert_eq!(
        saved, live.session.transcript,
        "the app journaled what it played"
    );
    (live.session.transcript.clone(), live.session.events.clone())
}

#[test]
fn the_same_timed_inputs_give_the_same_transcript_in_the_terminal_and_in_the_app() {
    // Seconds of silence, then an answer. After 15 seconds of silence the caller asks whether
    // anyone is there: 18 seconds are that reaction, then 3 more; after his disclosure, 20
    // seconds of silence let him say he never told anyone, then 13 more pass.
    let steps: &[(u32, &str)] = &[
        (4, "greet-open"),
        (18, "leading"),
        (0, "reopen"),
        (7, "honest"),
        (33, "reflect"),
        (1, "check-safety"),
    ];

    // The app, with each silence in one long frame, and in frames of a quarter of a second.
    let (from_app, app_events) = play_timed_in_app(steps, "timed", None);
    let mut in_frames = play_timed_in_app(steps, "timed-frames", Some(Duration::from_millis(250)));
    bound_like(&mut in_frames.0, &from_app);
    assert_eq!((&from_app, &app_events), (&in_frames.0, &in_frames.1));

    // The terminal's scripted play, with the same silences as `wait:N`.
    let library = Library::new(root());
    let (loaded, _) = content::load(&library, "hidden-bruises").unwrap();
    let (mut session, opening) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        1,
        Lang::Ru,
        "anonymous",
    );
    bound_like(&mut session.transcript, &from_app);
    let mut inputs = Vec::new();
    for (silence, id) in steps {
        if *silence > 0 {
            inputs.push(Input::Wait { seconds: *silence });
        }
        inputs.push(Input::Choose {
            option: id.to_string(),
        });
    }
    let options = PlayOptions {
        seed: 1,
        out: None,
        script: Some(inputs),
        sound: None,
        voice: false,
        width: None,
    };
    let mut out = Vec::new();
    term::play(
        &mut session,
        &opening,
        &loaded.text(Lang::Ru),
        &options,
        &mut out,
    )
    .unwrap();

    assert_eq!(from_app.inputs, session.transcript.inputs);
    assert_eq!(app_events, session.events);
    assert_eq!(from_app, session.transcript);

    // The terminal's piped play, with the same silences as `w N`.
    let dir = temp("timed-piped");
    let out = dir.join("call.json");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_doverie"))
        .args([
            "play",
            "hidden-bruises",
            "--seed",
            "1",
            "--lang",
            "ru",
            "--out",
        ])
        .arg(&out)
        .current_dir(root())
        .env_remove("DOVERIE_HOME")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = String::new();
    for (silence, id) in steps {
        if *silence > 0 {
            lines += &format!("w {silence}\n");
        }
        lines += &format!("{id}\n");
    }
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), lines.as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
    let mut piped = Transcript::read(&out).unwrap();
    bound_like(&mut piped, &from_app);
    assert_eq!(piped, from_app);

    // The caller reacted in the middle of a silence: the 18 seconds reached the engine as the
    // 15 up to the reaction, then the 3 after it.
    let waits: Vec<u32> = from_app
        .inputs
        .iter()
        .filter_map(|i| match i.input {
            Input::Wait { seconds } => Some(seconds),
            _ => None,
        })
        .collect();
    assert!(
        waits.windows(2).any(|w| w == [15, 3]),
        "no reaction mid-silence: {waits:?}"
    );
}

#[test]
fn the_language_switch_changes_every_word_at_once() {
    let data = temp("lang");
    let mut app = app(&root(), &data, |_| {});
    let russian = texts(&mut app);
    assert!(russian.iter().any(|t| t == "Сценарии"));
    // The shipped sentinels (night-pills and the five of the sentinel set), and only they, carry
    // the badge.
    let count = |texts: &[String], text: &str| texts.iter().filter(|t| *t == text).count();
    assert_eq!(count(&russian, "Ночные таблетки"), 1);
    assert_eq!(count(&russian, "Контрольный звонок для аттестации"), 6);
    press(&mut app, KeyCode::KeyL);
    app.update();
    let english = texts(&mut app);
    assert!(english.iter().any(|t| t == "Scenarios"));
    assert_eq!(count(&english, "Night pills"), 1);
    assert_eq!(count(&english, "Sentinel call for certification"), 6);
    let cyrillic: Vec<&String> = english
        .iter()
        .filter(|t| {
            t.chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap()))
        })
        .filter(|t| *t != "Русский")
        .collect();
    assert!(cyrillic.is_empty(), "left in Russian: {cyrillic:?}");
    // And back.
    press(&mut app, KeyCode::KeyL);
    app.update();
    assert_eq!(texts(&mut app).len(), russian.len());
}

#[test]
fn practice_shows_hints_meters_and_the_silence_timer_and_an_exam_shows_none() {
    for mode in [Mode::Practice, Mode::Exam] {
        let data = temp(&format!("mode-{mode:?}"));
        let mut app = app(&root(), &data, |s| s.mode = mode);
        take_call(&mut app, "hidden-bruises");
        answer_by_keys(&mut app, &["greet-open", "leading"]);
        run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
        let world = app.world_mut();
        let silence_clocks = world.query::<&SilenceTimer>().iter(world).count();
        let shown = texts(&mut app);
        let hints = shown.iter().any(|t| t == "Подсказки");
        let meters = shown.iter().any(|t| t == "Состояние абонента");
        match mode {
            Mode::Practice => assert!(silence_clocks == 1 && hints && meters),
            Mode::Exam => assert!(silence_clocks == 0 && !hints && !meters),
        }
    }
}

#[test]
fn words_typed_first_and_a_dispatch_by_keyboard_reach_the_transcript() {
    let data = temp("say");
    let mut app = app(&root(), &data, |s| s.say_first = true);
    take_call(&mut app, "hidden-bruises");
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Saying));
    // Digits typed here are words, not choices.
    for (code, ch) in [
        (KeyCode::KeyG, "П"),
        (KeyCode::KeyH, "р"),
        (KeyCode::KeyB, "и"),
        (KeyCode::Digit1, "1"),
    ] {
        press_text(&mut app, code, Some(ch));
    }
    press(&mut app, KeyCode::Backspace);
    assert_eq!(phase(&app), Some(Phase::Saying));
    press(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Some(Phase::Choosing));
    press(&mut app, KeyCode::Digit1);

    // The dispatch panel: D opens it, ↓ reaches a service (the first press selects the first
    // listed), Enter dispatches it.
    let guardianship = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        let id = live.session.protocol.services.get("guardianship").unwrap();
        doverie_app::screens::dispatch::listed(live)
            .iter()
            .position(|l| l.service == id)
            .unwrap()
    };
    press(&mut app, KeyCode::KeyD);
    // The panel is a state: it opens, and closes, on the next frame.
    app.update();
    assert!(dispatch_open(&app));
    for _ in 0..=guardianship {
        press(&mut app, KeyCode::ArrowDown);
    }
    press(&mut app, KeyCode::Enter);
    app.update();
    assert!(!dispatch_open(&app));
    let call = app.world().resource::<ActiveCall>();
    let inputs = &call.live.as_ref().unwrap().session.transcript.inputs;
    assert_eq!(inputs[0].said.as_deref(), Some("При"));
    assert!(matches!(inputs[0].input, Input::Choose { .. }));
    assert_eq!(
        inputs[1].input,
        Input::Dispatch {
            service: "guardianship".into()
        }
    );
    // F10 asks to hang up, Enter confirms; the debrief follows.
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, 400, |a| screen(a) == Screen::Debrief);
}

#[test]
fn watch_mode_reloads_changed_files_and_shows_check_errors_in_the_window() {
    let content = temp("watch");
    copy_dir(&root().join("tests/fixtures/mini"), &content);
    let data = temp("watch-data");
    let mut app = app(&content, &data, |s| s.watch = true);
    assert_eq!(app.world().resource::<Content>().entries.len(), 1);

    // A trainer's typo: an option pointing to a node that does not exist.
    let path = content.join("scenarios/mini.ron");
    let ron = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, ron.replacen("Go(\"talk\")", "Go(\"tlak\")", 1)).unwrap();
    for _ in 0..30 {
        app.update();
    }
    let problems = app.world().resource::<Content>().problems.clone();
    assert_eq!(app.world().resource::<Content>().entries.len(), 0);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("mini.ron:") && p.contains("tlak")),
        "{problems:?}"
    );
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t.contains("tlak")), "error not shown");

    // Fixed again: playable again.
    std::fs::write(&path, ron).unwrap();
    for _ in 0..30 {
        app.update();
    }
    assert_eq!(app.world().resource::<Content>().entries.len(), 1);
    assert!(app.world().resource::<Content>().problems.is_empty());
}

/// An X server of the test's own (Xvfb), stopped when dropped.
struct Xvfb {
    child: std::process::Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        Xvfb::start_sized("1280x720x24")
    }

    fn start_sized(screen: &str) -> Xvfb {
        use std::io::BufRead as _;
        // Xvfb chooses a free display itself and writes its number once it accepts clients
        // (`-displayfd`): no race between tests starting servers at once, and no wait that a
        // loaded machine could outlast.
        let mut child = std::process::Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                screen,
                "-nolisten",
                "tcp",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Xvfb is needed for the real-window test: run `bash .ci/deps` (package xvfb)");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("Xvfb's standard output");
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let number: u32 = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("Xvfb did not start (it said {line:?})"));
        Xvfb {
            child,
            display: format!(":{number}"),
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The real window under Xvfb and Mesa's software Vulkan (lavapipe): a few turns of a shipped
/// scenario in Russian, a screenshot by Bevy's screenshot API, and checks that the picture is
/// not blank and that the transcript area holds rendered text.
#[test]
fn the_real_window_plays_a_russian_call_and_renders_its_transcript() {
    let xvfb = Xvfb::start();
    let dir = temp("window");
    std::fs::write(dir.join(".asoundrc"), "pcm.!default {\n type null\n}\n").unwrap();
    let shot = dir.join("call.png");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_doverie"))
        .args([
            "gui",
            "--lang",
            "ru",
            "--seed",
            "1",
            "--smoke-scenario",
            "hidden-bruises",
            "--smoke-inputs",
            "notice-early,notice-cue,honest",
            "--voice",
            "--smoke-screenshot",
        ])
        .arg(&shot)
        // ALSA's null device: real cpal streams for the tones and the voice takes, no card.
        .env("HOME", &dir)
        .env("DISPLAY", &xvfb.display)
        .env("DOVERIE_DATA", dir.join("data"))
        .env("XDG_RUNTIME_DIR", &dir)
        .env_remove("DOVERIE_HOME")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A guard against a hung window, not a measurement.
    let mut status = None;
    for _ in 0..2400 {
        if let Some(s) = child.try_wait().unwrap() {
            status = Some(s);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let Some(status) = status else {
        let _ = child.kill();
        panic!("the window did not finish within two minutes");
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(status.success(), "{err}");

    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    assert_eq!((w, h), (1280, 720));
    let channels = info.line_size / w;
    let pixel = |x: usize, y: usize| {
        let i = y * info.line_size + x * channels;
        (buf[i], buf[i + 1], buf[i + 2])
    };
    let mut colours = std::collections::HashSet::new();
    for y in (0..h).step_by(3) {
        for x in (0..w).step_by(3) {
            colours.insert(pixel(x, y));
        }
    }
    assert!(
        colours.len() > 50,
        "the picture is blank: {} colours",
        colours.len()
    );

    let layout: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shot.with_extension("json")).unwrap())
            .unwrap();
    let area: Vec<usize> = layout["transcript"]
        .as_array()
        .expect("the transcript area is on screen")
        .iter()
        .map(|v| v.as_f64().unwrap() as usize)
        .collect();
    let (x0, y0, aw, ah) = (area[0], area[1], area[2], area[3]);
    assert!(aw > 400 && ah > 200, "transcript area {area:?}");
    // Text is dark ink on a light ground: count the ink inside the transcript area.
    let mut ink = 0;
    for y in y0..(y0 + ah).min(h) {
        for x in x0..(x0 + aw).min(w) {
            let (r, g, b) = pixel(x, y);
            if (u32::from(r) + u32::from(g) + u32::from(b)) / 3 < 110 {
                ink += 1;
            }
        }
    }
    assert!(
        ink > 3000,
        "too little text in the transcript area: {ink} ink pixels"
    );

    // The call itself was recorded: three answers, in Russian, each spoken answer beside it.
    let transcripts: Vec<PathBuf> = std::fs::read_dir(dir.join("data/transcripts/anonymous"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(transcripts.len(), 1);
    let t = Transcript::read(&transcripts[0]).unwrap();
    assert_eq!((t.locale.as_str(), t.inputs.len()), ("ru", 3));
    let turns: Vec<u32> = t.recordings.iter().map(|r| r.turn).collect();
    assert_eq!(turns, [0, 1, 2], "one recording per answer");
    for r in &t.recordings {
        assert!(
            transcripts[0].with_file_name(&r.file).is_file(),
            "{}",
            r.file
        );
    }
}

#[test]
fn buttons_and_the_trainee_id_field_work_like_their_keys() {
    use doverie_app::UiAction;
    use doverie_app::screens::ActionButton;
    let data = temp("buttons");
    let mut app = app(&root(), &data, |_| {});
    // A click on "English" (a pressed button) switches the language.
    let english = {
        let world = app.world_mut();
        world
            .query::<(Entity, &ActionButton)>()
            .iter(world)
            .find(|(_, b)| b.0 == UiAction::SetLang(Lang::En))
            .map(|(e, _)| e)
            .expect("an English button")
    };
    app.world_mut()
        .entity_mut(english)
        .insert(Interaction::Pressed);
    app.update();
    app.update();
    assert_eq!(app.world().resource::<Settings>().lang, Lang::En);

    // T edits the trainee id; typed letters go into it, not into shortcuts; Enter ends it.
    press(&mut app, KeyCode::KeyT);
    for (code, ch) in [
        (KeyCode::KeyT, "t"),
        (KeyCode::Minus, "-"),
        (KeyCode::Digit4, "4"),
        (KeyCode::KeyL, "2"),
    ] {
        press_text(&mut app, code, Some(ch));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.world().resource::<Settings>().trainee, "t-42");
    assert_eq!(
        app.world().resource::<Settings>().lang,
        Lang::En,
        "L was typed, not a shortcut"
    );
    take_call(&mut app, "orphanage-night-call");
    let path = app.world().resource::<ActiveCall>().file.clone().unwrap();
    assert!(
        path.starts_with(data.join("transcripts").join("t-42")),
        "{}",
        path.display()
    );
    assert_eq!(journaled(&path).trainee, "t-42");
}

#[test]
fn a_call_in_the_app_is_journaled_as_it_happens_and_closed_into_a_bound_transcript() {
    let data = temp("journaled");
    let mut app = app(&root(), &data, |_| {});
    let target = app
        .world()
        .resource::<Content>()
        .position("hidden-bruises")
        .unwrap();
    while app.world().resource::<Lobby>().selected != target {
        press(&mut app, KeyCode::ArrowDown);
    }
    press(&mut app, KeyCode::Enter);
    // The journal is there before the phone is answered.
    let file = app.world().resource::<ActiveCall>().file.clone().unwrap();
    assert_eq!(phase(&app), Some(Phase::Ringing));
    assert!(journal_path(&file).is_file(), "no journal while ringing");
    assert!(!file.exists(), "no transcript before the call ends");
    press(&mut app, KeyCode::Space);

    // Each input is journaled as it happens, silence included (after 15 seconds of silence
    // the caller asks whether anyone is there).
    answer_by_keys(&mut app, &["greet-open"]);
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    pass(&mut app, 16, Some(Duration::from_millis(250)));
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
        50,
    )));
    answer_by_keys(&mut app, &["leading"]);
    let live = app
        .world()
        .resource::<ActiveCall>()
        .live
        .as_ref()
        .unwrap()
        .session
        .transcript
        .clone();
    assert!(live.inputs.len() >= 3, "{:?}", live.inputs);
    assert!(
        live.inputs
            .iter()
            .any(|i| matches!(i.input, Input::Wait { .. })),
        "a silence was recorded"
    );
    assert_eq!(journaled(&file), live, "every input journaled");
    assert!(!file.exists());

    // Hanging up ends the call: the transcript is written, bound, and the journal removed.
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, 400, |a| screen(a) == Screen::Debrief);
    let last = app.world().resource::<LastCall>();
    assert!(last.save_error.is_none(), "{:?}", last.save_error);
    assert_eq!(last.transcript.as_deref(), Some(file.as_path()));
    assert!(!journal_path(&file).exists(), "the journal is removed");
    let t = Transcript::read(&file).unwrap();
    assert_eq!(t.format, doverie_core::transcript::FORMAT);
    assert!(t.started.is_some());
    let mode = t.mode.expect("the mode is bound");
    assert!(mode.hints && !mode.exam && !mode.say_first && !mode.voice);
    assert!(
        t.texts.iter().any(|f| f.path.contains("ru")),
        "{:?}",
        t.texts
    );
    assert!(t.is_finished());
    assert_eq!(t.inputs[..live.inputs.len()], live.inputs[..]);
    // Nothing is left to recover.
    assert!(doverie_files::journal::interrupted(&data).is_empty());
}

#[test]
fn a_call_that_cannot_be_journaled_does_not_start_and_says_why_in_the_lobby() {
    let data = temp("unjournaled");
    // The data folder is a file: no transcript folder can be made in it.
    std::fs::write(data.join("transcripts"), "not a folder").unwrap();
    let mut app = app(&root(), &data, |_| {});
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    assert!(app.world().resource::<ActiveCall>().live.is_none());
    let notice = app.world().resource::<Lobby>().notice.clone().unwrap();
    assert!(notice.starts_with("Звонок не может начаться"), "{notice}");
    assert!(texts(&mut app).contains(&notice));
}

/// Journals the first inputs of a call of `hidden-bruises` in `data`, as a call interrupted by
/// a crash leaves them; returns the journal and the session as it stood.
fn interrupted_call(data: &Path, name: &str, tokens: &str) -> (PathBuf, Session) {
    let mode = doverie_core::transcript::Mode {
        hints: true,
        ..Default::default()
    };
    interrupted_call_in(data, name, tokens, mode)
}

/// As [`interrupted_call`], played in `mode`.
fn interrupted_call_in(
    data: &Path,
    name: &str,
    tokens: &str,
    mode: doverie_core::transcript::Mode,
) -> (PathBuf, Session) {
    let library = Library::new(root());
    let (loaded, _) = content::load(&library, "hidden-bruises").unwrap();
    let (mut session, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        1,
        Lang::Ru,
        "anonymous",
    );
    session
        .transcript
        .bind(1_796_282_040, mode, loaded.text_stamps(Lang::Ru));
    let dir = data.join("transcripts").join("anonymous");
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(format!("{name}.json"));
    let mut journal = doverie_files::CallJournal::open(&out, &session.transcript).unwrap();
    for token in tokens.split(',') {
        session
            .apply(Input::parse_token(token).unwrap(), None)
            .unwrap();
        journal.append(&session.transcript).unwrap();
    }
    // The process dies: the journal stays, its lock goes.
    drop(journal);
    (journal_path(&out), session)
}

#[test]
fn an_interrupted_call_is_offered_in_the_lobby_and_resumed_where_it_stopped() {
    let data = temp("resume");
    let (journal, before) = interrupted_call(&data, "crashed", "wait:5,greet-open,leading");
    let mut app = app(&root(), &data, |s| s.lang = Lang::En);
    let lobby = app.world().resource::<Lobby>();
    assert_eq!(lobby.interrupted.len(), 1);
    assert_eq!(lobby.interrupted[0].journal, journal);
    assert_eq!(lobby.interrupted[0].inputs, 3);
    // A line with the scenario's title in the chosen language and the time it began.
    let shown = texts(&mut app);
    assert!(
        shown
            .iter()
            .any(|t| t.contains("2026-12-03 07:14 UTC") && t.contains("3 inputs")),
        "{shown:?}"
    );
    assert!(shown.iter().any(|t| t == "Resume (R)"), "{shown:?}");

    press(&mut app, KeyCode::KeyR);
    app.update();
    assert_eq!(screen(&app), Screen::Call);
    app.update();
    assert_eq!(
        *app.world()
            .resource::<State<doverie_app::CallStage>>()
            .get(),
        doverie_app::CallStage::Talking,
        "a resumed call needs no answering"
    );
    // The call's language is the call's own.
    assert_eq!(app.world().resource::<Settings>().lang, Lang::Ru);
    {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        assert_eq!(live.session.transcript, before.transcript, "the same call");
        let (now, then) = (&live.session.call.state, &before.call.state);
        assert_eq!(
            (now.node, now.turn, now.time, &now.vars),
            (then.node, then.turn, then.time, &then.vars)
        );
        assert_eq!(live.session.events, before.events);
        assert_eq!(
            call.file.as_deref(),
            doverie_files::journal::out_path(&journal).as_deref()
        );
        assert!(!live.shown().is_empty(), "the call so far is shown");
    }
    // It plays on in the same journal, and closes into one transcript with every input.
    answer_by_keys(&mut app, &["reopen"]);
    let file = app.world().resource::<ActiveCall>().file.clone().unwrap();
    assert_eq!(journaled(&file).inputs.len(), 4);
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, 400, |a| screen(a) == Screen::Debrief);
    assert!(!journal.exists());
    let t = Transcript::read(&file).unwrap();
    assert_eq!(t.inputs[..3], before.transcript.inputs[..]);
    assert!(t.is_finished() && !t.abandoned);
    // Back in the lobby, nothing is left to offer.
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    assert!(app.world().resource::<Lobby>().interrupted.is_empty());
}

#[test]
fn a_resumed_call_of_voice_practice_opens_the_microphone_and_records_the_answers_that_follow() {
    use doverie_app::sound::Sound;
    use doverie_audio::{Audio, TonePlan};
    let data = temp("resume-voice");
    let mode = doverie_core::transcript::Mode {
        hints: true,
        voice: true,
        ..Default::default()
    };
    let (journal, _) = interrupted_call_in(&data, "crashed", "wait:5,greet-open,leading", mode);
    // The app begins with voice practice off: its devices are opened without the microphone
    // (here a handle on no sound card, whose microphone hears silence).
    let mut app = app(&root(), &data, |s| s.lang = Lang::En);
    app.insert_resource(Sound::open_with(
        TonePlan::builtin(),
        false,
        data.clone(),
        |_, record| Audio::without_devices(record),
    ));
    app.update();
    assert!(!app.world().resource::<Sound>().records());
    press(&mut app, KeyCode::KeyR);
    app.update();
    assert_eq!(screen(&app), Screen::Call);
    assert!(
        app.world().resource::<Settings>().voice,
        "the call's own mode"
    );
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    assert!(
        app.world().resource::<Sound>().records(),
        "the microphone is open for the resumed call"
    );
    answer_by_keys(&mut app, &["reopen", "honest"]);
    let file = app.world().resource::<ActiveCall>().file.clone().unwrap();
    assert_eq!(
        doverie_files::journal::out_path(&journal).as_deref(),
        Some(file.as_path())
    );
    let t = journaled(&file);
    let answers: Vec<u32> = t.inputs[3..]
        .iter()
        .filter(|i| !matches!(i.input, Input::Wait { .. }))
        .map(|i| i.turn)
        .collect();
    assert_eq!(answers.len(), 2);
    let turns: Vec<u32> = t.recordings.iter().map(|r| r.turn).collect();
    assert_eq!(turns, answers, "one recording per answer after the resume");
    for r in &t.recordings {
        let wav = file.with_file_name(&r.file);
        let bytes = std::fs::read(&wav).unwrap();
        assert_eq!(
            r.hash.as_deref(),
            Some(doverie_core::ron_file::sha256_hex(&bytes).as_str()),
            "{}",
            r.file
        );
    }
    // The sound the call is played with is bound, and journaled.
    let sound = t.sound.expect("the call's sound is bound");
    assert_eq!(sound.tones, TonePlan::builtin().stamp());
}

#[test]
fn an_interrupted_call_can_be_closed_as_abandoned_and_one_in_progress_is_not_offered() {
    let data = temp("abandon");
    let (journal, before) = interrupted_call(&data, "crashed", "greet-open,leading");
    // Another call is being played now (its writer holds the journal's lock).
    let (busy, _) = interrupted_call(&data, "busy", "greet-open");
    let held = doverie_files::journal::hold(&busy).unwrap();
    let mut app = app(&root(), &data, |_| {});
    let listed: Vec<PathBuf> = app
        .world()
        .resource::<Lobby>()
        .interrupted
        .iter()
        .map(|c| c.journal.clone())
        .collect();
    assert_eq!(
        listed,
        std::slice::from_ref(&journal),
        "the call in progress is left out"
    );
    assert!(
        texts(&mut app).iter().any(|t| t.contains("2 шага")),
        "{:?}",
        texts(&mut app)
    );

    press(&mut app, KeyCode::KeyA);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    assert!(!journal.exists(), "the journal is closed");
    let out = doverie_files::journal::out_path(&journal).unwrap();
    let t = Transcript::read(&out).unwrap();
    assert!(t.abandoned, "marked abandoned");
    assert_eq!(t.inputs, before.transcript.inputs, "every input kept");
    let lobby = app.world().resource::<Lobby>();
    assert!(lobby.interrupted.is_empty());
    assert!(
        lobby
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("crashed.json")),
        "{:?}",
        lobby.notice
    );
    // A and R do nothing when nothing is offered.
    press(&mut app, KeyCode::KeyR);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    drop(held);
}

#[test]
fn the_call_screen_marks_a_synthetic_voice_and_only_a_synthetic_voice() {
    use doverie_app::logic::CallerVoice;
    use doverie_app::screens::call::voice_note;
    use doverie_audio::VoiceKind;
    let ru = doverie_app::screens::chrome(Lang::Ru);
    let en = doverie_app::screens::chrome(Lang::En);
    assert_eq!(
        voice_note(&ru, CallerVoice(Some(VoiceKind::Synthetic))),
        "Голос синтезирован"
    );
    assert_eq!(
        voice_note(&en, CallerVoice(Some(VoiceKind::Synthetic))),
        "Synthetic voice"
    );
    assert_eq!(voice_note(&ru, CallerVoice(Some(VoiceKind::Recorded))), "");
    assert_eq!(voice_note(&ru, CallerVoice(None)), "");

    let data = temp("voice-note");
    let mut app = app(&root(), &data, |_| {});
    take_call(&mut app, "hidden-bruises");
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    let marked = |app: &mut App| texts(app).iter().any(|t| t == "Голос синтезирован");
    assert!(!marked(&mut app), "no sound, no mark");
    for (voice, shown) in [
        (Some(VoiceKind::Synthetic), true),
        (Some(VoiceKind::Recorded), false),
        (Some(VoiceKind::Synthetic), true),
        (None, false),
    ] {
        app.insert_resource(CallerVoice(voice));
        app.update();
        assert_eq!(marked(&mut app), shown, "{voice:?}");
    }
    // A new call starts unmarked.
    app.insert_resource(CallerVoice(Some(VoiceKind::Synthetic)));
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, 400, |a| screen(a) == Screen::Debrief);
    press(&mut app, KeyCode::Enter);
    app.update();
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(
        *app.world().resource::<CallerVoice>(),
        CallerVoice::default()
    );
}

/// The update mode the app asked winit for.
fn update_mode(app: &App) -> bevy::winit::UpdateMode {
    let winit = app.world().resource::<bevy::winit::WinitSettings>();
    assert_eq!(winit.focused_mode, winit.unfocused_mode);
    winit.focused_mode
}

/// The wait of a reactive update mode (and that it ignores the mouse moving elsewhere).
fn reactive_wait(app: &App) -> Duration {
    match update_mode(app) {
        bevy::winit::UpdateMode::Reactive {
            wait,
            react_to_device_events,
            react_to_window_events,
            react_to_user_events,
        } => {
            assert!(!react_to_device_events && react_to_window_events && react_to_user_events);
            wait
        }
        other => panic!("the app never rests: {other:?}"),
    }
}

/// Whether the frame just run asked for another at once.
fn asked_for_a_frame(app: &App) -> bool {
    let redraws = app
        .world()
        .resource::<Messages<bevy::window::RequestRedraw>>();
    let mut cursor = redraws.get_cursor();
    cursor.read(redraws).count() > 0
}

#[test]
fn the_app_sleeps_while_nothing_changes_and_wakes_for_the_call_clocks() {
    use doverie_app::pace::{IDLE, RINGING, WATCHING};
    let data = temp("pace");
    let mut app = app(&root(), &data, |_| {});
    // The lobby sleeps until the trainee acts.
    assert_eq!(reactive_wait(&app), IDLE);
    app.update();
    assert!(
        !asked_for_a_frame(&app),
        "the lobby keeps asking for frames"
    );
    // A key that changes the screen asks for the next frame at once (the screen is entered
    // there), rather than waiting for the next input.
    let target = app
        .world()
        .resource::<Content>()
        .position("hidden-bruises")
        .unwrap();
    while app.world().resource::<Lobby>().selected != target {
        press(&mut app, KeyCode::ArrowDown);
    }
    press(&mut app, KeyCode::Enter);
    assert!(
        asked_for_a_frame(&app),
        "the call is entered on the next frame"
    );
    app.update();
    assert_eq!(screen(&app), Screen::Call);
    // The ringing phone is animated.
    assert_eq!(reactive_wait(&app), RINGING);
    press(&mut app, KeyCode::Space);
    app.update();
    // In the call: awake for the next line, and for each second of the clocks.
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    app.update();
    let wait = reactive_wait(&app);
    assert!(wait <= Duration::from_secs(1), "{wait:?}");
    let live_due = {
        let call = app.world().resource::<ActiveCall>();
        call.live.as_ref().unwrap().until_change().unwrap()
    };
    assert!(
        (wait.as_secs_f32() - live_due.max(0.01)).abs() < 0.06,
        "{wait:?} vs {live_due}"
    );
    // The debrief sleeps again.
    press(&mut app, KeyCode::F10);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, 20, |a| screen(a) == Screen::Debrief);
    app.update();
    assert_eq!(reactive_wait(&app), IDLE);
    // Nothing asks for another frame once the debrief is shown.
    app.update();
    app.update();
    assert!(
        !asked_for_a_frame(&app),
        "the debrief keeps asking for frames"
    );

    // In --watch mode the lobby looks at the files every second.
    let mut watching = self::app(&root(), &temp("pace-watch"), |s| s.watch = true);
    watching.update();
    assert_eq!(reactive_wait(&watching), WATCHING);
}

#[test]
fn hanging_up_asks_first_and_then_ends_the_call_at_once() {
    use doverie_app::screens::call::{HangUpAsked, HangUpQuestion};
    let data = temp("hang-up");
    let mut app = app(&root(), &data, |_| {});
    take_call(&mut app, "hidden-bruises");
    answer_by_keys(&mut app, &["greet-open"]);
    let question_shown = |app: &mut App| {
        let world = app.world_mut();
        world
            .query_filtered::<&Node, With<HangUpQuestion>>()
            .single(world)
            .unwrap()
            .display
            != Display::None
    };
    assert!(!question_shown(&mut app));
    // F10 asks; Esc goes back to the call, which goes on.
    press(&mut app, KeyCode::F10);
    assert!(app.world().resource::<HangUpAsked>().0);
    assert!(question_shown(&mut app));
    assert!(
        texts(&mut app).iter().any(|t| t == "Положить трубку?"),
        "{:?}",
        texts(&mut app)
    );
    // Digits do not answer while the question is asked.
    let inputs = |app: &App| {
        app.world()
            .resource::<ActiveCall>()
            .live
            .as_ref()
            .unwrap()
            .session
            .transcript
            .inputs
            .len()
    };
    let before = inputs(&app);
    press(&mut app, KeyCode::Digit1);
    assert_eq!(inputs(&app), before);
    press(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<HangUpAsked>().0);
    assert!(!question_shown(&mut app));
    assert_eq!(screen(&app), Screen::Call);
    assert!(
        !app.world()
            .resource::<ActiveCall>()
            .live
            .as_ref()
            .unwrap()
            .session
            .is_over()
    );

    // The button asks too; Enter confirms, and the call ends at once: no "the child is
    // speaking", no clock running on, the debrief on the next frame.
    let button = {
        use doverie_app::UiAction;
        use doverie_app::screens::ActionButton;
        let world = app.world_mut();
        world
            .query::<(Entity, &ActionButton)>()
            .iter(world)
            .find(|(_, b)| b.0 == UiAction::HangUp)
            .map(|(e, _)| e)
            .unwrap()
    };
    app.world_mut()
        .entity_mut(button)
        .insert(Interaction::Pressed);
    app.update();
    assert!(app.world().resource::<HangUpAsked>().0);
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(&app), Screen::Debrief, "the call ended at once");
    let last = app.world().resource::<LastCall>();
    let t = Transcript::read(last.transcript.as_ref().unwrap()).unwrap();
    assert_eq!(t.inputs.last().unwrap().input, Input::HangUp);
}

/// The times shown beside the transcript's lines ("Вы · 00:18").
fn bubble_times(app: &mut App) -> Vec<String> {
    texts(app)
        .into_iter()
        .filter_map(|t| {
            let (who, time) = t.rsplit_once(" · ")?;
            (!who.is_empty() && time.len() == 5 && time.as_bytes()[2] == b':')
                .then_some(time.to_string())
        })
        .collect()
}

#[test]
fn the_bubbles_and_the_header_read_one_clock() {
    let data = temp("one-clock");
    let mut app = app(&root(), &data, |_| {});
    take_call(&mut app, "hidden-bruises");
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    // Twelve seconds of reading the options before answering (the engine's time counts only
    // the turns; the call clock counts them all).
    for _ in 0..240 {
        app.update();
    }
    press(&mut app, KeyCode::Digit1);
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    app.update();
    let header = texts(&mut app)
        .into_iter()
        // The clock, "Звонок 00:12" (the hang-up question also begins "Звонок ...").
        .find_map(|t| {
            t.strip_prefix("Звонок ")
                .filter(|c| c.len() == 5 && c.as_bytes()[2] == b':')
                .map(str::to_string)
        })
        .expect("the call clock");
    let last = bubble_times(&mut app)
        .into_iter()
        .max()
        .expect("lines with times");
    let seconds = |c: &str| {
        let (m, s) = c.split_once(':').unwrap();
        m.parse::<u32>().unwrap() * 60 + s.parse::<u32>().unwrap()
    };
    assert!(seconds(&header) >= 12, "{header}");
    assert!(
        seconds(&header) - seconds(&last) <= 1,
        "the last line at {last} while the clock reads {header}"
    );
}

#[test]
fn practice_hints_put_the_gravest_first_with_their_severity_and_count_turns_from_one() {
    use doverie_app::screens::call::ordered_hints;
    use doverie_core::protocol::rules::Severity;
    let data = temp("hints");
    let mut app = app(&root(), &data, |s| {
        s.pacing = Pacing {
            base: 0.0,
            per_char: 0.0,
            max: 0.0,
        }
    });
    take_call(&mut app, "hidden-bruises");
    // A long silence before the greeting (a lesser miss at the first turns), then a leading
    // question (Critical), then more.
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    pass(&mut app, 12, Some(Duration::from_millis(500)));
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
        50,
    )));
    answer_by_keys(&mut app, &["greet-open", "leading", "reopen"]);
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    app.update();
    let (severities, turns): (Vec<Severity>, Vec<u32>) = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        assert!(live.hints().len() >= 2, "{:?}", live.hints());
        ordered_hints(live)
            .iter()
            .map(|(h, s)| (*s, h.turn))
            .unzip()
    };
    assert_eq!(severities[0], Severity::Critical, "{severities:?}");
    assert!(
        severities.windows(2).all(|w| w[0] >= w[1]),
        "gravest first: {severities:?}"
    );
    // The Critical came after a lesser miss, and is still listed first.
    let shown = texts(&mut app);
    let hints: Vec<&String> = shown
        .iter()
        .filter(|t| t.contains(" · реплика ") || t.contains(" · до первого ответа"))
        .collect();
    assert_eq!(hints.len(), severities.len(), "{shown:?}");
    assert!(hints[0].starts_with("Критическое · "), "{hints:?}");
    assert!(turns.iter().any(|&t| t > 0));
    assert!(
        !shown.iter().any(|t| t.to_lowercase().contains("реплика 0")),
        "{hints:?}"
    );
}

#[test]
fn the_dispatch_panel_groups_the_services_says_who_answers_now_and_selects_none_first() {
    use doverie_app::screens::dispatch::{DispatchCursor, listed};
    let data = temp("dispatch-panel");
    let mut app = app(&root(), &data, |_| {});
    take_call(&mut app, "hidden-bruises");
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    press(&mut app, KeyCode::KeyD);
    app.update();
    assert!(dispatch_open(&app));
    let (services, open_now, count, clock) = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        let services = listed(live);
        let scenario = &live.session.scenario;
        let minute = scenario
            .clock
            .map(|c| ((u32::from(c) + live.session.call.state.time / 60) % 1440) as u16);
        let open_now: Vec<bool> = services
            .iter()
            .map(|l| minute.is_none_or(|m| scenario.services[usize::from(l.service)].is_open_at(m)))
            .collect();
        (
            services,
            open_now,
            live.session.protocol.services.len(),
            scenario.clock,
        )
    };
    // Every service once, group by group, the first ten with keys.
    assert_eq!(services.len(), count);
    let groups: Vec<&str> = services.iter().filter_map(|l| l.group.as_deref()).collect();
    assert_eq!(
        groups,
        ["Экстренные службы", "Защита детей", "Помощь по согласию"]
    );
    assert_eq!(services[0].key, Some('1'));
    assert_eq!(services[9].key, Some('0'));
    assert_eq!(services[10].key, None);
    // Who answers now, as the engine will decide (hidden-bruises rings at 17:20: the school
    // psychologist has gone home, guardianship still answers).
    assert!(clock.is_some());
    assert_eq!(
        services.iter().map(|l| l.open).collect::<Vec<_>>(),
        open_now
    );
    assert!(services.iter().any(|l| !l.open) && services.iter().any(|l| l.open));
    let shown = texts(&mut app);
    for group in &groups {
        assert!(shown.iter().any(|t| t == group), "{group} not shown");
    }
    assert!(
        shown.iter().any(|t| t.starts_with("сейчас не отвечает")),
        "{shown:?}"
    );
    assert!(shown.iter().any(|t| t.starts_with("отвечает")), "{shown:?}");

    // Nothing is selected: Enter calls no one.
    assert_eq!(
        *app.world().resource::<DispatchCursor>(),
        DispatchCursor(None)
    );
    let inputs = |app: &App| {
        app.world()
            .resource::<ActiveCall>()
            .live
            .as_ref()
            .unwrap()
            .session
            .transcript
            .inputs
            .clone()
    };
    let before = inputs(&app);
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(
        inputs(&app),
        before,
        "Enter dispatched a service nobody chose"
    );
    assert!(dispatch_open(&app));
    // ↑ from nothing selects the first, not (unseen) the last; the cursor stops at the ends.
    press(&mut app, KeyCode::ArrowUp);
    assert_eq!(
        *app.world().resource::<DispatchCursor>(),
        DispatchCursor(Some(0))
    );
    for _ in 0..20 {
        press(&mut app, KeyCode::ArrowDown);
    }
    assert_eq!(
        *app.world().resource::<DispatchCursor>(),
        DispatchCursor(Some(count - 1))
    );
    press(&mut app, KeyCode::Enter);
    app.update();
    let last = inputs(&app).last().unwrap().input.clone();
    let service = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        live.session.protocol.services.items[usize::from(services[count - 1].service)]
            .id
            .clone()
    };
    assert_eq!(last, Input::Dispatch { service });
    assert!(!dispatch_open(&app));
}

#[test]
fn the_ringing_screen_rings_names_no_caller_and_says_incoming_only_while_ringing() {
    use doverie_app::screens::ringing::Ring;
    let data = temp("ringing");
    let mut app = app(&root(), &data, |_| {});
    let target = app
        .world()
        .resource::<Content>()
        .position("hidden-bruises")
        .unwrap();
    while app.world().resource::<Lobby>().selected != target {
        press(&mut app, KeyCode::ArrowDown);
    }
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(phase(&app), Some(Phase::Ringing));
    let rings = |app: &mut App| {
        let world = app.world_mut();
        world
            .query_filtered::<&Node, With<Ring>>()
            .iter(world)
            .map(|n| n.width)
            .collect::<Vec<Val>>()
    };
    let first = rings(&mut app);
    assert_eq!(first.len(), 2, "rings around the phone");
    for _ in 0..5 {
        app.update();
    }
    assert_ne!(rings(&mut app), first, "the rings spread");
    let (title, caller) = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        (live.view().title(), live.text.get("caller-name", None))
    };
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Входящий звонок"), "{shown:?}");
    assert!(
        shown.iter().any(|t| t.starts_with("Номер не определяется")),
        "{shown:?}"
    );
    assert!(
        !shown
            .iter()
            .any(|t| t.contains(&title) || t.contains(&caller)),
        "the caller is named before the call: {shown:?}"
    );
    press(&mut app, KeyCode::Space);
    app.update();
    run_until(&mut app, 400, |a| phase(a) == Some(Phase::Choosing));
    let shown = texts(&mut app);
    assert!(
        !shown.iter().any(|t| t.contains("Входящий звонок")),
        "still 'incoming' once answered: {shown:?}"
    );
    assert!(shown.iter().any(|t| t == "Идёт разговор"));
}

#[test]
fn the_lobby_speaks_the_chosen_language_names_the_trainee_and_shows_toggles_in_words() {
    use doverie_app::sound::notice_text;
    use doverie_audio::Notice;
    let data = temp("lobby-words");
    let mut app = app(&root(), &data, |_| {});
    let shown = lines(&mut app);
    assert!(shown.iter().any(|t| t == "аноним"), "{shown:?}");
    assert!(!shown.iter().any(|t| t == "anonymous"));
    assert!(shown.iter().any(|t| t == "Стажёр"));
    assert!(shown.iter().any(|t| t == "✓ Практика"), "{shown:?}");
    assert!(shown.iter().any(|t| t == "Экзамен"));
    assert!(shown.iter().any(|t| t == "☐ Сначала своими словами: выкл."));
    assert!(shown.iter().any(|t| t == "☐ Отвечать голосом: выкл."));
    press(&mut app, KeyCode::KeyS);
    press(&mut app, KeyCode::KeyM);
    let shown = lines(&mut app);
    assert!(
        shown.iter().any(|t| t == "☑ Сначала своими словами: вкл."),
        "{shown:?}"
    );
    assert!(shown.iter().any(|t| t == "✓ Экзамен"));
    // The trainee id is still recorded as "anonymous".
    assert_eq!(app.world().resource::<Settings>().trainee, "anonymous");
    press(&mut app, KeyCode::KeyL);
    let shown = lines(&mut app);
    assert!(shown.iter().any(|t| t == "anonymous"));
    assert!(shown.iter().any(|t| t == "Trainee"));

    // A sound problem in the chosen language (the system's own words kept as it gives them).
    let ru = doverie_app::screens::chrome(Lang::Ru);
    for notice in [
        Notice::NoOutput,
        Notice::NoMicrophone,
        Notice::DeviceFailed("ALSA: device gone".into()),
        Notice::OutputNotOpened("x".into()),
        Notice::MicrophoneUnusable("x".into()),
    ] {
        let said = notice_text(&ru, &notice);
        let words = said.replace("ALSA: device gone", "");
        assert!(
            !words.chars().any(|c| c.is_ascii_alphabetic() && c != 'x'),
            "{said}"
        );
        assert!(!said.contains('['), "{said}");
    }
    // One word for the trainee: the app and `certify` say «стажёр».
    let ftl = std::fs::read_to_string(root().join("locales/ru/ui.ftl")).unwrap();
    assert!(
        !ftl.to_lowercase().contains("слушател"),
        "«слушатель» left in ui.ftl"
    );
}

/// A run of the real window (`doverie gui` with the smoke driver), in a folder of its own with
/// ALSA's null device for sound.
struct Window {
    child: std::process::Child,
    shot: PathBuf,
}

impl Window {
    fn open(xvfb: &Xvfb, name: &str, args: &[&str]) -> Window {
        let dir = temp(name);
        std::fs::write(dir.join(".asoundrc"), "pcm.!default {\n type null\n}\n").unwrap();
        let shot = dir.join("shot.png");
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_doverie"))
            .args(["gui", "--lang", "ru", "--seed", "1", "--smoke-screenshot"])
            .arg(&shot)
            .args(args)
            .env("HOME", &dir)
            .env("DISPLAY", &xvfb.display)
            .env("DOVERIE_DATA", dir.join("data"))
            .env("XDG_RUNTIME_DIR", &dir)
            .env_remove("DOVERIE_HOME")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        Window { child, shot }
    }

    /// Waits until the run has written where its landmarks are (a guard against a hung window
    /// of two minutes, not a measurement), and reads them.
    fn landmarks(&mut self) -> serde_json::Value {
        let json = self.shot.with_extension("json");
        for _ in 0..2400 {
            if json.is_file() {
                return serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("the window closed ({status}) before its picture");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the window did not settle within two minutes");
    }

    /// The process's CPU time so far (user and system, every thread), from /proc.
    fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // The fields after the command (which may hold spaces) in brackets.
        let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
        let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
        let hz = std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(100);
        Duration::from_millis(ticks * 1000 / hz)
    }

    /// The picture: width, height and a pixel reader.
    fn picture(&self) -> Picture {
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(&self.shot).unwrap(),
        ));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        Picture {
            width: info.width as usize,
            height: info.height as usize,
            channels: info.line_size / info.width as usize,
            line: info.line_size,
            buf,
        }
    }

    /// Waits for a run that does not hold to end well.
    fn finished(mut self) -> Window {
        for _ in 0..2400 {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "the window failed: {status}");
                return self;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the window did not finish within two minutes");
    }
}

impl Drop for Window {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Picture {
    width: usize,
    height: usize,
    channels: usize,
    line: usize,
    buf: Vec<u8>,
}

impl Picture {
    fn pixel(&self, x: usize, y: usize) -> (u8, u8, u8) {
        let i = y * self.line + x * self.channels;
        (self.buf[i], self.buf[i + 1], self.buf[i + 2])
    }

    /// Pixels in `rect` that `is` picks.
    fn count(&self, rect: [f64; 4], is: impl Fn((u8, u8, u8)) -> bool) -> usize {
        let [x, y, w, h] = rect.map(|v| v.clamp(0.0, 1.0e5) as usize);
        let mut n = 0;
        for y in y..(y + h).min(self.height) {
            for x in x..(x + w).min(self.width) {
                if is(self.pixel(x, y)) {
                    n += 1;
                }
            }
        }
        n
    }
}

/// Dark ink (text) on the light ground.
fn ink(p: (u8, u8, u8)) -> bool {
    (u32::from(p.0) + u32::from(p.1) + u32::from(p.2)) / 3 < 110
}

/// A landmark's rectangle `[x, y, width, height]`.
fn rect(layout: &serde_json::Value, name: &str) -> [f64; 4] {
    let v = layout[name]
        .as_array()
        .unwrap_or_else(|| panic!("no landmark {name}: {layout}"));
    [0, 1, 2, 3].map(|i| v[i].as_f64().unwrap())
}

/// Whether `inner` lies within `outer` (to a pixel).
fn within(inner: [f64; 4], outer: [f64; 4]) -> bool {
    inner[0] >= outer[0] - 1.0
        && inner[1] >= outer[1] - 1.0
        && inner[0] + inner[2] <= outer[0] + outer[2] + 1.0
        && inner[1] + inner[3] <= outer[1] + outer[3] + 1.0
}

fn overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}

/// The window holds the run's idle app; its CPU time over a few seconds of rest is within
/// `budget` of one core (a CPU-time budget, the same on a fast or a slow machine: an idle app
/// spends next to nothing).
fn assert_rests(window: &Window, what: &str, budget: f64) {
    // The run has just drawn its last frame as fast as it could; the measure starts once that
    // frame is rendered (a pause, not a measurement), then covers five seconds of rest.
    std::thread::sleep(Duration::from_secs(2));
    let (cpu0, wall0) = (window.cpu_time(), std::time::Instant::now());
    std::thread::sleep(Duration::from_secs(5));
    let (cpu1, wall) = (window.cpu_time(), wall0.elapsed());
    let share = (cpu1 - cpu0).as_secs_f64() / wall.as_secs_f64();
    eprintln!("{what}: {:.1}% of one core idle", share * 100.0);
    assert!(
        share < budget,
        "{what}: the app used {:.1}% of one core while nothing changed",
        share * 100.0
    );
}

/// The real window at rest: in the lobby and in the debrief, with nothing changing, the app
/// uses under 5% of one core (it used 1.76 cores before it slept between changes). The lobby
/// and the debrief are shown at 900x560: everything the debrief's left column holds, the
/// outcome last, can be scrolled into view.
#[test]
fn the_real_window_rests_in_the_lobby_and_the_debrief_and_its_panels_fit_at_900x560() {
    let xvfb = Xvfb::start_sized("1920x1080x24");
    let mut lobby = Window::open(
        &xvfb,
        "rest-lobby",
        &["--smoke-hold", "--smoke-size", "900x560"],
    );
    let layout = lobby.landmarks();
    assert_rests(&lobby, "the lobby", 0.05);
    let picture = lobby.picture();
    assert_eq!((picture.width, picture.height), (900, 560));
    let screen = [0.0, 0.0, 900.0, 560.0];
    for name in ["lobby-scenarios", "lobby-detail"] {
        assert!(
            within(rect(&layout, name), screen),
            "{name} off screen: {layout}"
        );
    }
    drop(lobby);

    let mut debrief = Window::open(
        &xvfb,
        "rest-debrief",
        &[
            "--smoke-scenario",
            "hidden-bruises",
            "--smoke-inputs",
            "greet-open,leading,reopen,hangup",
            "--smoke-then",
            "scroll-end",
            "--smoke-hold",
            "--smoke-size",
            "900x560",
        ],
    );
    let layout = debrief.landmarks();
    assert_rests(&debrief, "the debrief", 0.05);
    let picture = debrief.picture();
    let left = rect(&layout, "debrief-left");
    let outcome = rect(&layout, "debrief-outcome");
    assert!(within(left, screen), "the left column off screen: {layout}");
    assert!(
        within(outcome, left),
        "the outcome cannot be scrolled into view: {outcome:?} in {left:?}"
    );
    assert!(picture.count(outcome, ink) > 50, "the outcome is not drawn");
}

/// The call at 900x560 and 1920x1080 with the dispatch panel open: the panel lists the
/// services and says when more are below; the meters, their heading and the hang-up button
/// stay in view beside it; the debrief's outcome can be scrolled into view at 1920x1080 too.
#[test]
fn the_real_window_call_keeps_meters_and_hang_up_in_view_with_the_dispatch_panel_open() {
    let xvfb = Xvfb::start_sized("1920x1080x24");
    for (w, h) in [(900.0, 560.0), (1920.0, 1080.0)] {
        let size = format!("{w}x{h}");
        let window = Window::open(
            &xvfb,
            &format!("call-{size}"),
            &[
                "--mute",
                "--smoke-scenario",
                "hidden-bruises",
                "--smoke-inputs",
                "greet-open",
                "--smoke-then",
                "dispatch",
                "--smoke-size",
                &size,
            ],
        )
        .finished();
        let layout: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(window.shot.with_extension("json")).unwrap(),
        )
        .unwrap();
        let picture = window.picture();
        assert_eq!((picture.width as f64, picture.height as f64), (w, h));
        let screen = [0.0, 0.0, w, h];
        let side = rect(&layout, "side");
        let dispatch = rect(&layout, "dispatch");
        for name in ["call-title", "side", "dispatch", "transcript"] {
            assert!(
                within(rect(&layout, name), screen),
                "{size}: {name} off screen: {layout}"
            );
        }
        for name in ["caller-state", "hang-up"] {
            let r = rect(&layout, name);
            assert!(within(r, side), "{size}: {name} cut: {r:?} in {side:?}");
            assert!(
                !overlap(r, dispatch),
                "{size}: the dispatch panel covers {name}"
            );
        }
        // The meters' heading and the hang-up button are drawn (white on red for the button).
        assert!(
            picture.count(rect(&layout, "caller-state"), ink) > 100,
            "{size}"
        );
        let red = |p: (u8, u8, u8)| p.0 > 140 && p.1 < 90 && p.2 < 80;
        assert!(picture.count(rect(&layout, "hang-up"), red) > 500, "{size}");
        // The list: scrolls, with a cue, when the services do not all fit.
        let list = rect(&layout, "dispatch-list");
        let content = layout["dispatch-list.content"].as_f64().unwrap();
        let cue = rect(&layout, "dispatch-more");
        assert!(within(list, dispatch), "{size}");
        assert!(picture.count(list, ink) > 500, "{size}: no services drawn");
        if content > list[3] + 1.0 {
            assert!(
                cue[3] > 0.0 && within(cue, dispatch),
                "{size}: no cue: {layout}"
            );
            let accent = |p: (u8, u8, u8)| u16::from(p.2) > u16::from(p.0) + 30 && p.0 < 120;
            assert!(
                picture.count(cue, accent) > 30,
                "{size}: the cue is not drawn"
            );
        } else {
            assert_eq!(cue[3], 0.0, "{size}: a cue with nothing below");
        }
    }
    let mut debrief = Window::open(
        &xvfb,
        "debrief-1920",
        &[
            "--mute",
            "--smoke-scenario",
            "hidden-bruises",
            "--smoke-inputs",
            "greet-open,leading,reopen,hangup",
            "--smoke-then",
            "scroll-end",
            "--smoke-size",
            "1920x1080",
        ],
    );
    let layout = debrief.landmarks();
    let left = rect(&layout, "debrief-left");
    assert!(within(left, [0.0, 0.0, 1920.0, 1080.0]), "{layout}");
    assert!(within(rect(&layout, "debrief-outcome"), left), "{layout}");
}

/// `doverie gui --db`: the app hands each transcript it writes to the program's sink (which
/// stores it in the assessor's database) and shows the line it gets back: on the debrief after
/// a finished call, in the lobby's notice after an interrupted call is closed as abandoned.
#[test]
fn each_transcript_written_is_handed_to_the_sink_and_its_line_shown() {
    use std::sync::Mutex;
    let data = temp("sink");
    let handed: Arc<Mutex<Vec<PathBuf>>> = Arc::default();
    let sink: doverie_app::OnSaved = {
        let handed = handed.clone();
        Arc::new(move |path: &Path, lang: Lang| {
            let mut all = handed.lock().unwrap();
            all.push(path.to_path_buf());
            format!("stored as attempt {} ({lang})", all.len())
        })
    };
    let (journal, _) = interrupted_call(&data, "crashed", "greet-open,leading");
    let mut app = app(&root(), &data, |_| {});
    app.insert_resource(doverie_app::SavedSink(Some(sink)));
    // An interrupted call closed as abandoned.
    press(&mut app, KeyCode::KeyA);
    app.update();
    let out = doverie_files::journal::out_path(&journal).unwrap();
    assert_eq!(*handed.lock().unwrap(), std::slice::from_ref(&out));
    let notice = app.world().resource::<Lobby>().notice.clone().unwrap();
    assert!(
        notice.contains("crashed.json") && notice.ends_with("stored as attempt 1 (ru)"),
        "{notice}"
    );
    // A finished call.
    take_call(&mut app, "hidden-bruises");
    answer_by_keys(
        &mut app,
        &[
            "greet-open",
            "leading",
            "reopen",
            "honest",
            "reflect",
            "check-safety",
            "explore-adults",
            "own-plan",
            "close-warmly",
            "how-now",
            "call-again",
        ],
    );
    run_until(&mut app, 400, |a| screen(a) == Screen::Debrief);
    let last = app.world().resource::<LastCall>();
    let saved = last.transcript.clone().unwrap();
    assert_eq!(last.stored.as_deref(), Some("stored as attempt 2 (ru)"));
    assert_eq!(handed.lock().unwrap()[1], saved);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t == "stored as attempt 2 (ru)")
    );
}

/// The orphan's arc from the lobby: the arcs are listed after the scenarios with where the
/// trainee is in each; each of its three calls is taken by key presses, its debrief names the
/// call's place in the arc, the last shows the arc's debrief (the terminal's view), and the
/// chain stored in the data folder verifies as the arc.
#[test]
fn the_orphans_arc_is_played_from_the_lobby_and_its_chain_verifies() {
    use doverie_app::arcs::{ArcAfterCall, Arcs, arc_dir};
    let data = temp("arc");
    let mut app = app(&root(), &data, |s| s.lang = Lang::En);
    let scripts: [&[&str]; 3] = [
        &[
            "greet-gently",
            "warm-honest",
            "open-q",
            "validate-lonely",
            "ask-suicide",
            "assess-plan",
            "safety-plan",
            "agree-safety",
            "sum-up",
            "boundary-warm",
            "name-pattern-now",
            "explore-ties",
            "strengthen",
            "plan-words",
            "close-warm",
            "door-open",
        ],
        &[
            "greet",
            "remember-how",
            "glad-and-ask",
            "reflect-hurt",
            "normalise-mixed",
            "plan-words",
            "close-warm",
            "door-open",
        ],
        &[
            "greet",
            "share-joy",
            "reflect-worry",
            "draw-out",
            "support-plan",
            "name-growth",
            "door-open",
        ],
    ];
    let scenarios = content_scenarios(&app);
    let arc = app
        .world()
        .resource::<Arcs>()
        .entries
        .iter()
        .position(|e| e.loaded.arc.id == "orphan")
        .expect("the orphan's arc is on offer");
    let lobby_shows = |app: &mut App, what: &str| lines(app).iter().any(|l| l.contains(what));
    assert!(lobby_shows(&mut app, "Not started: call 1 of 3 is next"));
    for (n, script) in scripts.iter().enumerate() {
        assert_eq!(screen(&app), Screen::Lobby);
        while app.world().resource::<Lobby>().selected != scenarios + arc {
            press(&mut app, KeyCode::ArrowDown);
        }
        let take = format!("Take call {} of 3 (Enter)", n + 1);
        assert!(lobby_shows(&mut app, &take), "{:?}", lines(&mut app));
        press(&mut app, KeyCode::Enter);
        app.update();
        assert_eq!(screen(&app), Screen::Call);
        press(&mut app, KeyCode::Space);
        answer_by_keys(&mut app, script);
        run_until(&mut app, 2000, |a| screen(a) == Screen::Debrief);
        app.update();
        let shown = app.world().resource::<ArcAfterCall>().0.clone().unwrap();
        assert!(shown.problem.is_none(), "{shown:?}");
        assert!(
            shown.call_line.ends_with(&format!("call {} of 3", n + 1)),
            "{}",
            shown.call_line
        );
        let text = lines(&mut app);
        assert!(text.contains(&shown.call_line), "{text:?}");
        if n < 2 {
            assert!(shown.debrief.is_none());
            let next = shown.next_line.clone().unwrap();
            assert!(next.starts_with("Next: "), "{next}");
            assert!(text.contains(&next));
        } else {
            let debrief = shown.debrief.clone().expect("the arc's debrief");
            assert!(shown.next_line.is_none());
            for line in [&debrief.title, &debrief.level_line, &debrief.rules_title] {
                assert!(text.contains(line), "{line} not shown: {text:?}");
            }
            assert_eq!(debrief.calls.len(), 3);
            for c in &debrief.calls {
                assert!(text.contains(&c.headline), "{} not shown", c.headline);
            }
            assert_eq!(debrief.rules.len(), 4);
            for r in &debrief.rules {
                assert!(r.kept, "{}", r.headline);
                assert!(text.contains(&r.headline), "{} not shown", r.headline);
            }
        }
        press(&mut app, KeyCode::Enter);
        app.update();
    }

    // The chain stored in the data folder verifies as the arc, and scores as the app showed.
    let dir = arc_dir(&data, "anonymous", "orphan");
    let files = doverie_core::verify::arc_transcripts(&dir);
    assert_eq!(files.len(), 3, "{files:?}");
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let library = Library::new(root());
    let assessed = doverie_core::verify::assess_arc(&library, &refs, true).unwrap();
    assert!(assessed.card.complete);
    assert!(assessed.card.rules.iter().all(|r| r.kept));
    assert_eq!(screen(&app), Screen::Lobby);
    assert!(
        lines(&mut app)
            .iter()
            .any(|l| l.starts_with("All 3 calls played ·")),
        "{:?}",
        lines(&mut app)
    );
    // A complete arc is not played again over its calls.
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    let notice = app.world().resource::<Lobby>().notice.clone().unwrap();
    assert!(notice.contains("The arc is complete"), "{notice}");

    // Tampered with: the lobby shows the reason, taking the arc starts nothing and writes
    // nothing, and no file is overwritten.
    let first = std::fs::read_to_string(&files[0]).unwrap();
    let mut t = Transcript::from_json(&first).unwrap();
    t.inputs[0].said = Some("edited".into());
    std::fs::write(&files[0], t.to_json()).unwrap();
    let before: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(screen(&app), Screen::Lobby);
    let notice = app.world().resource::<Lobby>().notice.clone().unwrap();
    assert!(notice.contains("call 2 does not follow"), "{notice}");
    // The arc's line in the list says so too (the folder was read again).
    let shown = lines(&mut app);
    assert!(
        shown
            .iter()
            .filter(|l| l.contains("do not verify") && l.contains("call 2 does not follow"))
            .count()
            >= 2,
        "{shown:?}"
    );
    let after: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    assert_eq!(before.len(), after.len());
    for b in &before {
        assert!(after.contains(b), "{} changed", b.0.display());
    }
    // In Russian, the reason is Russian.
    press(&mut app, KeyCode::KeyL);
    app.update();
    assert!(
        lines(&mut app)
            .iter()
            .any(|l| l.contains("не продолжает запись")),
        "{:?}",
        lines(&mut app)
    );
    let _ = std::fs::remove_dir_all(&data);
}

fn content_scenarios(app: &App) -> usize {
    app.world().resource::<Content>().entries.len()
}

/// A call of an arc interrupted (the app killed mid-call) is offered in the lobby like any other;
/// resumed and finished, its debrief says its place in the arc, and the arc goes on from it.
#[test]
fn an_interrupted_call_of_an_arc_is_resumed_into_the_arc() {
    use doverie_app::arcs::{ArcAfterCall, Arcs, arc_dir};
    let data = temp("arc-resume");
    let script = [
        "greet-gently",
        "warm-honest",
        "open-q",
        "validate-lonely",
        "ask-suicide",
        "assess-plan",
        "safety-plan",
        "agree-safety",
        "sum-up",
        "boundary-warm",
        "name-pattern-now",
        "explore-ties",
        "strengthen",
        "plan-words",
        "close-warm",
        "door-open",
    ];
    {
        let mut app = app(&root(), &data, |s| s.lang = Lang::En);
        let arc = app
            .world()
            .resource::<Arcs>()
            .entries
            .iter()
            .position(|e| e.loaded.arc.id == "orphan")
            .unwrap();
        let target = content_scenarios(&app) + arc;
        while app.world().resource::<Lobby>().selected != target {
            press(&mut app, KeyCode::ArrowDown);
        }
        press(&mut app, KeyCode::Enter);
        app.update();
        press(&mut app, KeyCode::Space);
        answer_by_keys(&mut app, &script[..3]);
        // The app is gone without closing the call: its journal is left behind.
    }
    let dir = arc_dir(&data, "anonymous", "orphan");
    let journal = dir.join("01-orphanage-night-call.json.journal");
    assert!(
        journal.exists(),
        "{:?}",
        std::fs::read_dir(&dir).unwrap().collect::<Vec<_>>()
    );

    let mut app = app(&root(), &data, |s| s.lang = Lang::En);
    assert_eq!(app.world().resource::<Lobby>().interrupted.len(), 1);
    press(&mut app, KeyCode::KeyR);
    app.update();
    assert_eq!(screen(&app), Screen::Call);
    answer_by_keys(&mut app, &script[3..]);
    run_until(&mut app, 2000, |a| screen(a) == Screen::Debrief);
    app.update();
    let shown = app.world().resource::<ArcAfterCall>().0.clone().unwrap();
    assert!(shown.problem.is_none(), "{shown:?}");
    assert!(
        shown.call_line.ends_with("call 1 of 3"),
        "{}",
        shown.call_line
    );
    assert!(shown.next_line.is_some());
    press(&mut app, KeyCode::Enter);
    app.update();
    let files = doverie_core::verify::arc_transcripts(&dir);
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let library = Library::new(root());
    assert_eq!(
        doverie_core::verify::assess_arc(&library, &refs, false)
            .unwrap()
            .calls
            .len(),
        1
    );
    assert!(
        lines(&mut app)
            .iter()
            .any(|l| l.starts_with("Call 2 of 3 is next")),
        "{:?}",
        lines(&mut app)
    );
    let _ = std::fs::remove_dir_all(&data);
}
