//! The transcript reader: arbitrary bytes as a transcript file. Whatever reads is checked
//! against the shipped scenario it names (its text, its replay) and scored; nothing panics.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doverie_fuzz::fuzzed::transcript(data);
});
