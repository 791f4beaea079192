//! doverie's core: the deterministic call engine and everything a call is made of.
//!
//! A call is a pure state machine: `(scenario, seed) --start--> Call`, then
//! `Call + Input --> events`. Every front end (the terminal, the desktop app, scripted bots, the
//! explorer, replay and the assessor's re-scoring) drives this same engine.
//!
//! - [`scenario`], [`protocol`]: the trainer's file formats and their compilation into indexed
//!   forms, with positioned diagnostics ([`diag`], [`source`], [`ron_file`]);
//! - [`content`]: loading a scenario, its protocol and their Fluent text for play, through the
//!   same checks as `doverie check`; [`library`]: the layout of a content folder;
//! - [`directory`]: the regional service directory (who answers, where and when);
//! - [`engine`]: the call itself; [`bits`]: shared leaf types;
//! - [`transcript`]: the record of a call and its verified replay; [`verify`]: re-scoring a
//!   transcript file;
//! - [`score`]: the protocol's rules as monitors, the scorecard and certification;
//! - [`session`]: a call and its transcript kept in step; [`live`]: a call in real time (pacing
//!   and the silence clock, with time given by the front end);
//! - [`locale`], [`view`]: every word a person reads, in their language; [`msg`]: the ids of
//!   its Fluent messages.
//!
//! Architecture invariants (Cargo enforces the first):
//! - the core links no bevy, cpal, clap, terminal, web or database crate;
//! - it reads no clock and no OS randomness, writes no file and has no global state: time and
//!   seeds are inputs, and it reads only the content files it is pointed at;
//! - the engine is `Send`, `Clone` and serialisable, and never panics on input.

#![warn(missing_docs)]

pub mod arc;
pub mod bits;
pub mod content;
pub mod diag;
pub mod directory;
pub mod engine;
pub mod journal;
pub mod library;
pub mod live;
pub mod locale;
pub mod msg;
pub mod protocol;
pub mod read;
pub mod ron_file;
pub mod scenario;
pub mod score;
pub mod session;
pub mod source;
pub mod transcript;
pub mod verify;
pub mod view;
