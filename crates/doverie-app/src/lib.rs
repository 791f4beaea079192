//! The trainee's desktop app (Bevy): lobby, ringing call, live conversation, dispatch, debrief.
//!
//! The app drives the same engine as the terminal, through a [`doverie_core::live::LiveCall`] over a
//! [`doverie_core::session::Session`]; it never decides what the caller says or what scores, and
//! it has no timing rule of its own: the call's `LiveCall` paces the caller's lines and times
//! silence with the core's one `SilenceClock`, given the frame's time.
//!
//! The app is written as Bevy apps are: a state per screen ([`Screen`], with the call's
//! [`logic::CallStage`] and the dispatch panel as sub-states), a plugin per screen in its own
//! file under [`screens`], each spawning its nodes on entering its state and despawning them (by
//! its marker component) on leaving it, with systems that run only in their state and show what
//! changed by Bevy's change detection.
//!
//! - [`logic`]: the states, resources, actions and the order of a frame, shared by every screen;
//! - [`screens`]: the screens, one plugin and one file each, and their common look. **Adding a
//!   screen** touches one new file in `screens/` and the list of [`GuiScreens`] (its `mod` line
//!   and its plugin); a new top-level screen also names its state in [`Screen`];
//! - [`catalog`]: the scenarios on offer, loaded through `check`;
//! - [`arcs`]: the arcs on offer, where the trainee is in each, and their calls' start;
//! - [`exam`]: exams through the assessor's server (`doverie gui --server`): the server's
//!   thread, and an exam call's inputs handed to it and confirmed;
//! - [`recovery`]: interrupted calls (journals left behind), resumed or closed as abandoned;
//! - [`sound`]: the call's cues and voice practice (the desktop app only);
//! - [`pace`]: when the app wakes (it sleeps while nothing changes);
//! - [`smoke`]: a scripted driver and screenshot for the real-window test.
//!
//! Nothing here needs a window: tests run [`GuiLogic`] and [`GuiScreens`] under `MinimalPlugins`
//! and drive them with key presses.

#![warn(missing_docs)]

pub mod arcs;
pub mod catalog;
pub mod exam;
pub mod logic;
pub mod pace;
pub mod recovery;
pub mod screens;
pub mod smoke;
pub mod sound;

use bevy::prelude::*;
use bevy::window::WindowResolution;

use doverie_core::library::Library;
pub use logic::{CallStage, GuiLogic, Mode, OnSaved, SavedSink, Screen, Settings, UiAction};
pub use screens::GuiScreens;

const FONT_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");
/// Symbols Noto Sans lacks (☎ ✓ ✗, arrows): text runs of them are set in these faces.
const FONT_SYMBOLS2: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular.ttf");
const FONT_SYMBOLS: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSymbols-Regular.ttf");

/// How the app starts.
pub struct GuiOptions {
    /// The content folder.
    pub library: Library,
    /// The trainee's settings at start.
    pub settings: Settings,
    /// A scripted run for the real-window smoke test.
    pub smoke: Option<smoke::Smoke>,
    /// Line tones, voice clips and recording (off for silent runs).
    pub sound: bool,
    /// The window's size in logical pixels (default 1280x720).
    pub size: Option<(u32, u32)>,
    /// What else to do with each transcript written (the `doverie` program's `--db`).
    pub on_saved: Option<OnSaved>,
    /// Take exams from this server instead of the lobby's calls (`--server`).
    pub server: Option<exam::ServerExams>,
}

/// Why no window can be opened here, if none can. Only X11 is built in; a local display is
/// checked by its socket, so that a missing display is one clear line, not a panic in winit.
pub fn display_problem() -> Option<String> {
    let Some(display) = std::env::var_os("DISPLAY").filter(|d| !d.is_empty()) else {
        return Some("DISPLAY is not set".into());
    };
    let display = display.to_string_lossy().into_owned();
    // ":N" or ":N.S" is a local display with a socket; "host:N" is remote and is trusted.
    if let Some(rest) = display.strip_prefix(':') {
        let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let socket = std::path::Path::new("/tmp/.X11-unix").join(format!("X{number}"));
        if number.is_empty() || !socket.exists() {
            return Some(format!("no X server at DISPLAY={display}"));
        }
    }
    None
}

/// Runs the desktop app until its window is closed.
pub fn run(options: GuiOptions) -> std::process::ExitCode {
    let (width, height) = options.size.unwrap_or((1280, 720));
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "doverie".into(),
                    resolution: WindowResolution::new(width, height),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                level: bevy::log::Level::WARN,
                filter: "wgpu=error,naga=warn".into(),
                ..default()
            }),
    )
    .insert_resource(ClearColor(Color::srgb(0.945, 0.953, 0.961)))
    .add_plugins((
        GuiLogic {
            library: options.library,
            settings: options.settings,
        },
        GuiScreens,
    ))
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    // The faces are there before the first screen is shown.
    let fonts = load_fonts(&mut app.world_mut().resource_mut::<Assets<Font>>());
    app.insert_resource(fonts);
    if options.sound {
        let settings = app.world().resource::<Settings>();
        let (voice, data) = (settings.voice, settings.data_dir.clone());
        app.insert_resource(sound::Sound::open(
            doverie_audio::TonePlan::builtin(),
            voice,
            data,
        ));
    }
    app.insert_resource(SavedSink(options.on_saved));
    if let Some(server) = options.server {
        app.add_plugins(server);
    }
    if let Some(smoke) = options.smoke {
        app.add_plugins(smoke::SmokePlugin(smoke));
    }
    match app.run() {
        AppExit::Success => std::process::ExitCode::SUCCESS,
        AppExit::Error(code) => std::process::ExitCode::from(code.get()),
    }
}

/// Noto Sans as the default font (Bevy's own has no Cyrillic), and the other faces.
fn load_fonts(fonts: &mut Assets<Font>) -> screens::Fonts {
    // The default handle is what every text without a chosen font uses.
    let _ = fonts.insert(AssetId::default(), Font::from_bytes(FONT_REGULAR.to_vec()));
    screens::Fonts {
        bold: fonts.add(Font::from_bytes(FONT_BOLD.to_vec())),
        symbols2: fonts.add(Font::from_bytes(FONT_SYMBOLS2.to_vec())),
        symbols: fonts.add(Font::from_bytes(FONT_SYMBOLS.to_vec())),
    }
}
