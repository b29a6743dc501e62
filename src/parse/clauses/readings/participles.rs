//! The participle reading (`, saying …`, `a statement saying …`): whether
//! the form reports at all (not a gerund after `for`, not the tail of
//! `responded by saying`), the subject of the clause it hangs from, and
//! the phrase or governing verb that does what it says.

use std::ops::ControlFlow::{Break, Continue};

use nom::sequence::preceded;
use nom::Parser;

use super::*;

/// `, saying …`, `a statement saying …`: a participle, whose speaker is the
/// sentence's subject or the phrase it describes.
pub(super) fn participle(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, .. } = *cue;
    if verb.form != VerbForm::Ing || cue.phrase.is_some_and(|p| p.words.len() <= 1) {
        return Continue(());
    }
    // `polling is showing Trump ahead`, `he is not saying`: a progressive
    // is a finite verb.
    let auxiliaries = (cue.start()..i).rev().take_while(|&k| c.tokens[k].is(GAP) || mentions::ly_adverb(c, &c.tokens[k]));
    let progressive = auxiliaries.into_iter().any(|k| BE.iter().any(|w| c.is_word(&c.tokens[k], w)));
    if !progressive && !participle_reports(c, verb, end) {
        return Break(None);
    }
    // `criticized him for saying`, `no sign of backing down`: after `for`
    // or `of` the form is a gerund, the reason or the thing talked of, and
    // nobody reports anything (12 of 83 on train). After `as` it belongs
    // to the verb before (`quoted him as saying`, `read the poll as
    // showing`), which is the report (2 of 11).
    match gerund_after(c, sentence, i) {
        Some(p) if ["for", "of", "as"].contains(&p) => return Break(None),
        Some(_) if !speech_before_quote(c, sentence, verb, end) => return Break(None),
        _ => {}
    }
    // `…, as Holm leaned on the mayor, citing him …`, `broke her silence by
    // asking …`: after a comma, or after `by`, `after`, `while` and the
    // like, the subject of the clause the participle hangs from. `after
    // strongly backing him`: an adverb may stand between.
    let hang_at = skip_adverbs_back(c, sentence, i);
    let hang = (hang_at < i).then(|| &c.tokens[hang_at]);
    let hangs = hang.is_some_and(|p| p.is_punct(',') || c.lex.list("participle-hangers").iter().any(|w| c.is_word(p, w)));
    if hang.is_some_and(|p| c.is_word(p, "by")) && answered_by(c, sentence, hang_at) {
        return Break(None);
    }
    if hangs && super::super::reply::gives_words_of_reply(c, sentence, hang_at) {
        return Break(None);
    }
    let subject = hangs
        .then(|| nearest_subject(c, sentence, hang_at))
        .flatten()
        .or_else(|| sentence_subject(c, sentence, i))
        .or_else(|| subject_after_opener(c, sentence, i))
        .or_else(|| phrase_before_participle(c, sentence, i, verb));
    let mut clause = Clause { shape: ClauseShape::Participle, subject, ..cue.clause() };
    // `Holm began calling …`, `spent much of her speech praising …`: the
    // subject of the verb that governs the form does it.
    let governed = governing_verb(c, sentence, i).and_then(|k| subject_of_verb(c, sentence, k, verb));
    let doer = governed
        .or_else(|| doer_before_participle(cue, progressive))
        .or_else(|| maker_of_object(c, sentence, i, verb))
        .or_else(|| progressive.then(|| subject_of_progressive(c, sentence, i, verb)).flatten());
    if let Some((first, source)) = doer {
        clause.source = Some(source);
        clause.tokens.0 = first as u32;
    }
    cue.finish(clause)
}

/// `he is not saying`, `Senate Republicans refusing to …`, `a group backing
/// Rubio`: the phrase just before the participle does it. Returns where the
/// phrase starts, and the phrase.
fn doer_before_participle(cue: &Cue<'_>, progressive: bool) -> Option<(usize, Mention)> {
    let Cue { c, sentence, i, verb, .. } = *cue;
    if !cue.prev.is_some_and(|p| p.is_word() || p.kind == TokenKind::Number) {
        return None;
    }
    let before = Backward::new(c.tokens, cue.start(), i);
    let (rest, source) = preceded(|s| gap(c, s), mentions::before(c)).parse(before).ok()?;
    // Without *be*, only a phrase after `with`, `of`, `from` or `among`
    // (`with Senate Republicans refusing`, `from groups supporting`):
    // elsewhere it is mostly an object (`an email to supporters saying`,
    // `sued a staffer calling`).
    // `to see the mayor calling for calm`, `got the crew talking`: after a
    // verb of seeing, hearing or showing, or causative `get`, the object
    // does it, not the verb's subject.
    let opens = rest.first().is_some_and(|t| ["absolute-openers", "perception-verbs"].iter().any(|&list| c.lex.list(list).iter().any(|w| c.is_word(t, w))));
    let first = &c.tokens[source.first_token as usize];
    // `…, Berg saying she was "hopeful" and Holm calling it …`: a person's
    // name after a comma, a dash or `and` heads an absolute phrase; the name
    // says it.
    let absolute =
        rest.first().is_some_and(|t| t.is_punct(',') || t.is_dash() || c.is_word(t, "and")) && first.cap() && source.kind == mentions::MentionKind::Person;
    let opens = opens || absolute || described_by_participle(c, sentence, &source, i);
    let phrase_before = opens && first.info().verb.is_none() && source.kind != mentions::MentionKind::Pronoun && !names_occasion(c, &source);
    ((progressive || phrase_before) && acceptable_speaker(c, &source, verb)).then(|| (rest.at(), source))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{parse, LEDE};

    #[test]
    fn the_object_of_a_verb_of_seeing_does_the_participle() {
        let got = parse(&format!("{LEDE}Riders were glad to see the harbour board defending the fares."));
        let defending = got.iter().find(|c| c.0 == "defending").map(|c| c.1.as_deref());
        assert_eq!(defending, Some(Some("the harbour board")), "{got:?}");
        let got = parse(&format!("{LEDE}The pilots' guild got the crews talking about a strike."));
        let talking = got.iter().find(|c| c.0 == "talking about").map(|c| c.1.as_deref());
        assert_eq!(talking, Some(Some("the crews")), "{got:?}");
        // After another verb the object is no doer: the verb's subject is.
        let got = parse(&format!("{LEDE}The harbour board released a statement defending the fares."));
        let defending = got.iter().find(|c| c.0 == "defending").map(|c| c.1.as_deref());
        assert_eq!(defending, Some(Some("The harbour board")), "{got:?}");
    }
}
