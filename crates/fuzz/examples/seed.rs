//! Writes the seed corpora: `cargo +nightly run --release --example seed` in this folder (after
//! which `cargo +nightly fuzz run TARGET` starts from them). Scenario, protocol and Fluent seeds
//! are the shipped files; transcripts and journals are recorded by playing the golden scripts
//! (`tests/golden/*.script`).

use std::path::Path;
use std::sync::Arc;

use doverie_core::engine::Input;
use doverie_core::locale::Lang;
use doverie_core::session::Session;
use doverie_core::transcript::Mode;

fn copy_all(from: &Path, ext: &str, to: &Path) {
    for entry in std::fs::read_dir(from).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_all(&path, ext, to);
        } else if path.to_string_lossy().ends_with(ext) {
            let name = path.to_string_lossy().replace('/', "_");
            std::fs::copy(&path, to.join(name)).expect("a seed is copied");
        }
    }
}

fn main() {
    let root = doverie_fuzz::fuzzed::root();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let dir = |name: &str| {
        let d = corpus.join(name);
        std::fs::create_dir_all(&d).expect("a corpus folder");
        d
    };
    let (scenario, protocol, fluent) = (dir("scenario"), dir("protocol"), dir("fluent"));
    let (transcript, journal, engine) = (dir("transcript"), dir("journal"), dir("engine"));
    for from in [root.join("scenarios"), root.join("tests/fixtures")] {
        copy_all(&from, ".ron", &scenario);
    }
    copy_all(&root.join("scenarios/protocols"), ".ron", &protocol);
    copy_all(&root.join("tests/fixtures"), ".ron", &protocol);
    copy_all(&root.join("locales"), ".ftl", &fluent);
    copy_all(&root.join("tests/fixtures"), ".ftl", &fluent);
    let mut n = 0;
    for entry in std::fs::read_dir(root.join("tests/golden")).expect("the golden scripts") {
        let path = entry.expect("an entry").path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let field = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.trim().strip_prefix('=').map(str::trim))
                .unwrap_or_default()
                .to_string()
        };
        let Some(loaded) = doverie_fuzz::fuzzed::shipped()
            .iter()
            .find(|l| l.scenario.id == field("scenario"))
        else {
            continue;
        };
        let lang: Lang = field("lang").parse().unwrap_or_default();
        let (mut session, _) = Session::start(
            Arc::new(loaded.scenario.clone()),
            Arc::new(loaded.protocol.clone()),
            field("seed").parse().unwrap_or(1),
            lang,
            "seed",
        );
        session.transcript.bind(
            1_700_000_000,
            Mode {
                hints: true,
                ..Mode::default()
            },
            loaded.text_stamps(lang),
        );
        for token in field("script").split(',') {
            if let Ok(input) = Input::parse_token(token) {
                let _ = session.apply(input, None);
            }
        }
        n += 1;
        std::fs::write(
            transcript.join(format!("{n}.json")),
            session.transcript.to_json(),
        )
        .expect("a transcript seed");
        let begun = n % 3;
        std::fs::write(
            journal.join(format!("{n}.journal")),
            doverie_fuzz::fuzzed::journal_of(loaded, &session.transcript, begun),
        )
        .expect("a journal seed");
        // An engine seed: the scenario's number, a seed, then answer and choices.
        let ix = doverie_fuzz::fuzzed::shipped()
            .iter()
            .position(|l| l.scenario.id == loaded.scenario.id)
            .unwrap_or(0) as u8;
        let mut bytes = vec![ix, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        for k in 0..60u8 {
            bytes.extend_from_slice(&[1, 200, 3, k % 4 + 1]);
        }
        std::fs::write(engine.join(format!("{n}.bin")), bytes).expect("an engine seed");
    }
    println!("seeded {} from {n} golden scripts", corpus.display());
}
