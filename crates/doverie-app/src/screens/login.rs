//! The exam server's login (`doverie gui --server URL`): the login and the password (masked),
//! typed, or given by `--login` and `--password-file`. Keys: typing types into the field that
//! has the keyboard, Tab moves to the other, Enter moves on from the login and logs in from the
//! password. A refusal (a wrong password, too many of them) is shown with the server's reason.

use bevy::prelude::*;

use super::{
    ACCENT, Chrome, Fonts, INK, Landmark, MUTED, PANEL, RULE, Ui, WARN, despawn, screen_root,
};
use crate::exam::{Asked, ExamServer};
use crate::logic::{AppSystems, Keys, Screen, Settings, UiAction, typing};

/// The login screen's nodes.
#[derive(Component)]
pub struct LoginScreen;

/// Which field has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The login.
    Login,
    /// The password.
    Password,
}

/// What is typed into the login.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct LoginForm {
    /// The login.
    pub login: String,
    /// The password (never shown).
    pub password: String,
    /// The field with the keyboard.
    pub field: Field,
}

impl LoginForm {
    /// The form as the command line fills it: the keyboard goes to the first empty field.
    pub fn new(login: Option<&str>, password: Option<&str>) -> LoginForm {
        let login = login.unwrap_or_default().to_string();
        LoginForm {
            field: if login.is_empty() {
                Field::Login
            } else {
                Field::Password
            },
            login,
            password: password.unwrap_or_default().to_string(),
        }
    }

    fn typed(&mut self) -> &mut String {
        match self.field {
            Field::Login => &mut self.login,
            Field::Password => &mut self.password,
        }
    }
}

/// The login screen.
pub struct LoginPlugin;

impl Plugin for LoginPlugin {
    fn build(&self, app: &mut App) {
        let in_login = in_state(Screen::Login).and_then(resource_exists::<LoginForm>);
        app.add_systems(
            OnEnter(Screen::Login),
            show.run_if(resource_exists::<LoginForm>),
        )
        .add_systems(OnExit(Screen::Login), despawn::<LoginScreen>)
        .add_systems(
            Update,
            (
                keys.in_set(AppSystems::Input).run_if(in_login.clone()),
                act.in_set(AppSystems::Act).run_if(in_login.clone()),
                show.in_set(AppSystems::Show).run_if(in_login.and_then(
                    resource_changed::<LoginForm>.or_else(resource_changed::<ExamServer>),
                )),
            ),
        );
    }
}

fn keys(keys: Res<Keys>, mut actions: MessageWriter<UiAction>) {
    actions.write_batch(keys.pressed().filter_map(|k| match k.key_code {
        KeyCode::Tab => Some(UiAction::NextField),
        _ => typing(k),
    }));
}

fn act(
    mut actions: MessageReader<UiAction>,
    mut form: ResMut<LoginForm>,
    mut server: ResMut<ExamServer>,
) {
    for action in actions.read() {
        match action {
            UiAction::Type(t) => form.typed().push_str(t),
            UiAction::Erase => {
                form.typed().pop();
            }
            UiAction::NextField => {
                form.field = match form.field {
                    Field::Login => Field::Password,
                    Field::Password => Field::Login,
                };
            }
            UiAction::Confirm => {
                if form.field == Field::Login {
                    form.field = Field::Password;
                } else if form.login.trim().is_empty() {
                    form.field = Field::Login;
                } else if !form.password.is_empty() && server.waiting.is_none() {
                    server.log_in(&form.login, &form.password);
                }
            }
            _ => {}
        }
    }
}

fn show(
    mut commands: Commands,
    shown: Query<Entity, With<LoginScreen>>,
    form: Res<LoginForm>,
    server: Res<ExamServer>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
    words: Res<Chrome>,
) {
    for node in &shown {
        commands.entity(node).despawn();
    }
    let ui = Ui::new(&words, &fonts, settings.lang);
    commands.spawn(screen_root(LoginScreen)).with_children(|p| {
        ui.heading(p, ui.t("gui-login-title"), 24.0, INK);
        ui.label(
            p,
            ui.text
                .get1("gui-login-server", "server", server.url.clone()),
            15.0,
            MUTED,
        );
        ui.panel(
            p,
            Node {
                max_width: px(520),
                ..default()
            },
        )
        .insert(Landmark("login"))
        .with_children(|f| {
            let masked: String = "•".repeat(form.password.chars().count());
            field(
                f,
                &ui,
                "gui-login-name",
                &form.login,
                form.field == Field::Login,
            );
            field(
                f,
                &ui,
                "gui-login-password",
                &masked,
                form.field == Field::Password,
            );
        });
        if let Some(reason) = &server.reconnecting {
            let reason = reason.message(settings.lang);
            ui.label(
                p,
                ui.text.get1("ui-exam-reconnecting", "reason", reason),
                15.0,
                WARN,
            );
        } else if server.waiting == Some(Asked::Login) {
            ui.label(p, ui.t("gui-login-waiting"), 15.0, MUTED);
        }
        if let Some(notice) = &server.notice {
            ui.label(p, notice.say(ui.text), 15.0, WARN);
        }
        ui.footer(p, "gui-keys-login");
    });
}

/// A labelled text field; the one with the keyboard has the accent and a caret.
fn field(p: &mut ChildSpawnerCommands, ui: &Ui, label: &str, value: &str, focused: bool) {
    ui.label(p, ui.t(label), 14.0, MUTED);
    p.spawn((
        Node {
            padding: UiRect::all(px(8)),
            border: UiRect::all(px(if focused { 2 } else { 1 })),
            border_radius: BorderRadius::all(px(6)),
            min_height: px(38),
            ..default()
        },
        BorderColor::all(if focused { ACCENT } else { RULE }),
        BackgroundColor(PANEL),
    ))
    .with_children(|f| {
        let caret = if focused { "|" } else { "" };
        ui.label(f, format!("{value}{caret}"), 17.0, INK);
    });
}
