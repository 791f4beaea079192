//! `doverie test`: the playtests kept beside each scenario.

use std::process::ExitCode;

use doverie_core::library::Library;
use doverie_core::locale::Lang;

use super::{load, report};

pub(super) fn run(library: &Library, names: Vec<String>, lang: Lang) -> ExitCode {
    let names: Vec<String> = if names.is_empty() {
        library
            .scenario_files()
            .into_iter()
            .filter(|p| doverie_authoring::playtest::tests_path(p).is_file())
            .map(|p| p.display().to_string())
            .collect()
    } else {
        names
    };
    let (mut passed, mut failed, mut broken_files) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for name in &names {
        let Ok(loaded) = load(library, name, lang) else {
            broken_files += 1;
            continue;
        };
        let path = doverie_authoring::playtest::tests_path(&loaded.path);
        if !path.is_file() {
            eprintln!(
                "doverie: {} has no playtests ({} is missing)",
                loaded.scenario.id,
                path.display()
            );
            broken_files += 1;
            continue;
        }
        let tests = match doverie_authoring::playtest::load(&path, &loaded) {
            Ok(t) => t,
            Err(d) => {
                report(&d);
                broken_files += 1;
                continue;
            }
        };
        outln!(
            "\nrunning {} playtest(s) of {}",
            tests.tests.len(),
            loaded.scenario.id
        );
        for outcome in doverie_authoring::playtest::run_all(&loaded, &tests) {
            let full = format!("{}::{}", loaded.scenario.id, outcome.name);
            if outcome.passed() {
                passed += 1;
                outln!("test {full} ... ok");
            } else {
                failed += 1;
                outln!("test {full} ... FAILED");
                failures.push((full, outcome.failures));
            }
        }
    }
    if !failures.is_empty() {
        outln!("\nfailures:");
        for (name, reasons) in &failures {
            outln!("  {name}:");
            for r in reasons {
                outln!("    {r}");
            }
        }
    }
    let verdict = if failed == 0 && broken_files == 0 {
        "ok"
    } else {
        "FAILED"
    };
    // A scenario or playtest file with errors ran no test: it is counted as such, after its
    // errors (shown above), not summed up as "0 failed".
    let broken = if broken_files > 0 {
        format!("; {broken_files} scenario(s) not run: their errors are above")
    } else {
        String::new()
    };
    outln!("\ntest result: {verdict}. {passed} passed; {failed} failed{broken}");
    if failed == 0 && broken_files == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
