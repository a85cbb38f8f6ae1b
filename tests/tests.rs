//! Integration tests: every test drives the real `morgue` binary on real files.

mod util;

mod bad_input;
mod bundled;
mod cli_errors;
mod explore;
mod faults;
mod indexing;
mod search;
