//! The assessor's records: every attempt of every trainee, verified by replay before it is
//! stored, in SQLite (a file, the default) or PostgreSQL (a network of centres); certification
//! that counts honestly; reports to read, print and send.
//!
//! - [`db`]: opening a database, one code path for both backends, versioned migrations;
//! - [`import`]: verified import of transcript files, content loaded once per scenario;
//! - [`attempts`]: reading stored attempts back; [`certify`]: certification over exam attempts;
//! - [`report`]: attempt, trainee and cohort reports as HTML, CSV and JSON; [`xapi`]: a
//!   training record per attempt; [`serve`]: the same reports as pages;
//! - [`accounts`]: who asks (roles); [`audit`]: the append-only log of every change;
//!   [`calibration`]: sets of reference calls, results, and whether an assessor has matched them;
//! - [`agreement`]: agreement between assessors (percent, kappa, AC1) and drift, as arithmetic;
//!   [`reviewed`]: signed reviews read back for it; [`double`]: the share of attempts reviewed
//!   twice and the draw; [`agreement_page`]: the agreement, double-review and calibration pages.
//! - [`review`]: an assessor's review of an attempt (verdicts, added deviations, sign-off, the
//!   reviewed score, queries, the blind rule of double review), and its pages.
//!
//! It links no Bevy and no audio device crate: it is a service over the core.

pub mod accounts;
mod admin;
pub mod agreement;
pub mod agreement_page;
pub mod attempts;
pub mod audit;
pub mod calibration;
pub mod certify;
pub mod db;
pub mod double;
pub mod exam;
pub mod exam_api;
mod exam_page;
pub mod import;
mod login;
pub mod report;
pub mod review;
mod review_page;
pub mod reviewed;
pub mod serve;
pub mod session;
pub mod users;
pub mod words;
pub mod xapi;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use doverie_core::transcript::Transcript;

/// Practice or exam: only exam attempts count for certification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    Practice,
    Exam,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Exam => "exam",
        }
    }

    pub fn parse(s: &str) -> Result<Mode, String> {
        match s {
            "practice" => Ok(Mode::Practice),
            "exam" => Ok(Mode::Exam),
            other => Err(format!("{other:?}: practice or exam")),
        }
    }
}

