//! The protocol file as a trainer writes it (`scenarios/protocols/NAME.ron`).
//!
//! A protocol declares the vocabulary scenarios may use (counselling acts, caller events,
//! services and their groups, call outcomes), each with the Fluent message that names it. The
//! scoring part of the file (categories, rules, compliance levels, certification) is read by the
//! scoring layer; the vocabulary is all the engine needs.

use serde::{Deserialize, Serialize};

/// A protocol file as written (`scenarios/protocols/NAME.ron`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Protocol")]
pub struct ProtocolDef {
    /// The protocol's id (kebab-case; scenarios name it).
    pub id: String,
    /// Scoring standards are versioned: every score names the version it was computed under.
    pub version: String,
    /// The counselling acts options are tagged with.
    pub acts: Vec<TermDef>,
    /// The caller events scenarios raise.
    pub events: Vec<TermDef>,
    /// The services a counsellor can dispatch, with their hours.
    pub services: Vec<ServiceDef>,
    /// Groups of services that rules and reactions can name at once.
    #[serde(default)]
    pub service_groups: Vec<GroupDef>,
    /// The outcomes endings report.
    pub outcomes: Vec<TermDef>,
    /// The topics scenarios may be tagged with (abuse, isolation, suicidal thoughts...). When
    /// the list is given, a scenario's topics must come from it.
    #[serde(default)]
    pub topics: Vec<TermDef>,
    /// Scoring categories with their weights.
    #[serde(default)]
    pub categories: Vec<CategoryDef>,
    /// The scoring rules, each a monitor over the call's events.
    #[serde(default)]
    pub rules: Vec<RuleDef>,
    /// Thresholds of the compliance levels.
    #[serde(default)]
    pub levels: LevelsDef,
    /// Thresholds for certifying a trainee over a set of calls.
    #[serde(default)]
    pub certification: CertificationDef,
}

/// A scoring category: its score is the share of its rules' opportunities handled well.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Category")]
pub struct CategoryDef {
    /// The category's id.
    pub id: String,
    /// Its weight in the weighted total.
    pub weight: u32,
}

/// How grave a deviation from a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum SeverityDef {
    /// A small lapse: caps the level at Compliant.
    Minor,
    /// Caps the level at Partial Compliance.
    Moderate,
    /// Caps the level at Low Compliance.
    Major,
    /// A grave failure: the call is Non-Compliant whatever its total.
    Critical,
}

/// A rule: what good practice is, as a check over the call's events.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Rule")]
pub struct RuleDef {
    /// The rule's id (its Fluent messages are `rule-ID`, `rule-ID--explain`, `rule-ID--better`).
    pub id: String,
    /// The category it scores in.
    pub category: String,
    /// How grave a deviation from it is.
    pub severity: SeverityDef,
    /// What it checks, in the rule language.
    pub check: CheckDef,
    /// Good practice worth naming in the debrief's "what went well" when kept.
    #[serde(default)]
    pub credit: bool,
}

/// The rule language. Each form counts opportunities (calls or moments where the rule applies)
/// and deviations (with the turn and the reason).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum CheckDef {
    /// Never `pattern`; optionally only between `after` and `until`.
    Never {
        /// What must not happen.
        pattern: PatternDef,
        /// Only after this has happened.
        #[serde(default)]
        after: Option<PatternDef>,
        /// Only until this happens.
        #[serde(default)]
        until: Option<PatternDef>,
    },
    /// After each `trigger`, `expect` within `turns` counsellor turns and/or `seconds`.
    Within {
        /// What opens the window.
        trigger: PatternDef,
        /// What must happen within it.
        expect: PatternDef,
        /// Within this many counsellor turns.
        #[serde(default)]
        turns: Option<u32>,
        /// Within this many seconds of the call's time.
        #[serde(default)]
        seconds: Option<u32>,
    },
    /// `pattern` only after `requires` has happened, unless `unless` has happened.
    Before {
        /// What may happen only after the requirement.
        pattern: PatternDef,
        /// What must have happened first.
        requires: PatternDef,
        /// When the requirement does not apply.
        #[serde(default)]
        unless: Option<PatternDef>,
    },
    /// `expect` before the call ends, in scenarios with `topic`, or once `after` has happened
    /// (with neither, in every call).
    Eventually {
        /// What must happen before the call ends.
        expect: PatternDef,
        /// Only in scenarios with this topic.
        #[serde(default)]
        topic: Option<String>,
        /// Only once this has happened.
        #[serde(default)]
        after: Option<PatternDef>,
    },
}

