//! Scoring against the shipped protocol.
//!
//! Every rule has a minimal scripted call that breaks it and one that keeps it (the table
//! below), played on a workbench scenario built from the protocol's own vocabulary: an option
//! `a-ACT` for every act, `e-EVENT` to make the caller raise an event, and `end` to close the
//! call well.

#[path = "at_root/mod.rs"]
mod at_root;
use at_root::repo_root;

use std::path::Path;
use std::sync::Arc;

use doverie_core::content;
use doverie_core::engine::Input;
use doverie_core::library::Library;
use doverie_core::locale::Lang;
use doverie_core::locale::{Source, Text};
use doverie_core::protocol::rules::{Check, Cue};
use doverie_core::protocol::{self, Protocol};
use doverie_core::ron_file::RonFile;
use doverie_core::scenario::def::{
    CallerDef, Difficulty, Gender, Next, NodeDef, OptionDef, ReactionDef, ScenarioDef,
};
use doverie_core::scenario::{Scenario, compile};
use doverie_core::score::card::Reason;
use doverie_core::score::{Level, Scorecard};
use doverie_core::session::Session;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn helpline() -> Protocol {
    let (p, d) = protocol::load(&root().join("scenarios/protocols/helpline.ron"));
    p.unwrap_or_else(|| panic!("{d}"))
}

fn workbench(protocol: &Protocol) -> Scenario {
    compiled(&workbench_def(protocol), protocol)
}

fn compiled(def: &ScenarioDef, protocol: &Protocol) -> Scenario {
    let file = RonFile::from_text(Path::new("workbench.ron"), String::new());
    let compiled = compile(def, &file, Some(protocol));
    compiled
        .scenario
        .unwrap_or_else(|| panic!("{}", compiled.diagnostics))
}

fn workbench_def(protocol: &Protocol) -> ScenarioDef {
    let mut options: Vec<OptionDef> = protocol
        .acts
        .items
        .iter()
        .map(|a| OptionDef {
            id: format!("a-{}", a.id),
            acts: vec![a.id.clone()],
            when: None,
            effects: vec![],
            next: Next::Stay,
        })
        .collect();
    options.extend(protocol.events.items.iter().map(|e| OptionDef {
        id: format!("e-{}", e.id),
        acts: vec![],
        when: None,
        effects: vec![],
        next: Next::Go(format!("ev-{}", e.id)),
    }));
    options.push(OptionDef {
        id: "end".into(),
        acts: vec![],
        when: None,
        effects: vec![],
        next: Next::Go("end".into()),
    });
    let node = |id: String, events: Vec<String>| NodeDef {
        id,
        lines: vec![],
        events,
        effects: vec![],
        options: options.clone(),
        silence: None,
        dispatch: vec![],
        ending: None,
    };
    let mut nodes = vec![node("hub".into(), vec![])];
    nodes.extend(
        protocol
            .events
            .items
            .iter()
            .map(|e| node(format!("ev-{}", e.id), vec![e.id.clone()])),
    );
    nodes.push(NodeDef {
        ending: Some("call-closed-well".into()),
        options: vec![],
        ..node("end".into(), vec![])
    });
    ScenarioDef {
        id: "workbench".into(),
        protocol: "helpline".into(),
        caller: CallerDef {
            role: Default::default(),
            age: 12,
            gender: Gender::Female,
            persona: "workbench".into(),
            topics: vec!["isolation".into()],
            difficulty: Difficulty::Introductory,
        },
        clock: None,
        region: None,
        weekday: None,
        date: None,
        variables: vec![],
        start: "hub".into(),
        // The child reacts after half a minute of silence, and stays.
        silence: vec![ReactionDef {
            after: 30,
            lines: vec![],
            events: vec![],
            effects: vec![],
            next: Next::Stay,
        }],

        on_dispatch: vec![],
        nodes,
        pace: None,
    }
}

/// Plays a script; `@night,` first plays it at 23:00 local time (day services closed).
fn play(scenario: &Scenario, protocol: &Protocol, script: &str) -> Scorecard {
    let mut scenario = scenario.clone();
    let script = match script.strip_prefix("@night,") {
        Some(rest) => {
            scenario.clock = Some(23 * 60);
            rest
        }
        None => script,
    };
    let (mut session, _) = Session::start(
        Arc::new(scenario),
        Arc::new(protocol.clone()),
        0,
        Lang::En,
        "t",
    );
    for token in script.split(',') {
        let input = Input::parse_token(token).unwrap();
        session
            .apply(input, None)
            .unwrap_or_else(|e| panic!("{script}: {token}: {e}"));
    }
    session.scorecard()
}

/// Whether a deviation's reason names the rule's own patterns (by their cues), and its window.
fn reason_names_the_rule(reason: &Reason, check: &Check) -> bool {
    let same = |a: &[Cue], b: &doverie_core::protocol::rules::Pattern| !a.is_empty() && a == b.cues;
    match (reason, check) {
        (
            Reason::Happened { pattern, after },
            Check::Never {
                pattern: p,
                after: a,
                ..
            },
        ) => {
            same(pattern, p)
                && after
                    .as_deref()
                    .map(|x| a.as_ref().is_some_and(|a| same(x, a)))
                    != Some(false)
        }
        (
            Reason::Late {
                expect,
                trigger,
                turns,
                seconds,
            }
            | Reason::Ended {
                expect,
                trigger,
                turns,
                seconds,
            },
            Check::Within {
                trigger: t,
                expect: e,
                turns: tt,
                seconds: ts,
                ..
            },
        ) => same(expect, e) && same(trigger, t) && turns == tt && seconds == ts,
        (
            Reason::TooEarly {
                pattern, requires, ..
            },
            Check::Before {
                pattern: p,
                requires: r,
                ..
            },
        ) => same(pattern, p) && same(requires, r),
        (Reason::NeverDone { expect, .. }, Check::Eventually { expect: e, .. }) => same(expect, e),
        (Reason::WithoutConsent { unless }, Check::Consented { unless: u }) => {
            unless
                .as_deref()
                .map(|x| u.as_ref().is_some_and(|u| same(x, u)))
                != Some(false)
        }
        (
            Reason::Overdue {
                expect, trigger, ..
            },
            Check::Within {
                trigger: t,
                expect: e,
                ..
            },
        ) => same(expect, e) && same(trigger, t),
        _ => false,
    }
}

