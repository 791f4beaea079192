//! The exam client: how the terminal (`doverie play --server`) and the desktop app
//! (`doverie gui --server`) take an exam call through the assessor's server, in the protocol of
//! docs/exam-protocol.md.
//!
//! - [`Client`]: the requests (login, the trainee's exams, a call's start, an input, a call's
//!   journal, leaving a call), over HTTP(S), with the login's token;
//! - [`Retry`]: a request retried with backoff while no answer comes (a dropped connection);
//! - [`call`]: a call opened from the server's start or journal on this machine's engine, and
//!   its [`call::CallLink`], which sends the call's inputs as they are given, checks the
//!   server's events against the engine's and, after a dropped connection, goes on from the
//!   server's journal;
//! - [`wire`]: the protocol's messages; [`ClientError`]: what went wrong, in both languages.
//!
//! Architecture invariant: no window, no terminal, no database. The requests block; a front end
//! that must not block (the app) runs them on a thread of its own.

pub mod call;
mod error;
pub mod wire;

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use error::ClientError;

/// The exam server, over HTTP(S), with the login's token once logged in.
pub struct Client {
    agent: ureq::Agent,
    base: String,
    token: Option<String>,
}

impl Client {
    /// A client of the server at `base` (`http://HOST:PORT` or `https://HOST`).
    pub fn new(base: &str) -> Result<Client, ClientError> {
        let base = base.trim().trim_end_matches('/');
        if !(base.starts_with("http://") || base.starts_with("https://")) || base.contains(' ') {
            return Err(ClientError::Address(base.to_string()));
        }
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build();
        Ok(Client {
            agent: ureq::Agent::new_with_config(config),
            base: base.to_string(),
            token: None,
        })
    }

    /// The server's address.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Whether a login went through.
    pub fn logged_in(&self) -> bool {
        self.token.is_some()
    }

    /// Logs in; later requests carry the token. Refused (`wrong-password`, `locked`) with the
    /// server's reason; an account that takes no exams is refused here.
    pub fn login(&mut self, login: &str, password: &str) -> Result<wire::LoggedIn, ClientError> {
        let body = wire::Login {
            v: wire::VERSION,
            login: login.to_string(),
            password: password.to_string(),
        };
        let logged_in: wire::LoggedIn = self.post("/api/v1/login", &body)?;
        if logged_in.trainee.is_none() {
            return Err(ClientError::NotATrainee);
        }
        self.token = Some(logged_in.token.clone());
        Ok(logged_in)
    }

    /// The trainee's exams and the server's clock.
    pub fn exams(&self) -> Result<wire::Exams, ClientError> {
        self.get("/api/v1/exams")
    }

    /// Starts the call of `scenario` in `exam`, recorded in `lang` (`en` or `ru`).
    pub fn start(
        &self,
        exam: i64,
        scenario: &str,
        lang: &str,
    ) -> Result<wire::Started, ClientError> {
        let body = wire::Start {
            v: wire::VERSION,
            scenario: scenario.to_string(),
            lang: lang.to_string(),
        };
        self.post(&format!("/api/v1/exams/{exam}/calls"), &body)
    }

    /// Sends input `seq` of `call`.
    pub fn input(
        &self,
        call: i64,
        seq: i64,
        token: &str,
        call_ms: i64,
    ) -> Result<wire::Applied, ClientError> {
        let body = wire::Input {
            v: wire::VERSION,
            seq,
            token: token.to_string(),
            call_ms,
        };
        self.post(&format!("/api/v1/calls/{call}/inputs"), &body)
    }

    /// The server's journal of `call`.
    pub fn journal(&self, call: i64) -> Result<wire::CallJournal, ClientError> {
        self.get(&format!("/api/v1/calls/{call}"))
    }

    /// Leaves `call` early: the server stores it as it stands.
    pub fn finish(&self, call: i64) -> Result<wire::Finished, ClientError> {
        self.post(
            &format!("/api/v1/calls/{call}/finish"),
            &wire::Finish { v: wire::VERSION },
        )
    }

    fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ClientError> {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        if let Some(t) = &self.token {
            request = request.header("Authorization", format!("Bearer {t}"));
        }
        self.answer(request.call())
    }

    fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, ClientError> {
        let body = serde_json::to_string(body).map_err(|e| self.protocol(e.to_string()))?;
        let mut request = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "application/json");
        if let Some(t) = &self.token {
            request = request.header("Authorization", format!("Bearer {t}"));
        }
        self.answer(request.send(body))
    }

    fn protocol(&self, detail: String) -> ClientError {
        ClientError::Protocol {
            server: self.base.clone(),
            detail,
            version: wire::VERSION,
        }
    }

    fn answer<T: DeserializeOwned>(
        &self,
        sent: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<T, ClientError> {
        let mut response = sent.map_err(|e| ClientError::Transport(e.to_string()))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .read_to_string()
            .map_err(|e| ClientError::Transport(e.to_string()))?;
        if status >= 400 {
            if let Ok(refused) = serde_json::from_str::<wire::Refused>(&text) {
                // The server's own failures (`server`, `content`) may pass: they are retried.
                if status >= 500 && refused.error == "server" {
                    return Err(ClientError::Transport(refused.message.en));
                }
                return Err(ClientError::Refused(refused));
            }
            if status >= 500 {
                return Err(ClientError::Transport(format!(
                    "the server answered {status}"
                )));
            }
            return Err(self.protocol(format!("it answered {status} without a reason")));
        }
        serde_json::from_str(&text).map_err(|e| self.protocol(e.to_string()))
    }
}

/// How a request is tried again while no answer comes: after `first`, then twice as long each
/// time up to `longest`, at most `tries` times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    /// How many times a request is tried again.
    pub tries: u32,
    /// The first pause.
    pub first: Duration,
    /// The longest pause.
    pub longest: Duration,
}

impl Default for Retry {
    /// About two minutes: a quarter of a second, then up to two seconds between tries.
    fn default() -> Retry {
        Retry {
            tries: 64,
            first: Duration::from_millis(250),
            longest: Duration::from_secs(2),
        }
    }
}

impl Retry {
    /// The pause before try `n` (1 for the first retry).
    pub fn pause(&self, n: u32) -> Duration {
        let factor = 1u32 << n.saturating_sub(1).min(16);
        self.first.saturating_mul(factor).min(self.longest)
    }

    /// Runs `attempt` until it is answered (or refused), calling `reconnecting` with the
    /// reason before each pause; the last failure once the tries are spent.
    pub fn run<T>(
        &self,
        reconnecting: &mut dyn FnMut(&ClientError),
        mut attempt: impl FnMut() -> Result<T, ClientError>,
    ) -> Result<T, ClientError> {
        let mut n = 0;
        loop {
            match attempt() {
                Err(e) if e.is_transport() && n < self.tries => {
                    n += 1;
                    reconnecting(&e);
                    std::thread::sleep(self.pause(n));
                }
                other => return other,
            }
        }
    }
}
