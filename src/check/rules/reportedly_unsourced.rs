//! ## What it flags
//! `reportedly`, `allegedly`, `it has been reported` and the like, with no
//! source named in the same sentence.
//!
//! ## Why it matters
//! "Reportedly" passes on someone else's reporting without saying whose;
//! the reader cannot check it, and the paper takes on its risk.
//!
//! ## Example
//! ```text
//! The minister reportedly offered to resign.
//! ```
//! Say who reported it: `The minister offered to resign, the Daily Courier reported.`
//!
//! Not flagged: `reportedly` in a paragraph whose earlier sentence named
//! the report (`…, the Harbour Gazette reported. The mayor reportedly
//! …`), or whose next sentence names it (`The mayor will reportedly speak
//! on Monday. According to the Harbour Gazette, …`); a phrase inside an
//! embedded post (`<tweet …>…</tweet>`), which shows its author's words
//! as posted; and reports whose author the next words name (`according
//! to reports Ruiz filed with the port`, `according to reports by the
//! Harbour Gazette`).
//!
//! `allegedly` before a criminal act (`the man who allegedly stole the
//! ferry`) is the legal caution house style requires for a suspect, and is
//! not flagged.

use crate::check::public_figures;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::class;
use crate::parse::lexicon::PhraseKind;
use crate::parse::{ClauseShape, MentionKind};

pub const RULE: Rule = Rule { name: "reportedly-unsourced", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    super::super::phrases::found(cx, PhraseKind::Reportedly)
        .into_iter()
        .filter(|span| !named_source_in_sentence(cx, *span) && !charged_act(cx, *span) && !report_named_nearby(cx, *span))
        .filter(|span| !reports_of_someone(cx, *span))
        // `<tweet …>Ruiz reportedly …</tweet>`: the post's author's words,
        // shown as posted, not the paper's.
        .filter(|span| !public_figures::in_embedded_post(cx, span.start))
        .map(|span| {
            let words = span.of(cx.text);
            // `allegedly` asks who alleges it, not who reported it.
            let help = if words.eq_ignore_ascii_case("allegedly") {
                "say who makes the allegation, e.g. `, the port authority said in a lawsuit`"
            } else {
                "say who reported it, e.g. `, the Daily Courier reported`"
            };
            Finding::new(span, format!("“{words}” with no source named")).help(help)
        })
        .collect()
}

/// How many words after `allegedly` the act it qualifies is looked for.
const ACT_REACH: usize = 4;

/// `the man who allegedly stole the ferry`, `funds he allegedly
/// laundered`: `allegedly` before a criminal act (`grammar/clause-words.txt`
/// [alleged-acts]) is the legal caution house style asks for until a
/// court rules, not a reporter passing on someone else's story.
fn charged_act(cx: &Context<'_>, phrase: crate::source::Span) -> bool {
    if !phrase.of(cx.text).eq_ignore_ascii_case("allegedly") {
        return false;
    }
    let tokens = &cx.parsed.tokens;
    let at = cx.parsed.token_at(phrase.end);
    let para = tokens.get(at.saturating_sub(1)).map(|t| t.para);
    tokens[at.min(tokens.len())..]
        .iter()
        .take_while(|t| Some(t.para) == para)
        .filter(|t| t.is_word())
        .take(ACT_REACH)
        .any(|t| cx.lexicon.in_list("alleged-acts", t.span().of(cx.text)))
}

/// `…, the Harbour Gazette reported. The mayor reportedly …`, `…,
/// according to the wire service. …`: an earlier sentence of the
/// paragraph named the report (`reported` or `according to`, with a
/// named organisation or person), and `reportedly` goes on from it. So
/// does the sentence straight after it in the paragraph when it opens on
/// the report (`The mayor will reportedly speak Monday. According to the
/// port authority, …`): the source is named a sentence late, not left
/// out. A report inside the next sentence (`In the old port, as the
/// Gazette reported, …`) is of that sentence's own story. Reads the
/// paragraph's sentences before the phrase's and the one after.
fn report_named_nearby(cx: &Context<'_>, phrase: crate::source::Span) -> bool {
    let Some(sentence) = cx.parsed.sentence_at(phrase.start) else { return false };
    let sentences = &cx.parsed.sentences;
    let para = sentences[sentence].para;
    let first = sentences[..sentence].iter().rposition(|x| x.para != para).map_or(0, |p| p + 1);
    let next = sentence + 1;
    (first < sentence && names_a_report(cx, first, sentence - 1, false))
        || (sentences.get(next).is_some_and(|x| x.para == para) && names_a_report(cx, next, next, true))
}

/// A reporting clause of sentences `first..=last` names the report: an
/// `according to` or a `report…` cue whose speaker is a named person or
/// organisation; with `opening`, a clause that opens its sentence.
fn names_a_report(cx: &Context<'_>, first: usize, last: usize, opening: bool) -> bool {
    cx.parsed.clauses_in(first, last).any(|i| {
        let (clause, link) = (&cx.parsed.clauses[i], &cx.attributed.clauses[i]);
        if opening && clause.tokens.0 != cx.parsed.sentences[clause.sentence as usize].first {
            return false;
        }
        let reports = clause.shape == ClauseShape::According || clause.cue.of(cx.text).get(..6).is_some_and(|w| w.eq_ignore_ascii_case("report"));
        reports && link.speaker.as_ref().is_some_and(|s| matches!(s.kind, MentionKind::Person | MentionKind::Organisation))
    })
}

