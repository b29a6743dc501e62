//! The readings whose cue names nobody by itself: hearsay (`Okafor
//! reportedly reacted`), the writer's impression (`it seems`, `Holm
//! appeared unmoved`) and a reputation or a title (`known for`, `a book
//! titled`). Each reads the cue as a clause with no speaker, or passes it
//! on when the words around it show someone who speaks.

use std::ops::ControlFlow::{Break, Continue};

use super::*;

/// `Okafor reportedly reacted`: the report is someone else's, and
/// unnamed. `Holm reportedly said, "…"`, `with Holm reportedly shouting:
/// "…"`, `reportedly argued that …`: before a verb of speech that gives
/// the words the annotation runs one cue over both, whose source is the
/// verb's speaker; the verb's own clause is that report, and `reportedly`
/// no second one.
pub(super) fn reportedly(cue: &Cue<'_>) -> Reading {
    if cue.phrase.is_none_or(|p| p.words != ["reportedly"]) {
        return Continue(());
    }
    if speech_with_its_words(cue.c, cue.end, cue.sentence_end()) {
        return Break(None);
    }
    cue.finish(cue.clause())
}

/// A verb of speech at token `at` followed by the words it gives: `that`,
/// a colon or a quote, straight or after a comma.
fn speech_with_its_words(c: Ctx<'_>, at: usize, end: usize) -> bool {
    let token = |k: usize| c.tokens.get(k).filter(|_| k < end);
    let speech = token(at).is_some_and(|t| t.is(CUE) && t.info().verb.is_some_and(|v| v.class == VerbClass::Speech));
    let opens_words = |t: &Token| t.kind == TokenKind::OpenQuote || t.is_punct(':') || c.is_word(t, "that");
    let after_comma = token(at + 1).is_some_and(|t| t.is_punct(',')) && token(at + 2).is_some_and(|t| t.kind == TokenKind::OpenQuote);
    speech && (token(at + 1).is_some_and(opens_words) || after_comma)
}

/// `Trump seemed unperturbed`, `it appears that …`: the writer's
/// impression, which names nobody; `appeared on CNN` is no report.
/// `he seemed to indicate …`, `she appeared to imply …`: before `to` and a
/// verb of report the subject says it, if guardedly; the later productions
/// read it.
pub(super) fn impersonal(cue: &Cue<'_>) -> Reading {
    let Cue { c, end, verb, .. } = *cue;
    let guarded = c.tokens.get(end).is_some_and(|n| c.is_word(n, "to")) && c.tokens.get(end + 1).is_some_and(|v| v.is(CUE) && end + 1 < cue.sentence_end());
    if cue.phrase.is_some() || !super::super::impersonal(c, verb) || verb.form == VerbForm::Ing || guarded {
        return Continue(());
    }
    if cue.next_is(&["on", "in", "at", "with", "before"]) || shows_up(cue) {
        return Break(None);
    }
    cue.finish(cue.clause())
}

/// `Okafor appeared together with the mayor`, `appeared by video`,
/// `appeared Sunday`, `she appeared as his adviser`, `footage of the pier
/// appears.`: being seen, not an impression (on train 5 false cues; `it
/// appears, though, that`, `than it appears:` and `appeared as if` stay
/// cues, as annotated).
fn shows_up(cue: &Cue<'_>) -> bool {
    let Cue { c, end, .. } = *cue;
    let next = c.tokens.get(end).filter(|_| end < cue.sentence_end());
    let after = c.tokens.get(end + 1).filter(|_| end + 1 < cue.sentence_end());
    let as_role = cue.next_is(&["as"]) && !after.is_some_and(|a| c.is_word(a, "if") || c.is_word(a, "though"));
    // `than it may seem.` is an impression; `footage of it appears.` is not.
    let impression = (cue.start().max(cue.i.saturating_sub(3))..cue.i).any(|k| c.is_word(&c.tokens[k], "it"));
    let full_stop = next.is_none_or(|n| n.is_punct('.')) && c.lex.lemma(cue.verb.lemma) == "appear" && !impression;
    cue.next_is(&["together", "by"]) || next.is_some_and(|n| n.is(TIME)) || as_role || full_stop
}

/// `a state known for …`, `Clinton is widely known`: a reputation, whose
/// holders go unnamed. `a book titled …`: a title, whose giver goes
/// unnamed.
pub(super) fn reputation(cue: &Cue<'_>) -> Reading {
    let word = &cue.c.tokens[cue.i];
    if cue.phrase.is_none() && (cue.c.is_word(word, "known") || cue.c.is_word(word, "titled")) {
        return cue.read(ClauseShape::NoSpeaker, knowers(cue.c, cue.sentence, cue.i, cue.end));
    }
    Continue(())
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{parse, LEDE};
    use super::super::tests::{cues, sources};
    use crate::parse::ClauseShape;

    #[test]
    fn reportedly_before_speech_giving_its_words_is_that_speech() {
        let got = sources("The ferry resumed service.\n\nOkafor reportedly said, “The tolls must go.”");
        assert_eq!(got, [("said".into(), Some("Okafor".into()))]);
        let got = sources("The ferry resumed service.\n\nThe pilots reportedly argued that the tolls were unfair.");
        assert_eq!(got, [("argued".into(), Some("The pilots".into()))]);
        assert_eq!(cues("Okafor reportedly responded to the vote with anger."), ["reportedly", "responded"]);
    }

    #[test]
    fn appearing_in_person_is_no_impression() {
        assert!(cues("The mayor appeared together with the harbour master.").is_empty());
        assert!(cues("Okafor appeared by video from Dover.").is_empty());
        assert_eq!(cues("It appears, though, that the ferry will run."), ["appears"]);
        assert_eq!(cues("The crews are calmer than it may seem."), ["seem"]);
    }

    #[test]
    fn a_title_given_names_nobody() {
        let got = parse(&format!("{LEDE}The pilots left a pamphlet titled \"Rough Crossings\" on the pier."));
        let titled = got.iter().find(|c| c.0 == "titled").expect("titled is a cue");
        assert_eq!((titled.1.as_deref(), titled.2), (None, ClauseShape::NoSpeaker));
    }
}
