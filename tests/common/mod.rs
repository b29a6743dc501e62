//! Helpers shared by the robustness tests, the property test and the
//! pathological-input bench: scratch folders, the real binary, and an
//! independent check of every span in a JSON report.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A folder under the system temp dir, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("whosaid-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch folder");
        Scratch(dir)
    }

    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("scratch file");
        path
    }

    /// A short clean draft, to show that the rest of a run is still checked.
    pub fn good(&self) -> PathBuf {
        self.file("good.txt", GOOD.as_bytes())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Unreadable files made by a test must be removable again.
            if let Ok(entries) = std::fs::read_dir(&self.0) {
                for e in entries.flatten() {
                    let _ = std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o644));
                }
            }
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub const GOOD: &str = "\"We will reopen the bridge on Monday,\" Mayor Ana Lind said.\n";

/// Runs the real binary.
pub fn whosaid(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).output().expect("the binary runs")
}

/// `whosaid check --format json PATHS…`: the exit code, the report's
/// files by path, and stderr. Asserts that nothing panicked.
pub fn check_json(paths: &[&Path]) -> (i32, Vec<Value>, String) {
    let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref(), "--format".as_ref(), "json".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    let out = whosaid(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "whosaid panicked: {}", &stderr[..stderr.len().min(2000)]);
    #[derive(serde::Deserialize)]
    struct Report<'a> {
        #[serde(borrow)]
        files: Vec<&'a serde_json::value::RawValue>,
    }
    let report: Report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}); stderr: {stderr}"));
    let files = report.files.iter().map(|raw| file_value(raw.get())).collect();
    (out.status.code().expect("exit code"), files, stderr)
}

/// A file of the report as a `Value`; for a huge one (a million quotes of
/// a pathological input) its path and diagnostics only, since a `Value` of
/// every quote would take gigabytes.
fn file_value(raw: &str) -> Value {
    if raw.len() < 20_000_000 {
        return serde_json::from_str(raw).expect("a file of the report");
    }
    #[derive(serde::Deserialize)]
    struct Big {
        path: String,
        diagnostics: Vec<Value>,
        quotes: serde::de::IgnoredAny,
    }
    let big: Big = serde_json::from_str(raw).expect("a file of the report");
    let _ = big.quotes;
    serde_json::json!({ "path": big.path, "diagnostics": big.diagnostics, "quotes_left_out": true })
}

/// The file of a report with this path.
pub fn file_named<'v>(files: &'v [Value], path: &Path) -> Option<&'v Value> {
    let shown = path.display().to_string();
    files.iter().find(|f| f["path"] == shown.as_str())
}

mod spans;
#[allow(unused_imports)] // the pathological bench shares this module without checking spans
pub use spans::check_spans;
#[allow(unused_imports)] // only some test crates ask for positions
pub use spans::position;

/// The pathological inputs, by name: each is made here, never stored.
pub fn pathological() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("straight-quotes-10mb", straight_quotes()),
        ("curly-alternating-5mb", curly_alternating()),
        ("nested-openings-100k", nested_openings()),
        ("one-line-50mb", one_long_line()),
        ("apostrophes-1m", apostrophes()),
        ("open-for-10k-paragraphs", open_for_paragraphs()),
        ("speech-with-no-full-stop", speech_with_no_full_stop()),
        ("unsaid-quotes-one-line", unsaid_quotes_on_one_line()),
    ]
}

pub fn straight_quotes() -> Vec<u8> {
    vec![b'"'; 10_000_000]
}

pub fn curly_alternating() -> Vec<u8> {
    "\u{201c}\u{2018}".repeat(5_000_000 / 6).into_bytes()
}

pub fn nested_openings() -> Vec<u8> {
    "\u{201c}".repeat(100_000).into_bytes()
}

/// 50 MB on one line with no full stop, ending in an unclosed quote so
/// the human report has a line to show.
pub fn one_long_line() -> Vec<u8> {
    let mut text = "the ferry council met again and ".repeat(50_000_000 / 32);
    text.push_str("critics say \"it will never sail");
    text.into_bytes()
}

pub fn apostrophes() -> Vec<u8> {
    vec![b'\''; 1_000_000]
}

pub fn open_for_paragraphs() -> Vec<u8> {
    let mut text = String::from("\"It began on the quay");
    for i in 0..10_000 {
        text.push_str(&format!("\n\nand went on for the {i}th time without a closing mark"));
    }
    text.into_bytes()
}

/// 2 MB of quotes, reporting clauses, names and pronouns with never a full
/// stop: a transcript pasted without punctuation is one endless sentence,
/// and each quote's search for its speaker must stay near it.
pub fn speech_with_no_full_stop() -> Vec<u8> {
    let names = ["Ana Ruiz", "Tom Bell", "Mr. Carl Holm", "Ms. Eva Lind"];
    let mut text = String::new();
    for i in 0..25_000 {
        let (a, b) = (names[i % 4], names[(i / 4 + 1) % 4]);
        text.push_str(&format!("{a} met {b} and he said \"we agreed\", she said, "));
    }
    text.into_bytes()
}

/// 1.3 MB: 40,000 quotes nobody said on one line. Each is asked whether it
/// is page furniture (a crosshead, a link's words, a digest headline), and
/// each must look only near itself, not back to the start of its line
/// (the twenty-fifth session's first such checks did: 8 s here).
pub fn unsaid_quotes_on_one_line() -> Vec<u8> {
    let mut text = String::from("Then ");
    text.push_str(&["\"we will all go home now,\""; 40_000].join(" "));
    text.push_str(" and then.\n");
    text.into_bytes()
}
