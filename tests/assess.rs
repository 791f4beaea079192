//! The assessor's records (`doverie-assess`): migrations, refusals, import of a mixed folder,
//! certification that counts honestly, report figures against hand-computed ones, escaping.
//!
//! Every test runs against SQLite (a temporary file) and, when `DOVERIE_TEST_PG` holds a
//! PostgreSQL URL, against a fresh PostgreSQL database too (`.ci/run` starts a throwaway cluster).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use doverie_assess::attempts::{self, Attempt, Filter};
use doverie_assess::db::{Db, DbError, MIGRATIONS, SCHEMA_VERSION};
use doverie_assess::import::{self, Contents, ImportOptions, Outcome};
use doverie_assess::report::{self, Format};
use doverie_assess::{Mode, block_on, certify};
use doverie_authoring::sample::random_call;
use doverie_core::content::{self, Loaded};
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::score::{Level, Scorecard};
use doverie_core::session::Session;
use doverie_core::transcript::Transcript;

#[path = "common/pg.rs"]
mod pg;

#[path = "assess/accounts.rs"]
mod accounts;
#[path = "assess/exam.rs"]
mod exam;
#[path = "assess/review.rs"]
mod review;

fn library() -> Library {
    Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn load(id: &str) -> Loaded {
    content::load(&library(), id).unwrap().0
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doverie-assess-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A call played by script (`said` typed before the first answer).
fn play(l: &Loaded, seed: u64, trainee: &str, script: &str, said: Option<&str>) -> Transcript {
    let (mut s, _) = Session::start(
        Arc::new(l.scenario.clone()),
        Arc::new(l.protocol.clone()),
        seed,
        Lang::En,
        trainee,
    );
    for (n, token) in script.split(',').filter(|t| !t.is_empty()).enumerate() {
        let input = Input::parse_token(token).unwrap();
        let typed = if n == 0 {
            said.map(str::to_string)
        } else {
            None
        };
        s.apply(input, typed).unwrap();
    }
    s.transcript
}

/// The same script played by `trainee` at another seed where it plays to the same level and
/// the same critical rules: another call, as good or as bad (`nth` picks which such seed).
fn another_call(id: &str, seed: u64, script: &str, trainee: &str, nth: usize) -> Transcript {
    let l = load(id);
    let card = |t: &Transcript| {
        doverie_core::verify::assess_loaded(l.clone(), t.clone(), "x").map(|a| {
            (
                a.card.level,
                a.card
                    .critical
                    .iter()
                    .map(|c| c.rule.clone())
                    .collect::<Vec<_>>(),
            )
        })
    };
    let want = card(&play(&l, seed, trainee, script, None)).unwrap();
    (1..10_000u64)
        .map(|k| seed.wrapping_add(k))
        .filter_map(|s| {
            std::panic::catch_unwind(|| play(&l, s, trainee, script, None))
                .ok()
                .filter(|t| card(t).ok().as_ref() == Some(&want))
        })
        .nth(nth)
        .unwrap_or_else(|| panic!("{id}: no other seed plays {script}"))
}

fn write(dir: &Path, name: &str, t: &Transcript) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, t.to_json()).unwrap();
    path
}

/// The databases to run against: a SQLite file always, a fresh PostgreSQL database when
/// `DOVERIE_TEST_PG` is set (dropped once the loop over them ends).
fn databases(name: &str) -> Databases {
    let dir = temp(&format!("db-{name}"));
    let sqlite = format!("sqlite:{}", dir.join("assess.sqlite").display());
    let pg = pg::server(name).map(|server| pg::Scratch::create(&server, "t", name));
    let mut urls = vec![sqlite];
    urls.extend(pg.as_ref().map(|scratch| scratch.url.clone()));
    Databases {
        urls: urls.into_iter(),
        _pg: pg,
    }
}

/// The URLs of [`databases`], holding the PostgreSQL database until the iteration is dropped.
struct Databases {
    urls: std::vec::IntoIter<String>,
    _pg: Option<pg::Scratch>,
}

impl Iterator for Databases {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.urls.next()
    }
}

fn open(url: &str) -> Db {
    block_on(Db::open(url)).unwrap()
}

/// One database a test runs against: opened and migrated, with a fresh folder for its files.
struct Case {
    url: String,
    db: Db,
    dir: PathBuf,
}

/// Runs `test` against every database of [`databases`], each with a folder of its own.
fn each_database(name: &str, mut test: impl FnMut(&Case)) {
    for (n, url) in databases(name).enumerate() {
        let case = Case {
            db: open(&url),
            dir: temp(&format!("{name}-{n}")),
            url,
        };
        test(&case);
        block_on(case.db.pool.close());
    }
}

/// A report as text, over every attempt.
fn render(
    db: &Db,
    contents: &mut Contents,
    kind: &str,
    id: Option<&str>,
    lang: Lang,
    format: Format,
) -> String {
    block_on(doverie_assess::render(
        db,
        contents,
        kind,
        id,
        lang,
        format,
        Filter::default(),
    ))
    .unwrap_or_else(|e| panic!("report {kind} {id:?}: {e}"))
}

