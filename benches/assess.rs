//! The assessor's benchmark (run by hand; compiled by `cargo clippy --all-targets`): import and
//! certification of many attempts across many trainees, on SQLite and on PostgreSQL.
//!
//! ```text
//! cargo bench -p doverie-assess --bench assess -- [--attempts 100000] [--trainees 1000]
//!     [--runs 3] [--pg postgres://...] [--folder DIR] [--sqlite-only]
//! ```
//!
//! The transcripts are random finished calls of every shipped scenario (the shared generator,
//! [`doverie_authoring::sample::random_call`]), attempt `i` by trainee `i % trainees`, written
//! once into a folder (kept for later runs). Each run imports the whole folder into a fresh
//! database exactly as `doverie assess import --mode exam` does (every transcript verified by
//! replay), then certifies every trainee under every protocol version they have attempts in.
//! PostgreSQL is measured when `--pg` or `DOVERIE_TEST_PG` names a server (`bash .ci/pg start
//! DIR` starts a throwaway one). The figures printed are the medians of the runs.

/// The allocator the `doverie` program uses (see `src/main.rs`), so that the figures are the
/// program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use doverie_assess::db::Db;
use doverie_assess::import::{self, Contents, ImportOptions};
use doverie_assess::{Mode, block_on, par_map};
use doverie_authoring::sample::random_call;
use doverie_core::content;
use doverie_core::library::Library;

#[path = "../tests/common/pg.rs"]
mod pg;

