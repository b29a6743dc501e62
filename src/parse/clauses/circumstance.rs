//! The speaker before a phrase of circumstance: in `Vance at the time
//! said`, `delegates at the meeting in Dover said`, the phrase after a
//! preposition of time, place or company says when, where or with whom,
//! and the phrase before it speaks.

use nom::Parser;

use super::*;

/// `Vance at the time said`, `delegates at the meeting in Dover said`: a
/// phrase after a preposition of time, place or company says when, where
/// or with whom, and the phrase before the preposition speaks. A common
/// noun takes the prepositional phrases with it, as words describing who
/// speaks. When no phrase can be read before the preposition (`officials
/// who spoke with the Post said`), none is the speaker and the reading
/// falls to the clause's loose subject.
pub(super) fn subject_before_circumstance<'a>(c: Ctx<'a>, start: usize, rest: Backward<'a>, found: Mention) -> Option<(Backward<'a>, Mention)> {
    const CIRCUMSTANCE: [&str; 6] = ["at", "in", "on", "during", "amid", "with"];
    // A relative is its own clause's subject (`compared with 23 percent
    // who said`).
    if found.kind == mentions::MentionKind::Pronoun || found.relative {
        return Some((rest, found));
    }
    if let Some(read) = document_before_its_handler(c, start, rest, &found) {
        return Some(read);
    }
    let (found_rest, mut rest, mut subject) = (rest, rest, found);
    // `One in four drivers`: `in` before a number makes a proportion.
    let proportion = |at: usize| c.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number || mentions::number_word(c, t));
    while rest.first().is_some_and(|t| CIRCUMSTANCE.iter().any(|w| c.is_word(t, w))) && !proportion(rest.at()) {
        let preposition = rest.at() - 1;
        if preposition == start {
            break;
        }
        (rest, subject) = mentions::before(c).parse(Backward::new(c.tokens, start, preposition)).ok()?;
    }
    // `Varga is brokering talks in the dispute`: a phrase after a verb is
    // its object, no speaker; the reading stays as it was.
    if rest.first().is_some_and(|t| t.is(GAP) || t.info().verb.is_some()) {
        return Some((found_rest, found));
    }
    if subject.first_token != found.first_token && !c.tokens[subject.head as usize].cap() {
        subject.span = subject.span.cover(found.span);
        subject.end_token = found.end_token;
    }
    Some((rest, subject))
}
