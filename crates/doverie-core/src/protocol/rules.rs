//! The protocol's scoring part, compiled: categories, rules with their patterns resolved to
//! vocabulary indices, compliance levels and certification thresholds.
//!
//! Architecture invariant: rules are compiled once per protocol; monitors never look up a name.

use std::path::Path;

use super::def::{CheckDef, PatternDef, RuleDef, SeverityDef};
use super::{Protocol, kebab_error};
use crate::bits::BitSet;
use crate::diag::{Diagnostic, Diagnostics, Pos, is_kebab_case, unknown_hint};
use crate::ron_file::RonFile;

pub use super::def::{CertificationDef as Certification, LevelsDef as Levels};

/// Index of a category in [`crate::protocol::Protocol::categories`].
pub type CategoryIx = u16;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
/// How grave a deviation is; each caps the compliance level.
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A small lapse: caps the level at Compliant.
    Minor,
    /// Caps the level at Partial Compliance.
    Moderate,
    /// Caps the level at Low Compliance.
    Major,
    /// A grave failure: the call is Non-Compliant whatever its total.
    Critical,
}

impl Severity {
    /// The id, as messages and JSON say it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Moderate => "moderate",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }
}

impl From<SeverityDef> for Severity {
    fn from(s: SeverityDef) -> Self {
        match s {
            SeverityDef::Minor => Severity::Minor,
            SeverityDef::Moderate => Severity::Moderate,
            SeverityDef::Major => Severity::Major,
            SeverityDef::Critical => Severity::Critical,
        }
    }
}

/// A scoring category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// Its id.
    pub id: String,
    /// Its weight in the weighted total.
    pub weight: u32,
    /// Its Fluent message.
    pub message: String,
}

/// A set of things a rule watches for, as bit sets over the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pattern {
    /// Acts that match.
    pub acts: BitSet,
    /// Caller events that match.
    pub events: BitSet,
    /// Services whose dispatch matches.
    pub services: BitSet,
    /// Whether any dispatch matches.
    pub any_dispatch: bool,
    /// Whether calling a service that is closed now matches.
    pub closed_dispatch: bool,
    /// Whether the start of the call matches.
    pub call_start: bool,
    /// Whether the counsellor hanging up matches.
    pub hang_up: bool,
    /// Matches a silence reaction after at least this many seconds.
    pub silence: Option<u32>,
    /// What the pattern watches for, by id as the protocol wrote it (`Any` flattened): what a
    /// deviation names, for the view to word in the reader's language.
    pub cues: Vec<Cue>,
}

/// One thing a pattern watches for, by id: any of a pattern's cues matches.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cue {
    /// An act of an option the counsellor chose.
    Act(String),
    /// An event the caller raised.
    Event(String),
    /// Dispatching a service, or any service of a group (the id as written).
    Dispatch(String),
    /// Dispatching any service.
    AnyDispatch,
    /// Calling a service that is closed at that hour.
    ClosedDispatch,
    /// The start of the call.
    CallStart,
    /// The counsellor hanging up.
    HangUp,
    /// A silence the caller reacted to, of at least this many seconds.
    Silence(u32),
}

/// The further window of a graded `Within` rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Late {
    /// Up to this many counsellor turns after the trigger.
    pub turns: Option<u32>,
    /// Up to this many seconds after the trigger.
    pub seconds: Option<u32>,
    /// The severity of an answer that comes in it.
    pub severity: Severity,
}

