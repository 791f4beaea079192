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
    c.env_remove("DOVERIE_HOME");
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
        .env("DOVERIE_HOME", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini"))
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
    let o = run(&["play", MINI, "--out", missing.to_str().unwrap(), "--choose", "greet"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing"), "{}", stderr(&o));
    assert!(!stdout(&o).contains("Tim:"), "the call did not begin: {}", stdout(&o));
    // A file that is not a transcript is never replaced, nor another call's transcript.
    let notes = d.join("notes.json");
    std::fs::write(&notes, "my notes").unwrap();
    let o = run(&["play", MINI, "--out", notes.to_str().unwrap(), "--choose", "greet"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes");
    let call = d.join("call.json");
    let first = run(&["play", MINI, "--seed", "1", "--out", call.to_str().unwrap(), "--choose", "greet"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = std::fs::read(&call).unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    let o = run(&["play", MINI, "--seed", "1", "--out", call.to_str().unwrap(), "--choose", "greet"]);
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
            .args(["play", MINI, "--seed", "5", "--trainee", "t-9", "--out", out.to_str().unwrap()])
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
            assert!(start.elapsed() < Duration::from_secs(60), "the inputs never reached the journal");
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
        assert!(stdout(&listed).contains(journal.to_str().unwrap()), "{}", stdout(&listed));
        assert!(stdout(&listed).contains("3 input(s)"), "{}", stdout(&listed));
        if close {
            let o = bin()
                .args(["recover", "--abandon", journal.to_str().unwrap()])
                .env("DOVERIE_HOME", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini"))
                .output()
                .unwrap();
            assert!(o.status.success(), "{}", stderr(&o));
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
                .args(["recover", "--resume", journal.to_str().unwrap(), "--choose", "close"])
                .env("DOVERIE_HOME", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini"))
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
    let listed = bin().args(["recover", "--data", d.to_str().unwrap()]).output().unwrap();
    assert!(stdout(&listed).contains("No interrupted call"), "{}", stdout(&listed));
}

/// A tiny deterministic generator for the kill moments.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

/// The kill test: real calls, scripted (with waits) and piped, killed at many seeded random
/// moments. Whatever the moment, the journal replays to a valid prefix of the call, resumes
/// to its end and scores. No assertion depends on how fast the machine is: a call that ended
/// before its kill is scored from its transcript, one killed before its journal was created
/// has nothing to recover.
#[test]
fn calls_killed_at_random_moments_replay_resume_and_score() {
    let d = temp("kills");
    let mut rng = Lcg(20261203);
    let runs = 40;
    let (mut journaled, mut finished) = (0, 0);
    for n in 0..runs {
        let out = d.join(format!("call-{n}.json"));
        let piped = n % 2 == 1;
        let mut cmd = bin();
        cmd.args(["play", MINI, "--seed", &n.to_string(), "--out", out.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if piped {
            cmd.stdin(Stdio::piped());
        } else {
            cmd.args(["--choose", "wait:3,greet,wait:6,wait:2,reflect,close"])
                .stdin(Stdio::null());
        }
        let mut child = cmd.spawn().unwrap();
        let feeder = child.stdin.take().map(|mut stdin| {
            let pauses: Vec<u64> = (0..5).map(|_| rng.next(40)).collect();
            std::thread::spawn(move || {
                for (line, pause) in ["w 3", "greet", "w 6", "reflect", "close"].iter().zip(pauses) {
                    std::thread::sleep(Duration::from_millis(pause));
                    if writeln!(stdin, "{line}").is_err() {
                        return;
                    }
                }
            })
        });
        std::thread::sleep(Duration::from_millis(rng.next(250)));
        let _ = child.kill();
        child.wait().unwrap();
        if let Some(f) = feeder {
            let _ = f.join();
        }
        let journal = journal_path(&out);
        if journal.exists() {
            journaled += 1;
            resume_and_score(&journal, &out);
        } else if out.exists() {
            finished += 1;
            let o = run(&["score", out.to_str().unwrap(), "--scenario", MINI]);
            assert!(o.status.success(), "{}", stderr(&o));
        }
    }
    // A writer killed mid-write leaves a temporary file; the next writer in the folder removes
    // it. None is left once one more call has been saved there.
    let last = d.join("last.json");
    let o = run(&["play", MINI, "--out", last.to_str().unwrap(), "--choose", "greet"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for e in std::fs::read_dir(&d).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".part"), "{name}");
    }
    eprintln!("{runs} kills: {journaled} recovered from the journal, {finished} finished first");
}
