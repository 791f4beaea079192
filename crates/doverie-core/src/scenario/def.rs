//! The scenario file as a trainer writes it (`scenarios/NAME.ron`), deserialised as is.
//!
//! These types mirror the RON text one to one and hold names, not indices. `check` validates them
//! and [`crate::scenario::compile`] turns them into the indexed [`crate::scenario::Scenario`] the
//! engine runs on. Unknown fields are refused so that a typo in a field name is reported with its
//! position instead of being silently ignored.

use serde::{Deserialize, Serialize};

/// A whole scenario file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct ScenarioDef {
    /// Stable kebab-case id; also the name of its Fluent file `locales/LANG/scenarios/ID.ftl`.
    pub id: String,
    /// The protocol the call is scored under: `scenarios/protocols/ID.ron`.
    pub protocol: String,
    /// Who calls.
    pub caller: CallerDef,
    /// The caller's local time when the call starts, "HH:MM" (decides which services are open).
    #[serde(default)]
    pub clock: Option<String>,
    /// The region the caller is in (`scenarios/services/REGION.ron`): its services and their
    /// hours, and the federal lines, answer the call. Without it, the protocol's hours apply.
    #[serde(default)]
    pub region: Option<String>,
    /// The weekday of the call (with a region: which hours apply).
    #[serde(default)]
    pub weekday: Option<crate::directory::Weekday>,
    /// The date of the call, "YYYY-MM-DD" (with a region: public holidays apply; gives the
    /// weekday).
    #[serde(default)]
    pub date: Option<String>,
    /// Caller variables (trust, distress, risk...), each with a range and an initial value.
    #[serde(default)]
    pub variables: Vec<VariableDef>,
    /// The node the call starts on.
    pub start: String,
    /// What the caller does when the counsellor says nothing, for nodes without their own plan.
    #[serde(default)]
    pub silence: Vec<ReactionDef>,
    /// How the caller reacts to a dispatch where the node has no matching reaction of its own.
    #[serde(default)]
    pub on_dispatch: Vec<DispatchDef>,
    /// The nodes of the call.
    pub nodes: Vec<NodeDef>,
    /// The call's own pace (a caller who speaks slowly, a counsellor's longer answers), in place
    /// of the protocol's; only with a protocol that has one.
    #[serde(default)]
    pub pace: Option<crate::protocol::def::PaceDef>,
}

/// Who calls a children's helpline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
pub enum CallerRole {
    /// A child or teenager (3 to 18).
    #[default]
    Child,
    /// A parent or carer, about their own child.
    Parent,
    /// Another adult who witnessed harm to a child (a neighbour, a teacher).
    Witness,
}

impl CallerRole {
    /// The id, as messages and files say it.
    pub fn as_str(self) -> &'static str {
        match self {
            CallerRole::Child => "child",
            CallerRole::Parent => "parent",
            CallerRole::Witness => "witness",
        }
    }
}

/// The caller's gender: Russian text agrees with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Gender {
    /// A girl.
    Female,
    /// A boy.
    Male,
}

impl Gender {
    /// The value passed to Fluent as `$gender`.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}

/// How hard the call is for a trainee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Difficulty {
    /// For a trainee's first calls.
    Introductory,
    /// For trainees who know the basics.
    Intermediate,
    /// For trainees near certification.
    Advanced,
}

impl Difficulty {
    /// The id, as messages (`ui-difficulty-ID`) and files say it.
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Introductory => "introductory",
            Difficulty::Intermediate => "intermediate",
            Difficulty::Advanced => "advanced",
        }
    }
}

/// Who is calling. The caller's name is text (`caller-name` in the scenario's Fluent file).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Caller")]
pub struct CallerDef {
    /// Who calls: the child themselves (the default), a parent, or another adult who witnessed
    /// harm to a child (the helpline's notice invites both).
    #[serde(default)]
    pub role: CallerRole,
    /// The caller's age in years.
    pub age: u8,
    /// The caller's gender.
    pub gender: Gender,
    /// A short kebab-case label for the persona, e.g. `isolated-attached`.
    pub persona: String,
    /// Topic tags, e.g. `isolation`, `physical-abuse`; protocol rules can depend on them.
    #[serde(default)]
    pub topics: Vec<String>,
    /// How hard the call is.
    pub difficulty: Difficulty,
}

