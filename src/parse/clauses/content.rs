//! What each clause reports.

use super::{Clause, ClauseShape};
use crate::parse::lexicon::class::*;
use crate::parse::mentions::Ctx;
use crate::parse::sentences::Sentence;
use crate::parse::stream::span_of;
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;

/// What each clause of a sentence reports: the words before it when it
/// follows a quote or closes the sentence after a comma, else the words after.
pub(super) fn assign_content(c: Ctx<'_>, sentence: &Sentence, clauses: &mut [Clause]) {
    let end = sentence.end as usize;
    for k in 0..clauses.len() {
        let (first, last) = (clauses[k].tokens.0 as usize, clauses[k].tokens.1 as usize);
        let left_start = if k > 0 { clauses[k - 1].tokens.1 as usize } else { sentence.first as usize };
        // `According to the Gazette, Holm said …`: a source opening the
        // sentence reports all that follows it, other reports included.
        let opening_source = clauses[k].shape == ClauseShape::According && k == 0 && c.tokens.get(last).is_some_and(|t| t.is_punct(','));
        let right_end = if opening_source { end } else { right_end(c, sentence, first, last, &clauses[k + 1..]).unwrap_or(end) };
        let right_end = relative_aside_end(c, &clauses[k], last, right_end).unwrap_or(right_end);
        let prev = first.checked_sub(1).filter(|&p| p >= sentence.first as usize).map(|p| &c.tokens[p]);
        let after_quote = (prev.is_some_and(|p| matches!(p.kind, TokenKind::CloseQuote)) && !nickname_before(c, first))
            || (prev.is_some_and(|p| p.is_punct(',')) && first >= 2 && matches!(c.tokens[first - 2].kind, TokenKind::CloseQuote));
        let right = trim_tokens(c.tokens, last, right_end);
        let closes_sentence = right.is_none();
        let before = clauses[k].shape != ClauseShape::According || closes_sentence;
        let trailing = closes_sentence && (after_quote || prev.is_some_and(|p| p.is_punct(',')));
        // A clause closing the sentence after a comma or a quote reports all of it.
        let left_start = if trailing { sentence.first as usize } else { left_start };
        let left = trim_tokens(c.tokens, left_start, first);
        let after_quote = after_quote && !quote_inside_opener(c, left_start, first, last, closes_sentence);
        let use_left = before && left.is_some() && (after_quote || trailing);
        let use_left = use_left || (clauses[k].shape == ClauseShape::According && closes_sentence && left.is_some());
        clauses[k].content_before = use_left;
        clauses[k].content = if use_left { left } else { right };
        if let Some(main) = as_opener_main_clause(c, sentence, first, last) {
            clauses[k].content = Some(main);
        }
    }
}

/// `Holm, who said the pier was safe, is backing the plan`: a report in a
/// relative clause set off by commas ends at the comma that closes the
/// clause, where the main clause's verb (an auxiliary or a verb of report)
/// goes on.
fn relative_aside_end(c: Ctx<'_>, clause: &Clause, last: usize, end: usize) -> Option<usize> {
    let source = clause.source.filter(|m| m.relative)?;
    let opens = (source.first_token as usize).checked_sub(1).is_some_and(|k| c.tokens[k].is_punct(','));
    if !opens {
        return None;
    }
    let main_verb = |t: &Token| (t.is(GAP) && !c.word(t).ends_with("ly")) || t.info().verb.is_some_and(|v| v.form != crate::parse::lexicon::VerbForm::Ing);
    (last..end.saturating_sub(1)).find(|&k| c.tokens[k].is_punct(',') && c.tokens[k].depth == 0 && !c.tokens[k + 1].cap() && main_verb(&c.tokens[k + 1]))
}

/// `As the Gazette reported, the company "paid twice"`, `As Holm noted
/// on Monday, …`: a report opening the sentence with `as` and nothing of
/// its own before the comma (a time or place at most) reports the main
/// clause after it. `As he announced his bid, …` has words of its own;
/// `As she was speaking, …` tells a time, not a report.
fn as_opener_main_clause(c: Ctx<'_>, sentence: &Sentence, first: usize, last: usize) -> Option<Span> {
    // At most three words are read: this runs for every clause.
    let mut opener = c.tokens[sentence.first as usize..first].iter().filter(|t| t.is_word());
    let as_opens = match (opener.next(), opener.next(), opener.next()) {
        (Some(a), None, _) => c.is_word(a, "as"),
        (Some(conj), Some(a), None) => conj.is(CONJUNCTION) && c.is_word(a, "as"),
        _ => false,
    };
    if !as_opens {
        return None;
    }
    let end = sentence.end as usize;
    let comma = (last..end).find(|&i| c.tokens[i].is_punct(',') && c.tokens[i].depth == 0)?;
    let own = &c.tokens[last..comma];
    let ing =
        c.tokens[..last].iter().rev().find(|t| t.is_word()).is_some_and(|t| t.info().verb.is_some_and(|v| v.form == crate::parse::lexicon::VerbForm::Ing));
    let circumstance = own.iter().find(|t| t.is_word()).is_none_or(|t| t.is(PREPOSITION | TIME) || c.word(t).ends_with("ly"));
    let no_verb = !own.iter().any(|t| t.info().verb.is_some());
    (!ing && circumstance && no_verb).then(|| trim_tokens(c.tokens, comma + 1, end)).flatten()
}

