//! The desktop app's logic under `MinimalPlugins`, driven by key presses through its own systems,
//! with simulated time (each update is 50 ms): no window, no wall clock.

mod common;
use common::copy_dir;

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
    let script = "greet-open,leading,reopen,honest,reflect,check-safety,explore-adults,own-plan,close-warmly";
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
        let meters = shown.iter().any(|t| t == "Состояние ребёнка");
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

    // The dispatch panel: D opens it, the service's number dispatches.
    let guardianship = {
        let call = app.world().resource::<ActiveCall>();
        let live = call.live.as_ref().unwrap();
        live.session
            .protocol
            .services
            .items
            .iter()
            .position(|s| s.id == "guardianship")
            .unwrap()
    };
    press(&mut app, KeyCode::KeyD);
    // The panel is a state: it opens, and closes, on the next frame.
    app.update();
    assert!(dispatch_open(&app));
    for _ in 0..guardianship {
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
    // F10 hangs up; the debrief follows the last line.
    press(&mut app, KeyCode::F10);
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
        let number = (90..200)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free display number");
        let child = std::process::Command::new("Xvfb")
            .args([
                &format!(":{number}"),
                "-screen",
                "0",
                "1280x720x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Xvfb is needed for the real-window test: run `bash .ci/deps` (package xvfb)");
        let xvfb = Xvfb {
            child,
            display: format!(":{number}"),
        };
        // Wait for the server's socket (a readiness check, not a timing assertion).
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        for _ in 0..200 {
            if socket.exists() {
                return xvfb;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("Xvfb did not start on {}", xvfb.display);
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
    let area: Vec<usize> = layout["transcript_area"]
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
    let library = Library::new(root());
    let (loaded, _) = content::load(&library, "hidden-bruises").unwrap();
    let (mut session, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        1,
        Lang::Ru,
        "anonymous",
    );
    let mode = doverie_core::transcript::Mode {
        hints: true,
        ..Default::default()
    };
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
