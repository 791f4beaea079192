//! The protocol file as a trainer writes it (`scenarios/protocols/NAME.ron`).
//!
//! A protocol declares the vocabulary scenarios may use (counselling acts, caller events,
//! services and their groups, call outcomes), each with the Fluent message that names it. The
//! scoring part of the file (categories, rules, compliance levels, certification) is read by the
//! scoring layer; the vocabulary is all the engine needs.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Protocol")]
pub struct ProtocolDef {
    pub id: String,
    /// Scoring standards are versioned: every score names the version it was computed under.
    pub version: String,
    pub acts: Vec<TermDef>,
    pub events: Vec<TermDef>,
    pub services: Vec<ServiceDef>,
    #[serde(default)]
    pub service_groups: Vec<GroupDef>,
    pub outcomes: Vec<TermDef>,
}

/// One word of the vocabulary: an id and the Fluent message that shows it to people.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Term")]
pub struct TermDef {
    pub id: String,
    /// Fluent message id; defaults to `KIND-ID` (`act-reflect-feelings`, `event-risk-cue`...).
    #[serde(default)]
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Service")]
pub struct ServiceDef {
    pub id: String,
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
    pub id: String,
    #[serde(default)]
    pub message: Option<String>,
    pub services: Vec<String>,
}
