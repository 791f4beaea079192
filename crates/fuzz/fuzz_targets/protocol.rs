//! The protocol loader: arbitrary bytes as a protocol file, through the same parse and
//! compilation as `check` and play; a protocol that compiles is used to score a call.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doverie_fuzz::fuzzed::protocol(data);
});
