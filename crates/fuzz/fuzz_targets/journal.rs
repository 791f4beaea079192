//! The journal reader: arbitrary bytes as a call journal. A journal that reads is completed
//! against the shipped scenario it names; a completed one must replay.
#![no_main]

use doverie_core::journal::{JournalError, Journaled};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(mut j) = Journaled::parse(data) else {
        return;
    };
    assert!(j.valid_bytes as usize <= data.len());
    let Some(loaded) = doverie_fuzz::shipped()
        .iter()
        .find(|l| l.scenario.id == j.transcript.scenario.id)
    else {
        return;
    };
    let entries = j.entries;
    match j.complete(&loaded.scenario, &loaded.protocol) {
        Ok(()) => {
            j.transcript
                .replay(&loaded.scenario, &loaded.protocol)
                .expect("a completed journal replays");
        }
        Err(JournalError::Entry { entry, .. }) => {
            assert!((1..=entries).contains(&entry), "entry {entry} of {entries}");
        }
        Err(_) => {}
    }
});