/// The attempt a file imported as (the test fails if it was not imported).
fn attempt_of(outcome: &Outcome) -> i64 {
    match outcome {
        Outcome::Imported { attempt, .. } => *attempt,
        o => panic!("not imported: {o:?}"),
    }
}

fn import_files(db: &Db, files: &[PathBuf], mode: Mode) -> import::Summary {
    let mut contents = Contents::new(library());
    let options = ImportOptions {
        default_mode: mode,
        ..ImportOptions::default()
    };
    block_on(import::import(db, &mut contents, files, &options)).unwrap()
}

// ---------------------------------------------------------------- storage

/// The first schema as it shipped (tests/fixtures/assess/schema-v1.sql, with one attempt) is
/// upgraded to the current one, and the attempt reads back with the new columns' defaults.
#[test]
fn a_database_of_the_first_schema_is_migrated() {
    let fixture = include_str!("fixtures/assess/schema-v1.sql");
    for url in databases("migrate") {
        // An empty database, filled by the fixture with plain SQL.
        let bare = block_on(Db::open_at(&url, 0)).unwrap();
        assert_eq!(block_on(bare.version()).unwrap(), None);
        block_on(async {
            for statement in bare.dialect(fixture).split(';') {
                if !statement.trim().is_empty() {
                    sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
                        .execute(&bare.pool)
                        .await
                        .unwrap();
                }
            }
        });
        assert_eq!(block_on(bare.version()).unwrap(), Some(1));
        block_on(bare.pool.close());
        let db = open(&url);
        assert_eq!(block_on(db.version()).unwrap(), Some(SCHEMA_VERSION));
        let a = block_on(attempts::get(&db, 1)).unwrap().unwrap();
        assert_eq!(a.trainee, "t-1");
        assert_eq!(a.centre, "");
        assert_eq!(a.mode_source, "import");
        assert_eq!(a.level, Some(Level::Compliant));
        assert_eq!(a.total, Some(87.5));
        assert_eq!(a.mode, Mode::Exam);
        // Opening again changes nothing.
        block_on(db.pool.close());
        let db = open(&url);
        assert_eq!(block_on(db.version()).unwrap(), Some(SCHEMA_VERSION));
        assert_eq!(MIGRATIONS.last().unwrap().0, SCHEMA_VERSION);
    }
}

/// A newer schema, a damaged file, a foreign SQLite database and a broken version table are
/// refused, and the file is left byte for byte as it was.
#[test]
fn newer_corrupt_and_foreign_databases_are_refused_untouched() {
    for url in databases("refuse") {
        let db = open(&url);
        block_on(sqlx::query("UPDATE doverie_schema SET version = 99").execute(&db.pool)).unwrap();
        block_on(db.pool.close());
        let before = sqlite_bytes(&url);
        let e = block_on(Db::open(&url)).unwrap_err();
        assert!(
            matches!(&e, DbError::Refused(m) if m.contains("newer") && m.contains("nothing was changed")),
            "{e}"
        );
        assert_eq!(sqlite_bytes(&url), before);
        // A version table that does not hold one version.
        let other = format!("{url}-two");
        let other = if other.starts_with("sqlite:") {
            other
        } else {
            continue;
        };
        let db = open(&other);
        block_on(sqlx::query("INSERT INTO doverie_schema (version) VALUES (1)").execute(&db.pool))
            .unwrap();
        block_on(db.pool.close());
        let before = sqlite_bytes(&other);
        let e = block_on(Db::open(&other)).unwrap_err();
        assert!(e.to_string().contains("holds 2 versions"), "{e}");
        assert_eq!(sqlite_bytes(&other), before);
    }
    let dir = temp("refuse-files");
    // Not a database at all.
    let garbage = dir.join("garbage.sqlite");
    std::fs::write(
        &garbage,
        b"this is not a database, just text that an editor saved",
    )
    .unwrap();
    let e = block_on(Db::open(&format!("sqlite:{}", garbage.display()))).unwrap_err();
    assert!(e.to_string().contains("not a SQLite database"), "{e}");
    assert_eq!(
        std::fs::read(&garbage).unwrap(),
        b"this is not a database, just text that an editor saved"
    );
    // A SQLite header with damaged pages after it.
    let damaged = dir.join("damaged.sqlite");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 4096));
    std::fs::write(&damaged, &bytes).unwrap();
    assert!(block_on(Db::open(&format!("sqlite:{}", damaged.display()))).is_err());
    assert_eq!(std::fs::read(&damaged).unwrap(), bytes);
    // Another program's SQLite database.
    let foreign = dir.join("foreign.sqlite");
    let url = format!("sqlite:{}", foreign.display());
    let db = block_on(Db::open_at(&url, 0)).unwrap();
    block_on(sqlx::query("CREATE TABLE invoices (n BIGINT)").execute(&db.pool)).unwrap();
    block_on(db.pool.close());
    let before = std::fs::read(&foreign).unwrap();
    let e = block_on(Db::open(&url)).unwrap_err();
    assert!(e.to_string().contains("not a doverie database"), "{e}");
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
}

fn sqlite_bytes(url: &str) -> Option<Vec<u8>> {
    url.strip_prefix("sqlite:")
        .map(|p| std::fs::read(p).unwrap())
}

// ---------------------------------------------------------------- import

