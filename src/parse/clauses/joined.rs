//! A participle after a clause of its own joined to an earlier report of
//! the sentence (`…, and the union has sued the port, saying …`): its
//! speaker is that clause's subject, not the report's.

use super::{Clause, ClauseShape};
use crate::parse::mentions::{self, Ctx};

/// `Riders say the tolls are high, and the union has sued the port, saying
/// …`: a participle whose own clause opens with `and`, `but`, `while` or
/// `whereas` («clause-words» [clause-joiners]) after an earlier report of
/// the sentence hangs from that clause, not from the report; its subject
/// (found by `nearest_subject`) says it, not the report's speaker, which
/// the participle would otherwise carry.
pub(super) fn own_clause_speaker(c: Ctx<'_>, clause: &mut Clause, earlier: &[Clause]) {
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
    if after_report && joined && (set_off || named) && !subject.relative {
        clause.source = Some(subject);
    }
}
