//! The engine, transcripts and terminal play, tested through the library's public face.
//!
//! Golden cases live in `tests/golden/*.script`: a scenario, a seed, a language and a token
//! script. Each gives a snapshot of what the trainee saw and of the named event stream.

use std::sync::Arc;

use doverie::term::{self, PlayOptions};
use doverie_core::content::{self, Loaded};
use doverie_core::engine::{Action, Call, Event, Input, InputError};
use doverie_core::library::Library;
use doverie_core::locale::{Lang, parse_lang};
use doverie_core::session::Session;
use doverie_core::transcript::{NamedEvent, Transcript, TranscriptError};

fn load(name: &str) -> Loaded {
    let library = Library::new(env!("CARGO_MANIFEST_DIR"));
    match content::load(&library, name) {
        Ok((loaded, _)) => loaded,
        Err(d) => panic!("{name} does not load:\n{d}"),
    }
}

fn mini() -> Loaded {
    load("tests/fixtures/mini/scenarios/mini.ron")
}

fn start(loaded: &Loaded, seed: u64) -> Session {
    Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        Lang::En,
        "t",
    )
    .0
}

fn run(loaded: &Loaded, seed: u64, tokens: &str) -> Session {
    let mut session = start(loaded, seed);
    for token in tokens.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let input = Input::parse_token(token).unwrap();
        session
            .apply(input, None)
            .unwrap_or_else(|e| panic!("{token}: {e}"));
    }
    session
}

fn events_text(t: &Transcript) -> String {
    t.events.iter().map(|e| format!("{e}\n")).collect()
}

/// Plays a golden case through the terminal front end, as `doverie play --choose` does.
fn play_case(spec: &str) -> (String, Transcript) {
    let field = |name: &str| -> String {
        spec.lines()
            .filter(|l| !l.starts_with('#'))
            .find_map(|l| {
                l.split_once('=')
                    .filter(|(k, _)| k.trim() == name)
                    .map(|(_, v)| v.trim().to_string())
            })
            .unwrap_or_else(|| panic!("golden case has no `{name}`"))
    };
    let loaded = load(&field("scenario"));
    let seed: u64 = field("seed").parse().unwrap();
    let lang = parse_lang(&field("lang")).unwrap();
    let script = Input::parse_script(&field("script")).unwrap();
    let (mut session, opening) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        lang,
        "golden",
    );
    let options = PlayOptions {
        seed,
        out: None,
        script: Some(script),
        sound: None,
        voice: false,
        width: None,
    };
    let mut screen = Vec::new();
    term::play(
        &mut session,
        &opening,
        &loaded.text(lang),
        &options,
        &mut screen,
    )
    .unwrap();
    let mut screen = String::from_utf8(screen).unwrap();
    if session.is_over() {
        screen.push_str("\n---- scorecard ----\n");
        screen.push_str(&serde_json::to_string_pretty(&session.scorecard()).unwrap());
        screen.push('\n');
    }
    (screen, session.transcript)
}

#[test]
fn golden_calls() {
    insta::glob!("golden/*.script", |path| {
        let spec = std::fs::read_to_string(path).unwrap();
        let (screen, transcript) = play_case(&spec);
        insta::assert_snapshot!(format!(
            "{screen}\n---- events ----\n{}",
            events_text(&transcript)
        ));
    });
}

#[test]
fn same_seed_same_transcript_and_it_replays() {
    let loaded = mini();
    let a = run(
        &loaded,
        11,
        "greet, wait:7, reflect, wait:3, dispatch:police",
    );
    let b = run(
        &loaded,
        11,
        "greet, wait:7, reflect, wait:3, dispatch:police",
    );
    assert_eq!(a.transcript, b.transcript);
    let json = a.transcript.to_json();
    let back = Transcript::from_json(&json).unwrap();
    assert_eq!(back, a.transcript);
    let (call, _) = back.replay(&loaded.scenario, &loaded.protocol).unwrap();
    assert_eq!(call, a.call);
}

#[test]
fn different_seeds_reach_different_variants() {
    let loaded = mini();
    let mut first_lines = std::collections::BTreeSet::new();
    let mut endings = std::collections::BTreeSet::new();
    for seed in 0..40 {
        let s = run(&loaded, seed, "probe");
        let first_line = s.transcript.events.iter().find_map(|e| match &e.event {
            NamedEvent::CallerLine { line } => Some(line.clone()),
            _ => None,
        });
        first_lines.insert(first_line.unwrap());
        endings.insert(s.is_over());
    }
    assert_eq!(
        first_lines.len(),
        3,
        "all three variants of the opening line: {first_lines:?}"
    );
    assert_eq!(
        endings.len(),
        2,
        "the weighted transition after probing goes both ways"
    );
}

