//! Snapshot tests: every fixture in `tests/fixtures/` through the whole
//! pipeline, as the human report, the JSON report and the attribution
//! listing. Snapshots live in the top-level `snapshots/` folder; each is a
//! claim that the output is right, so read a changed one before accepting it.

use std::path::Path;

use whosaid::config::Config;
use whosaid::report::{human, json, listing};
use whosaid::source::Source;
use whosaid::{check_source, Checked};

fn fixture(name: &str) -> Checked {
    let path = Path::new("tests/fixtures").join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&path).expect("fixture is readable");
    check_source(Source::new(path.display().to_string(), text), &Config::default())
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

fn snapshot_all(name: &str) {
    let checked = fixture(name);
    settings().bind(|| {
        insta::assert_snapshot!(format!("{name}.human"), human::render(&checked, human::Style { color: false }));
        insta::assert_snapshot!(format!("{name}.listing"), listing::render(&checked));
        let report = serde_json::to_string_pretty(&json::report([&checked])).expect("serialises");
        insta::assert_snapshot!(format!("{name}.json"), report);
    });
}

#[test]
fn seed_constructions() {
    snapshot_all("seed_constructions");
}

#[test]
fn quote_styles() {
    snapshot_all("quote_styles");
}

#[test]
fn speakers() {
    snapshot_all("speakers");
}

#[test]
fn sourcing() {
    snapshot_all("sourcing");
}

#[test]
fn problems() {
    snapshot_all("problems");
}

#[test]
fn non_speech() {
    snapshot_all("non_speech");
}

#[test]
fn claims() {
    snapshot_all("claims");
}
