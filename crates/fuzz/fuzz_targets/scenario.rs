//! The scenario loader: arbitrary bytes as a scenario file, parsed and compiled against the
//! shipped protocol as `check` and play do; a scenario that compiles is walked and played.
#![no_main]

use std::path::Path;

use doverie_core::engine::{Call, Input};
use doverie_core::ron_file::RonFile;
use doverie_core::scenario::{self, ScenarioDef};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(file) = RonFile::from_bytes(Path::new("fuzz.ron"), data.to_vec()) else {
        return;
    };
    let def: ScenarioDef = match file.parse() {
        Ok(def) => def,
        Err(d) => {
            let _ = d.to_string();
            return;
        }
    };
    let protocol = &doverie_fuzz::shipped()[0].protocol;
    let compiled = scenario::compile(&def, &file, Some(protocol));
    let _ = compiled.diagnostics.to_string();
    let Some(s) = compiled.scenario else {
        return;
    };
    let _ = scenario::graph::reachable(&s);
    let _ = scenario::graph::facts_read(&s);
    // Played: the first option offered each turn, silences and dispatches between.
    let (mut call, mut events) = Call::start(&s, u64::from(data.len() as u32));
    for step in 0..200u32 {
        if call.is_over() {
            break;
        }
        let input = match step % 4 {
            0 => Input::Wait { seconds: 1 + step },
            1 => match protocol.services.items.get(step as usize % 8) {
                Some(service) => Input::Dispatch {
                    service: service.id.clone(),
                },
                None => Input::HangUp,
            },
            _ => match call.options(&s).next() {
                Some((_, choice)) => Input::Choose {
                    option: choice.id.clone(),
                },
                None => Input::Wait { seconds: 60 },
            },
        };
        match call.apply(&s, &input) {
            Ok(more) => events.extend(more),
            Err(_) => {
                let _ = call
                    .apply(&s, &Input::HangUp)
                    .map(|more| events.extend(more));
            }
        }
    }
    let _ = doverie_core::score::score(&s, protocol, &events, &call.state.vars);
});