/// (rule, a call that breaks it, a call that keeps it).
const RULES: &[(&str, &str, &str)] = &[
    ("greet-and-invite", "a-open-question,end", "a-greet,end"),
    (
        "greet-and-invite",
        "wait:16,a-greet,end",
        "wait:14,a-greet,end",
    ),
    (
        "no-leaving-the-child-in-silence",
        "a-greet,e-strong-feeling,wait:30,end",
        "e-strong-feeling,a-reflect-feelings,wait:20,end",
    ),
    (
        "patience-with-silence",
        "e-caller-silent,a-open-question,end",
        "e-caller-silent,a-wait-patiently,end",
    ),
    (
        "never-hang-up-on-silent-caller",
        "e-caller-silent,hangup",
        "e-caller-silent,a-invite-to-talk,end",
    ),
    // Closing a silent call with a closing statement is correct practice, not a hang-up on it.
    (
        "never-hang-up-on-silent-caller",
        "e-caller-silent,a-describe-what-you-hear,hangup",
        "e-caller-silent,a-describe-what-you-hear,a-close-silent-call,hangup",
    ),
    (
        "try-before-closing-a-silent-call",
        "e-caller-silent,a-close-silent-call,end",
        "e-caller-silent,a-offer-tap-code,a-close-silent-call,end",
    ),
    (
        "reflect-strong-feelings",
        "e-strong-feeling,a-open-question,a-summarise,a-warmth",
        "e-strong-feeling,a-reflect-feelings,end",
    ),
    (
        "normalise",
        "e-strong-feeling,end",
        "e-strong-feeling,a-normalise,end",
    ),
    (
        "believe-the-child",
        "e-disclosure-physical,a-open-question,a-summarise,a-warmth",
        "e-disclosure-physical,a-believe-child,end",
    ),
    (
        "telling-was-right",
        "e-disclosure-sexual,a-open-question,a-believe-child,end",
        "e-disclosure-sexual,a-praise-telling,end",
    ),
    (
        "no-blame-or-disbelief",
        "e-hint-abuse,a-disbelieve,end",
        "a-blame-child,e-hint-abuse,a-believe-child,end",
    ),
    (
        "no-blame-or-disbelief",
        "e-disclosure-physical,a-blame-child,end",
        "e-disclosure-physical,a-not-your-fault,end",
    ),
    ("no-minimising", "a-minimise,end", "a-validate,end"),
    ("no-shock", "a-show-shock,end", "a-warmth,end"),
    ("no-lecturing", "a-lecture,end", "a-warmth,end"),
    ("no-threats", "a-threaten,end", "a-warmth,end"),
    (
        "notice-indirect-cues",
        "e-hint-abuse,a-warmth,a-summarise,a-warmth",
        "e-hint-abuse,a-notice-cue,end",
    ),
    // An indirect cue of suicide is a cue to notice too.
    (
        "notice-indirect-cues",
        "e-risk-cue-suicide,a-warmth,a-summarise,a-warmth",
        "e-risk-cue-suicide,a-open-question,end",
    ),
    (
        "ask-about-suicide",
        "e-risk-cue-suicide,a-warmth,end",
        "e-risk-cue-suicide,a-ask-about-suicide,end",
    ),
    // Self-harm calls for the direct question too; asking before the cue counts.
    (
        "ask-about-suicide",
        "e-self-harm,a-warmth,a-warmth,a-warmth,a-warmth,a-warmth,a-warmth",
        "a-ask-about-suicide,e-self-harm,end",
    ),
    (
        "assess-the-risk",
        "e-risk-cue-suicide,a-ask-about-suicide,end",
        "e-risk-cue-suicide,a-ask-about-suicide,a-assess-plan,end",
    ),
    (
        "check-safety-now",
        "e-disclosure-physical,a-believe-child,a-praise-telling,a-warmth,a-warmth",
        "e-disclosure-physical,a-assess-safety-now,end",
    ),
    (
        "check-safety-now",
        "e-danger-now,a-warmth,a-warmth,a-warmth,a-warmth",
        "a-assess-safety-now,e-danger-now,a-safety-plan,end",
    ),
    (
        "ask-about-risk-to-others",
        "e-risk-to-others,a-warmth,a-warmth,a-warmth",
        "e-risk-to-others,a-ask-about-risk-to-others,end",
    ),
    (
        "no-leading-questions",
        "e-hint-abuse,a-leading-question,end",
        "a-leading-question,e-hint-abuse,a-open-question,end",
    ),
    (
        "no-interrogating-sexual-abuse",
        "e-disclosure-sexual,a-press-for-details,end",
        "e-disclosure-sexual,a-believe-child,end",
    ),
    (
        "no-interrogating",
        "e-disclosure-physical,a-press-for-details,end",
        "e-disclosure-physical,a-open-question,end",
    ),
    (
        "no-interrogating",
        "e-risk-to-others,a-press-for-details,end",
        "e-risk-to-others,a-ask-about-risk-to-others,end",
    ),
    ("open-questions", "a-greet,end", "a-open-question,end"),
    (
        "explore-trusted-adults",
        "e-isolation-cue,end",
        "e-isolation-cue,a-explore-trusted-adult,end",
    ),
    (
        "strengthen-real-ties",
        "a-greet,end",
        "a-encourage-real-ties,end",
    ),
    (
        "child-finds-options",
        "e-disclosure-neglect,end",
        "e-disclosure-neglect,a-explore-options,end",
    ),
    (
        "no-ready-made-recipes",
        "a-direct-advice,end",
        "a-explore-options,end",
    ),
    // Directions are right during an attempt in progress.
    (
        "no-ready-made-recipes",
        "a-direct-advice,e-attempt-in-progress,dispatch:ambulance-103,end",
        "a-explore-options,e-attempt-in-progress,a-direct-advice,dispatch:ambulance-103,end",
    ),
    (
        "consent-before-dispatch",
        "dispatch:police-juvenile-unit,end",
        "e-consent-police,dispatch:police-juvenile-unit,end",
    ),
    // Consent is for something: agreeing to one service is not agreeing to another, and a
    // refusal withdraws it.
    (
        "consent-before-dispatch",
        "e-consent-support,dispatch:guardianship,end",
        "e-consent-child-protection,dispatch:guardianship,end",
    ),
    (
        "consent-before-dispatch",
        "e-consent-trusted-adult,dispatch:ambulance-103,end",
        "e-consent-ambulance,dispatch:ambulance-103,end",
    ),
    (
        "consent-before-dispatch",
        "e-consent-child-protection,e-refuses-child-protection,dispatch:guardianship,end",
        "e-refuses-police,e-consent-child-protection,dispatch:guardianship,end",
    ),
    (
        "justified-without-consent",
        "",
        "e-danger-now,dispatch:police-102,end",
    ),
    (
        "explain-before-dispatch",
        "e-consent-support,dispatch:ppms-centre,end",
        "a-explain-next-steps,e-consent-support,dispatch:ppms-centre,end",
    ),
    (
        "trusted-adults-before-institutions",
        "e-consent-child-protection,dispatch:guardianship,end",
        "a-explore-trusted-adult,e-consent-child-protection,dispatch:guardianship,end",
    ),
    (
        "consult-the-supervisor",
        "a-explore-trusted-adult,e-consent-child-protection,dispatch:guardianship,end",
        "a-consult-supervisor,e-consent-child-protection,dispatch:guardianship,end",
    ),
    (
        "emergency-for-attempt",
        "e-attempt-in-progress,a-warmth,a-warmth,a-warmth,a-warmth",
        "e-attempt-in-progress,dispatch:ambulance-103,end",
    ),
    (
        "emergency-for-attempt",
        "e-attempt-in-progress,dispatch:ppms-centre,end",
        "e-attempt-in-progress,dispatch:emergency-112,end",
    ),
    // An attempt needs an ambulance, not the police.
    (
        "emergency-for-attempt",
        "e-attempt-in-progress,dispatch:police-102,end",
        "e-attempt-in-progress,dispatch:ambulance-103,end",
    ),
    (
        "act-on-danger-now",
        "e-danger-now,a-warmth,a-warmth,a-warmth,a-warmth",
        "e-danger-now,a-safety-plan,end",
    ),
    (
        "location-before-emergency",
        "e-danger-now,a-ask-location,dispatch:police-102,end",
        "e-danger-now,e-location-given,dispatch:police-102,end",
    ),
    (
        "route-to-an-open-service",
        "@night,e-consent-police,dispatch:police-juvenile-unit,end",
        "@night,e-consent-police,dispatch:police-102,end",
    ),
    (
        "stay-until-help-arrives",
        "e-consent-ambulance,e-location-given,dispatch:ambulance-103,hangup",
        "e-consent-ambulance,e-location-given,dispatch:ambulance-103,e-help-arrived,end",
    ),
    (
        "confirm-help-arrived",
        "e-consent-ambulance,e-location-given,dispatch:ambulance-103,end",
        "e-consent-ambulance,e-location-given,dispatch:ambulance-103,a-confirm-help-arrived,end",
    ),
    (
        "safety-plan-after-risk",
        "e-risk-cue-suicide,end",
        "e-risk-cue-suicide,a-safety-plan,end",
    ),
    (
        "how-do-you-feel-now",
        "e-strong-feeling,end",
        "e-strong-feeling,a-check-feelings-now,end",
    ),
    (
        "agree-a-next-step",
        "e-disclosure-physical,end",
        "e-disclosure-physical,a-agree-next-step,end",
    ),
    (
        "invite-to-call-again",
        "a-greet,end",
        "a-invite-call-back,end",
    ),
    (
        "never-hang-up-on-a-child-at-risk",
        "e-disclosure-physical,a-believe-child,hangup",
        "e-disclosure-physical,a-believe-child,end",
    ),
    ("no-abrupt-hang-up", "a-greet,hangup", "a-greet,end"),
    (
        "no-false-guarantees",
        "a-false-guarantee,end",
        "a-explain-confidentiality,end",
    ),
    (
        "no-promise-of-secrecy",
        "a-promise-secrecy,end",
        "a-explain-confidentiality,end",
    ),
    (
        "honest-about-confidentiality",
        "e-asks-secrecy,a-warmth,a-warmth,a-warmth",
        "e-asks-secrecy,a-explain-confidentiality,end",
    ),
    (
        "honest-about-confidentiality",
        "e-asks-secrecy,a-warmth,a-warmth,a-warmth",
        "a-explain-confidentiality,e-asks-secrecy,a-warmth,end",
    ),
    (
        "no-personal-contact-or-meeting",
        "a-agree-to-meet,end",
        "a-set-boundary,end",
    ),
    (
        "no-personal-contact-or-meeting",
        "a-give-personal-contact,end",
        "a-set-boundary,end",
    ),
    (
        "no-personal-details",
        "a-share-personal-details,end",
        "a-set-boundary,end",
    ),
    (
        "no-pressing-for-identity",
        "a-press-identity,end",
        "a-greet,end",
    ),
    (
        "warm-boundaries",
        "e-asks-to-meet,a-warmth,a-warmth,a-warmth",
        "e-asks-to-meet,a-set-boundary,end",
    ),
    (
        "name-the-dependency",
        "e-dependency-cue,a-set-boundary,end",
        "e-dependency-cue,a-name-pattern,end",
    ),
    (
        "no-dangerous-advice",
        "a-dangerous-advice,end",
        "a-safety-plan,end",
    ),
];

