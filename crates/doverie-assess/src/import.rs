//! `doverie assess import`: every transcript verified by replay before it is stored, with its
//! recordings and its machine scorecard; a call already stored is reported, never stored twice;
//! a file that does not verify is refused with its reason while the batch goes on.
//!
//! Content is loaded once per scenario for the whole batch and shared by reference between the
//! verifying threads (the scenario's and protocol's content hashes pin it: a transcript of other
//! content is refused by the replay).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use doverie_core::content::{self, Loaded};
use doverie_core::library::Library;
use doverie_core::score::Scorecard;
use doverie_core::score::certify::is_sentinel;
use doverie_core::transcript::{ENGINE_VERSION, Transcript};
use sqlx::Row;

use crate::db::{Backend, Db, DbError};
use crate::{Mode, call_key, par_map};

/// The largest transcript or recording read (the core's own transcript limit).
const MAX_FILE: u64 = 64 * 1024 * 1024;
/// Files verified and stored together (one transaction each); bounds memory on big folders.
const CHUNK: usize = 512;
/// Calls inserted by one statement.
const BATCH: usize = 64;

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The mode of transcripts that do not record one (today's transcripts do not): practice
    /// unless the assessor states that these calls were exams.
    pub default_mode: Mode,
    /// The centre the calls belong to ("" for none).
    pub centre: String,
    /// Draw a progress bar on standard error (only when it is a terminal).
    pub progress: bool,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            default_mode: Mode::Practice,
            centre: String::new(),
            progress: false,
        }
    }
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Imported {
        attempt: i64,
        /// A note for the assessor (another engine version, a recording missing).
        note: Option<String>,
    },
    /// The same call is already stored, as this attempt by this trainee.
    Duplicate {
        of: i64,
        trainee: String,
    },
    Refused(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FileOutcome {
    pub path: PathBuf,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub imported: usize,
    pub duplicates: usize,
    pub refused: usize,
    /// Every file, in the order imported.
    pub files: Vec<FileOutcome>,
    /// Time spent reading, parsing, replaying and scoring (on every core), and storing.
    pub verifying: std::time::Duration,
    pub storing: std::time::Duration,
}

/// The transcript files under `paths`: files as given, folders walked for `*.json` (symbolic
/// links to folders are not followed), each folder's files in name order.
pub fn collect(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            out.push(dir.to_path_buf());
            return;
        };
        let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            let Ok(meta) = std::fs::symlink_metadata(&p) else {
                continue;
            };
            if meta.is_dir() {
                if depth < 16 {
                    walk(&p, depth + 1, out);
                }
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, 0, &mut out);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Scenarios and protocols loaded once per scenario id for a whole batch.
pub struct Contents {
    library: Library,
    loaded: HashMap<String, Result<Arc<Loaded>, String>>,
}

impl Contents {
    pub fn new(library: Library) -> Contents {
        Contents {
            library,
            loaded: HashMap::new(),
        }
    }

    /// The scenario named `id`, loaded on first use. An id that is not a plain name is refused
    /// before it is used to find a file.
    pub fn get(&mut self, id: &str) -> Result<Arc<Loaded>, String> {
        if let Some(r) = self.loaded.get(id) {
            return r.clone();
        }
        let r = if !crate::plain_id(id) {
            Err(format!("the scenario id {id:?} is not a plain name"))
        } else {
            match content::load(&self.library, id) {
                Ok((loaded, _)) => Ok(Arc::new(loaded)),
                Err(d) => Err(format!(
                    "the scenario \"{id}\" does not load here: {}",
                    d.iter()
                        .find(|d| d.is_error())
                        .map_or_else(String::new, ToString::to_string)
                )),
            }
        };
        self.loaded.insert(id.to_string(), r.clone());
        r
    }

    /// The content a transcript was recorded on: the scenario with the hash it names, under the
    /// protocol version it names. Content changed since is looked for among the releases kept
    /// in `scenarios/archive/`, and an earlier protocol version beside the current one
    /// (`ID@VERSION`); where neither is kept, the current content (the replay then says what
    /// differs). Loaded once per scenario, hash and protocol version.
    pub fn for_transcript(&mut self, t: &Transcript) -> Result<Arc<Loaded>, String> {
        let id = &t.scenario.id;
        if !crate::plain_id(id) {
            return self.get(id);
        }
        let key = format!(
            "{id}#{}#{}@{}",
            t.scenario.hash, t.protocol.id, t.protocol.version
        );
        if let Some(r) = self.loaded.get(&key) {
            return r.clone();
        }
        let pinned = format!("{}@{}", t.protocol.id, t.protocol.version);
        let found = std::iter::once(self.library.clone())
            .chain(self.library.archives())
            .filter(|lib| {
                doverie_core::ron_file::RonFile::read(&lib.scenario_path(id))
                    .is_ok_and(|f| f.hash() == t.scenario.hash)
            })
            .find_map(|lib| {
                let reference = lib
                    .protocol_path(&pinned)
                    .is_file()
                    .then_some(pinned.as_str());
                content::load_under(&lib, id, reference).ok()
            });
        let r = match found {
            Some((loaded, _)) => Ok(Arc::new(loaded)),
            None => self.get(id),
        };
        self.loaded.insert(key, r.clone());
        r
    }

    /// The ids of the library's scenarios, sorted.
    pub fn scenario_ids(&self) -> Vec<String> {
        self.library
            .scenario_files()
            .iter()
            .filter_map(|p| p.file_stem()?.to_str().map(str::to_string))
            .collect()
    }

    /// How many scenarios were loaded (each once).
    pub fn loaded_count(&self) -> usize {
        self.loaded.values().filter(|r| r.is_ok()).count()
    }
}

/// A transcript read and parsed, not yet verified.
struct Read {
    text: String,
    transcript: Transcript,
    mode: Option<Mode>,
    modified: Option<i64>,
}

/// A transcript verified by replay, ready to store.
pub struct Verified {
    pub text: String,
    pub transcript: Transcript,
    pub mode: Mode,
    pub mode_from_transcript: bool,
    pub card: Option<Scorecard>,
    /// The scorecard as stored (serialised while verifying, on every core).
    pub card_json: Option<String>,
    pub sentinel: bool,
    pub key: String,
    pub note: Option<String>,
    pub recordings: Vec<(u32, String, u64, Option<Vec<u8>>)>,
    pub recorded_at: Option<i64>,
}

/// The mode a transcript records, if it records one (format 2 does: `"mode": {"exam": true, ...}`).
pub fn recorded_mode(t: &Transcript) -> Option<Mode> {
    t.mode
        .map(|m| if m.exam { Mode::Exam } else { Mode::Practice })
}

fn read_bounded(path: &Path) -> Result<(Vec<u8>, Option<i64>), String> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_FILE {
        return Err("larger than 64 MiB".into());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("cannot read: {e}"))?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64);
    Ok((bytes, modified))
}

