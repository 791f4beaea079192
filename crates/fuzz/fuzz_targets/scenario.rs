//! The scenario loader: arbitrary bytes as a scenario file, parsed and compiled against the
//! shipped protocol as `check` and play do; a scenario that compiles is walked and played.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doverie_fuzz::fuzzed::scenario(data);
});
