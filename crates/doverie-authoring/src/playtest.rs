//! Playtests: named input scripts kept beside a scenario (`scenarios/NAME.tests.ron`) with what
//! must happen — the ending, the level, rules that must or must not be broken. `doverie test`
//! runs them like a test runner, and `cargo test` runs those of the shipped scenarios.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use doverie_core::content::Loaded;
use doverie_core::diag::{Diagnostic, Diagnostics, Pos, unknown_hint};
use doverie_core::engine::{Call, End, Input};
use doverie_core::ron_file::RonFile;
use doverie_core::score::{Level, Scorecard, score};

/// A scenario's playtests (`scenarios/NAME.tests.ron`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename = "Playtests")]
pub struct PlaytestsDef {
    /// The scenario these tests are for.
    pub scenario: String,
    /// The playtests.
    pub tests: Vec<PlaytestDef>,
}

/// A playtest: a seed and a script, and what must come of them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename = "Playtest")]
pub struct PlaytestDef {
    /// Its name, as reports show it.
    pub name: String,
    /// The seed of the call.
    #[serde(default)]
    pub seed: u64,
    /// Comma-separated tokens, as `doverie play --choose` takes them.
    pub script: String,
    /// The ending node the call must reach.
    #[serde(default)]
    pub ending: Option<String>,
    /// The outcome the call must end with (`counsellor-hung-up` when the counsellor hangs up).
    #[serde(default)]
    pub outcome: Option<String>,
    /// The compliance level the call must reach.
    #[serde(default)]
    pub level: Option<LevelDef>,
    /// The lowest and highest total allowed.
    #[serde(default)]
    pub min_total: Option<f64>,
    /// The highest total allowed.
    #[serde(default)]
    pub max_total: Option<f64>,
    /// Rules that must be broken in this call.
    #[serde(default)]
    pub broken: Vec<String>,
    /// Rules that must not be broken in this call.
    #[serde(default)]
    pub not_broken: Vec<String>,
}

/// A compliance level, as playtests name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum LevelDef {
    /// No deviation.
    HighCompliance,
    /// Compliant.
    Compliant,
    /// Partial Compliance.
    PartialCompliance,
    /// Low Compliance.
    LowCompliance,
    /// Non-Compliant.
    NonCompliant,
}

impl From<LevelDef> for Level {
    fn from(l: LevelDef) -> Level {
        match l {
            LevelDef::HighCompliance => Level::HighCompliance,
            LevelDef::Compliant => Level::Compliant,
            LevelDef::PartialCompliance => Level::PartialCompliance,
            LevelDef::LowCompliance => Level::LowCompliance,
            LevelDef::NonCompliant => Level::NonCompliant,
        }
    }
}

/// The outcome of one playtest.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The playtest's name.
    pub name: String,
    /// Why it failed; empty when it passed.
    pub failures: Vec<String>,
}

