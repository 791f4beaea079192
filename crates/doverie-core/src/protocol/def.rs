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
    /// The caller events scenarios raise; an event may give or refuse consent for services.
    pub events: Vec<EventDef>,
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
    /// How long the call's parts take in simulated time, so that scripted calls, golden calls
    /// and transcripts carry realistic timings and `seconds:` windows mean something in every
    /// mode. Without it (protocols before 2.0), only silences take time.
    #[serde(default)]
    pub pace: Option<PaceDef>,
    /// Rules over an arc of calls from the same caller (`scenarios/arcs/NAME.ron`): over the
    /// variables the arc carries from call to call, at its end and along its way.
    #[serde(default)]
    pub arc_rules: Vec<ArcRuleDef>,
}

/// A rule over an arc of calls (its Fluent messages are `arc-rule-ID` and
/// `arc-rule-ID--explain`). It applies to an arc that carries every variable it reads, once the
/// arc's last call is played, and is kept or broken once per arc.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "ArcRule")]
pub struct ArcRuleDef {
    /// The rule's id.
    pub id: String,
    /// How grave breaking it is: it caps the arc's level as a call rule caps a call's.
    pub severity: SeverityDef,
    /// What it checks.
    pub check: ArcCheckDef,
}

/// What an arc rule checks, over the carried variables (comparisons only: `Eq`, `Ne`, `Lt`,
/// `Le`, `Gt`, `Ge`, with `All`, `Any`, `Not`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum ArcCheckDef {
    /// The condition holds on the values the arc ends with.
    AtEnd(crate::scenario::def::Cond),
    /// The condition holds all along the arc: at every call's start and after every change.
    Always(crate::scenario::def::Cond),
    /// The variable is lower at the arc's end than at its start.
    Fell(String),
    /// The variable is higher at the arc's end than at its start.
    Grew(String),
}

/// Simulated seconds of a call's parts. Live calls add the silences they measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Pace")]
pub struct PaceDef {
    /// Seconds a counsellor's answer (or dispatch) takes to say.
    pub answer: u32,
    /// Seconds a caller's line takes to say.
    pub line: u32,
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
    /// Never `pattern`; optionally only between `after` and `until`, and not once `unless` has
    /// happened.
    Never {
        /// What must not happen.
        pattern: PatternDef,
        /// Only after this has happened.
        #[serde(default)]
        after: Option<PatternDef>,
        /// Only until this happens.
        #[serde(default)]
        until: Option<PatternDef>,
        /// Once this has happened the rule no longer applies.
        #[serde(default)]
        unless: Option<PatternDef>,
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
        /// Graded timing: `expect` after the window but within this further one is a deviation
        /// of its own, lesser severity; never at all is the rule's severity.
        #[serde(default)]
        late: Option<LateDef>,
        /// `expect` done before the trigger, at any earlier moment of the call, keeps the rule
        /// for that trigger (asking about suicide before the cue is not a miss).
        #[serde(default)]
        early: bool,
        /// Once this has happened the rule no longer applies (an open window is dropped).
        #[serde(default)]
        unless: Option<PatternDef>,
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
        /// Once this has happened the rule no longer applies.
        #[serde(default)]
        unless: Option<PatternDef>,
    },
    /// Each dispatch of a service comes after the caller's consent for that service (given
    /// for it or for a group it is in, and not refused since), unless `unless` has happened:
    /// a dispatch justified that way is judged by a `Justified` rule instead.
    Consented {
        /// What justifies a dispatch without consent (danger now, an attempt in progress...).
        #[serde(default)]
        unless: Option<PatternDef>,
    },
    /// Each dispatch without the caller's consent for that service that `by` justifies is
    /// credited as good practice (acting to save a life); an unjustified one is a `Consented`
    /// rule's deviation, not this rule's.
    Justified {
        /// What justifies it.
        by: PatternDef,
    },
}

/// The further window of a graded `Within` rule, and the severity of an answer that comes in it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Late")]
pub struct LateDef {
    /// Up to this many counsellor turns after the trigger.
    #[serde(default)]
    pub turns: Option<u32>,
    /// Up to this many seconds after the trigger.
    #[serde(default)]
    pub seconds: Option<u32>,
    /// How grave a late answer is (less than the rule's own severity, which a missing one has).
    pub severity: SeverityDef,
}

/// A caller event; it may give or refuse consent for services.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Event")]
pub struct EventDef {
    /// The event's id.
    pub id: String,
    /// Fluent message id; defaults to `event-ID`.
    #[serde(default)]
    pub message: Option<String>,
    /// The caller gives (or refuses) consent for these services or groups when they raise it.
    #[serde(default)]
    pub consent: Option<ConsentDef>,
}

/// What a caller event says about consent. Consent is for something: agreeing to phone one's
/// mother is not agreeing to an ambulance.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum ConsentDef {
    /// Consent given for these services or groups.
    Given(Vec<String>),
    /// Consent refused (or withdrawn) for these services or groups.
    Refused(Vec<String>),
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
    /// The counsellor calls a service that does not answer at this hour.
    ClosedDispatch,
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
