//! `--format jsonl`: one JSON object a line, one line a diagnostic, each
//! with the path of its draft, for `grep`, `jq` and log pipelines. The
//! fields after `path` are those of a diagnostic in the JSON contract.

use serde::Serialize;

use super::json::{diagnostic, DiagnosticOut};
use crate::Checked;

#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    #[serde(flatten)]
    diagnostic: DiagnosticOut<'a>,
}

/// The lines of one draft.
pub fn render(c: &Checked) -> String {
    let mut out = String::new();
    for d in &c.diagnostics {
        let line = Line { path: &c.source.path, diagnostic: diagnostic(c, d) };
        out.push_str(&serde_json::to_string(&line).expect("a diagnostic serialises"));
        out.push('\n');
    }
    out
}
