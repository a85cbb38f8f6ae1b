//! `split_sentences` on arbitrary UTF-8: ranges in bounds, on char boundaries, ordered,
//! non-overlapping, non-empty and trimmed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sentences = morgue::segment::split_sentences(text);
    morgue_fuzz::check_sentences(text, &sentences, "sentence");
});