#[test]
fn every_rule_is_broken_by_one_call_and_kept_by_another() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let mut failures = Vec::new();
    for &(rule, breaks, keeps) in RULES {
        let r = protocol
            .rules
            .iter()
            .find(|r| r.id == rule)
            .unwrap_or_else(|| panic!("no rule {rule}"));
        if breaks.is_empty() {
            // A rule that only credits (acting without consent when it is justified): no call
            // breaks it.
            assert!(matches!(r.check, Check::Justified { .. }), "{rule}");
        }
        let card = play(
            &scenario,
            &protocol,
            if breaks.is_empty() { keeps } else { breaks },
        );
        let score = card.rules.iter().find(|s| s.rule == rule).unwrap();
        let devs: Vec<_> = card.deviations.iter().filter(|d| d.rule == rule).collect();
        if breaks.is_empty() {
            assert!(devs.is_empty(), "{rule}: {devs:?}");
        } else if devs.is_empty() || score.kept >= score.opportunities {
            failures.push(format!("{rule}: `{breaks}` should break it: {score:?}"));
        }
        if r.severity == doverie_core::protocol::rules::Severity::Critical
            && !card.critical.iter().any(|c| c.rule == rule)
        {
            failures.push(format!("{rule}: a Critical deviation is flagged"));
        }
        if devs
            .iter()
            .any(|d| d.severity != r.severity || !reason_names_the_rule(&d.reason, &r.check))
        {
            failures.push(format!(
                "{rule}: deviations carry severity and reasons: {devs:?}"
            ));
        }
        let card = play(&scenario, &protocol, keeps);
        let score = card.rules.iter().find(|s| s.rule == rule).unwrap();
        let devs: Vec<_> = card.deviations.iter().filter(|d| d.rule == rule).collect();
        if !devs.is_empty() || score.opportunities == 0 || score.kept != score.opportunities {
            failures.push(format!(
                "{rule}: `{keeps}` should keep it (with an opportunity): {score:?} {devs:?}"
            ));
        }
        if r.credit && !card.went_well.iter().any(|k| k.rule == rule) {
            failures.push(format!(
                "{rule}: kept good practice is named in what went well"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    for rule in &protocol.rules {
        assert!(
            RULES.iter().any(|(r, _, _)| *r == rule.id),
            "rule {} has no row in the table",
            rule.id
        );
    }
    assert!(protocol.rules.len() >= 20);
}

#[test]
fn a_rule_counts_only_where_its_trigger_happened() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let card = play(&scenario, &protocol, "a-greet,a-open-question,end");
    for rule in [
        "ask-about-suicide",
        "believe-the-child",
        "emergency-for-attempt",
        "consent-before-dispatch",
        "name-the-dependency",
    ] {
        let r = card.rules.iter().find(|s| s.rule == rule).unwrap();
        assert_eq!(r.opportunities, 0, "{rule} had no trigger in this call");
    }
    let problem = card
        .categories
        .iter()
        .find(|c| c.category == "dispatch-and-escalation")
        .unwrap();
    assert_eq!(
        problem.score, None,
        "a category without opportunities has no score and does not weigh"
    );
    // One turn after the trigger is an opportunity (a trigger in the node that ends the call is none).
    let card = play(&scenario, &protocol, "e-risk-cue-suicide,end");
    let r = card
        .rules
        .iter()
        .find(|s| s.rule == "ask-about-suicide")
        .unwrap();
    assert_eq!(
        (r.opportunities, r.kept),
        (1, 0),
        "one turn after the cue was an opportunity missed"
    );
}

#[test]
fn a_silence_the_caller_gives_up_on_is_the_counsellors_missed_chance() {
    repo_root();
    let protocol = helpline();
    // This caller hangs up after half a minute of silence.
    let mut def = workbench_def(&protocol);
    def.silence[0].next = Next::Go("end".into());
    let scenario = compiled(&def, &protocol);
    let rule = |card: &Scorecard| {
        let r = card
            .rules
            .iter()
            .find(|s| s.rule == "act-on-danger-now")
            .unwrap();
        (r.opportunities, r.kept)
    };
    // Danger now, then silence until the child gives up: a Critical miss, not "no turn".
    let card = play(&scenario, &protocol, "e-danger-now,wait:30");
    assert_eq!(rule(&card), (1, 0));
    assert_eq!(card.level, Level::NonCompliant);
    assert!(
        card.deviations
            .iter()
            .any(|d| d.rule == "act-on-danger-now" && matches!(d.reason, Reason::Ended { .. })),
        "{:#?}",
        card.deviations
    );
    // A safety plan in time keeps it.
    let card = play(&scenario, &protocol, "e-danger-now,a-safety-plan,wait:30");
    assert_eq!(rule(&card), (1, 1));
}

#[test]
fn levels_follow_the_worst_deviation_and_the_number() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let perfect = play(
        &scenario,
        &protocol,
        "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,end",
    );
    assert_eq!(
        (perfect.level, perfect.total),
        (Level::HighCompliance, 100.0),
        "{:?}",
        perfect.deviations
    );
    let minor = play(
        &scenario,
        &protocol,
        "a-greet,a-encourage-real-ties,a-open-question,end",
    );
    assert_eq!(
        minor.level,
        Level::Compliant,
        "{}: only a Minor",
        minor.total
    );
    let moderate = play(
        &scenario,
        &protocol,
        "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,a-show-shock,end",
    );
    assert_eq!(moderate.level, Level::PartialCompliance);
    let major = play(
        &scenario,
        &protocol,
        "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,a-minimise,end",
    );
    assert_eq!(major.level, Level::LowCompliance);
    let critical = play(
        &scenario,
        &protocol,
        "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,a-promise-secrecy,end",
    );
    assert_eq!(
        critical.level,
        Level::NonCompliant,
        "a Critical overrides the number {}",
        critical.total
    );
    assert!(critical.total > 70.0);
    assert_eq!(critical.critical.len(), 1);
}

fn shipped() -> Library {
    Library::new(root())
}

#[test]
fn scoring_is_deterministic_and_reproducible_from_the_transcript() {
    repo_root();
    use proptest::prelude::*;
    let library = shipped();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(64));
    for name in ["orphanage-night-call", "hidden-bruises"] {
        let (loaded, _) = content::load(&library, name).unwrap();
        runner
            .run(
                &(
                    any::<u64>(),
                    prop::collection::vec((0usize..8, 0u32..30), 1..40),
                ),
                |(seed, picks)| {
                    let (mut session, _) = Session::start(
                        Arc::new(loaded.scenario.clone()),
                        Arc::new(loaded.protocol.clone()),
                        seed,
                        Lang::En,
                        "p",
                    );
                    for (pick, wait) in picks {
                        if session.is_over() {
                            break;
                        }
                        let offered: Vec<String> = session
                            .call
                            .options(&session.scenario)
                            .map(|(_, o)| o.id.clone())
                            .collect();
                        let input = match (pick, offered.is_empty()) {
                            (7, _) | (_, true) => Input::Wait { seconds: wait },
                            (6, _) if wait % 5 == 0 => Input::Dispatch {
                                service: "police-102".into(),
                            },
                            (p, false) => Input::Choose {
                                option: offered[p % offered.len()].clone(),
                            },
                        };
                        session.apply(input, None).unwrap();
                    }
                    let a = session.scorecard();
                    let b = session.scorecard();
                    prop_assert_eq!(&a, &b);
                    if session.is_over() {
                        let assessed = doverie_core::verify::assess_loaded(
                            loaded.clone(),
                            session.transcript.clone(),
                            "t",
                        )
                        .unwrap();
                        prop_assert_eq!(&assessed.card, &a);
                    }
                    prop_assert!((0.0..=100.0).contains(&a.total));
                    Ok(())
                },
            )
            .unwrap();
    }
}

