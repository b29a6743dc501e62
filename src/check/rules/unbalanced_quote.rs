//! ## What it flags
//! An opening quotation mark that is never closed, or a closing mark with
//! nothing open, or a curly mark that faces the wrong way (`”` opening a
//! quote, `“` closing one). A paragraph that ends open and a next paragraph that opens
//! again is the multi-paragraph convention, not an error.
//!
//! ## Why it matters
//! An unclosed quote makes the reader (and every tool downstream) take the
//! narration that follows for the speaker's words.
//!
//! ## Example
//! ```text
//! "We will rebuild, the mayor said.
//! ```
//! Close the quote where the words end: `"We will rebuild," the mayor said.`

use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::MarkProblem;

pub const RULE: Rule = Rule { name: "unbalanced-quote", severity: Severity::Error, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    cx.parsed
        .quotes
        .issues
        .iter()
        .map(|issue| match issue.problem {
            MarkProblem::Unclosed => Finding::new(issue.at, "this quotation mark is never closed").help("close the quote where the speaker's words end"),
            MarkProblem::Stray => {
                Finding::new(issue.at, "this closing quotation mark closes nothing").help("remove it, or add the opening mark where the quote starts")
            }
            MarkProblem::Reversed => Finding::new(issue.at, "this quotation mark faces the wrong way").help(turn_round(cx.text, issue.at)),
        })
        .collect()
}

fn turn_round(text: &str, mark: crate::source::Span) -> &'static str {
    if mark.of(text) == "\u{201d}" {
        "it opens the quote: type an opening mark (“) here"
    } else {
        "it closes the quote: type a closing mark (”) here"
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_unclosed_and_stray_marks() {
        assert_eq!(words("unbalanced-quote", "\"We will rebuild, the mayor said.\n\nShe left."), ["\""]);
        assert_eq!(words("unbalanced-quote", "We will rebuild,” the mayor said."), ["”"]);
    }

    #[test]
    fn flags_marks_that_face_the_wrong_way() {
        assert_eq!(words("unbalanced-quote", "”… and then we rebuild,” the mayor said."), ["”"]);
        assert_eq!(words("unbalanced-quote", "” … and then we rebuild,” the mayor said."), ["”"]);
        assert_eq!(words("unbalanced-quote", "The mayor said: “We will rebuild.“"), ["“"]);
    }

    #[test]
    fn passes_the_multi_paragraph_convention() {
        let text = "“We will rebuild.\n\n“It will take years,” the mayor said.";
        assert!(words("unbalanced-quote", text).is_empty());
    }
}
