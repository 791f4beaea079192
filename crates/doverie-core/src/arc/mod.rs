//! Arcs: several calls from the same caller over weeks, played in order and judged as a whole.
//!
//! An arc file (`scenarios/arcs/NAME.ron`) names its protocol, its calls in order (scenario
//! ids), the days between them and the caller variables carried from one call to the next. The
//! values a call ends with replace the `initial` values of the next call's scenario (see
//! [`crate::scenario::Scenario::with_carried`]); the days until the next call may depend on
//! them (a child who was pushed away calls later).
//!
//! Each call has its own transcript, stamped with the arc ([`crate::transcript::ArcStamp`]):
//! [`chain::check_chain`] checks that a set of verified transcripts is the arc, call after call;
//! [`score::score_arc`] applies the protocol's arc rules to it.
//!
//! Architecture invariant: like the rest of the core, nothing here reads a clock or writes a
//! file; the chain check is given the transcripts' bytes' hashes.

pub mod chain;
pub mod score;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Diagnostics, Pos, is_kebab_case};
use crate::ron_file::RonFile;
use crate::scenario::CmpOp;
use crate::scenario::def::Cond;

/// An arc file as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Arc")]
pub struct ArcDef {
    /// Stable kebab-case id; also the name of its file and of its Fluent file
    /// `locales/LANG/arcs/ID.ftl` (`title`, `summary`).
    pub id: String,
    /// The protocol every call is scored under, and whose arc rules judge the arc.
    pub protocol: String,
    /// The caller variables carried from one call to the next; every call declares each of
    /// them with the same range.
    pub carried: Vec<String>,
    /// The calls, in order.
    pub calls: Vec<ArcCallDef>,
}

/// A call of an arc as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Call")]
pub struct ArcCallDef {
    /// The scenario played.
    pub scenario: String,
    /// Days after the previous call (not for the first call), written `days: 21`.
    #[serde(default, deserialize_with = "days_given")]
    pub days: Option<u32>,
    /// Other gaps, on the values the previous call ended with: the first whose condition holds
    /// replaces `days`.
    #[serde(default)]
    pub or: Vec<DaysDef>,
}

/// `days: 21` as written (a number, not `Some(21)`), given.
fn days_given<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    u32::deserialize(d).map(Some)
}

/// A gap before a call that depends on the carried values.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Days")]
pub struct DaysDef {
    /// When this holds on the previous call's end values (comparisons of carried variables).
    pub when: Cond,
    /// The days after the previous call.
    pub days: u32,
}

/// A condition over the carried values, compiled: indices into [`Arc::carried`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArcCond {
    /// A carried variable compared with a number.
    Cmp(usize, CmpOp, i32),
    /// All hold.
    All(Vec<ArcCond>),
    /// Any holds.
    Any(Vec<ArcCond>),
    /// This does not hold.
    Not(Box<ArcCond>),
}

impl ArcCond {
    /// Compiles a condition against the carried variables, or says what is wrong.
    pub fn compile(c: &Cond, carried: &[String]) -> Result<ArcCond, String> {
        let var = |v: &str| {
            carried.iter().position(|c| c == v).ok_or_else(|| {
                format!(
                    "\"{v}\" is not carried by the arc (it carries {})",
                    carried.join(", ")
                )
            })
        };
        let list = |cs: &[Cond]| {
            cs.iter()
                .map(|c| ArcCond::compile(c, carried))
                .collect::<Result<Vec<_>, _>>()
        };
        Ok(match c {
            Cond::Eq(v, n) => ArcCond::Cmp(var(v)?, CmpOp::Eq, *n),
            Cond::Ne(v, n) => ArcCond::Cmp(var(v)?, CmpOp::Ne, *n),
            Cond::Lt(v, n) => ArcCond::Cmp(var(v)?, CmpOp::Lt, *n),
            Cond::Le(v, n) => ArcCond::Cmp(var(v)?, CmpOp::Le, *n),
            Cond::Gt(v, n) => ArcCond::Cmp(var(v)?, CmpOp::Gt, *n),
            Cond::Ge(v, n) => ArcCond::Cmp(var(v)?, CmpOp::Ge, *n),
            Cond::All(cs) => ArcCond::All(list(cs)?),
            Cond::Any(cs) => ArcCond::Any(list(cs)?),
            Cond::Not(c) => ArcCond::Not(Box::new(ArcCond::compile(c, carried)?)),
            Cond::Visited(_) | Cond::Raised(_) | Cond::Dispatched(_) => {
                return Err(
                    "only comparisons of carried variables (Eq, Ne, Lt, Le, Gt, Ge, with All, Any, Not) mean something between calls"
                        .into(),
                );
            }
        })
    }