/// The certification checks that did not hold.
fn failed_checks(v: &doverie_core::score::certify::Verdict) -> Vec<&str> {
    v.thresholds
        .iter()
        .filter(|t| !t.held)
        .map(|t| t.check.as_str())
        .collect()
}

#[test]
fn certification_applies_thresholds_and_sentinels() {
    repo_root();
    use doverie_core::score::certify::{ScoredCall, certify, is_sentinel};
    let protocol = helpline();
    let ordinary = workbench(&protocol);
    let mut sentinel = ordinary.clone();
    sentinel.id = "sentinel-bench".into();
    sentinel.caller.topics.push("sexual-abuse".into());
    assert!(is_sentinel(&protocol, &sentinel) && !is_sentinel(&protocol, &ordinary));
    let good = "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,end";
    let critical =
        "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,a-press-identity,end";
    fn scored<'a>(
        protocol: &Protocol,
        label: &str,
        scenario: &'a Scenario,
        script: &str,
    ) -> ScoredCall<'a> {
        ScoredCall {
            label: label.into(),
            trainee: "t-1".into(),
            scenario,
            card: play(scenario, protocol, script),
        }
    }
    let call = |label: &str, scenario: &'static Scenario, script: &str| {
        scored(&protocol, label, scenario, script)
    };
    let ordinary: &'static Scenario = Box::leak(Box::new(ordinary));
    let sentinel: &'static Scenario = Box::leak(Box::new(sentinel));

    let mut calls: Vec<ScoredCall> = (0..14)
        .map(|i| call(&format!("c{i}"), ordinary, good))
        .collect();
    calls.push(call("s1", sentinel, good));
    let v = certify(&protocol, &calls);
    assert!(v.certified, "{v:?}");
    // One Non-Compliant ordinary call in 15 is 6.7%: within the 7% allowed.
    calls[0] = call("c0", ordinary, critical);
    let v = certify(&protocol, &calls);
    assert!(v.certified, "{v:?}");
    // A Critical in a sentinel call fails certification whatever the percentages.
    calls[0] = call("c0", ordinary, good);
    calls[14] = call("s1", sentinel, critical);
    let v = certify(&protocol, &calls);
    assert!(!v.certified);
    let failed = failed_checks(&v);
    assert_eq!(failed, ["sentinels"]);
    assert_eq!(v.sentinel_failures.len(), 1);
    assert_eq!(
        (
            v.sentinel_failures[0].call.as_str(),
            v.sentinel_failures[0].rule.as_str()
        ),
        ("s1", "no-pressing-for-identity")
    );
    // Two Non-Compliant calls in 15 (13%) exceed 7%.
    calls[14] = call("s1", sentinel, good);
    calls[0] = call("c0", ordinary, critical);
    calls[1] = call("c1", ordinary, critical);
    let v = certify(&protocol, &calls);
    let failed = failed_checks(&v);
    assert_eq!(failed, ["non-compliant"]);
}