#[test]
fn silence_reactions_fire_at_their_time() {
    let loaded = mini();
    let s = run(&loaded, 0, "wait:9");
    assert!(
        !s.transcript
            .events
            .iter()
            .any(|e| matches!(e.event, NamedEvent::Silence { .. }))
    );
    assert_eq!(s.call.state.time, 9);
    let s = run(&loaded, 0, "wait:9, wait:1");
    let silence: Vec<_> = s
        .transcript
        .events
        .iter()
        .filter(|e| matches!(e.event, NamedEvent::Silence { .. }))
        .collect();
    assert_eq!(silence.len(), 1);
    assert_eq!(silence[0].time, 10);
    // One long wait runs through the whole plan and the child hangs up at 30 s.
    let s = run(&loaded, 0, "wait:500");
    assert!(s.is_over());
    let end = s.transcript.events.last().unwrap();
    assert_eq!(end.time, 30);
    assert_eq!(
        end.event,
        NamedEvent::CallEnded {
            outcome: "hung-up".into()
        }
    );
    // Answering resets the silence: the node's own plan starts from zero.
    let s = run(&loaded, 0, "wait:8, greet, wait:4");
    assert!(
        !s.transcript
            .events
            .iter()
            .any(|e| matches!(e.event, NamedEvent::Silence { .. }))
    );
    let s = run(&loaded, 0, "greet, wait:5");
    assert!(s.transcript.events.iter().any(|e| e.event
        == NamedEvent::CallerLine {
            line: "talk--hm".into()
        }));
    // An empty plan waits for ever.
    let s = run(&loaded, 0, "greet, reflect, wait:100000");
    assert!(!s.is_over());
    assert_eq!(s.call.seconds_until_silence(&loaded.scenario), None);
}

#[test]
fn effects_clamp_and_conditions_gate_options() {
    let loaded = mini();
    let s = run(&loaded, 0, "greet, reflect");
    let trust = loaded.scenario.variable_ix("trust").unwrap();
    assert_eq!(
        s.call.state.vars[usize::from(trust)],
        5,
        "trust is clamped to its max"
    );
    let offered: Vec<&str> = s
        .call
        .options(&loaded.scenario)
        .map(|(_, o)| o.id.as_str())
        .collect();
    assert_eq!(offered, ["back", "close"]);
    // `ask-again` on `talk` is offered only after `disclose` was visited.
    let mut s = run(&loaded, 0, "greet");
    let err = s
        .apply(
            Input::Choose {
                option: "ask-again".into(),
            },
            None,
        )
        .unwrap_err();
    assert!(matches!(err, InputError::NotOffered { .. }), "{err}");
    let s = run(&loaded, 0, "greet, reflect, back, ask-again");
    assert_eq!(loaded.scenario.node(s.call.state.node).id, "disclose");
}

#[test]
fn dispatch_reactions_depend_on_node_service_variables_and_hours() {
    let loaded = mini();
    // Default reaction for the emergency group while trust is low: the child hangs up.
    let s = run(&loaded, 0, "dispatch:ambulance");
    assert_eq!(
        s.transcript.events.last().unwrap().event,
        NamedEvent::CallEnded {
            outcome: "hung-up".into()
        }
    );
    // The day centre is closed at 22:00: nothing connects.
    let s = run(&loaded, 0, "dispatch:day-centre");
    assert!(s.transcript.events.iter().any(|e| e.event
        == NamedEvent::ServiceClosed {
            service: "day-centre".into()
        }));
    assert!(!s.is_over());
    // The node's own reaction wins when it applies.
    let s = run(&loaded, 0, "greet, reflect, dispatch:police");
    assert_eq!(
        s.transcript.events.last().unwrap().event,
        NamedEvent::CallEnded {
            outcome: "helped".into()
        }
    );
    assert!(s.transcript.events.iter().any(|e| e.event
        == NamedEvent::CallerEvent {
            event: "consent-given".into()
        }));
}

