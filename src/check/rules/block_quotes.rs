//! A block quote wrapped in straight marks: `"` opening its first
//! paragraph (and each one after, by the multi-paragraph convention) and
//! `"` after the last paragraph's final stop. When curly marks stand
//! between, the quote scanner reads the curly opening as a second double
//! opening, reports the first mark as never closed, and the last mark as
//! closing nothing; the marks balance, and an editor has nothing to fix.

use crate::check::Context;
use crate::parse::{MarkIssue, MarkProblem};
use crate::source::Span;

/// The most paragraphs a wrapped block quote is followed over.
const BLOCK_PARAGRAPHS: usize = 8;

/// The marks of the unclosed and stray issues that are the two ends of one
/// block quote in straight marks.
pub(super) fn balanced_block_ends(cx: &Context<'_>) -> Vec<Span> {
    let issues = &cx.parsed.quotes.issues;
    let mut ends = Vec::new();
    for pair in issues.windows(2) {
        let [open, close] = pair else { continue };
        if is_straight(cx, open, MarkProblem::Unclosed) && is_straight(cx, close, MarkProblem::Stray) && wraps_a_block(cx, open.at, close.at) {
            ends.extend([open.at, close.at]);
        }
    }
    ends
}

fn is_straight(cx: &Context<'_>, issue: &MarkIssue, problem: MarkProblem) -> bool {
    issue.problem == problem && issue.at.of(cx.text) == "\""
}

/// `open` starts its paragraph, `close` ends a paragraph after a word or
/// a stop, and every paragraph after the first opens with a quotation
/// mark, within [`BLOCK_PARAGRAPHS`].
fn wraps_a_block(cx: &Context<'_>, open: Span, close: Span) -> bool {
    let paragraphs = &cx.parsed.paragraphs;
    let first = paragraph_of(cx, open.start);
    let last = paragraph_of(cx, close.start);
    if last < first || last - first > BLOCK_PARAGRAPHS || last >= paragraphs.len() {
        return false;
    }
    let starts = cx.text[paragraphs[first].span.start..open.start].trim().is_empty();
    let ends = cx.text[close.end..paragraphs[last].span.end].trim().is_empty() && !cx.text[..close.start].ends_with(char::is_whitespace);
    let continued = paragraphs[first + 1..=last].iter().all(|p| opens_with_a_double_mark(p.span.of(cx.text)));
    starts && ends && continued
}

/// `"The board met on Monday.` ¶ `"It voted to end the tolls."`: an
/// unclosed mark opening its paragraph, the next paragraph opening with a
/// double mark again. That is the multi-paragraph convention, which the
/// scanner misses when curly marks stand inside a block in straight ones;
/// the run's last paragraph, if never closed, is still reported.
pub(super) fn continued_below(cx: &Context<'_>, issue: &MarkIssue) -> bool {
    let paragraphs = &cx.parsed.paragraphs;
    let here = paragraph_of(cx, issue.at.start);
    let (Some(this), Some(next)) = (paragraphs.get(here), paragraphs.get(here + 1)) else { return false };
    let opens_paragraph = cx.text[this.span.start..issue.at.start].trim().is_empty();
    issue.problem == MarkProblem::Unclosed && opens_paragraph && opens_with_a_double_mark(next.span.of(cx.text))
}

fn opens_with_a_double_mark(paragraph: &str) -> bool {
    paragraph.trim_start().starts_with(['"', '\u{201c}'])
}

/// The index of the paragraph holding byte `at`.
fn paragraph_of(cx: &Context<'_>, at: usize) -> usize {
    cx.parsed.paragraphs.partition_point(|p| p.span.end <= at)
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn passes_a_block_quote_in_straight_marks() {
        let text = "The gazette wrote:\n\n\"The harbour board met in the \u{201c}old\u{201d} hall on Monday.\n\n\u{201c}Nobody will cross it lightly,\u{201d} Okafor said.\"\n\nShe left.";
        assert!(words("unbalanced-quote", text).is_empty(), "{:?}", words("unbalanced-quote", text));
        let text = "\"The harbour board met in the \u{201c}old\u{201d} hall, Okafor said.\"\n\nShe left.";
        assert!(words("unbalanced-quote", text).is_empty());
    }

    #[test]
    fn passes_each_paragraph_a_block_quote_runs_on_from() {
        let text = "The gazette wrote:\n\n\"The harbour board met in the \u{201c}old\u{201d} hall on Monday.\n\n\"It voted to end the tolls.\"\n\nShe left.";
        assert!(words("unbalanced-quote", text).is_empty(), "{:?}", words("unbalanced-quote", text));
        // The run's last paragraph, never closed, is still told.
        let text = "The gazette wrote:\n\n\"The harbour board met in the \u{201c}old\u{201d} hall on Monday.\n\n\"It voted to end the \u{201c}tolls.\u{201d}\n\nShe left.";
        assert_eq!(words("unbalanced-quote", text), ["\""]);
    }

    #[test]
    fn flags_a_block_that_a_narrated_paragraph_breaks() {
        let text = "\"The harbour board met in the \u{201c}old\u{201d} hall on Monday.\n\nThe ferry ran late.\n\nIt rained, Okafor said.\"\n\nShe left.";
        assert_eq!(words("unbalanced-quote", text).len(), 2);
    }
}
