//! A participle that gives the words of a reply: `The port responded on
//! Monday, saying …`, `Holm answered the question by calling …`. The
//! annotation runs one cue from the verb of reply through the participle,
//! so the participle is no second report; the verb of reply keeps its own
//! clause and speaker. The verbs are «clause-words» [reply-verbs].

use crate::parse::lexicon::VerbForm;
use crate::parse::mentions::Ctx;
use crate::parse::sentences::Sentence;
use crate::parse::tokens::Token;

/// How far back from the comma or `by` the verb of reply may stand
/// (`responded late on Friday to the mayor's letter, saying`).
const REACH: usize = 15;

/// The participle hanging from the comma or `by` at `hang_at` gives the
/// words of a reply whose verb stands before it in the same clause: no
/// quotation mark, colon or semicolon, and no other finite verb between.
/// A reply that follows a quote (`"…," Holm answered, referring to …`)
/// has its words already, and the participle reports on its own.
pub(super) fn gives_words_of_reply(c: Ctx<'_>, sentence: &Sentence, hang_at: usize) -> bool {
    let first = sentence.first as usize;
    let replies = c.lex.list("reply-verbs");
    for k in (first.max(hang_at.saturating_sub(REACH))..hang_at).rev() {
        let t = &c.tokens[k];
        if quoted(t) || t.is_punct(';') || t.is_punct(':') {
            return false;
        }
        let Some(verb) = t.info().verb.filter(|v| v.form != VerbForm::Ing) else {
            continue;
        };
        if replies.contains(&c.lex.lemma(verb.lemma)) {
            return !(first..k).any(|j| quoted(&c.tokens[j]));
        }
        if matches!(verb.form, VerbForm::Past | VerbForm::Third) && !t.cap() {
            return false;
        }
    }
    false
}

/// A quotation mark, or a word inside a quote.
fn quoted(t: &Token) -> bool {
    t.depth > 0 || t.is_mark()
}

#[cfg(test)]
mod tests {
    use super::super::tests::cues_of;

    #[test]
    fn a_participle_after_a_reply_is_no_second_report() {
        assert_eq!(cues_of("The harbour board responded on Monday, saying the tolls would stay."), ["responded"]);
        assert_eq!(cues_of("Okafor answered the pilots' letter by calling the pier safe."), ["answered"]);
    }

    #[test]
    fn a_participle_after_a_quoted_reply_reports_on_its_own() {
        let cues = cues_of("\"It is closed,\" Okafor replied, referring to the pier.");
        assert!(cues.contains(&"referring to".to_string()) || cues.contains(&"referring".to_string()), "{cues:?}");
    }
}
