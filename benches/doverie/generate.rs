//! Generated scenarios for the benchmarks: a chain of `nodes` nodes under the shipped helpline
//! protocol, each with two line variants and three options (`next`, `back`, `stay`), a weighted
//! random transition every fifth node, a caller event every seventh, a default silence plan, and
//! either 16 variables or one variable per node. The Fluent text is generated in both languages.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vars {
    Sixteen,
    OnePerNode,
}

impl Vars {
    pub fn label(self) -> &'static str {
        match self {
            Vars::Sixteen => "16-vars",
            Vars::OnePerNode => "var-per-node",
        }
    }
}

fn var(vars: Vars, node: usize) -> String {
    match vars {
        Vars::Sixteen => format!("v{}", node % 16),
        Vars::OnePerNode => format!("v{node}"),
    }
}

/// The scenario's RON text.
pub fn scenario_ron(id: &str, nodes: usize, vars: Vars) -> String {
    let count = match vars {
        Vars::Sixteen => 16,
        Vars::OnePerNode => nodes,
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Scenario(\n    id: \"{id}\",\n    protocol: \"helpline\","
    );
    let _ = writeln!(
        s,
        "    caller: (age: 12, gender: Female, persona: \"generated\", topics: [\"isolation\"], difficulty: Intermediate),"
    );
    let _ = writeln!(s, "    variables: [");
    for v in 0..count {
        let _ = writeln!(s, "        (id: \"v{v}\", min: 0, max: 3, initial: 0),");
    }
    let _ = writeln!(s, "    ],\n    start: \"n0\",");
    let _ = writeln!(
        s,
        "    silence: [(after: 20, lines: [\"are-you-there\"])],\n    nodes: ["
    );
    for i in 0..nodes {
        let last = i + 1 == nodes;
        if last {
            let _ = writeln!(
                s,
                "        (id: \"n{i}\", lines: [\"a\", \"b\"], ending: Some(\"call-closed-well\")),"
            );
            continue;
        }
        let next = if i % 5 == 4 && i + 2 < nodes {
            format!("Random([(2, \"n{}\"), (1, \"n{}\")])", i + 1, i + 2)
        } else {
            format!("Go(\"n{}\")", i + 1)
        };
        let events = if i % 7 == 3 {
            "[\"strong-feeling\"]"
        } else {
            "[]"
        };
        let v = var(vars, i);
        let back = i.saturating_sub(1);
        let _ = writeln!(
            s,
            "        (id: \"n{i}\", lines: [\"a\", \"b\"], events: {events}, options: [\n            \
             (id: \"next\", acts: [\"reflect-feelings\"], effects: [Add(\"{v}\", 1)], next: {next}),\n            \
             (id: \"back\", acts: [\"open-question\"], when: Some(Lt(\"{v}\", 3)), next: Go(\"n{back}\")),\n            \
             (id: \"stay\", acts: [\"validate\"], effects: [Add(\"{v}\", -1)]),\n        ]),"
        );
    }
    s.push_str("    ],\n)\n");
    s
}

/// The scenario's Fluent text in one language.
pub fn scenario_ftl(nodes: usize, vars: Vars, ru: bool) -> String {
    let count = match vars {
        Vars::Sixteen => 16,
        Vars::OnePerNode => nodes,
    };
    let mut s = String::new();
    let (title, said, answer) = if ru {
        ("Сгенерированный звонок", "Реплика", "Ответ")
    } else {
        ("A generated call", "Line", "Answer")
    };
    let _ = writeln!(
        s,
        "title = {title}\nsummary = {title}.\ncaller-name = {ru_name}",
        ru_name = if ru { "Аня" } else { "Anya" }
    );
    let _ = writeln!(
        s,
        "default--are-you-there = {}",
        if ru { "Вы тут?" } else { "Are you there?" }
    );
    for v in 0..count {
        let _ = writeln!(s, "variable-v{v} = v{v}");
    }
    for i in 0..nodes {
        let _ = writeln!(s, "n{i}--a = {said} {i}, {{ $name }}, {{ $age }}.");
        let _ = writeln!(
            s,
            "n{i}--b = {said} {i}: {{ $gender ->\n    [female] она\n   *[male] он\n}}."
        );
        if i + 1 < nodes {
            for o in ["next", "back", "stay"] {
                let _ = writeln!(s, "n{i}--{o} = {answer} {o} {i}.");
            }
        }
    }
    s
}

/// Writes a content folder with the generated scenario, the shipped protocol and its text, and
/// returns the scenario file's path.
pub fn write_library(dir: &Path, id: &str, nodes: usize, vars: Vars) -> PathBuf {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    for sub in [
        "scenarios/protocols",
        "locales/en/scenarios",
        "locales/ru/scenarios",
        "locales/en/protocols",
        "locales/ru/protocols",
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::copy(
        root.join("scenarios/protocols/helpline.ron"),
        dir.join("scenarios/protocols/helpline.ron"),
    )
    .unwrap();
    for lang in ["en", "ru"] {
        let from = root.join(format!("locales/{lang}/protocols/helpline.ftl"));
        std::fs::copy(
            from,
            dir.join(format!("locales/{lang}/protocols/helpline.ftl")),
        )
        .unwrap();
        std::fs::write(
            dir.join(format!("locales/{lang}/scenarios/{id}.ftl")),
            scenario_ftl(nodes, vars, lang == "ru"),
        )
        .unwrap();
    }
    let path = dir.join(format!("scenarios/{id}.ron"));
    std::fs::write(&path, scenario_ron(id, nodes, vars)).unwrap();
    path
}