/// The shipped protocol's text in `lang` (the program's words and the protocol's).
fn helpline_text(lang: Lang) -> Text {
    let library = shipped();
    let sources = |l: Lang| -> Vec<Source> {
        let mut s = vec![doverie_core::locale::ui_source(l)];
        s.extend(Library::read_sources(
            &[library.protocol_ftl(l, "helpline")],
        ));
        s
    };
    Text::new(lang, &sources(lang), &sources(Lang::En))
}

#[test]
fn a_scorecard_keeps_reasons_as_ids_and_numbers_and_the_view_words_them() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let card = play(
        &scenario,
        &protocol,
        "e-hint-abuse,a-warmth,a-summarise,a-warmth",
    );
    let d = card
        .deviations
        .iter()
        .find(|d| d.rule == "notice-indirect-cues")
        .expect("the cue was missed");
    assert_eq!(
        d.reason,
        Reason::Late {
            expect: vec![
                Cue::Act("notice-cue".into()),
                Cue::Act("open-question".into()),
                Cue::Act("ask-about-suicide".into())
            ],
            trigger: vec![
                Cue::Event("hint-abuse".into()),
                Cue::Event("risk-cue-suicide".into())
            ],
            turns: Some(2),
            seconds: None,
        }
    );
    // In JSON every deviation is data: its reason holds a kind of miss, ids of the protocol's
    // vocabulary and numbers, and no sentence anywhere.
    let json = serde_json::to_value(&card).unwrap();
    let reason = &json["deviations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "notice-indirect-cues")
        .unwrap()["reason"];
    assert_eq!(
        reason,
        &serde_json::json!({
            "miss": "late",
            "expect": [{"act": "notice-cue"}, {"act": "open-question"}, {"act": "ask-about-suicide"}],
            "trigger": [{"event": "hint-abuse"}, {"event": "risk-cue-suicide"}],
            "turns": 2,
        })
    );
    fn strings<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
        match v {
            serde_json::Value::String(s) => out.push(s),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let back: Scorecard = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, card, "the JSON scorecard reads back");
    let mut all = Vec::new();
    strings(&json["deviations"], &mut all);
    assert!(!all.is_empty());
    for s in all {
        assert!(
            doverie_core::diag::is_kebab_case(s),
            "a deviation carries an id, not a sentence: {s:?}"
        );
    }

    // The view words the reason in the reader's language, with numbers for plurals.
    let worded =
        |lang| doverie_core::view::debrief::reason(&helpline_text(lang), &protocol, &d.reason);
    assert_eq!(
        worded(Lang::En),
        (
            "no “Noticing an indirect cue”, “Open question” or “Asking directly about suicide” within 2 turns after “Indirect hint of harm” or “Suicide risk cue”".to_string(),
            "“Noticing an indirect cue”, “Open question” or “Asking directly about suicide” within 2 turns after “Indirect hint of harm” or “Suicide risk cue”".to_string(),
        )
    );
    let (happened, expected) = worded(Lang::Ru);
    assert_eq!(
        happened,
        "в течение 2 реплик после «Косвенный намёк на насилие» или «Признак суицидального риска» не было: «Внимание к косвенному намёку», «Открытый вопрос» или «Прямой вопрос о суициде»"
    );
    assert!(expected.contains("в течение 2 реплик"), "{expected}");
    let one = Reason::Late {
        expect: vec![Cue::Act("notice-cue".into())],
        trigger: vec![Cue::CallStart],
        turns: Some(1),
        seconds: Some(30),
    };
    let text = helpline_text(Lang::Ru);
    let (happened, _) = doverie_core::view::debrief::reason(&text, &protocol, &one);
    assert!(
        happened.starts_with("в течение 1 реплики или 30 с после «начало звонка»"),
        "{happened}"
    );
}

