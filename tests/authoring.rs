//! The authoring tools: the explorer against small scenarios whose answers are known, the
//! explorer agreeing with the engine, playtests (shipped ones pass, wrong ones fail), graphs.

#[path = "at_root/mod.rs"]
mod at_root;
use at_root::repo_root;

use std::path::Path;

use doverie_authoring::diagram::{self, Format};
use doverie_authoring::explore::{self, ExploreOptions, Report};
use doverie_authoring::playtest;
use doverie_core::content::{self, Loaded};
use doverie_core::engine::{Call, Input};
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::protocol::{self, Protocol};
use doverie_core::ron_file::RonFile;
use doverie_core::scenario::{Scenario, ScenarioDef, compile};
use doverie_core::score::{Level, score};

const ROOT: &str = "tests/fixtures/explore/scenarios";

fn structure(name: &str) -> (Scenario, Protocol) {
    let (protocol, d) = protocol::load(&Path::new(ROOT).join("protocols/small.ron"));
    let protocol = protocol.unwrap_or_else(|| panic!("{d}"));
    let file = RonFile::read(&Path::new(ROOT).join(format!("{name}.ron"))).unwrap();
    let def: ScenarioDef = file.parse().unwrap();
    let compiled = compile(&def, &file, Some(&protocol));
    (
        compiled
            .scenario
            .unwrap_or_else(|| panic!("{}", compiled.diagnostics)),
        protocol,
    )
}

fn explore(scenario: &Scenario, protocol: &Protocol) -> Report {
    explore::explore(
        scenario,
        protocol,
        ExploreOptions::default(),
        &mut |_, _| {},
    )
}

/// Every script the explorer reports replays, with its seed, to what it reports.
fn assert_scripts_replay(scenario: &Scenario, protocol: &Protocol, report: &Report) {
    let replay = |tokens: &str, seed: u64| {
        let (mut call, mut events) = Call::start(scenario, seed);
        for t in tokens.split(',').filter(|t| !t.is_empty()) {
            events.extend(
                call.apply(scenario, &Input::parse_token(t).unwrap())
                    .unwrap_or_else(|e| panic!("{tokens}: {t}: {e}")),
            );
        }
        assert!(call.is_over(), "{tokens} ends the call");
        (
            call.state.node,
            score(scenario, protocol, &events, &call.state.vars),
        )
    };
    for e in &report.endings {
        let seed = e.script.seed.expect("a seed is found for every ending");
        let (node, card) = replay(&e.script.tokens, seed);
        assert_eq!(card.outcome.as_deref(), Some(e.outcome.as_str()));
        if let Some(n) = &e.node {
            assert_eq!(&scenario.node(node).id, n);
        }
    }
    for p in [&report.best, &report.worst].into_iter().flatten() {
        let (_, card) = replay(&p.script.tokens, p.script.seed.unwrap());
        assert_eq!(
            (card.total, card.level),
            (p.total, p.level),
            "{}",
            p.script.tokens
        );
    }
}

#[test]
fn finds_a_trap() {
    repo_root();
    let (s, p) = structure("trap");
    let r = explore(&s, &p);
    assert!(r.complete);
    let traps: Vec<&str> = r.traps.iter().map(|t| t.node.as_str()).collect();
    assert_eq!(traps, ["circle-a", "circle-b"]);
    assert_eq!(r.traps[0].script, "wander");
    assert!(r.dead_ends.is_empty());
    assert_scripts_replay(&s, &p, &r);
}

#[test]
fn finds_a_dead_end_and_an_option_never_offered() {
    repo_root();
    let (s, p) = structure("dead-end");
    let r = explore(&s, &p);
    let dead: Vec<&str> = r.dead_ends.iter().map(|t| t.node.as_str()).collect();
    assert_eq!(dead, ["stuck"]);
    assert_eq!(r.unreached_options.len(), 1);
    assert_eq!(
        (
            r.unreached_options[0].node.as_str(),
            r.unreached_options[0].option.as_deref()
        ),
        ("stuck", Some("unlock"))
    );
    assert!(r.unreached_nodes.is_empty());
    assert_scripts_replay(&s, &p, &r);
}