/// A folder mixing good calls, a duplicate (the same call copied under another trainee's name),
/// tampered transcripts, another format, another engine version, an unfinished call and a
/// file that is not JSON: each gets its outcome, the batch goes on, nothing is stored twice.
#[test]
fn a_mixed_folder_imports_with_an_outcome_per_file() {
    let l = load("hidden-bruises");
    each_database("mixed", |Case { db, dir, .. }| {
        let a = random_call(&l, 1, "t-1");
        let b = random_call(&l, 2, "t-1");
        write(dir, "01-good.json", &a);
        write(dir, "02-good.json", &b);
        let mut copy = a.clone();
        copy.trainee = "t-2".into();
        write(dir, "03-copy.json", &copy);
        let mut scored = serde_json::to_value(&b).unwrap();
        scored["score"] = serde_json::json!(100);
        std::fs::write(dir.join("04-score-added.json"), scored.to_string()).unwrap();
        let mut edited = random_call(&l, 3, "t-1");
        let last = edited.inputs.len() - 1;
        edited.inputs[last].time += 7;
        write(dir, "05-input-edited.json", &edited);
        let mut format = random_call(&l, 4, "t-1");
        format.format = 9;
        write(dir, "06-format.json", &format);
        let mut old = random_call(&l, 5, "t-1");
        old.engine = "0.1.0".into();
        write(dir, "07-old-engine.json", &old);
        let unfinished = play(&l, 6, "t-1", "", None);
        write(dir, "08-unfinished.json", &unfinished);
        std::fs::write(dir.join("09-not-json.json"), "{ not json").unwrap();
        let mut foreign = random_call(&l, 8, "t-1");
        foreign.scenario.id = "../../etc/passwd".into();
        write(dir, "10-path.json", &foreign);
        std::fs::write(dir.join("notes.txt"), "not a transcript").unwrap();

        let files = import::collect(std::slice::from_ref(dir));
        assert_eq!(files.len(), 10, "only *.json files");
        let s = import_files(db, &files, Mode::Practice);
        let outcome = |name: &str| {
            &s.files
                .iter()
                .find(|f| f.path.ends_with(name))
                .unwrap()
                .outcome
        };
        assert!(matches!(
            outcome("01-good.json"),
            Outcome::Imported { note: None, .. }
        ));
        assert!(matches!(outcome("02-good.json"), Outcome::Imported { .. }));
        let Outcome::Imported { attempt: first, .. } = outcome("01-good.json") else {
            unreachable!()
        };
        assert_eq!(
            outcome("03-copy.json"),
            &Outcome::Duplicate {
                of: *first,
                trainee: "t-1".into()
            }
        );
        let refused = |name: &str, needle: &str| match outcome(name) {
            Outcome::Refused(r) => assert!(r.contains(needle), "{name}: {r}"),
            o => panic!("{name}: {o:?}"),
        };
        refused("04-score-added.json", "unknown field `score`");
        refused("05-input-edited.json", "does not replay");
        refused("06-format.json", "format 9");
        refused("09-not-json.json", "not a doverie transcript");
        refused("10-path.json", "is not an id");
        match outcome("07-old-engine.json") {
            Outcome::Imported { note: Some(n), .. } => assert!(n.contains("0.1.0"), "{n}"),
            o => panic!("{o:?}"),
        }
        assert!(matches!(
            outcome("08-unfinished.json"),
            Outcome::Imported { .. }
        ));
        assert_eq!((s.imported, s.duplicates, s.refused), (4, 1, 5));

        // Importing the same folder again stores nothing new.
        let again = import_files(db, &files, Mode::Practice);
        assert_eq!((again.imported, again.duplicates, again.refused), (0, 5, 5));
        let all = block_on(attempts::list(db, &Filter::default())).unwrap();
        assert_eq!(all.len(), 4);
        let unfinished = all.iter().find(|a| !a.finished).unwrap();
        assert_eq!((unfinished.level, unfinished.total), (None, None));
        assert!(
            all.iter()
                .all(|a| a.mode == Mode::Practice && a.mode_source == "import")
        );
        // The stored scorecard is the replay's.
        let stored = block_on(attempts::get(db, *first)).unwrap().unwrap();
        let card: &Scorecard = stored.card.as_ref().unwrap();
        let again = doverie_core::verify::assess_loaded(l.clone(), a.clone(), "a").unwrap();
        assert_eq!(card, &again.card);
        assert_eq!(stored.transcript.as_ref(), Some(&a));
    });
}