/// Graded timing: on time is kept, late is a deviation of the lesser severity, never is the
/// rule's own; and asking before the cue keeps it.
#[test]
fn a_graded_rule_tells_late_from_never_and_credits_asking_first() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let asked = |card: &Scorecard| {
        let devs: Vec<_> = card
            .deviations
            .iter()
            .filter(|d| d.rule == "ask-about-suicide")
            .map(|d| d.severity)
            .collect();
        let r = card
            .rules
            .iter()
            .find(|s| s.rule == "ask-about-suicide")
            .unwrap();
        (r.opportunities, r.kept, devs)
    };
    use doverie_core::protocol::rules::Severity::{Critical, Major};
    let on_time = play(
        &scenario,
        &protocol,
        "e-risk-cue-suicide,a-warmth,a-ask-about-suicide,end",
    );
    assert_eq!(asked(&on_time), (1, 1, vec![]));
    // The fourth turn after the cue: late, a Major deviation, not a Critical one.
    let late = play(
        &scenario,
        &protocol,
        "e-risk-cue-suicide,a-warmth,a-warmth,a-warmth,a-ask-about-suicide,end",
    );
    assert_eq!(asked(&late), (1, 0, vec![Major]));
    assert!(late.critical.iter().all(|c| c.rule != "ask-about-suicide"));
    assert!(matches!(
        late.deviations
            .iter()
            .find(|d| d.rule == "ask-about-suicide")
            .unwrap()
            .reason,
        Reason::Overdue { .. }
    ));
    // Never asked: Critical.
    let never = play(
        &scenario,
        &protocol,
        "e-risk-cue-suicide,a-warmth,a-warmth,a-warmth,a-warmth,a-warmth,a-warmth,end",
    );
    assert_eq!(asked(&never), (1, 0, vec![Critical]));
    assert_eq!(never.level, Level::NonCompliant);
    // Late is worse than on time and better than never.
    assert!(
        late.total < on_time.total,
        "{} {}",
        late.total,
        on_time.total
    );
    // Asked before the cue: kept at once.
    let first = play(
        &scenario,
        &protocol,
        "a-ask-about-suicide,e-risk-cue-suicide,a-warmth,end",
    );
    assert_eq!(asked(&first), (1, 1, vec![]));
}

/// `unless` ends a rule's reach for the rest of the call in every form.
#[test]
fn unless_excuses_never_within_and_eventually_rules() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let devs =
        |card: &Scorecard, rule: &str| card.deviations.iter().filter(|d| d.rule == rule).count();
    // Never: directions after an attempt in progress are not a ready-made recipe.
    let card = play(
        &scenario,
        &protocol,
        "e-attempt-in-progress,a-direct-advice,dispatch:ambulance-103,end",
    );
    assert_eq!(devs(&card, "no-ready-made-recipes"), 0);
    // Eventually: once an attempt is in progress, the risk assessment gives way to the ambulance.
    let card = play(
        &scenario,
        &protocol,
        "e-risk-cue-suicide,a-ask-about-suicide,e-attempt-in-progress,dispatch:ambulance-103,end",
    );
    assert_eq!(devs(&card, "assess-the-risk"), 0);
    let r = card
        .rules
        .iter()
        .find(|s| s.rule == "assess-the-risk")
        .unwrap();
    assert_eq!(r.opportunities, 0, "no opportunity is left open");
    // Never with after and unless: a closing statement makes hanging up on silence right.
    let card = play(
        &scenario,
        &protocol,
        "e-caller-silent,a-offer-tap-code,a-close-silent-call,hangup",
    );
    assert_eq!(devs(&card, "never-hang-up-on-silent-caller"), 0);
    assert_eq!(devs(&card, "no-abrupt-hang-up"), 0);
    assert!(card.critical.is_empty(), "{:?}", card.critical);
}

/// A call that ends before the counsellor has said anything gives no rule a chance: no category
/// is scored, so none shows 100.
#[test]
fn a_call_hung_up_at_once_scores_only_what_was_possible() {
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    let card = play(&scenario, &protocol, "wait:4,hangup");
    // Greeting, asking and closing were the chances a hang-up missed; nothing else was possible.
    for c in &card.categories {
        // (The workbench caller's topic, isolation, calls for strengthening real ties.)
        if !["contact", "closure", "problem-and-risk", "alternatives"]
            .contains(&c.category.as_str())
        {
            assert_eq!(c.score, None, "{c:?}");
        }
    }
    assert!(
        card.deviations
            .iter()
            .any(|d| d.rule == "no-abrupt-hang-up")
    );
}

/// One line tagged with two good acts that two credited rules of one category expect would earn
/// that category's credit twice: `check` warns.
#[test]
fn an_option_crediting_one_category_twice_is_warned_about() {
    repo_root();
    let protocol = helpline();
    let warnings = |acts: &[&str]| {
        let mut def = workbench_def(&protocol);
        def.nodes[0].options[0].acts = acts.iter().map(|a| a.to_string()).collect();
        let file = RonFile::from_text(Path::new("workbench.ron"), String::new());
        let compiled = compile(&def, &file, Some(&protocol));
        compiled
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("would both credit"))
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
    };
    let twice = warnings(&["praise-telling", "validate"]);
    assert_eq!(twice.len(), 1, "{twice:?}");
    assert!(
        twice[0].contains("\"telling-was-right\"") && twice[0].contains("\"emotional-support\""),
        "{twice:?}"
    );
    // Two acts one rule expects, and acts credited in different categories, are fine.
    assert!(warnings(&["reflect-feelings", "validate"]).is_empty());
    assert!(warnings(&["greet", "open-question"]).is_empty());
}