#[test]
fn finds_the_best_and_worst_calls_through_random_branches() {
    repo_root();
    let (s, p) = structure("best-path");
    let r = explore(&s, &p);
    assert!(r.complete);
    let best = r.best.as_ref().unwrap();
    assert_eq!((best.level, best.total), (Level::HighCompliance, 100.0));
    assert_eq!(r.high_compliance_possible, Some(true));
    let worst = r.worst.as_ref().unwrap();
    assert_eq!(worst.level, Level::NonCompliant);
    let mut outcomes: Vec<&str> = r.endings.iter().map(|e| e.outcome.as_str()).collect();
    outcomes.sort_unstable();
    assert_eq!(outcomes, ["closed", "counsellor-hung-up", "hung-up"]);
    assert!(r.rules_never_triggered.is_empty());
    assert_scripts_replay(&s, &p, &r);
}

#[test]
fn knows_when_high_compliance_is_impossible_and_a_rule_cannot_be_kept() {
    repo_root();
    let (s, p) = structure("no-high");
    let r = explore(&s, &p);
    assert_eq!(r.high_compliance_possible, Some(false));
    assert_eq!(r.rules_never_kept, ["reflect-cue"]);
    // The best call keeps everything else: 2/1 in support (weight 2), 1/1 in ethics: 66.7.
    let best = r.best.as_ref().unwrap();
    assert_eq!((best.level, best.total), (Level::NonCompliant, 66.7));
    assert_scripts_replay(&s, &p, &r);
}

#[test]
fn high_compliance_is_settled_among_flawless_calls_when_the_scores_stop_short() {
    repo_root();
    let bounded = |name: &str, scored: usize| {
        let (s, p) = structure(name);
        let options = ExploreOptions {
            max_states: 1_000_000,
            max_scored_states: scored,
        };
        explore::explore(&s, &p, options, &mut |_, _| {})
    };
    // Whatever the bound, the answer is never wrong; a few states of calls with no deviation
    // so far settle it where the scores' exploration stopped.
    let mut settled_early = false;
    for scored in 1..200 {
        let impossible = bounded("no-high", scored);
        assert_ne!(impossible.high_compliance_possible, Some(true), "{scored}");
        if !impossible.scores_complete && impossible.high_compliance_possible == Some(false) {
            settled_early = true;
        }
        let possible = bounded("best-path", scored);
        assert_ne!(possible.high_compliance_possible, Some(false), "{scored}");
    }
    assert!(settled_early);
}

#[test]
fn rules_never_triggered_or_kept_are_settled_rule_by_rule_when_the_scores_stop_short() {
    repo_root();
    for name in ["no-high", "best-path"] {
        let (s, p) = structure(name);
        let full = explore(&s, &p);
        assert!(full.scores_complete && full.rules_complete, "{name}");
        let mut rule_by_rule = false;
        for scored in 1..60 {
            let options = ExploreOptions {
                max_states: 1_000_000,
                max_scored_states: scored,
            };
            let r = explore::explore(&s, &p, options, &mut |_, _| {});
            if r.rules_complete {
                assert_eq!(
                    (&r.rules_never_triggered, &r.rules_never_kept),
                    (&full.rules_never_triggered, &full.rules_never_kept),
                    "{name} at {scored}"
                );
                rule_by_rule |= !r.scores_complete;
            }
        }
        assert!(rule_by_rule, "{name}");
    }
}

#[test]
fn a_runaway_stops_at_max_states_and_names_what_grows() {
    repo_root();
    let (s, p) = structure("best-path");
    let r = explore::explore(&s, &p, ExploreOptions::bounded(3), &mut |_, _| {});
    assert!(!r.complete);
    assert!(r.blow_up.is_some());
}

