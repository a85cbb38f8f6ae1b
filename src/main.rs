//! The `morgue` binary: everything lives in the library; see `morgue::cli`.

// mimalloc: indexing allocates many small short-lived strings and token vectors on two
// threads; at 1.1 GB it cut CPU by ~15% and peak RSS from ~900 to ~580 MiB against glibc's
// allocator (bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    morgue::cli::main()
}
