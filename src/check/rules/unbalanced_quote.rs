//! ## What it flags
//! An opening quotation mark that is never closed, or a closing mark with
//! nothing open, or a curly mark that faces the wrong way (`”` opening a
//! quote, `“` closing one), or a quote inside a quote in double marks, as
//! the quote around it is (`“He said “never” to me,”`). A paragraph
//! that ends open and a next paragraph that opens again is the
//! multi-paragraph convention, not an error.
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

use crate::check::{Context, Finding, Rule, Severity, Text};
use crate::parse::lexicon::{class, VerbClass, VerbForm};
use crate::parse::{MarkProblem, Quote};
use crate::source::Span;

pub const RULE: Rule = Rule { name: "unbalanced-quote", severity: Severity::Error, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let signatures = signature_marks(cx);
    let block_ends = super::block_quotes::balanced_block_ends(cx);
    let (reversed, told) = reversed_pairs(cx);
    cx.parsed
        .quotes
        .issues
        .iter()
        .filter(|issue| !holds(&told, issue.at))
        .filter(|issue| !(issue.problem == MarkProblem::Stray && signatures.binary_search_by_key(&issue.at.start, |(_, close)| close.start).is_ok()))
        .filter(|issue| !holds(&block_ends, issue.at) && !super::block_quotes::continued_below(cx, issue))
        .map(|issue| match issue.problem {
            MarkProblem::Unclosed | MarkProblem::Stray if holds(&reversed, issue.at) => {
                Finding::new(issue.at, "this quotation mark faces the wrong way").help(turn_round(cx.text, issue.at))
            }
            MarkProblem::Unclosed if signatures.binary_search_by_key(&issue.at.start, |(open, _)| open.start).is_ok() => {
                Finding::new(issue.at, "this quote is closed only after the name signed under it")
                    .help("close the quote where the words end, on this line, and take the closing mark off the name on the next")
            }
            MarkProblem::Unclosed => Finding::new(issue.at, "this quotation mark is never closed").help(close_where(cx, issue.at)),
            MarkProblem::Stray => {
                Finding::new(issue.at, "this closing quotation mark closes nothing").help("remove it, or add the opening mark where the quote starts")
            }
            MarkProblem::Reversed => Finding::new(issue.at, "this quotation mark faces the wrong way").help(turn_round(cx.text, issue.at)),
            MarkProblem::NestedDouble => Finding::new(issue.at, "this quote inside a quote opens with a double mark, as the quote around it does")
                .help("mark the inner quote with single marks: ‘…’"),
        })
        .collect()
}

/// Each unclosed quote's opening mark with the closing mark that ends the
/// signature line under it (`"Tolls must end.` ¶ `Marta Okafor, Harbour
/// Users' Union."`), in text order: one quote whose mark moved down, told
/// once at its opening mark rather than twice, once as never closed and
/// once as closing nothing.
fn signature_marks(cx: &Context<'_>) -> Vec<(Span, Span)> {
    let unclosed = cx.parsed.quotes.issues.iter().filter(|issue| issue.problem == MarkProblem::Unclosed);
    unclosed.filter_map(|issue| signed_at(cx, issue.at).map(|close| (issue.at, close))).collect()
}