#[test]
fn impossible_inputs_are_errors_and_change_nothing() {
    let loaded = mini();
    let mut s = run(&loaded, 0, "greet");
    let before = s.clone();
    for input in [
        Input::Choose {
            option: "nope".into(),
        },
        Input::Choose {
            option: "greet".into(),
        },
        Input::Dispatch {
            service: "fire-brigade".into(),
        },
    ] {
        assert!(s.apply(input, None).is_err());
        assert_eq!(s.call, before.call);
        assert_eq!(s.transcript, before.transcript);
    }
    let mut call = s.call.clone();
    let mut out = Vec::new();
    assert!(
        call.act(&loaded.scenario, Action::Choose(99), &mut out)
            .is_err()
    );
    assert!(
        call.act(&loaded.scenario, Action::Dispatch(99), &mut out)
            .is_err()
    );
    let mut over = run(&loaded, 0, "hangup");
    assert_eq!(
        over.apply(Input::Wait { seconds: 1 }, None),
        Err(InputError::CallOver)
    );
}

#[test]
fn a_call_saves_and_resumes_exactly() {
    let loaded = mini();
    let (mut call, _) = Call::start(&loaded.scenario, 5);
    call.apply(
        &loaded.scenario,
        &Input::Choose {
            option: "greet".into(),
        },
    )
    .unwrap();
    let saved = serde_json::to_string(&call).unwrap();
    let mut resumed: Call = serde_json::from_str(&saved).unwrap();
    for token in ["wait:4", "reflect", "wait:2", "back", "wait:6"] {
        let input = Input::parse_token(token).unwrap();
        assert_eq!(
            call.apply(&loaded.scenario, &input),
            resumed.apply(&loaded.scenario, &input)
        );
    }
    assert_eq!(call, resumed);
    resumed.fits(&loaded.scenario).unwrap();
    // A saved call edited by hand is refused before the engine touches it.
    let mut broken: serde_json::Value = serde_json::from_str(&saved).unwrap();
    broken["state"]["node"] = 999.into();
    let broken: Call = serde_json::from_value(broken).unwrap();
    assert!(
        broken
            .fits(&loaded.scenario)
            .unwrap_err()
            .contains("node #999")
    );

    // And through the transcript: an unfinished call resumes by replay.
    let s = run(&loaded, 5, "greet, wait:4");
    let (resumed, _) =
        Session::resume(s.scenario.clone(), s.protocol.clone(), s.transcript.clone()).unwrap();
    assert_eq!(resumed.call, s.call);
}

#[test]
fn a_tampered_or_mismatched_transcript_is_refused() {
    let loaded = mini();
    let s = run(&loaded, 2, "greet, reflect, back");
    let t = s.transcript;
    let refuse = |t: &Transcript| t.replay(&loaded.scenario, &loaded.protocol).unwrap_err();

    let mut edited = t.clone();
    edited.inputs[2].input = Input::Choose {
        option: "close".into(),
    };
    assert!(
        matches!(refuse(&edited), TranscriptError::EventsDiffer(_)),
        "{}",
        refuse(&edited)
    );

    let mut reordered = t.clone();
    reordered.events.swap(1, 2);
    assert!(matches!(
        refuse(&reordered),
        TranscriptError::EventsDiffer(_)
    ));

    let mut other = t.clone();
    other.scenario.hash = "0".repeat(64);
    assert!(matches!(refuse(&other), TranscriptError::Mismatch(_)));

    let mut impossible = t.clone();
    impossible.inputs[0].input = Input::Choose {
        option: "no-such".into(),
    };
    assert!(matches!(
        refuse(&impossible),
        TranscriptError::Replay { input: 1, .. }
    ));

    let mut retimed = t.clone();
    retimed.inputs[2].time = 99;
    assert!(matches!(
        refuse(&retimed),
        TranscriptError::Replay { input: 3, .. }
    ));

    assert!(matches!(
        Transcript::from_json("{\"format\": 1}"),
        Err(TranscriptError::Malformed(_))
    ));
    assert!(matches!(
        Transcript::from_json("\u{0}\u{1}garbage"),
        Err(TranscriptError::Malformed(_))
    ));
}