/// More files than one stored transaction holds (the import verifies the next chunk while it
/// stores one): every file keeps its place in the outcomes, a copy in a later chunk is found as
/// a duplicate of the first, a tampered file in between is refused, and SQLite keeps its
/// write-ahead log.
#[test]
fn a_folder_of_several_chunks_keeps_its_order_and_finds_copies_across_chunks() {
    let l = load("hidden-bruises");
    each_database("chunks", |Case { db, dir, url }| {
        let n = 1_100;
        let mut files = Vec::new();
        for seed in 0..n as u64 {
            let mut t = random_call(&l, seed, &format!("t-{}", seed % 7));
            if seed == 600 {
                let last = t.inputs.len() - 1;
                t.inputs[last].time += 7;
            }
            if seed == n as u64 - 1 {
                t = random_call(&l, 0, "t-copy");
            }
            files.push(write(dir, &format!("{seed:05}.json"), &t));
        }
        let s = import_files(db, &files, Mode::Exam);
        assert_eq!((s.imported, s.duplicates, s.refused), (n - 2, 1, 1));
        let paths: Vec<&PathBuf> = s.files.iter().map(|f| &f.path).collect();
        assert_eq!(paths, files.iter().collect::<Vec<_>>());
        assert!(
            matches!(&s.files[600].outcome, Outcome::Refused(r) if r.contains("does not replay"))
        );
        assert_eq!(
            s.files[n - 1].outcome,
            Outcome::Duplicate {
                of: attempt_of(&s.files[0].outcome),
                trainee: "t-0".into()
            }
        );
        let ids: Vec<i64> = s
            .files
            .iter()
            .filter_map(|f| match f.outcome {
                Outcome::Imported { attempt, .. } => Some(attempt),
                _ => None,
            })
            .collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "attempts numbered in file order"
        );
        if url.starts_with("sqlite:") {
            let mode: String = block_on(
                sqlx::query_scalar::<sqlx::Any, String>("PRAGMA journal_mode").fetch_one(&db.pool),
            )
            .unwrap();
            assert_eq!(mode, "wal");
        }
    });
}

/// A mode recorded in the transcript (format 2) wins over the one stated at import; a
/// transcript of format 1 records none.
#[test]
fn a_recorded_mode_is_read() {
    use doverie_assess::import::recorded_mode;
    use doverie_core::transcript::Mode as Recorded;
    let l = load("hidden-bruises");
    let mut t = random_call(&l, 1, "t-1");
    assert_eq!(recorded_mode(&t), None);
    t.mode = Some(Recorded {
        exam: true,
        ..Recorded::default()
    });
    assert_eq!(recorded_mode(&t), Some(Mode::Exam));
    t.mode = Some(Recorded {
        hints: true,
        ..Recorded::default()
    });
    assert_eq!(recorded_mode(&t), Some(Mode::Practice));
    // Through a file: the recorded exam wins over --mode practice.
    each_database("mode", |Case { db, dir, .. }| {
        let mut exam = random_call(&l, 2, "t-1");
        let exam_mode = Recorded {
            exam: true,
            ..Recorded::default()
        };
        exam.bind(1_700_000_000, exam_mode, l.text_stamps(Lang::En));
        let s = import_files(db, &[write(dir, "exam.json", &exam)], Mode::Practice);
        let a = block_on(attempts::get(db, attempt_of(&s.files[0].outcome)))
            .unwrap()
            .unwrap();
        assert_eq!((a.mode, a.mode_source.as_str()), (Mode::Exam, "transcript"));
    });
}

// ---------------------------------------------------------------- certification

struct Calls {
    good: Vec<(String, u64, String)>,
    critical: Vec<(String, u64, String)>,
}

/// For each sentinel scenario, its High Compliance playtest and one with a Critical deviation.
/// Marks the exam attempts imported from files as if the server had recorded them: only those
/// count for certification, and tests/assess/exam.rs takes exams through the server itself; the
/// other tests of certification start from files.
fn as_if_recorded_by_the_server(db: &Db) {
    block_on(
        sqlx::query("UPDATE attempts SET mode_source = 'server' WHERE mode = 'exam'")
            .execute(&db.pool),
    )
    .unwrap();
}

fn sentinel_calls() -> Calls {
    use doverie_authoring::playtest::{self, LevelDef};
    use doverie_core::protocol::rules::Severity;
    let mut calls = Calls {
        good: Vec::new(),
        critical: Vec::new(),
    };
    for id in [
        "night-pills",
        "grown-up-secret",
        "game-photos",
        "wardrobe-whisper",
        "friends-goodbye",
        "alone-second-night",
    ] {
        let l = load(id);
        let tests = playtest::load(&playtest::tests_path(&l.path), &l).unwrap();
        let best = tests
            .tests
            .iter()
            .find(|t| matches!(t.level, Some(LevelDef::HighCompliance)))
            .unwrap();
        let bad = tests
            .tests
            .iter()
            .find(|t| {
                t.broken.iter().any(|r| {
                    l.protocol
                        .rules
                        .iter()
                        .any(|x| &x.id == r && x.severity == Severity::Critical)
                })
            })
            .unwrap();
        calls.good.push((id.into(), best.seed, best.script.clone()));
        calls
            .critical
            .push((id.into(), bad.seed, bad.script.clone()));
    }
    calls
}

