//! Bad and pathological input, through the real binary. Each test makes
//! its inputs (nothing big is stored), checks them in one run beside a
//! good draft, and asserts the exit code, that nothing panicked, and that
//! the good draft was still checked. How long these take is measured by
//! `cargo bench --bench pathological`, never asserted here.

mod common;

use std::path::Path;

use common::{check_json, check_spans, file_named, Scratch};

/// Checks `bytes` as `name` beside a good draft; returns the exit code,
/// the report of the bad file (if it was checked) and stderr.
fn check_beside_good(test: &str, name: &str, bytes: &[u8]) -> (i32, Option<serde_json::Value>, String) {
    let dir = Scratch::new(test);
    let bad = dir.file(name, bytes);
    let good = dir.good();
    let (code, files, stderr) = check_json(&[&bad, &good]);
    let good_report = file_named(&files, &good).unwrap_or_else(|| panic!("the good draft was not checked; stderr: {stderr}"));
    assert_eq!(good_report["quotes"][0]["status"], "attributed", "the good draft's quote");
    check_spans(good_report, common::GOOD);
    (code, file_named(&files, &bad).cloned(), stderr)
}

#[test]
fn ten_megabytes_of_straight_quotes() {
    let (code, bad, _) = check_beside_good("straight", "quotes.txt", &common::straight_quotes());
    assert_eq!(code, 0);
    assert!(bad.is_some());
}

#[test]
fn five_megabytes_of_alternating_curly_quotes() {
    let (code, bad, stderr) = check_beside_good("curly", "curly.txt", &common::curly_alternating());
    assert_eq!(code, 1, "unbalanced quotation marks are errors");
    let bad = bad.expect("checked");
    assert_eq!(bad["diagnostics"].as_array().unwrap().len(), 1000, "findings are capped a file");
    assert!(stderr.contains("more findings not shown"), "{stderr}");
}

#[test]
fn a_hundred_thousand_nested_opening_quotes() {
    let (code, bad, _) = check_beside_good("nested", "nested.txt", &common::nested_openings());
    assert_eq!(code, 1);
    assert_eq!(bad.unwrap()["diagnostics"][0]["rule"], "unbalanced-quote");
}

