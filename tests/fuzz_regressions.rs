//! Inputs the fuzzer (`fuzz/`, target `pipeline`) found crashing, kept
//! as regression tests: each goes through the real binary, must not
//! panic, and every span of its JSON report must be whole characters
//! with the right line and column.

mod common;

use common::{check_json, check_spans, Scratch};

fn survives(name: &str, bytes: &[u8]) {
    let dir = Scratch::new(name);
    let path = dir.file("input.txt", bytes);
    let (code, files, stderr) = check_json(&[&path]);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
    let text = std::str::from_utf8(bytes).expect("these inputs are UTF-8");
    check_spans(&files[0], text);
    // And the human report, which windows and underlines the same spans.
    let out = common::whosaid(&["check".as_ref(), "--color".as_ref(), "always".as_ref(), path.as_os_str()]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    // In process too: a plain `cargo test` (debug, overflow checks on)
    // then catches arithmetic that a release binary would wrap silently.
    let source = whosaid::source::Source::from_bytes("input.txt", bytes.to_vec()).expect("UTF-8");
    let _ = whosaid::check_source(source, &whosaid::config::Config::default());
}

/// A name whose last word ends in `@` (`ℝ@`): the misspelling's span was
/// counted back from the end of the name, so it split the `ℝ`.
#[test]
fn name_variant_span_of_a_trimmed_word() {
    survives("fuzz-variant-span", b"\x00\xe2\x80\x99,\xe2\x84\x9d@\xe2\x80\x9c\x0a\x0a\x22\xe2\x84\x9d@help\xe2\x80\x9c\x0a\x0ano\xe2\x80\x99,\xe2\x84\x9d@\xe2\x80\x9c\x0a\x0a\x22\xe2\x84\x9d@\xe2\x80\x9c\x0a\x0ane\x22(he said.");
}

/// `Officials Say:` then a paragraph of `}`: a reporting clause's content
/// was cut at a comma looked for before token 0 (`then_some(i - 1)` works
/// out `i - 1` even when the test before it failed). Overflowed only where
/// overflow is checked (debug builds, the fuzzer).
#[test]
fn clause_end_before_the_first_token() {
    survives("fuzz-clause-end", b"Port Deal\x00ficials Say:}}\x0a}}}}}}}}}}inneport day.\x0a\x0aA sour%eafail\x01\x00\x00med.\x0a");
}

/// Found by the linear-growth bench, not the fuzzer: a known organisation
/// opening a paragraph (its capital settled as no name), then a title word
/// read as a surname and a describing phrase (`NATO President On Ruiz:`).
/// The organisation's name was looked for from the first capital, which
/// lay past the name's end, and the span came out inverted.
#[test]
fn organisation_name_with_no_capital_before_its_end() {
    survives("bench-org-name", "A storm hit.\n\nNATO President On Ruiz: \u{201c}We Do Not Pay Pilots.\u{201d}\n".as_bytes());
}

/// A draft opening with `, saying`: the participle hangs from the comma,
/// and the clause that comma closes was read back from the token before
/// it, which does not exist. The release binary indexed past the tokens and
/// panicked, so nothing else in the run was checked either.
#[test]
fn participle_after_a_comma_that_opens_the_draft() {
    survives("fuzz-leading-comma", b", saying, \"We are here.\"\n");
}

/// An apostrophe before a letter whose lower case is shorter in bytes
/// (`Ω`, the ohm sign: three bytes; `ω`: two): the test for a dropped-letter
/// word (`’em`, `’til`) cut the text after the word at the lower-cased
/// word's length, inside the `Ω`.
#[test]
fn apostrophe_before_a_letter_whose_lower_case_is_shorter() {
    survives("fuzz-ohm-elision", b"@@\"'\xe2\x84\xa6?\"");
}

/// `@2g`: a name's last word beginning before `a` worked out a place in
/// the table of short last words that it has no place in
/// (`then_some(letter * …)` multiplies a wrapped-round letter even when
/// the test before it fails). Overflowed only where overflow is checked.
#[test]
fn last_word_before_a_in_the_short_table() {
    survives("fuzz-short-shape", b"@2g");
}