/// What makes a call the same call: the scenario and protocol content, the seed and every input
/// with its turn and time. The trainee id, the language and typed words are not part of it, so a
/// copy of someone else's call under another name is still the same call.
pub fn call_key(t: &Transcript) -> String {
    let mut h = Sha256::new();
    for part in [&t.scenario.hash, &t.protocol.hash] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.update(t.seed.to_le_bytes());
    for i in &t.inputs {
        h.update(i.turn.to_le_bytes());
        h.update(i.time.to_le_bytes());
        h.update(i.input.token().as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A plain id (a scenario, a rule): ASCII letters, digits, `-` and `_`, at most 64 characters.
pub fn plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Maps `f` over `items` on every core, keeping their order.
pub fn par_map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let per = items.len().div_ceil(threads);
    let mut parts: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter();
    loop {
        let part: Vec<T> = items.by_ref().take(per).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| s.spawn(move || part.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Runs a future of this crate to completion on a runtime of its own (the command line and the
/// tests are synchronous; the server has its own runtime).
///
/// One runtime per thread, kept for the thread's life: a database opened under it keeps its
/// connections on it.
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    thread_local! {
        static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime starts");
    }
    RUNTIME.with(|rt| rt.block_on(f))
}

/// Certification of a trainee under every protocol version they have attempts in, each the
/// verdict or why there is none.
pub async fn certify_all(
    db: &db::Db,
    contents: &mut import::Contents,
    trainee: &str,
) -> Result<Vec<Result<certify::Certification, String>>, db::DbError> {
    let mut out = Vec::new();
    for (protocol, version) in attempts::protocols_of(db, trainee).await? {
        out.push(
            match certify::certify(db, contents, trainee, &protocol, &version).await {
                Ok(c) => Ok(c),
                Err(db::DbError::Refused(reason)) => Err(reason),
                Err(e) => return Err(e),
            },
        );
    }
    Ok(out)
}

/// The names of levels, categories and rules in `lang`, from the first stored scenario whose
/// content is here.
pub fn names_for(
    contents: &mut import::Contents,
    scenarios: &[&str],
    lang: doverie_core::locale::Lang,
) -> words::Names {
    let text = scenarios
        .iter()
        .find_map(|s| contents.get(s).ok())
        .map(|l| l.text(lang));
    words::Names { text }
}

/// A report as text: `kind` is `cohort`, `trainee` (with the trainee id), `attempt` (with its
/// number) or `xapi` (a JSON array of statements, one per attempt the filter selects).
pub async fn render(
    db: &db::Db,
    contents: &mut import::Contents,
    kind: &str,
    id: Option<&str>,
    lang: doverie_core::locale::Lang,
    format: report::Format,
    mut filter: attempts::Filter,
) -> Result<String, db::DbError> {
    use report::Format;
    let refused = |s: String| db::DbError::Refused(s);
    let json = |v: &dyn erased::Json| v.json();
    match (kind, id) {
        ("cohort", None) => {
            let all = attempts::list(db, &filter).await?;
            let scenarios: Vec<&str> = all.iter().map(|a| a.scenario.as_str()).collect();
            let limits = scenarios
                .iter()
                .find_map(|s| contents.get(s).ok())
                .map(|l| {
                    let c = &l.protocol.certification;
                    (
                        c.max_partial_percent,
                        c.max_low_percent,
                        c.max_non_compliant_percent,
                    )
                });
            let names = names_for(contents, &scenarios, lang);
            let c = report::cohort(&filter, &all, limits);
            Ok(match format {
                Format::Html => report::cohort_html(&c, &names, lang),
                Format::Csv => report::cohort_csv(&c),
                Format::Json => json(&c),
            })
        }
        ("trainee", Some(trainee)) => {
            filter.trainee = Some(trainee.to_string());
            let all = attempts::list(db, &filter).await?;
            if all.is_empty() {
                return Err(refused(format!("no attempt by {trainee:?} matches")));
            }
            let certifications = certify_all(db, contents, trainee).await?;
            let scenarios: Vec<&str> = all.iter().map(|a| a.scenario.as_str()).collect();
            let names = names_for(contents, &scenarios, lang);
            let t = report::trainee(trainee, all, certifications);
            Ok(match format {
                Format::Html => report::trainee_html(&t, &names, lang),
                Format::Csv => report::trainee_csv(&t),
                Format::Json => json(&t),
            })
        }
        ("attempt", Some(id)) => {
            let n: i64 = id
                .parse()
                .map_err(|_| refused(format!("{id:?}: an attempt is a number")))?;
            let a = attempts::get(db, n)
                .await?
                .ok_or_else(|| refused(format!("there is no attempt {n}")))?;
            let recordings = attempts::recordings(db, n).await?;
            let names = names_for(contents, &[a.scenario.as_str()], lang);
            let r = report::attempt(a, recordings, contents, lang);
            Ok(match format {
                Format::Html => report::attempt_html(&r, &names, lang),
                Format::Csv => report::attempt_csv(&r),
                Format::Json => json(&r),
            })
        }
        ("xapi", None) => {
            if format != Format::Json {
                return Err(refused("xAPI statements are written as .json".into()));
            }
            let all = attempts::list(db, &filter).await?;
            let statements: Vec<xapi::Statement> = all.iter().map(xapi::statement).collect();
            Ok(json(&statements))
        }
        (k @ ("trainee" | "attempt"), None) => Err(refused(format!("report {k} needs an id"))),
        (k, _) => Err(refused(format!(
            "report {k:?}: use cohort, trainee ID, attempt ID or xapi"
        ))),
    }
}

mod erased {
    /// Pretty JSON of any serialisable value, through one function.
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string_pretty(self).unwrap_or_default()
        }
    }
}
