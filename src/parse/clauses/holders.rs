//! Who holds a report named elsewhere than before its verb: the owner of
//! a noun of report (`his criticism of`, `the mayor's assertion`), for a
//! possessive pronoun the sentence's subject when it fits, and those who
//! know a reputation (`known to fans as …`).

use nom::Parser;

use super::*;

/// `his criticism of the tolls`, `the mayor's assertion that …`: the
/// owner of a noun of report (a phrase cue straight after a possessive)
/// made the report. On train the possessor is the annotated source for 10
/// of the 13 such cues marked. A word between is not passed over: `her
/// campaign refers to` is the campaign's.
pub(super) fn possessor(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Mention> {
    let start = sentence.first as usize;
    let k = i.checked_sub(1).filter(|&k| k > start)?;
    let t = &c.tokens[k];
    if t.is(POSSESSIVE) && t.is(PRONOUN) {
        let pronoun = mentions::pronoun_at(c, k);
        return Some(sentence_subject(c, sentence, k).filter(|s| owner_of(s, &pronoun)).unwrap_or(pronoun));
    }
    if t.kind != TokenKind::Possessive {
        return None;
    }
    let (_, owner) = mentions::before(c).parse(Backward::new(c.tokens, start, k)).ok()?;
    Some(owner)
}

/// `Holm has softened his criticism of …`: the sentence's subject, when
/// named and of the possessive pronoun's gender, is whom it stands for; a
/// name is more use to the reader (and to resolving it) than `his`.
fn owner_of(subject: &Mention, pronoun: &Mention) -> bool {
    use mentions::Gender::*;
    let fits = match pronoun.gender {
        Male | Female => subject.gender == pronoun.gender || (subject.gender == Unknown && subject.kind == mentions::MentionKind::Person),
        other => subject.gender == other,
    };
    subject.kind != mentions::MentionKind::Pronoun && subject.end_token <= pronoun.first_token && fits
}

/// `known to fans as …`, `is well known among voters`: those who know it,
/// named after `to` or `among`, hold the reputation.
pub(super) fn knowers(c: Ctx<'_>, sentence: &Sentence, i: usize, cue_end: usize) -> Option<Mention> {
    let next = c.tokens.get(cue_end).filter(|_| cue_end < sentence.end as usize)?;
    if !c.is_word(&c.tokens[i], "known") || !(c.is_word(next, "to") || c.is_word(next, "among")) {
        return None;
    }
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, cue_end + 1, sentence.end as usize)).ok()?;
    // People, not an infinitive (`were known to use the house`): a
    // phrase opening with a determiner, a plural noun, or `everyone`.
    let first = &c.tokens[source.first_token as usize];
    let people = first.is(DETERMINER) || mentions::plural_noun(c.word(&c.tokens[source.head as usize])) || c.is_word(first, "everyone");
    (people && source.kind != mentions::MentionKind::Pronoun).then_some(source)
}