/// A caller variable as written.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Variable")]
pub struct VariableDef {
    /// Its id.
    pub id: String,
    /// The lowest value.
    pub min: i32,
    /// The highest value.
    pub max: i32,
    /// The value when the call starts.
    pub initial: i32,
}

/// One step of the conversation: the caller speaks one of `lines`, raises `events`, and waits for
/// the counsellor.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Node")]
pub struct NodeDef {
    /// The node's id (kebab-case, stable).
    pub id: String,
    /// Variant ids of what the caller says here; one is picked by the call's seeded generator.
    /// The text is the Fluent message `NODE--LINE`.
    #[serde(default)]
    pub lines: Vec<String>,
    /// Caller events from the protocol's vocabulary raised when the node is entered.
    #[serde(default)]
    pub events: Vec<String>,
    /// Effects applied when the node is entered.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// What the counsellor can say here.
    #[serde(default)]
    pub options: Vec<OptionDef>,
    /// What happens when the counsellor says nothing. `None` uses the scenario's default plan;
    /// `Some([])` means the caller waits as long as it takes.
    #[serde(default)]
    pub silence: Option<Vec<ReactionDef>>,
    /// How the caller reacts to a dispatch on this node (first match wins, then the scenario's).
    #[serde(default)]
    pub dispatch: Vec<DispatchDef>,
    /// Makes this node an ending with the given outcome from the protocol's vocabulary.
    #[serde(default)]
    pub ending: Option<String>,
}

/// Something the counsellor can say.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Option")]
pub struct OptionDef {
    /// Unique within its node; the text is the Fluent message `NODE--OPTION`.
    pub id: String,
    /// Counselling acts from the protocol's vocabulary that this answer performs.
    #[serde(default)]
    pub acts: Vec<String>,
    /// The option is offered only while this holds.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Changes to the caller variables.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Where the call goes.
    #[serde(default)]
    pub next: Next,
}

/// The caller's reaction to silence: after `after` seconds without a word from the counsellor.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Silence")]
pub struct ReactionDef {
    /// Seconds of silence since the caller last spoke or was answered.
    pub after: u32,
    /// Variant ids of what the caller says (message `NODE--LINE`, or `default--LINE` for the
    /// scenario's default plan).
    #[serde(default)]
    pub lines: Vec<String>,
    /// Caller events raised.
    #[serde(default)]
    pub events: Vec<String>,
    /// Changes to the caller variables.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Where the call goes.
    #[serde(default)]
    pub next: Next,
}

/// The caller's reaction when the counsellor connects a service.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Dispatch")]
pub struct DispatchDef {
    /// Services or service groups this reaction applies to; empty means any service.
    #[serde(default)]
    pub services: Vec<String>,
    /// Applies only when this holds.
    #[serde(default)]
    pub when: Option<Cond>,
    /// Variant lines the caller says.
    #[serde(default)]
    pub lines: Vec<String>,
    /// Caller events raised.
    #[serde(default)]
    pub events: Vec<String>,
    /// Changes to the caller variables.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Where the call goes.
    #[serde(default)]
    pub next: Next,
}

/// Where the call goes after an option or a reaction.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub enum Next {
    /// Stay on the current node (the caller listens and waits).
    #[default]
    Stay,
    /// Go to a node.
    Go(String),
    /// Go to one of several nodes, with integer weights: the caller's reaction is uncertain.
    Random(Vec<(u32, String)>),
    /// Decide on the caller's state: `If(condition, then, else)`.
    If(Cond, Box<Next>, Box<Next>),
}

/// A condition over the caller's variables and what has happened so far in the call.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum Cond {
    /// The variable equals the number.
    Eq(String, i32),
    /// The variable differs from the number.
    Ne(String, i32),
    /// The variable is less than the number.
    Lt(String, i32),
    /// The variable is at most the number.
    Le(String, i32),
    /// The variable is greater than the number.
    Gt(String, i32),
    /// The variable is at least the number.
    Ge(String, i32),
    /// All of these hold.
    All(Vec<Cond>),
    /// Any of these holds.
    Any(Vec<Cond>),
    /// This does not hold.
    Not(Box<Cond>),
    /// The node has been entered at least once in this call.
    Visited(String),
    /// The caller event has been raised in this call.
    Raised(String),
    /// The service (or any service of the group) has been dispatched in this call.
    Dispatched(String),
}

/// A change to a caller variable. Results are always clamped to the variable's range.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Effect {
    /// Sets the variable.
    Set(String, i32),
    /// Adds to the variable (clamped to its range).
    Add(String, i32),
}
