//! `--format github`: GitHub Actions workflow commands, which the runner
//! turns into annotations on the pull request's changed lines:
//!
//! ```text
//! ::error file=news/ferry.md,line=7,col=1,endLine=7,endColumn=10,title=whosaid (anonymous-source)::anonymous source: …
//! ```
//!
//! Escaping follows the Actions toolkit: `%`, CR and LF in the message;
//! those and `:` and `,` in the properties. Info findings are notices.

use std::fmt::Write;

use crate::check::Severity;
use crate::Checked;

/// The commands for one draft; `file` is its path relative to the repository.
pub fn render(c: &Checked, file: &str) -> String {
    let text = c.source.text.as_str();
    let mut out = String::new();
    for d in &c.diagnostics {
        let (line, col) = c.lines.position(text, d.span.start);
        let (end_line, end_col) = c.lines.position(text, d.span.end);
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = d.message.to_string();
        if let Some(help) = &d.help {
            let _ = write!(message, "\nhelp: {help}");
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            property(file),
            property(&format!("whosaid ({})", d.rule)),
            data(&message)
        );
    }
    out
}

/// The command for a path that could not be checked (`file` relative to
/// the repository, as for findings): an error on the file, with no line,
/// so the pull request shows which draft went unchecked and why.
pub fn unchecked(file: &str, why: &str) -> String {
    format!("::error file={},title={}::{}\n", property(file), property("whosaid (not checked)"), data(&format!("not checked: {why}")))
}

/// Escapes a command's message.
pub fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command's property value.
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_not_checked_is_an_error_on_its_file() {
        assert_eq!(unchecked("news/a, b.md", "permission denied"), "::error file=news/a%2C b.md,title=whosaid (not checked)::not checked: permission denied\n");
    }

    #[test]
    fn escaping_follows_the_toolkit() {
        assert_eq!(data("50% said:\r\nyes, no"), "50%25 said:%0D%0Ayes, no");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
