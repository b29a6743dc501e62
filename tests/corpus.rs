//! Accuracy on the shared corpora, as `../shared/eval/score.py` measures it.
//! These tests run only where `../shared` is present (it is in CI); they
//! assert the figures the README reports, so a change that loses accuracy
//! fails here.

use std::path::{Path, PathBuf};
use std::process::Command;

use whosaid::config::Config;
use whosaid::source::Source;

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("WHOSAID_SHARED").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if dir.join("eval/score.py").exists() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is not here", dir.display());
        None
    }
}

/// Runs whosaid over `gold/text` and score.py over the result.
fn score(gold: &Path, extra: &[&str]) -> serde_json::Value {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(gold.join("text")).expect("corpus text folder").map(|e| e.expect("entry").path()).collect();
    texts.sort();
    let config = Config::default();
    let checked: Vec<_> = texts
        .iter()
        .map(|p| {
            let source = Source::read(p, p.display().to_string()).expect("corpus file reads");
            whosaid::check_source(source, &config)
        })
        .collect();
    let report = serde_json::to_string(&whosaid::report::json::report(&checked)).expect("serialises");
    let out = std::env::temp_dir().join(format!("whosaid-score-{}-{}.json", std::process::id(), gold.file_name().unwrap().to_string_lossy()));
    std::fs::write(&out, report).expect("temp file");
    let shared = shared().expect("checked by caller");
    let result = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .args(["--gold", &gold.display().to_string(), "--pred", &out.display().to_string(), "--json"])
        .args(extra)
        .output()
        .expect("python3 runs score.py");
    let _ = std::fs::remove_file(&out);
    assert!(result.status.success(), "score.py failed: {}", String::from_utf8_lossy(&result.stderr));
    serde_json::from_slice(&result.stdout).expect("score.py prints JSON")
}

fn f(v: &serde_json::Value, key: &str, field: &str) -> f64 {
    v[key][field].as_f64().unwrap_or_else(|| panic!("{key}.{field} in {v}"))
}

#[test]
fn the_seed_article_is_attributed_perfectly() {
    let Some(shared) = shared() else { return };
    let v = score(&shared.join("corpora/seed"), &[]);
    assert_eq!(f(&v, "quote_attribution", "f1"), 1.0, "{v:#}");
    assert_eq!(f(&v, "quote_extraction", "f1"), 1.0, "{v:#}");
}

#[test]
fn the_seed_article_has_no_unattributed_quote_and_ignores_page_furniture() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("corpora/seed/text");
    for entry in std::fs::read_dir(dir).expect("seed text") {
        let path = entry.expect("entry").path();
        let source = Source::read(&path, path.display().to_string()).expect("reads");
        let checked = whosaid::check_source(source, &Config::default());
        assert!(checked.diagnostics.iter().all(|d| d.rule != "unattributed-quote"), "{:?}", checked.diagnostics);
        let text = &checked.source.text;
        for clause in &checked.parsed.clauses {
            let line = &text[..clause.cue.start].rsplit('\n').next().unwrap_or("");
            assert!(!line.starts_with("Also Read"), "a clause in page furniture: {line}");
        }
    }
}

/// The dev split of PolNeAR: the figures the README reports, as floors.
#[test]
fn polnear_dev_figures_hold() {
    let Some(shared) = shared() else { return };
    let v = score(&shared.join("corpora/polnear/dev"), &[]);
    eprintln!("{v:#}");
    assert!(f(&v, "quote_extraction", "f1") >= 0.942, "{v:#}");
    assert!(f(&v, "quote_attribution", "f1") >= 0.896, "{v:#}");
    assert!(f(&v, "cue_detection", "f1") >= 0.777, "{v:#}");
    assert!(f(&v, "attribution_with_source", "f1") >= 0.751, "{v:#}");
    assert!(v["non_speech_quotes_given_a_speaker"].as_u64().expect("a count") <= 15, "{v:#}");
}

/// Confidence means something: the confident answers on dev are right
/// about nine times in ten, and there are many of them.
#[test]
fn polnear_dev_confident_answers_hold() {
    let Some(shared) = shared() else { return };
    let v = score(&shared.join("corpora/polnear/dev"), &["--min-confidence", "0.9"]);
    assert!(f(&v, "quote_attribution", "precision") >= 0.90, "{v:#}");
    assert!(f(&v, "quote_attribution", "recall") >= 0.80, "{v:#}");
}
