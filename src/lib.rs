//! The `doverie` program: the command line (one file per command under `cli/`) and terminal play
//! (`term`). It only translates between a person and the core's inputs and views; the work is in
//! the workspace's crates (`doverie-core`, `doverie-authoring`, `doverie-audio`, `doverie-app`,
//! `doverie-files`).

pub mod cli;
pub mod term;