    /// Whether it holds on `values` (in the order of [`Arc::carried`]).
    pub fn holds(&self, values: &[i32]) -> bool {
        match self {
            ArcCond::Cmp(i, op, n) => values.get(*i).is_some_and(|v| op.holds(*v, *n)),
            ArcCond::All(cs) => cs.iter().all(|c| c.holds(values)),
            ArcCond::Any(cs) => cs.iter().any(|c| c.holds(values)),
            ArcCond::Not(c) => !c.holds(values),
        }
    }
}

/// A call of a compiled arc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArcCall {
    /// The scenario's id.
    pub scenario: String,
    /// Days after the previous call by default (0 for the first).
    pub days: u32,
    /// Other gaps, first match wins.
    pub or: Vec<(ArcCond, u32)>,
}

/// A validated arc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arc {
    /// Its id.
    pub id: String,
    /// SHA-256 of the arc file's bytes, hex.
    pub hash: String,
    /// Its protocol's id.
    pub protocol_id: String,
    /// The carried variables, in the file's order.
    pub carried: Vec<String>,
    /// The calls, in order.
    pub calls: Vec<ArcCall>,
}

impl Arc {
    /// Days between call `call - 1` and call `call`, on the values the previous one ended with
    /// (0 for the first call).
    pub fn days_before(&self, call: usize, previous_end: &[i32]) -> u32 {
        self.calls.get(call).map_or(0, |c| {
            c.or.iter()
                .find(|(when, _)| when.holds(previous_end))
                .map_or(c.days, |(_, days)| *days)
        })
    }

    /// The carried values in the arc's order, taken from a map of variable values (a call's
    /// end state or its carried start); a variable missing from it is none.
    pub fn values(&self, vars: &BTreeMap<String, i32>) -> Option<Vec<i32>> {
        self.carried.iter().map(|v| vars.get(v).copied()).collect()
    }

    /// The carried values as a map, for a transcript's [`crate::transcript::ArcStamp`].
    pub fn named(&self, values: &[i32]) -> BTreeMap<String, i32> {
        self.carried
            .iter()
            .cloned()
            .zip(values.iter().copied())
            .collect()
    }

    /// The stamp of call `call` of the arc, which began with `carried` after the previous
    /// call's transcript with SHA-256 `previous`.
    pub fn stamp(
        &self,
        call: usize,
        carried: &[i32],
        previous: Option<String>,
    ) -> crate::transcript::ArcStamp {
        crate::transcript::ArcStamp {
            id: self.id.clone(),
            hash: self.hash.clone(),
            call: u32::try_from(call).unwrap_or(u32::MAX),
            carried: self.named(carried),
            previous,
        }
    }
}

/// The most calls an arc may have.
pub const MAX_CALLS: usize = 32;

