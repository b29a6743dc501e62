//! The subject of a sentence: its first noun phrase after the openers
//! (see `openers`), when a verb follows it, and the name set beside a
//! common noun subject (`The union's chief, Tom Bell, said`). Many
//! readings fall back on it: a participle's subject, a verb after `and`,
//! a possessive pronoun's owner.

use nom::Parser;

use super::*;

/// The subject of a sentence: its first noun phrase, after an opening
/// adverbial (`On Friday, …`, `Asked about the tolls, …`), when a verb
/// follows it. Expletive `it` and `there` are nobody.
pub fn sentence_subject(c: Ctx<'_>, sentence: &Sentence, before: usize) -> Option<Mention> {
    let (start, before_openers) = subject_start(c, sentence, before)?;
    if start >= before {
        return None;
    }
    let (mut rest, mut subject) = mentions::after(c).parse(Forward::new(c.tokens, start, before)).ok()?;
    // `In Salem, New Hampshire, Trump …`: a place after an opener's comma
    // ends the opener; the subject follows it (`China, Pyongyang's ally,
    // said` opens with no opener: China is the subject).
    let place = mentions::place_name(&c.tokens[subject.first_token as usize..subject.end_token as usize]);
    // `On Friday, Norway, leading a group of towns, asked …`: with no
    // phrase after its comma, the place is the subject, set off by an aside.
    if start > before_openers && place && rest.first().is_some_and(|t| t.is_punct(',')) {
        let after_place = mentions::after(c).parse(Forward::new(c.tokens, rest.at() + 1, before)).ok();
        let aside_follows = c.tokens.get(rest.at() + 1).is_some_and(|t| t.is_word() && !t.cap() && c.word(t).ends_with("ing"));
        match after_place {
            Some(found) => (rest, subject) = found,
            None if aside_follows => {}
            None => return None,
        }
    }
    let head_in_s = c.word(&c.tokens[subject.head as usize]).ends_with('s');
    let object_follows = rest.first().is_some_and(|n| n.is(DETERMINER | PRONOUN) && !n.is(PREPOSITION)) && head_in_s;
    let adverb_follows = rest.first().is_some_and(|n| mentions::ly_adverb(c, n));
    // `Okafor lists "…" as her goal`, `the FBI projects that "…"`: quoted
    // words or `that` straight after a head in -s are its object, and an
    // organisation before it is the subject as a person is.
    // (The subject is read up to the quote, so the quote's mark is the
    // token the reading stopped at.)
    let quote_follows = c.tokens.get(rest.at()).is_some_and(|n| n.kind == TokenKind::OpenQuote);
    let words_follow = head_in_s && (quote_follows || rest.first().is_some_and(|n| c.is_word(n, "that")));
    if object_follows || adverb_follows || words_follow {
        let organisation = || organisation_before_verb(c, &subject, before).filter(|_| words_follow);
        if let Some(found) = name_before_verb(c, &subject, before).or_else(organisation) {
            (rest, subject) = found;
        }
    }
    let first = &c.tokens[subject.first_token as usize];
    if c.is_word(first, "it") || c.is_word(first, "there") {
        return None;
    }
    if let Some(name) = name_set_beside(c, &subject, rest.at(), before) {
        subject.name = name;
        if c.tokens[subject.head as usize].is(ROLE | TITLE | ANONYMOUS) {
            subject.kind = mentions::MentionKind::Person;
        }
    }
    let next = rest.first()?;
    // `Gov. Ann Holm (R) blasted …`: a party label may follow the name.
    let party = |t: &Token| matches!(c.word(t).as_bytes(), [b'R' | b'D' | b'I'] | [b'R' | b'D' | b'I', b'-', ..]);
    let label = next.is_punct('(') && rest.get(1).is_some_and(party);
    ((next.is_word() && !next.cap()) || next.is_punct(',') || label).then_some(subject)
}

