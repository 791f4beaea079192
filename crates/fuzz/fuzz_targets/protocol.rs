//! The protocol loader: arbitrary bytes as a protocol file, through the same parse and
//! compilation as `check` and play; a protocol that compiles is used to score a call.
#![no_main]

use std::path::Path;

use doverie_core::protocol::{self, ProtocolDef};
use doverie_core::ron_file::RonFile;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(file) = RonFile::from_bytes(Path::new("fuzz.ron"), data.to_vec()) else {
        return;
    };
    let def: ProtocolDef = match file.parse() {
        Ok(def) => def,
        Err(d) => {
            let _ = d.to_string();
            return;
        }
    };
    let (protocol, diags) = protocol::compile(&def, &file);
    let _ = diags.to_string();
    if let Some(p) = protocol {
        let _ = p.messages();
        // A shipped scenario compiled against it, as `check` does for a changed protocol.
        let shipped = &doverie_fuzz::shipped()[0];
        if let Ok(scenario_file) = RonFile::read(&shipped.path)
            && let Ok(scenario_def) = scenario_file.parse()
        {
            let compiled = doverie_core::scenario::compile(&scenario_def, &scenario_file, Some(&p));
            if let Some(s) = compiled.scenario {
                let (call, events) = doverie_core::engine::Call::start(&s, 1);
                let _ = doverie_core::score::score(&s, &p, &events, &call.state.vars);
            }
        }
    }
});