/// Two findings that are one mark typed the wrong way round, which the
/// scanner, reading each mark by its shape, reports twice: `He says,”
/// there is …”`, a `”` after a comma or colon and before a space that
/// closes nothing, then a second `”` that closes nothing as the next
/// double mark of its line; and `"We see that.“`, a straight quote left
/// open and a `“` after a word or stop that ends the line, as the next
/// double mark. The marks to tell as facing the wrong way (the first
/// `”`, the `“`), and the marks whose findings they replace, each sorted.
fn reversed_pairs(cx: &Context<'_>) -> (Vec<Span>, Vec<Span>) {
    let issues = &cx.parsed.quotes.issues;
    let sorted = |problem: MarkProblem| {
        let mut marks: Vec<Span> = issues.iter().filter(|i| i.problem == problem).map(|i| i.at).collect();
        marks.sort_by_key(|m| m.start);
        marks
    };
    let (strays, unclosed) = (sorted(MarkProblem::Stray), sorted(MarkProblem::Unclosed));
    let text = cx.text;
    let double = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
    let (mut reversed, mut told) = (Vec::new(), Vec::new());
    for &m in &strays {
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        if m.of(text) != "\u{201d}" || !matches!(before, Some(',' | ':')) || !after.is_some_and(|c| c == ' ' || c == '\u{a0}') {
            continue;
        }
        let next = text[m.end..].char_indices().find(|&(_, c)| double(c) || c == '\n');
        if let Some((i, '\u{201d}')) = next {
            let second = Span::new(m.end + i, m.end + i + '\u{201d}'.len_utf8());
            if holds(&strays, second) {
                reversed.push(m);
                told.push(second);
            }
        }
    }
    for (n, &m) in unclosed.iter().enumerate() {
        let after_word = text[..m.start].chars().next_back().is_some_and(|c| !c.is_whitespace());
        if m.of(text) != "\u{201c}" || !after_word || !ends_line(text, m.end) {
            continue;
        }
        let previous = text[..m.start].char_indices().rev().find(|&(_, c)| double(c) || c == '\n');
        if let Some((i, '"')) = previous {
            let first = Span::new(i, i + 1);
            if holds(&unclosed, first) {
                reversed.push(m);
                told.push(first);
            }
        } else if let Some(&first) = n.checked_sub(1).map(|p| &unclosed[p]) {
            // `“@pier: “…” – @gull #vote“`: a post's outer quote, opened
            // with `“` on this line, the quotes between balanced.
            if first.of(text) == "\u{201c}" && !text[first.end..m.start].contains('\n') {
                reversed.push(m);
                told.push(first);
            }
        }
    }
    reversed.sort_by_key(|m| m.start);
    told.sort_by_key(|m| m.start);
    (reversed, told)
}

/// How far past a mark the end of its line is looked for, in bytes: a
/// post's closing markup is short, and a file of marks on one line must
/// not be read to its end once a mark.
const LINE_END_REACH: usize = 64;

/// The line after the mark ending at `at` holds nothing but blanks, stops
/// and markup closing an embedded post (`“<tweet/>.`) within
/// [`LINE_END_REACH`] bytes: the mark ends the line.
fn ends_line(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let mut reach = rest.len().min(LINE_END_REACH);
    while !rest.is_char_boundary(reach) {
        reach -= 1;
    }
    let window = &rest[..reach];
    match window.find('\n') {
        Some(i) => ends_with_markup(&window[..i]),
        None => reach == rest.len() && ends_with_markup(window),
    }
}

/// `rest`, a line's end, holds nothing but blanks, stops and one markup
/// tag.
fn ends_with_markup(rest: &str) -> bool {
    let rest = rest.trim();
    let rest = match (rest.find('<'), rest.rfind('>')) {
        (Some(open), Some(close)) if open < close => format!("{}{}", &rest[..open], &rest[close + 1..]),
        _ => rest.to_string(),
    };
    rest.trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty()
}

/// Whether `marks`, in text order as the issues that gave them, hold
/// `at`: a search, not a scan, as a file of stray marks has millions.
fn holds(marks: &[Span], at: Span) -> bool {
    marks.binary_search_by_key(&at.start, |m| m.start).is_ok()
}

/// The signature's closing mark under the unclosed quote opening at `mark`.
fn signed_at(cx: &Context<'_>, mark: Span) -> Option<Span> {
    unclosed_quote_at(cx, mark.start).and_then(|q| super::layout::signature_close(cx.text, q))
}

/// Borrowed when no tag is named: a file of stray marks has millions of
/// these findings, and an owned copy of the same words for each would
/// weigh on the peak.
fn close_where(cx: &Context<'_>, mark: Span) -> Text {
    match unclosed_quote_at(cx, mark.start).and_then(|q| tag_inside(cx, q)) {
        Some(tag) => format!("close the quote before `{}`: the words from there read as its reporting clause", tag.of(cx.text)).into(),
        None => "close the quote where the speaker's words end".into(),
    }
}