/// `The union's chief, Tom Bell, 70, had sailed for years and said …`: a
/// name set off by commas straight after a common noun subject names it,
/// as `mentions::before` reads such an aside before a verb. Returns the
/// name's span.
fn name_set_beside(c: Ctx<'_>, subject: &Mention, comma: usize, before: usize) -> Option<Span> {
    let head = &c.tokens[subject.head as usize];
    if subject.kind == mentions::MentionKind::Pronoun || head.cap() || !c.tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let words = (comma + 1..before.min(comma + 1 + NAME_WORDS)).take_while(|&k| mentions::name_word(c, &c.tokens[k])).count();
    let closes = comma + 1 + words;
    (words > 0 && closes < before && c.tokens[closes].is_punct(',')).then(|| Span::new(c.tokens[comma + 1].span().start, c.tokens[closes - 1].span().end))
}

/// The most words a name set beside a subject may have.
const NAME_WORDS: usize = 4;

/// `Holm makes a case:`, `Holm went fully on the attack`: a name and its
/// verb read as a noun phrase (`Holm voters`) when an object, an adverb or
/// a preposition follows; the name is the subject, and the reading goes on
/// at the verb (up to `end`).
pub(super) fn name_before_verb<'a>(c: Ctx<'a>, subject: &Mention, end: usize) -> Option<(Forward<'a>, Mention)> {
    let head = subject.head as usize;
    if c.tokens[head].cap() || head <= subject.first_token as usize {
        return None;
    }
    let (rest, name) = mentions::after(c).parse(Forward::new(c.tokens, subject.first_token as usize, head)).ok()?;
    (rest.at() == head && name.kind == mentions::MentionKind::Person).then(|| (Forward::new(c.tokens, head, end), name))
}

/// As [`name_before_verb`], for an organisation (`The FBI lists`).
fn organisation_before_verb<'a>(c: Ctx<'a>, subject: &Mention, end: usize) -> Option<(Forward<'a>, Mention)> {
    let head = subject.head as usize;
    if c.tokens[head].cap() || head <= subject.first_token as usize {
        return None;
    }
    let (rest, name) = mentions::after(c).parse(Forward::new(c.tokens, subject.first_token as usize, head)).ok()?;
    (rest.at() == head && name.kind == mentions::MentionKind::Organisation).then(|| (Forward::new(c.tokens, head, end), name))
}

/// `he`, `she`, `they`, `we`, `I`: a pronoun that can only be a subject.
pub(super) fn subject_pronoun(c: Ctx<'_>, t: &Token) -> bool {
    // Most tokens are ruled out by their kind before the list is looked up.
    t.is(PRONOUN) && c.lex.list("subject-pronouns").iter().any(|w| c.is_word(t, w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{names_of, participle_subject};

    #[test]
    fn a_first_name_in_ing_the_draft_writes_capitalised_is_no_opening_participle() {
        let got = names_of("The board fired Ann Dowling.\n\nDowling, through a lawyer, declined to comment.");
        assert!(got.contains(&("declined".into(), Some("Dowling".into()))), "{got:?}");
    }

    #[test]
    fn a_place_after_an_opener_with_an_aside_is_the_subject() {
        let got = names_of("On Friday, Norway, leading a group of nine states, asked the court to halt the tolls.");
        assert_eq!(got, [("asked".to_string(), Some("Norway".to_string()))]);
    }

    #[test]
    fn a_name_set_beside_the_subject_names_the_speaker_of_a_later_verb() {
        let got = names_of("The head of the union, Tom Bell, had sailed the strait for years and said the pier was safe.");
        assert_eq!(got, [("said".to_string(), Some("Tom Bell".to_string()))]);
        // A pronoun or a name as subject keeps its own words.
        let got = names_of("Ruiz, Tom Bell, and the pilots sailed on Monday and said the pier was safe.");
        assert!(got.iter().all(|(_, name)| name.as_deref() != Some("Tom Bell")), "{got:?}");
    }

    #[test]
    fn a_hedged_count_opens_the_subject_not_an_adverbial() {
        let got = participle_subject("About 200 dockers marched to the pier, holding signs and chanting \"Fair pay now.\"");
        assert_eq!(got.as_deref(), Some("200 dockers"));
        let got = participle_subject("Outside the hall, about 200 dockers gathered, holding signs and chanting \"Fair pay now.\"");
        assert_eq!(got.as_deref(), Some("200 dockers"));
    }

    #[test]
    fn a_few_riders_open_the_subject() {
        assert_eq!(participle_subject("A few riders have spoken out, saying the fares are too high.").as_deref(), Some("riders"));
    }
}