/// What a rule checks, compiled: the rule language's forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Never X (optionally only between `after` and `until`, and not once `unless` happened).
    Never {
        /// What must not happen.
        pattern: Pattern,
        /// Only after this has happened.
        after: Option<Pattern>,
        /// Only until this happens.
        until: Option<Pattern>,
        /// Once this has happened the rule no longer applies.
        unless: Option<Pattern>,
    },
    /// After each trigger, X within a number of turns and/or seconds.
    Within {
        /// What opens the window.
        trigger: Pattern,
        /// What must happen within it.
        expect: Pattern,
        /// Within this many counsellor turns.
        turns: Option<u32>,
        /// Within this many seconds of the call's time.
        seconds: Option<u32>,
        /// Graded timing: a further window where the expected is late, not missing.
        late: Option<Late>,
        /// The expected done at any moment before the trigger keeps the rule for it.
        early: bool,
        /// Once this has happened the rule no longer applies.
        unless: Option<Pattern>,
    },
    /// X only after Y, unless Z.
    Before {
        /// What may happen only after the requirement.
        pattern: Pattern,
        /// What must have happened first.
        requires: Pattern,
        /// When the requirement does not apply.
        unless: Option<Pattern>,
    },
    /// X before the call ends, in scenarios with a topic or once something happened.
    Eventually {
        /// What must happen.
        expect: Pattern,
        /// Only in scenarios with this topic.
        topic: Option<String>,
        /// Only once this has happened.
        after: Option<Pattern>,
        /// Once this has happened the rule no longer applies.
        unless: Option<Pattern>,
    },
    /// Each dispatch after consent for the service dispatched, unless a justification happened.
    Consented {
        /// What justifies a dispatch without consent.
        unless: Option<Pattern>,
    },
    /// Each justified dispatch without consent, credited.
    Justified {
        /// What justifies it.
        by: Pattern,
    },
}

impl Check {
    /// Every pattern the check watches.
    pub fn patterns(&self) -> Vec<&Pattern> {
        match self {
            Check::Never {
                pattern,
                after,
                until,
                unless,
            } => [
                Some(pattern),
                after.as_ref(),
                until.as_ref(),
                unless.as_ref(),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Check::Within {
                trigger,
                expect,
                unless,
                ..
            } => [Some(trigger), Some(expect), unless.as_ref()]
                .into_iter()
                .flatten()
                .collect(),
            Check::Before {
                pattern,
                requires,
                unless,
            } => [Some(pattern), Some(requires), unless.as_ref()]
                .into_iter()
                .flatten()
                .collect(),
            Check::Eventually {
                expect,
                after,
                unless,
                ..
            } => [Some(expect), after.as_ref(), unless.as_ref()]
                .into_iter()
                .flatten()
                .collect(),
            Check::Consented { unless } => unless.iter().collect(),
            Check::Justified { by } => vec![by],
        }
    }

    /// What the rule expects the counsellor to do, when it credits doing something (the
    /// expected of `Within` and `Eventually`).
    pub fn expected(&self) -> Option<&Pattern> {
        match self {
            Check::Within { expect, .. } | Check::Eventually { expect, .. } => Some(expect),
            _ => None,
        }
    }
}

/// A rule of the protocol, compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Its id.
    pub id: String,
    /// Its category.
    pub category: CategoryIx,
    /// How grave a deviation is.
    pub severity: Severity,
    /// What it checks.
    pub check: Check,
    /// Whether keeping it is credited (counted as an opportunity handled well) or only breaking it counts.
    pub credit: bool,
    /// Fluent messages: the rule's name, why it matters, what good practice would have been.
    pub message: String,
    /// The Fluent message that explains why the rule matters.
    pub explain: String,
    /// The Fluent message that says what would have been better.
    pub better: String,
}