/// `according to reports Ruiz filed with the port`, `according to reports
/// by the Harbour Gazette`: reports whose author the next words name (a
/// capitalised word that is no time word, straight after `reports` or
/// after `by`, `in` or `from`) are sourced. Reads two tokens on.
fn reports_of_someone(cx: &Context<'_>, phrase: crate::source::Span) -> bool {
    if !phrase.of(cx.text).ends_with("reports") {
        return false;
    }
    let at = cx.parsed.token_at(phrase.end);
    let tokens = &cx.parsed.tokens;
    let para = tokens.get(at.saturating_sub(1)).map(|t| t.para);
    let word = |k: usize| tokens.get(k).filter(|t| Some(t.para) == para && t.is_word());
    let named = |k: usize| word(k).is_some_and(|t| t.cap() && !t.is(class::TIME) && !t.is(class::DETERMINER));
    let by = word(at).is_some_and(|t| ["by", "in", "from"].iter().any(|w| t.span().of(cx.text).eq_ignore_ascii_case(w)));
    named(at) || (by && (named(at + 1) || (word(at + 1).is_some_and(|t| t.is(class::DETERMINER)) && named(at + 2))))
}

/// A named speaker reports the sentence: not the subject that `reportedly`
/// itself qualifies (`The operator reportedly asked …`).
fn named_source_in_sentence(cx: &Context<'_>, phrase: crate::source::Span) -> bool {
    let Some(sentence) = cx.parsed.sentence_at(phrase.start) else { return false };
    cx.parsed.clauses_in(sentence, sentence).any(|i| {
        let (clause, link) = (&cx.parsed.clauses[i], &cx.attributed.clauses[i]);
        !clause.span(&cx.parsed.tokens).contains(phrase)
            && link.speaker.as_ref().is_some_and(|s| matches!(s.kind, MentionKind::Person | MentionKind::Organisation))
            && clause.source.is_some_and(|m| !m.span.of(cx.text).eq_ignore_ascii_case("reports"))
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{helps, words};

    #[test]
    fn flags_reportedly_without_a_source() {
        let text = "The minister reportedly offered to resign.";
        assert_eq!(words("reportedly-unsourced", text), ["reportedly"]);
    }

    #[test]
    fn flags_reportedly_inside_the_clause_it_qualifies() {
        let text = "The ferry operator reportedly asked for a larger subsidy.";
        assert_eq!(words("reportedly-unsourced", text), ["reportedly"]);
    }

    #[test]
    fn passes_reportedly_with_a_named_source() {
        let text = "The minister reportedly offered to resign, the Daily Courier said.";
        assert!(words("reportedly-unsourced", text).is_empty());
    }

    #[test]
    fn passes_reportedly_after_the_paragraph_named_the_report() {
        let text = "The pier closed on Monday, the Harbour Gazette reported. The mayor reportedly ordered it.\n\n\
                    The ferry was late. Its captain reportedly slept.";
        assert_eq!(words("reportedly-unsourced", text), ["reportedly"]);
        let found = super::super::testing::flagged("reportedly-unsourced", text);
        assert!(text[text.find("Its captain").unwrap()..].contains(&found[0].0));
    }

    #[test]
    fn passes_reportedly_when_the_next_sentence_names_the_report() {
        let text = "The mayor will reportedly speak on Monday. According to the Harbour Gazette, she will close the pier.";
        assert!(words("reportedly-unsourced", text).is_empty());
    }

    #[test]
    fn flags_reportedly_when_only_a_later_sentence_or_paragraph_names_a_report() {
        // Two sentences on, or in the next paragraph, is too late.
        let text = "The mayor will reportedly speak on Monday. The pier is shut. According to the Harbour Gazette, it will stay shut.\n\n\
                    The captain reportedly slept.\n\nAccording to the Harbour Gazette, the ferry was late.\n\n\
                    The mayor reportedly lives in a palace. In the old port, as the Harbour Gazette reported, the pilots went hungry.";
        assert_eq!(words("reportedly-unsourced", text), ["reportedly", "reportedly", "reportedly"]);
    }

    #[test]
    fn passes_reportedly_inside_an_embedded_post() {
        let text = "The pier reopened.\n\n<tweet id=\"9\">Mayor Ruiz reportedly wants the ferry back</tweet>\n\nThe minister reportedly offered to resign.";
        // Only the minister's, outside the post.
        assert_eq!(words("reportedly-unsourced", text), ["reportedly"]);
    }

    #[test]
    fn passes_reports_whose_author_is_named_but_not_bare_reports() {
        let text = "The firm met the minister twice, according to reports Ana Ruiz filed with the port.\n\nThe ferry was sold, according to reports by the Harbour Gazette.";
        assert!(words("reportedly-unsourced", text).is_empty());
        let text = "The ferry was sold, according to reports.\n\nThe pier was shut, according to reports Monday.";
        assert_eq!(words("reportedly-unsourced", text), ["according to reports", "according to reports"]);
    }

    #[test]
    fn asks_who_alleges_what_is_alleged_and_who_reported_what_is_reported() {
        let text = "The minister allegedly offered to resign.\n\nThe mayor reportedly wants the ferry back.";
        assert_eq!(
            helps("reportedly-unsourced", text),
            ["say who makes the allegation, e.g. `, the port authority said in a lawsuit`", "say who reported it, e.g. `, the Daily Courier reported`"]
        );
    }

    #[test]
    fn passes_the_legal_allegedly_before_a_criminal_act() {
        let text = "The man who allegedly stole the ferry was charged on Monday.\n\nThe minister allegedly offered to resign.";
        assert_eq!(words("reportedly-unsourced", text), ["allegedly"]);
    }
}
