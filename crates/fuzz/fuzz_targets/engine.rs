//! The engine driven by arbitrary input over the shipped scenarios: the live call as the front
//! ends drive it (time, choices, dispatches, hang-ups, typed words, script tokens). What it
//! records must read back, replay to the same call, journal and replay again, and score.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doverie_fuzz::fuzzed::engine(data);
});
