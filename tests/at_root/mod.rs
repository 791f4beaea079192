//! The tests of crates under `crates/` read fixtures by paths relative to the repository (as
//! their diagnostics print them), while cargo runs each crate's tests in that crate's folder.

use std::sync::Once;

/// Makes the repository the current folder, once per test binary, before any test reads a file.
pub fn repo_root() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        std::env::set_current_dir(root).expect("the repository folder");
    });
}