/// `On Harbour Radio's "Morning Tide," Holm said the tolls …`, `The ad,
/// titled "Ferries?", concludes that …`: the quote just before the clause
/// stands inside words that open the sentence, and the clause runs
/// straight on into words of its own, so those are what it reports. (A
/// quote opening its span, `"…," Holm said of the vote`, or a clause whose
/// words are circumstances, is reported as before.)
fn quote_inside_opener(c: Ctx<'_>, left_start: usize, first: usize, last: usize, closes_sentence: bool) -> bool {
    let Some(open) = (left_start..first).rev().find(|&k| matches!(c.tokens[k].kind, TokenKind::OpenQuote) && c.tokens[k].depth == 0) else {
        return false;
    };
    let connective = |t: &Token| t.is(CONJUNCTION | GAP | TIME) || matches!(t.kind, TokenKind::Punct(_)) || c.word(t).ends_with("ly");
    let words_before = c.tokens[left_start..open].iter().any(|t| !connective(t));
    let next = c.tokens.get(last);
    let own_words = next.is_some_and(|t| t.is_word() && !t.is(PREPOSITION | TIME | CONJUNCTION) && !c.word(t).ends_with("ly"));
    words_before && !closes_sentence && own_words
}

/// `Robert J. "Bobby" Lund voted`: the quote just before token `first` is
/// a nickname inside the speaker's name (one or two capitalised words
/// between name words), not words the clause reports.
fn nickname_before(c: Ctx<'_>, first: usize) -> bool {
    let name = |t: &Token| t.is_word() && t.cap();
    let Some(open) = (first.saturating_sub(4)..first.saturating_sub(1)).rev().find(|&k| matches!(c.tokens[k].kind, TokenKind::OpenQuote)) else {
        return false;
    };
    let inside = &c.tokens[open + 1..first - 1];
    !inside.is_empty() && inside.iter().all(name) && open > 0 && name(&c.tokens[open - 1]) && c.tokens.get(first).is_some_and(name)
}

/// Where the words a clause reports stop short of the sentence's end: at
/// the comma closing an opening subordinate clause (`When he spoke, he
/// said …`), or where a coordinated report begins (`…, while Cruz said …`).
pub(super) fn right_end(c: Ctx<'_>, sentence: &Sentence, first: usize, last: usize, later: &[Clause]) -> Option<usize> {
    let opener = &c.tokens[sentence.first as usize..first];
    // `And when she saw …, …`: `and` or `but` may open the sentence first.
    let opener = match opener.split_first() {
        Some((t, rest)) if c.is_word(t, "and") || c.is_word(t, "but") => rest,
        _ => opener,
    };
    let subordinate = opener.first().is_some_and(|t| SUBORDINATORS.iter().any(|w| c.is_word(t, w))) && !opener.iter().any(|t| t.is_punct(','));
    if subordinate {
        let comma = (last..sentence.end as usize).find(|&i| c.tokens[i].is_punct(',') && c.tokens[i].depth == 0);
        if comma.is_some() {
            return comma;
        }
    }
    later.iter().find_map(|clause| {
        let mut i = clause.tokens.0 as usize;
        if i > last && c.tokens[i - 1].is(CONJUNCTION) {
            // `Cruz accuses Obama of … and Trump says …`: two reports, when
            // the second names its own speaker (`… and blamed …` goes on
            // with the first).
            let own_speaker = !c.tokens[i].is(CUE);
            if own_speaker && (c.is_word(&c.tokens[i - 1], "and") || c.is_word(&c.tokens[i - 1], "but")) {
                return Some(i - 1);
            }
            i -= 1;
        }
        boundary_before(c, last, opening_of_own_report(c, last, i))
    })
}

