use clap::Parser;

/// mimalloc: loading a large scenario allocates and frees many small strings, where glibc's
/// allocator spends a fifth of the time (measured: `cargo bench --bench doverie -- load`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    doverie::cli::run(doverie::cli::Cli::parse())
}
