//! Sample calls for benchmarks and tests: a finished call answered at random (a fixed linear
//! congruential sequence from its seed, so the same seed always plays the same call).
//!
//! The calls are real: every answer goes through the core's [`Session`], so each transcript
//! replays and scores like one a trainee recorded.

use std::sync::Arc;

use doverie_core::content::Loaded;
use doverie_core::engine::Input;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::Transcript;

/// The most answers a sample call gives before it hangs up.
pub const MAX_ANSWERS: usize = 40;

/// A finished call of `loaded` by `trainee` at `seed`: an option picked at random on each turn
/// (a pseudo-random sequence from the seed), hanging up when none is offered or after
/// [`MAX_ANSWERS`] answers.
pub fn random_call(loaded: &Loaded, seed: u64, trainee: &str) -> Transcript {
    let (mut s, _) = Session::start(
        Arc::new(loaded.scenario.clone()),
        Arc::new(loaded.protocol.clone()),
        seed,
        Lang::En,
        trainee,
    );
    let mut pick = seed;
    while !s.is_over() {
        let offered: Vec<String> = s
            .call
            .options(&s.scenario)
            .map(|(_, o)| o.id.clone())
            .collect();
        pick = pick
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let input = if offered.is_empty() || s.transcript.inputs.len() > MAX_ANSWERS {
            Input::HangUp
        } else {
            Input::Choose {
                option: offered[(pick >> 33) as usize % offered.len()].clone(),
            }
        };
        s.apply(input, None)
            .expect("an offered option or a hang-up is accepted while the call is on");
    }
    s.transcript
}