#[test]
fn shipped_scenarios_explore_with_scripts_that_replay() {
    repo_root();
    let library = Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let names: Vec<String> = library
        .scenario_files()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() >= 8, "{names:?}");
    for name in names.iter().map(String::as_str) {
        let (loaded, _) = content::load(&library, name).unwrap();
        // Every call state; the scores over a bounded, breadth-first part of the product.
        let options = ExploreOptions {
            max_states: 500_000,
            max_scored_states: 20_000,
        };
        let r = explore::explore(&loaded.scenario, &loaded.protocol, options, &mut |_, _| {});
        assert!(r.complete && !r.scores_complete, "{name}");
        // A High Compliance call is found even so, among the calls with no deviation.
        assert_eq!(r.high_compliance_possible, Some(true), "{name}");
        let best = r.best.as_ref().unwrap();
        assert_eq!(
            (best.level, best.total),
            (Level::HighCompliance, 100.0),
            "{name}"
        );
        if name == "night-pills" {
            // Small enough to settle every rule within the bound, one at a time.
            assert!(r.rules_complete);
            for rule in [
                "ask-about-suicide",
                "emergency-for-attempt",
                "act-on-danger-now",
            ] {
                assert!(!r.rules_never_triggered.iter().any(|x| x == rule), "{rule}");
            }
            // No disclosure of abuse in this call: nothing to believe or to press for.
            for rule in ["believe-the-child", "no-interrogating"] {
                assert!(r.rules_never_triggered.iter().any(|x| x == rule), "{rule}");
            }
            assert!(r.rules_never_kept.is_empty(), "{:?}", r.rules_never_kept);
        }
        assert!(
            r.unreached_nodes.is_empty() && r.unreached_options.is_empty(),
            "{name}: {:?} {:?}",
            r.unreached_nodes,
            r.unreached_options
        );
        assert!(
            r.dead_ends.is_empty() && r.traps.is_empty(),
            "{name}: {:?} {:?}",
            r.dead_ends,
            r.traps
        );
        let ending_nodes = loaded
            .scenario
            .nodes
            .iter()
            .filter(|n| n.ending.is_some())
            .count();
        assert_eq!(
            r.endings.len(),
            ending_nodes + 1,
            "{name}: every ending node, and hanging up"
        );
        assert_scripts_replay(&loaded.scenario, &loaded.protocol, &r);
    }
}

#[test]
fn no_random_call_beats_the_best_or_falls_below_the_worst() {
    repo_root();
    // The scored searches prune calls dominated in their direction; thousands of random calls
    // must stay within the bounds they report.
    for name in ["best-path", "no-high"] {
        let (s, p) = structure(name);
        let r = explore(&s, &p);
        assert!(r.scores_complete, "{name}");
        let (best, worst) = (r.best.as_ref().unwrap(), r.worst.as_ref().unwrap());
        let random = explore::random_calls(&s, &p, 3_000, 11);
        assert!(
            random.max <= best.total && random.min >= worst.total,
            "{name}: random calls in [{}, {}], explored bounds [{}, {}]",
            random.min,
            random.max,
            worst.total,
            best.total
        );
        let levels: Vec<Level> = random
            .levels
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(l, _)| *l)
            .collect();
        assert!(
            levels.iter().all(|l| *l >= best.level && *l <= worst.level),
            "{name}: {levels:?} outside {:?}..{:?}",
            best.level,
            worst.level
        );
    }
}

#[test]
fn random_calls_are_reproducible() {
    repo_root();
    let (s, p) = structure("best-path");
    let a = explore::random_calls(&s, &p, 200, 7);
    let b = explore::random_calls(&s, &p, 200, 7);
    assert_eq!(a, b);
    assert_eq!(a.levels.iter().map(|(_, n)| n).sum::<usize>(), 200);
    assert_eq!(a.histogram.iter().sum::<usize>(), 200);
}

/// Issue 18: random calls are drawn the way a trainee plays (options before dispatches and
/// hang-ups), so most of them reach the scenario's own endings, not the counsellor hanging up.
#[test]
fn random_calls_play_like_a_trainee_and_reach_the_scenarios_endings() {
    repo_root();
    for name in ["hidden-bruises", "orphanage-night-call"] {
        let loaded = shipped(name);
        let r = explore::random_calls(&loaded.scenario, &loaded.protocol, 300, 5);
        let hung_up = r
            .outcomes
            .iter()
            .filter(|(o, _)| o == "counsellor-hung-up" || o.is_empty())
            .map(|(_, n)| n)
            .sum::<usize>();
        assert!(
            hung_up * 4 < r.calls,
            "{name}: {hung_up} of {} random calls end with the counsellor hanging up: {:?}",
            r.calls,
            r.outcomes
        );
        assert!(
            r.outcomes.len() >= 3,
            "{name}: the calls reach several endings: {:?}",
            r.outcomes
        );
    }
}

fn shipped(name: &str) -> Loaded {
    let library = Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    content::load(&library, name).unwrap().0
}

