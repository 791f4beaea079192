//! The journal reader: arbitrary bytes as a call journal. A journal that reads is completed
//! against the shipped scenario it names; a completed one must replay.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doverie_fuzz::fuzzed::journal(data);
});