/// Compiles the scoring part of a protocol whose vocabulary is already compiled.
pub fn compile_rules(
    defs: &[super::def::CategoryDef],
    rules: &[RuleDef],
    protocol: &mut Protocol,
    file: &RonFile,
    diags: &mut Diagnostics,
) {
    let path = file.path.as_path();
    let map = &file.map;
    for (n, c) in defs.iter().enumerate() {
        let pos = map
            .nth_keyed(&["categories"], "id", n)
            .map_or(Pos::START, |l| l.pos);
        if !is_kebab_case(&c.id) {
            diags.push(kebab_error(path, pos, "category", &c.id));
        }
        if protocol.categories.iter().any(|o| o.id == c.id) {
            diags.push(
                Diagnostic::error(path, pos, format!("duplicate category \"{}\"", c.id))
                    .with_hint("declare each category once"),
            );
            continue;
        }
        protocol.categories.push(Category {
            id: c.id.clone(),
            weight: c.weight,
            message: crate::msg::category(&c.id),
        });
    }
    if !rules.is_empty() && protocol.categories.iter().all(|c| c.weight == 0) {
        let pos = map
            .nth_keyed(&[], "categories", 0)
            .map_or(Pos::START, |l| l.pos);
        diags.push(
            Diagnostic::error(path, pos, "no category has a positive weight")
                .with_hint("give the categories weights, e.g. `(id: \"contact\", weight: 10)`"),
        );
    }
    for (n, def) in rules.iter().enumerate() {
        let pos = map
            .nth_keyed(&["rules"], "id", n)
            .map_or(Pos::START, |l| l.pos);
        let range = map.item_range(&["rules"], n).unwrap_or((0, 0));
        let mut cx = RuleCx {
            protocol,
            path,
            file,
            range,
            pos,
            diags,
        };
        if !is_kebab_case(&def.id) {
            cx.diags.push(kebab_error(path, pos, "rule", &def.id));
        }
        if cx.protocol.rules.iter().any(|r| r.id == def.id) {
            cx.diags.push(
                Diagnostic::error(path, pos, format!("duplicate rule \"{}\"", def.id))
                    .with_hint("each rule needs its own id"),
            );
            continue;
        }
        let category = match cx
            .protocol
            .categories
            .iter()
            .position(|c| c.id == def.category)
        {
            Some(c) => c as CategoryIx,
            None => {
                let at = cx.at(&def.category);
                let hint = unknown_hint(
                    &def.category,
                    "category",
                    cx.protocol.categories.iter().map(|c| c.id.as_str()),
                );
                cx.diags.push(
                    Diagnostic::error(
                        path,
                        at,
                        format!(
                            "unknown category \"{}\" of rule \"{}\"",
                            def.category, def.id
                        ),
                    )
                    .with_hint(hint),
                );
                0
            }
        };
        let check = cx.check(&def.check, def.severity.into());
        protocol.rules.push(Rule {
            id: def.id.clone(),
            category,
            severity: def.severity.into(),
            check,
            credit: def.credit,
            message: crate::msg::rule(&def.id),
            explain: crate::msg::rule_explain(&def.id),
            better: crate::msg::rule_better(&def.id),
        });
    }
}

struct RuleCx<'a> {
    protocol: &'a Protocol,
    path: &'a Path,
    file: &'a RonFile,
    range: (usize, usize),
    pos: Pos,
    diags: &'a mut Diagnostics,
}

