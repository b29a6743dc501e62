//! The noise budget of the claim rules (`unsourced-statistic`,
//! `unattributed-allegation`, `vague-study`) on PolNeAR dev, as
//! `../shared/eval/score.py` counts it: fewer than one claim diagnostic in
//! ten inside gold attributed content (a claim that had a source), and at
//! most four per 1,000 words. Runs only where `../shared` is present.

use std::path::{Path, PathBuf};
use std::process::Command;

use whosaid::config::Config;
use whosaid::source::Source;

#[test]
fn claim_diagnostics_stay_within_the_noise_budget_on_polnear_dev() {
    let shared = std::env::var_os("WHOSAID_SHARED").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if !shared.join("eval/score.py").exists() {
        eprintln!("skipped: {} is not here", shared.display());
        return;
    }
    let gold = shared.join("corpora/polnear/dev");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(gold.join("text")).expect("corpus text folder").map(|e| e.expect("entry").path()).collect();
    texts.sort();
    let checked: Vec<_> =
        texts.iter().map(|p| whosaid::check_source(Source::read(p, p.display().to_string()).expect("corpus file reads"), &Config::default())).collect();
    let out = std::env::temp_dir().join(format!("whosaid-claims-{}.json", std::process::id()));
    std::fs::write(&out, serde_json::to_string(&whosaid::report::json::report(&checked)).expect("serialises")).expect("temp file");
    let result = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .args(["--gold", &gold.display().to_string(), "--pred", &out.display().to_string(), "--json"])
        .output()
        .expect("python3 runs score.py");
    let _ = std::fs::remove_file(&out);
    assert!(result.status.success(), "score.py failed: {}", String::from_utf8_lossy(&result.stderr));
    let v: serde_json::Value = serde_json::from_slice(&result.stdout).expect("score.py prints JSON");
    let claims = &v["claims"];
    eprintln!("{claims:#}");
    assert!(claims["count"].as_u64().unwrap() > 0, "no claim diagnostics at all: {claims:#}");
    assert!(claims["inside_gold_content"].as_f64().unwrap() < 0.10, "{claims:#}");
    assert!(claims["per_1000_words"].as_f64().unwrap() <= 4.0, "{claims:#}");
}