/// Reads and validates an arc file on its own (its scenarios are checked by
/// [`crate::content::load_arc`]).
pub fn load(path: &Path) -> (Option<Arc>, Diagnostics) {
    let file = match RonFile::read(path) {
        Ok(f) => f,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    let def: ArcDef = match file.parse() {
        Ok(d) => d,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    compile(&def, &file)
}

/// Validates a parsed arc file.
pub fn compile(def: &ArcDef, file: &RonFile) -> (Option<Arc>, Diagnostics) {
    let path = file.path.as_path();
    let map = &file.map;
    let mut diags = Diagnostics::default();
    let top = |key: &str| {
        map.nth_keyed(&[], key, 0)
            .map(|l| l.pos)
            .or_else(|| file.field_pos(key))
            .unwrap_or(Pos::START)
    };
    if !is_kebab_case(&def.id) {
        diags.push(crate::protocol::kebab_error(
            path,
            top("id"),
            "arc",
            &def.id,
        ));
    }
    if def.calls.len() < 2 {
        diags.push(
            Diagnostic::error(path, top("calls"), "an arc has at least two calls")
                .with_hint("list the calls in order: `calls: [(scenario: \"first\"), (scenario: \"second\", days: 21)]`"),
        );
    }
    if def.calls.len() > MAX_CALLS {
        diags.push(
            Diagnostic::error(
                path,
                top("calls"),
                format!("an arc has at most {MAX_CALLS} calls"),
            )
            .with_hint("split it into arcs of fewer calls"),
        );
    }
    if def.carried.is_empty() {
        diags.push(
            Diagnostic::error(path, top("carried"), "the arc carries no variable").with_hint(
                "name the caller variables the calls share, e.g. `carried: [\"trust\", \"ties\"]`",
            ),
        );
    }
    let carried_at = |n: usize| {
        map.nth_keyed(&[], "carried", n)
            .map_or(top("carried"), |l| l.pos)
    };
    for (n, v) in def.carried.iter().enumerate() {
        if !is_kebab_case(v) {
            diags.push(crate::protocol::kebab_error(
                path,
                carried_at(n),
                "variable",
                v,
            ));
        }
        if def.carried[..n].contains(v) {
            diags.push(
                Diagnostic::error(path, carried_at(n), format!("\"{v}\" is carried twice"))
                    .with_hint("name each carried variable once"),
            );
        }
    }
    let mut calls = Vec::new();
    for (n, c) in def.calls.iter().enumerate() {
        let pos = map
            .nth_keyed(&["calls"], "scenario", n)
            .map_or(top("calls"), |l| l.pos);
        if !is_kebab_case(&c.scenario) {
            diags.push(crate::protocol::kebab_error(
                path,
                pos,
                "scenario",
                &c.scenario,
            ));
        }
        let days = match (n, c.days) {
            (0, None) if c.or.is_empty() => 0,
            (0, _) => {
                diags.push(
                    Diagnostic::error(path, pos, "the first call has no days before it")
                        .with_hint("give `days` (and `or`) to the later calls only"),
                );
                0
            }
            (_, Some(d)) => d,
            (_, None) => {
                diags.push(
                    Diagnostic::error(
                        path,
                        pos,
                        format!("call {} (\"{}\") does not say how many days after the previous one it comes", n + 1, c.scenario),
                    )
                    .with_hint("add `days: 21` (and, if the gap depends on the carried values, `or: [(when: Le(\"trust\", 2), days: 45)]`)"),
                );
                0
            }
        };
        let mut or = Vec::new();
        for d in &c.or {
            match ArcCond::compile(&d.when, &def.carried) {
                Ok(cond) => or.push((cond, d.days)),
                Err(e) => diags.push(
                    Diagnostic::error(path, pos, format!("in the `or` of call {}: {e}", n + 1))
                        .with_hint("e.g. `or: [(when: Le(\"trust\", 2), days: 45)]`"),
                ),
            }
        }
        calls.push(ArcCall {
            scenario: c.scenario.clone(),
            days,
            or,
        });
    }
    if diags.has_errors() {
        return (None, diags);
    }
    (
        Some(Arc {
            id: def.id.clone(),
            hash: file.hash(),
            protocol_id: def.protocol.clone(),
            carried: def.carried.clone(),
            calls,
        }),
        diags,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(text: &str) -> (Option<Arc>, Diagnostics) {
        let file = RonFile::from_text(Path::new("a.ron"), text.to_string());
        match file.parse::<ArcDef>() {
            Ok(def) => compile(&def, &file),
            Err(d) => (None, Diagnostics(vec![d])),
        }
    }

    #[test]
    fn days_depend_on_the_values_the_previous_call_ended_with() {
        let (a, d) = arc(
            r#"Arc(id: "a", protocol: "helpline", carried: ["trust", "ties"],
            calls: [(scenario: "one"), (scenario: "two", days: 21,
                or: [(when: Le("trust", 2), days: 45), (when: Ge("ties", 6), days: 14)])])"#,
        );
        assert!(!d.has_errors(), "{d:?}");
        let a = a.unwrap();
        assert_eq!(a.days_before(0, &[5, 5]), 0);
        assert_eq!(a.days_before(1, &[5, 5]), 21);
        assert_eq!(a.days_before(1, &[2, 9]), 45, "first match wins");
        assert_eq!(a.days_before(1, &[3, 6]), 14);
    }

    #[test]
    fn mistakes_are_positioned_with_a_hint() {
        let (a, d) = arc(
            "Arc(id: \"a\", protocol: \"helpline\", carried: [\"trust\"],\n calls: [(scenario: \"one\"),\n (scenario: \"two\", or: [(when: Visited(\"x\"), days: 4)])])",
        );
        assert!(a.is_none());
        let all: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert!(
            all.iter()
                .any(|m| m.contains("a.ron:3:") && m.contains("does not say how many days")),
            "{all:?}"
        );
        assert!(
            all.iter()
                .any(|m| m.contains("only comparisons of carried variables")),
            "{all:?}"
        );
        let (_, d) = arc(r#"Arc(id: "a", protocol: "helpline", carried: ["trust"],
            calls: [(scenario: "one"), (scenario: "two", days: 3, or: [(when: Le("ties", 1), days: 4)])])"#);
        assert!(
            d.iter()
                .any(|m| m.to_string().contains("\"ties\" is not carried")),
            "{d:?}"
        );
        let (_, d) = arc(
            r#"Arc(id: "a", protocol: "helpline", carried: ["trust"], calls: [(scenario: "one")], extra: 1)"#,
        );
        assert!(d.has_errors());
    }
}