impl Outcome {
    /// Whether every expectation held.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// The playtests file of a scenario file: `NAME.tests.ron` beside `NAME.ron`.
pub fn tests_path(scenario: &Path) -> PathBuf {
    scenario.with_extension("tests.ron")
}

/// Reads and validates a playtests file against the loaded scenario.
pub fn load(path: &Path, loaded: &Loaded) -> Result<PlaytestsDef, Diagnostics> {
    let file = RonFile::read(path).map_err(|d| Diagnostics(vec![d]))?;
    let def: PlaytestsDef = file.parse().map_err(|d| Diagnostics(vec![d]))?;
    let mut diags = Diagnostics::default();
    let at = |value: &str| {
        file.map
            .literals
            .iter()
            .find(|l| file.map.value(l) == value)
            .map_or(Pos::START, |l| l.pos)
    };
    if def.scenario != loaded.scenario.id {
        diags.push(
            Diagnostic::error(
                path,
                at(&def.scenario),
                format!(
                    "these playtests are for \"{}\", not \"{}\"",
                    def.scenario, loaded.scenario.id
                ),
            )
            .with_hint("name the scenario the file sits beside"),
        );
    }
    let protocol = &loaded.protocol;
    let rule_ids = || protocol.rules.iter().map(|r| r.id.as_str());
    for (n, test) in def.tests.iter().enumerate() {
        let range = file
            .map
            .item_range(&["tests"], n)
            .unwrap_or((0, file.text.len()));
        let at_in = |value: &str| {
            file.map
                .find_in(value, range.0, range.1)
                .map_or(Pos::START, |l| l.pos)
        };
        if def.tests[..n].iter().any(|t| t.name == test.name) {
            diags.push(
                Diagnostic::error(
                    path,
                    at_in(&test.name),
                    format!("two playtests are named \"{}\"", test.name),
                )
                .with_hint("give each playtest its own name"),
            );
        }
        if let Err((i, e)) = Input::parse_script(&test.script) {
            diags.push(Diagnostic::error(path, at_in(&test.script), format!("bad script: input {i}: {e}")).with_hint("tokens are option ids, wait:SECONDS, dispatch:SERVICE and hangup, separated by commas"));
        }
        for rule in test.broken.iter().chain(&test.not_broken) {
            if protocol.rules.iter().all(|r| &r.id != rule) {
                diags.push(
                    Diagnostic::error(path, at_in(rule), format!("unknown rule \"{rule}\""))
                        .with_hint(unknown_hint(rule, "rule", rule_ids())),
                );
            }
        }
        if let Some(node) = &test.ending
            && loaded
                .scenario
                .node_ix(node)
                .is_none_or(|n| loaded.scenario.node(n).ending.is_none())
        {
            let endings = loaded
                .scenario
                .nodes
                .iter()
                .filter(|n| n.ending.is_some())
                .map(|n| n.id.as_str());
            diags.push(
                Diagnostic::error(
                    path,
                    at_in(node),
                    format!("\"{node}\" is not an ending of the scenario"),
                )
                .with_hint(unknown_hint(node, "ending", endings)),
            );
        }
        if let Some(outcome) = &test.outcome
            && protocol.outcomes.get(outcome).is_none()
            && outcome != doverie_core::transcript::COUNSELLOR_HUNG_UP
        {
            diags.push(
                Diagnostic::error(
                    path,
                    at_in(outcome),
                    format!("unknown outcome \"{outcome}\""),
                )
                .with_hint(unknown_hint(
                    outcome,
                    "outcome",
                    protocol
                        .outcomes
                        .ids()
                        .chain([doverie_core::transcript::COUNSELLOR_HUNG_UP]),
                )),
            );
        }
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(def)
    }
}

/// Plays one playtest and checks what it expects.
pub fn run(loaded: &Loaded, test: &PlaytestDef) -> Outcome {
    let mut failures = Vec::new();
    let scenario = &loaded.scenario;
    let script: Vec<Input> = Input::parse_script(&test.script).unwrap_or_default();
    let (mut call, mut events) = Call::start(scenario, test.seed);
    for (i, input) in script.iter().enumerate() {
        match call.apply(scenario, input) {
            Ok(more) => events.extend(more),
            Err(e) => {
                failures.push(format!("input {} \"{}\": {e}", i + 1, input.token()));
                return Outcome {
                    name: test.name.clone(),
                    failures,
                };
            }
        }
    }
    let card: Scorecard = score(scenario, &loaded.protocol, &events, &call.state.vars);
    let reached = match call.state.ended {
        Some(End::Outcome(_)) => Some(scenario.node(call.state.node).id.clone()),
        _ => None,
    };
    if let Some(want) = &test.ending
        && reached.as_ref() != Some(want)
    {
        failures.push(format!(
            "expected the ending \"{want}\", the call {}",
            match &reached {
                Some(n) => format!("ended at \"{n}\""),
                None if call.is_over() => "ended with the counsellor hanging up".into(),
                None => format!("is still open on \"{}\"", scenario.node(call.state.node).id),
            }
        ));
    }
    if let Some(want) = &test.outcome
        && card.outcome.as_ref() != Some(want)
    {
        failures.push(format!(
            "expected the outcome \"{want}\", got {}",
            card.outcome
                .as_deref()
                .unwrap_or("none (the call is still open)")
        ));
    }
    if let Some(want) = test.level.map(Level::from)
        && card.level != want
    {
        failures.push(format!(
            "expected the level {}, got {} (total {:.1})",
            want.id(),
            card.level.id(),
            card.total
        ));
    }
    if let Some(min) = test.min_total
        && card.total < min
    {
        failures.push(format!(
            "expected a total of at least {min:.1}, got {:.1}",
            card.total
        ));
    }
    if let Some(max) = test.max_total
        && card.total > max
    {
        failures.push(format!(
            "expected a total of at most {max:.1}, got {:.1}",
            card.total
        ));
    }
    for rule in &test.broken {
        if !card.deviations.iter().any(|d| &d.rule == rule) {
            failures.push(format!("expected rule \"{rule}\" to be broken, it was not"));
        }
    }
    for rule in &test.not_broken {
        if let Some(d) = card.deviations.iter().find(|d| &d.rule == rule) {
            // Playtest failures are for the trainer, in English like every diagnostic.
            let text = loaded.text(doverie_core::locale::Lang::En);
            let (happened, _) =
                doverie_core::view::debrief::reason(&text, &loaded.protocol, &d.reason);
            failures.push(format!(
                "rule \"{rule}\" was broken at turn {}: {happened}",
                d.turn
            ));
        }
    }
    Outcome {
        name: test.name.clone(),
        failures,
    }
}

/// Runs every playtest of a file.
pub fn run_all(loaded: &Loaded, tests: &PlaytestsDef) -> Vec<Outcome> {
    tests.tests.iter().map(|t| run(loaded, t)).collect()
}
