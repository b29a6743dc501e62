//! The cue of a subject's colon (`Okafor delivered a blunt retort: "…"`):
//! the predicate between the subject and the colon, which is what
//! introduces the quote. The annotation marks that predicate
//! (`delivered a blunt retort`, `was firm`, `saw it differently`), so a
//! cue of the colon alone names the right speaker but misses its words.

use super::Clause;
use crate::parse::mentions::Ctx;
use crate::parse::sentences::Sentence;

/// Widens the cue of a `subject_colon` clause back over the predicate:
/// from after the subject, or after the last comma, `and` or `then`
/// between (`Holm waved, then leaned in and boomed:` is `boomed:`), to
/// the colon. The clause's cue token stays the colon.
pub(super) fn widen_over_predicate(c: Ctx<'_>, sentence: &Sentence, clause: &mut Clause) {
    let Some(subject) = clause.source else { return };
    let colon = clause.cue_tokens.0 as usize;
    let from = (subject.end_token as usize).max(sentence.first as usize);
    if from >= colon {
        return;
    }
    let start = (from..colon).rev().find(|&k| joins_predicates(c, k)).map_or(from, |k| k + 1);
    if start < colon {
        clause.cue = c.tokens[start].span().cover(clause.cue);
    }
}

/// A comma or a word that joins two predicates of one subject
/// («cue-words» [predicate-joiners]).
fn joins_predicates(c: Ctx<'_>, k: usize) -> bool {
    let t = &c.tokens[k];
    t.is_punct(',') || (t.is_word() && c.lex.in_list("predicate-joiners", c.word(t)))
}