/// The comma, semicolon, colon or dash just before token `i` (after `last`),
/// where one report's words stop and the next report begins.
fn boundary_before(c: Ctx<'_>, last: usize, i: usize) -> Option<usize> {
    // `then`, not `then_some`: `i - 1` must not be worked out when `i` is 0.
    // A spaced hyphen stands for a dash before a quote (`weak - "We …`).
    let dash_before_quote = |i: usize| c.tokens[i - 1].is_dash() && matches!(c.tokens[i].kind, TokenKind::OpenQuote);
    // `… sounded wary: Ann Holm called it "…"`: a colon too, unless it
    // follows the cue itself (`said: …` opens the words it reports).
    let colon = |i: usize| c.tokens[i - 1].is_punct(':') && i - 1 > last;
    (i > last && (matches!(c.tokens[i - 1].kind, TokenKind::Punct(',' | ';' | '\u{2014}')) || dash_before_quote(i) || colon(i))).then(|| i - 1)
}

/// Where the words that open a later report stand, back from its start `i`:
/// a relative (`…, to which Ruiz replied`) or the quote it follows (`… —
/// "We need details," she said — …`). Reaches no further back than `last`.
fn opening_of_own_report(c: Ctx<'_>, last: usize, i: usize) -> usize {
    let t = |k: usize| &c.tokens[k];
    if i > last + 1 && t(i - 1).is(RELATIVE) {
        let j = i - 1;
        return if j > last + 1 && t(j - 1).is(PREPOSITION) { j - 1 } else { j };
    }
    if i > last + 1 && matches!(t(i - 1).kind, TokenKind::CloseQuote) {
        let mut k = i - 2;
        while k > last && t(k).depth > 0 {
            k -= 1;
        }
        if matches!(t(k).kind, TokenKind::OpenQuote) && k > last + 1 && t(k - 1).is_dash() {
            return k;
        }
    }
    i
}

/// Words that open a subordinate clause before the main one.
pub(super) const SUBORDINATORS: [&str; 10] = ["when", "as", "after", "while", "if", "because", "since", "although", "though", "before"];

/// The span of tokens `from..to` without leading and trailing punctuation
/// (quotation marks stay), or `None` when nothing is left.
pub(super) fn trim_tokens(tokens: &[Token], mut from: usize, mut to: usize) -> Option<Span> {
    let skip = |t: &Token| matches!(t.kind, TokenKind::Punct(_));
    while from < to && skip(&tokens[from]) {
        from += 1;
    }
    while to > from && skip(&tokens[to - 1]) {
        to -= 1;
    }
    (from < to).then(|| span_of(tokens, from, to))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::source::Source;

    /// Each clause's cue and the words it reports.
    fn contents(text: &str) -> Vec<(String, Option<String>)> {
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        checked.parsed.clauses.iter().map(|c| (c.cue.of(text).to_string(), c.content.map(|s| s.of(text).to_string()))).collect()
    }

    #[test]
    fn a_report_in_a_relative_aside_ends_at_the_asides_comma() {
        let got = contents("The ferry ran late.\n\nTwo of the harbour pilots, who opposed the plan, are backing the new tolls.");
        assert_eq!(got[0], ("opposed".to_string(), Some("the plan".to_string())));
        assert!(got.iter().any(|(cue, _)| cue == "backing"), "{got:?}");
    }

    #[test]
    fn a_quote_inside_an_opener_leaves_the_clause_its_own_words() {
        let got = contents("The ferry ran late.\n\nOn Harbour Radio's \"Morning Tide,\" Holm said the pilots' \"judgment\" is in question.");
        assert_eq!(got, [("said".to_string(), Some("the pilots' \"judgment\" is in question".to_string()))]);
    }

    #[test]
    fn a_report_in_an_opening_clause_after_and_ends_at_its_comma() {
        let got = contents("The ferry ran late.\n\nAnd when Holm announced the tolls, the pilots walked out.");
        assert_eq!(got[0], ("announced".to_string(), Some("the tolls".to_string())));
        let got = contents("The ferry ran late.\n\nAnd Holm announced the tolls, the pilots walked out.");
        assert_ne!(got[0].1.as_deref(), Some("the tolls"), "{got:?}");
    }

    #[test]
    fn a_report_opening_with_as_reports_the_main_clause() {
        let got = contents("The ferry ran late.\n\nAs the Gazette reported on Monday, the company \"paid twice\" for the pier.");
        assert_eq!(got, [("reported".to_string(), Some("the company \"paid twice\" for the pier".to_string()))]);
        let got = contents("The ferry ran late.\n\nAs Holm announced her bid, the crowd cheered.");
        assert_ne!(got[0].1.as_deref(), Some("the crowd cheered"));
    }

    #[test]
    fn a_quote_opening_the_span_is_still_reported_by_the_clause_after_it() {
        let got = contents("The ferry ran late.\n\n\"We will sail,\" Holm said of the vote. Then, \"the tolls are fair,\" she said in a statement.");
        assert_eq!(got[0].1.as_deref(), Some("\"We will sail,\""));
        assert_eq!(got[1].1.as_deref(), Some("Then, \"the tolls are fair,\""));
    }
}