/// Imported exam files are practice; over exam attempts recorded by the server: exam attempts
/// only, each scenario's first, never the same call twice, every threshold named;
/// practice attempts, later retakes, copies, an abandoned first attempt and a Critical deviation
/// in a sentinel call each do what they should.
#[test]
fn certification_counts_first_exam_attempts_only() {
    let calls = sentinel_calls();
    each_database("certify", |Case { db, dir, .. }| {
        let mut n = 0;
        let mut import_one = |t: &Transcript, mode: Mode| {
            n += 1;
            let path = write(dir, &format!("{n:03}.json"), t);
            import_files(db, &[path], mode)
        };
        let played = |(id, seed, script): &(String, u64, String), trainee: &str| {
            play(&load(id), *seed, trainee, script, None)
        };
        // t-good: a Critical call in practice first, then six good exam calls, then a retake
        // with a Critical deviation: certified on the six.
        import_one(&played(&calls.critical[0], "t-good"), Mode::Practice);
        for c in &calls.good {
            assert_eq!(import_one(&played(c, "t-good"), Mode::Exam).imported, 1);
        }
        // A retake of night-pills, hung up after the first answer: another call of the scenario.
        let (id, seed, script) = &calls.good[0];
        let first = script.split(',').next().unwrap();
        let retake = play(&load(id), *seed, "t-good", &format!("{first},hangup"), None);
        assert_eq!(import_one(&retake, Mode::Exam).imported, 1);
        // t-copy: a copy of t-good's first exam call under another name is not stored.
        let copy = played(&calls.good[1], "t-copy");
        let s = import_one(&copy, Mode::Exam);
        assert_eq!(s.duplicates, 1);
        // t-bad: the Critical call first, then a good one (other calls than t-good's).
        let other = |(id, seed, script): &(String, u64, String), who: &str, nth: usize| {
            another_call(id, *seed, script, who, nth)
        };
        assert_eq!(
            import_one(&other(&calls.critical[0], "t-bad", 0), Mode::Exam).imported,
            1
        );
        for c in &calls.good {
            assert_eq!(import_one(&other(c, "t-bad", 0), Mode::Exam).imported, 1);
        }
        // t-quit: their first exam call of game-photos was abandoned.
        for (i, c) in calls.good.iter().enumerate() {
            if i == 2 {
                let first = c.2.split(',').next().unwrap();
                import_one(&play(&load(&c.0), c.1, "t-quit", first, None), Mode::Exam);
            }
            assert_eq!(import_one(&other(c, "t-quit", 1), Mode::Exam).imported, 1);
        }

        let mut contents = Contents::new(library());
        let certify = |contents: &mut Contents, who: &str| {
            block_on(certify::certify(
                db,
                contents,
                who,
                "helpline",
                &load("night-pills").protocol.version,
            ))
        };
        // Files from the trainees' machines are practice, whatever they say (issue 15): none of
        // these trainees has an exam attempt the server recorded.
        for who in ["t-good", "t-copy", "t-bad", "t-quit"] {
            let e = certify(&mut contents, who).unwrap_err();
            assert!(e.to_string().contains("recorded by the server"), "{e}");
            let all = block_on(attempts::list(
                db,
                &Filter {
                    trainee: Some(who.into()),
                    ..Filter::default()
                },
            ))
            .unwrap();
            let (counted, set_aside) = certify::choose(&all);
            assert!(counted.is_empty());
            assert!(set_aside.iter().all(|s| s.reason == "practice"));
        }
        // The counting rules over exam attempts, as if the server had recorded these calls
        // (tests/assess/exam.rs takes exams through the server itself).
        as_if_recorded_by_the_server(db);
        let good = certify(&mut contents, "t-good").unwrap();
        assert!(good.verdict.certified, "{good:#?}");
        assert_eq!(good.counted.len(), 6);
        let reasons: Vec<&str> = good.set_aside.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons, ["practice", "not-first"]);
        assert_eq!(good.set_aside[1].counted, Some(good.counted[0].attempt));
        let checks: Vec<&str> = good
            .verdict
            .thresholds
            .iter()
            .map(|t| t.check.as_str())
            .collect();
        assert_eq!(
            checks,
            [
                "same-trainee",
                "min-calls",
                "partial",
                "low",
                "non-compliant",
                "sentinels",
                "abandoned"
            ]
        );

        let e = certify(&mut contents, "t-copy").unwrap_err();
        assert!(
            e.to_string()
                .contains("no exam attempt recorded by the server"),
            "{e}"
        );

        let bad = certify(&mut contents, "t-bad").unwrap();
        assert!(!bad.verdict.certified);
        let sentinels = bad
            .verdict
            .thresholds
            .iter()
            .find(|t| t.check == "sentinels")
            .unwrap();
        assert!(!sentinels.held && sentinels.measured >= 1);
        assert_eq!(bad.verdict.sentinel_failures[0].scenario, "night-pills");
        assert_eq!(bad.set_aside.len(), 1);
        assert_eq!(bad.set_aside[0].reason, "not-first");

        let quit = certify(&mut contents, "t-quit").unwrap();
        assert!(!quit.verdict.certified);
        let abandoned = quit
            .verdict
            .thresholds
            .iter()
            .find(|t| t.check == "abandoned")
            .unwrap();
        assert_eq!(
            (abandoned.held, abandoned.measured, abandoned.of),
            (false, 1, 6)
        );
    });
}

// ---------------------------------------------------------------- reports

