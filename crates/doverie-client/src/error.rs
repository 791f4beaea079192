//! What went wrong talking to the exam server, in the trainee's language.

use doverie_core::locale::Lang;

use crate::wire;

/// Why a request to the exam server, or the call it records, could not go on. `Display` is the
/// English text; [`ClientError::message`] says it in the trainee's language. Each says what is
/// wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    /// The address is not an `http://` or `https://` URL.
    #[error(
        "\"{0}\" is not the exam server's address: give it as http://HOST:PORT or https://HOST"
    )]
    Address(String),
    /// No answer: a dropped connection, a server that is down or overloaded. Retried.
    #[error(
        "no answer from the exam server ({0}); check the network, or ask the assessor whether the server runs"
    )]
    Transport(String),
    /// The server refused, with its reason.
    #[error("{}", .0.message.en)]
    Refused(wire::Refused),
    /// An answer that is not the exam protocol's.
    #[error(
        "the server's answer is not the exam protocol's (version {version}): {detail}; is {server} a doverie server of this version? update doverie to the server's release"
    )]
    Protocol {
        /// The server's address.
        server: String,
        /// What was wrong with the answer.
        detail: String,
        /// The version this client speaks.
        version: u32,
    },
    /// The scenario is not in this machine's content folder, or does not load.
    #[error(
        "scenario \"{0}\" of the exam is not in this content folder or does not load: update the content folder to the server's release, then run `doverie check`"
    )]
    NoScenario(String),
    /// The scenario or its protocol here is not the server's.
    #[error(
        "scenario \"{0}\" or its protocol here differs from the server's: update the content folder to the server's release before taking the exam"
    )]
    Content(String),
    /// The server's call opens with other events than this client's engine.
    #[error(
        "the server's call of {0} opens differently from this one: update doverie to the server's version"
    )]
    OpensOtherwise(String),
    /// The server's journal of a call does not replay here.
    #[error(
        "the server's record of call {call} does not replay here (input {seq}: {reason}): update doverie to the server's version"
    )]
    Replay {
        /// The call.
        call: i64,
        /// The input that failed.
        seq: i64,
        /// Why the engine refused it.
        reason: String,
    },
    /// The server holds inputs this call does not have.
    #[error("the server's record of call {0} is not this call's: ask the assessor")]
    NotThisCall(i64),
    /// The server's engine answered an input with other events than this client's.
    #[error(
        "the server's call went otherwise than this one (it answered {theirs} event(s) where this call has {mine}): the call is left to the assessor"
    )]
    WentOtherwise {
        /// The server's events.
        theirs: usize,
        /// This client's.
        mine: usize,
    },
    /// The call was flagged on the server.
    #[error("call {call} was flagged by the server: {reason}; the assessor will look at it")]
    Flagged {
        /// The call.
        call: i64,
        /// The server's reason (English, as the server keeps it).
        reason: String,
    },
    /// The call is over but the server did not say it stored it.
    #[error("call {0} is over but the server did not say it stored it: ask the assessor")]
    NotStored(i64),
    /// Logged in with an account that takes no exams.
    #[error(
        "this account is not a trainee's: log in with the account the assessor gave you for exams"
    )]
    NotATrainee,
}

impl ClientError {
    /// Whether the request may go through if tried again (no answer was heard).
    pub fn is_transport(&self) -> bool {
        matches!(self, ClientError::Transport(_))
    }

    /// The protocol's code of a refusal (`wrong-password`, `closed`, `engine-refused`...).
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Refused(r) => Some(&r.error),
            _ => None,
        }
    }

    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        if lang != Lang::Ru {
            return self.to_string();
        }
        match self {
            ClientError::Address(a) => format!(
                "«{a}» — не адрес экзаменационного сервера: укажите его как http://ХОСТ:ПОРТ или https://ХОСТ"
            ),
            ClientError::Transport(e) => format!(
                "экзаменационный сервер не отвечает ({e}); проверьте сеть или спросите экзаменатора, работает ли сервер"
            ),
            ClientError::Refused(r) => r.message.ru.clone(),
            ClientError::Protocol {
                server,
                detail,
                version,
            } => format!(
                "ответ сервера не по экзаменационному протоколу (версия {version}): {detail}; сервер ли doverie этой версии по адресу {server}? обновите doverie до версии сервера"
            ),
            ClientError::NoScenario(s) => format!(
                "сценария «{s}» из экзамена нет в этой папке содержания или он не загружается: обновите папку до выпуска сервера и запустите `doverie check`"
            ),
            ClientError::Content(s) => format!(
                "сценарий «{s}» или его протокол здесь не такие, как на сервере: обновите папку содержания до выпуска сервера, прежде чем сдавать экзамен"
            ),
            ClientError::OpensOtherwise(s) => format!(
                "звонок «{s}» на сервере начинается иначе, чем здесь: обновите doverie до версии сервера"
            ),
            ClientError::Replay { call, seq, reason } => format!(
                "запись звонка {call} на сервере здесь не воспроизводится (ввод {seq}: {reason}): обновите doverie до версии сервера"
            ),
            ClientError::NotThisCall(call) => format!(
                "запись звонка {call} на сервере — не запись этого звонка: обратитесь к экзаменатору"
            ),
            ClientError::WentOtherwise { theirs, mine } => format!(
                "звонок на сервере пошёл иначе, чем здесь (событий у сервера: {theirs}, здесь: {mine}): звонок передан экзаменатору"
            ),
            ClientError::Flagged { call, reason } => format!(
                "сервер отметил звонок {call}: {reason}; экзаменатор его рассмотрит"
            ),
            ClientError::NotStored(call) => format!(
                "звонок {call} окончен, но сервер не сообщил, что сохранил его: обратитесь к экзаменатору"
            ),
            ClientError::NotATrainee => "эта учётная запись не стажёра: войдите под учётной записью, выданной экзаменатором для экзаменов".into(),
        }
    }
}
