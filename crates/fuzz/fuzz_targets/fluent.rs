//! The Fluent checks: arbitrary bytes as a scenario's Fluent file in every language, checked as
//! `check` checks it (syntax, missing and unused messages, formatting with the caller's
//! arguments), then built into the call's text and every message of a shipped scenario shown.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use doverie_core::content::text::check_messages;
use doverie_core::diag::Pos;
use doverie_core::locale::{Lang, Source, Text, caller_args};
use doverie_core::ron_file::RonFile;

/// The messages the first shipped scenario needs, as `check` finds them.
fn needed() -> &'static [(String, Pos)] {
    static NEEDED: OnceLock<Vec<(String, Pos)>> = OnceLock::new();
    NEEDED.get_or_init(|| {
        let loaded = &doverie_fuzz::shipped()[0];
        let file = RonFile::read(&loaded.path).expect("a shipped scenario reads");
        let def = file.parse().expect("a shipped scenario parses");
        doverie_core::scenario::compile(&def, &file, Some(&loaded.protocol)).messages
    })
}

/// This process's own file for the input (the check reads a file).
fn scratch() -> &'static Path {
    static SCRATCH: OnceLock<PathBuf> = OnceLock::new();
    SCRATCH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("doverie-fuzz-fluent-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir.join("scenario.ftl")
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let path = scratch();
    std::fs::write(path, data).expect("the scratch file is written");
    let diags = check_messages(
        Path::new("fuzz.ron"),
        needed(),
        |_| path.to_path_buf(),
        Some(&["name", "age", "gender"]),
    );
    let _ = diags.to_string();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = &doverie_fuzz::shipped()[0];
    let source = Source {
        name: "fuzz.ftl".into(),
        text: text.to_string(),
    };
    let words = Text::new(Lang::Ru, std::slice::from_ref(&source), &[source.clone()]);
    let args = caller_args(&loaded.scenario, &words);
    for (id, _) in needed().iter().take(64) {
        let _ = words.get(id, Some(&args));
    }
});