fn card(
    level: Level,
    total: f64,
    rules: &[(&str, &str, &str, u32, u32)],
    critical: bool,
) -> Scorecard {
    use doverie_core::protocol::rules::Severity;
    let sev = |s: &str| match s {
        "critical" => Severity::Critical,
        "major" => Severity::Major,
        "moderate" => Severity::Moderate,
        _ => Severity::Minor,
    };
    Scorecard {
        scenario: "s".into(),
        protocol: "helpline".into(),
        protocol_version: "1".into(),
        total,
        level,
        critical: if critical {
            vec![doverie_core::score::card::Kept {
                rule: "r-crit".into(),
                turn: 1,
                time: 0,
            }]
        } else {
            Vec::new()
        },
        categories: Vec::new(),
        rules: rules
            .iter()
            .map(|&(rule, category, severity, opportunities, kept)| {
                doverie_core::score::card::RuleScore {
                    rule: rule.into(),
                    category: category.into(),
                    severity: sev(severity),
                    opportunities,
                    kept,
                }
            })
            .collect(),
        deviations: Vec::new(),
        went_well: Vec::new(),
        end_state: Default::default(),
        outcome: None,
        turns: 3,
        seconds: 60,
    }
}

fn attempt(
    id: i64,
    trainee: &str,
    scenario: &str,
    sentinel: bool,
    card: Option<Scorecard>,
) -> Attempt {
    Attempt {
        id,
        trainee: trainee.into(),
        centre: String::new(),
        scenario: scenario.into(),
        scenario_hash: "h".into(),
        protocol: "helpline".into(),
        protocol_version: "1".into(),
        protocol_hash: "p".into(),
        engine: "0.2.0".into(),
        locale: "en".into(),
        mode: Mode::Exam,
        mode_source: "import".into(),
        finished: card.is_some(),
        level: card.as_ref().map(|c| c.level),
        total: card.as_ref().map(|c| c.total),
        sentinel,
        turns: 3,
        seconds: 60,
        imported_at: 1_700_000_000 + id,
        recorded_at: None,
        source: format!("{id}.json"),
        transcript: None,
        card,
    }
}

/// The cohort's figures over five attempts, computed by hand:
/// levels of the 4 finished calls: High 1, Compliant 1, Partial 1, Non-Compliant 1 (25% each);
/// rule a (contact, minor): opportunities 1+2+1+0 = 4, kept 1+1+0+0 = 2 → 2 deviations, 50%;
/// rule b (risk, critical): 0+1+1+2 = 4, kept 0+1+1+0 = 2 → 2 deviations, 50%;
/// rule c (risk, major): 2+0+0+1 = 3, kept 2+0+0+0 = 2 → 1 deviation, 33.3%;
/// category risk: b + c = 7 opportunities, 3 deviations; severity critical 4/2, major 3/1,
/// minor 4/2, moderate 0/0; scenario x: calls 3 (one unfinished), mean of 100 and 80 = 90;
/// scenario y (sentinel): 2 calls, mean of 60 and 20 = 40, one Non-Compliant, one with a
/// Critical deviation.
#[test]
fn cohort_figures_match_a_hand_computed_fixture() {
    let all = vec![
        attempt(
            1,
            "t-1",
            "x",
            false,
            Some(card(
                Level::HighCompliance,
                100.0,
                &[
                    ("a", "contact", "minor", 1, 1),
                    ("c", "risk", "major", 2, 2),
                ],
                false,
            )),
        ),
        attempt(
            2,
            "t-1",
            "x",
            false,
            Some(card(
                Level::Compliant,
                80.0,
                &[
                    ("a", "contact", "minor", 2, 1),
                    ("b", "risk", "critical", 1, 1),
                ],
                false,
            )),
        ),
        attempt(3, "t-2", "x", false, None),
        attempt(
            4,
            "t-2",
            "y",
            true,
            Some(card(
                Level::PartialCompliance,
                60.0,
                &[
                    ("a", "contact", "minor", 1, 0),
                    ("b", "risk", "critical", 1, 1),
                ],
                false,
            )),
        ),
        attempt(
            5,
            "t-3",
            "y",
            true,
            Some(card(
                Level::NonCompliant,
                20.0,
                &[
                    ("b", "risk", "critical", 2, 0),
                    ("c", "risk", "major", 1, 0),
                ],
                true,
            )),
        ),
    ];
    let c = report::cohort(&Filter::default(), &all, Some((10, 10, 7)));
    assert_eq!((c.attempts, c.finished, c.trainees), (5, 4, 3));
    let shares: Vec<(u64, f64)> = c.levels.iter().map(|l| (l.calls, l.share)).collect();
    assert_eq!(
        shares,
        [(1, 0.25), (1, 0.25), (1, 0.25), (0, 0.0), (1, 0.25)]
    );
    assert_eq!(c.levels[4].limit_percent, Some(7));
    let r = |list: &[report::Rate], id: &str| {
        let x = list.iter().find(|r| r.id == id).unwrap();
        (x.opportunities, x.deviations)
    };
    assert_eq!(r(&c.categories, "contact"), (4, 2));
    assert_eq!(r(&c.categories, "risk"), (7, 3));
    assert_eq!(r(&c.severities, "critical"), (4, 2));
    assert_eq!(r(&c.severities, "major"), (3, 1));
    assert_eq!(r(&c.severities, "minor"), (4, 2));
    assert_eq!(r(&c.severities, "moderate"), (0, 0));
    assert_eq!(
        c.severities
            .iter()
            .find(|s| s.id == "moderate")
            .unwrap()
            .rate,
        None
    );
    let weakest: Vec<(&str, u64)> = c
        .weakest
        .iter()
        .map(|r| (r.id.as_str(), r.deviations))
        .collect();
    assert_eq!(weakest, [("a", 2), ("b", 2), ("c", 1)]);
    assert!((c.weakest[2].rate.unwrap() - 1.0 / 3.0).abs() < 1e-12);
    let x = &c.scenarios[0];
    assert_eq!(
        (x.scenario.as_str(), x.calls, x.mean_total, x.non_compliant),
        ("x", 3, Some(90.0), 0)
    );
    let y = &c.scenarios[1];
    assert_eq!(
        (
            y.calls,
            y.mean_total,
            y.non_compliant,
            y.sentinel,
            y.critical_calls
        ),
        (2, Some(40.0), 1, true, 1)
    );
    // The same figures in the CSV.
    let csv = report::cohort_csv(&c);
    assert!(csv.contains("severity,critical,4,2,0.5\r\n"), "{csv}");
    assert!(csv.contains("category,risk,7,3,"), "{csv}");
    assert!(csv.contains("level,non-compliant,1,,0.25\r\n"), "{csv}");
    // And in the HTML, with the shares and the limit.
    let html = report::cohort_html(&c, &doverie_assess::words::Names { text: None }, Lang::En);
    assert!(html.contains("25.0%") && html.contains("≤ 7%"), "{html}");
}