fn read_one(path: &Path) -> Result<Read, String> {
    let (bytes, modified) = read_bounded(path)?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let transcript = Transcript::from_json(&text).map_err(|e| e.to_string())?;
    let mode = recorded_mode(&transcript);
    Ok(Read {
        text,
        transcript,
        mode,
        modified,
    })
}

/// Verifies a parsed transcript against its loaded content: the replay must reproduce it
/// exactly; a finished call is scored.
fn verify(
    path: &Path,
    read: Read,
    loaded: &Loaded,
    options: &ImportOptions,
) -> Result<Verified, String> {
    let t = read.transcript;
    let (call, events) = t
        .replay(&loaded.scenario, &loaded.protocol)
        .map_err(|e| e.to_string())?;
    let card = call.is_over().then(|| {
        doverie_core::score::score(
            &loaded.scenario,
            &loaded.protocol,
            &events,
            &call.state.vars,
        )
    });
    let mut notes = Vec::new();
    if t.engine != ENGINE_VERSION {
        notes.push(format!(
            "recorded by doverie {}, scored by doverie {ENGINE_VERSION}: the scoring may differ between versions for the same protocol",
            t.engine
        ));
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut recordings = Vec::new();
    for r in &t.recordings {
        let wav = match read_bounded(&dir.join(&r.file)) {
            Ok((bytes, _)) => Some(bytes),
            Err(e) => {
                notes.push(format!("recording {} (turn {}): {e}", r.file, r.turn));
                None
            }
        };
        recordings.push((r.turn, r.file.clone(), r.millis, wav));
    }
    Ok(Verified {
        key: call_key(&t),
        mode: read.mode.unwrap_or(options.default_mode),
        mode_from_transcript: read.mode.is_some(),
        sentinel: is_sentinel(&loaded.protocol, &loaded.scenario),
        card_json: card
            .as_ref()
            .map(|c| serde_json::to_string(c).unwrap_or_default()),
        card,
        note: (!notes.is_empty()).then(|| notes.join("; ")),
        recordings,
        recorded_at: read.modified,
        text: read.text,
        transcript: t,
    })
}

/// A chunk of files read, parsed and verified, each with its result, and how long that took.
type Checked = (
    Vec<(PathBuf, Result<Verified, String>)>,
    std::time::Duration,
);

/// Reads, parses and verifies a chunk of files on every core, one pass per file; content is
/// loaded on first use and shared.
fn check_chunk(chunk: &[PathBuf], contents: &Mutex<Contents>, options: &ImportOptions) -> Checked {
    let started = std::time::Instant::now();
    let checked = par_map(chunk.iter().collect(), |path: &PathBuf| {
        let verified = read_one(path).and_then(|read| {
            let loaded = contents
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .for_transcript(&read.transcript)?;
            verify(path, read, &loaded, options)
        });
        (path.clone(), verified)
    });
    (checked, started.elapsed())
}

/// Imports transcript files into the database.
///
/// Verifying and storing overlap: a thread reads and verifies the next chunks (on every core)
/// while this task stores the one before, each chunk in one transaction.
pub async fn import(
    db: &Db,
    contents: &mut Contents,
    files: &[PathBuf],
    options: &ImportOptions,
) -> Result<Summary, DbError> {
    let bar = if options.progress {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(files.len() as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} transcripts, {per_sec}, {eta} left",
        ) {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut summary = Summary::default();
    // The verifying thread takes the loaded content and gives it back at the end.
    let shared = Mutex::new(std::mem::replace(
        contents,
        Contents::new(contents.library.clone()),
    ));
    let (send, mut receive) = tokio::sync::mpsc::channel::<Checked>(2);
    let (owned, thread_options) = (files.to_vec(), options.clone());
    let verifier = std::thread::Builder::new()
        .name("doverie-verify".into())
        .spawn(move || {
            for chunk in owned.chunks(CHUNK) {
                if send
                    .blocking_send(check_chunk(chunk, &shared, &thread_options))
                    .is_err()
                {
                    break;
                }
            }
            shared
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        })
        .map_err(|e| DbError::Io(format!("cannot start a thread: {e}")))?;
    let mut stored = Ok(());
    while let Some((mut verified, took)) = receive.recv().await {
        summary.verifying += took;
        let started = std::time::Instant::now();
        let outcomes = match store_chunk(db, &mut verified, &options.centre, now).await {
            Ok(o) => o,
            Err(e) => {
                stored = Err(e);
                break;
            }
        };
        for ((path, _), outcome) in verified.into_iter().zip(outcomes) {
            match &outcome {
                Outcome::Imported { .. } => summary.imported += 1,
                Outcome::Duplicate { .. } => summary.duplicates += 1,
                Outcome::Refused(_) => summary.refused += 1,
            }
            summary.files.push(FileOutcome { path, outcome });
            bar.inc(1);
        }
        summary.storing += started.elapsed();
    }
    // A failed store stops the verifier at its next chunk.
    drop(receive);
    *contents = verifier
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    bar.finish_and_clear();
    stored?;
    // The attempts just stored take part in the double-review draw.
    let new: Vec<i64> = summary
        .files
        .iter()
        .filter_map(|f| match f.outcome {
            Outcome::Imported { attempt, .. } => Some(attempt),
            _ => None,
        })
        .collect();
    crate::double::draw(db, Some(&new), None).await?;
    Ok(summary)
}

/// Stores a verified chunk in one transaction: the outcome of each file, in order. The stored
/// texts are moved out of `verified`, not copied.
async fn store_chunk(
    db: &Db,
    verified: &mut [(PathBuf, Result<Verified, String>)],
    centre: &str,
    now: i64,
) -> Result<Vec<Outcome>, DbError> {
    let mut tx = db.pool.begin().await?;
    let mut outcomes: Vec<Option<Outcome>> = Vec::with_capacity(verified.len());
    let mut good = Vec::new();
    for (i, (_, v)) in verified.iter().enumerate() {
        match v {
            Err(reason) => outcomes.push(Some(Outcome::Refused(reason.clone()))),
            Ok(_) => {
                outcomes.push(None);
                good.push(i);
            }
        }
    }
    for batch in good.chunks(BATCH) {
        let stored = store(&mut tx, db.backend, batch, verified, centre, now).await?;
        for (i, outcome) in batch.iter().zip(stored) {
            outcomes[*i] = Some(outcome);
        }
    }
    tx.commit().await?;
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::Refused("not stored".into())))
        .collect())
}

