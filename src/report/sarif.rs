//! `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and
//! most other code-review tools) read. Every rule is listed in
//! `tool.driver.rules` with its documentation; every diagnostic is a result
//! whose location is the draft's path relative to the repository root and
//! a region of 1-based lines and columns (columns in characters, the end
//! exclusive), with a fingerprint that survives edits elsewhere in the draft.
//! The run's one invocation says whether every draft could be checked, and
//! names each path that could not be as a tool execution notification, so
//! a reader of the log alone knows what it does not cover.

use std::collections::HashMap;

use serde::Serialize;

use crate::check::rules::ALL;
use crate::check::{Rule, Severity};
use crate::Checked;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    pub column_kind: &'static str,
    pub results: Vec<Result>,
    pub invocations: Vec<Invocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    pub execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tool_execution_notifications: Vec<Notification>,
}

/// A path that could not be checked: not a result (no rule found it), but
/// a condition of the run.
#[derive(Serialize)]
pub struct Notification {
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<ArtifactOnly>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactOnly {
    pub physical_location: WholeArtifact,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WholeArtifact {
    pub artifact_location: ArtifactLocation,
}

#[derive(Serialize)]
pub struct Tool {
    pub driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    pub name: &'static str,
    pub version: &'static str,
    pub semantic_version: &'static str,
    pub rules: Vec<RuleOut>,
}

#[derive(Serialize, Clone)]
pub struct Text {
    pub text: String,
}

#[derive(Serialize)]
pub struct Help {
    pub text: String,
    pub markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleOut {
    pub id: &'static str,
    pub name: &'static str,
    pub short_description: Text,
    pub full_description: Text,
    pub help: Help,
    pub default_configuration: Level,
}

#[derive(Serialize)]
pub struct Level {
    pub level: &'static str,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct Result {
    pub rule_id: &'static str,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<Location>,
    pub partial_fingerprints: Fingerprints,
}

#[derive(Serialize, Clone)]
pub struct Fingerprints {
    #[serde(rename = "whosaid/v1")]
    pub whosaid: String,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub physical_location: PhysicalLocation,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    pub region: Region,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    pub uri: String,
    pub uri_base_id: &'static str,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub snippet: Text,
}

pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A section of a rule's documentation, as plain text.
fn section(rule: &Rule, title: &str) -> String {
    let doc = rule.doc();
    let marker = format!("## {title}");
    let Some(start) = doc.find(&marker) else { return String::new() };
    let body = &doc[start + marker.len()..];
    let body = body.find("\n## ").map_or(body, |end| &body[..end]);
    body.trim().split("\n\n").map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\n\n")
}

fn rule_out(rule: &'static Rule) -> RuleOut {
    let summary = rule.summary();
    let why = section(rule, "Why it matters");
    let doc = rule.doc().to_string();
    RuleOut {
        id: rule.name,
        name: rule.name,
        short_description: Text { text: summary.clone() },
        full_description: Text { text: format!("{summary} {why}").trim().to_string() },
        help: Help { text: doc.clone(), markdown: doc },
        default_configuration: Level { level: level(rule.severity) },
    }
}

/// The results for one draft; `uri` is its path relative to the
/// repository root, as a URI reference ([`uri_path`]).
pub fn results(c: &Checked, uri: &str) -> Vec<Result> {
    let text = c.source.text.as_str();
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    let mut out = Vec::with_capacity(c.diagnostics.len());
    for d in &c.diagnostics {
        let (start_line, start_column) = c.lines.position(text, d.span.start);
        let (end_line, end_column) = c.lines.position(text, d.span.end);
        let flagged = d.span.of(text);
        let nth = seen.entry((d.rule, flagged)).or_insert(0);
        let fingerprint = fingerprint(&[d.rule, uri, flagged, &nth.to_string()]);
        *nth += 1;
        out.push(Result {
            rule_id: d.rule,
            rule_index: ALL.iter().position(|r| r.name == d.rule).unwrap_or(0),
            level: level(d.severity),
            message: Text {
                text: match &d.help {
                    Some(h) => format!("{}\nhelp: {h}", d.message),
                    None => d.message.to_string(),
                },
            },
            locations: vec![Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation { uri: uri.to_string(), uri_base_id: "%SRCROOT%" },
                    region: Region { start_line, start_column, end_line, end_column, snippet: Text { text: flagged.to_string() } },
                },
            }],
            partial_fingerprints: Fingerprints { whosaid: fingerprint },
        });
    }
    out
}

/// The log: every rule, the results of every draft, and `unchecked`, each
/// path that could not be checked (as a URI reference, [`uri_path`]) with
/// why.
pub fn log(results: Vec<Result>, unchecked: &[(String, String)]) -> Log {
    let driver =
        Driver { name: "whosaid", version: env!("CARGO_PKG_VERSION"), semantic_version: env!("CARGO_PKG_VERSION"), rules: ALL.iter().map(rule_out).collect() };
    let notifications = unchecked
        .iter()
        .map(|(uri, why)| Notification {
            level: "error",
            message: Text { text: why.clone() },
            locations: vec![ArtifactOnly {
                physical_location: WholeArtifact { artifact_location: ArtifactLocation { uri: uri.clone(), uri_base_id: "%SRCROOT%" } },
            }],
        })
        .collect();
    let invocation = Invocation { execution_successful: unchecked.is_empty(), tool_execution_notifications: notifications };
    let run = Run { tool: Tool { driver }, column_kind: "unicodeCodePoints", results, invocations: vec![invocation] };
    Log { schema: SCHEMA, version: "2.1.0", runs: vec![run] }
}

/// A stable hash (FNV-1a, 64 bits) of the parts: the rule, the draft, the
/// flagged words and how many times they were flagged before in the draft,
/// so moving a paragraph does not make a finding look new.
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// A path as a relative URI reference: `/` separators, and bytes outside
/// the unreserved set percent-encoded.
pub fn uri_path(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri_path("news/Ferry strike.md"), "news/Ferry%20strike.md");
        assert_eq!(uri_path("a\\b/ü.txt"), "a/b/%C3%BC.txt");
    }

    #[test]
    fn the_invocation_names_what_could_not_be_checked() {
        let clean = serde_json::to_value(log(Vec::new(), &[])).unwrap();
        assert_eq!(clean["runs"][0]["invocations"], serde_json::json!([{ "executionSuccessful": true }]));
        let failed = serde_json::to_value(log(Vec::new(), &[("news/old.txt".into(), "permission denied".into())])).unwrap();
        let invocation = &failed["runs"][0]["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], false);
        let notification = &invocation["toolExecutionNotifications"][0];
        assert_eq!((notification["level"].as_str(), notification["message"]["text"].as_str()), (Some("error"), Some("permission denied")));
        assert_eq!(notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "news/old.txt");
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
    }
}
