//! The `doverie` binary as a trainer, a trainee or a bot uses it.

mod common;
use common::copy_dir;

#[path = "cli/exam.rs"]
mod exam;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use doverie_core::transcript::{NamedEvent, Transcript};

const MINI: &str = "tests/fixtures/mini/scenarios/mini.ron";

fn doverie(args: &[&str]) -> Output {
    doverie_with(args).output().unwrap()
}

/// The binary with no system locale (so the language by default is Russian) and its data
/// folder in a temporary one.
fn doverie_with(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_doverie"));
    c.args(args)
        .env_remove("DOVERIE_HOME")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("DOVERIE_DATA", temp("data"));
    c
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("doverie-cli-{}-{name}", std::process::id()))
}

#[test]
fn scripted_play_writes_a_transcript_that_replays() {
    let out = temp("play.json");
    let o = doverie(&[
        "play",
        MINI,
        "--lang",
        "en",
        "--seed",
        "4",
        "--trainee",
        "t-17",
        "--out",
        out.to_str().unwrap(),
        "--choose",
        "greet,reflect,close",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("You: Thank you for telling me."), "{text}");
    assert!(text.contains("The call has ended: closed."), "{text}");
    let t = Transcript::read(&out).unwrap();
    assert_eq!(
        (t.seed, t.trainee.as_str(), t.locale.as_str()),
        (4, "t-17", "en")
    );
    assert_eq!(t.scenario.id, "mini");
    assert_eq!(t.scenario.hash.len(), 64);
    assert_eq!(t.inputs.len(), 3);
    assert!(t.is_finished());
    let library = doverie_core::library::Library::new(env!("CARGO_MANIFEST_DIR"));
    let (loaded, _) = doverie_core::content::load(&library, MINI).unwrap();
    t.replay(&loaded.scenario, &loaded.protocol).unwrap();
    let _ = std::fs::remove_file(out);
}

#[test]
fn an_impossible_script_input_is_an_error_with_a_reason() {
    let o = doverie(&["play", MINI, "--seed", "1", "--choose", "greet,nonsense"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("input 2 \"nonsense\": there is no option \"nonsense\" on node \"talk\""),
        "{err}"
    );
    assert!(err.contains("offered now: reflect, promise"), "{err}");
    let o = doverie(&["play", MINI, "--choose", "wait:soon"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("wait:soon"));
}

#[test]
fn an_unfinished_call_resumes_from_its_transcript() {
    let out = temp("resume.json");
    let o = doverie(&[
        "play",
        MINI,
        "--seed",
        "9",
        "--out",
        out.to_str().unwrap(),
        "--choose",
        "greet",
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("doverie play --resume"));
    let o = doverie(&[
        "play",
        MINI,
        "--resume",
        out.to_str().unwrap(),
        "--choose",
        "reflect,close",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = Transcript::read(&out).unwrap();
    assert_eq!(t.inputs.len(), 3);
    assert_eq!(
        t.events.last().unwrap().event,
        NamedEvent::CallEnded {
            outcome: "closed".into()
        }
    );
    // A transcript of an edited scenario does not resume.
    let tampered =
        std::fs::read_to_string(&out)
            .unwrap()
            .replacen("\"hash\": \"", "\"hash\": \"0", 1);
    std::fs::write(&out, tampered).unwrap();
    let o = doverie(&["play", MINI, "--resume", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot resume"), "{}", stderr(&o));
    let _ = std::fs::remove_file(out);
}

#[test]
fn piped_commands_play_without_a_timer() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_doverie"))
        .args(["play", MINI, "--seed", "2", "--lang", "ru"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Option numbers are shuffled by seed, so use ids, plus a dispatch by number and a hang-up.
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"greet\nd 3\nh\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let text = stdout(&o);
    // The child never says her name in this call: she is "the caller" throughout.
    assert!(text.contains("] Звонящий: "), "{text}");
    assert!(!text.contains("Тима:"), "{text}");
    assert!(
        text.contains("Day centre"),
        "services named, English fallback: {text}"
    );
    assert!(text.contains("вы положили трубку"), "{text}");
}

#[test]
fn check_exit_status_follows_errors() {
    let o = doverie(&[
        "check",
        "tests/fixtures/check/scenarios/unknown-ids.ron",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(
        text.contains(
            "tests/fixtures/check/scenarios/unknown-ids.ron:19:55: error: unknown node \"ende\""
        ),
        "{text}"
    );
    assert!(text.contains("= hint: did you mean \"end\"?"), "{text}");
    let o = doverie(&["check", MINI]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "warnings alone do not fail: {}",
        stdout(&o)
    );
    let o = doverie(&["check", "scenarios", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).ends_with("0 errors, 0 warnings\n"),
        "{}",
        stdout(&o)
    );
}

/// Issue 18: a clean `check` prints no dozen lines about voice clips, one line sums them; the
/// frame is in the reader's language (Russian by default here).
#[test]
fn a_clean_check_sums_up_the_voice_clips_in_one_line() {
    let o = doverie(&["check", "scenarios"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("сведения: "), "{text}");
    assert!(lines[0].contains("--verbose"), "{text}");
    assert_eq!(lines[1], "0 ошибок, 0 предупреждений");
    let verbose = stdout(&doverie(&[
        "check",
        "scenarios",
        "--verbose",
        "--lang",
        "en",
    ]));
    assert!(verbose.matches(": info: ").count() > 2, "{verbose}");
}

/// Issue 18: `check PATH` takes a path as given, else in the content folder, else as a
/// scenario's name; a Fluent file is checked as Fluent.
#[test]
fn check_finds_paths_and_names_in_the_content_folder() {
    let elsewhere = temp("check-cwd");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let home = std::env::current_dir().unwrap();
    for arg in ["scenarios/hidden-bruises.ron", "hidden-bruises"] {
        let o = doverie_with(&["check", arg, "--lang", "en"])
            .current_dir(&elsewhere)
            .env("DOVERIE_HOME", &home)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{arg}: {}", stdout(&o));
        assert!(
            stdout(&o).ends_with("0 errors, 0 warnings\n"),
            "{}",
            stdout(&o)
        );
    }
    let o = doverie(&[
        "check",
        "locales/ru/scenarios/hidden-bruises.ftl",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(!stdout(&o).contains("RON"), "{}", stdout(&o));
}

/// Issue 18: every command's help describes every argument, lists the accepted values and
/// shows examples.
#[test]
fn every_command_has_help_for_each_argument_values_and_examples() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, problems: &mut Vec<String>) {
        let name = format!("{path} {}", cmd.get_name()).trim().to_string();
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.is_hide_set() || id == "help" || id == "version" {
                continue;
            }
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                problems.push(format!("{name}: argument {id} has no description"));
            }
            if (id == "lang" || id == "format" || id == "kind")
                && arg.get_possible_values().is_empty()
            {
                problems.push(format!("{name}: {id} lists no accepted values"));
            }
        }
        let has_subcommands = cmd.get_subcommands().next().is_some();
        let examples = cmd
            .get_after_help()
            .is_some_and(|h| h.to_string().contains("Example"));
        if !has_subcommands && !examples && cmd.get_name() != "help" {
            problems.push(format!("{name}: no examples"));
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &name, problems);
        }
    }
    let mut problems = Vec::new();
    walk(&doverie::cli::Cli::command(), "", &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let help = stdout(&doverie(&["play", "--help"]));
    assert!(help.contains("[possible values: ru, en]"), "{help}");
    assert!(help.contains("Examples:"), "{help}");
    let help = stdout(&doverie(&["--help"]));
    assert!(
        help.contains("Examples:") && help.contains("doverie check"),
        "{help}"
    );
    let help = stdout(&doverie(&["graph", "--help"]));
    assert!(help.contains("[possible values: dot, mermaid]"), "{help}");
}

#[test]
fn a_scenario_that_does_not_check_does_not_play() {
    let o = doverie(&[
        "play",
        "tests/fixtures/check/scenarios/unknown-ids.ron",
        "--choose",
        "go",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot play"), "{}", stderr(&o));
}

const BEST_ORPHANAGE: &str = "greet-gently,warm-honest,reflect-alone,validate-lonely,ask-suicide,confidential-plan,safety-plan,agree-safety,sum-up,boundary-warm,stay-warm,boundary-meet,name-it,remember-educator,strengthen,plan-words,close-warm,door-open";

/// Copies the shipped content into a fresh folder, so a test can edit it.
fn content_copy(name: &str) -> PathBuf {
    let dir = temp(name);
    let _ = std::fs::remove_dir_all(&dir);
    for sub in [
        "scenarios",
        "scenarios/protocols",
        "scenarios/services",
        "locales/en/scenarios",
        "locales/en/protocols",
        "locales/en/services",
        "locales/ru/scenarios",
        "locales/ru/protocols",
        "locales/ru/services",
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        for entry in std::fs::read_dir(sub).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    dir
}

fn doverie_in(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doverie"))
        .args(args)
        .env("DOVERIE_HOME", home)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

#[test]
fn a_transcript_bound_to_a_voice_clip_that_changed_since_is_refused_with_the_clip() {
    let home = content_copy("sound-bound");
    let call = home.join("call.json");
    let call_s = call.to_str().unwrap();
    let o = doverie_in(
        &home,
        &[
            "play",
            "orphanage-night-call",
            "--lang",
            "en",
            "--seed",
            "1",
            "--out",
            call_s,
            "--choose",
            BEST_ORPHANAGE,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // The call as the sound service binds it when played with sound: a recorded clip of its
    // first line, and the program's tone plan.
    let library = doverie_core::library::Library::new(&home);
    let (loaded, _) = doverie_core::content::load(&library, "orphanage-night-call").unwrap();
    let line = &loaded.scenario.lines[0].message;
    let dir = library.voice_dir(doverie_core::locale::Lang::En, "orphanage-night-call");
    std::fs::create_dir_all(&dir).unwrap();
    let clip = dir.join(format!("{line}.wav"));
    doverie_audio::clip::write_wav(&clip, &[0.25; 4800], 48_000).unwrap();
    let mut t = Transcript::read(&call).unwrap();
    let plan = doverie_audio::TonePlan::builtin();
    assert!(t.bind_sound(doverie_audio::sound_stamp(
        &library,
        doverie_core::locale::Lang::En,
        &loaded.scenario,
        &plan,
    )));
    std::fs::write(&call, t.to_json()).unwrap();
    let o = doverie_in(&home, &["score", call_s, "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = doverie_in(&home, &["certify", call_s, "--json"]);
    assert!(!stderr(&o).contains("refused"), "{}", stderr(&o));
    // The clip re-recorded: the transcript no longer verifies, and the reason names it.
    doverie_audio::clip::write_wav(&clip, &[0.5; 4800], 48_000).unwrap();
    for command in ["score", "certify"] {
        let o = doverie_in(&home, &[command, call_s]);
        assert!(!o.status.success(), "{command}");
        let e = stderr(&o);
        assert!(
            e.contains(&format!(
                "voice clip assets/voice/en/orphanage-night-call/{line}.wav has changed"
            )),
            "{command}: {e}"
        );
    }
}

#[test]
fn score_recomputes_and_refuses_tampered_transcripts() {
    let home = content_copy("tamper");
    let call = home.join("call.json");
    let call_s = call.to_str().unwrap();
    let o = doverie_in(
        &home,
        &[
            "play",
            "orphanage-night-call",
            "--lang",
            "en",
            "--seed",
            "1",
            "--out",
            call_s,
            "--choose",
            BEST_ORPHANAGE,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("High Compliance · 100.0 of 100"),
        "{}",
        stdout(&o)
    );

    let o = doverie_in(&home, &["score", call_s, "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let card: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(card["level"], "high-compliance");
    assert_eq!(card["total"], 100.0);
    assert!(card["categories"].as_array().unwrap().len() == 7);
    assert!(card["deviations"].as_array().unwrap().is_empty());
    let o = doverie_in(&home, &["score", call_s, "--lang", "ru"]);
    assert!(stdout(&o).contains("Полное соответствие"), "{}", stdout(&o));
    assert!(!stderr(&o).contains("note"), "{}", stderr(&o));

    let original = std::fs::read_to_string(&call).unwrap();
    // A call recorded by another version of doverie is scored, with a note that says so.
    let engine = format!("\"engine\": \"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(original.contains(&engine), "{original}");
    let older = home.join("older.json");
    std::fs::write(&older, original.replace(&engine, "\"engine\": \"0.0.9\"")).unwrap();
    let o = doverie_in(&home, &["score", older.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "recorded by doverie 0.0.9, scored by doverie {}",
            env!("CARGO_PKG_VERSION")
        )),
        "{}",
        stderr(&o)
    );
    let refused = |text: String, reason: &str| {
        let bad = home.join("bad.json");
        std::fs::write(&bad, text).unwrap();
        let o = doverie_in(&home, &["score", bad.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{reason}: {}", stdout(&o));
        assert!(
            stderr(&o).contains(reason),
            "expected {reason:?} in: {}",
            stderr(&o)
        );
        assert!(
            stdout(&o).is_empty(),
            "no score is printed for a refused transcript"
        );
    };
    // A score written into the file.
    refused(
        original.replacen("{", "{\n  \"score\": 100,", 1),
        "unknown field `score`",
    );
    // An input changed.
    refused(
        original.replacen(
            "\"option\": \"ask-suicide\"",
            "\"option\": \"assess-plan\"",
            1,
        ),
        "does not replay",
    );
    // Events reordered.
    let mut t: serde_json::Value = serde_json::from_str(&original).unwrap();
    t["events"].as_array_mut().unwrap().swap(2, 3);
    refused(
        serde_json::to_string(&t).unwrap(),
        "the recorded events are not what the call produces",
    );
    // The scenario edited after the call.
    let scenario = home.join("scenarios/orphanage-night-call.ron");
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(&scenario, format!("// edited after the call\n{text}")).unwrap();
    refused(original.clone(), "has changed since the call was recorded");
    let _ = std::fs::remove_dir_all(home);
}

/// Plays `scenario` by `trainee` with `script` into `home/name`; returns the transcript's path.
fn play_into(
    home: &Path,
    name: &str,
    scenario: &str,
    seed: u64,
    trainee: &str,
    script: &str,
) -> String {
    let out = home.join(name);
    let o = doverie_in(
        home,
        &[
            "play",
            scenario,
            "--seed",
            &seed.to_string(),
            "--trainee",
            trainee,
            "--out",
            out.to_str().unwrap(),
            "--choose",
            script,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    out.to_str().unwrap().to_string()
}

#[test]
fn certify_gives_a_verdict_with_reasons() {
    let home = content_copy("certify");
    let calls: Vec<String> = (1..=5)
        .map(|seed| {
            let name = format!("call-{seed}.json");
            play_into(
                &home,
                &name,
                "orphanage-night-call",
                seed,
                "t-7",
                BEST_ORPHANAGE,
            )
        })
        .collect();
    let mut args = vec!["certify", "--lang", "en"];
    args.extend(calls.iter().map(String::as_str));
    let o = doverie_in(&home, &args);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stdout(&o).contains("CERTIFIED"));
    // Four calls are too few.
    let o = doverie_in(&home, &args[..7]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("✗ 4 calls; at least 5 are needed."),
        "{}",
        stdout(&o)
    );
    // A call by another trainee does not belong in the set.
    let other = play_into(
        &home,
        "other.json",
        "orphanage-night-call",
        9,
        "t-8",
        BEST_ORPHANAGE,
    );
    let mut with_other = args.clone();
    with_other.push(&other);
    let o = doverie_in(&home, &with_other);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no verdict: the calls are by 2 trainees (\"t-7\": 5 calls, \"t-8\": ")
            && stderr(&o).contains("certification is for one trainee at a time"),
        "{}",
        stderr(&o)
    );
    // The same call twice (here a copy under another name) counts once: no verdict.
    let copy = format!("{}.copy.json", calls[0]);
    std::fs::copy(&calls[0], &copy).unwrap();
    let mut with_copy = args.clone();
    with_copy.push(&copy);
    let o = doverie_in(&home, &with_copy);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("are the same call (orphanage-night-call, seed 1); a call counts once"),
        "{}",
        stderr(&o)
    );
    // The shipped sentinel: a good call keeps the set certified, a Critical in it fails it.
    let sentinel =
        |name: &str, script: &str| play_into(&home, name, "night-pills", 1, "t-7", script);
    let good = sentinel(
        "pills-good.json",
        "greet-stay,ask-directly,thank-and-ask-plan,distance-means,ask-mum,call-mum-together,close-with-plan,how-now,go-to-her",
    );
    let mut with_sentinel = args.clone();
    with_sentinel.push(&good);
    let o = doverie_in(&home, &with_sentinel);
    assert!(stdout(&o).contains("Verdict: CERTIFIED"), "{}", stdout(&o));
    let missed = sentinel(
        "pills-missed.json",
        // The cue missed twice and the question never asked (asking late is Major under 2.0).
        "greet-stay,reflect-only,explore-chat,change-subject",
    );
    with_sentinel.pop();
    with_sentinel.push(&missed);
    let o = doverie_in(&home, &with_sentinel);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(
        text.contains("✗ Critical deviations in sentinel calls: 1 in 1 sentinel calls")
            && text.contains("(night-pills): critical deviation \"ask-about-suicide\""),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn list_names_topics_in_the_language_and_marks_the_sentinel() {
    let o = doverie(&["list", "--lang", "en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| *l == "night-pills").unwrap();
    assert!(lines[at + 1].contains("imminent suicide risk"), "{text}");
    assert!(
        lines[at + 2].starts_with("    ⚑ A sentinel call for certification"),
        "{text}"
    );
    // The sentinels: night-pills and the five of the sentinel set, no other.
    let sentinels = [
        "night-pills",
        "grown-up-secret",
        "game-photos",
        "wardrobe-whisper",
        "friends-goodbye",
        "alone-second-night",
    ];
    for id in sentinels {
        let at = lines.iter().position(|l| *l == id).unwrap();
        assert!(lines[at + 2].contains('⚑'), "{id} is a sentinel: {text}");
    }
    assert_eq!(
        text.matches('⚑').count(),
        sentinels.len(),
        "only the sentinels: {text}"
    );
    let ru = stdout(&doverie(&["list", "--lang", "ru"]));
    assert!(ru.contains("⚑ Контрольный звонок для аттестации"), "{ru}");
    assert!(ru.contains("физическое насилие"), "{ru}");
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    for args in [
        &["graph", "hidden-bruises"][..],
        &["list"],
        &["check"],
        &["explore", "best-path", "--max-states", "100"],
        &["play", "hidden-bruises", "--choose", "hangup"],
    ] {
        // A pipe whose reading end is closed before the program writes a byte.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = Command::new(env!("CARGO_BIN_EXE_doverie"))
            .args(args)
            .current_dir(if args[0] == "explore" {
                "tests/fixtures/explore"
            } else {
                "."
            })
            .env_remove("DOVERIE_HOME")
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        assert_ne!(
            o.status.code(),
            Some(101),
            "{args:?} panicked: {}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn without_a_display_the_app_says_so_in_one_line_and_starts_the_terminal_mode() {
    use std::io::Write as _;
    let data = temp("headless-data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_doverie"))
        .args(["gui", "--lang", "en", "--seed", "1"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DOVERIE_HOME")
        .env("DOVERIE_DATA", &data)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Choose hidden-bruises (the lobby lists the scenarios by file name), answer the ring, then
    // leave with the call saved.
    let mut names: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
            .unwrap()
            .filter_map(|e| e.unwrap().file_name().into_string().ok())
            .filter(|n| n.ends_with(".ron") && !n.ends_with(".tests.ron"))
            .collect();
    names.sort();
    let number = 1 + names
        .iter()
        .position(|n| n == "hidden-bruises.ron")
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{number}\n\nq\n").as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("No display (DISPLAY is not set): starting the terminal mode."),
        "{err}"
    );
    let text = stdout(&o);
    assert!(
        text.contains(&format!("{number}) Hidden bruises (hidden-bruises)")),
        "{text}"
    );
    assert!(text.contains("== Hidden bruises =="), "{text}");
    let saved: Vec<_> = std::fs::read_dir(data.join("transcripts/anonymous"))
        .unwrap()
        .collect();
    assert_eq!(saved.len(), 1);
}

/// A HOME whose `.asoundrc` makes ALSA's default device `pcm`: real cpal streams, no sound card.
fn alsa_home(name: &str, pcm: &str) -> PathBuf {
    let home = temp(name);
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(
        home.join(".asoundrc"),
        format!("pcm.!default {{\n{pcm}\n}}\n"),
    )
    .unwrap();
    home
}

fn doverie_at_home(home: &Path, args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_doverie"))
        .args(args)
        .env("HOME", home)
        .env_remove("DOVERIE_HOME")
        .env_remove("XDG_DATA_HOME")
        .env("DOVERIE_DATA", home.join("data"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn real_cpal_streams_open_on_alsas_null_device_for_output_and_input() {
    let home = alsa_home("alsa-null", "type null");
    let take = home.join("take.wav");
    let o = doverie_at_home(
        &home,
        &[
            "audio-check",
            "--seconds",
            "0.2",
            "--record",
            take.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "",
        "the sound library's own chatter is kept off the terminal"
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let r = &v["report"];
    assert!(r["output"]["rate"].as_u64().unwrap() > 0, "{v}");
    assert!(r["input"]["rate"].as_u64().unwrap() > 0, "{v}");
    assert!(r["callbacks"].as_u64().unwrap() > 0, "{v}");
    assert!(r["input_frames"].as_u64().unwrap() > 0, "{v}");
    assert_eq!(v["notices"].as_array().unwrap().len(), 0, "{v}");
    let wav = hound::WavReader::open(&take).unwrap();
    assert_eq!(wav.spec().channels, 1);
    assert!(wav.duration() > 0);
}

/// The reproduction: `audio-check --record FIFO` on the null device grew to 5.7 GB.
#[test]
fn audio_check_never_records_into_a_fifo_nor_through_a_link() {
    let home = alsa_home("alsa-fifo", "type null");
    let fifo = home.join("take.wav");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let precious = home.join("precious");
    std::fs::write(&precious, "keep me").unwrap();
    let link = home.join("link.wav");
    std::os::unix::fs::symlink(&precious, &link).unwrap();
    for target in [&fifo, &link] {
        let o = doverie_at_home(
            &home,
            &[
                "audio-check",
                "--seconds",
                "0.2",
                "--record",
                target.to_str().unwrap(),
                "--json",
            ],
            b"",
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert!(v["report"]["take"].is_null(), "{v}");
        let notices = v["notices"].as_array().unwrap();
        assert!(
            notices
                .iter()
                .any(|n| n.as_str().unwrap().contains("cannot record")),
            "{v}"
        );
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me");
}

#[test]
fn without_a_sound_device_there_is_one_notice_and_the_rest_goes_on() {
    let home = alsa_home("alsa-none", "type hw\ncard 99");
    let o = doverie_at_home(&home, &["audio-check", "--seconds", "0.05", "--json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["report"]["output"].is_null(), "{v}");
    let notices = v["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1, "{v}");
    assert!(
        notices[0].as_str().unwrap().contains("without sound"),
        "{v}"
    );

    // A call with voice practice on such a machine: one notice per missing device, and the
    // call itself is complete.
    let out = home.join("call.json");
    let o = doverie_at_home(
        &home,
        &[
            "play",
            MINI,
            "--seed",
            "4",
            "--voice",
            "--out",
            out.to_str().unwrap(),
        ],
        b"1\n1\n1\n1\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 2, "{err}");
    let t = Transcript::read(&out).unwrap();
    assert!(t.recordings.is_empty());
    assert!(!t.inputs.is_empty());

    // The notices in the trainee's language.
    let out = home.join("call-ru.json");
    let o = doverie_at_home(
        &home,
        &[
            "play",
            MINI,
            "--seed",
            "4",
            "--voice",
            "--lang",
            "ru",
            "--out",
            out.to_str().unwrap(),
        ],
        b"1\n1\n1\n1\n",
    );
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains("звук") && !err.contains("without sound"),
        "{err}"
    );
}

#[test]
fn voice_practice_records_each_answer_beside_the_transcript() {
    let home = alsa_home("alsa-voice", "type null");
    let out = home.join("calls").join("call.json");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let o = doverie_at_home(
        &home,
        &[
            "play",
            MINI,
            "--seed",
            "4",
            "--voice",
            "--out",
            out.to_str().unwrap(),
        ],
        b"greet\nreflect\nclose\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let t = Transcript::read(&out).unwrap();
    assert!(t.is_finished());
    let turns: Vec<u32> = t.recordings.iter().map(|r| r.turn).collect();
    let answered: Vec<u32> = t.inputs.iter().map(|i| i.turn).collect();
    assert_eq!(turns, answered, "one recording per answer");
    for r in &t.recordings {
        let path = out.with_file_name(&r.file);
        assert!(r.file.starts_with("call.turn-"), "{}", r.file);
        let wav = hound::WavReader::open(&path).unwrap();
        let millis = u64::from(wav.duration()) * 1000 / u64::from(wav.spec().sample_rate);
        assert!(
            millis.abs_diff(r.millis) <= 1,
            "{} ms vs {} ms",
            millis,
            r.millis
        );
    }
    // The assessor's re-scoring accepts it...
    let o = doverie(&["score", out.to_str().unwrap(), "--scenario", MINI]);
    assert!(o.status.success(), "{}", stderr(&o));
    // ...and refuses a recording that points outside the call's folder.
    let mut tampered: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    tampered["recordings"][0]["file"] = "../../elsewhere.wav".into();
    let bad = home.join("calls").join("tampered.json");
    std::fs::write(&bad, tampered.to_string()).unwrap();
    let o = doverie(&["score", bad.to_str().unwrap(), "--scenario", MINI]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is not a .wav file beside the transcript"),
        "{}",
        stderr(&o)
    );
    // Each recording is bound by its hash: a take replaced after the call is refused.
    assert!(t.recordings.iter().all(|r| r.hash.is_some()));
    let take = out.with_file_name(&t.recordings[0].file);
    let mut bytes = std::fs::read(&take).unwrap();
    bytes.extend_from_slice(&[0, 0]);
    std::fs::write(&take, bytes).unwrap();
    let o = doverie(&["score", out.to_str().unwrap(), "--scenario", MINI]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("has changed since the call"),
        "{}",
        stderr(&o)
    );
}

fn sine_wav(path: &Path) {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 22_050,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).unwrap();
    for i in 0..2205 {
        let x = (i as f32 * 440.0 * std::f32::consts::TAU / 22_050.0).sin();
        w.write_sample((x * 8000.0) as i16).unwrap();
    }
    w.finalize().unwrap();
}

#[test]
fn caller_voice_clips_are_found_per_language_checked_and_played() {
    let root = temp("voice-content");
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(Path::new("tests/fixtures/mini"), &root);
    let voice = root.join("assets/voice/en/mini");
    std::fs::create_dir_all(&voice).unwrap();
    for line in ["hello--hi-a", "hello--hi-b", "hello--hi-c"] {
        sine_wav(&voice.join(format!("{line}.wav")));
    }
    sine_wav(&voice.join("helo--hi-a.wav"));
    let scenario = root.join("scenarios/mini.ron");

    let o = doverie(&[
        "check",
        scenario.to_str().unwrap(),
        "--verbose",
        "--lang",
        "en",
    ]);
    let text = stdout(&o);
    assert!(
        text.contains("info: en: 9 of 12 lines have no voice clip"),
        "{text}"
    );
    assert!(
        text.contains("info: ru: 12 of 12 lines have no voice clip"),
        "{text}"
    );
    assert!(
        text.contains("helo--hi-a.wav:1:1: warning: voice clip \"helo--hi-a\" matches no line of scenario \"mini\""),
        "{text}"
    );
    assert!(text.contains("did you mean \"hello--hi-a\"?"), "{text}");

    // Played on a real (null) device: the clip of the opening line is read and mixed...
    let home = alsa_home("alsa-clips", "type null");
    // (Each call into its own file: a transcript of another call is never replaced.)
    let play = |home: &Path, name: &str| {
        doverie_at_home(
            home,
            &[
                "play",
                scenario.to_str().unwrap(),
                "--lang",
                "en",
                "--seed",
                "4",
                "--voice",
                "--out",
                home.join(name).to_str().unwrap(),
            ],
            b"hangup\n",
        )
    };
    let o = play(&home, "call.json");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    // ...and a broken clip is one notice, not a broken call.
    for line in ["hello--hi-a", "hello--hi-b", "hello--hi-c"] {
        std::fs::write(voice.join(format!("{line}.wav")), b"RIFF, but not really").unwrap();
    }
    let o = play(&home, "call-2.json");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot play a voice clip"),
        "{}",
        stderr(&o)
    );
}

/// Certification over the six sentinel calls: good calls in all of them certify; one Critical
/// deviation in any one of them fails the set, and the verdict names it.
#[test]
fn certification_needs_every_sentinel_call_without_a_critical_deviation() {
    use doverie_authoring::playtest::{self, LevelDef};
    use doverie_core::protocol::rules::Severity;
    let home = content_copy("sentinels");
    let library = doverie_core::library::Library::new(&home);
    let sentinels = [
        "night-pills",
        "grown-up-secret",
        "game-photos",
        "wardrobe-whisper",
        "friends-goodbye",
        "alone-second-night",
    ];
    let mut good = Vec::new();
    let mut critical = Vec::new();
    for id in sentinels {
        let (loaded, _) = doverie_core::content::load(&library, id).unwrap();
        let tests_file = playtest::tests_path(&loaded.path);
        let tests = playtest::load(&tests_file, &loaded).unwrap();
        let best = tests
            .tests
            .iter()
            .find(|t| matches!(t.level, Some(LevelDef::HighCompliance)))
            .unwrap_or_else(|| panic!("{id} has a High Compliance playtest"));
        let critical_rule = |rule: &String| {
            loaded
                .protocol
                .rules
                .iter()
                .any(|r| &r.id == rule && r.severity == Severity::Critical)
        };
        let (bad, rule) = tests
            .tests
            .iter()
            .find_map(|t| t.broken.iter().find(|r| critical_rule(r)).map(|r| (t, r)))
            .unwrap_or_else(|| panic!("{id} has a playtest with a Critical deviation"));
        good.push(play_into(
            &home,
            &format!("{id}-good.json"),
            id,
            best.seed,
            "t-9",
            &best.script,
        ));
        critical.push((
            id,
            rule.clone(),
            play_into(
                &home,
                &format!("{id}-critical.json"),
                id,
                bad.seed,
                "t-9",
                &bad.script,
            ),
        ));
    }
    let certify = |calls: &[String]| {
        let mut args = vec!["certify", "--lang", "en"];
        args.extend(calls.iter().map(String::as_str));
        doverie_in(&home, &args)
    };
    let o = certify(&good);
    assert!(
        o.status.success() && stdout(&o).contains("Verdict: CERTIFIED"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    for (n, (id, rule, path)) in critical.iter().enumerate() {
        let mut calls = good.clone();
        calls[n] = path.clone();
        let o = certify(&calls);
        let text = stdout(&o);
        assert_eq!(o.status.code(), Some(1), "{id}: {text}");
        assert!(
            text.contains(&format!("({id}): critical deviation \""))
                && text.contains(rule.as_str()),
            "{id} names its Critical deviation {rule}: {text}"
        );
    }
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn explore_reports_in_the_chosen_language_and_json_stays_data() {
    let args = ["explore", "hidden-bruises", "--max-states", "2000"];
    let en = stdout(&doverie(&[&args[..], &["--lang", "en"]].concat()));
    assert!(
        en.starts_with("hidden-bruises: 2000 call states (STOPPED at --max-states), "),
        "{en}"
    );
    assert!(en.contains("\nEndings reached (8):\n"), "{en}");
    assert!(en.contains("\nA High Compliance call: possible.\n"), "{en}");
    let ru = stdout(&doverie(&[&args[..], &["--lang", "ru"]].concat()));
    assert!(
        ru.starts_with("hidden-bruises: 2000 состояний звонка (ОСТАНОВЛЕНО по --max-states), "),
        "{ru}"
    );
    assert!(ru.contains("\nДостигнутые концовки (8):\n"), "{ru}");
    assert!(
        ru.contains("\nЛучший звонок: Полное соответствие 100.0 "),
        "{ru}"
    );
    assert!(
        ru.contains("\nЗвонок с полным соответствием: возможен.\n"),
        "{ru}"
    );
    for english in ["call states", "Endings", "Best call", "none", "turn(s)"] {
        assert!(!ru.contains(english), "{english} in {ru}");
    }
    // The JSON is the same data whatever the language.
    let json = |lang: &str| {
        let o = doverie(&[&args[..], &["--json", "--lang", lang]].concat());
        let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["explore"]["seconds"] = 0.into();
        v
    };
    assert_eq!(json("en"), json("ru"));
}

/// Runs the binary with `env` set (and no other locale), `stdin` piped in.
fn doverie_env(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Output {
    use std::io::Write as _;
    let mut c = doverie_with(args);
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// The transcript named in "Transcript saved: PATH", which must lie in `data`.
fn saved_in(text: &str, data: &Path) -> Transcript {
    let line = text
        .lines()
        .find_map(|l| l.split("Transcript saved: ").nth(1))
        .unwrap_or_else(|| panic!("no path shown: {text}"));
    let path = Path::new(line);
    assert!(
        path.starts_with(data),
        "{line} is not in {}",
        data.display()
    );
    Transcript::read(path).unwrap()
}

#[test]
fn play_without_out_keeps_the_call_in_the_data_folder() {
    let data = temp("keep-data");
    let data_s = data.to_str().unwrap();
    let env = [("DOVERIE_DATA", data_s)];
    // A finished call...
    let args = [
        "play",
        MINI,
        "--lang",
        "en",
        "--seed",
        "4",
        "--trainee",
        "t-3",
    ];
    let o = doverie_env(
        &[&args[..], &["--choose", "greet,reflect,close"]].concat(),
        &env,
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let t = saved_in(&stdout(&o), &data.join("transcripts/t-3"));
    assert!(t.is_finished());
    assert_eq!(t.inputs.len(), 3);
    // ...and a call left with `q` (save and leave), open, to be resumed.
    let o = doverie_env(&args, &env, b"greet\nq\n");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let t = saved_in(&text, &data.join("transcripts/t-3"));
    assert!(!t.is_finished());
    assert_eq!(t.inputs.len(), 1);
    assert!(text.contains("--resume"), "{text}");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_mistyped_scenario_name_says_did_you_mean_and_lists_the_scenarios() {
    let out = temp("typo.json");
    let commands: [&[&str]; 5] = [
        &["play", "hiden-bruises", "--choose", "hangup"],
        &["explore", "hiden-bruises"],
        &["graph", "hiden-bruises"],
        &["test", "hiden-bruises"],
        &[
            "score",
            out.to_str().unwrap(),
            "--scenario",
            "hiden-bruises",
        ],
    ];
    for args in commands {
        let o = doverie(&[args, &["--lang", "en"]].concat());
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.contains(
                "There is no scenario \"hiden-bruises\". Did you mean \"hidden-bruises\"?"
            ),
            "{args:?}: {err}"
        );
        assert!(err.contains("Scenarios: "), "{args:?}: {err}");
        assert!(
            err.contains("hidden-bruises, ") && err.contains("night-pills"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("permission"), "{args:?}: {err}");
        let ru = stderr(&doverie(&[args, &["--lang", "ru"]].concat()));
        assert!(
            ru.contains("Сценария «hiden-bruises» нет. Может быть, «hidden-bruises»?")
                && ru.contains("Сценарии: "),
            "{args:?}: {ru}"
        );
    }
}

#[test]
fn the_language_defaults_to_the_system_locale_then_russian() {
    let en_list = "A sentinel call for certification";
    let list = |env: &[(&str, &str)]| stdout(&doverie_env(&["list"], env, b""));
    assert!(list(&[("LANG", "en_GB.UTF-8")]).contains(en_list));
    assert!(!list(&[]).contains(en_list));
    assert!(!list(&[("LANG", "C.UTF-8")]).contains(en_list));
    assert!(!list(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")]).contains(en_list));
    assert!(list(&[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")]).contains(en_list));
    assert_eq!(list(&[]), stdout(&doverie(&["list", "--lang", "ru"])));
    // A call is played, recorded and explored in that language; the app (here its terminal
    // mode, with no display) too.
    let data = temp("lang-data");
    let env = [("DOVERIE_DATA", data.to_str().unwrap())];
    for (lang, locale) in [("en", "en_US.UTF-8"), ("ru", "")] {
        let env = [env[0], ("LANG", locale)];
        let o = doverie_env(
            &["play", "orphanage-night-call", "--choose", BEST_ORPHANAGE],
            &env,
            b"",
        );
        let path = data.join("transcripts/anonymous");
        let newest = std::fs::read_dir(&path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .max_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap())
            .unwrap();
        assert_eq!(
            Transcript::read(&newest).unwrap().locale,
            lang,
            "{}",
            stdout(&o)
        );
        let explore = stdout(&doverie_env(&["explore", MINI], &env, b""));
        assert_eq!(explore.contains("call states"), lang == "en", "{explore}");
        let gui = stderr(&doverie_env(&["gui"], &env, b"\n"));
        assert_eq!(gui.contains("No display"), lang == "en", "{gui}");
        let certify = stdout(&doverie_env(
            &["certify", newest.to_str().unwrap()],
            &env,
            b"",
        ));
        assert_eq!(certify.contains("Verdict"), lang == "en", "{certify}");
    }
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn play_without_a_scenario_lists_them_to_choose_from() {
    let data = temp("pick-data");
    let env = [("DOVERIE_DATA", data.to_str().unwrap())];
    let o = doverie_env(&["play", "--lang", "en"], &env, b"\n");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains(") Hidden bruises (hidden-bruises)"), "{text}");
    assert!(text.contains("Choose a scenario (1–"), "{text}");
    // The chosen one is played and kept.
    let o = doverie_env(&["play", "--lang", "en"], &env, b"1\n\nq\n");
    assert!(o.status.success(), "{}", stderr(&o));
    saved_in(&stdout(&o), &data);
    let _ = std::fs::remove_dir_all(data);
}

/// `doverie assess`: a folder imported with one line per refused or duplicate file and a
/// summary (exit 1 when one was refused), certification over the stored exam attempts, and the
/// reports written in each format.
#[test]
fn assess_imports_a_folder_certifies_and_writes_reports() {
    let home = content_copy("assess");
    let calls = home.join("calls");
    std::fs::create_dir_all(&calls).unwrap();
    // Two exam calls (`--exam` records the mode in the transcript).
    for seed in 1..=2 {
        let out = calls.join(format!("call-{seed}.json"));
        let o = doverie_in(
            &home,
            &[
                "play",
                "orphanage-night-call",
                "--exam",
                "--seed",
                &seed.to_string(),
                "--trainee",
                "t-7",
                "--out",
                out.to_str().unwrap(),
                "--choose",
                BEST_ORPHANAGE,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    std::fs::copy(calls.join("call-1.json"), calls.join("copy.json")).unwrap();
    let text = std::fs::read_to_string(calls.join("call-2.json")).unwrap();
    std::fs::write(
        calls.join("tampered.json"),
        text.replacen("\"seed\": 2", "\"seed\": 3", 1),
    )
    .unwrap();
    let db = format!("sqlite:{}", home.join("records.sqlite").display());
    let o = doverie_in(
        &home,
        &[
            "assess",
            "--db",
            &db,
            "import",
            "--mode",
            "exam",
            calls.to_str().unwrap(),
        ],
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[0].starts_with("duplicate: ")
            && lines[0]
                .ends_with("copy.json: the same call as attempt 1 (trainee t-7); not stored again"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("refused: ") && lines[1].contains("tampered.json: "),
        "{out}"
    );
    assert!(
        lines[2].starts_with("imported 2, duplicates 1, refused 1 (4 files in "),
        "{out}"
    );
    // Files imported as exams are practice: only exams taken through the server count
    // (tests/cli/exam.rs takes one), so there is no verdict, and the reason says why.
    let o = doverie_in(&home, &["assess", "--db", &db, "certify", "t-7"]);
    let out = format!("{}{}", stdout(&o), stderr(&o));
    assert_ne!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("no exam attempt recorded by the server")
            && out.contains("2 practice or imported attempt(s)"),
        "{out}"
    );
    for (kind, id, file) in [
        ("attempt", Some("1"), "a.html"),
        ("trainee", Some("t-7"), "t.csv"),
        ("cohort", None, "c.json"),
        ("xapi", None, "x.json"),
    ] {
        let path = home.join(file);
        let mut args = vec!["assess", "--db", &db, "report", kind];
        args.extend(id);
        args.extend(["--lang", "ru", "--out", path.to_str().unwrap()]);
        let o = doverie_in(&home, &args);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
        assert!(std::fs::metadata(&path).unwrap().len() > 100, "{kind}");
    }
    let html = std::fs::read_to_string(home.join("a.html")).unwrap();
    assert!(
        html.contains("Попытка #1") && html.contains("</html>"),
        "{html}"
    );
    // A missing attempt, an unknown report and a damaged database: exit 2 with the reason.
    let o = doverie_in(
        &home,
        &[
            "assess",
            "--db",
            &db,
            "report",
            "attempt",
            "9",
            "--out",
            "/tmp/x.html",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("there is no attempt 9"),
        "{}",
        stderr(&o)
    );
    let bad = home.join("bad.sqlite");
    std::fs::write(&bad, "not a database").unwrap();
    let o = doverie_in(
        &home,
        &[
            "assess",
            "--db",
            &format!("sqlite:{}", bad.display()),
            "certify",
            "t-7",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not a SQLite database"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(home);
}

/// `doverie voice record` through a real input stream (ALSA's null device hears silence): a
/// silent take is not kept, nothing is left behind; with no microphone at all, it says so.
#[test]
fn voice_record_keeps_no_silent_take_and_needs_a_microphone() {
    use std::io::Write as _;
    let content = content_copy("voice-record-content");
    let run = |home: &Path, stdin: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_doverie"))
            .args(["voice", "record", "hidden-bruises", "--lang", "en"])
            .env("HOME", home)
            .env("DOVERIE_HOME", &content)
            .env("DOVERIE_DATA", home.join("data"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    };
    let home = alsa_home("voice-record-null", "type null");
    let o = run(&home, b"\n\nq\n");
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = stdout(&o);
    assert!(shown.contains("Line 1 of"), "{shown}");
    assert!(shown.contains("Not kept"), "{shown}");
    let dir = content.join("assets/voice/en/hidden-bruises");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");

    let home = alsa_home("voice-record-none", "type hw\ncard 99");
    let o = run(&home, b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no microphone"), "{}", stderr(&o));
}

fn has_script() -> bool {
    Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Text as a terminal shows it: escape sequences removed.
fn without_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            chars.next();
        }
    }
    out
}

/// Issue 18, through a pseudo-terminal: a live call shows its clock and the silence growing,
/// redrawn in place (save the cursor, the line above, clear it, write, restore: no screen
/// clearing, no repeated options), names a rule's limit as it nears, words wrapped to the
/// terminal's width between words, the caller not named before she says her name, and a
/// wrong answer said in the trainee's language.
#[test]
fn a_live_call_in_a_terminal_shows_its_clock_and_silence_in_place() {
    if !has_script() {
        eprintln!("`script` is not installed: the pseudo-terminal test is skipped");
        return;
    }
    use std::io::Write as _;
    let root = temp("live-content");
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(Path::new("tests/fixtures/mini"), &root);
    // The caller says her name in her second line.
    let ftl = root.join("locales/en/scenarios/mini.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let name = text
        .lines()
        .find_map(|l| l.strip_prefix("caller-name = "))
        .unwrap()
        .to_string();
    let story = text
        .lines()
        .find(|l| l.starts_with("talk--story = "))
        .unwrap()
        .to_string();
    let said = format!(
        "{story} My name is {name}, and this is a very-very long line that does not fit on one line of a terminal eighty columns wide."
    );
    std::fs::write(&ftl, text.replace(&story, &said)).unwrap();
    let scenario = root.join("scenarios/mini.ron");
    let line = format!(
        "{} play {} --seed 4 --lang en",
        env!("CARGO_BIN_EXE_doverie"),
        scenario.display()
    );
    let mut child = Command::new("script")
        .args(["-qfec", &line, "/dev/null"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("DOVERIE_HOME")
        .env("DOVERIE_DATA", temp("live-data"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feed = std::thread::spawn(move || {
        let pause = |ms| std::thread::sleep(std::time::Duration::from_millis(ms));
        pause(500);
        let _ = writeln!(stdin);
        // At least three seconds of silence, on the wall clock.
        pause(3500);
        let _ = writeln!(stdin, "9");
        pause(300);
        let _ = writeln!(stdin, "greet");
        pause(300);
        let _ = writeln!(stdin, "q");
        pause(1500);
    });
    let out = child.wait_with_output().unwrap();
    feed.join().unwrap();
    let raw = String::from_utf8_lossy(&out.stdout).into_owned();
    // Redrawn in place: save the cursor, go to the line above, clear it, restore.
    assert!(raw.contains("\x1b7\x1b[1F\x1b[2K"), "{raw:?}");
    assert!(raw.contains("\x1b8"), "{raw:?}");
    assert!(!raw.contains("\x1b[2J"), "the screen is never cleared");
    let shown = without_escapes(&raw);
    let silences: Vec<u32> = shown
        .split("silence ")
        .skip(1)
        .filter_map(|s| s.split(' ').next()?.parse().ok())
        .collect();
    assert!(
        silences.iter().any(|&s| s >= 2),
        "the silence grows on the screen: {silences:?}\n{shown}"
    );
    assert!(
        silences.windows(2).all(|w| w[0] <= w[1] || w[1] == 1),
        "{silences:?}"
    );
    // The options were shown once before the wrong answer, not redrawn every second.
    let before_answer = shown.split("There is no answer “9”").next().unwrap();
    assert_eq!(before_answer.matches("1) ").count(), 1, "{shown}");
    assert!(
        shown.contains("There is no answer “9” now: choose 1–"),
        "the wrong answer in words, no engine ids: {shown}"
    );
    assert!(!shown.contains("there is no option"), "{shown}");
    assert!(!shown.contains("on node"), "{shown}");
    // Not named before she says her name; named after.
    let first = shown.lines().find(|l| l.starts_with("[00:00] ")).unwrap();
    assert!(first.starts_with("[00:00] Caller: "), "{first}");
    assert!(
        !shown.contains(&format!("] {name}: Something happened. My name")),
        "{shown}"
    );
    // Wrapped between words at the terminal's width (80 columns in `script`'s terminal).
    // (Standard error, which `script` mixes in, is the system's: "doverie: ..." lines.)
    for l in shown
        .split(['\r', '\n'])
        .filter(|l| !l.starts_with("doverie: "))
    {
        assert!(
            l.chars().count() <= 80,
            "a line wider than the terminal: {l:?}"
        );
    }
    assert!(shown.contains("very-very"), "a word is never cut: {shown}");
    let _ = std::fs::remove_dir_all(&root);
}

/// Issue 18: when output is not a terminal (a pipe), the call is plain lines: no escape
/// sequences, no status line, nothing wrapped.
#[test]
fn piped_play_writes_plain_lines() {
    use std::io::Write as _;
    let mut child = doverie_with(&["play", MINI, "--seed", "4", "--lang", "en"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "9\ngreet\nq").unwrap();
    }
    let o = child.wait_with_output().unwrap();
    let text = stdout(&o);
    assert!(!text.contains('\x1b'), "{text:?}");
    assert!(
        !text.contains("silence 0 s") && !text.contains("\n[00:00]\n"),
        "{text}"
    );
    assert!(text.contains("[00:00] Caller: "), "{text}");
    assert!(
        text.contains("There is no answer “9” now: choose 1–2, d, w, h or q."),
        "{text}"
    );
    assert!(text.contains("Incoming call · call variant 4"), "{text}");
}

/// Issue 18: the debrief in Russian writes decimals with a comma and ranges in words, and names
/// the protocol by its title, not its id; the header has no "seed" jargon.
#[test]
fn the_russian_debrief_writes_numbers_as_russian_does() {
    let o = doverie(&[
        "play",
        "hidden-bruises",
        "--seed",
        "1",
        "--lang",
        "ru",
        "--choose",
        "notice-early,notice-cue,honest,wait:25,believe,hangup",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("вариант звонка 1"), "{text}");
    assert!(!text.contains("зерно"), "{text}");
    assert!(
        text.contains("Оценено по протоколу «Детский телефон доверия», версия "),
        "{text}"
    );
    assert!(!text.contains("helpline"), "{text}");
    let level = text.lines().find(|l| l.contains(" из 100")).unwrap();
    assert!(
        level.chars().any(|c| c == ',') && !level.contains('.'),
        "a decimal comma: {level}"
    );
    assert!(text.contains("(от 0 до 10)"), "{text}");
    assert!(!text.contains("0..10"), "{text}");
    let bars: Vec<&str> = text
        .lines()
        .filter(|l| l.contains('█') || l.contains('░'))
        .collect();
    assert!(!bars.is_empty(), "{text}");
    for bar in bars {
        assert!(!bar.contains('.'), "{bar}");
    }
}

/// Issue 18: the explorer shows its progress (indicatif) on a terminal, redrawn on one line,
/// and nothing of it when standard error is not a terminal.
#[test]
fn explore_shows_progress_on_a_terminal_only() {
    let piped = doverie(&["explore", MINI, "--lang", "en"]);
    assert!(piped.status.success(), "{}", stderr(&piped));
    assert!(!stderr(&piped).contains("1,000,000"), "{}", stderr(&piped));
    assert!(stdout(&piped).contains("Endings reached"));
    if !has_script() {
        eprintln!("`script` is not installed: the pseudo-terminal part is skipped");
        return;
    }
    let line = format!("{} explore {MINI} --lang en", env!("CARGO_BIN_EXE_doverie"));
    let o = Command::new("script")
        .args(["-qfec", &line, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(shown.contains("mini ["), "{shown:?}");
    assert!(
        shown.contains("/1,000,000"),
        "the bar fills towards --max-states: {shown:?}"
    );
    // Redrawn on its line (carriage return, clear line), then cleared before the report.
    assert!(shown.contains("\r\x1b[2K"), "{shown:?}");
    assert!(shown.contains("Endings reached"), "{shown:?}");
}

/// Issue 18: `test` over a scenario with a static error shows its errors and counts it as not
/// run, never a bare "0 passed; 0 failed".
#[test]
fn test_with_a_static_error_says_the_scenario_did_not_run() {
    let o = doverie(&[
        "test",
        "tests/fixtures/check/scenarios/unknown-ids.ron",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.trim_end().ends_with(
            "test result: FAILED. 0 passed; 0 failed; 1 scenario(s) not run: their errors are above"
        ),
        "{out}"
    );
    let err = stderr(&o);
    assert!(
        err.contains("unknown-ids.ron:19:55: ") && err.contains("unknown node \"ende\""),
        "{err}"
    );
    assert!(
        err.contains('^'),
        "shown with a caret under the place: {err}"
    );
}

/// `doverie play --db`: each call (finished or left) is stored in the assessor's database as
/// well as written to its file, through the import (verified by replay): the same call played
/// again is reported as a duplicate, and the attempts read back with their mode and state. A
/// database it cannot use is refused before the phone rings.
#[test]
fn play_with_db_stores_each_call_in_the_assessors_database() {
    let home = content_copy("play-db");
    let db = format!("sqlite:{}", home.join("records.sqlite").display());
    let play = |out: &str, seed: &str, script: &str, exam: bool| {
        let out = home.join(out);
        let mut args = vec![
            "play",
            "orphanage-night-call",
            "--lang",
            "en",
            "--seed",
            seed,
            "--trainee",
            "t-9",
            "--db",
            &db,
            "--choose",
            script,
        ];
        if exam {
            args.push("--exam");
        }
        let out_s = out.to_str().unwrap().to_string();
        args.extend(["--out", &out_s]);
        let o = doverie_in(&home, &args);
        (o, out)
    };
    // A finished exam call.
    let (o, file) = play("exam.json", "3", BEST_ORPHANAGE, true);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(file.exists());
    assert!(
        stdout(&o).contains("Stored in the assessor's database as attempt 1."),
        "{}",
        stdout(&o)
    );
    // A call left after its first answer: kept as an unfinished attempt.
    let first = BEST_ORPHANAGE.split(',').next().unwrap();
    let (o, _) = play("left.json", "4", first, false);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("Stored in the assessor's database as attempt 2."),
        "{}",
        stdout(&o)
    );
    // The same call again (same scenario, seed and answers): its file is written, the database
    // does not store it twice.
    let (o, again) = play("again.json", "3", BEST_ORPHANAGE, true);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(again.exists());
    assert!(
        stdout(&o).contains("already holds this call, as attempt 1 (trainee t-9)"),
        "{}",
        stdout(&o)
    );
    // Read back through the assessor's reports.
    for (id, mode, finished) in [("1", "exam", true), ("2", "practice", false)] {
        let report = home.join(format!("attempt-{id}.json"));
        let o = doverie_in(
            &home,
            &[
                "assess",
                "--db",
                &db,
                "report",
                "attempt",
                id,
                "--out",
                report.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        let a = &json["attempt"];
        assert_eq!(a["trainee"], "t-9");
        assert_eq!(a["scenario"], "orphanage-night-call");
        assert_eq!(a["mode"], mode, "{a}");
        assert_eq!(a["mode_source"], "transcript");
        assert_eq!(a["finished"], finished, "{a}");
    }
    // A database it cannot use: exit 2 before the call, no transcript written.
    let bad = home.join("bad.sqlite");
    std::fs::write(&bad, "not a database").unwrap();
    let o = doverie_in(
        &home,
        &[
            "play",
            "orphanage-night-call",
            "--db",
            &format!("sqlite:{}", bad.display()),
            "--out",
            home.join("never.json").to_str().unwrap(),
            "--choose",
            first,
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("not a SQLite database"),
        "{}",
        stderr(&o)
    );
    assert!(!home.join("never.json").exists());
    let _ = std::fs::remove_dir_all(home);
}

/// Issue 17: an arc played from the terminal by scripts (one per call), each call's transcript
/// in the folder, "three weeks later" between calls, the arc's debrief at the end; continued
/// later; scored again as a whole, and refused when a call is missing.
#[test]
fn an_arc_is_played_continued_and_scored_from_the_terminal() {
    let home = content_copy("arc-home");
    std::fs::create_dir_all(home.join("scenarios/arcs")).unwrap();
    std::fs::copy(
        "tests/fixtures/arc/night-thrice.ron",
        home.join("scenarios/arcs/night-thrice.ron"),
    )
    .unwrap();
    for lang in ["en", "ru"] {
        std::fs::create_dir_all(home.join(format!("locales/{lang}/arcs"))).unwrap();
        std::fs::copy(
            format!("tests/fixtures/arc/{lang}/night-thrice.ftl"),
            home.join(format!("locales/{lang}/arcs/night-thrice.ftl")),
        )
        .unwrap();
    }
    let dir = temp("arc-out");
    let _ = std::fs::remove_dir_all(&dir);
    let dir_s = dir.to_string_lossy().into_owned();
    // The first two calls, then the arc is left for later.
    let o = doverie_in(
        &home,
        &[
            "play",
            "--arc",
            "night-thrice",
            "--lang",
            "en",
            "--out-dir",
            &dir_s,
            "--seeds",
            "0,0",
            "--script",
            BEST_ORPHANAGE,
            "--script",
            BEST_ORPHANAGE,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Call 1 of 3: "), "{out}");
    assert!(out.contains("… Three weeks later …"), "{out}");
    assert!(
        out.contains("doverie play --arc night-thrice --continue"),
        "{out}"
    );
    let files: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json"))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        files,
        [
            "01-orphanage-night-call.json",
            "02-orphanage-night-call.json"
        ]
    );
    // Scoring two calls of three is refused: a call is missing (said in the reader's language).
    let o = doverie_in(&home, &["score", &dir_s]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("нет звонка 3"), "{}", stderr(&o));
    let o = doverie_in(&home, &["score", &dir_s, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("call 3 is missing"), "{}", stderr(&o));
    // Continued: the third call, then the arc's debrief, in Russian.
    let o = doverie_in(
        &home,
        &[
            "play",
            "--continue",
            &dir_s,
            "--lang",
            "ru",
            "--seeds",
            "0",
            "--script",
            BEST_ORPHANAGE,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Звонок 3 из 3: "), "{out}");
    assert!(out.contains("Серия звонков: Три ночи"), "{out}");
    assert!(out.contains("✓ Связи с людьми рядом окрепли"), "{out}");
    // Scored again as a whole.
    let o = doverie_in(&home, &["score", &dir_s, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["arc"]["complete"], true);
    assert_eq!(v["arc"]["calls"].as_array().unwrap().len(), 3);
    assert_eq!(v["calls"].as_array().unwrap().len(), 3);
    // The files given in another order are refused.
    let f = |n: &str| dir.join(n).to_string_lossy().into_owned();
    let o = doverie_in(
        &home,
        &[
            "score",
            &f("02-orphanage-night-call.json"),
            &f("01-orphanage-night-call.json"),
            &f("03-orphanage-night-call.json"),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("записи перепутаны"), "{}", stderr(&o));
    // One call of the arc is still scored on its own.
    let o = doverie_in(
        &home,
        &["score", &f("02-orphanage-night-call.json"), "--json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&home);
}
