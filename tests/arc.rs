//! Arcs: calls from the same caller played in order, verified as a chain and scored as a whole.
//!
//! The fixture arc `night-thrice` (tests/fixtures/arc) plays the shipped orphanage-night-call
//! three times, carrying trust, risk, ties and dependency. Each test copies the shipped
//! content into a temporary content folder with the fixture arc added.

#[path = "at_root/mod.rs"]
mod at_root;
use at_root::repo_root;

#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use doverie_authoring::arc::{ArcExploreOptions, explore_arc};
use doverie_core::arc::chain::{ChainError, Link, check_chain};
use doverie_core::content::{self, LoadedArc};
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::{Mode, Transcript};
use doverie_core::verify::{ArcAssessError, assess_arc};

/// A content folder with the shipped content and the fixture arc.
fn library() -> (tempdir::Dir, Library) {
    let dir = tempdir::Dir::new();
    repo_root();
    let root = std::env::current_dir().unwrap();
    common::copy_dir(&root.join("scenarios"), &dir.0.join("scenarios"));
    common::copy_dir(&root.join("locales"), &dir.0.join("locales"));
    std::fs::create_dir_all(dir.0.join("scenarios/arcs")).unwrap();
    std::fs::copy(
        root.join("tests/fixtures/arc/night-thrice.ron"),
        dir.0.join("scenarios/arcs/night-thrice.ron"),
    )
    .unwrap();
    for lang in ["en", "ru"] {
        let to = dir.0.join(format!("locales/{lang}/arcs"));
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(
            root.join(format!("tests/fixtures/arc/{lang}/night-thrice.ftl")),
            to.join("night-thrice.ftl"),
        )
        .unwrap();
    }
    let library = Library::new(&dir.0);
    (dir, library)
}

