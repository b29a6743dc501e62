//! The phrase a participle describes, which does what it says: `leaflets
//! attacking the mayor`, `a memo saying …`, `the harbour PAC backing
//! Okafor`. Not a phrase naming an occasion or a channel (`a speech
//! praising …`), whose participle is the speaker's who used it, nor one
//! in a sentence that quotes someone else.

use nom::sequence::preceded;
use nom::Parser;

use super::*;

/// `Harbour groups backing Okafor have spent …`, `leaflets attacking the
/// mayor`: a participle with no clause to hang from describes the phrase
/// right before it, which does what it says.
pub(super) fn phrase_before_participle(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<Mention> {
    let start = sentence.first as usize;
    if i == start || !c.tokens[i - 1].is_word() {
        return None;
    }
    let before = Backward::new(c.tokens, start, i);
    let (_, source) = preceded(|s| gap(c, s), mentions::before(c)).parse(before).ok()?;
    // `Ms. Holm avoids discussing`, `the mayor spent Monday touring`: a
    // phrase holding a finite verb is a clause, whose subject the
    // participle does not take.
    let finite = (source.first_token as usize..source.end_token as usize).any(|k| {
        let t = &c.tokens[k];
        c.is_word(t, "to") || t.info().verb.is_some_and(|v| matches!(v.form, VerbForm::Past | VerbForm::Third))
    });
    // A quote in the sentence is mostly someone else's, whom the
    // phrase would take it from (`a poster saying "…"`, `a group backing
    // her premiered "…"`): leave the participle without a speaker there.
    let speaks = !names_occasion(c, &source);
    (!finite && speaks && !holds_quote(c, sentence) && source.kind != mentions::MentionKind::Pronoun && acceptable_speaker(c, &source, verb)).then_some(source)
}

/// `a leaflet saying …`, `the pilots' union backing Okafor`: a participle
/// straight after a common noun, with no comma between, describes that
/// noun's phrase, which says it. Not where the phrase holds or follows a
/// verb (`Police receive calls saying`, `released a statement saying`: the
/// annotation gives such a participle to the verb's subject, its cue
/// running from the verb), nor where the sentence holds a quotation (see
/// `phrase_before_participle`).
pub(super) fn described_by_participle(c: Ctx<'_>, sentence: &Sentence, source: &Mention, i: usize) -> bool {
    let last = &c.tokens[i - 1];
    let adverb = c.word(last).ends_with("ly") || c.is_word(last, "perhaps");
    let common = !last.cap() && !last.is(GAP | PREPOSITION | CONJUNCTION) && !adverb && mentions::nominal(c, last);
    let noun = common || common_acronym(c, i - 1);
    let first = source.first_token as usize;
    let verb_inside = (first..i - 1).any(|k| verbal(c, &c.tokens[k]) || c.is_word(&c.tokens[k], "and"));
    let object = first.checked_sub(1).is_some_and(|k| verbal(c, &c.tokens[k]));
    source.end_token as usize == i && noun && !verb_inside && !object && !holds_quote(c, sentence)
}

/// `a super PAC backing Holm`, `the ferry PACs supporting her`: an
/// acronym in capitals (a plural in `s`) after a word in lower case (not
/// a preposition) is a common noun, a kind of group, not a name.
fn common_acronym(c: Ctx<'_>, k: usize) -> bool {
    let word = c.word(&c.tokens[k]);
    let letters = word.strip_suffix('s').unwrap_or(word);
    let capitals = letters.len() >= 2 && letters.chars().all(|ch| ch.is_ascii_uppercase());
    // `on CNN talking about …`: after a preposition it is a name.
    let modified = k > 0 && {
        let before = &c.tokens[k - 1];
        before.is_word() && !before.cap() && !before.is(PREPOSITION)
    };
    capitals && modified
}

/// `during a speech attacking …`, `heard on an open microphone telling …`,
/// `went on the record endorsing …`: a phrase headed by a noun of an
/// occasion, a place or a channel of speech («clause-words»
/// [occasion-nouns]) says nothing itself; the participle is the speaker's
/// who used it.
pub(super) fn names_occasion(c: Ctx<'_>, source: &Mention) -> bool {
    let head = &c.tokens[(source.end_token as usize).saturating_sub(1)];
    c.lex.list("occasion-nouns").iter().any(|w| c.is_word(head, w))
}

/// The sentence holds a quotation.
fn holds_quote(c: Ctx<'_>, sentence: &Sentence) -> bool {
    (sentence.first as usize..sentence.end as usize).any(|k| matches!(c.tokens[k].kind, TokenKind::OpenQuote))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{parse, LEDE};

    #[test]
    fn a_participle_straight_after_a_noun_describes_its_phrase() {
        let speaker = |text: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == "saying").and_then(|c| c.1.clone())
        };
        assert_eq!(
            speaker("The pilots handed out leaflets on the pier, and Holm sent the crews a memo saying the boats were safe.").as_deref(),
            Some("a memo")
        );
        // The phrase is the object of a verb: not it but the verb's subject
        // says it (see `maker_of_object`).
        assert_eq!(speaker("The ferry office released a notice saying the boats would run late.").as_deref(), Some("The ferry office"));
        // A comma before the participle: it hangs from the clause (whose
        // subject is the participle's `subject`), not from the crews.
        assert_eq!(speaker("The ferry office wrote to the crews, saying the boats would run late."), None);
    }

    #[test]
    fn a_participle_after_a_noun_of_occasion_is_not_that_nouns() {
        let source = |text: &str, cue: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == cue).map(|c| c.1.clone())
        };
        let telling = source("Okafor could be heard on an open microphone telling the crews to leave.", "telling");
        assert_eq!(telling, Some(None), "a cue, its doer left to the clause's subject");
        let praising = source("Holm made her name with a speech praising the crews.", "praising");
        assert_eq!(praising, Some(None));
        // A thing that carries words keeps the participle.
        let praising = source("Holm made her name with a pamphlet praising the crews.", "praising");
        assert_eq!(praising, Some(Some("a pamphlet".to_string())));
    }

    #[test]
    fn an_acronym_after_a_lower_case_word_is_a_group_that_speaks() {
        let source = |text: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == "backing").and_then(|c| c.1.clone())
        };
        assert_eq!(source("Ferries First, the harbour PAC backing Okafor, spent more on leaflets.").as_deref(), Some("PAC"));
        assert_eq!(source("The money came in from a family of ferry PACs backing Okafor.").as_deref(), Some("PACs"));
        // After a preposition an acronym is a name (`on CBS`), and the
        // participle hangs from the clause.
        assert_ne!(source("Holm was on HTV backing the new tolls.").as_deref(), Some("HTV"));
    }
}