/// A hostile trainee id and typed answer reach every report as text, never as markup; every page
/// is self-contained (no script, no external file).
#[test]
fn reports_escape_transcript_text_and_are_self_contained() {
    let l = load("hidden-bruises");
    let hostile = "</td><script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    let trainee = "<b onmouseover=alert(3)>t</b>";
    each_database("escape", |Case { db, dir, .. }| {
        let t = random_call(&l, 11, trainee);
        let mut typed = play(
            &l,
            11,
            trainee,
            &t.inputs
                .iter()
                .map(|i| i.input.token())
                .collect::<Vec<_>>()
                .join(","),
            Some(hostile),
        );
        typed.trainee = trainee.into();
        let path = write(dir, "hostile.json", &typed);
        let s = import_files(db, &[path], Mode::Exam);
        assert_eq!(s.imported, 1, "{:?}", s.files);
        let id = attempt_of(&s.files[0].outcome);
        let mut contents = Contents::new(library());
        for (lang, kind, id) in [
            (Lang::En, "attempt", Some(id.to_string())),
            (Lang::Ru, "attempt", Some(id.to_string())),
            (Lang::En, "trainee", Some(trainee.to_string())),
            (Lang::Ru, "cohort", None),
        ] {
            let html = render(db, &mut contents, kind, id.as_deref(), lang, Format::Html);
            assert!(!html.contains("<script"), "{kind}: {html}");
            assert!(!html.contains("<img"), "{kind}");
            assert!(!html.contains("<b "), "{kind}");
            for external in ["src=\"http", "href=\"http", "<link", "@import", "url("] {
                assert!(!html.contains(external), "{kind}: {external}");
            }
            assert!(html.contains("@media print"), "{kind}");
            if kind == "attempt" {
                assert!(
                    html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                    "{html}"
                );
                assert!(html.contains("&lt;b onmouseover=alert(3)&gt;"), "{html}");
            }
            if kind == "cohort" {
                assert!(html.contains("<svg") && html.contains("lang=\"ru\""));
            }
        }
        // CSV and JSON carry the words as data; the xAPI statement names the trainee.
        let csv = render(
            db,
            &mut contents,
            "attempt",
            Some(&id.to_string()),
            Lang::En,
            Format::Csv,
        );
        assert!(
            csv.contains(
                "typed,\"</td><script>alert(1)</script><img src=x onerror=alert(2)>\"\"'&\""
            ),
            "{csv}"
        );
        let json = render(db, &mut contents, "xapi", None, Lang::En, Format::Json);
        let statements: Vec<doverie_assess::xapi::Statement> = serde_json::from_str(&json).unwrap();
        assert_eq!(statements.len(), 1);
        assert_eq!(statements[0].actor.account.name, trainee);
        assert_eq!(
            statements[0].verb.id,
            "http://adlnet.gov/expapi/verbs/completed"
        );
        let total = statements[0].result.as_ref().unwrap().score.raw;
        assert!(
            (statements[0].result.as_ref().unwrap().score.scaled - total / 100.0).abs() < 1e-12
        );
    });
}

// ---------------------------------------------------------------- server

fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head[9..12].parse().unwrap();
    (status, head.to_ascii_lowercase(), body.to_string())
}