#[test]
fn fifty_megabytes_on_one_line() {
    let bytes = common::one_long_line();
    let (code, bad, _) = check_beside_good("longline", "line.txt", &bytes);
    assert_eq!(code, 1, "the unclosed quote at the end");
    let bad = bad.unwrap();
    let d = bad["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "unbalanced-quote").expect("the unclosed quote is found");
    assert_eq!(d["line"], 1);
    let text = std::str::from_utf8(&bytes).unwrap();
    assert_eq!(d["column"].as_u64().unwrap() as usize, common::position(text, d["start"].as_u64().unwrap() as usize).1);

    // The human report shows a window of the line, not 50 MB of it.
    let dir = Scratch::new("longline-human");
    let path = dir.file("line.txt", &bytes);
    let out = common::whosaid(&["check".as_ref(), "--color".as_ref(), "never".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    assert!(out.stdout.len() < 10_000, "the human report is {} bytes", out.stdout.len());
}

#[test]
fn forty_thousand_unsaid_quotes_on_one_line() {
    let (code, bad, stderr) = check_beside_good("unsaid", "unsaid.txt", &common::unsaid_quotes_on_one_line());
    assert_eq!(code, 1, "quotes nobody said are errors");
    let bad = bad.expect("checked");
    assert_eq!(bad["quotes"].as_array().unwrap().len(), 40_000);
    assert!(bad["diagnostics"].as_array().unwrap().iter().all(|d| d["rule"] == "unattributed-quote"));
    assert!(stderr.contains("more findings not shown"), "{stderr}");
}

#[test]
fn a_million_apostrophes() {
    let (code, bad, _) = check_beside_good("apostrophes", "apostrophes.txt", &common::apostrophes());
    assert_eq!(code, 0);
    assert!(bad.is_some());
}

#[test]
fn a_quote_left_open_for_ten_thousand_paragraphs() {
    let (code, bad, _) = check_beside_good("open", "open.txt", &common::open_for_paragraphs());
    assert_eq!(code, 1);
    let bad = bad.unwrap();
    assert_eq!(bad["diagnostics"][0]["rule"], "unbalanced-quote");
    assert_eq!(bad["diagnostics"][0]["start"], 0);
}

#[test]
fn a_page_of_speech_with_no_full_stop() {
    // One endless sentence of quotes and clauses: each quote still finds
    // its speaker, which it may only look for near it.
    // The report of its 25,000 quotes is too big to read back here: exit
    // code 0 says no quote was left without a speaker.
    let (code, bad, _) = check_beside_good("speech", "speech.txt", &common::speech_with_no_full_stop());
    assert_eq!(code, 0, "an unattributed quote is an error");
    let diagnostics = bad.unwrap()["diagnostics"].as_array().unwrap().clone();
    assert!(diagnostics.iter().all(|d| d["rule"] == "ambiguous-speaker"), "{diagnostics:?}");
}

#[test]
fn invalid_utf8_names_the_file_and_the_first_bad_byte() {
    let (code, bad, stderr) = check_beside_good("utf8", "latin1.txt", b"\"Caf\xe9 owners are angry,\" she said.\n");
    assert_eq!(code, 2);
    assert!(bad.is_none(), "a file that is not UTF-8 is not checked");
    assert!(stderr.contains("latin1.txt") && stderr.contains("byte offset 4"), "{stderr}");
}

#[test]
fn a_byte_order_mark_is_not_a_column() {
    let text = "\u{feff}\u{201c}Yes,\u{201d} said Ana Lind.\r\n";
    let (code, bad, _) = check_beside_good("bom", "bom.txt", text.as_bytes());
    assert_eq!(code, 0);
    let bad = bad.unwrap();
    assert_eq!(bad["quotes"][0]["start"], 3);
    assert_eq!(bad["quotes"][0]["column"], 1);
    assert!(check_spans(&bad, text) > 0);
}

#[test]
fn crlf_and_lone_cr_line_endings_keep_lines_and_columns() {
    for (name, newline) in [("crlf.txt", "\r\n"), ("cr.txt", "\r")] {
        let text = ["Harbour talks resume", "", "\"We are close,\" Ana Lind said.", "", "Ben Ode said: \"Not yet.\"", "", "\"Open"].join(newline);
        let (code, bad, _) = check_beside_good("newlines", name, text.as_bytes());
        assert_eq!(code, 1, "{name}: the unclosed quote");
        let bad = bad.unwrap();
        let lines: Vec<u64> = bad["quotes"].as_array().unwrap().iter().map(|q| q["line"].as_u64().unwrap()).collect();
        assert_eq!(lines, [3, 5, 7], "{name}");
        assert_eq!(bad["quotes"][1]["column"], 15, "{name}");
        assert!(check_spans(&bad, &text) >= 6, "{name}");
    }
}

#[test]
fn nul_bytes_in_valid_utf8_are_text() {
    let text = "\"We will\0 wait,\" Ana Lind said.\0\n";
    let (code, bad, stderr) = check_beside_good("nul", "nul.txt", text.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let bad = bad.expect("checked as text");
    assert_eq!(bad["quotes"][0]["status"], "attributed");
    check_spans(&bad, text);
}

#[test]
fn an_empty_file() {
    let (code, bad, _) = check_beside_good("empty", "empty.txt", b"");
    assert_eq!(code, 0);
    let bad = bad.expect("checked");
    assert!(bad["quotes"].as_array().unwrap().is_empty());
    assert!(bad["diagnostics"].as_array().unwrap().is_empty());
}

#[test]
fn a_binary_file_is_skipped_with_a_note() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\xff\xfe";
    let (code, bad, stderr) = check_beside_good("binary", "image.txt", png);
    assert_eq!(code, 0, "a binary file is not an error");
    assert!(bad.is_none());
    assert!(stderr.contains("note:") && stderr.contains("image.txt") && stderr.contains("binary"), "{stderr}");
    assert!(!stderr.contains("error:"), "{stderr}");
}

#[test]
fn a_directory_link_that_loops() {
    let dir = Scratch::new("loop");
    std::fs::create_dir_all(dir.0.join("drafts/inner")).unwrap();
    let good = dir.0.join("drafts/good.txt");
    std::fs::write(&good, common::GOOD).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", dir.0.join("drafts/inner/back")).unwrap();
    let (code, files, stderr) = check_json(&[&dir.0.join("drafts")]);
    assert_eq!(code, 0, "a loop is skipped with a note: {stderr}");
    assert_eq!(files.len(), 1, "the draft is checked once");
    assert!(file_named(&files, &good).is_some());
    #[cfg(unix)]
    assert!(stderr.contains("note:") && stderr.contains("loops back"), "{stderr}");
}

#[test]
fn an_unreadable_file() {
    let dir = Scratch::new("unreadable");
    let locked = dir.file("locked.txt", common::GOOD.as_bytes());
    let good = dir.good();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let (code, files, stderr) = check_json(&[&locked, &good]);
    assert!(file_named(&files, &good).is_some(), "the rest is still checked");
    // As root (CI runs as root) mode 000 does not stop reading: then the
    // file is simply checked, and there is no error to assert.
    if std::fs::read(&locked).is_ok() {
        eprintln!("skipped the unreadable assertion: this user can read a mode-000 file (root)");
        assert_eq!(code, 0);
        return;
    }
    assert_eq!(code, 2);
    assert!(stderr.contains("locked.txt") && stderr.contains("permission denied"), "{stderr}");
}

#[test]
fn a_path_that_does_not_exist() {
    let dir = Scratch::new("missing");
    let good = dir.good();
    let missing = dir.0.join("no-such-draft.txt");
    let (code, files, stderr) = check_json(&[Path::new(&missing), &good]);
    assert_eq!(code, 2);
    assert!(file_named(&files, &good).is_some());
    assert!(stderr.contains("no-such-draft.txt") && stderr.contains("no such file"), "{stderr}");
}

#[test]
fn a_draft_of_four_gibibytes_or_more_is_refused_before_it_is_read() {
    let dir = Scratch::new("huge");
    let huge = dir.0.join("huge.txt");
    // A sparse file: its length is past the limit, but no disk is used and
    // nothing is read.
    std::fs::File::create(&huge).and_then(|f| f.set_len(u64::from(u32::MAX) + 1)).expect("sparse file");
    let good = dir.good();
    let (code, files, stderr) = check_json(&[Path::new(&huge), &good]);
    assert_eq!(code, 2);
    assert!(file_named(&files, &good).is_some(), "the rest is still checked");
    assert!(file_named(&files, &huge).is_none());
    assert!(stderr.contains("huge.txt") && stderr.contains("too large to check: 4294967296 bytes"), "{stderr}");
}
