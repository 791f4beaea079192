//! The fuzz targets' work, shared with the stable regression test of their findings
//! (`tests/hostile.rs`): see `tests/fuzzed/mod.rs`.

#[path = "../../../tests/fuzzed/mod.rs"]
pub mod fuzzed;
