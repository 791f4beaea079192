//! doverie: a training and call-simulation engine for children's-helpline counsellors.
//!
//! See the README's architecture section for the map of modules. In short: `scenario`,
//! `protocol`, `engine`, `transcript` and `locale` are the core and know nothing of terminals,
//! windows or sound; `check` validates a trainer's files; `term` and `cli` are front ends.

pub mod assess;
pub mod audio;
pub mod authoring;
pub mod check;
pub mod cli;
pub mod diag;
pub mod diagram;
pub mod engine;
pub mod explore;
pub mod gui;
pub mod library;
pub mod live;
pub mod locale;
pub mod playtest;
pub mod protocol;
pub mod ron_file;
pub mod scenario;
pub mod score;
pub mod session;
pub mod source;
pub mod term;
pub mod transcript;
pub mod view;
