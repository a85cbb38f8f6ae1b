//! The `.html` reader on arbitrary bytes: never panics; every article it returns has a
//! non-empty title and id.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morgue::corpus::Format;

fuzz_target!(|data: &[u8]| {
    morgue_fuzz::check_reader(data, Format::Html, "html");
});