impl RuleCx<'_> {
    fn at(&self, value: &str) -> Pos {
        self.file
            .map
            .find_in(value, self.range.0, self.range.1)
            .map_or(self.pos, |l| l.pos)
    }

    fn check(&mut self, def: &CheckDef, severity: Severity) -> Check {
        match def {
            CheckDef::Never {
                pattern,
                after,
                until,
                unless,
            } => Check::Never {
                pattern: self.pattern(pattern),
                after: after.as_ref().map(|p| self.pattern(p)),
                until: until.as_ref().map(|p| self.pattern(p)),
                unless: unless.as_ref().map(|p| self.pattern(p)),
            },
            CheckDef::Within {
                trigger,
                expect,
                turns,
                seconds,
                late,
                early,
                unless,
            } => {
                if turns.is_none() && seconds.is_none() {
                    self.diags.push(
                        Diagnostic::error(self.path, self.pos, "a Within rule needs `turns` or `seconds`")
                            .with_hint("e.g. `turns: Some(2)`: the expected act must come within two counsellor turns"),
                    );
                }
                let late = late
                    .as_ref()
                    .map(|l| self.late(l, *turns, *seconds, severity));
                Check::Within {
                    trigger: self.pattern(trigger),
                    expect: self.pattern(expect),
                    turns: *turns,
                    seconds: *seconds,
                    late,
                    early: *early,
                    unless: unless.as_ref().map(|p| self.pattern(p)),
                }
            }
            CheckDef::Before {
                pattern,
                requires,
                unless,
            } => Check::Before {
                pattern: self.pattern(pattern),
                requires: self.pattern(requires),
                unless: unless.as_ref().map(|p| self.pattern(p)),
            },
            CheckDef::Eventually {
                expect,
                topic,
                after,
                unless,
            } => {
                if let Some(t) = topic
                    && !is_kebab_case(t)
                {
                    let d = kebab_error(self.path, self.at(t), "topic", t);
                    self.diags.push(d);
                }
                Check::Eventually {
                    expect: self.pattern(expect),
                    topic: topic.clone(),
                    after: after.as_ref().map(|p| self.pattern(p)),
                    unless: unless.as_ref().map(|p| self.pattern(p)),
                }
            }
            CheckDef::Consented { unless } => Check::Consented {
                unless: unless.as_ref().map(|p| self.pattern(p)),
            },
            CheckDef::Justified { by } => Check::Justified {
                by: self.pattern(by),
            },
        }
    }

    /// A graded rule's further window: it must reach past the rule's own window, and a late
    /// answer must be less grave than a missing one.
    fn late(
        &mut self,
        def: &super::def::LateDef,
        turns: Option<u32>,
        seconds: Option<u32>,
        severity: Severity,
    ) -> Late {
        let late = Late {
            turns: def.turns,
            seconds: def.seconds,
            severity: def.severity.into(),
        };
        let shorter = |own: Option<u32>, further: Option<u32>| match (own, further) {
            (Some(a), Some(b)) => b <= a,
            (None, Some(_)) => true,
            _ => false,
        };
        if (late.turns.is_none() && late.seconds.is_none())
            || shorter(turns, late.turns)
            || shorter(seconds, late.seconds)
        {
            self.diags.push(
                Diagnostic::error(
                    self.path,
                    self.pos,
                    "a rule's `late` window must reach past its own window",
                )
                .with_hint("e.g. `turns: Some(2), late: Some((turns: Some(4), severity: Major))`: on time within 2 turns, late up to 4"),
            );
        }
        if late.severity >= severity {
            self.diags.push(
                Diagnostic::error(
                    self.path,
                    self.pos,
                    "a late answer must be less grave than a missing one",
                )
                .with_hint("give `late` a severity below the rule's own"),
            );
        }
        late
    }

    fn pattern(&mut self, def: &PatternDef) -> Pattern {
        let mut p = Pattern::default();
        self.fill(def, &mut p);
        cues(def, &mut p.cues);
        p
    }

    fn fill(&mut self, def: &PatternDef, p: &mut Pattern) {
        let protocol = self.protocol;
        match def {
            PatternDef::Act(id) => match protocol.acts.get(id) {
                Some(a) => p.acts.insert(usize::from(a)),
                None => self.unknown(id, "act", protocol.acts.ids()),
            },
            PatternDef::Event(id) => match protocol.events.get(id) {
                Some(e) => p.events.insert(usize::from(e)),
                None => self.unknown(id, "event", protocol.events.ids()),
            },
            PatternDef::Dispatch(id) => match protocol.resolve_services(id) {
                Some(services) => services
                    .into_iter()
                    .for_each(|s| p.services.insert(usize::from(s))),
                None => {
                    let known: Vec<&str> = protocol
                        .services
                        .ids()
                        .chain(protocol.groups.ids())
                        .collect();
                    self.unknown(id, "service", known.into_iter())
                }
            },
            PatternDef::AnyDispatch => p.any_dispatch = true,
            PatternDef::ClosedDispatch => p.closed_dispatch = true,
            PatternDef::CallStart => p.call_start = true,
            PatternDef::HangUp => p.hang_up = true,
            PatternDef::Silence(s) => p.silence = Some(p.silence.map_or(*s, |o| o.min(*s))),
            PatternDef::Any(ps) => ps.iter().for_each(|d| self.fill(d, p)),
        }
    }

    fn unknown<'k>(&mut self, id: &str, kind: &str, known: impl Iterator<Item = &'k str> + Clone) {
        let pos = self.at(id);
        self.diags.push(
            Diagnostic::error(self.path, pos, format!("unknown {kind} \"{id}\" in a rule"))
                .with_hint(unknown_hint(id, kind, known)),
        );
    }
}

/// The pattern's cues, by id, with `Any` flattened.
fn cues(def: &PatternDef, out: &mut Vec<Cue>) {
    let cue = match def {
        PatternDef::Act(a) => Cue::Act(a.clone()),
        PatternDef::Event(e) => Cue::Event(e.clone()),
        PatternDef::Dispatch(s) => Cue::Dispatch(s.clone()),
        PatternDef::AnyDispatch => Cue::AnyDispatch,
        PatternDef::ClosedDispatch => Cue::ClosedDispatch,
        PatternDef::CallStart => Cue::CallStart,
        PatternDef::HangUp => Cue::HangUp,
        PatternDef::Silence(s) => Cue::Silence(*s),
        PatternDef::Any(ps) => return ps.iter().for_each(|d| cues(d, out)),
    };
    if !out.contains(&cue) {
        out.push(cue);
    }
}

