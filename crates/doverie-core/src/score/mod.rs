//! Scoring: a pure layer over a call's event stream.
//!
//! The protocol's rules are monitors ([`monitor`]) that count opportunities and deviations; the
//! [`card`] turns them into a scorecard with a compliance level; [`certify`] applies the
//! protocol's thresholds over a set of calls. Nothing here is read from a transcript: scores are
//! always recomputed from a verified replay.

pub mod card;
pub mod certify;
pub mod monitor;

pub use card::{Level, Reason, Scorecard, score};
pub use monitor::Monitors;
