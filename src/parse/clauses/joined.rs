//! A participle after a clause of its own joined to an earlier report of
//! the sentence (`…, and the union has sued the port, saying …`), or after
//! a subordinate clause that holds the report (`When Holm said …, Okafor
//! agreed, adding …`): its speaker is that clause's subject, not the
//! report's.

use super::content::SUBORDINATORS;
use super::{Clause, ClauseShape};
use crate::parse::mentions::{self, Ctx};
use crate::parse::sentences::Sentence;
use crate::parse::tokens::TokenKind;

/// `Riders say the tolls are high, and the union has sued the port, saying
/// …`: a participle whose own clause opens with `and`, `but`, `while` or
/// `whereas` («clause-words» [clause-joiners]) after an earlier report of
/// the sentence hangs from that clause, not from the report; its subject
/// (found by `nearest_subject`) says it, not the report's speaker, which
/// the participle would otherwise carry.
pub(super) fn own_clause_speaker(c: Ctx<'_>, sentence: &Sentence, clause: &mut Clause, earlier: &[Clause]) {
    let Some(subject) = clause.subject.filter(|_| clause.shape == ClauseShape::Participle && clause.source.is_none()) else { return };
    let first = subject.first_token as usize;
    let after_report = earlier.iter().any(|e| e.sentence == clause.sentence && e.cue_tokens.1 as usize <= first);
    let joined = first > 1 && c.lex.list("clause-joiners").iter().any(|w| c.is_word(&c.tokens[first - 1], w));
    // `the campaign and its allies are …`, `a former chairman and longtime
    // ally of …`: with no comma before it, `and` mostly joins two phrases;
    // a person named after it opens a clause (`charged the officer and
    // Holm fired her chief`).
    let set_off = c.tokens[first.saturating_sub(2)].is_punct(',');
    let named = subject.kind == mentions::MentionKind::Person && c.tokens[first].cap();
    if after_report && ((joined && (set_off || named)) || after_subordinate_report(c, sentence, clause, &subject, earlier)) && !subject.relative {
        clause.source = Some(subject);
    }
}

/// `When Holm pointed out that the fares rose, Okafor seized on it,
/// repeating …`: every earlier report of the sentence stands in a clause
/// that a subordinator (`when`, `while`, `as`, `after`, `although` …) opens
/// at the sentence's start or after an opener's comma, and the participle's subject follows the
/// comma that closes it. The participle hangs from the main clause, whose
/// subject says it, not from the report in the subordinate one.
fn after_subordinate_report(c: Ctx<'_>, sentence: &Sentence, clause: &Clause, subject: &mentions::Mention, earlier: &[Clause]) -> bool {
    let first = subject.first_token as usize;
    let reports = || earlier.iter().filter(|e| e.sentence == clause.sentence);
    let Some(start) = reports().map(|e| e.tokens.0 as usize).min() else { return false };
    // `When Holm said the fares are "too high," Okafor …`: the comma may
    // stand inside the quote that closes the subordinate clause.
    let closing_quote = first >= 2 && c.tokens[first - 1].kind == TokenKind::CloseQuote && c.tokens[first - 2].is_punct(',');
    let comma = first >= 1 && c.tokens[first - 1].depth == 0 && (c.tokens[first - 1].is_punct(',') || closing_quote);
    if !comma || reports().any(|e| e.tokens.1 as usize >= first) {
        return false;
    }
    // The subordinator opens the sentence, or follows an opener's comma
    // (`In the debate, while …`), and stands before every earlier report.
    let lowest = (sentence.first as usize).max(start.saturating_sub(12));
    let subordinator = |k: usize| c.tokens[k].depth == 0 && SUBORDINATORS.iter().any(|w| c.is_word(&c.tokens[k], w));
    (lowest..start).rev().find(|&k| subordinator(k)).is_some_and(|k| k == sentence.first as usize || c.tokens[k - 1].is_punct(','))
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    /// The words of the source of `cue`'s clause in `text`.
    fn source_of(text: &str, cue: &str) -> Option<String> {
        let text = format!("The ferry resumed service on Monday.\n\n{text}");
        let clauses = clauses_of(&text);
        let clause = clauses.iter().find(|cl| cl.cue.of(&text) == cue).unwrap_or_else(|| panic!("{cue} is a cue"));
        clause.source.map(|m| m.span.of(&text).to_string())
    }

    #[test]
    fn a_participle_after_a_report_in_a_subordinate_opener_is_the_main_clauses() {
        let opener = "When Okafor pointed out that the fares rose, Holm seized on the point, repeating that the pier was unsafe.";
        assert_eq!(source_of(opener, "repeating").as_deref(), Some("Holm"));
        let quoted = "When Okafor told the crowd the fares were \"far too high,\" the mayor raised the levy, adding that the pier was unsafe.";
        assert_eq!(source_of(quoted, "adding").as_deref(), Some("the mayor"));
        let after_comma = "At the hearing, while the pilots called for a strike, Holm stayed calm, noting that the boats were full.";
        assert_eq!(source_of(after_comma, "noting").as_deref(), Some("Holm"));
        // The report opens the main clause: the participle is the report's,
        // and carries its speaker (no source of its own).
        let main = "Okafor said that the fares rose, adding that the pier was unsafe.";
        assert_eq!(source_of(main, "adding"), None);
        // No subordinator before the report: the participle carries it.
        let listed = "Okafor pointed out that the fares rose, the mayor agreed, repeating that the pier was unsafe.";
        assert_eq!(source_of(listed, "repeating"), None);
    }

    #[test]
    fn a_participle_after_a_clause_a_subordinator_joins_to_a_report_is_that_clauses() {
        let joined = "Okafor tweeted when Holm ended the hearing with a joke, remarking that it was late.";
        assert_eq!(source_of(joined, "remarking").as_deref(), Some("Holm"));
        // A phrase no person names after `when` with no comma: carried.
        let unnamed = "Okafor tweeted when the hearing ended at noon, remarking that it was late.";
        assert_eq!(source_of(unnamed, "remarking"), None);
        // `and` joining two phrases with no comma: carried, as before.
        let phrases = "Okafor said the board and its lawyers are wrong about the tolls, saying they break the law.";
        assert_eq!(source_of(phrases, "saying"), None);
    }
}