/// A temporary folder, removed when dropped.
mod tempdir {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicU32, Ordering};

    pub struct Dir(pub PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            static N: AtomicU32 = AtomicU32::new(0);
            let path = std::env::temp_dir().join(format!(
                "doverie-arc-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).unwrap();
            Dir(path)
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// The best call of orphanage-night-call (as the explorer reports it).
const BEST: &str = "greet-gently,warm-honest,open-q,validate-lonely,ask-suicide,assess-plan,safety-plan,agree-safety,sum-up,boundary-warm,name-pattern-now,explore-ties,strengthen,plan-words,close-warm,door-open";
/// A call that colludes with her attachment: the number, a meeting.
const ATTACHED: &str =
    "greet-gently,warm-honest,open-q,validate-lonely,minimise-notice,give-number,agree-meet-too";

/// Plays call `n` of the arc by script, beginning with `carried`, after the transcript whose
/// hash is `previous`; writes it into `dir` and returns its path.
fn play_call(
    arc: &LoadedArc,
    dir: &Path,
    n: usize,
    carried: &[i32],
    previous: Option<String>,
    seed: u64,
    script: &str,
) -> PathBuf {
    let call = &arc.calls[n];
    let scenario = call.scenario.with_carried(&arc.arc.named(carried)).unwrap();
    let (mut session, _) = Session::start(
        Arc::new(scenario),
        Arc::new(call.protocol.clone()),
        seed,
        Lang::En,
        "t-arc",
    );
    session.transcript.arc = Some(arc.arc.stamp(n, carried, previous));
    // An hour apart: each call begins after the one before it ended (the days between calls are
    // the story's, not the clock's).
    session.transcript.bind(
        1_800_000_000 + 3600 * n as u64,
        Mode::default(),
        call.text_stamps(Lang::En),
    );
    for input in Input::parse_script(script).unwrap() {
        session.apply(input, None).unwrap();
    }
    assert!(session.is_over(), "call {n} did not end: {script}");
    let path = dir.join(format!("{:02}-{}.json", n + 1, call.scenario.id));
    std::fs::write(&path, session.transcript.to_json()).unwrap();
    path
}

/// Plays the whole arc by scripts (one per call, with seeds) and returns the files in order.
fn play_arc(arc: &LoadedArc, dir: &Path, scripts: &[&str], seeds: &[u64]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut carried: Vec<i32> = arc
        .arc
        .carried
        .iter()
        .map(|v| {
            arc.calls[0]
                .scenario
                .variables
                .iter()
                .find(|x| &x.id == v)
                .unwrap()
                .initial
        })
        .collect();
    for (n, script) in scripts.iter().enumerate() {
        let previous = files
            .last()
            .map(|p| doverie_core::ron_file::sha256_hex(&std::fs::read(p).unwrap()));
        let path = play_call(arc, dir, n, &carried, previous, seeds[n], script);
        let t = Transcript::read(&path).unwrap();
        let loaded = &arc.calls[n];
        let (call, _) = t.replay(&loaded.scenario, &loaded.protocol).unwrap();
        carried = arc
            .arc
            .carried
            .iter()
            .map(|v| call.state.vars[usize::from(loaded.scenario.variable_ix(v).unwrap())])
            .collect();
        files.push(path);
    }
    files
}

fn refs(files: &[PathBuf]) -> Vec<&Path> {
    files.iter().map(PathBuf::as_path).collect()
}

fn load(library: &Library) -> LoadedArc {
    content::load_arc(library, "night-thrice").unwrap().0
}

#[test]
fn an_arc_played_by_scripts_verifies_and_scores_as_a_whole() {
    let (dir, library) = library();
    let arc = load(&library);
    let files = play_arc(&arc, &dir.0, &[BEST, BEST, BEST], &[0, 0, 0]);
    let assessed = assess_arc(&library, &refs(&files), true).unwrap();
    let card = &assessed.card;
    assert!(card.complete);
    assert_eq!(card.calls.len(), 3);
    // Each call begins where the one before ended.
    for w in card.calls.windows(2) {
        assert_eq!(w[0].end, w[1].start);
    }
    // The first begins with the scenario's own values.
    assert_eq!(card.calls[0].start["trust"], 4);
    assert_eq!(card.calls[0].start["dependency"], 6);
    // Warmth with boundaries and strengthened ties, three times: her dependency eased, her
    // ties grew, she was never pushed away, and her risk is settled.
    let last = &card.calls[2].end;
    assert!(last["dependency"] < 6, "{last:?}");
    assert!(last["ties"] > 2, "{last:?}");
    let kept: Vec<(&str, bool)> = card
        .rules
        .iter()
        .map(|r| (r.rule.as_str(), r.kept))
        .collect();
    assert_eq!(
        kept,
        [
            ("arc-dependency-eased", true),
            ("arc-ties-grew", true),
            ("arc-never-pushed-away", true),
            ("arc-risk-settled", true),
        ]
    );
    // Each call is also scored on its own; the arc's total is their mean.
    let mean = card.calls.iter().map(|c| c.total).sum::<f64>() / 3.0;
    assert!((card.total - (mean * 10.0).round() / 10.0).abs() < 1e-9);
    assert_eq!(
        card.level,
        card.calls.iter().map(|c| c.level).max().unwrap(),
        "no arc rule broken: the worst call decides"
    );
    // Ties grown: the next call comes after the default gap.
    assert_eq!(card.calls[1].days_before, 21);
}

#[test]
fn a_child_pushed_away_breaks_the_arc_rules_and_calls_later() {
    let (dir, library) = library();
    let arc = load(&library);
    let files = play_arc(&arc, &dir.0, &[ATTACHED, ATTACHED, ATTACHED], &[0, 0, 0]);
    let assessed = assess_arc(&library, &refs(&files), true).unwrap();
    let card = &assessed.card;
    let broken: Vec<&str> = card
        .rules
        .iter()
        .filter(|r| !r.kept)
        .map(|r| r.rule.as_str())
        .collect();
    assert!(broken.contains(&"arc-dependency-eased"), "{card:#?}");
    assert!(broken.contains(&"arc-ties-grew"), "{card:#?}");
    assert!(card.level >= doverie_core::score::Level::PartialCompliance);
}

#[test]
fn tampered_arcs_are_refused_with_their_reason() {
    let (dir, library) = library();
    let arc = load(&library);
    let files = play_arc(&arc, &dir.0, &[BEST, ATTACHED, BEST], &[0, 1, 2]);
    assert!(assess_arc(&library, &refs(&files), true).is_ok());

    // A call missing at the end, or in the middle.
    let e = assess_arc(&library, &refs(&files[..2]), true).unwrap_err();
    assert!(
        matches!(
            e,
            ArcAssessError::Chain(ChainError::Missing { missing: 3, .. })
        ),
        "{e}"
    );
    assert!(e.to_string().contains("call 3 is missing"), "{e}");
    assert!(
        assess_arc(&library, &refs(&files[..2]), false).is_ok(),
        "an arc being played"
    );
    let e = assess_arc(&library, &[&files[0], &files[2]], true).unwrap_err();
    assert!(
        matches!(
            e,
            ArcAssessError::Chain(ChainError::Misplaced {
                position: 2,
                recorded: 3
            })
        ),
        "{e}"
    );

    // Reordered.
    let e = assess_arc(&library, &[&files[1], &files[0], &files[2]], true).unwrap_err();
    assert!(e.to_string().contains("out of order"), "{e}");

    // An earlier call edited (a field replay does not recompute: the trainee's typed words):
    // its own replay passes, but the next call no longer follows it.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let mut t = Transcript::from_json(&text).unwrap();
    t.inputs[0].said = Some("hello".into());
    std::fs::write(&files[0], t.to_json()).unwrap();
    let e = assess_arc(&library, &refs(&files), true).unwrap_err();
    assert!(
        matches!(
            e,
            ArcAssessError::Chain(ChainError::Unlinked { position: 2 })
        ),
        "{e}"
    );
    std::fs::write(&files[0], &text).unwrap();

    // Call 2 played again with carried values that do not follow from call 1's end, but linked
    // by hash: it replays, and the chain refuses it, naming the variable.
    let honest = Transcript::read(&files[1]).unwrap().arc.unwrap();
    let mut forged: Vec<i32> = arc.arc.values(&honest.carried).unwrap();
    forged[0] = if forged[0] >= 5 {
        forged[0] - 3
    } else {
        forged[0] + 3
    };
    let path = play_call(
        &arc,
        &dir.0,
        1,
        &forged,
        honest.previous.clone(),
        1,
        ATTACHED,
    );
    let e = assess_arc(&library, &refs(&files), true).unwrap_err();
    assert!(
        matches!(&e, ArcAssessError::Chain(ChainError::Carried { position: 2, variable, .. }) if variable == "trust"),
        "{e}"
    );
    assert!(
        e.to_string().contains("but the call before it ended with"),
        "{e}"
    );
    assert_eq!(path, files[1]);

    // A carried value edited in the file: the call's own replay starts elsewhere and refuses.
    let files = play_arc(&arc, &dir.0, &[BEST, ATTACHED, BEST], &[0, 1, 2]);
    let text = std::fs::read_to_string(&files[1]).unwrap();
    let mut t = Transcript::from_json(&text).unwrap();
    *t.arc
        .as_mut()
        .unwrap()
        .carried
        .get_mut("dependency")
        .unwrap() -= 1;
    std::fs::write(&files[1], t.to_json()).unwrap();
    assert!(assess_arc(&library, &refs(&files), true).is_err());
}

#[test]
fn the_chain_refuses_single_calls_other_arcs_and_swapped_scenarios() {
    let (dir, library) = library();
    let arc = load(&library);
    let files = play_arc(&arc, &dir.0, &[BEST, BEST, BEST], &[0, 0, 0]);
    let assessed = assess_arc(&library, &refs(&files), true).unwrap();
    let ts: Vec<Transcript> = assessed
        .calls
        .iter()
        .map(|c| c.transcript.clone())
        .collect();
    fn links<'a>(
        ts: &'a [Transcript],
        assessed: &'a doverie_core::verify::ArcAssessed,
    ) -> Vec<Link<'a>> {
        ts.iter()
            .zip(&assessed.hashes)
            .zip(&assessed.calls)
            .map(|((t, h), c)| Link {
                transcript: t,
                sha256: h,
                declared: c
                    .loaded
                    .scenario
                    .variables
                    .iter()
                    .map(|v| (v.id.clone(), v.initial))
                    .collect(),
                end: c.card.end_state.clone(),
            })
            .collect()
    }
    let links = |ts| links(ts, &assessed);
    assert_eq!(check_chain(&arc.arc, &links(&ts), true), Ok(()));
    let mut other = ts.clone();
    other[1].arc.as_mut().unwrap().id = "another-arc".into();
    assert!(matches!(
        check_chain(&arc.arc, &links(&other), true),
        Err(ChainError::OtherArc { position: 2, .. })
    ));
    let mut changed = ts.clone();
    changed[2].arc.as_mut().unwrap().hash = "0".repeat(64);
    assert!(matches!(
        check_chain(&arc.arc, &links(&changed), true),
        Err(ChainError::ArcChanged { position: 3, .. })
    ));
    let mut single = ts.clone();
    single[0].arc = None;
    assert!(matches!(
        check_chain(&arc.arc, &links(&single), true),
        Err(ChainError::NotInArc { position: 1 })
    ));
    let mut swapped = ts.clone();
    swapped[1].scenario.id = "quiet-line".into();
    let e = check_chain(&arc.arc, &links(&swapped), true).unwrap_err();
    assert!(matches!(e, ChainError::Swapped { position: 2, .. }), "{e}");
    let mut stranger = ts.clone();
    stranger[2].trainee = "t-other".into();
    assert!(matches!(
        check_chain(&arc.arc, &links(&stranger), true),
        Err(ChainError::Trainee { position: 3, .. })
    ));
}

#[test]
fn the_explorers_best_and_worst_arcs_replay_to_their_scores() {
    let (dir, library) = library();
    let arc = load(&library);
    let report = explore_arc(
        &arc,
        ArcExploreOptions {
            max_states: 3_000,
            max_starts: 3,
            max_arcs: 20_000,
        },
        &mut |_| {},
    );
    assert_eq!(report.calls.len(), 3);
    assert!(
        report
            .calls
            .iter()
            .all(|c| c.states > 0 && c.end_values > 0),
        "{:#?}",
        report.calls
    );
    assert!(report.arcs > 0);
    let best = report.best.clone().expect("a best arc");
    let worst = report.worst.clone().expect("a worst arc");
    assert!((best.card.level, -best.card.total) <= (worst.card.level, -worst.card.total));
    for (name, path) in [("best", best), ("worst", worst)] {
        let sub = dir.0.join(name);
        std::fs::create_dir_all(&sub).unwrap();
        let scripts: Vec<&str> = path.scripts.iter().map(String::as_str).collect();
        let files = play_arc(&arc, &sub, &scripts, &path.seeds);
        let replayed = assess_arc(&library, &refs(&files), true).unwrap();
        assert_eq!(replayed.card, path.card, "{name}");
        assert!(
            path.command("night-thrice")
                .starts_with("doverie play --arc night-thrice --seeds ")
        );
    }
}

#[test]
fn the_arc_debrief_in_both_languages() {
    let (dir, library) = library();
    let arc = load(&library);
    let files = play_arc(&arc, &dir.0, &[BEST, ATTACHED, BEST], &[0, 1, 2]);
    let assessed = assess_arc(&library, &refs(&files), true).unwrap();
    for lang in [Lang::En, Lang::Ru] {
        let debrief = arc.debrief(lang, &assessed.card);
        insta::assert_snapshot!(
            format!("arc_debrief_{}", lang.as_str()),
            debrief.lines().join("\n")
        );
    }
    // An arc still being played says so instead of judging the arc rules.
    let partial = assess_arc(&library, &refs(&files[..1]), false).unwrap();
    let debrief = arc.debrief(Lang::En, &partial.card);
    assert!(debrief.rules.is_empty());
    assert_eq!(
        debrief.rules_note.as_deref(),
        Some("1 of 3 calls played: the arc rules are judged after the last call.")
    );
}

#[test]
fn the_arc_file_is_checked_against_its_calls() {
    let (dir, library) = library();
    let path = dir.0.join("scenarios/arcs/night-thrice.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    // A call that does not declare a carried variable.
    std::fs::write(&path, text.replacen("\"ties\",", "\"ties\", \"fear\",", 1)).unwrap();
    let e = content::load_arc(&library, "night-thrice").unwrap_err();
    let all: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert!(
        all.iter().any(|m| m.contains("night-thrice.ron:")
            && m.contains("does not declare the carried variable \"fear\"")),
        "{all:?}"
    );
    // A scenario that does not exist, with a suggestion.
    std::fs::write(
        &path,
        text.replacen(
            "(scenario: \"orphanage-night-call\"),",
            "(scenario: \"orphanage-nigth-call\"),",
            1,
        ),
    )
    .unwrap();
    let e = content::load_arc(&library, "night-thrice").unwrap_err();
    let all: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert!(
        all.iter()
            .any(|m| m.contains("no scenario \"orphanage-nigth-call\"")),
        "{all:?}"
    );
    // A carried variable with another range in one call.
    std::fs::write(&path, &text).unwrap();
    let scenario = dir.0.join("scenarios/orphanage-night-call.ron");
    let original = std::fs::read_to_string(&scenario).unwrap();
    let copy = dir.0.join("scenarios/night-copy.ron");
    std::fs::write(
        &copy,
        original
            .replacen("id: \"orphanage-night-call\"", "id: \"night-copy\"", 1)
            .replacen(
                "(id: \"ties\", min: 0, max: 10, initial: 2)",
                "(id: \"ties\", min: 0, max: 12, initial: 2)",
                1,
            ),
    )
    .unwrap();
    for lang in ["en", "ru"] {
        std::fs::copy(
            dir.0
                .join(format!("locales/{lang}/scenarios/orphanage-night-call.ftl")),
            dir.0
                .join(format!("locales/{lang}/scenarios/night-copy.ftl")),
        )
        .unwrap();
    }
    std::fs::write(
        &path,
        text.replacen(
            "(scenario: \"orphanage-night-call\", days: 28",
            "(scenario: \"night-copy\", days: 28",
            1,
        ),
    )
    .unwrap();
    let e = content::load_arc(&library, "night-thrice").unwrap_err();
    let all: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert!(
        all.iter()
            .any(|m| m.contains("ranges 0..=12 in scenario \"night-copy\" but 0..=10")),
        "{all:?}"
    );
}

/// The shipped arc names the orphan's three calls, and a counsellor who keeps warmth with
/// boundaries and turns her toward real people plays it to the end with every arc rule kept.
#[test]
fn the_orphans_arc_is_shipped_and_plays_through() {
    repo_root();
    let library = Library::new(std::env::current_dir().unwrap());
    let (arc, warnings) = content::load_arc(&library, "orphan").unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let scenarios: Vec<&str> = arc.arc.calls.iter().map(|c| c.scenario.as_str()).collect();
    assert_eq!(
        scenarios,
        [
            "orphanage-night-call",
            "orphanage-weeks-later",
            "orphanage-last-call"
        ]
    );
    let dir = tempdir::Dir::new();
    let files = play_arc(
        &arc,
        &dir.0,
        &[
            BEST,
            "greet,remember-how,glad-and-ask,reflect-hurt,normalise-mixed,plan-words,close-warm,door-open",
            "greet,share-joy,reflect-worry,draw-out,support-plan,name-growth,door-open",
        ],
        &[0, 1, 1],
    );
    let card = assess_arc(&library, &refs(&files), true).unwrap().card;
    assert!(card.rules.iter().all(|r| r.kept), "{card:#?}");
    assert_eq!(card.rules.len(), 4);
    // Her ties grew in the first call: the second comes three weeks later, not six.
    assert_eq!(card.calls[1].days_before, 21);
    assert_eq!(card.calls[2].days_before, 35);
}

/// The days between calls are the story's (an arc is practised in one sitting): verify does not
/// ask for them on the clock, but a call recorded as beginning before the one before it ended
/// is refused, and the front ends never record one so.
#[test]
fn calls_are_recorded_in_order_and_the_days_between_them_are_simulated() {
    let (dir, library) = library();
    let arc = load(&library);
    let files = play_arc(&arc, &dir.0, &[BEST, BEST], &[0, 0]);
    // An hour apart, though the arc says three weeks: the gap is simulated, and it verifies.
    assert_eq!(arc.arc.days_before(1, &[5, 5, 5, 5]), 21);
    assert!(assess_arc(&library, &refs(&files), false).is_ok());

    // Call 2 moved to begin a second after call 1 began: before call 1 ended.
    let first = Transcript::read(&files[0]).unwrap();
    let end = doverie_core::arc::chain::ended_at(&first).unwrap();
    assert!(end > first.started.unwrap() + 60, "a call lasts minutes");
    let text = std::fs::read_to_string(&files[1]).unwrap();
    let mut t = Transcript::from_json(&text).unwrap();
    t.started = Some(first.started.unwrap() + 1);
    std::fs::write(&files[1], t.to_json()).unwrap();
    let e = assess_arc(&library, &refs(&files), false).unwrap_err();
    let early = end - first.started.unwrap() - 1;
    assert!(
        matches!(&e, ArcAssessError::Chain(ChainError::Early { position: 2, seconds }) if *seconds == early),
        "{e}"
    );
    assert!(e.to_string().contains("out of order"), "{e}");
    let ru = e.message(&doverie_core::locale::ui_text(Lang::Ru));
    assert!(
        ru.contains(&format!("звонок 2 записан как начатый на {early} с раньше")),
        "{ru}"
    );
    // Exactly at the previous call's end is in order.
    t.started = Some(end);
    std::fs::write(&files[1], t.to_json()).unwrap();
    assert!(assess_arc(&library, &refs(&files), false).is_ok());

    // A front end binds the next call's start no earlier than the previous end, whatever its
    // clock says (a trainee faster than the call's clock, a clock set back).
    use doverie_core::arc::chain::start_after;
    assert_eq!(start_after(end - 500, Some(&first)), end);
    assert_eq!(start_after(end + 7, Some(&first)), end + 7);
    assert_eq!(start_after(42, None), 42);
    // A call without a start is refused, not taken as in order.
    t.started = None;
    t.format = 1;
    std::fs::write(&files[1], t.to_json()).unwrap();
    let e = assess_arc(&library, &refs(&files), false).unwrap_err();
    assert!(
        matches!(
            &e,
            ArcAssessError::Chain(ChainError::NoStart { position: 2 })
        ),
        "{e}"
    );
}

/// Every refusal of the chain reads in Russian and in English, from the program's words.
#[test]
fn chain_refusals_read_in_russian_and_english() {
    let all = [
        ChainError::NotInArc { position: 1 },
        ChainError::OtherArc {
            position: 2,
            arc: "other".into(),
            expected: "orphan".into(),
        },
        ChainError::ArcChanged {
            position: 3,
            arc: "orphan".into(),
        },
        ChainError::Misplaced {
            position: 2,
            recorded: 3,
        },
        ChainError::Missing {
            calls: 3,
            given: 2,
            missing: 3,
        },
        ChainError::TooMany { calls: 3, given: 4 },
        ChainError::Swapped {
            position: 2,
            scenario: "quiet-line".into(),
            expected: "orphanage-weeks-later".into(),
        },
        ChainError::Unlinked { position: 2 },
        ChainError::Carried {
            position: 2,
            variable: "trust".into(),
            recorded: Some(3),
            expected: None,
        },
        ChainError::NotCarried {
            position: 2,
            variable: "fear".into(),
            recorded: 4,
        },
        ChainError::Trainee {
            position: 3,
            trainee: "b".into(),
            first: "a".into(),
        },
        ChainError::NoStart { position: 2 },
        ChainError::Early {
            position: 2,
            seconds: 90,
        },
    ];
    let en = doverie_core::locale::ui_text(Lang::En);
    let ru = doverie_core::locale::ui_text(Lang::Ru);
    let cyrillic = |s: &str| s.chars().any(|c| ('а'..='я').contains(&c));
    for e in &all {
        let (in_en, in_ru) = (e.message(&en), e.message(&ru));
        assert_eq!(in_en, e.to_string(), "Display is the English text");
        for m in [&in_en, &in_ru] {
            assert!(!m.contains("ui-arc") && !m.contains('{'), "{m}");
        }
        assert!(!cyrillic(&in_en), "{in_en}");
        assert!(cyrillic(&in_ru), "{in_ru}");
        assert_ne!(in_en, in_ru);
    }
    let missing = &all[4];
    assert_eq!(
        missing.message(&en),
        "the arc has 3 calls but 2 transcripts are given: call 3 is missing"
    );
    assert_eq!(
        missing.message(&ru),
        "в серии звонков — 3, а записей дано — 2: нет звонка 3"
    );
    let carried = &all[8];
    assert!(carried.message(&en).ends_with("ended with nothing"));
    assert!(carried.message(&ru).ends_with("закончился на ничего"));
    // assess_arc's own refusals too.
    let none = ArcAssessError::Empty;
    assert!(
        none.message(&ru).starts_with("записи не даны"),
        "{}",
        none.message(&ru)
    );
    assert!(none.to_string().starts_with("no transcript given"));
    let chain = ArcAssessError::Chain(all[7].clone());
    assert!(chain.message(&ru).contains("хеш предыдущего звонка другой"));
}