/// The unclosed quote whose opening mark starts at `at`.
fn unclosed_quote_at<'a>(cx: &Context<'a>, at: usize) -> Option<&'a Quote> {
    let quotes = &cx.parsed.quotes.quotes;
    let i = quotes.partition_point(|q| q.span.start < at);
    quotes.get(i).filter(|q| q.span.start == at && !q.closed)
}

/// `"We will rebuild, the mayor said. …`: a reporting clause set off by a
/// comma inside a quote that is never closed, which reads as the quote's
/// own tag with its closing mark left out. Its words run from the comma to
/// the verb and the word after it; `None` when the quote holds no such
/// clause in its first sentence's reach.
pub(super) fn tag_inside(cx: &Context<'_>, quote: &Quote) -> Option<Span> {
    let tokens = &cx.parsed.tokens;
    let first = cx.parsed.token_at(quote.inner.start);
    let last = cx.parsed.token_at(quote.inner.end);
    let commas = (first..last).filter(|&k| tokens[k].is_punct(',')).take(MAX_COMMAS);
    commas.filter_map(|k| reporting_words_after(cx, k + 1, last).map(|end| Span::new(tokens[k].span().start, tokens[end - 1].span().end))).next()
}

/// A tag is looked for after the quote's first few commas only: the words
/// of a quote left open run on to the paragraph's end.
const MAX_COMMAS: usize = 4;

