//! The architecture's invariants, checked where Cargo alone cannot: the core's dependencies name
//! no front end, and its code reads no clock, no OS randomness and no environment, and writes
//! no file.

use std::path::{Path, PathBuf};

fn core() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_core_depends_on_no_front_end_database_or_device() {
    let manifest = std::fs::read_to_string(core().join("Cargo.toml")).unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    for banned in [
        "bevy",
        "cpal",
        "clap",
        "crossterm",
        "ratatui",
        "indicatif",
        "sqlx",
        "rusqlite",
        "axum",
        "tokio",
        "hound",
        "doverie-",
    ] {
        assert!(
            !deps.lines().any(|l| l.trim_start().starts_with(banned)),
            "doverie-core depends on {banned}"
        );
    }
}

#[test]
fn the_core_reads_no_clock_or_environment_and_writes_no_file() {
    let mut files = Vec::new();
    rust_files(&core().join("src"), &mut files);
    assert!(files.len() > 20, "found the core's sources");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in [
            "std::io::stdin",
            "SystemTime",
            "Instant::now",
            "thread_rng",
            "OsRng",
            "getrandom",
            "env::var",
            "current_exe",
            "fs::write",
            "File::create",
            "OpenOptions",
            "create_dir",
            "fs::rename",
            "fs::remove",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", f.display());
        }
    }
}
