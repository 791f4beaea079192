use clap::Parser;

fn main() -> std::process::ExitCode {
    doverie::cli::run(doverie::cli::Cli::parse())
}