/// `doverie assess serve`: the same reports as pages once logged in, with a policy that lets a
/// page load nothing from anywhere.
#[test]
fn the_server_serves_the_reports() {
    let l = load("hidden-bruises");
    each_database("serve", |Case { db, dir, url }| {
        let path = write(dir, "a.json", &random_call(&l, 21, "t-1"));
        assert_eq!(import_files(db, &[path], Mode::Exam).imported, 1);
        let id = block_on(attempts::list(db, &Filter::default())).unwrap()[0].id;
        accounts::add_user(db, "olga", doverie_assess::accounts::Role::Assessor, None);
        let addr = accounts::start_quick(url);
        let (status, _, body) = get(addr, "/?lang=ru");
        assert_eq!(status, 200, "{body}");
        assert!(body.contains(r#"action="/login""#), "{body}");
        let olga = accounts::log_in(addr, "olga", accounts::PASSWORD);
        let get = |path: &str| {
            let a = olga.get(path);
            (a.status, a.head, a.body)
        };
        let (status, head, body) = get("/?lang=ru");
        assert_eq!(status, 200, "{body}");
        assert!(
            head.contains("content-type: text/html")
                && head.contains("content-security-policy: default-src 'none'")
        );
        assert!(body.contains("Группа") && body.contains("<svg"), "{body}");
        let (status, _, body) = get(&format!("/attempt/{id}"));
        assert_eq!(status, 200);
        assert!(body.contains(&format!("Attempt #{id}")), "{body}");
        let (status, _, body) = get("/trainee/t-1.json");
        assert_eq!(status, 200);
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["trainee"], "t-1");
        let (status, _, body) = get("/cohort.csv?from=2000-01-01");
        assert_eq!(status, 200);
        assert!(
            body.starts_with("kind,id,opportunities,deviations,rate\r\n"),
            "{body}"
        );
        let (status, _, body) = get("/attempt/999");
        assert_eq!((status, body.as_str()), (404, "there is no attempt 999"));
        let (status, _, _) = get("/?from=yesterday");
        assert_eq!(status, 400);
    });
}

// ---------------------------------------------------------------- pages in a browser

/// Every page (an attempt with a hostile typed answer, an abandoned attempt, a trainee, a
/// cohort, in both languages) opened in headless Chromium: the screenshot is not blank and the
/// page logs nothing to the console. Skipped with a notice where Chromium is not installed.
#[test]
fn every_page_opens_in_headless_chromium() {
    let chromium = Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        eprintln!("/usr/bin/chromium is not installed: the pages are not opened in a browser");
        return;
    }
    let l = load("hidden-bruises");
    let dir = temp("chromium");
    let url = format!("sqlite:{}", dir.join("db.sqlite").display());
    let db = open(&url);
    let t = random_call(&l, 5, "t-1");
    let script: Vec<String> = t.inputs.iter().map(|i| i.input.token()).collect();
    let typed = play(
        &l,
        5,
        "t-1",
        &script.join(","),
        Some("<script>console.error('x')</script>"),
    );
    let files = vec![
        write(&dir, "a.json", &typed),
        write(&dir, "b.json", &play(&l, 6, "t-1", "", None)),
    ];
    assert_eq!(import_files(&db, &files, Mode::Exam).imported, 2);
    let mut contents = Contents::new(library());
    for (kind, id, lang) in [
        ("attempt", Some("1"), Lang::Ru),
        ("attempt", Some("2"), Lang::En),
        ("trainee", Some("t-1"), Lang::En),
        ("cohort", None, Lang::Ru),
    ] {
        let html = render(&db, &mut contents, kind, id, lang, Format::Html);
        let page = dir.join(format!("{kind}-{}.html", id.unwrap_or("all")));
        std::fs::write(&page, html).unwrap();
        let shot = page.with_extension("png");
        let o = std::process::Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--window-size=1000,1400",
                "--enable-logging=stderr",
                "--v=0",
            ])
            .arg(format!("--user-data-dir={}", dir.join("profile").display()))
            .arg(format!("--screenshot={}", shot.display()))
            .arg(format!("file://{}", page.display()))
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{kind}: {log}");
        assert!(
            !log.contains("CONSOLE") && !log.contains("Uncaught"),
            "{kind}: {log}"
        );
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let channels = info.line_size / info.width as usize;
        let pixels: Vec<&[u8]> = buf[..info.line_size * info.height as usize]
            .chunks(channels)
            .collect();
        let dark = pixels
            .iter()
            .filter(|p| p[..3].iter().all(|&c| c < 128))
            .count();
        let colours: std::collections::BTreeSet<&[u8]> = pixels.iter().copied().collect();
        assert!(
            dark * 200 > pixels.len() && colours.len() > 16,
            "{kind}: the screenshot looks blank ({dark} dark pixels, {} colours)",
            colours.len()
        );
    }
}

/// A call recorded on content as 1.1.0 shipped it (its scenario re-tagged since, its protocol
/// now 2.0.0) is imported verified under 1.1.0, from the release kept in `scenarios/archive/`.
#[test]
fn a_call_recorded_under_1_1_0_on_content_changed_since_is_imported_under_1_1_0() {
    let archive = library()
        .archives()
        .into_iter()
        .find(|a| a.root.ends_with("helpline@1.1.0"))
        .expect("the 1.1.0 content is kept");
    let (old, _) = content::load(&archive, "hidden-bruises").unwrap();
    assert_eq!(old.protocol.version, "1.1.0");
    let t = play(&old, 3, "t-old", "hangup", None);
    each_database("archived", |case| {
        let file = write(&case.dir, "old.json", &t);
        let summary = import_files(&case.db, std::slice::from_ref(&file), Mode::Practice);
        assert_eq!(summary.refused, 0, "{:?}", summary.files[0].outcome);
        assert!(attempt_of(&summary.files[0].outcome) > 0);
    });
}

// ---------------------------------------------------------------- agreement, double review, calibration

#[path = "assess/agreement.rs"]
mod agreement;
