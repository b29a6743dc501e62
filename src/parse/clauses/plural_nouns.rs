//! `went on the evening talk shows.`, `for their political views,`, `hold claims
//! in the bay`, `three phone calls in one night`: the third-person
//! form of a verb whose plural noun is spelt the same (`[plural-nouns-of-
//! report]` in `grammar/clause-words.txt`) is that noun where nothing it
//! could report follows (a comma, a full stop, `of`, `in`, `from`:
//! `[after-a-plural-noun]` in `grammar/cue-words.txt`) and the
//! words before it cannot be its subject: a preposition, a pronoun, an
//! auxiliary or another cue stands between it and the last comma or the
//! sentence's start. `…, a harbour survey shows.` keeps its verb.

use crate::parse::lexicon::class::*;
use crate::parse::mentions::Ctx;
use crate::parse::sentences::Sentence;
use crate::parse::tokens::{Token, TokenKind};

use super::senses::at;

/// How far back the subject of a sentence-closing verb is sought.
const SUBJECT_REACH: usize = 8;

/// The cue word at `i` (of lemma `lemma`) is a plural noun here.
pub(super) fn plural_noun_of_report(c: Ctx<'_>, sentence: &Sentence, i: usize, lemma: &str) -> bool {
    // The spelling is tested before the list: most cues (`said`, `told`)
    // end otherwise, and the list is found by name.
    c.word(&c.tokens[i]).ends_with('s')
        && c.lex.list("plural-nouns-of-report").contains(&lemma)
        && nothing_reported_after(c, sentence, i)
        && !bare_subject_before(c, sentence, i)
}

/// A comma, a stop or the sentence's end, or a word of
/// `[after-a-plural-noun]` («cue-words»: `of`, `in`, `from`).
fn nothing_reported_after(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    match at(c, sentence, i + 1) {
        None => true,
        Some(next) => [',', '.', ';', ')', '?', '!'].iter().any(|&p| next.is_punct(p)) || c.lex.list("after-a-plural-noun").iter().any(|w| c.is_word(next, w)),
    }
}

/// The words before `i`, back to a comma, a quote mark, a colon or the
/// sentence's start, hold no preposition, pronoun, auxiliary or cue.
fn bare_subject_before(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let first = sentence.first as usize;
    for k in (first.max(i.saturating_sub(SUBJECT_REACH))..i).rev() {
        let t = &c.tokens[k];
        if t.is_punct(',') || t.is_punct(':') || t.is_mark() {
            return true;
        }
        if t.is(PREPOSITION | PRONOUN | CUE) || auxiliary(c, t) {
            return false;
        }
    }
    i.saturating_sub(first) <= SUBJECT_REACH
}

fn auxiliary(c: Ctx<'_>, t: &Token) -> bool {
    t.kind != TokenKind::Possessive && (["has", "have", "had"].iter().any(|w| c.is_word(t, w)) || super::passive_agent::be_form(c, t))
}

#[cfg(test)]
mod tests {
    use super::super::tests::cues_of as cues;

    #[test]
    fn a_plural_noun_spelt_as_a_verb_is_no_cue() {
        assert!(cues("Marta Okafor took her case to the morning talk shows.").is_empty());
        assert!(cues("The pilots were punished for their political views, the guild says.").iter().all(|c| c != "views"));
        assert!(cues("The harbour board has held three phone calls in one night.").is_empty());
    }

    #[test]
    fn a_verb_closing_its_sentence_after_a_comma_keeps_its_subject() {
        assert_eq!(cues("Fares rose by a third, a harbour survey shows."), ["shows"]);
    }
}
