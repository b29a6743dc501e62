//! The whole pipeline on arbitrary bytes: `Source::from_bytes`, then
//! `check_source`, then every report renderer. Besides "no panic", it
//! checks that each span in the JSON report is on character boundaries
//! inside the text, that its `text` is that slice, that its line and
//! column agree with its byte offset, and that the hand-made JSON writer
//! gives serde's bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/spans.rs"]
mod spans;

use whosaid::config::Config;
use whosaid::report;
use whosaid::source::Source;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = Source::from_bytes("fuzz.txt", data.to_vec()) else { return };
    let config = Config::default();
    let checked = whosaid::check_source(source, &config);
    let text = checked.source.text.as_str();

    let json = serde_json::to_value(report::json::report([&checked])).expect("the report serialises");
    spans::check_spans(&json, text);
    // The writer the command line uses makes what serde makes.
    let written = report::json::render_checked(&checked);
    assert_eq!(written, serde_json::to_vec(&report::json::file(&checked)).expect("the report serialises"));
    for color in [false, true] {
        let _ = report::human::render(&checked, report::human::Style { color });
    }
    let _ = report::quotes::render(&checked);
    let _ = report::listing::render(&checked);
    let _ = report::debug::render(&checked);
});
