//! Nothing lost, nothing forged: the call journal of a real `doverie play`, killed mid-call,
//! recovered, resumed and scored; bad outputs found before the phone rings; hostile files and
//! input refused instead of followed, read without end, or aborting.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use doverie_core::transcript::Transcript;
use doverie_files::journal::{journal_path, read_journal};

const MINI: &str = "tests/fixtures/mini/scenarios/mini.ron";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_doverie"));
    // No system locale (the language by default is Russian); calls without --out are kept in a
    // temporary data folder.
    c.env_remove("DOVERIE_HOME")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env(
            "DOVERIE_DATA",
            std::env::temp_dir().join(format!("doverie-journal-{}-data", std::process::id())),
        );
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).stdin(Stdio::null()).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("doverie-journal-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn entries(journal: &Path) -> u64 {
    read_journal(journal).map_or(0, |j| j.entries)
}

/// Resumes an interrupted call to its end (a hang-up if it is still open) and scores it.
fn resume_and_score(journal: &Path, out: &Path) {
    let j = read_journal(journal).unwrap_or_else(|e| panic!("{}: {e}", journal.display()));
    let library = doverie_core::library::Library::new(env!("CARGO_MANIFEST_DIR"));
    let (loaded, _) = doverie_core::content::load(&library, MINI).unwrap();
    let mut replayed = j.clone();
    replayed
        .complete(&loaded.scenario, &loaded.protocol)
        .unwrap_or_else(|e| panic!("{}: does not replay: {e}", journal.display()));
    let (call, _) = replayed
        .transcript
        .replay(&loaded.scenario, &loaded.protocol)
        .unwrap();
    let mut args = vec!["recover", "--resume", journal.to_str().unwrap()];
    if !call.is_over() {
        args.extend(["--choose", "hangup"]);
    }
    let o = bin()
        .args(&args)
        .env(
            "DOVERIE_HOME",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini"),
        )
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!journal.exists(), "the journal is closed");
    let o = run(&["score", out.to_str().unwrap(), "--scenario", MINI]);
    assert!(o.status.success(), "{}: {}", out.display(), stderr(&o));
}

