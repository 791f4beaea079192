//! Hostile input to the core, as a tester or a fuzzer gives it: what once aborted, hung or
//! wrapped, and every finding of the fuzz targets (`crates/fuzz`), each file of
//! `tests/fixtures/fuzz/TARGET/` put through what its target does. These run on stable, in
//! every test run; the fuzzers themselves need nightly and are run by hand.

mod fuzzed;

use std::path::{Path, PathBuf};

use doverie_core::content::{Loaded, load};
use doverie_core::engine::{Call, Event, Input};
use doverie_core::library::Library;
use doverie_core::scenario::{Next, Reaction, SilenceReaction};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shipped() -> Vec<Loaded> {
    let library = Library::new(root());
    library
        .scenario_files()
        .iter()
        .map(|p| load(&library, &p.to_string_lossy()).unwrap().0)
        .collect()
}

fn silences(events: &[doverie_core::engine::Stamped]) -> usize {
    events
        .iter()
        .filter(|e| matches!(e.event, Event::Silence { .. }))
        .count()
}

/// The reproduction: the silence step counter was 16 bits, so a plan past 65,536 steps
/// started again from its first reaction, and a huge `wait` allocated gigabytes.
#[test]
fn a_huge_silence_never_wraps_the_silence_plan_nor_allocates_by_its_length() {
    let library = Library::new(root());
    let mini = root().join("tests/fixtures/mini/scenarios/mini.ron");
    let (loaded, _) = load(&library, &mini.to_string_lossy()).unwrap();
    let mut scenario = loaded.scenario.clone();
    for node in &mut scenario.nodes {
        node.silence = None;
    }
    scenario.default_silence = (1..=70_000u32)
        .map(|after| SilenceReaction {
            after,
            reaction: Reaction {
                next: Next::Stay,
                ..Reaction::default()
            },
        })
        .collect();
    let (mut call, _) = Call::start(&scenario, 1);
    let events = call
        .apply(&scenario, &Input::Wait { seconds: u32::MAX })
        .unwrap();
    assert_eq!(
        silences(&events),
        65_535,
        "every step the counter can count"
    );
    assert_eq!(call.state.silence_step, u16::MAX);
    assert_eq!(call.state.time, u32::MAX, "the clock saturates");
    // More silence: the plan does not start again.
    let events = call
        .apply(&scenario, &Input::Wait { seconds: u32::MAX })
        .unwrap();
    assert_eq!(silences(&events), 0);
    // A huge wait on every shipped scenario's opening node: a few reactions, then the call
    // goes on (or ends), in bounded memory.
    for loaded in shipped() {
        let (mut call, _) = Call::start(&loaded.scenario, 7);
        let events = call
            .apply(&loaded.scenario, &Input::Wait { seconds: u32::MAX })
            .unwrap();
        assert!(
            events.len() < 1000,
            "{}: {}",
            loaded.scenario.id,
            events.len()
        );
    }
}

/// Every input a fuzz target found a fault with (kept, after the fix, in
/// `tests/fixtures/fuzz/TARGET/`) is put through its target's own work again: refused or
/// played, never a panic, a hang or a wrong replay.
#[test]
fn every_fuzz_finding_stays_fixed() {
    type Target = fn(&[u8]);
    let targets: [(&str, Target); 6] = [
        ("scenario", fuzzed::scenario),
        ("protocol", fuzzed::protocol),
        ("fluent", fuzzed::fluent),
        ("transcript", fuzzed::transcript),
        ("journal", fuzzed::journal),
        ("engine", fuzzed::engine),
    ];
    let mut ran = 0;
    for (name, target) in targets {
        let dir = root().join("tests/fixtures/fuzz").join(name);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
            .collect();
        files.sort();
        for file in files {
            eprintln!("{name}: {}", file.display());
            target(&std::fs::read(&file).unwrap());
            ran += 1;
        }
    }
    assert!(ran > 0, "the findings are in tests/fixtures/fuzz");
}
