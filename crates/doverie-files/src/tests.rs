//! The trainee's files: the journal on disk, safe writing, finding interrupted calls.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use doverie_core::content::{Loaded, load};
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::{Mode, Transcript};

use crate::journal::{self, CallJournal, journal_path, read_journal};
use crate::write::write_transcript;

fn mini() -> Loaded {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let path = format!("{root}/tests/fixtures/mini/scenarios/mini.ron");
    load(&Library::new(root), &path).unwrap().0
}

fn session(loaded: &Loaded, started: u64) -> Session {
    let (mut s, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        4,
        Lang::En,
        "t-1",
    );
    s.transcript
        .bind(started, Mode::default(), loaded.text_stamps(Lang::En));
    s
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("doverie-files-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn input(s: &mut Session, token: &str) {
    s.apply(Input::parse_token(token).unwrap(), None).unwrap();
}

#[test]
fn every_input_is_on_disk_before_the_call_goes_on_and_a_dropped_journal_recovers() {
    let loaded = mini();
    let d = dir("journal");
    let out = d.join("call.json");
    let mut s = session(&loaded, 1);
    let mut j = CallJournal::open(&out, &s.transcript).unwrap();
    assert_eq!(j.path(), journal_path(&out));
    for token in ["greet", "wait:3"] {
        input(&mut s, token);
        j.append(&s.transcript).unwrap();
        // Read back by another reader at once: the input is there.
        let back = read_journal(j.path()).unwrap();
        assert_eq!(back.transcript.inputs, s.transcript.inputs);
    }
    // The process dies here: nothing closes the journal.
    drop(j);
    assert!(!out.exists());
    assert_eq!(journal::interrupted(&d), vec![journal_path(&out)]);
    let mut back = read_journal(&journal_path(&out)).unwrap();
    back.complete(&loaded.scenario, &loaded.protocol).unwrap();
    assert_eq!(back.transcript, s.transcript);
    // Resumed in the same journal, finished and closed: the transcript is written, the journal
    // removed.
    let (mut s2, _) = Session::resume(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        back.transcript.clone(),
    )
    .unwrap();
    let mut j = CallJournal::reopen(&journal_path(&out), &back).unwrap();
    input(&mut s2, "reflect");
    input(&mut s2, "close");
    j.append(&s2.transcript).unwrap();
    assert_eq!(read_journal(j.path()).unwrap().entries, 5);
    j.close(&s2.transcript).unwrap();
    assert!(!journal_path(&out).exists());
    let t = Transcript::read(&out).unwrap();
    assert!(t.is_finished());
    t.replay(&loaded.scenario, &loaded.protocol).unwrap();
    assert!(journal::interrupted(&d).is_empty());
}

#[test]
fn a_journal_is_never_opened_over_another_and_a_torn_tail_is_cut_on_reopening() {
    let loaded = mini();
    let d = dir("torn");
    let out = d.join("call.json");
    let mut s = session(&loaded, 1);
    let mut j = CallJournal::open(&out, &s.transcript).unwrap();
    input(&mut s, "greet");
    j.append(&s.transcript).unwrap();
    drop(j);
    // A second writer on the same output finds the interrupted call.
    let e = CallJournal::open(&out, &s.transcript).unwrap_err();
    assert!(e.reason.contains("doverie recover"), "{e}");
    // Half a line written when the power went.
    let path = journal_path(&out);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"{\"body\":{\"entry\":\"inp");
    std::fs::write(&path, &bytes).unwrap();
    let back = read_journal(&path).unwrap();
    assert!(back.torn_tail);
    let mut j = CallJournal::reopen(&path, &back).unwrap();
    input(&mut s, "reflect");
    j.append(&s.transcript).unwrap();
    let back = read_journal(&path).unwrap();
    assert!(!back.torn_tail);
    assert_eq!(back.transcript.inputs.len(), 2);
}

