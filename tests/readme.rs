//! The README's rule table is `whosaid rules --format markdown`, word for
//! word, and agrees with `whosaid rules` (names, severities, summaries), so
//! the documentation cannot drift from the rules' own doc comments. When a
//! rule is added or its summary changes, paste the command's output over
//! the table.

use std::process::Command;

fn whosaid(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).output().expect("whosaid runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The README's table under `## Rules`: its lines from the header row to
/// the first line that is not a table row.
fn readme_table() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let section = readme.split("\n## Rules\n").nth(1).expect("the README has a ## Rules section");
    let table: Vec<&str> = section.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).collect();
    table.join("\n") + "\n"
}

#[test]
fn readme_rule_table_matches_whosaid_rules() {
    let generated = whosaid(&["rules", "--format", "markdown"]);
    let table = readme_table();
    assert!(table == generated, "README.md's rule table is out of date; replace it with the output of `whosaid rules --format markdown`:\n\n{generated}");
}

#[test]
fn markdown_and_text_listings_agree() {
    let text = whosaid(&["rules"]);
    let rows: Vec<(String, String, String)> = readme_table()
        .lines()
        .skip(2)
        .map(|row| {
            let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0].trim_matches('`').to_string(), cells[1].to_string(), cells[2..].join(" | ").replace("\\|", "|"))
        })
        .collect();
    let listed: Vec<(String, String, String)> = text
        .lines()
        .map(|line| {
            let mut parts = line.splitn(2, "  ");
            let name = parts.next().unwrap().trim().to_string();
            let rest = parts.next().unwrap().trim_start();
            let (severity, summary) = rest.split_once("  ").unwrap();
            (name, severity.trim().to_string(), summary.trim().to_string())
        })
        .collect();
    assert_eq!(rows, listed);
    assert_eq!(listed.len(), whosaid::check::rules::ALL.len());
}

#[test]
fn readme_configuration_example_is_valid() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let example = readme.split("```toml\n# whosaid.toml\n").nth(1).and_then(|rest| rest.split("```").next()).expect("the README shows a whosaid.toml");
    let file = whosaid::config::file::ConfigFile::parse(std::path::Path::new("whosaid.toml"), "/news".into(), example);
    let file = file.unwrap_or_else(|errors| panic!("the README's whosaid.toml has mistakes: {errors:?}"));
    assert_eq!(file.overrides.len(), 2);
}

/// The quote listing shown under `## What it says` is what `whosaid quotes`
/// prints for the example draft today.
#[test]
fn readme_quote_listing_is_current() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/harbour.txt");
    let listing = whosaid(&["quotes", example]);
    assert!(readme.contains(&listing), "README.md's quote listing is out of date; paste the output of `whosaid quotes examples/harbour.txt`:\n\n{listing}");
}
