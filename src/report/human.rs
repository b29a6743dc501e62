//! The editor's report, shaped like rustc's:
//!
//! ```text
//! warning[anonymous-source]: anonymous source: “officials” says nothing about who they are
//!  --> harbour.txt:7:20
//!   |
//! 7 | The deal is close, officials said.
//!   |                    ^^^^^^^^^
//!   |
//!   = help: say what the source does, …
//! ```
//!
//! A long line is shown as a window around the words, so a 50 MB line
//! prints as one short line: about 140 columns, the flagged words cut
//! short after 80 and the context either side shrinking to make room.

use std::fmt::Write;

use unicode_width::UnicodeWidthChar;

use crate::check::{Diagnostic, Severity};
use crate::Checked;

/// Characters of context shown either side of the flagged words on a long line.
const CONTEXT: usize = 60;
/// Lines up to this many bytes are shown whole.
const SHORT_LINE: usize = 140;
/// Longest run of flagged characters underlined before it is cut short.
const MAX_UNDERLINE: usize = 80;
/// Characters a window of a long line holds, flagged words and context
/// together: a wider line wraps in the terminal, and its carets no longer
/// stand under the words.
const WINDOW: usize = 140;

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, s.as_str())
    }
}

/// Every diagnostic of a file, then nothing else: the summary is the caller's.
pub fn render(checked: &Checked, style: Style) -> String {
    let mut out = String::new();
    for d in &checked.diagnostics {
        diagnostic(&mut out, checked, d, style);
    }
    out
}

pub fn diagnostic(out: &mut String, checked: &Checked, d: &Diagnostic, style: Style) {
    let text = checked.source.text.as_str();
    let (line, column) = checked.lines.position(text, d.span.start);
    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    let bar = style.paint("1;34", "|");
    let header = format!("{}[{}]", style.severity(d.severity), d.rule);
    let _ = writeln!(out, "{header}{} {}", style.paint("1", ":"), style.paint("1", &d.message));
    let _ = writeln!(out, "{pad}{} {}:{line}:{column}", style.paint("1;34", "-->"), checked.source.path);
    let _ = writeln!(out, "{pad} {bar}");
    let line_start = checked.lines.line_start(line);
    let line_text = checked.lines.line_text(text, line);
    let from = d.span.start - line_start.min(d.span.start);
    let to = (d.span.end.max(d.span.start) - line_start).min(line_text.len());
    let (shown, caret_at, caret_len) = window(line_text, from.min(line_text.len()), to.max(from).min(line_text.len()));
    let _ = writeln!(out, "{} {bar} {}", style.paint("1;34", &line.to_string()), shown);
    let carets = "^".repeat(caret_len.max(1));
    let _ = writeln!(out, "{pad} {bar} {}{}", " ".repeat(caret_at), style.paint(caret_code(d.severity), &carets));
    if let Some(help) = &d.help {
        let _ = writeln!(out, "{pad} {bar}");
        let _ = writeln!(out, "{pad} {} {}: {help}", style.paint("1;34", "="), style.paint("1", "help"));
    }
    out.push('\n');
}

fn caret_code(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

/// The part of `line` to show, and where (in display columns) and how wide
/// the underline under bytes `from..to` is.
fn window(line: &str, from: usize, to: usize) -> (String, usize, usize) {
    let from = floor_boundary(line, from);
    if line.len() <= SHORT_LINE && !line.contains('\t') {
        let to = floor_boundary(line, to).max(from);
        return (clean(line), width(&line[..from]), width(&line[from..to]));
    }
    let to = floor_boundary(line, to).max(from);
    let flagged: String = line[from..to].chars().take(MAX_UNDERLINE).collect();
    let flagged_cut = flagged.len() < to - from;
    // A long quote flagged whole leaves less room for the words round it:
    // the context either side shrinks to keep the window, half each, or
    // more on one side where the line ends sooner on the other.
    let room = WINDOW.saturating_sub(flagged.chars().count());
    let left_before = line[..from].chars().rev().take(CONTEXT).count();
    let left_after = line[from + flagged.len()..].chars().take(CONTEXT).count();
    let context_before = (room / 2).max(room - left_after).min(CONTEXT);
    let context_after = (room - context_before.min(left_before)).min(CONTEXT);
    let before: Vec<char> = line[..from].chars().rev().take(context_before + 1).collect();
    let cut_before = before.len() > context_before;
    let before: String = before.into_iter().take(context_before).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = line[from + flagged.len()..].chars().take(context_after + 1).collect();
    let cut_after = after.chars().count() > context_after || flagged_cut;
    let after: String = after.chars().take(context_after).collect();
    let lead = if cut_before { "…" } else { "" };
    let shown = format!("{lead}{before}{flagged}{after}{}", if cut_after { "…" } else { "" });
    let caret_at = width(lead) + width(&before);
    (clean(&shown), caret_at, width(&flagged))
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn width(s: &str) -> usize {
    s.chars().map(|c| if c == '\t' { 1 } else { c.width().unwrap_or(0) }).sum()
}

/// Tabs and control characters would break the caret line up; show them as spaces.
fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_line_is_shown_whole() {
        let (shown, at, len) = window("The deal is close, officials said.", 19, 28);
        assert_eq!(shown, "The deal is close, officials said.");
        assert_eq!((at, len), (19, 9));
    }

    #[test]
    fn a_long_line_is_windowed_around_the_words() {
        let line = format!("{}officials said{}", "x".repeat(5000), "y".repeat(5000));
        let (shown, at, len) = window(&line, 5000, 5009);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(&shown[at + 2..at + 2 + len], "officials", "the … is three bytes, one column");
        assert!(shown.chars().count() < 200);
    }

    #[test]
    fn a_long_run_of_flagged_words_keeps_the_window_narrow() {
        let line = format!("{}\"{}\"{}", "x".repeat(5000), "We will sail. ".repeat(20), "y".repeat(5000));
        let from = 5000;
        let (shown, at, len) = window(&line, from, from + 282);
        assert!(shown.chars().count() <= super::WINDOW + 2, "{} columns", shown.chars().count());
        assert_eq!(len, super::MAX_UNDERLINE);
        assert_eq!(at, 1 + (super::WINDOW - super::MAX_UNDERLINE) / 2, "the context either side shrinks alike");
        // A short flag keeps its full context.
        let (_, at, _) = window(&line, from, from + 9);
        assert_eq!(at, 1 + super::CONTEXT);
        // Where the line ends soon after the flag, the room goes before it.
        let short_end = format!("{}\"{}\" ok.", "x".repeat(5000), "We will sail. ".repeat(5));
        let (shown, at, len) = window(&short_end, from, from + 72);
        assert_eq!((at, len), (1 + super::CONTEXT, 72), "{shown}");
        assert!(shown.ends_with("ok."), "{shown}");
        // Where it starts soon before, the room goes after it.
        let short_start = format!("Ok: \"{}\"{}", "We will sail. ".repeat(5), "y".repeat(5000));
        let (shown, _, _) = window(&short_start, 4, 4 + 72);
        assert_eq!(shown.chars().count(), 4 + 72 + super::CONTEXT + 1, "{shown}");
    }
}
