//! One Markdown fixture through every output format, as snapshots in the
//! top-level `snapshots/` folder (see `tests/fixtures.rs`). The fixture has
//! quotes in front matter, a code block and inline code that must not be
//! reported, a block quote that must, and suppression comments, one used
//! and one not.

use std::path::Path;
use std::process::Command;

const FIXTURE: &str = "tests/fixtures/newsroom.md";

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

/// `whosaid check --format FORMAT` on the fixture, from the crate's folder.
fn check(format: &str) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--isolated", "--color", "never", "--format", format, FIXTURE])
        .output()
        .expect("whosaid runs");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).expect("UTF-8 output"), out.status.code().expect("exit code"))
}

#[test]
fn every_format_of_one_fixture() {
    let mut outputs = Vec::new();
    for format in ["human", "json", "jsonl", "sarif", "github"] {
        let (out, code) = check(format);
        assert_eq!(code, 1, "the fixture has an error, so every format exits 1");
        outputs.push((format, out));
    }
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).expect("fixture reads");
    let checked = whosaid::check_source(whosaid::source::Source::new(FIXTURE, text), &whosaid::config::Config::default());
    settings().bind(|| {
        for (format, out) in &outputs {
            let out = match *format {
                "sarif" => sarif_results_only(out),
                // One line in the output; pretty here so a change reads as a small diff.
                // `the_cli_json_is_the_library_report` ties the two together.
                "json" => serde_json::to_string_pretty(&whosaid::report::json::report([&checked])).expect("serialises"),
                _ => out.clone(),
            };
            insta::assert_snapshot!(format!("newsroom.{format}"), out);
        }
        insta::assert_snapshot!("newsroom.listing", whosaid::report::listing::render(&checked));
    });
}

/// The SARIF log with its rule list and rule indexes left out: they change
/// whenever a rule is added, and `sarif_carries_every_field_code_scanning_needs`
/// checks them against the rules themselves.
fn sarif_results_only(sarif: &str) -> String {
    let mut log: serde_json::Value = serde_json::from_str(sarif).expect("SARIF is JSON");
    let driver = &mut log["runs"][0]["tool"]["driver"];
    driver["rules"] = serde_json::json!("[every rule]");
    driver["version"] = serde_json::json!("[version]");
    driver["semanticVersion"] = serde_json::json!("[version]");
    for result in log["runs"][0]["results"].as_array_mut().expect("results") {
        result["ruleIndex"] = serde_json::json!("[index]");
    }
    serde_json::to_string_pretty(&log).expect("serialises")
}

#[test]
fn code_front_matter_and_inline_code_are_not_prose() {
    let (json, _) = check("json");
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let quotes: Vec<&str> = report["files"][0]["quotes"].as_array().unwrap().iter().map(|q| q["text"].as_str().unwrap()).collect();
    for not_prose in ["Tidal barrier stays shut", "Moorings below", "barrier closed", "whosaid-disable"] {
        assert!(!json.contains(not_prose), "{not_prose} was read as prose");
    }
    assert!(quotes.iter().any(|q| q.contains("Nobody told us")), "the block quote is prose: {quotes:?}");
    let attributed = &report["files"][0]["quotes"][2];
    assert_eq!(attributed["speaker"]["name"], "Piet Lau");
    assert_eq!((attributed["line"].as_u64(), attributed["column"].as_u64()), (Some(15), Some(3)), "offsets point into the original file");
}

#[test]
fn sarif_carries_every_field_code_scanning_needs() {
    let (sarif, _) = check("sarif");
    let log: serde_json::Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "whosaid");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), whosaid::check::rules::ALL.len());
    for (rule, known) in rules.iter().zip(whosaid::check::rules::ALL) {
        assert_eq!(rule["id"], known.name);
        for field in ["shortDescription", "fullDescription", "help"] {
            assert!(!rule[field]["text"].as_str().unwrap_or("").is_empty(), "{} lacks {field}", known.name);
        }
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
        assert!(["error", "warning", "note"].contains(&level));
    }
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let id = r["ruleId"].as_str().unwrap();
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], id);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
        assert!(!r["message"]["text"].as_str().unwrap().is_empty());
        let location = &r["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert_eq!(uri, FIXTURE, "the URI is relative to the repository root");
        let region = &location["region"];
        for field in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[field].as_u64().unwrap() >= 1, "{field}");
        }
        let fingerprints = r["partialFingerprints"].as_object().unwrap();
        assert!(!fingerprints.is_empty() && fingerprints.values().all(|v| v.as_str().is_some_and(|s| s.len() == 16)));
    }
    let prints: std::collections::HashSet<&str> = results.iter().map(|r| r["partialFingerprints"]["whosaid/v1"].as_str().unwrap()).collect();
    assert_eq!(prints.len(), results.len(), "fingerprints are distinct");
}

#[test]
fn the_cli_json_is_the_library_report() {
    let (json, _) = check("json");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).expect("fixture reads");
    let checked = whosaid::check_source(whosaid::source::Source::new(FIXTURE, text), &whosaid::config::Config::default());
    let library = serde_json::to_string(&whosaid::report::json::report([&checked])).expect("serialises");
    assert_eq!(json, library + "\n");
}
