//! The `morgue` binary: everything lives in the library; see `morgue::cli`.

fn main() -> std::process::ExitCode {
    morgue::cli::main()
}
