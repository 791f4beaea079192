//! Who is using the assessor's server: accounts and their roles.
//!
//! Every page handler learns who asks through [`User`], which the login layer puts into the
//! request once it has checked the session (see `serve`). A handler never trusts an id taken
//! from the URL or a form for anything but what to show, and checks it against the [`User`].

use serde::Serialize;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Manages accounts, the share of attempts reviewed twice, calibration sets and thresholds.
    Administrator,
    /// Reviews attempts, double-reviews, resolves queries on other assessors' reviews.
    Assessor,
    /// Sees only their own attempts and reviews, and may query a review.
    Trainee,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Assessor => "assessor",
            Role::Trainee => "trainee",
        }
    }

    pub fn parse(s: &str) -> Result<Role, String> {
        match s {
            "administrator" => Ok(Role::Administrator),
            "assessor" => Ok(Role::Assessor),
            "trainee" => Ok(Role::Trainee),
            other => Err(format!("{other:?}: administrator, assessor or trainee")),
        }
    }
}

/// The account behind a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// The account's row in `users`.
    pub id: i64,
    /// What they log in with.
    pub login: String,
    pub role: Role,
    /// For a trainee, the trainee id their attempts are stored under (`attempts.trainee`).
    pub trainee: Option<String>,
}

impl User {
    /// Whether this account may read attempts of `trainee`.
    pub fn may_see_trainee(&self, trainee: &str) -> bool {
        match self.role {
            Role::Administrator | Role::Assessor => true,
            Role::Trainee => self.trainee.as_deref() == Some(trainee),
        }
    }
}

/// The login session's token against cross-site request forgery. The login layer puts it into
/// every request beside the [`User`] and refuses any `POST` whose form does not carry it as the
/// field `csrf`; every form a page writes includes [`Csrf::field`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Csrf(pub String);

impl Csrf {
    /// The hidden form field that carries the token.
    pub fn field(&self) -> maud::Markup {
        maud::html! { input type="hidden" name="csrf" value=(self.0); }
    }
}
