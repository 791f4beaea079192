//! `doverie assess`: the assessor's records (import, certification, reports, the server), over
//! `doverie-assess`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use doverie_assess::accounts::Role;
use doverie_assess::attempts::Filter;
use doverie_assess::db::{Db, DbError, default_url};
use doverie_assess::import::{self, Contents, ImportOptions, Outcome};
use doverie_assess::report::Format;
use doverie_assess::serve::{self, ServeOptions, Tls};
use doverie_assess::users::{self, Cost};
use doverie_assess::{Mode, block_on, words};
use doverie_core::library::Library;
use doverie_core::locale::Lang;

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The database: `sqlite:PATH` or `postgres://...` (default: assess.sqlite in the data folder).
    #[arg(long, global = true)]
    db: Option<String>,
    #[command(subcommand)]
    command: AssessCommand,
}

#[derive(Debug, Subcommand)]
enum AssessCommand {
    /// Verify transcripts by replay and store them with their scorecards.
    #[command(after_help = "Example:\n  doverie assess import calls/ --mode exam --centre north")]
    Import {
        /// Transcript files or folders (walked for *.json).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The mode of transcripts that do not record one: practice or exam.
        #[arg(long, default_value = "practice", value_parser = Mode::parse)]
        mode: Mode,
        /// The centre these calls belong to.
        #[arg(long, default_value = "")]
        centre: String,
    },
    /// Certify a trainee over their stored exam attempts, per protocol version.
    #[command(after_help = "Example:\n  doverie assess certify t-17 --json")]
    Certify {
        /// The trainee's id, as recorded in the transcripts.
        trainee: String,
        /// Print the verdict as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Serve the reports as pages behind a login (/, /trainee/ID, /attempt/N; ?lang=ru).
    #[command(
        after_help = "Examples:\n  doverie assess serve\n  doverie assess serve --listen 0.0.0.0:8443 --cert cert.pem --key key.pem\n\nCreate the first account with `doverie assess user add NAME --role administrator`."
    )]
    Serve {
        /// The address and port to listen on (this machine only by default).
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Serve HTTPS with this PEM certificate chain (with --key).
        #[arg(long, requires = "key")]
        cert: Option<PathBuf>,
        /// The PEM private key of --cert.
        #[arg(long, requires = "cert")]
        key: Option<PathBuf>,
    },
    /// Manage the server's accounts: add, list, disable, set a password.
    #[command(subcommand)]
    User(UserCommand),
    /// Exams taken through the server: issue one to a trainee, list them.
    #[command(subcommand)]
    Exam(ExamCommand),
    /// Write a report: `cohort`, `trainee ID` or `attempt ID`, or `xapi` (a statement per attempt).
    #[command(
        after_help = "Examples:\n  doverie assess report cohort --out cohort.html\n  doverie assess report trainee t-17 --out t-17.csv --lang en\n  doverie assess report xapi --out statements.json --from 2026-01-01"
    )]
    Report {
        /// What to report: the cohort, one trainee, one attempt, or xAPI statements.
        #[arg(value_parser = ["cohort", "trainee", "attempt", "xapi"])]
        kind: String,
        /// The trainee id or attempt number.
        id: Option<String>,
        /// Language of the report.
        #[arg(long, default_value = "en", value_parser = super::lang_values())]
        lang: Lang,
        /// FILE.html, FILE.csv or FILE.json.
        #[arg(long)]
        out: PathBuf,
        /// Only the calls of this centre.
        #[arg(long)]
        centre: Option<String>,
        /// Only the calls of this scenario (its id).
        #[arg(long)]
        scenario: Option<String>,
        /// Only the calls scored under this protocol version (e.g. 1.0.0).
        #[arg(long)]
        protocol_version: Option<String>,
        /// From this date (YYYY-MM-DD, UTC), inclusive.
        #[arg(long)]
        from: Option<String>,
        /// Up to this date (YYYY-MM-DD, UTC), exclusive.
        #[arg(long)]
        to: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum ExamCommand {
    /// Issue an exam: the trainee takes each scenario once, through the server
    /// (`doverie play --server URL`), inside the window.
    #[command(
        after_help = "Example:\n  doverie assess exam issue t-17 --scenarios night-pills,hidden-bruises --from 2026-12-07T09:00 --to 2026-12-07T17:00"
    )]
    Issue {
        /// The trainee id the exam attempts are stored under (an active trainee account's, so
        /// that the trainee can log in to take it).
        trainee: String,
        /// The scenarios, comma-separated; at least one a sentinel of their protocol.
        #[arg(long, required = true, value_delimiter = ',')]
        scenarios: Vec<String>,
        /// When the exam opens: YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC (default: now).
        #[arg(long)]
        from: Option<String>,
        /// When it closes: YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC.
        #[arg(long)]
        to: String,
    },
    /// List the exams issued (to one trainee, or all) with the state of each call.
    #[command(after_help = "Example:\n  doverie assess exam list t-17")]
    List {
        /// Only this trainee's exams.
        trainee: Option<String>,
    },
}