#[test]
fn events_are_stamped_with_turn_and_time() {
    let loaded = mini();
    let s = run(&loaded, 0, "wait:4, greet, wait:3, reflect");
    let chosen: Vec<(u32, u32)> = s
        .transcript
        .events
        .iter()
        .filter(|e| matches!(e.event, NamedEvent::OptionChosen { .. }))
        .map(|e| (e.turn, e.time))
        .collect();
    assert_eq!(chosen, [(1, 4), (2, 7)]);
    let inputs: Vec<(u32, u32)> = s
        .transcript
        .inputs
        .iter()
        .map(|i| (i.turn, i.time))
        .collect();
    assert_eq!(inputs, [(0, 0), (0, 4), (1, 4), (1, 7)]);
}

#[test]
fn the_engine_is_send_and_its_events_are_small() {
    fn is_send<T: Send + Sync>() {}
    fn is_clone<T: Clone>() {}
    is_send::<Call>();
    is_clone::<Call>();
    is_send::<doverie_core::scenario::Scenario>();
    is_send::<doverie_core::locale::Text>();
    assert!(std::mem::size_of::<Event>() <= 16);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn token() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "greet",
                "probe",
                "reflect",
                "promise",
                "ask-again",
                "back",
                "close",
                "nope"
            ])
            .prop_map(String::from),
            (0u32..40).prop_map(|s| format!("wait:{s}")),
            prop::sample::select(vec!["police", "ambulance", "day-centre", "emergency", "x"])
                .prop_map(|s| format!("dispatch:{s}")),
            Just("hangup".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any script: the engine never panics, rejects impossible inputs without changing
        /// anything, and a transcript of what was accepted replays to the same call.
        #[test]
        fn any_script_is_safe_deterministic_and_replays(seed in any::<u64>(), tokens in prop::collection::vec(token(), 0..30)) {
            let loaded = mini();
            let mut a = start(&loaded, seed);
            let mut b = start(&loaded, seed);
            for t in &tokens {
                let input = Input::parse_token(t).unwrap();
                let before = a.call.clone();
                let ra = a.apply(input.clone(), None);
                let rb = b.apply(input, None);
                prop_assert_eq!(&ra, &rb);
                if ra.is_err() {
                    prop_assert_eq!(&a.call, &before);
                }
                let vars = &a.call.state.vars;
                for (v, def) in vars.iter().zip(&loaded.scenario.variables) {
                    prop_assert!((def.min..=def.max).contains(v));
                }
            }
            prop_assert_eq!(&a.transcript, &b.transcript);
            let (replayed, _) = a.transcript.replay(&loaded.scenario, &loaded.protocol).unwrap();
            prop_assert_eq!(replayed, a.call);
        }
    }
}

#[test]
fn shipped_scenarios_are_deterministic_and_vary_by_seed() {
    for name in ["orphanage-night-call", "hidden-bruises"] {
        let loaded = load(name);
        let mut openings = std::collections::BTreeSet::new();
        for seed in 0..20 {
            let a = start(&loaded, seed);
            let b = start(&loaded, seed);
            assert_eq!(a.transcript, b.transcript);
            openings.insert(events_text(&a.transcript));
        }
        assert!(
            openings.len() >= 2,
            "{name}: different seeds reach different variants"
        );
    }
}

/// A small call under the shipped helpline protocol, in `region` on `weekday` at `clock`, with
/// the shipped service directory.
fn in_region(region: &str, weekday: &str, clock: &str) -> doverie_core::scenario::Scenario {
    use doverie_core::ron_file::RonFile;
    use doverie_core::scenario::{ScenarioDef, compile_in};
    let library = Library::new(env!("CARGO_MANIFEST_DIR"));
    let text = format!(
        r#"Scenario(
            id: "night", protocol: "helpline",
            caller: (age: 14, gender: Female, persona: "p", difficulty: Introductory),
            clock: Some("{clock}"), region: Some("{region}"), weekday: Some({weekday}),
            start: "a",
            nodes: [
                (id: "a", lines: ["hello"], options: [(id: "bye", next: Go("end"))]),
                (id: "end", ending: Some("call-closed-well")),
            ],
        )"#
    );
    let file = RonFile::from_text(std::path::Path::new("night.ron"), text);
    let def: ScenarioDef = file.parse().unwrap();
    let (protocol, d) = doverie_core::protocol::load(&library.protocol_path("helpline"));
    let protocol = protocol.unwrap_or_else(|| panic!("{d}"));
    let (directory, d) = content::load_region(&library, region);
    let directory = directory.unwrap_or_else(|| panic!("{d}"));
    let compiled = compile_in(&def, &file, Some(&protocol), Some(&directory));
    compiled
        .scenario
        .unwrap_or_else(|| panic!("{}", compiled.diagnostics))
}