/// Protocol messages that speak to or of the caller agree with the caller's gender.
#[test]
fn the_debrief_speaks_to_a_girl_as_a_girl() {
    repo_root();
    let protocol = helpline();
    let mut def = workbench_def(&protocol);
    let debrief_better = |def: &ScenarioDef| {
        let scenario = compiled(def, &protocol);
        let (mut session, _) = Session::start(
            Arc::new(scenario.clone()),
            Arc::new(protocol.clone()),
            0,
            Lang::Ru,
            "t",
        );
        for token in ["e-disclosure-sexual", "a-press-for-details", "end"] {
            session
                .apply(Input::parse_token(token).unwrap(), None)
                .unwrap();
        }
        let card = session.scorecard();
        let text = helpline_text(Lang::Ru);
        let debrief = doverie_core::view::debrief::Debrief::build(
            &text,
            &scenario,
            &protocol,
            &session.events,
            &card,
        );
        debrief
            .turns
            .iter()
            .flat_map(|t| t.deviations.iter().map(|d| d.better.clone()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let girl = debrief_better(&def);
    assert!(girl.contains("Ты не виновата"), "{girl}");
    def.caller.gender = Gender::Male;
    let boy = debrief_better(&def);
    assert!(boy.contains("Ты не виноват»"), "{boy}");
}

/// Protocol versions live side by side: a call recorded under 1.1.0 still verifies and scores
/// as it did once 2.0.0 is the current version, and can be scored again under 2.0.0, saying
/// which version it was recorded under.
#[test]
fn a_call_recorded_under_an_earlier_protocol_verifies_and_rescores() {
    repo_root();
    let dir = std::env::temp_dir().join(format!("doverie-versions-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let shipped = root();
    let copy = |from: &str, to: &str| {
        let to = dir.join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(shipped.join(from), to).unwrap();
    };
    // The library as it was: 1.1.0 is the current protocol.
    copy(
        "scenarios/protocols/helpline@1.1.0.ron",
        "scenarios/protocols/helpline.ron",
    );
    for l in ["en", "ru"] {
        copy(
            &format!("locales/{l}/protocols/helpline@1.1.0.ftl"),
            &format!("locales/{l}/protocols/helpline.ftl"),
        );
    }
    // A small scenario in the vocabulary both versions share.
    let old = protocol::load(&dir.join("scenarios/protocols/helpline.ron"))
        .0
        .unwrap();
    let mut def = workbench_def(&old);
    def.id = "both".into();
    let keep = ["a-greet", "a-open-question", "a-invite-call-back", "end"];
    def.nodes.retain(|n| n.id == "hub" || n.id == "end");
    def.nodes[0]
        .options
        .retain(|o| keep.contains(&o.id.as_str()));
    def.nodes[0].lines = vec!["hello".into()];
    std::fs::write(
        dir.join("scenarios/both.ron"),
        ron::ser::to_string_pretty(&def, Default::default()).unwrap(),
    )
    .unwrap();
    let file = RonFile::from_text(Path::new("both.ron"), String::new());
    let messages = compile(&def, &file, Some(&old)).messages;
    for l in ["en", "ru"] {
        let ftl: String = messages
            .iter()
            .map(|(m, _)| format!("{m} = {m}\n"))
            .collect();
        let path = dir.join(format!("locales/{l}/scenarios/both.ftl"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, ftl).unwrap();
    }
    let library = Library::new(&dir);
    let (loaded, _) = content::load(&library, "both").unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(loaded.protocol.version, "1.1.0");
    let (mut session, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        7,
        Lang::En,
        "t",
    );
    for token in ["a-greet", "a-open-question", "a-invite-call-back", "end"] {
        session
            .apply(Input::parse_token(token).unwrap(), None)
            .unwrap();
    }
    let recorded_card = session.scorecard();
    session
        .transcript
        .bind(1, Default::default(), loaded.text_stamps(Lang::En));
    let transcript = dir.join("call.json");
    std::fs::write(&transcript, session.transcript.to_json()).unwrap();

    // The current version ships; 1.1.0 is kept beside it.
    for (from, to) in [
        (
            "scenarios/protocols/helpline.ron",
            "scenarios/protocols/helpline@1.1.0.ron",
        ),
        (
            "locales/en/protocols/helpline.ftl",
            "locales/en/protocols/helpline@1.1.0.ftl",
        ),
        (
            "locales/ru/protocols/helpline.ftl",
            "locales/ru/protocols/helpline@1.1.0.ftl",
        ),
    ] {
        std::fs::rename(dir.join(from), dir.join(to)).unwrap();
        copy(from, from);
    }
    let assessed =
        doverie_core::verify::assess(&library, &transcript, None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(assessed.card.protocol_version, "1.1.0");
    assert_eq!(assessed.card, recorded_card, "scored as it was");
    // Scored again under the current version (its pace gives the call time); the scorecard names it.
    let again = doverie_core::verify::rescore(&library, &assessed, "helpline").unwrap();
    assert_eq!(again.card.protocol_version, "2.1.0");
    assert_eq!(recorded_card.seconds, 0);
    assert!(again.card.seconds > 0);
    // Without the earlier version kept, the call is refused with its reason.
    std::fs::remove_file(dir.join("scenarios/protocols/helpline@1.1.0.ron")).unwrap();
    let refused = doverie_core::verify::assess(&library, &transcript, None).unwrap_err();
    assert!(refused.to_string().contains("1.1.0"), "{refused}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn debrief_of(script: &str, lang: Lang) -> doverie_core::view::debrief::Debrief {
    let protocol = helpline();
    let mut scenario = workbench(&protocol);
    let script = match script.strip_prefix("@night,") {
        Some(rest) => {
            scenario.clock = Some(23 * 60);
            rest
        }
        None => script,
    };
    let (mut session, _) = Session::start(
        Arc::new(scenario.clone()),
        Arc::new(protocol.clone()),
        0,
        lang,
        "t",
    );
    for token in script.split(',') {
        session
            .apply(Input::parse_token(token).unwrap(), None)
            .unwrap();
    }
    let card = session.scorecard();
    doverie_core::view::debrief::Debrief::build(
        &helpline_text(lang),
        &scenario,
        &protocol,
        &session.events,
        &card,
    )
}

/// The debrief puts each deviation where the chance was missed: a missed cue at the first answer
/// after it (not where its window closed), what the call ended without in a section of its own;
/// and it never says nothing went well beside categories that show kept rules.
#[test]
fn the_debrief_places_each_deviation_where_the_chance_was_missed() {
    repo_root();
    let card = play(
        &workbench(&helpline()),
        &helpline(),
        "e-hint-abuse,a-warmth,a-summarise,a-warmth,end",
    );
    let missed = card
        .deviations
        .iter()
        .find(|d| d.rule == "notice-indirect-cues")
        .unwrap();
    assert_eq!(
        missed.turn, 2,
        "the cue came at turn 1; turn 2 was the first chance"
    );

    let d = debrief_of("e-strong-feeling,a-greet,end", Lang::En);
    let last = d.turns.last().unwrap();
    assert_eq!(last.heading, "By the end of the call");
    assert!(
        last.deviations
            .iter()
            .any(|x| x.headline.contains("Normalising")),
        "{last:?}"
    );
    for t in &d.turns[..d.turns.len() - 1] {
        assert!(
            t.deviations
                .iter()
                .all(|x| !x.headline.contains("Normalising")),
            "an end-of-call miss is not piled on a turn: {t:?}"
        );
    }

    let d = debrief_of("a-warmth,end", Lang::En);
    assert!(
        d.went_well.iter().any(|w| w.contains("kept")),
        "{:?}",
        d.went_well
    );

    // A service that did not answer is not shown as connected.
    let d = debrief_of(
        "@night,e-consent-police,dispatch:police-juvenile-unit,end",
        Lang::En,
    );
    let said: Vec<&String> = d.turns.iter().flat_map(|t| &t.said).collect();
    assert!(
        said.iter().any(|s| s.contains("does not answer"))
            && !said.iter().any(|s| s.contains("You connect")),
        "{said:?}"
    );
    // Decimals as the language writes them.
    let d = debrief_of("a-greet,a-lecture,end", Lang::Ru);
    assert!(d.level_line.contains(','), "{}", d.level_line);
}

/// Every answer and line takes the protocol's simulated time, or the scenario's own pace.
#[test]
fn answers_and_lines_take_simulated_time() {
    repo_root();
    let protocol = helpline();
    let mut def = workbench_def(&protocol);
    def.nodes[0].lines = vec!["hello".into()];
    let card = play(
        &compiled(&def, &protocol),
        &protocol,
        "a-greet,a-open-question,end",
    );
    // The opening line (6 s), two answers (8 s each) and the answer that ends the call.
    assert_eq!(card.seconds, 6 + 8 + 8 + 8);
    def.pace = Some(doverie_core::protocol::def::PaceDef {
        answer: 5,
        line: 10,
    });
    let card = play(
        &compiled(&def, &protocol),
        &protocol,
        "a-greet,a-open-question,end",
    );
    assert_eq!(card.seconds, 10 + 5 + 5 + 5);
}

/// The content 1.1.0 shipped is kept (`scenarios/archive/helpline@1.1.0/`): a call recorded on
/// it verifies and scores as it did under 1.1.0 although its scenario has been re-tagged since.
#[test]
fn a_call_on_content_as_it_shipped_under_1_1_0_still_verifies() {
    repo_root();
    let current = Library::new(root());
    let archive = current
        .archives()
        .into_iter()
        .find(|a| a.root.ends_with("helpline@1.1.0"))
        .expect("the 1.1.0 content is kept");
    let (loaded, _) = content::load(&archive, "hidden-bruises").unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(loaded.protocol.version, "1.1.0");
    let (mut session, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        3,
        Lang::Ru,
        "t",
    );
    session.apply(Input::HangUp, None).unwrap();
    let recorded = session.scorecard();
    session
        .transcript
        .bind(1, Default::default(), loaded.text_stamps(Lang::Ru));
    let dir = std::env::temp_dir().join(format!("doverie-archive-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old-call.json");
    std::fs::write(&path, session.transcript.to_json()).unwrap();
    let assessed =
        doverie_core::verify::assess(&current, &path, None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(assessed.card, recorded);
    assert_eq!(assessed.card.protocol_version, "1.1.0");
    let _ = std::fs::remove_dir_all(&dir);
}

/// An assessor's review rescored with the scorecard's own weights and thresholds: nothing
/// changed gives the machine's total and level back on every rule's breaking call; every
/// deviation struck out gives a perfect call; one Critical added to a perfect call makes it
/// Non-Compliant with the total its one missed opportunity leaves (hand-computed).
#[test]
fn a_review_rescores_with_the_scorecards_weights_and_thresholds() {
    use doverie_core::protocol::rules::Severity;
    use doverie_core::score::card::rescore;
    repo_root();
    let protocol = helpline();
    let scenario = workbench(&protocol);
    for &(rule, breaks, _) in RULES {
        if breaks.is_empty() {
            continue;
        }
        let card = play(&scenario, &protocol, breaks);
        assert_eq!(
            rescore(&protocol, &card, &[], &[]),
            Ok((card.total, card.level)),
            "{rule}: unreviewed"
        );
        let all: Vec<usize> = (0..card.deviations.len()).collect();
        assert_eq!(
            rescore(&protocol, &card, &all, &[]),
            Ok((100.0, Level::HighCompliance)),
            "{rule}: every deviation struck out"
        );
    }
    let perfect = play(
        &scenario,
        &protocol,
        "a-greet,a-encourage-real-ties,a-open-question,a-invite-call-back,end",
    );
    assert_eq!(perfect.level, Level::HighCompliance);
    let rule = protocol
        .rules
        .iter()
        .find(|r| r.id == "no-promise-of-secrecy")
        .unwrap_or_else(|| {
            panic!(
                "rules: {:?}",
                protocol.rules.iter().map(|r| &r.id).collect::<Vec<_>>()
            )
        });
    let category = usize::from(rule.category);
    let score = perfect.rules.iter().find(|s| s.rule == rule.id).unwrap();
    // By hand: the rule's category loses one kept opportunity, or gains a missed one.
    let (mut sum, mut weights) = (0.0, 0.0);
    for (i, c) in perfect.categories.iter().enumerate() {
        let (o, k) = match (i == category, score.kept > 0) {
            (true, true) => (c.opportunities, c.kept - 1),
            (true, false) => (c.opportunities + 1, c.kept),
            _ => (c.opportunities, c.kept),
        };
        if o > 0 && c.weight > 0 {
            sum += f64::from(c.weight) * f64::from(k) / f64::from(o);
            weights += f64::from(c.weight);
        }
    }
    let expected = (1000.0 * sum / weights).round() / 10.0;
    let (total, level) =
        rescore(&protocol, &perfect, &[], &[(&rule.id, Severity::Critical)]).unwrap();
    assert_eq!((total, level), (expected, Level::NonCompliant));
    assert!(total < 100.0);
    assert!(
        rescore(&protocol, &perfect, &[0], &[]).is_err(),
        "no deviation 0"
    );
    assert!(
        rescore(
            &protocol,
            &perfect,
            &[],
            &[("no-such-rule", Severity::Minor)]
        )
        .is_err()
    );
}

/// A call recorded under helpline 2.0.0 (the release before the arc rules: this transcript was
/// played by that release's binary on its own content) still verifies and scores as 2.0.0 now
/// that 2.1.0 ships: the 2.0.0 protocol and its words are kept beside it. Without them, the
/// protocol's changed hash would refuse every call recorded before the arc rules were added.
#[test]
fn a_call_recorded_under_2_0_0_verifies_and_scores_under_2_0_0() {
    let library = Library::new(root());
    let path = root().join("tests/fixtures/calls/hidden-bruises-under-helpline-2.0.0.json");
    let assessed =
        doverie_core::verify::assess(&library, &path, None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(assessed.card.protocol_version, "2.0.0");
    assert_eq!(assessed.card.outcome.as_deref(), Some("child-hung-up"));
    // The current version scores it too, when asked, and says so.
    let again = doverie_core::verify::rescore(&library, &assessed, "helpline").unwrap();
    assert_eq!(again.card.protocol_version, "2.1.0");
    assert_eq!(
        again.card.total, assessed.card.total,
        "2.1.0 changed no call rule"
    );
}