/// `said Holm`, `said the mayor`, `Holm said`, `the mayor said`, `she
/// said` from token `at`: the end of the tag's words.
fn reporting_words_after(cx: &Context<'_>, at: usize, last: usize) -> Option<usize> {
    let tokens = &cx.parsed.tokens[..last];
    let speech_verb = |k: usize| {
        tokens.get(k).is_some_and(|t| t.info().verb.is_some_and(|v| v.class == VerbClass::Speech && matches!(v.form, VerbForm::Past | VerbForm::Third)))
    };
    let naming = |k: usize| tokens.get(k).is_some_and(|t| t.is_word() && (t.cap() || t.is(class::DETERMINER | class::HE | class::SHE | class::THEY)));
    if speech_verb(at) && naming(at + 1) {
        return Some(at + 2);
    }
    // `the harbour master said`: a naming word, then words that are no verb.
    let noun = |k: usize| tokens.get(k).is_some_and(|t| t.is_word() && t.info().verb.is_none());
    let names = if naming(at) { 1 + (at + 1..(at + 4).min(tokens.len())).take_while(|&k| noun(k)).count() } else { 0 };
    // `any estimates say`: after a determiner, the verb's form is a noun's.
    let bare_determiner = names == 1 && tokens[at].is(class::DETERMINER);
    (names > 0 && !bare_determiner && speech_verb(at + names)).then_some(at + names + 1)
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
    use super::super::testing::{helps, words};

    #[test]
    fn flags_unclosed_and_stray_marks() {
        assert_eq!(words("unbalanced-quote", "\"We will rebuild, the mayor said.\n\nShe left."), ["\""]);
        assert_eq!(words("unbalanced-quote", "We will rebuild,” the mayor said."), ["”"]);
    }

    #[test]
    fn tells_a_quote_inside_a_quote_in_the_same_marks_once() {
        let text = "“The pilot told me “never again” and walked off,” Okafor said.";
        assert_eq!(words("unbalanced-quote", text), ["“"]);
        assert_eq!(helps("unbalanced-quote", text), ["mark the inner quote with single marks: ‘…’"]);
    }

    #[test]
    fn names_the_tag_a_quote_left_open_runs_over() {
        for (text, tag) in [
            ("\"We will rebuild, the mayor said. It will take years.\n\nShe left.", ", the mayor said"),
            ("\"We will rebuild, said Ana Ruiz, who chairs the board.\n\nShe left.", ", said Ana"),
            ("\"We will rebuild, she says.\n\nShe left.", ", she says"),
        ] {
            assert_eq!(helps("unbalanced-quote", text), [format!("close the quote before `{tag}`: the words from there read as its reporting clause")]);
        }
        for text in ["\"We will rebuild, and soon.\n\nShe left.", "\"We will rebuild, any claims aside.\n\nShe left."] {
            assert_eq!(helps("unbalanced-quote", text), ["close the quote where the speaker's words end"]);
        }
    }

    #[test]
    fn the_general_help_is_not_copied_for_each_mark() {
        let text = "“One “two “three\n\nShe left.";
        let checked = crate::check_source(crate::source::Source::new("t.txt", text), &crate::config::Config::default());
        let helps: Vec<_> = checked.diagnostics.iter().filter(|d| d.rule == "unbalanced-quote").filter_map(|d| d.help.as_ref()).collect();
        assert!(!helps.is_empty() && helps.iter().all(|h| matches!(h, std::borrow::Cow::Borrowed(_))));
    }

    #[test]
    fn tells_a_quote_signed_below_once() {
        let text = "The ferry ran late.\n\n\"Tolls must end this year, and the ferry must run on time.\nMarta Okafor, Harbour Users' Union.\"\n\nThe port did not reply.";
        assert_eq!(words("unbalanced-quote", text), ["\""]);
        assert_eq!(helps("unbalanced-quote", text), ["close the quote where the words end, on this line, and take the closing mark off the name on the next"]);
    }

    #[test]
    fn flags_marks_that_face_the_wrong_way() {
        assert_eq!(words("unbalanced-quote", "”… and then we rebuild,” the mayor said."), ["”"]);
        assert_eq!(words("unbalanced-quote", "” … and then we rebuild,” the mayor said."), ["”"]);
        assert_eq!(words("unbalanced-quote", "The mayor said: “We will rebuild.“"), ["“"]);
    }

    #[test]
    fn tells_a_mark_typed_the_wrong_way_round_once() {
        // A `”` opening after a comma, and the closing `”` it leaves with nothing to close.
        let text = "The ferry ran late.\n\nShe says,” there are boats that never come.”";
        assert_eq!(words("unbalanced-quote", text), ["”"]);
        assert_eq!(helps("unbalanced-quote", text), ["it opens the quote: type an opening mark (“) here"]);
        // A `“` ending a straight quote's line, and the straight mark it leaves open.
        let text = "The ferry ran late.\n\nThe board wrote: \"A change is needed now.“\n\nThen it met.";
        assert_eq!(words("unbalanced-quote", text), ["“"]);
        assert_eq!(helps("unbalanced-quote", text), ["it closes the quote: type a closing mark (”) here"]);
        // A post's outer quote closed with `“` before the post's markup.
        let text = "The mayor shared a post.\n\n<tweet>“@pier: “The ferry runs at noon.” – @gull #vote“<tweet/>.\n\nThen she left.";
        assert_eq!(words("unbalanced-quote", text), ["“"]);
        assert_eq!(helps("unbalanced-quote", text), ["it closes the quote: type a closing mark (”) here"]);
    }

    #[test]
    fn tells_two_marks_apart_when_no_one_mark_is_the_fault() {
        // After a word, a stray `”` and another are two findings.
        let text = "The ferry ran late.\n\nThe boats” never come.”";
        assert_eq!(words("unbalanced-quote", text), ["”", "”"]);
        // A `“` inside the line after a straight mark opens a quote of its own.
        let text = "The ferry ran late.\n\nThe board wrote: \"A change is “needed now.";
        assert_eq!(words("unbalanced-quote", text).len(), 2);
    }

    #[test]
    fn passes_the_multi_paragraph_convention() {
        let text = "“We will rebuild.\n\n“It will take years,” the mayor said.";
        assert!(words("unbalanced-quote", text).is_empty());
    }
}
