//! Property test: random text made of quotation marks of every style,
//! apostrophes, letters, spaces, line breaks and multi-byte characters.
//! Through the real binary, every span of the JSON report (quotes,
//! speakers' mentions, cues, attributions' content, diagnostics) lies on
//! character boundaries inside the file, its line and column agree with
//! its offset, two runs give the same output, and nothing panics.

mod common;

use proptest::prelude::*;

use common::{check_spans, Scratch};

/// The pieces drafts are built from: every quotation-mark style, the
/// apostrophes, words that make reporting clauses, line endings, and
/// multi-byte letters and symbols.
const PIECES: &[&str] = &[
    "\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "'", "\u{ab}", "\u{bb}", "\u{201e}", "\u{2019}s", "'s", "n't", " ", " ", " ", "\n", "\n\n", "\r\n",
    "\r", ".", ",", ":", "\u{2014}", "said", "says", "told reporters", "according to", "he", "she", "they", "Ana", "Lind", "Mayor", "Ben Ode", "the ministry",
    "critics say", "reportedly", "a source", "claimed", "it", "was", "é", "Zoë", "\u{fc}ber", "\u{65e5}\u{672c}", "\u{1f600}", "\u{feff}", "\u{a0}", "\t", "x",
    "Okafor", "Okafur", "\u{300c}", "\u{300d}", "<b>", "https://e.org/a", "\0",
];

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64)
}

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

proptest! {
    // Each case runs the binary three times; keep the count modest for CI
    // (`PROPTEST_CASES=5000` for a longer hunt).
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_span_is_whole_characters_with_the_right_line_and_column(texts in prop::collection::vec(draft(), 1..4)) {
        let dir = Scratch::new("properties");
        let paths: Vec<_> = texts.iter().enumerate().map(|(i, t)| dir.file(&format!("d{i}.txt"), t.as_bytes())).collect();
        let path_refs: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
        let (code, files, stderr) = common::check_json(&path_refs);
        prop_assert!(code == 0 || code == 1, "exit {code}: {stderr}");
        prop_assert_eq!(files.len(), texts.len());
        for (file, text) in files.iter().zip(&texts) {
            check_spans(file, text);
        }
        // The same input, the same bytes out.
        let again = |_: ()| {
            let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref(), "--format".as_ref(), "json".as_ref()];
            args.extend(paths.iter().map(|p| p.as_os_str()));
            common::whosaid(&args).stdout
        };
        prop_assert_eq!(again(()), again(()));
    }
}