#[test]
fn the_output_is_checked_before_the_call_begins() {
    let loaded = mini();
    let d = dir("target");
    let s = session(&loaded, 1);
    // A missing folder.
    let e = CallJournal::open(&d.join("missing/call.json"), &s.transcript).unwrap_err();
    assert!(e.reason.contains("missing"), "{e}");
    // A file that is not a transcript is never replaced.
    let other = d.join("notes.json");
    std::fs::write(&other, "my notes").unwrap();
    assert!(CallJournal::open(&other, &s.transcript).is_err());
    assert!(write_transcript(&s.transcript, &other).is_err());
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "my notes");
    // Nor another call's transcript (the same scenario and seed, started at another time).
    let mine = d.join("mine.json");
    write_transcript(&s.transcript, &mine).unwrap();
    let later = session(&loaded, 2);
    let e = write_transcript(&later.transcript, &mine).unwrap_err();
    assert!(e.reason.contains("another call"), "{e}");
    // The same call's earlier record is replaced.
    let mut s2 = s.clone();
    input(&mut s2, "greet");
    write_transcript(&s2.transcript, &mine).unwrap();
    assert_eq!(Transcript::read(&mine).unwrap().inputs.len(), 1);
    // A read-only transcript is not replaced.
    let mut perms = std::fs::metadata(&mine).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&mine, perms).unwrap();
    assert!(write_transcript(&s2.transcript, &mine).is_err());
    // A device, a folder.
    assert!(CallJournal::open(Path::new("/dev/full"), &s.transcript).is_err());
    assert!(write_transcript(&s.transcript, Path::new("/dev/full")).is_err());
    assert!(write_transcript(&s.transcript, &d).is_err());
}

