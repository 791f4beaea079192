//! doverie's trainer tools, over the core: `check` across a content folder, the explorer (every
//! state of a call), playtests kept beside each scenario, graphs of a scenario, and the
//! explorer's report.
//!
//! Architecture invariant: authoring never decides what a caller says or what scores; it drives
//! the core's engine and monitors, and every script it reports replays through them.

#![warn(missing_docs)]

pub mod arc;
pub mod check;
pub mod diagnostics;
pub mod diagram;
pub mod explore;
pub mod playtest;
pub mod report;
pub mod sample;
