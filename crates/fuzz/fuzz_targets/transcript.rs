//! The transcript reader: arbitrary bytes as a transcript file. Whatever reads is checked
//! against the shipped scenario it names (its text, its replay) and scored; nothing panics.
#![no_main]

use doverie_core::transcript::Transcript;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(t) = Transcript::from_json(text) else {
        return;
    };
    let _ = t.to_json();
    let _ = t.is_finished();
    if let Some(loaded) = doverie_fuzz::shipped()
        .iter()
        .find(|l| l.scenario.id == t.scenario.id)
    {
        let _ = loaded.check_texts(&t);
        if let Ok((call, events)) = t.replay(&loaded.scenario, &loaded.protocol) {
            let _ = doverie_core::score::score(
                &loaded.scenario,
                &loaded.protocol,
                &events,
                &call.state.vars,
            );
        }
    }
});