#[test]
fn no_symbolic_link_is_followed_when_writing() {
    let loaded = mini();
    let d = dir("symlink");
    let s = session(&loaded, 1);
    let target = d.join("precious");
    std::fs::write(&target, "keep me").unwrap();
    // At the transcript.
    let out = d.join("call.json");
    std::os::unix::fs::symlink(&target, &out).unwrap();
    assert!(write_transcript(&s.transcript, &out).is_err());
    assert!(CallJournal::open(&out, &s.transcript).is_err());
    // At the journal.
    let out2 = d.join("call2.json");
    std::os::unix::fs::symlink(&target, journal_path(&out2)).unwrap();
    assert!(CallJournal::open(&out2, &s.transcript).is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
}

#[test]
fn writers_on_one_file_leave_one_whole_transcript_and_no_temporary_file() {
    let loaded = mini();
    let d = dir("writers");
    let out = d.join("call.json");
    let s = session(&loaded, 1);
    let threads: Vec<_> = (0..6)
        .map(|_| {
            let (t, out) = (s.transcript.clone(), out.clone());
            std::thread::spawn(move || {
                for _ in 0..30 {
                    write_transcript(&t, &out).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(Transcript::read(&out).unwrap(), s.transcript);
    let names: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("call.json")]);
}

#[test]
fn finding_interrupted_calls_never_walks_a_folder_twice() {
    let d = dir("loops");
    std::fs::create_dir_all(d.join("transcripts/t-1")).unwrap();
    std::fs::write(d.join("transcripts/t-1/a.json.journal"), "").unwrap();
    std::os::unix::fs::symlink(&d, d.join("transcripts/loop")).unwrap();
    std::os::unix::fs::symlink(&d, d.join("transcripts/t-1/loop")).unwrap();
    assert_eq!(
        journal::interrupted(&d),
        vec![d.join("transcripts/t-1/a.json.journal")]
    );
    let library = Library::new(&d);
    std::fs::create_dir_all(d.join("scenarios")).unwrap();
    std::os::unix::fs::symlink(&d, d.join("scenarios/self-a")).unwrap();
    std::os::unix::fs::symlink(&d, d.join("scenarios/self-b")).unwrap();
    crate::fingerprint(&library);
}

#[test]
fn a_call_too_long_to_record_stops_with_everything_before_it_journaled() {
    let loaded = mini();
    let d = dir("limit");
    let out = d.join("call.json");
    let mut s = session(&loaded, 1);
    let mut j = CallJournal::open(&out, &s.transcript).unwrap();
    let start = s.transcript.to_json().len() as u64;
    j.set_limit(start + 2_000);
    let mut refused = None;
    for n in 0..100 {
        let token = if n % 2 == 0 { "wait:1" } else { "wait:2" };
        input(&mut s, token);
        if let Err(e) = j.append(&s.transcript) {
            refused = Some((n, e));
            break;
        }
        // What is journaled, written as a transcript, stays within the limit.
        assert!(s.transcript.to_json().len() as u64 <= start + 2_000);
    }
    let (n, e) = refused.expect("the limit is reached");
    assert!(e.reason.contains("larger than"), "{e}");
    let back = read_journal(j.path()).unwrap();
    assert_eq!(back.transcript.inputs.len(), n);
    let mut back = back;
    back.complete(&loaded.scenario, &loaded.protocol).unwrap();
    assert!(back.transcript.to_json().len() as u64 <= start + 2_000);
}

#[test]
fn a_call_in_progress_is_not_recovered_under_its_player() {
    let loaded = mini();
    let d = dir("lock");
    let out = d.join("call.json");
    let mut s = session(&loaded, 1);
    let mut j = CallJournal::open(&out, &s.transcript).unwrap();
    input(&mut s, "greet");
    j.append(&s.transcript).unwrap();
    let path = journal_path(&out);
    assert!(journal::in_progress(&path));
    let back = read_journal(&path).unwrap();
    let e = CallJournal::reopen(&path, &back).unwrap_err();
    assert!(e.reason.contains("in progress"), "{e}");
    assert!(journal::hold(&path).is_err());
    // The player is gone: the call is interrupted, and can be taken.
    drop(j);
    assert!(!journal::in_progress(&path));
    let held = journal::hold(&path).unwrap();
    assert!(journal::in_progress(&path));
    drop(held);
    CallJournal::reopen(&path, &back).unwrap();
}

/// A writer killed mid-write whose process is a zombie (dead, not yet reaped: what an orphan
/// stays where nothing reaps it) leaves a temporary file that the next writer removes; a live
/// writer's is kept. (The kill test once failed on a loaded machine with such a leftover.)
#[test]
fn a_dead_writers_temporary_file_is_swept_even_while_it_is_a_zombie() {
    let d = std::env::temp_dir().join(format!("doverie-zombie-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    // A child that exits at once and is not waited for: a zombie until `wait`.
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let zombie = child.id();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !std::fs::read_to_string(format!("/proc/{zombie}/stat")).is_ok_and(|s| {
        s.rsplit_once(") ")
            .is_some_and(|(_, rest)| rest.starts_with('Z'))
    }) {
        assert!(
            std::time::Instant::now() < deadline,
            "the child never exited"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let dead = d.join(format!(".call.json.{zombie}-1-0.part"));
    let live = d.join(format!(".call.json.{}-1-0.part", std::process::id()));
    std::fs::write(&dead, b"half a transcript").unwrap();
    std::fs::write(&live, b"being written").unwrap();
    crate::write::sweep_stale(&d);
    assert!(!dead.exists(), "a zombie writer's file is swept");
    assert!(live.exists(), "a live writer's file is kept");
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn the_sound_bound_after_the_journal_opened_is_journaled_once_and_kept_on_resuming() {
    use doverie_core::transcript::{FileStamp, SoundStamp};
    let loaded = mini();
    let d = dir("sound");
    let out = d.join("call.json");
    let mut s = session(&loaded, 1);
    let mut j = CallJournal::open(&out, &s.transcript).unwrap();
    let sound = SoundStamp {
        tones: FileStamp {
            path: "assets/tones/ru.ron".into(),
            hash: "a1".into(),
        },
        clips: vec![FileStamp {
            path: "assets/voice/en/mini/hello.wav".into(),
            hash: "b2".into(),
        }],
    };
    assert!(s.transcript.bind_sound(sound.clone()));
    j.append(&s.transcript).unwrap();
    assert_eq!(
        read_journal(j.path()).unwrap().entries,
        2,
        "the sound entry"
    );
    input(&mut s, "greet");
    j.append(&s.transcript).unwrap();
    let back = read_journal(j.path()).unwrap();
    assert_eq!(back.entries, 3, "the sound is not journaled again");
    assert_eq!(back.transcript.sound, Some(sound.clone()));
    // Interrupted, resumed in the same journal: still bound, not again.
    drop(j);
    let mut back = read_journal(&journal_path(&out)).unwrap();
    back.complete(&loaded.scenario, &loaded.protocol).unwrap();
    assert_eq!(back.transcript, s.transcript);
    let j = CallJournal::reopen(&journal_path(&out), &back).unwrap();
    let mut t = back.transcript.clone();
    let mut other = sound.clone();
    other.tones.hash = "zz".into();
    assert!(!t.bind_sound(other));
    j.close(&t).unwrap();
    assert_eq!(Transcript::read(&out).unwrap().sound, Some(sound));
}
