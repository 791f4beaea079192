//! The Fluent checks: arbitrary bytes as a scenario's Fluent file in every language, checked as
//! `check` checks it (syntax, missing and unused messages, formatting with the caller's
//! arguments), then built into the call's text and every message of a shipped scenario shown.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doverie_fuzz::fuzzed::fluent(data);
});