/// A rule over an arc of calls, compiled: it names the carried variables it reads, which an
/// arc resolves (see [`crate::arc::score`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArcRule {
    /// Its id.
    pub id: String,
    /// How grave breaking it is.
    pub severity: Severity,
    /// What it checks.
    pub check: super::def::ArcCheckDef,
    /// The Fluent message naming it: `arc-rule-ID`.
    pub message: String,
    /// The Fluent message saying why it matters: `arc-rule-ID--explain`.
    pub explain: String,
}

impl ArcRule {
    /// The variables the rule reads, in order of first mention.
    pub fn variables(&self) -> Vec<&str> {
        use super::def::ArcCheckDef;
        let mut out = Vec::new();
        match &self.check {
            ArcCheckDef::AtEnd(c) | ArcCheckDef::Always(c) => cond_variables(c, &mut out),
            ArcCheckDef::Fell(v) | ArcCheckDef::Grew(v) => out.push(v.as_str()),
        }
        out
    }
}

/// The variables a condition compares, appended to `out` once each.
pub fn cond_variables<'a>(c: &'a crate::scenario::def::Cond, out: &mut Vec<&'a str>) {
    use crate::scenario::def::Cond;
    match c {
        Cond::Eq(v, _)
        | Cond::Ne(v, _)
        | Cond::Lt(v, _)
        | Cond::Le(v, _)
        | Cond::Gt(v, _)
        | Cond::Ge(v, _) => {
            if !out.contains(&v.as_str()) {
                out.push(v);
            }
        }
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| cond_variables(c, out)),
        Cond::Not(c) => cond_variables(c, out),
        Cond::Visited(_) | Cond::Raised(_) | Cond::Dispatched(_) => {}
    }
}

/// The first part of a condition that is not a comparison of variables (what happened inside
/// one call means nothing across an arc), if any.
pub fn non_comparison(c: &crate::scenario::def::Cond) -> Option<&'static str> {
    use crate::scenario::def::Cond;
    match c {
        Cond::Visited(_) => Some("Visited"),
        Cond::Raised(_) => Some("Raised"),
        Cond::Dispatched(_) => Some("Dispatched"),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().find_map(non_comparison),
        Cond::Not(c) => non_comparison(c),
        _ => None,
    }
}

/// Compiles the arc rules of a protocol.
pub fn compile_arc_rules(
    defs: &[super::def::ArcRuleDef],
    file: &RonFile,
    diags: &mut Diagnostics,
) -> Vec<ArcRule> {
    use super::def::ArcCheckDef;
    let path = file.path.as_path();
    let mut out: Vec<ArcRule> = Vec::new();
    for (n, r) in defs.iter().enumerate() {
        let pos = file
            .map
            .nth_keyed(&["arc_rules"], "id", n)
            .map_or(Pos::START, |l| l.pos);
        if !is_kebab_case(&r.id) {
            diags.push(kebab_error(path, pos, "arc rule", &r.id));
        }
        if out.iter().any(|o| o.id == r.id) {
            diags.push(
                Diagnostic::error(path, pos, format!("duplicate arc rule \"{}\"", r.id))
                    .with_hint("each arc rule must have its own id; remove or rename this one"),
            );
            continue;
        }
        if let ArcCheckDef::AtEnd(c) | ArcCheckDef::Always(c) = &r.check
            && let Some(what) = non_comparison(c)
        {
            diags.push(
                Diagnostic::error(
                    path,
                    pos,
                    format!("arc rule \"{}\" uses `{what}`, which has no meaning across calls", r.id),
                )
                .with_hint("an arc rule compares carried variables only: Eq, Ne, Lt, Le, Gt, Ge, with All, Any, Not"),
            );
            continue;
        }
        out.push(ArcRule {
            id: r.id.clone(),
            severity: r.severity.into(),
            check: r.check.clone(),
            message: crate::msg::arc_rule(&r.id),
            explain: crate::msg::arc_rule_explain(&r.id),
        });
    }
    out
}