async fn exam(db: &Db, contents: &mut Contents, command: ExamCommand) -> Result<(), DbError> {
    use doverie_assess::exam;
    match command {
        ExamCommand::Issue {
            trainee,
            scenarios,
            from,
            to,
        } => {
            let opens_at = match from {
                Some(f) => exam::parse_time(&f).map_err(DbError::Refused)?,
                None => doverie_assess::audit::now(),
            };
            let closes_at = exam::parse_time(&to).map_err(DbError::Refused)?;
            let issue = exam::Issue {
                trainee,
                scenarios: scenarios
                    .into_iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                opens_at,
                closes_at,
            };
            let id = exam::issue(db, contents, None, &issue).await?;
            outln!(
                "issued exam {id} to {}: {} (from {} to {} UTC)",
                issue.trainee,
                issue.scenarios.join(", "),
                words::short_time(opens_at),
                words::short_time(closes_at)
            );
        }
        ExamCommand::List { trainee } => {
            for e in exam::list(db, trainee.as_deref()).await? {
                outln!(
                    "exam {} for {}: {} to {} UTC",
                    e.id,
                    e.trainee,
                    words::short_time(e.opens_at),
                    words::short_time(e.closes_at)
                );
                for s in &e.scenarios {
                    match e.calls.iter().find(|c| &c.scenario == s) {
                        None => outln!("  {s}: not started"),
                        Some(c) => outln!(
                            "  {s}: call {} {}{}{}{}",
                            c.id,
                            c.state.as_str(),
                            c.attempt
                                .map_or(String::new(), |a| format!(", attempt {a}")),
                            c.flag.as_ref().map_or(String::new(), |f| format!(": {f}")),
                            c.clock_flag
                                .as_ref()
                                .map_or(String::new(), |f| format!("; clock not trusted: {f}"))
                        ),
                    }
                }
            }
        }
    }
    Ok(())
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add an account (the password is read from --password-file or typed without echo).
    #[command(
        after_help = "Examples:\n  doverie assess user add head --role administrator\n  doverie assess user add anna --role trainee --trainee t-17 --password-file pw.txt"
    )]
    Add {
        /// What the account logs in with.
        login: String,
        /// administrator, assessor or trainee.
        #[arg(long, value_parser = Role::parse)]
        role: Role,
        /// For a trainee: the trainee id their attempts are stored under (default: the login).
        #[arg(long)]
        trainee: Option<String>,
        /// Read the password from the first line of this file instead of the terminal.
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
    /// List the accounts.
    #[command(
        after_help = "Example:\n  doverie assess user list --db postgres://centre@db/doverie"
    )]
    List,
    /// Disable an account: it can no longer log in and its sessions end.
    #[command(
        after_help = "Example:\n  doverie assess user disable anna --reason \"left the centre\""
    )]
    Disable {
        /// The login of the account to disable.
        login: String,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Set a new password for an account; its sessions end.
    #[command(after_help = "Example:\n  doverie assess user password anna --password-file new.txt")]
    Password {
        /// The login of the account whose password is set.
        login: String,
        /// Read the password from the first line of this file instead of the terminal.
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
}

fn fail(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("doverie: {e}");
    ExitCode::from(2)
}

pub(super) fn run(library: &Library, args: AssessArgs) -> ExitCode {
    let url = args.db.unwrap_or_else(default_url);
    block_on(async move {
        let db = match Db::open(&url).await {
            Ok(db) => db,
            Err(e) => return fail(e),
        };
        let mut contents = Contents::new(library.clone());
        let result = match args.command {
            AssessCommand::Import {
                paths,
                mode,
                centre,
            } => return import(&db, &mut contents, &paths, mode, centre).await,
            AssessCommand::User(command) => return user(&db, command).await,
            AssessCommand::Serve { listen, cert, key } => {
                let tls = match (cert, key) {
                    (Some(cert), Some(key)) => Some(Tls { cert, key }),
                    _ => None,
                };
                if tls.is_none() && !serve::is_loopback(&listen) {
                    eprintln!(
                        "doverie: warning: --listen {listen} is reachable from other machines over plain HTTP: passwords and pages cross the network unencrypted; give --cert and --key to serve HTTPS"
                    );
                }
                match doverie_assess::users::list(&db).await {
                    Ok(accounts) if accounts.is_empty() => eprintln!(
                        "doverie: there is no account yet; add one with `doverie assess user add NAME --role administrator`"
                    ),
                    _ => {}
                }
                let scheme = if tls.is_some() { "https" } else { "http" };
                let options = ServeOptions {
                    tls,
                    ..ServeOptions::default()
                };
                let served =
                    serve::serve_with(db, library.clone(), &listen, &options, |addr| {
                        eprintln!(
                            "doverie: serving the assessor's records at {scheme}://{addr}/ (Ctrl-C stops)"
                        )
                    })
                    .await;
                return match served {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => fail(format!("--listen {listen}: {e}")),
                };
            }
            AssessCommand::Exam(command) => exam(&db, &mut contents, command).await,
            AssessCommand::Certify { trainee, json } => {
                return certify(&db, &mut contents, &trainee, json).await;
            }
            AssessCommand::Report {
                kind,
                id,
                lang,
                out,
                centre,
                scenario,
                protocol_version,
                from,
                to,
            } => {
                let dates = (
                    from.as_deref().map(words::parse_date).transpose(),
                    to.as_deref().map(words::parse_date).transpose(),
                );
                let (from, to) = match dates {
                    (Ok(f), Ok(t)) => (f, t),
                    (Err(e), _) | (_, Err(e)) => return fail(e),
                };
                let filter = Filter {
                    centre,
                    scenario,
                    protocol_version,
                    from,
                    to,
                    ..Filter::default()
                };
                report(&db, &mut contents, &kind, id, lang, &out, filter).await
            }
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(e),
        }
    })
}

async fn import(
    db: &Db,
    contents: &mut Contents,
    paths: &[PathBuf],
    mode: Mode,
    centre: String,
) -> ExitCode {
    let started = std::time::Instant::now();
    let files = import::collect(paths);
    let options = ImportOptions {
        default_mode: mode,
        centre,
        progress: true,
    };
    let summary = match import::import(db, contents, &files, &options).await {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    for f in &summary.files {
        let path = f.path.display();
        match &f.outcome {
            Outcome::Imported {
                note: Some(note), ..
            } => eprintln!("note: {path}: {note}"),
            Outcome::Imported { .. } => {}
            Outcome::Duplicate { of, trainee } => {
                outln!(
                    "duplicate: {path}: the same call as attempt {of} (trainee {trainee}); not stored again"
                )
            }
            Outcome::Refused(reason) => outln!("refused: {path}: {reason}"),
        }
    }
    outln!(
        "imported {}, duplicates {}, refused {} ({} files in {:.2} s, {} scenario(s) loaded, into {})",
        summary.imported,
        summary.duplicates,
        summary.refused,
        files.len(),
        started.elapsed().as_secs_f64(),
        contents.loaded_count(),
        db.url
    );
    if summary.refused > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

async fn certify(db: &Db, contents: &mut Contents, trainee: &str, json: bool) -> ExitCode {
    let all = match doverie_assess::certify_all(db, contents, trainee).await {
        Ok(all) => all,
        Err(e) => return fail(e),
    };
    if all.is_empty() {
        return fail(format!("no attempt by {trainee} is stored in {}", db.url));
    }
    if json {
        outln!("{}", serde_json::to_string_pretty(&all).unwrap_or_default());
    }
    let mut certified = true;
    for c in &all {
        match c {
            Err(reason) => {
                certified = false;
                if !json {
                    outln!("no verdict: {reason}");
                }
            }
            Ok(c) => {
                let v = &c.verdict;
                certified &= v.certified;
                if json {
                    continue;
                }
                outln!(
                    "{trainee}, protocol {} {}: {}",
                    v.protocol,
                    v.protocol_version,
                    if v.certified {
                        "CERTIFIED"
                    } else {
                        "NOT CERTIFIED"
                    }
                );
                for t in &v.thresholds {
                    outln!(
                        "  {} {}: {} of {} (limit {})",
                        if t.held { "ok  " } else { "FAIL" },
                        t.check,
                        t.measured,
                        t.of,
                        t.limit
                    );
                }
                for f in &v.sentinel_failures {
                    outln!(
                        "  sentinel: {} ({}): {} at turn {}",
                        f.call,
                        f.scenario,
                        f.rule,
                        f.turn
                    );
                }
                let counted: Vec<String> = c
                    .counted
                    .iter()
                    .map(|k| {
                        // Which score counted: the machine's, or a signed review's and whose.
                        let scored = match k.scored_by.as_str() {
                            "machine" => String::new(),
                            basis => format!(
                                " ({basis} by {}: {} {}{})",
                                k.by.join(", "),
                                k.level.map_or("-", |l| l.id()),
                                k.total.map_or("-".into(), |t| format!("{t:.1}")),
                                if k.adjudicate { ", to adjudicate" } else { "" }
                            ),
                        };
                        format!("#{} {}{scored}", k.attempt, k.scenario)
                    })
                    .collect();
                outln!("  counted: {}", counted.join(", "));
                for s in &c.set_aside {
                    outln!(
                        "  set aside: #{} {}: {}{}",
                        s.attempt,
                        s.scenario,
                        s.reason,
                        s.counted
                            .map_or(String::new(), |k| format!(" (#{k} counted)"))
                    );
                }
            }
        }
    }
    if certified {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

async fn report(
    db: &Db,
    contents: &mut Contents,
    kind: &str,
    id: Option<String>,
    lang: Lang,
    out: &std::path::Path,
    filter: Filter,
) -> Result<(), DbError> {
    let format = Format::of(out).map_err(DbError::Refused)?;
    let text =
        doverie_assess::render(db, contents, kind, id.as_deref(), lang, format, filter).await?;
    std::fs::write(out, text).map_err(|e| DbError::Io(format!("{}: {e}", out.display())))?;
    outln!("wrote {}", out.display());
    Ok(())
}

/// The password of `--password-file` (its first line; the file may hold at most 4 KiB), or typed
/// at the terminal without echo.
fn read_password(file: Option<&std::path::Path>, prompt: &str) -> Result<String, String> {
    use std::io::Read;
    if let Some(path) = file {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(4097).read_to_end(&mut bytes))
            .map_err(|e| format!("--password-file {}: {e}", path.display()))?;
        if bytes.len() > 4096 {
            return Err(format!(
                "--password-file {}: longer than 4 KiB; it should hold the password on its first line",
                path.display()
            ));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("--password-file {}: not UTF-8 text", path.display()))?;
        let line = text.lines().next().unwrap_or("");
        return Ok(line.strip_suffix('\r').unwrap_or(line).to_string());
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return Err(
            "no terminal to type the password at: give it in a file with --password-file FILE"
                .into(),
        );
    }
    let first = read_hidden(prompt)?;
    let again = read_hidden("The same password again: ")?;
    if first != again {
        return Err("the two passwords differ; nothing was changed".into());
    }
    Ok(first)
}

/// A line typed at the terminal without echo (raw mode; Enter ends it, Backspace erases, Ctrl-C
/// or Ctrl-D gives up).
fn read_hidden(prompt: &str) -> Result<String, String> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    use std::io::Write;
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    enable_raw_mode().map_err(|e| format!("the terminal: {e}"))?;
    let mut line = String::new();
    let outcome = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Backspace => {
                    line.pop();
                }
                KeyCode::Char('c' | 'd') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err("cancelled; nothing was changed".to_string());
                }
                KeyCode::Char(c) => line.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(format!("the terminal: {e}")),
        }
    };
    let _ = disable_raw_mode();
    eprintln!();
    outcome.map(|()| line)
}