#[test]
fn shipped_playtests_pass() {
    repo_root();
    let library = Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let names: Vec<String> = library
        .scenario_files()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for name in names.iter().map(String::as_str) {
        let loaded = shipped(name);
        let tests = playtest::load(&playtest::tests_path(&loaded.path), &loaded).unwrap();
        assert!(tests.tests.len() >= 4);
        for outcome in playtest::run_all(&loaded, &tests) {
            assert!(
                outcome.passed(),
                "{name}::{}: {:?}",
                outcome.name,
                outcome.failures
            );
        }
    }
}

#[test]
fn playtests_fail_when_they_should() {
    repo_root();
    let loaded = shipped("hidden-bruises");
    let text = r#"Playtests(scenario: "hidden-bruises", tests: [
        (name: "wrong ending", seed: 1, script: "notice-early,hangup", ending: Some("closed-well")),
        (name: "wrong level", seed: 1, script: "notice-early,hangup", level: Some(HighCompliance)),
        (name: "rule not broken", seed: 1, script: "notice-early,hangup", broken: ["no-promise-of-secrecy"]),
        (name: "rule broken", seed: 1, script: "notice-early,hangup", not_broken: ["never-hang-up-on-a-child-at-risk"]),
        (name: "impossible input", seed: 1, script: "notice-early,no-such-option"),
        (name: "too low", seed: 1, script: "notice-early,hangup", min_total: Some(99.0)),
    ])"#;
    let dir = std::env::temp_dir().join(format!("doverie-playtests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.tests.ron");
    std::fs::write(&path, text).unwrap();
    let tests = playtest::load(&path, &loaded).unwrap();
    let outcomes = playtest::run_all(&loaded, &tests);
    let failures: Vec<String> = outcomes.iter().map(|o| o.failures.join("; ")).collect();
    assert!(outcomes.iter().all(|o| !o.passed()), "{failures:?}");
    assert!(
        failures[0].contains(
            "expected the ending \"closed-well\", the call ended with the counsellor hanging up"
        ),
        "{}",
        failures[0]
    );
    assert!(
        failures[1].contains("expected the level high-compliance"),
        "{}",
        failures[1]
    );
    assert!(
        failures[2].contains("expected rule \"no-promise-of-secrecy\" to be broken"),
        "{}",
        failures[2]
    );
    assert!(
        failures[3].contains("rule \"never-hang-up-on-a-child-at-risk\" was broken at turn 2"),
        "{}",
        failures[3]
    );
    assert!(
        failures[4].contains("input 2 \"no-such-option\""),
        "{}",
        failures[4]
    );
    assert!(
        failures[5].contains("expected a total of at least 99.0"),
        "{}",
        failures[5]
    );
    // A playtests file with unknown names is refused with positions.
    std::fs::write(&path, r#"Playtests(scenario: "hidden-bruises", tests: [(name: "x", script: "a", broken: ["no-sekrecy"], ending: Some("nowhere"))])"#).unwrap();
    let diags = playtest::load(&path, &loaded).unwrap_err().to_string();
    assert!(
        diags.contains("x.tests.ron:1:81: error: unknown rule \"no-sekrecy\""),
        "{diags}"
    );
    assert!(diags.contains("\"nowhere\" is not an ending"), "{diags}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn graphs_show_every_node_option_and_ending() {
    repo_root();
    let loaded = shipped("orphanage-night-call");
    let text = loaded.text(Lang::Ru);
    let dot = diagram::render(&loaded.scenario, &loaded.protocol, &text, Format::Dot);
    let mermaid = diagram::render(&loaded.scenario, &loaded.protocol, &text, Format::Mermaid);
    for (i, node) in loaded.scenario.nodes.iter().enumerate() {
        assert!(
            dot.contains(&format!("n{i} [label=\"{}", node.id)),
            "{}",
            node.id
        );
        assert!(
            mermaid.contains(&format!("n{i}[\"{}", node.id))
                || mermaid.contains(&format!("n{i}(((\"{}", node.id))
        );
    }
    let endings = loaded
        .scenario
        .nodes
        .iter()
        .filter(|n| n.ending.is_some())
        .count();
    assert_eq!(dot.matches("doubleoctagon").count(), endings);
    assert!(dot.contains("Ребёнок положил трубку") || dot.contains("ребёнок положил трубку"));
    assert!(dot.contains("style=dashed"), "silence edges");
    assert!(dot.contains("style=dotted"), "dispatch edges");
    assert!(
        dot.contains("⚠ risk-cue-suicide"),
        "a critical cue is marked"
    );
    let options: usize = loaded.scenario.nodes.iter().map(|n| n.options.len()).sum();
    assert!(dot.matches(" -> ").count() >= options / 2);
    assert!(dot.starts_with("digraph") && dot.trim_end().ends_with('}'));
    assert!(mermaid.starts_with("flowchart TD"));
}

/// Issue 18: scenario-wide dispatch and silence reactions are drawn once, from a box standing for
/// every node, not from every node; nothing leaves an ending; a branch shows its condition; the
/// Mermaid edges are styled as the guide says (silence dashed, dispatch dotted).
#[test]
fn graphs_draw_scenario_wide_reactions_once_and_branches_with_their_condition() {
    repo_root();
    let loaded = shipped("hidden-bruises");
    let s = &loaded.scenario;
    let text = loaded.text(Lang::En);
    let dot = diagram::render(s, &loaded.protocol, &text, Format::Dot);
    let mermaid = diagram::render(s, &loaded.protocol, &text, Format::Mermaid);
    let edges: Vec<&str> = dot.lines().filter(|l| l.contains(" -> ")).collect();
    let wide = s.default_dispatch.len() + s.default_silence.len();
    assert!(wide > 0, "hidden-bruises has scenario-wide reactions");
    let from_everywhere = edges
        .iter()
        .filter(|l| l.starts_with("  everywhere -> "))
        .count();
    assert!(
        from_everywhere >= 1 && from_everywhere <= 2 * wide,
        "{from_everywhere}"
    );
    // Each scenario-wide reaction's label appears only on the edges from the box.
    let first_wide = edges
        .iter()
        .find(|l| l.starts_with("  everywhere -> "))
        .and_then(|l| l.split("label=\"").nth(1))
        .unwrap();
    assert_eq!(
        edges.iter().filter(|l| l.contains(first_wide)).count(),
        edges
            .iter()
            .filter(|l| l.starts_with("  everywhere -> ") && l.contains(first_wide))
            .count()
    );
    for (i, node) in s.nodes.iter().enumerate() {
        if node.ending.is_some() {
            assert!(
                !edges.iter().any(|l| l.starts_with(&format!("  n{i} -> "))),
                "an edge leaves the ending {}",
                node.id
            );
        }
    }
    let options: usize = s.nodes.iter().map(|n| n.options.len()).sum();
    assert!(
        edges.len() < options * 2 + 4 * wide,
        "{} edges for {options} options",
        edges.len()
    );
    assert!(
        dot.contains("[if trust >= 4]"),
        "a branch names its condition"
    );
    assert!(dot.contains("[when not(raised(disclosure-physical))]"));
    assert!(!dot.contains("[if]"));
    assert!(mermaid.contains(" -.->|"), "dispatch dotted");
    assert!(mermaid.contains("stroke-dasharray"), "silence dashed");
    assert!(!mermaid.contains("==>"));
}

/// The rules a scenario's topics call for (the domain guide's practice for that kind of call),
/// each triggered in at least one of the scenario's own playtests: a scenario about suicide risk
/// that never gives the chance to ask about suicide would teach nothing about it.
#[test]
fn every_shipped_scenario_gives_the_chances_its_topics_call_for() {
    repo_root();
    let called_for: &[(&str, &[&str])] = &[
        (
            "imminent-suicide-risk",
            &["ask-about-suicide", "act-on-danger-now"],
        ),
        ("suicidal-thoughts", &["ask-about-suicide"]),
        ("attempt-in-progress", &["emergency-for-attempt"]),
        ("sexual-abuse", &["believe-the-child", "no-interrogating"]),
        ("physical-abuse", &["believe-the-child"]),
        ("danger-now", &["act-on-danger-now"]),
        ("isolation", &["strengthen-real-ties"]),
    ];
    let library = Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    for path in library.scenario_files() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let loaded = shipped(&name);
        let tests = playtest::load(&playtest::tests_path(&loaded.path), &loaded).unwrap();
        let mut triggered = std::collections::BTreeSet::new();
        for test in &tests.tests {
            let script = doverie_core::engine::Input::parse_script(&test.script).unwrap();
            let (mut call, mut events) =
                doverie_core::engine::Call::start(&loaded.scenario, test.seed);
            for input in &script {
                events.extend(call.apply(&loaded.scenario, input).unwrap());
            }
            let card = score(
                &loaded.scenario,
                &loaded.protocol,
                &events,
                &call.state.vars,
            );
            triggered.extend(
                card.rules
                    .iter()
                    .filter(|r| r.opportunities > 0)
                    .map(|r| r.rule.clone()),
            );
        }
        for (topic, rules) in called_for {
            if !loaded.scenario.caller.topics.iter().any(|t| t == topic) {
                continue;
            }
            for rule in *rules {
                assert!(
                    triggered.contains(*rule),
                    "{name} is about {topic}, but no playtest gives a chance for {rule}"
                );
            }
        }
    }
}

/// The report with the program's own words in `lang` (the fixtures have no text of their own).
fn report_text(r: &Report, random: &explore::RandomReport, lang: Lang) -> String {
    use doverie_core::locale::{Text, ui_source};
    let text = Text::new(lang, &[ui_source(lang)], &[ui_source(Lang::En)]);
    let mut out = Vec::new();
    doverie_authoring::report::write_report(&mut out, &text, r, Some(random)).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_explorer_report_reads_in_english_and_in_russian() {
    repo_root();
    let (s, p) = structure("dead-end");
    let mut r = explore(&s, &p);
    r.seconds = 0.0;
    let random = explore::random_calls(&s, &p, 50, 3);
    let en = report_text(&r, &random, Lang::En);
    let lines: Vec<&str> = en.lines().collect();
    assert_eq!(
        lines[0],
        "dead-end: 5 call states (all), 9 states with the rule monitors (all); 22 transitions; 0.00 s"
    );
    for line in [
        "Endings reached (2):",
        "  (the counsellor hangs up) [counsellor-hung-up]",
        "Nodes no state reaches: none",
        "Options never offered: ",
        "  stuck/unlock: its condition never holds when the call is on this node",
        "Dead ends (nothing to say and the child waits for ever): ",
        "  stuck (1 state(s)), e.g. --choose 'stall'",
        "Traps (no ending but hanging up can be reached): none",
        "Best call: High Compliance 100.0 (closed)",
        "Worst call: Non-Compliant 0.0 (counsellor-hung-up)",
        "A High Compliance call: possible.",
        "Rules this scenario never triggers: reflect-cue",
        "50 random calls (seed 3):",
        "  High Compliance      25",
        "  totals: min 33.3, median 100.0, mean 66.6, max 100.0",
    ] {
        assert!(lines.contains(&line), "{line:?} in\n{en}");
    }

    let ru = report_text(&r, &random, Lang::Ru);
    let lines: Vec<&str> = ru.lines().collect();
    assert_eq!(
        lines[0],
        "dead-end: 5 состояний звонка (все), с мониторами правил — 9 (все); 22 перехода; 0.00 с"
    );
    for line in [
        "Достигнутые концовки (2):",
        "  (консультант кладёт трубку) [counsellor-hung-up]",
        "Узлы, которых не достигает ни одно состояние: нет",
        "  stuck/unlock: его условие никогда не выполняется, когда звонок в этом узле",
        "  stuck (1 состояние), например --choose 'stall'",
        "Лучший звонок: Полное соответствие 100.0 (closed)",
        "Звонок с полным соответствием: возможен.",
        "50 случайных звонков (зерно 3):",
        "  Частичное соответствие  0",
    ] {
        assert!(lines.contains(&line), "{line:?} in\n{ru}");
    }
    // A stopped exploration, in Russian too.
    let mut r = explore::explore(&s, &p, ExploreOptions::bounded(3), &mut |_, _| {});
    r.seconds = 0.0;
    let ru = report_text(&r, &random, Lang::Ru);
    assert!(ru.contains("(ОСТАНОВЛЕНО по --max-states)"), "{ru}");
    assert!(ru.contains("Увеличьте --max-states"), "{ru}");
    for english in [
        "call states",
        "rule monitors",
        "Endings",
        "none",
        "Raise",
        "Best",
        "random calls",
    ] {
        assert!(!ru.contains(english), "{english:?} in\n{ru}");
    }
}
