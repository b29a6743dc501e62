//! What the clauses of the narration report, for the rules that pass
//! words a named speaker vouches for (`Ruiz said experts say …`).

use super::Context;
use crate::parse::Clause;
use crate::source::Span;

/// The clauses of `sentence` whose reported words, read after the cue,
/// hold `span`. What a clause reports lies in its own sentence, so only
/// that sentence's clauses are asked: a draft of a million such phrases
/// stays linear.
pub fn reports_holding<'c>(cx: &'c Context<'_>, sentence: usize, span: Span) -> impl Iterator<Item = &'c Clause> {
    cx.parsed.clauses[cx.parsed.clauses_in(sentence, sentence)]
        .iter()
        .filter(move |clause| clause.content.is_some_and(|content| clause.cue.end <= span.start && span.end <= content.end))
}