async fn user(db: &Db, command: UserCommand) -> ExitCode {
    let result = match command {
        UserCommand::Add {
            login,
            role,
            trainee,
            password_file,
        } => {
            if let Err(e) = users::check_login(&login) {
                return fail(e);
            }
            let password = match read_password(
                password_file.as_deref(),
                &format!("Password for {login}: "),
            ) {
                Ok(p) => p,
                Err(e) => return fail(e),
            };
            users::add(
                db,
                None,
                &login,
                role,
                trainee.as_deref(),
                &password,
                Cost::default(),
            )
            .await
            .map(|u| {
                outln!(
                    "added {} ({}{}) to {}",
                    u.login,
                    u.role.as_str(),
                    u.trainee
                        .as_deref()
                        .map_or(String::new(), |t| format!(", trainee {t}")),
                    db.url
                )
            })
        }
        UserCommand::List => users::list(db).await.map(|all| {
            if all.is_empty() {
                outln!(
                    "no accounts in {}; add one with `doverie assess user add NAME --role administrator`",
                    db.url
                );
            }
            for a in all {
                outln!(
                    "{}\t{}\t{}\t{}",
                    a.user.login,
                    a.user.role.as_str(),
                    a.user.trainee.as_deref().unwrap_or("-"),
                    if a.active { "active" } else { "disabled" }
                );
            }
        }),
        UserCommand::Disable { login, reason } => users::disable(db, None, &login, reason.as_deref())
            .await
            .map(|()| outln!("disabled {login}; its sessions have ended")),
        UserCommand::Password {
            login,
            password_file,
        } => {
            match users::find(db, &login).await {
                Ok(Some(_)) => {}
                Ok(None) => {
                    return fail(format!(
                        "there is no account {login:?} (see `doverie assess user list`)"
                    ));
                }
                Err(e) => return fail(e),
            }
            let password = match read_password(
                password_file.as_deref(),
                &format!("New password for {login}: "),
            ) {
                Ok(p) => p,
                Err(e) => return fail(e),
            };
            users::set_password(db, None, &login, &password, Cost::default())
                .await
                .map(|()| outln!("set a new password for {login}; its sessions have ended"))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}