/// What a rule watches for.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum PatternDef {
    /// The counsellor's answer performs this act.
    Act(String),
    /// The caller raises this event.
    Event(String),
    /// The counsellor connects this service, or any service of this group.
    Dispatch(String),
    /// The counsellor connects any service.
    AnyDispatch,
    /// The call starts.
    CallStart,
    /// The counsellor hangs up.
    HangUp,
    /// The counsellor stays silent this many seconds or more and the caller reacts.
    Silence(u32),
    /// Any of these.
    Any(Vec<PatternDef>),
}

/// Minimum weighted totals (0-100) of the compliance levels. High Compliance needs no deviation
/// at all; a deviation caps the level by its severity whatever the number.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Levels")]
pub struct LevelsDef {
    /// The lowest total of a Compliant call.
    pub compliant: u32,
    /// The lowest total of a Partial Compliance call.
    pub partial: u32,
    /// The lowest total of a Low Compliance call.
    pub low: u32,
}

impl Default for LevelsDef {
    fn default() -> Self {
        LevelsDef {
            compliant: 90,
            partial: 80,
            low: 70,
        }
    }
}

/// Certification over a set of assessment calls by one trainee.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Certification")]
pub struct CertificationDef {
    /// At least this many calls.
    pub min_calls: u32,
    /// At most these percentages of calls at each level.
    pub max_partial_percent: u32,
    /// At most this share of the calls may be Low Compliance.
    pub max_low_percent: u32,
    /// At most this share of the calls may be Non-Compliant.
    pub max_non_compliant_percent: u32,
    /// Scenarios with one of these topics, or with one of these ids, are sentinels: any
    /// Critical deviation in one fails certification.
    #[serde(default)]
    pub sentinel_topics: Vec<String>,
    /// Scenarios that are sentinels whatever their topics.
    #[serde(default)]
    pub sentinel_scenarios: Vec<String>,
}

impl Default for CertificationDef {
    fn default() -> Self {
        CertificationDef {
            min_calls: 1,
            max_partial_percent: 10,
            max_low_percent: 10,
            max_non_compliant_percent: 7,
            sentinel_topics: Vec::new(),
            sentinel_scenarios: Vec::new(),
        }
    }
}

/// One word of the vocabulary: an id and the Fluent message that shows it to people.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Term")]
pub struct TermDef {
    /// The term's id.
    pub id: String,
    /// Fluent message id; defaults to `KIND-ID` (`act-reflect-feelings`, `event-risk-cue`...).
    #[serde(default)]
    pub message: Option<String>,
}

/// A service a counsellor can dispatch.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Service")]
pub struct ServiceDef {
    /// The service's id.
    pub id: String,
    /// Its Fluent message, if not `service-ID`.
    #[serde(default)]
    pub message: Option<String>,
    /// Opening hours in the caller's local time, `("09:00", "18:00")`; none means around the clock.
    #[serde(default)]
    pub hours: Option<(String, String)>,
}

/// A named set of services, so scenarios and rules can say "any emergency service".
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Group")]
pub struct GroupDef {
    /// The group's id.
    pub id: String,
    /// Its Fluent message, if not `group-ID`.
    #[serde(default)]
    pub message: Option<String>,
    /// The services in it.
    pub services: Vec<String>,
}