#[test]
fn a_night_call_to_the_juvenile_unit_in_leningrad_oblast_is_closed_while_102_answers() {
    use doverie_core::scenario::ServiceStatus;
    let scenario = in_region("leningrad-oblast", "Sat", "23:40");
    let pdn = scenario.service_ix("police-juvenile-unit").unwrap();
    let police = scenario.service_ix("police-102").unwrap();
    let (mut call, _) = Call::start(&scenario, 0);
    let events = call
        .apply(
            &scenario,
            &Input::Dispatch {
                service: "police-juvenile-unit".into(),
            },
        )
        .unwrap();
    assert!(events.iter().any(|e| e.event == Event::ServiceClosed(pdn)));
    let events = call
        .apply(
            &scenario,
            &Input::Dispatch {
                service: "police-102".into(),
            },
        )
        .unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.event == Event::ServiceDispatched(police))
    );
    // What the dispatch panel shows: ПДН opens on Monday morning; the duty unit answers now.
    let minute = scenario.local_minute(0).unwrap();
    assert_eq!(
        scenario.service_status(pdn, minute),
        ServiceStatus::Closed {
            opens_at: Some(2 * 1440 + 9 * 60)
        }
    );
    let local = scenario.local.as_ref().unwrap();
    let instead: Vec<&str> = local
        .instead(pdn, minute)
        .into_iter()
        .map(|e| local.entries[e].id.as_str())
        .collect();
    assert_eq!(instead, ["lo-police-duty"]);
    // The commission receives a written signal at any hour; it is never "closed".
    let kdn = scenario.service_ix("minors-commission").unwrap();
    assert_eq!(
        scenario.service_status(kdn, minute),
        ServiceStatus::SignalOnly
    );
    // On a weekday morning the juvenile unit answers, but not at lunch.
    let day = in_region("leningrad-oblast", "Tue", "10:30");
    let (mut call, _) = Call::start(&day, 0);
    let events = call
        .apply(
            &day,
            &Input::Dispatch {
                service: "police-juvenile-unit".into(),
            },
        )
        .unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.event == Event::ServiceDispatched(pdn))
    );
    assert!(!day.is_open(pdn, 13 * 60 + 30));
}

#[test]
fn the_dispatch_panel_says_what_answers_now() {
    let scenario = in_region("leningrad-oblast", "Sat", "23:40");
    let library = Library::new(env!("CARGO_MANIFEST_DIR"));
    let (protocol, _) = doverie_core::protocol::load(&library.protocol_path("helpline"));
    let protocol = protocol.unwrap();
    let sources = |lang: Lang| {
        let mut s = vec![doverie_core::locale::ui_source(lang)];
        s.extend(Library::read_sources(&[
            library.protocol_ftl(lang, "helpline"),
            library.directory_ftl(lang, "federal"),
            library.directory_ftl(lang, "leningrad-oblast"),
        ]));
        s
    };
    let text = doverie_core::locale::Text::new(Lang::En, &sources(Lang::En), &sources(Lang::En));
    let view = doverie_core::view::CallView::new(&scenario, &protocol, &text);
    let services = view.services_at(0);
    let pdn = services
        .iter()
        .find(|s| s.id == "police-juvenile-unit")
        .unwrap();
    assert_eq!(pdn.status_text, "closed · opens in 2 days at 09:00");
    assert!(pdn.instead);
    assert_eq!(pdn.numbers, ["Duty unit of the district police, 102"]);
    assert_eq!(pdn.hours.as_deref(), Some("closed today"));
    let police = services.iter().find(|s| s.id == "police-102").unwrap();
    assert_eq!(police.status_text, "open");
    assert!(police.numbers.contains(&"Police, 102".to_string()));
    let kdn = services
        .iter()
        .find(|s| s.id == "minors-commission")
        .unwrap();
    assert!(kdn.status_text.starts_with("written signal only"));
    // A weekday with a lunch break shows both halves of the day.
    let day = in_region("leningrad-oblast", "Tue", "10:30");
    let view = doverie_core::view::CallView::new(&day, &protocol, &text);
    let pdn = view
        .services_at(0)
        .into_iter()
        .find(|s| s.id == "police-juvenile-unit")
        .unwrap();
    assert_eq!(pdn.hours.as_deref(), Some("09:00–13:00, 14:00–18:00"));
    assert_eq!(pdn.status_text, "open");
}
