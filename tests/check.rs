//! `doverie check`: every check has a failing fixture with the expected message and position,
//! the shipped content checks clean, and malformed input of any kind gives an error, not a panic.
//!
//! Fixtures are `tests/fixtures/check/scenarios/*.ron` (and `protocols/*.ron`, `services/*.ron`). Each starts with
//! `// expect: LINE:COL SEVERITY MESSAGE` lines (or `// expect: PATH:LINE:COL ...` for a problem
//! reported in another file, relative to the fixture root); the diagnostics reported must be
//! exactly those. Structure fixtures have no Fluent files, so "no English/Russian text" is
//! ignored unless the fixture expects it.

#[path = "at_root/mod.rs"]
mod at_root;
#[path = "common/mod.rs"]
mod common;
use at_root::repo_root;

use std::path::{Path, PathBuf};

use doverie_core::content;
use doverie_core::diag::{Diagnostic, Severity};
use doverie_core::library::Library;
use doverie_core::locale::{Lang, Text, ui_source};
use doverie_core::ron_file::RonFile;
use proptest::prelude::*;

const ROOT: &str = "tests/fixtures/check";

fn expectations(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("// expect: "))
        .map(|e| {
            // Locations without a file are in the fixture itself.
            let first = e.split(' ').next().unwrap();
            if first.matches(':').count() == 1 {
                format!("{}:{e}", path.display())
            } else {
                format!("{ROOT}/{e}")
            }
        })
        .collect()
}