struct Options {
    attempts: usize,
    trainees: usize,
    runs: usize,
    pg: Option<String>,
    sqlite: bool,
    certify: bool,
    folder: Option<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        attempts: 100_000,
        trainees: 1_000,
        runs: 3,
        pg: std::env::var("DOVERIE_TEST_PG")
            .ok()
            .filter(|s| !s.is_empty()),
        sqlite: true,
        certify: true,
        folder: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        let number = |s: String| s.parse::<usize>().map_err(|e| format!("{s}: {e}"));
        match arg.as_str() {
            // `cargo bench` passes `--bench` to every bench binary.
            "--bench" => {}
            "--attempts" => o.attempts = number(value(&arg)?)?,
            "--trainees" => o.trainees = number(value(&arg)?)?.max(1),
            "--runs" => o.runs = number(value(&arg)?)?.max(1),
            "--pg" => o.pg = Some(value(&arg)?),
            "--folder" => o.folder = Some(PathBuf::from(value(&arg)?)),
            "--sqlite-only" => o.pg = None,
            "--pg-only" => o.sqlite = false,
            "--import-only" => o.certify = false,
            "--help" | "-h" => {
                return Err(
                    "options: [--attempts N] [--trainees N] [--runs N] [--pg URL] \
                     [--folder DIR] [--sqlite-only] [--pg-only] [--import-only]"
                        .into(),
                );
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(o)
}

fn library() -> Library {
    Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Writes `attempts` transcripts (kept for later runs: a folder that holds them all is reused).
fn generate(dir: &Path, attempts: usize, trainees: usize) -> Vec<PathBuf> {
    let library = library();
    let loaded: Vec<_> = library
        .scenario_files()
        .iter()
        .filter_map(|p| p.file_stem())
        .filter_map(|id| content::load(&library, &id.to_string_lossy()).ok())
        .map(|(l, _)| l)
        .collect();
    assert!(!loaded.is_empty(), "no scenario loads");
    let name = |i: usize| dir.join(format!("{i:06}.json"));
    let files: Vec<PathBuf> = (0..attempts).map(name).collect();
    if files.iter().all(|p| p.exists()) {
        eprintln!("{attempts} transcripts already in {}", dir.display());
        return files;
    }
    std::fs::create_dir_all(dir).expect("the folder is created");
    let started = Instant::now();
    par_map((0..attempts).collect(), |i| {
        let l = &loaded[(i / trainees) % loaded.len()];
        let t = random_call(l, i as u64, &format!("t-{:04}", i % trainees));
        std::fs::write(name(i), t.to_json()).expect("a transcript is written");
    });
    let bytes: u64 = files
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    eprintln!(
        "wrote {attempts} transcripts of {} scenarios ({:.0} MB) in {:.1} s into {}",
        loaded.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        dir.display()
    );
    files
}

struct Run {
    import: Duration,
    verifying: Duration,
    storing: Duration,
    certify: Duration,
}

fn run(url: &str, files: &[PathBuf], trainees: usize, and_certify: bool) -> Run {
    let db = block_on(Db::open(url)).expect("the database opens");
    let mut contents = Contents::new(library());
    let options = ImportOptions {
        default_mode: Mode::Exam,
        progress: true,
        ..ImportOptions::default()
    };
    let started = Instant::now();
    let s = block_on(import::import(&db, &mut contents, files, &options)).expect("import runs");
    let import = started.elapsed();
    assert_eq!(
        (s.imported, s.refused),
        (files.len(), 0),
        "every generated call imports"
    );
    let started = Instant::now();
    let mut certified = 0;
    for t in (0..trainees).filter(|_| and_certify) {
        let all = block_on(doverie_assess::certify_all(
            &db,
            &mut contents,
            &format!("t-{t:04}"),
        ))
        .expect("certification runs");
        certified += all.iter().filter(|c| c.is_ok()).count();
    }
    let certify = started.elapsed();
    assert!(!and_certify || certified > 0, "some trainee gets a verdict");
    block_on(db.pool.close());
    Run {
        import,
        verifying: s.verifying,
        storing: s.storing,
        certify,
    }
}

/// A fresh database's URL for run `n`, with the PostgreSQL database to drop after it.
type FreshUrl = Box<dyn Fn(usize) -> (String, Option<pg::Scratch>)>;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64()
}

fn main() {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("assess bench: {e}");
            std::process::exit(2);
        }
    };
    let dir = o.folder.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!(
            "doverie-bench-assess-{}x{}",
            o.attempts, o.trainees
        ))
    });
    let files = generate(&dir, o.attempts, o.trainees);
    let scratch =
        std::env::temp_dir().join(format!("doverie-bench-assess-db-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("the scratch folder is created");
    let mut backends: Vec<(&str, FreshUrl)> = Vec::new();
    if o.sqlite {
        let scratch = scratch.clone();
        backends.push((
            "SQLite",
            Box::new(move |n| {
                let path = scratch.join(format!("run-{n}.sqlite"));
                for end in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{end}", path.display()));
                }
                (format!("sqlite:{}", path.display()), None)
            }),
        ));
    }
    if let Some(base) = o.pg.clone() {
        backends.push((
            "PostgreSQL",
            Box::new(move |n| {
                let db = pg::Scratch::create(&base, "doverie_bench", &n.to_string());
                (db.url.clone(), Some(db))
            }),
        ));
    }
    for (name, url) in backends {
        let runs: Vec<Run> = (0..o.runs)
            .map(|n| {
                let (url, _dropped_after_the_run) = url(n);
                let r = run(&url, &files, o.trainees, o.certify);
                eprintln!(
                    "{name} run {}: import {:.2} s (verifying {:.2} s, storing {:.2} s), certification {:.2} s",
                    n + 1,
                    r.import.as_secs_f64(),
                    r.verifying.as_secs_f64(),
                    r.storing.as_secs_f64(),
                    r.certify.as_secs_f64()
                );
                r
            })
            .collect();
        println!(
            "{name}: {} attempts, {} trainees, median of {} runs: import {:.2} s, certification of every trainee {:.2} s",
            o.attempts,
            o.trainees,
            runs.len(),
            median(runs.iter().map(|r| r.import).collect()),
            median(runs.iter().map(|r| r.certify).collect()),
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