#[test]
fn a_bad_output_is_found_before_the_phone_rings() {
    let d = temp("bad-out");
    let missing = d.join("missing/call.json");
    let o = run(&[
        "play",
        MINI,
        "--out",
        missing.to_str().unwrap(),
        "--choose",
        "greet",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing"), "{}", stderr(&o));
    assert!(
        !stdout(&o).contains("Tim:"),
        "the call did not begin: {}",
        stdout(&o)
    );
    // A file that is not a transcript is never replaced, nor another call's transcript.
    let notes = d.join("notes.json");
    std::fs::write(&notes, "my notes").unwrap();
    let o = run(&[
        "play",
        MINI,
        "--out",
        notes.to_str().unwrap(),
        "--choose",
        "greet",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes");
    let call = d.join("call.json");
    let first = run(&[
        "play",
        MINI,
        "--seed",
        "1",
        "--out",
        call.to_str().unwrap(),
        "--choose",
        "greet",
    ]);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = std::fs::read(&call).unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    let o = run(&[
        "play",
        MINI,
        "--seed",
        "1",
        "--out",
        call.to_str().unwrap(),
        "--choose",
        "greet",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stderr(&o).contains("another call"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&call).unwrap(), before);
    // A device.
    let o = run(&["play", MINI, "--out", "/dev/full", "--choose", "greet"]);
    assert_eq!(o.status.code(), Some(1));
}

/// The reproduction: a piped call killed mid-way keeps every input it was given.
#[test]
fn a_killed_piped_call_keeps_its_inputs_and_is_resumed_or_closed_as_abandoned() {
    let d = temp("killed");
    for (name, close) in [("resumed", false), ("abandoned", true)] {
        let out = d.join(format!("{name}.json"));
        let mut child = bin()
            .args([
                "play",
                MINI,
                "--seed",
                "5",
                "--trainee",
                "t-9",
                "--out",
                out.to_str().unwrap(),
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"greet\nw 3\nreflect\n").unwrap();
        stdin.flush().unwrap();
        let journal = journal_path(&out);
        let start = Instant::now();
        while entries(&journal) < 4 {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the inputs never reached the journal"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        drop(stdin);
        assert!(!out.exists());
        let listed = bin()
            .args(["recover", "--data", d.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            stdout(&listed).contains(journal.to_str().unwrap()),
            "{}",
            stdout(&listed)
        );
        assert!(
            stdout(&listed).contains("3 input(s)"),
            "{}",
            stdout(&listed)
        );
        if close {
            // Closed as abandoned, and stored in the assessor's database too (`--db`).
            let db = format!("sqlite:{}", d.join("records.sqlite").display());
            let o = bin()
                .args([
                    "recover",
                    "--abandon",
                    journal.to_str().unwrap(),
                    "--db",
                    &db,
                ])
                .env(
                    "DOVERIE_HOME",
                    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini"),
                )
                .output()
                .unwrap();
            assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
            let records = doverie_assess::block_on(doverie_assess::db::Db::open(&db)).unwrap();
            let stored = doverie_assess::block_on(doverie_assess::attempts::get(&records, 1))
                .unwrap()
                .expect("the abandoned call is stored");
            assert!(!stored.finished && stored.trainee == "t-9");
            assert!(
                stored
                    .transcript
                    .is_some_and(|t| t.abandoned && t.inputs.len() == 3)
            );
            let t = Transcript::read(&out).unwrap();
            assert!(t.abandoned);
            assert_eq!(t.inputs.len(), 3);
            assert!(!journal.exists());
            // Kept, not scored, not resumed.
            let o = run(&["score", out.to_str().unwrap(), "--scenario", MINI]);
            assert_eq!(o.status.code(), Some(1));
            let o = run(&["play", MINI, "--resume", out.to_str().unwrap()]);
            assert_eq!(o.status.code(), Some(1));
            assert!(stderr(&o).contains("abandoned"), "{}", stderr(&o));
        } else {
            let o = bin()
                .args([
                    "recover",
                    "--resume",
                    journal.to_str().unwrap(),
                    "--choose",
                    "close",
                ])
                .env(
                    "DOVERIE_HOME",
                    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini"),
                )
                .output()
                .unwrap();
            assert!(o.status.success(), "{}", stderr(&o));
            let t = Transcript::read(&out).unwrap();
            assert!(t.is_finished());
            assert_eq!(t.inputs.len(), 4);
            let o = run(&["score", out.to_str().unwrap(), "--scenario", MINI]);
            assert!(o.status.success(), "{}", stderr(&o));
        }
    }
    let listed = bin()
        .args(["recover", "--data", d.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        stdout(&listed).contains("No interrupted call"),
        "{}",
        stdout(&listed)
    );
}

/// A tiny deterministic generator for the kill moments.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

/// The kill test: real calls, scripted (with waits), piped and interactive (in a
/// pseudo-terminal, where `script` is installed), killed at many seeded random
/// moments. Whatever the moment, the journal replays to a valid prefix of the call, resumes
/// to its end and scores. No assertion depends on how fast the machine is: a call that ended
/// before its kill is scored from its transcript, one killed before its journal was created
/// has nothing to recover.
#[test]
fn calls_killed_at_random_moments_replay_resume_and_score() {
    let d = temp("kills");
    let mut rng = Lcg(20261203);
    let has_script = Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let runs = 60;
    let (mut journaled, mut finished) = (0, 0);
    for n in 0..runs {
        let out = d.join(format!("call-{n}.json"));
        // Scripted, piped, and (where `script` gives a pseudo-terminal) interactive.
        let mode = n % 3;
        let interactive = mode == 2 && has_script;
        let play = [
            "play",
            MINI,
            "--seed",
            &n.to_string(),
            "--out",
            out.to_str().unwrap(),
        ];
        let mut cmd = if interactive {
            let mut c = Command::new("script");
            let line = format!("{} {}", env!("CARGO_BIN_EXE_doverie"), play.join(" "));
            c.args(["-qfec", &line, "/dev/null"])
                .env_remove("DOVERIE_HOME");
            c
        } else {
            let mut c = bin();
            c.args(play);
            c
        };
        cmd.stdout(Stdio::null()).stderr(Stdio::null());
        if mode == 0 {
            cmd.args(["--choose", "wait:3,greet,wait:6,wait:2,reflect,close"])
                .stdin(Stdio::null());
        } else {
            cmd.stdin(Stdio::piped());
        }
        let mut child = cmd.spawn().unwrap();
        let lines: &[&str] = if interactive {
            &["", "w 3", "greet", "w 6", "reflect", "close"]
        } else {
            &["w 3", "greet", "w 6", "reflect", "close"]
        };
        let feeder = child.stdin.take().map(|mut stdin| {
            let pauses: Vec<u64> = lines.iter().map(|_| rng.next(40)).collect();
            std::thread::spawn(move || {
                for (line, pause) in lines.iter().zip(pauses) {
                    std::thread::sleep(Duration::from_millis(pause));
                    if writeln!(stdin, "{line}").is_err() {
                        return;
                    }
                }
            })
        });
        std::thread::sleep(Duration::from_millis(rng.next(250)));
        // (Killing `script` hangs up the terminal: the call gets SIGHUP.)
        let _ = child.kill();
        child.wait().unwrap();
        if interactive {
            // The call inside may still be closing after the hang-up (its journal is locked
            // until it is gone).
            let journal = journal_path(&out);
            let start = Instant::now();
            while doverie_files::journal::in_progress(&journal)
                && start.elapsed() < Duration::from_secs(20)
            {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        if let Some(f) = feeder {
            let _ = f.join();
        }
        let journal = journal_path(&out);
        if journal.exists() {
            journaled += 1;
            resume_and_score(&journal, &out);
        } else if out.exists() {
            // The hang-up reached the call as the end of its input: it saved the call so far
            // and closed its journal ("save and leave"), which is then resumed to its end.
            if !Transcript::read(&out).unwrap().is_finished() {
                let o = run(&[
                    "play",
                    MINI,
                    "--resume",
                    out.to_str().unwrap(),
                    "--choose",
                    "hangup",
                ]);
                assert!(o.status.success(), "{}", stderr(&o));
            }
            finished += 1;
            let o = run(&["score", out.to_str().unwrap(), "--scenario", MINI]);
            assert!(o.status.success(), "{}", stderr(&o));
        }
    }
    // A writer killed mid-write leaves a temporary file; the next writer in the folder removes
    // it. None is left once one more call has been saved there.
    let last = d.join("last.json");
    let o = run(&[
        "play",
        MINI,
        "--out",
        last.to_str().unwrap(),
        "--choose",
        "greet",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for e in std::fs::read_dir(&d).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".part"), "{name}");
    }
    eprintln!(
        "{runs} kills: {journaled} recovered from the journal, {finished} saved to the transcript"
    );
}

/// Runs with a bound: a hang is a failure, not a stuck test run.
fn run_bounded(cmd: &mut Command, stdin: Stdio) -> Output {
    let mut child = cmd
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let o = child.wait_with_output().unwrap();
            panic!("still running after a minute: {}", stderr(&o));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn mkfifo(path: &Path) {
    let o = Command::new("mkfifo").arg(path).output().unwrap();
    assert!(o.status.success());
}

/// A copy of the mini content folder, to change safely.
fn mini_home(name: &str) -> PathBuf {
    let home = temp(name).join("content");
    copy_tree(Path::new("tests/fixtures/mini"), &home);
    home
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn a_transcript_that_is_not_a_file_or_names_a_path_is_refused_without_reading_it() {
    let d = temp("hostile-transcripts");
    // A device is not read (3.2 GB of /dev/zero were read before).
    let o = run_bounded(bin().args(["score", "/dev/zero"]), Stdio::null());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("a device, not a regular file"),
        "{}",
        stderr(&o)
    );
    // A FIFO does not block.
    let fifo = d.join("call.json");
    mkfifo(&fifo);
    for args in [
        vec!["score", fifo.to_str().unwrap()],
        vec!["play", MINI, "--resume", fifo.to_str().unwrap()],
        vec!["play", fifo.to_str().unwrap()],
    ] {
        let o = run_bounded(bin().args(&args), Stdio::null());
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains("FIFO"), "{args:?}: {}", stderr(&o));
    }
    // A scenario id that is a path is refused before it names a file.
    let call = d.join("real.json");
    let o = run(&[
        "play",
        MINI,
        "--seed",
        "2",
        "--out",
        call.to_str().unwrap(),
        "--choose",
        "greet,reflect,close",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&call).unwrap();
    let forged = d.join("forged.json");
    std::fs::write(
        &forged,
        text.replacen("\"id\": \"mini\"", "\"id\": \"/etc/shadow\"", 1),
    )
    .unwrap();
    let o = run_bounded(
        bin().args(["score", forged.to_str().unwrap()]),
        Stdio::null(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not an id"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("root"), "{}", stderr(&o));
    // An unknown field deep inside is refused (it was accepted in inputs and events).
    std::fs::write(
        &forged,
        text.replacen(
            "\"kind\": \"choose\"",
            "\"kind\": \"choose\", \"score\": 100",
            1,
        ),
    )
    .unwrap();
    let o = run(&["score", forged.to_str().unwrap(), "--scenario", MINI]);
    assert_eq!(o.status.code(), Some(1));
    // A byte-order mark is not a reason to refuse.
    std::fs::write(&forged, format!("\u{feff}{text}")).unwrap();
    let o = run(&["score", forged.to_str().unwrap(), "--scenario", MINI]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn the_text_shown_is_bound_to_the_transcript() {
    let home = mini_home("texts");
    let call = home.join("call.json");
    let scenario = home.join("scenarios/mini.ron");
    let o = run(&[
        "play",
        scenario.to_str().unwrap(),
        "--seed",
        "2",
        "--out",
        call.to_str().unwrap(),
        "--choose",
        "greet,reflect,close",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = Transcript::read(&call).unwrap();
    assert!(
        t.texts
            .iter()
            .any(|s| s.path == "locales/en/scenarios/mini.ftl"),
        "{:?}",
        t.texts
    );
    assert!(t.started.is_some() && t.mode.is_some());
    let score = || {
        run(&[
            "score",
            call.to_str().unwrap(),
            "--scenario",
            scenario.to_str().unwrap(),
        ])
    };
    assert!(score().status.success());
    // An option's words changed after the call: the call no longer verifies.
    let ftl = home.join("locales/en/scenarios/mini.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    text.push_str("\n# edited after the call\n");
    std::fs::write(&ftl, text).unwrap();
    let o = score();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("locales/en/scenarios/mini.ftl has changed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn standard_input_is_read_in_bounded_lines() {
    // /dev/zero has no line end: the input ends with a reason, no 4 GB allocation, no abort.
    let o = run_bounded(
        bin().args(["play", MINI, "--seed", "1"]),
        Stdio::from(std::fs::File::open("/dev/zero").unwrap()),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("longer than 4096 bytes"),
        "{}",
        stderr(&o)
    );
    // A line that is not UTF-8 is reported, and the call goes on.
    let mut child = bin()
        .args(["play", MINI, "--lang", "en", "--seed", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"greet\n\xff\xfe\nreflect\nclose\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("not UTF-8"), "{text}");
    assert!(text.contains("The call has ended: closed."), "{text}");
}

#[test]
fn content_that_is_not_a_file_or_loops_is_reported_not_waited_for() {
    // A Fluent file that is a FIFO or a folder is reported as such, not as missing, and not
    // waited for.
    let home = mini_home("ftl");
    let ru = home.join("locales/ru/scenarios/mini.ftl");
    std::fs::remove_file(&ru).unwrap();
    mkfifo(&ru);
    let en = home.join("locales/en/protocols/test.ftl");
    std::fs::remove_file(&en).unwrap();
    std::fs::create_dir(&en).unwrap();
    let o = run_bounded(
        bin().args(["check", home.join("scenarios").to_str().unwrap()]),
        Stdio::null(),
    );
    let err = stdout(&o) + &stderr(&o);
    assert!(err.contains("a FIFO, not a regular file"), "{err}");
    assert!(err.contains("a folder, not a regular file"), "{err}");
    assert!(!err.contains("is missing"), "{err}");
    // Not UTF-8, or a device: reported as such, not as missing (nor read without end).
    std::fs::remove_file(&ru).unwrap();
    std::fs::write(&ru, b"hello = \xff\xfe\n").unwrap();
    std::fs::remove_dir(&en).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &en).unwrap();
    let o = run_bounded(
        bin().args(["check", home.join("scenarios").to_str().unwrap()]),
        Stdio::null(),
    );
    let err = stdout(&o) + &stderr(&o);
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(err.contains("a device, not a regular file"), "{err}");
    assert!(!err.contains("is missing"), "{err}");
    // A Fluent file larger than any scenario's text is refused by its size, not read whole.
    std::fs::write(&ru, "# padding\n".repeat(500_000)).unwrap();
    let o = run_bounded(
        bin().args(["check", home.join("scenarios").to_str().unwrap()]),
        Stdio::null(),
    );
    let err = stdout(&o) + &stderr(&o);
    assert!(err.contains("larger than 4 MiB"), "{err}");
    // A protocol that is a FIFO is not waited for: checking it and playing on it end.
    let home = mini_home("protocol-fifo");
    let protocol = home.join("scenarios/protocols/test.ron");
    std::fs::remove_file(&protocol).unwrap();
    mkfifo(&protocol);
    for args in [
        vec!["check", home.to_str().unwrap()],
        vec!["check", protocol.to_str().unwrap()],
    ] {
        let o = run_bounded(bin().args(&args), Stdio::null());
        assert_eq!(o.status.code(), Some(1), "{args:?}");
    }
    let scenario = home.join("scenarios/mini.ron");
    let o = run_bounded(
        bin().args(["play", scenario.to_str().unwrap(), "--choose", "greet"]),
        Stdio::null(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // A folder of self-links is walked once (it never ended).
    let loops = temp("loops");
    std::fs::create_dir_all(loops.join("scenarios")).unwrap();
    std::fs::copy(MINI, loops.join("scenarios/mini.ron")).unwrap();
    std::os::unix::fs::symlink(&loops, loops.join("scenarios/self-a")).unwrap();
    std::os::unix::fs::symlink(&loops, loops.join("scenarios/self-b")).unwrap();
    run_bounded(
        bin().args(["check", loops.to_str().unwrap()]),
        Stdio::null(),
    );
}

#[test]
fn hostile_arguments_are_refused() {
    let o = run_bounded(
        bin().args(["audio-check", "--seconds", "NaN"]),
        Stdio::null(),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = run(&[
        "play",
        MINI,
        "--trainee",
        "t\u{1b}[31m",
        "--choose",
        "greet",
    ]);
    assert_eq!(o.status.code(), Some(2));
}
