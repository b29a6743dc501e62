//! The whole pipeline on arbitrary bytes: `Source::from_bytes`, then
//! `check_source`, then every report renderer. Besides "no panic", it
//! checks that each span in the JSON report is on character boundaries
//! inside the text, that its `text` is that slice, and that its line and
//! column agree with its byte offset.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use whosaid::config::Config;
use whosaid::report;
use whosaid::source::Source;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = Source::from_bytes("fuzz.txt", data.to_vec()) else { return };
    let config = Config::default();
    let checked = whosaid::check_source(source, &config);
    let text = checked.source.text.as_str();

    let json = serde_json::to_value(report::json::report([&checked])).expect("the report serialises");
    walk(&json, text);
    for color in [false, true] {
        let _ = report::human::render(&checked, report::human::Style { color });
    }
    let _ = report::quotes::render(&checked);
    let _ = report::listing::render(&checked);
    let _ = report::debug::render(&checked);
});

/// Every object with `start` and `end` is a span of `text`.
fn walk(value: &Value, text: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) = (map.get("start").and_then(Value::as_u64), map.get("end").and_then(Value::as_u64)) {
                let (start, end) = (start as usize, end as usize);
                assert!(start <= end && end <= text.len(), "span {start}..{end} outside a text of {} bytes", text.len());
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} splits a character");
                if let Some(t) = map.get("text").and_then(Value::as_str) {
                    assert_eq!(t, &text[start..end], "span text");
                }
                if let (Some(line), Some(column)) = (map.get("line").and_then(Value::as_u64), map.get("column").and_then(Value::as_u64)) {
                    assert_eq!((line as usize, column as usize), position(text, start), "line and column of {start}");
                }
                if let (Some(line), Some(column)) = (map.get("end_line").and_then(Value::as_u64), map.get("end_column").and_then(Value::as_u64)) {
                    assert_eq!((line as usize, column as usize), position(text, end), "end line and column of {end}");
                }
            }
            map.values().for_each(|v| walk(v, text));
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, text)),
        _ => {}
    }
}

/// 1-based line and column (in characters, a BOM not counted) of a byte
/// offset; lines end at `\n`, `\r\n` or a lone `\r`. Written here from the
/// JSON contract, independently of `LineIndex`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    let mut chars = text[..offset].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                line += 1;
                column = 1;
            }
            '\u{feff}' => {}
            _ => column += 1,
        }
    }
    (line, column)
}
