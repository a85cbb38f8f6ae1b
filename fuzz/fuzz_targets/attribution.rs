//! `Attributor::analyze` on arbitrary UTF-8: one per-sentence entry per sentence, every
//! quote/cue/source range in bounds and on char boundaries, per-sentence quotes inside
//! their sentence, sentences as `split_sentences` promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morgue::attribution::Attributor;

thread_local! {
    // Built once: an attributor may hold lexicons.
    static ATTRIBUTOR: Attributor = Attributor::default();
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let analysis = ATTRIBUTOR.with(|a| a.analyze(text));
    morgue_fuzz::check_analysis(text, &analysis);
});
