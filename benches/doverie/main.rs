//! Benchmarks (run by hand: `cargo bench`). Figures and the machine they were measured on are in
//! the README.
//!
//! - load + check: a generated scenario of 20, 200, 1,000 and 5,000 nodes with both locales,
//!   with 16 variables and with one variable per node;
//! - engine steps per second along a long script;
//! - explorer states per second;
//! - re-scoring 10,000 transcripts (parse, verified replay, score).

mod generate;

/// The allocator the `doverie` program uses (see `src/main.rs`), so that the figures are the
/// program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use doverie_authoring::explore::{self, ExploreOptions};
use doverie_core::content::{self, Loaded};
use doverie_core::engine::{Action, Call};
use doverie_core::library::Library;
use doverie_core::transcript::Transcript;
use generate::Vars;

const SIZES: [usize; 4] = [20, 200, 1_000, 5_000];

fn library_for(nodes: usize, vars: Vars) -> (Library, PathBuf) {
    let dir = std::env::temp_dir().join(format!(
        "doverie-bench-{}-{nodes}-{}",
        std::process::id(),
        vars.label()
    ));
    let path = generate::write_library(&dir, "generated", nodes, vars);
    (Library::new(dir), path)
}

fn loaded(nodes: usize, vars: Vars) -> Loaded {
    let (library, path) = library_for(nodes, vars);
    let (loaded, diags) = content::check_scenario(&library, &path);
    assert!(!diags.has_errors(), "{diags}");
    loaded.unwrap()
}

fn load_and_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("load+check");
    group.sample_size(10);
    for vars in [Vars::Sixteen, Vars::OnePerNode] {
        for nodes in SIZES {
            let (library, path) = library_for(nodes, vars);
            group.throughput(Throughput::Elements(nodes as u64));
            group.bench_with_input(BenchmarkId::new(vars.label(), nodes), &nodes, |b, _| {
                b.iter(|| {
                    let (loaded, diags) = content::check_scenario(&library, &path);
                    // Voice clips are optional: their absence is information, not a problem.
                    let problems = diags.count(doverie_core::diag::Severity::Error)
                        + diags.count(doverie_core::diag::Severity::Warning);
                    assert!(loaded.is_some() && problems == 0, "{diags}");
                })
            });
        }
    }
    group.finish();
}

/// A long script: forward through every node, dwelling and stepping back on the way.
fn long_script(nodes: usize) -> Vec<Action> {
    let pattern = [
        Action::Choose(2),
        Action::Choose(0),
        Action::Choose(1),
        Action::Choose(0),
        Action::Wait(5),
        Action::Choose(0),
    ];
    pattern.iter().copied().cycle().take(nodes * 4).collect()
}

fn engine_steps(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine steps");
    for vars in [Vars::Sixteen, Vars::OnePerNode] {
        for nodes in SIZES {
            let loaded = loaded(nodes, vars);
            // The actions of the pattern that the call accepts, until it ends.
            let script: Vec<Action> = {
                let (mut call, _) = Call::start(&loaded.scenario, 1);
                let mut out = Vec::new();
                long_script(nodes)
                    .into_iter()
                    .filter(|&a| !call.is_over() && call.act(&loaded.scenario, a, &mut out).is_ok())
                    .collect()
            };
            let steps = script.len();

            group.throughput(Throughput::Elements(steps as u64));
            group.bench_with_input(BenchmarkId::new(vars.label(), nodes), &nodes, |b, _| {
                let mut out = Vec::with_capacity(64);
                b.iter(|| {
                    let (mut call, _) = Call::start(&loaded.scenario, 1);
                    for &action in &script[..steps] {
                        out.clear();
                        let _ = call.act(&loaded.scenario, action, &mut out);
                    }
                    call.state.turn
                })
            });
        }
    }
    group.finish();
}

fn explorer(c: &mut Criterion) {
    let mut group = c.benchmark_group("explorer");
    group.sample_size(10);
    // Each exploration: up to STATES call states, then up to STATES states with the rule
    // monitors (generated scenarios have far more states than that).
    const STATES: usize = 100_000;

    for vars in [Vars::Sixteen, Vars::OnePerNode] {
        for nodes in SIZES {
            let loaded = loaded(nodes, vars);
            let options = ExploreOptions::bounded(STATES);

            let explored = || {
                let r =
                    explore::explore(&loaded.scenario, &loaded.protocol, options, &mut |_, _| {});
                r.states + r.scored_states + r.rule_states
            };
            group.throughput(Throughput::Elements(explored() as u64));
            group.bench_with_input(BenchmarkId::new(vars.label(), nodes), &nodes, |b, _| {
                b.iter(explored)
            });
        }
    }
    group.finish();
}

fn rescoring(c: &mut Criterion) {
    let library = Library::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let (loaded, _) = content::load(&library, "hidden-bruises").unwrap();
    // 10,000 finished calls: random answers until the call ends.
    let transcripts: Vec<String> = (0..10_000u64)
        .map(|seed| doverie_authoring::sample::random_call(&loaded, seed, "bench").to_json())
        .collect();
    let mut group = c.benchmark_group("re-scoring");
    group.sample_size(10);
    group.throughput(Throughput::Elements(transcripts.len() as u64));
    group.bench_function("10000 transcripts", |b| {
        b.iter(|| {
            let mut total = 0.0;
            for json in &transcripts {
                let t = Transcript::from_json(json).unwrap();
                let assessed =
                    doverie_core::verify::assess_loaded(loaded.clone(), t, "bench").unwrap();
                total += assessed.card.total;
            }
            total
        })
    });
    group.finish();
}

/// The output callback's work: one buffer of the mixer with a tone, the line hiss and a voice
/// clip playing, at common device buffer sizes (48 kHz stereo). The figure to compare is the
/// buffer's period: 256 frames last 5.3 ms, 1024 frames 21.3 ms.
fn audio_callback(c: &mut Criterion) {
    use doverie_audio::TonePlan;
    use doverie_audio::synth::{Command, Mixer};
    let mut group = c.benchmark_group("audio callback");
    for frames in [256usize, 480, 1024] {
        let mut mixer = Mixer::new(TonePlan::builtin(), 48_000, 2);
        let clip: std::sync::Arc<[f32]> = vec![0.1f32; 48_000 * 600].into();
        mixer.apply(Command::Tone {
            id: "incoming".into(),
            for_ms: None,
        });
        mixer.apply(Command::Ambience(true));
        mixer.apply(Command::Clip(clip));
        let mut buffer = vec![0.0f32; frames * 2];
        group.throughput(Throughput::Elements(frames as u64));
        group.bench_with_input(BenchmarkId::new("frames", frames), &frames, |b, _| {
            b.iter(|| mixer.render(&mut buffer))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    load_and_check,
    engine_steps,
    explorer,
    rescoring,
    audio_callback
);
criterion_main!(benches);