fn as_expectation(d: &Diagnostic) -> String {
    format!(
        "{}:{}:{} {} {}",
        d.file.display(),
        d.pos.line,
        d.pos.col,
        d.severity.as_str(),
        d.message
    )
}

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["scenarios", "scenarios/protocols", "scenarios/services"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(Path::new(ROOT).join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_fixture_reports_exactly_its_expected_diagnostics() {
    repo_root();
    let mut failures = Vec::new();
    for fixture in fixtures() {
        let expected = expectations(&fixture);
        if fixture.ends_with("protocols/test.ron") {
            assert!(expected.is_empty());
        }
        let wants_text_errors = expected.iter().any(|e| e.contains(" text: "));
        let wants_info = expected.iter().any(|e| e.contains(" info "));
        let got: Vec<String> =
            doverie_authoring::check::check_paths(std::slice::from_ref(&fixture))
                .iter()
                .filter(|d| {
                    wants_text_errors
                        || !(d.message.starts_with("no English text")
                            || d.message.starts_with("no Russian text"))
                })
                // Voice clips are optional: their information is checked where a fixture asks.
                .filter(|d| wants_info || d.severity != Severity::Info)
                .map(as_expectation)
                .collect();
        if got != expected {
            failures.push(format!(
                "{}\n  expected:\n    {}\n  got:\n    {}",
                fixture.display(),
                expected.join("\n    "),
                got.join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_kind_of_problem_has_a_fixture() {
    repo_root();
    let all: String = fixtures()
        .iter()
        .flat_map(|f| expectations(f))
        .collect::<Vec<_>>()
        .join("\n");
    for needle in [
        "the file ends too early",
        "Expected integer",
        "unknown field `optons`",
        "unknown variant `Boy`",
        "missing field `start`",
        "unknown node \"ende\"",
        "unknown start node",
        "does not fit the caller's role",
        "unknown act",
        "unknown caller event",
        "unknown service or service group",
        "unknown outcome",
        "no protocol",
        "duplicate node id",
        "duplicate option id",
        "duplicate variable",
        "duplicate act id",
        "is listed twice",
        "no path reaches node",
        "has no way out",
        "used but not declared",
        "is outside its range",
        "is outside the range",
        "can never hold",
        "min 3 above max 1",
        "is not kebab-case",
        "increasing order of `after`",
        "needs at least one positive weight",
        "is missing in",
        "is not used",
        "is defined twice",
        "Fluent syntax error",
        "does not format",
        "no English text",
        "no Russian text",
        "bad opening hours",
        "unknown service \"polise\"",
        "which $gender never is",
        "bad time zone",
        "bad holiday",
        "unknown service kind",
        "unknown service group",
        "is not within",
        "duplicate entry id",
        "unknown entry",
        "confirmed from an official source",
        "relies on a service that is closed",
        "no service directory for region",
        "but no weekday",
        "is a Wed, not a Mon",
    ] {
        assert!(
            all.contains(needle),
            "no fixture expects a diagnostic containing {needle:?}"
        );
    }
}

#[test]
fn diagnostics_read_like_a_compiler_with_hints() {
    repo_root();
    let fixture = Path::new(ROOT).join("scenarios/unknown-ids.ron");
    let diags = doverie_authoring::check::check_paths(&[fixture]);
    let text = diags.to_string();
    insta::assert_snapshot!(text);
    for d in diags.iter() {
        assert!(d.hint.is_some(), "every diagnostic has a hint: {d}");
    }
}

#[test]
fn shipped_content_checks_clean() {
    repo_root();
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let diags = doverie_authoring::check::check_paths(&[root.join("scenarios")]);
    let ui = content::check_ui_text(&Library::new(root));
    let all: Vec<String> = diags
        .iter()
        .chain(ui.iter())
        // Voice clips are optional, and directory entries still to confirm are information.
        .filter(|d| {
            d.severity != Severity::Info
                || !(d.message.contains("no voice clip")
                    || d.message.contains("confirmed from an official source"))
        })
        .map(ToString::to_string)
        .collect();
    assert!(
        all.is_empty(),
        "shipped content must check with no error and no warning:\n{}",
        all.join("\n")
    );
    let library = Library::new(root);
    assert!(
        library.scenario_files().len() >= 2,
        "at least two shipped scenarios"
    );
    for file in library.scenario_files() {
        let (loaded, _) = content::check_scenario(&library, &file);
        let loaded = loaded.unwrap();
        let s = &loaded.scenario;
        assert!(s.nodes.len() >= 12, "{}: at least 12 nodes", s.id);
        let endings: std::collections::BTreeSet<_> =
            s.nodes.iter().filter_map(|n| n.ending).collect();
        assert!(
            endings.len() >= 3,
            "{}: at least 3 endings with different outcomes",
            s.id
        );
        assert!(
            s.nodes.iter().any(|n| n.lines.len() > 1),
            "{}: has line variants",
            s.id
        );
        assert!(
            !s.default_silence.is_empty() || s.nodes.iter().any(|n| n.silence.is_some()),
            "{}: handles silence",
            s.id
        );
        assert!(
            s.nodes.iter().any(|n| !n.dispatch.is_empty()) || !s.default_dispatch.is_empty(),
            "{}: has a dispatch decision",
            s.id
        );
    }
}

#[test]
fn ui_text_is_complete_and_every_ui_message_in_the_code_is_listed() {
    repo_root();
    let listed: std::collections::BTreeSet<&str> =
        doverie_core::locale::UI_MESSAGES.iter().copied().collect();
    let mut used = std::collections::BTreeSet::new();
    let mut files: Vec<PathBuf> = vec!["src/term/mod.rs".into(), "src/term/render.rs".into()];
    files.extend(
        std::fs::read_dir("src/cli")
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    assert!(files.len() > 8, "found the command line's sources");
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, _) in text.match_indices("\"ui-") {
            let id: String = text[i + 1..].chars().take_while(|c| *c != '"').collect();
            // Ids built with format! (`ui-difficulty-{}`) are listed one by one instead.
            if !id.contains('{') {
                used.insert(id);
            }
        }
    }
    // The desktop app's own words (`gui-…`) and the shared ones it uses.
    let mut app_files = Vec::new();
    let mut dirs = vec![PathBuf::from("crates/doverie-app/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                app_files.push(path);
            }
        }
    }
    assert!(app_files.len() > 8, "found the app's sources");
    for file in app_files {
        let text = std::fs::read_to_string(file).unwrap();
        for prefix in ["\"ui-", "\"gui-"] {
            for (i, _) in text.match_indices(prefix) {
                let id: String = text[i + 1..].chars().take_while(|c| *c != '"').collect();
                if !id.contains('{') && id.len() > prefix.len() {
                    used.insert(id);
                }
            }
        }
    }
    for id in &used {
        assert!(
            listed.contains(id.as_str()),
            "{id} is used but not in UI_MESSAGES"
        );
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doverie-check-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("scenarios")).unwrap();
    dir
}

fn check_bytes(name: &str, bytes: &[u8]) -> Vec<Diagnostic> {
    let dir = temp_dir(name);
    let file = dir.join("scenarios").join(format!("{name}.ron"));
    std::fs::write(&file, bytes).unwrap();
    let diags = doverie_authoring::check::check_paths(&[file]);
    let _ = std::fs::remove_dir_all(&dir);
    diags.0
}

#[test]
fn malformed_input_gives_errors_not_panics() {
    repo_root();
    let shipped = std::fs::read(Path::new(ROOT).join("../mini/scenarios/mini.ron")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            shipped[..shipped.len() / 2].to_vec(),
            "ends too early|is not closed",
        ),
        (
            "truncated-after-node",
            shipped[..shipped.iter().rposition(|&b| b == b')').unwrap()].to_vec(),
            "ends too early",
        ),
        ("empty", Vec::new(), "ends too early"),
        (
            "wrong-types",
            b"Scenario(id: 5, protocol: [], caller: 1, start: true, nodes: {})".to_vec(),
            "invalid RON",
        ),
        (
            "binary",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
            "not valid UTF-8",
        ),
        (
            "nested",
            format!(
                "Scenario(id: {}{})",
                "[".repeat(100_000),
                "]".repeat(100_000)
            )
            .into_bytes(),
            "nest more than",
        ),
        (
            "nested-unclosed",
            "(".repeat(1_000_000).into_bytes(),
            "nest more than",
        ),
        (
            "huge",
            {
                let mut v = b"Scenario(id: \"".to_vec();
                v.resize(50 * 1024 * 1024, b'a');
                v
            },
            "larger than",
        ),
        ("nul", b"Scenario(\0)".to_vec(), "invalid RON"),
        (
            "text-not-ron",
            "Привет, это не RON.\n".as_bytes().to_vec(),
            "expected `Scenario` here",
        ),
    ];
    for (name, bytes, expected) in cases {
        let diags = check_bytes(name, &bytes);
        assert!(
            diags.iter().any(|d| d.severity == Severity::Error
                && expected.split('|').any(|e| d.message.contains(e))),
            "{name}: expected an error containing {expected:?}, got {diags:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any text, and any mutation of a valid scenario, parses to a value or a positioned error.
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        repo_root();
        let file = RonFile::from_text(Path::new("x.ron"), text);
        let _ = file.parse::<doverie_core::scenario::ScenarioDef>();
    }

    #[test]
    fn mutated_scenarios_never_panic(cut in 0usize..3000, insert in "[\\[\\](){}\",:a-z0-9 ]{0,8}") {
        repo_root();
        let text = std::fs::read_to_string(Path::new(ROOT).join("../mini/scenarios/mini.ron")).unwrap();
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) { cut -= 1; }
        let mutated = format!("{}{}{}", &text[..cut], insert, &text[cut..]);
        let file = RonFile::from_text(Path::new("tests/fixtures/mini/scenarios/mini.ron"), mutated);
        if let Ok(def) = file.parse::<doverie_core::scenario::ScenarioDef>() {
            let (protocol, _) = doverie_core::protocol::load(Path::new("tests/fixtures/mini/scenarios/protocols/test.ron"));
            let compiled = doverie_core::scenario::compile(&def, &file, protocol.as_ref());
            prop_assert!(compiled.scenario.is_some() || compiled.diagnostics.has_errors());
        }
    }
}

/// Issue 18: diagnostics are shown as rustc shows its own: the `file:line:col` line first, then
/// the source line with a caret under the span, and the hint; the frame's words in the
/// reader's language.
#[test]
fn diagnostics_show_the_source_line_with_a_caret_under_the_span() {
    repo_root();
    let fixture = Path::new(ROOT).join("scenarios/graph-problems.ron");
    let diags = doverie_authoring::check::check_paths(std::slice::from_ref(&fixture));
    let stuck = diags
        .iter()
        .find(|d| d.message.contains("\"stuck\""))
        .unwrap();
    for (lang, error, hint) in [
        (Lang::En, "error", "hint"),
        (Lang::Ru, "ошибка", "подсказка"),
    ] {
        let text = Text::new(lang, &[ui_source(lang)], &[ui_source(Lang::FALLBACK)]);
        let shown = doverie_authoring::diagnostics::Renderer::new(&text).render(stuck);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(
            lines[0],
            format!(
                "tests/fixtures/check/scenarios/graph-problems.ron:12:14: {error}: node \"stuck\" is not an ending and has no way out"
            ),
            "{shown}"
        );
        let source = lines
            .iter()
            .position(|l| l.contains("(id: \"stuck\", lines: [\"um\"]"))
            .unwrap_or_else(|| panic!("the source line is shown:\n{shown}"));
        assert!(lines[source].starts_with("12 │"), "{shown}");
        let caret = lines[source + 1];
        let column = |l: &str, at: usize| l.chars().take(at).count();
        let quote = lines[source].find("\"stuck\"").unwrap();
        assert_eq!(
            caret.find('^').map(|i| column(caret, i)),
            Some(column(lines[source], quote)),
            "the caret is under the id:\n{shown}"
        );
        assert_eq!(caret.matches('^').count(), "\"stuck\"".len(), "{shown}");
        assert!(
            shown.contains(&format!("= {hint}: add an option")),
            "{shown}"
        );
    }
    let text = Text::new(
        Lang::Ru,
        &[ui_source(Lang::Ru)],
        &[ui_source(Lang::FALLBACK)],
    );
    let summary = doverie_authoring::diagnostics::Renderer::new(&text).summary(&diags);
    assert!(
        summary.contains("ошибки") || summary.contains("ошибка"),
        "{summary}"
    );
}

/// Issue 18: `check FILE.ftl` checks the Fluent file as Fluent (with its scenario when it has
/// one, alone otherwise), never as RON.
#[test]
fn a_fluent_file_is_checked_as_fluent() {
    repo_root();
    let ftl = Path::new(ROOT).join("locales/en/scenarios/text-problems.ftl");
    let diags = doverie_authoring::check::check_paths(std::slice::from_ref(&ftl));
    let all = diags.to_string();
    assert!(
        !all.contains("RON") && !all.contains("expected `Scenario`"),
        "{all}"
    );
    assert!(
        all.contains("does not format: unknown variable $nmae"),
        "{all}"
    );
    assert!(all.contains("Fluent syntax error"), "{all}");

    let dir = temp_dir("lone-ftl");
    let lone = dir.join("notes.ftl");
    std::fs::write(
        &lone,
        "hello = Hi\nhello = Again\nbye = { $gender ->\n    [f] a\n   *[m] b\n}\nbroken = {\n",
    )
    .unwrap();
    let diags = doverie_authoring::check::check_paths(std::slice::from_ref(&lone));
    let all = diags.to_string();
    assert!(
        all.contains("notes.ftl:2:1: error: message \"hello\" is defined twice"),
        "{all}"
    );
    assert!(
        all.contains("notes.ftl:3:1: error: message \"bye\" selects on $gender with [f], [m]"),
        "{all}"
    );
    assert!(all.contains("Fluent syntax error"), "{all}");
    assert!(!all.contains("RON"), "{all}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 18: a scenario outside any `scenarios` folder finds its protocol and text in the
/// content folder it is checked against.
#[test]
fn a_scenario_outside_scenarios_finds_its_protocol_in_the_content_folder() {
    repo_root();
    let dir = temp_dir("outside");
    let file = dir.join("elsewhere.ron");
    std::fs::copy(Path::new(ROOT).join("scenarios/graph-problems.ron"), &file).unwrap();
    let content = Library::new(ROOT);
    let alone = doverie_authoring::check::check_paths(std::slice::from_ref(&file));
    assert!(
        alone
            .iter()
            .any(|d| d.message.starts_with("no protocol \"test\"")),
        "{alone}"
    );
    let found =
        doverie_authoring::check::check_paths_in(std::slice::from_ref(&file), Some(&content));
    assert!(
        !found.iter().any(|d| d.message.starts_with("no protocol")),
        "{found}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("\"stuck\" is not an ending")),
        "the structure is checked against the protocol: {found}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 18: a file that does not parse hides nothing else: the other files are checked, and
/// its own Fluent text is still checked as Fluent.
#[test]
fn a_parse_error_does_not_hide_the_other_errors() {
    repo_root();
    let dir = temp_dir("parse-and-more");
    std::fs::create_dir_all(dir.join("locales/en/scenarios")).unwrap();
    std::fs::write(dir.join("scenarios/broken.ron"), "Scenario(id: \"broken\",").unwrap();
    std::fs::write(
        dir.join("locales/en/scenarios/broken.ftl"),
        "title = One\ntitle = Two\n",
    )
    .unwrap();
    std::fs::copy(
        Path::new(ROOT).join("scenarios/graph-problems.ron"),
        dir.join("scenarios/graph-problems.ron"),
    )
    .unwrap();
    let diags = doverie_authoring::check::check_paths(&[dir.join("scenarios")]);
    let all = diags.to_string();
    assert!(all.contains("broken.ron:1:"), "{all}");
    assert!(
        all.contains("broken.ftl:2:1: error: message \"title\" is defined twice"),
        "{all}"
    );
    assert!(
        all.contains("graph-problems.ron:13:14: warning: no path reaches node \"island\""),
        "{all}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A playtest that fails after dispatching a service closed at that hour is warned about, with
/// what answers then; one that passes despite the closed dispatch is not. The call's transcript
/// binds the directory files whose hours it kept.
#[test]
fn a_failing_playtest_that_dispatches_a_closed_service_is_warned_about() {
    repo_root();
    let dir = temp_dir("closed-playtest");
    let fixture = Path::new(ROOT);
    for (from, to) in [
        (
            "scenarios/protocols/test.ron",
            "scenarios/protocols/test.ron",
        ),
        (
            "scenarios/services/night-town.ron",
            "scenarios/services/night-town.ron",
        ),
        (
            "scenarios/closed-service.ron",
            "scenarios/closed-service.ron",
        ),
        (
            "locales/en/protocols/test.ftl",
            "locales/en/protocols/test.ftl",
        ),
        (
            "locales/ru/protocols/test.ftl",
            "locales/ru/protocols/test.ftl",
        ),
    ] {
        let to = dir.join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(fixture.join(from), to).unwrap();
    }
    for lang in ["en", "ru"] {
        let ftl = dir.join(format!("locales/{lang}/scenarios/closed-service.ftl"));
        std::fs::create_dir_all(ftl.parent().unwrap()).unwrap();
        std::fs::write(
            ftl,
            "title = t\nsummary = s\ncaller-name = n\na--l = l\na--o = o\nb--l = l\nb--o = o\n",
        )
        .unwrap();
    }
    std::fs::write(
        dir.join("scenarios/closed-service.tests.ron"),
        r#"Playtests(scenario: "closed-service", tests: [
            (name: "the day centre at night", script: "o, dispatch:day-centre", ending: Some("c")),
            (name: "the day centre does not answer, the call goes on", script: "o, dispatch:day-centre, o", ending: Some("c")),
        ])"#,
    )
    .unwrap();
    let diags = doverie_authoring::check::check_paths(&[dir.join("scenarios/closed-service.ron")]);
    let playtests: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.message.starts_with("playtest"))
        .collect();
    assert_eq!(playtests.len(), 1, "{diags}");
    assert_eq!(
        playtests[0].message,
        "playtest \"the day centre at night\" dispatches \"day-centre\", which is closed at 23:40 in the scenario"
    );
    assert_eq!(playtests[0].severity, Severity::Warning);
    assert_eq!(
        playtests[0].hint.as_deref(),
        Some("what answers then: town-police (102)")
    );
    let (loaded, _) = content::load(&Library::new(&dir), "closed-service").unwrap();
    let stamps: Vec<String> = loaded
        .text_stamps(doverie_core::locale::Lang::En)
        .into_iter()
        .map(|s| s.path)
        .collect();
    assert!(
        stamps.contains(&"scenarios/services/night-town.ron".to_string()),
        "{stamps:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Voice coverage counts the lines there is something to say in: a line that is only a stage
/// direction in a language ("[silence]", "[click]") needs no clip there and is not missing.
#[test]
fn lines_that_are_only_stage_directions_need_no_voice_clip() {
    repo_root();
    let root = std::env::temp_dir().join(format!("doverie-check-voice-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    common::copy_dir(Path::new("tests/fixtures/mini"), &root);
    let en = root.join("locales/en/scenarios/mini.ftl");
    let text = std::fs::read_to_string(&en)
        .unwrap()
        .replace("gone--click = (click)", "gone--click = [click]")
        .replace("talk--hm = Hm.", "talk--hm = [silence]  [a sigh]");
    std::fs::write(&en, text).unwrap();
    // Every English line with words has its clip but one.
    let voice = root.join("assets/voice/en/mini");
    std::fs::create_dir_all(&voice).unwrap();
    let ids: Vec<String> = std::fs::read_to_string(&en)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.to_string()))
        .filter(|id| id.contains("--"))
        .collect();
    assert_eq!(ids.len(), 19, "{ids:?}");
    for id in &ids {
        if !["gone--click", "talk--hm", "hello--hi-a"].contains(&id.as_str()) {
            std::fs::write(voice.join(format!("{id}.wav")), b"").unwrap();
        }
    }
    let diags = doverie_authoring::check::check_paths(&[root.join("scenarios/mini.ron")]);
    let infos: Vec<String> = diags
        .iter()
        .filter(|d| d.message.contains("no voice clip"))
        .map(|d| d.message.clone())
        .collect();
    let en_info = infos.iter().find(|m| m.starts_with("en:")).unwrap();
    assert!(
        en_info.starts_with("en: 1 of 10 lines have no voice clip (hello--hi-a) (2 more are only stage directions, with nothing to voice)"),
        "{infos:?}"
    );
    // The Russian file lacks those two lines: they are shown in English, and need no clip either.
    let ru_info = infos.iter().find(|m| m.starts_with("ru:")).unwrap();
    assert!(
        ru_info.starts_with("ru: 10 of 10 lines") && ru_info.contains("(2 more are only stage"),
        "{infos:?}"
    );
    // With the last clip there, nothing is missing in English.
    std::fs::write(voice.join("hello--hi-a.wav"), b"").unwrap();
    let diags = doverie_authoring::check::check_paths(&[root.join("scenarios/mini.ron")]);
    assert!(
        !diags.iter().any(|d| d.message.starts_with("en:")),
        "{diags}"
    );
    let _ = std::fs::remove_dir_all(&root);
}