pub(crate) const COLUMNS: [&str; 24] = [
    "call_key",
    "trainee",
    "scenario",
    "scenario_hash",
    "protocol",
    "protocol_version",
    "protocol_hash",
    "engine",
    "seed",
    "locale",
    "mode",
    "finished",
    "level",
    "total",
    "sentinel",
    "turns",
    "seconds",
    "imported_at",
    "recorded_at",
    "source",
    "transcript",
    "scorecard",
    "centre",
    "mode_source",
];

/// The `n`th (from 1) parameter of a statement. PostgreSQL numbers them (`$n`); SQLite is given
/// plain `?`, bound in order: it finds the value of a named `$n` by walking the statement's
/// list of names, which made binding a statement of a thousand values quadratic.
fn placeholder(backend: Backend, n: usize) -> String {
    match backend {
        Backend::Sqlite => "?".into(),
        Backend::Postgres => format!("${n}"),
    }
}

/// Stores a batch of verified calls with one multi-row insert; a call already stored (or twice
/// in the batch) is a duplicate of the attempt that holds it.
async fn store(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    batch: &[usize],
    files: &mut [(PathBuf, Result<Verified, String>)],
    centre: &str,
    now: i64,
) -> Result<Vec<Outcome>, DbError> {
    // The files of the batch (`batch` holds their places in `files`, in order).
    let mut batch: Vec<(&PathBuf, &mut Verified)> = files
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| batch.binary_search(i).is_ok())
        .filter_map(|(_, (path, v))| Some((&*path, v.as_mut().ok()?)))
        .collect();
    // The first of each call in the batch is inserted; a later copy is a duplicate of it.
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut insert = Vec::new();
    for (n, (_, v)) in batch.iter().enumerate() {
        if !first.contains_key(&v.key) {
            first.insert(v.key.clone(), n);
            insert.push(n);
        }
    }
    let rows: Vec<String> = (0..insert.len())
        .map(|r| {
            let cells: Vec<String> = (1..=COLUMNS.len())
                .map(|c| placeholder(backend, r * COLUMNS.len() + c))
                .collect();
            format!("({})", cells.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO attempts ({}) VALUES {} ON CONFLICT (call_key) DO NOTHING RETURNING id, call_key",
        COLUMNS.join(", "),
        rows.join(", ")
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for &n in &insert {
        let (path, v) = &mut batch[n];
        let (text, card_json) = (std::mem::take(&mut v.text), v.card_json.take());
        let t = &v.transcript;
        q = q
            .bind(v.key.clone())
            .bind(t.trainee.clone())
            .bind(t.scenario.id.clone())
            .bind(t.scenario.hash.clone())
            .bind(t.protocol.id.clone())
            .bind(t.protocol.version.clone())
            .bind(t.protocol.hash.clone())
            .bind(t.engine.clone())
            .bind(t.seed.to_string())
            .bind(t.locale.clone())
            .bind(v.mode.as_str())
            .bind(i64::from(v.card.is_some()))
            .bind(v.card.as_ref().map(|c| c.level.id().to_string()))
            .bind(v.card.as_ref().map(|c| c.total))
            .bind(i64::from(v.sentinel))
            .bind(i64::from(t.events.last().map_or(0, |e| e.turn)))
            .bind(i64::from(t.events.last().map_or(0, |e| e.time)))
            .bind(now)
            .bind(v.recorded_at)
            .bind(path.display().to_string())
            .bind(text)
            .bind(card_json)
            .bind(centre.to_string())
            .bind(if v.mode_from_transcript {
                "transcript"
            } else {
                "import"
            });
    }
    let mut ids: HashMap<String, i64> = HashMap::new();
    if !insert.is_empty() {
        for row in q.fetch_all(&mut **tx).await? {
            ids.insert(row.try_get(1)?, row.try_get(0)?);
        }
    }
    let mut out = Vec::with_capacity(batch.len());
    for (n, (_, v)) in batch.iter().enumerate() {
        let inserted_here = first.get(&v.key) == Some(&n);
        match ids.get(&v.key) {
            Some(&id) if inserted_here => {
                for (turn, file, millis, wav) in &v.recordings {
                    sqlx::query(
                        "INSERT INTO recordings (attempt_id, turn, file, millis, wav) VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id)
                    .bind(i64::from(*turn))
                    .bind(file.clone())
                    .bind(*millis as i64)
                    .bind(wav.clone())
                    .execute(&mut **tx)
                    .await?;
                }
                out.push(Outcome::Imported {
                    attempt: id,
                    note: v.note.clone(),
                });
            }
            _ => {
                let existing = sqlx::query("SELECT id, trainee FROM attempts WHERE call_key = $1")
                    .bind(v.key.clone())
                    .fetch_one(&mut **tx)
                    .await?;
                out.push(Outcome::Duplicate {
                    of: existing.try_get(0)?,
                    trainee: existing.try_get(1)?,
                });
            }
        }
    }
    Ok(out)
}

/// One attempt's values, as [`COLUMNS`] orders them (for a call stored one at a time: an exam
/// call recorded by the server).
pub(crate) struct AttemptRow<'a> {
    pub key: String,
    pub transcript: &'a Transcript,
    pub text: String,
    pub mode: Mode,
    /// `server`, `transcript` or `import`.
    pub mode_source: &'static str,
    pub card: Option<&'a Scorecard>,
    pub card_json: Option<String>,
    pub sentinel: bool,
    pub imported_at: i64,
    pub recorded_at: Option<i64>,
    pub source: String,
    pub centre: String,
}

/// Inserts one attempt in the caller's transaction and returns its id; a call already stored
/// (the same `call_key`) is refused.
pub(crate) async fn insert_attempt(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    a: AttemptRow<'_>,
) -> Result<i64, DbError> {
    let cells: Vec<String> = (1..=COLUMNS.len())
        .map(|c| placeholder(backend, c))
        .collect();
    let sql = format!(
        "INSERT INTO attempts ({}) VALUES ({}) ON CONFLICT (call_key) DO NOTHING RETURNING id",
        COLUMNS.join(", "),
        cells.join(", ")
    );
    let t = a.transcript;
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(a.key)
        .bind(t.trainee.clone())
        .bind(t.scenario.id.clone())
        .bind(t.scenario.hash.clone())
        .bind(t.protocol.id.clone())
        .bind(t.protocol.version.clone())
        .bind(t.protocol.hash.clone())
        .bind(t.engine.clone())
        .bind(t.seed.to_string())
        .bind(t.locale.clone())
        .bind(a.mode.as_str())
        .bind(i64::from(a.card.is_some()))
        .bind(a.card.map(|c| c.level.id().to_string()))
        .bind(a.card.map(|c| c.total))
        .bind(i64::from(a.sentinel))
        .bind(i64::from(t.events.last().map_or(0, |e| e.turn)))
        .bind(i64::from(t.events.last().map_or(0, |e| e.time)))
        .bind(a.imported_at)
        .bind(a.recorded_at)
        .bind(a.source)
        .bind(a.text)
        .bind(a.card_json)
        .bind(a.centre)
        .bind(a.mode_source)
        .fetch_optional(&mut **tx)
        .await?;
    match row {
        Some(r) => Ok(r.try_get(0)?),
        None => Err(DbError::Refused(format!(
            "this call of {} (seed {}) is stored already",
            t.scenario.id, t.seed
        ))),
    }
}
