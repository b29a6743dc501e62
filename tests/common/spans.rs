//! The oracle for report spans, shared by the tests and the fuzz target
//! (`fuzz/fuzz_targets/pipeline.rs` includes this file): every span of the
//! JSON report lies on character boundaries inside the text, and its line
//! and column agree with its byte offset.

use serde_json::Value;

/// Every object with `start` and `end` in `value` is a span of `text`: in
/// bounds, on character boundaries, its `text` the slice, and its line and
/// column (when given) those of its offsets. Returns how many spans it saw.
pub fn check_spans(value: &Value, text: &str) -> usize {
    let mut seen = 0;
    walk(value, text, &mut seen);
    seen
}

fn walk(value: &Value, text: &str, seen: &mut usize) {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) = (map.get("start").and_then(Value::as_u64), map.get("end").and_then(Value::as_u64)) {
                *seen += 1;
                let (start, end) = (start as usize, end as usize);
                assert!(start <= end && end <= text.len(), "span {start}..{end} outside a text of {} bytes", text.len());
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} splits a character in {text:?}");
                if let Some(t) = map.get("text").and_then(Value::as_str) {
                    assert_eq!(t, &text[start..end], "text of span {start}..{end}");
                }
                let pos = |l: &str, c: &str| Some((map.get(l)?.as_u64()? as usize, map.get(c)?.as_u64()? as usize));
                if let Some(at) = pos("line", "column") {
                    assert_eq!(at, position(text, start), "line and column of offset {start} in {text:?}");
                }
                if let Some(at) = pos("end_line", "end_column") {
                    assert_eq!(at, position(text, end), "end line and column of offset {end} in {text:?}");
                }
            }
            map.values().for_each(|v| walk(v, text, seen));
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, text, seen)),
        _ => {}
    }
}

/// 1-based line and column of a byte offset, from the JSON contract:
/// lines end at `\n`, `\r\n` or a lone `\r`; columns count characters, a
/// byte-order mark not counted. Written here independently of `LineIndex`.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
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
