//! The readings of one reporting cue, tried in the grammar's order: each
//! production either reads the cue as a clause, rules it out (`appeared on
//! CNN`, `criticized him for saying`), or passes it to the next.
//!
//! This file holds what every production shares (the [`Cue`] they read,
//! the order they are tried in, and `according to`, whose phrase names
//! its source at a fixed place); the productions themselves are grouped
//! by what they read, one group a file.

mod beside_the_verb;
mod loose;
mod nouns;
mod participles;
mod passives;
mod ruled_out;
mod unnamed;

use std::ops::ControlFlow::{self, Break, Continue};

use nom::Parser;

use super::*;
use beside_the_verb::{inverted, speaker_first};
use loose::{coordinated, loose, said_after_aside, say_with_count, verb_after_aside};
use nouns::{noun_after_adjective, noun_of_report};
use participles::participle;
use passives::{passive, passive_after_thing, passive_without_be, reduced_passive, reduced_relative_passive};
use ruled_out::{nominal, ruled_out};
use unnamed::{impersonal, reportedly, reputation};

/// One production's answer: `Break(Some(clause))` reads the cue as that
/// clause, `Break(None)` rules the cue out, `Continue` passes it on.
type Reading = ControlFlow<Option<Clause>>;

/// A reporting verb (or a phrase with one) and the words around it, as
/// every production sees it.
#[derive(Clone, Copy)]
struct Cue<'a> {
    c: Ctx<'a>,
    sentence: &'a Sentence,
    si: usize,
    /// The cue's first token, and the token after its last.
    i: usize,
    end: usize,
    verb: Verb,
    phrase: Option<&'a Phrase>,
    /// The token before the cue, in the same sentence.
    prev: Option<&'a Token>,
}

impl Cue<'_> {
    fn start(&self) -> usize {
        self.sentence.first as usize
    }

    fn sentence_end(&self) -> usize {
        self.sentence.end as usize
    }

    fn clause(&self) -> Clause {
        bare_clause(self.c, self.si, self.i, self.end, Some(self.verb))
    }

    /// Reads the cue as `clause`, with the words after the cue that belong
    /// to it.
    fn finish(&self, clause: Clause) -> Reading {
        Break(finish(self.c, self.sentence, clause, self.end))
    }

    /// Reads the cue as a clause of this shape and source.
    fn read(&self, shape: ClauseShape, source: Option<Mention>) -> Reading {
        self.finish(Clause { shape, source, ..self.clause() })
    }

    fn next_is(&self, words: &[&str]) -> bool {
        self.c.tokens.get(self.end).filter(|_| self.end < self.sentence_end()).is_some_and(|n| words.iter().any(|w| self.c.is_word(n, w)))
    }
}

/// The productions after `according to`, in the order they are tried.
/// Each takes the cue by reference: a `Cue` is some 110 bytes, and a copy
/// for each production tried cost more than most of them read (about 9
/// million instructions over train).
#[rustfmt::skip]
const PRODUCTIONS: [for<'a, 'b> fn(&'b Cue<'a>) -> Reading; 20] = [
    noun_of_report,
    ruled_out,
    reportedly,
    nominal,
    passive,
    reduced_passive,
    passive_without_be,
    passive_after_thing,
    reduced_relative_passive,
    impersonal,
    reputation,
    participle,
    noun_after_adjective,
    speaker_first,
    inverted,
    coordinated,
    loose,
    said_after_aside,
    verb_after_aside,
    say_with_count,
];

/// The reporting clause whose cue starts at token `i`, if there is one.
///
/// Asked of every token, most of which start no cue: inlined, so that
/// answer costs no call (the build's code-generation units left it a call
/// in some builds and not others, ±50 million instructions over train).
#[inline]
pub(super) fn clause_at(c: Ctx<'_>, sentence: &Sentence, si: usize, i: usize) -> Option<Clause> {
    // The poll and `To …,` openers only open a sentence: asked here, not
    // of every token (each returns a whole clause). Each opens with its
    // own word (`In`, `To`), tested here inline: most sentences open with
    // neither, and are not passed to either (two calls a sentence).
    if i == sentence.first as usize {
        let t = &c.tokens[i];
        let opener = if c.is_word(t, "in") {
            poll_opener(c, sentence, si, i)
        } else if c.is_word(t, "to") {
            to_opener(c, sentence, si, i)
        } else {
            None
        };
        if opener.is_some() {
            return opener;
        }
    }
    let (end, verb, phrase) = cue_at(c, sentence, i)?;
    if let Some(slot) = phrase.and_then(|p| p.source_slot) {
        if genitive_without_article(c, sentence, i, slot) {
            return None;
        }
        return according(c, sentence, bare_clause(c, si, i, end, verb), i + slot);
    }
    let prev = (i > sentence.first as usize).then(|| &c.tokens[i - 1]);
    let cue = Cue { c, sentence, si, i, end, verb: verb?, phrase, prev };
    PRODUCTIONS.iter().find_map(|production| match production(&cue) {
        Break(reading) => Some(reading),
        Continue(()) => None,
    })?
}

/// `the endorsement of the guild` names its giver after `of` only after an
/// article: `Holm's endorsement of the guild`, `a formal endorsement of
/// Okafor` name what was endorsed (on train such uses were marked 10 times
/// in 20, with the source elsewhere). A phrase whose source follows `from`
/// (`criticism from NP`) names it wherever it stands.
fn genitive_without_article(c: Ctx<'_>, sentence: &Sentence, i: usize, slot: usize) -> bool {
    let genitive = slot > 0 && c.is_word(&c.tokens[i + slot - 1], "of");
    let after_article = i > sentence.first as usize && c.tokens[i - 1].is(DETERMINER) && !c.tokens[i - 1].is(POSSESSIVE);
    genitive && !after_article
}

/// A clause of the cue `i..end` with no speaker yet.
fn bare_clause(c: Ctx<'_>, si: usize, i: usize, end: usize, verb: Option<Verb>) -> Clause {
    Clause {
        cue: span_of(c.tokens, i, end),
        cue_tokens: (i as u32, end as u32),
        verb,
        source: None,
        subject: None,
        shape: ClauseShape::NoSpeaker,
        sentence: si as u32,
        tokens: (i as u32, end as u32),
        colon: false,
        content: None,
        content_before: false,
    }
}

/// `according to the ministry`, `in an interview with Okafor`: the phrase
/// names its source at a fixed place.
fn according(c: Ctx<'_>, sentence: &Sentence, mut clause: Clause, at: usize) -> Option<Clause> {
    let input = Forward::new(c.tokens, at, sentence.end as usize);
    let (end, source) = match mentions::after(c).parse(input) {
        Ok((rest, source)) => (rest.at(), source),
        Err(_) => {
            let source = mentions::loose_phrase(c, at, sentence.end as usize)?;
            (source.end_token as usize, source)
        }
    };
    let (end, source) = source_with_maker(c, sentence, end, source);
    clause.source = Some(source);
    clause.shape = ClauseShape::According;
    clause.tokens.1 = end as u32;
    Some(clause)
}

/// A phrase headed by this word names someone who can speak: a name, or
/// a role, title, organisation, anonymous source or group word.
fn names_someone(head: &Token) -> bool {
    head.cap() || head.is(ROLE | TITLE | ORG | ANONYMOUS | GROUP)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cues_of, parse, LEDE};

    /// Each clause's cue and source, read by the clause grammar's own test parser.
    pub(super) fn sources(text: &str) -> Vec<(String, Option<String>)> {
        super::super::tests::parse(text).into_iter().map(|(cue, source, ..)| (cue, source)).collect()
    }

    /// The cues of `text`, read after a lede.
    pub(super) fn cues(text: &str) -> Vec<String> {
        sources(&format!("The ferry resumed service.\n\n{text}")).into_iter().map(|(cue, _)| cue).collect()
    }

    #[test]
    fn support_won_names_its_giver_after_of() {
        let got = parse(&format!("{LEDE}Okafor won the endorsement of the pilots' guild."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("endorsement of", Some("the pilots' guild")), "{got:?}");
        let got = parse(&format!("{LEDE}The timetable has the backing of most island councils."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("backing of", Some("most island councils")), "{got:?}");
        // After a possessive or an adjective, or with `support`, no cue.
        assert!(cues_of("Her endorsement of the timetable came late.").is_empty());
        assert!(cues_of("The guild gave a formal endorsement of the timetable.").is_empty());
        assert!(cues_of("The timetable has the support of most island councils.").is_empty());
    }

    /// The openers are asked only of a sentence opening with their own
    /// word: `In` a poll and `To` a person still read, in either case, and
    /// a sentence opening with another preposition gets no opener's cue.
    #[test]
    fn an_opener_is_read_only_after_its_own_first_word() {
        let got = parse(&format!("{LEDE}In a Harbour Gazette poll last week, most riders backed the tolls."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("In", Some("a Harbour Gazette poll")), "{got:?}");
        let got = parse(&format!("{LEDE}TO OKAFOR, the timetable is a gamble."));
        assert_eq!(got[0].0, "TO", "{got:?}");
        let got = parse(&format!("{LEDE}On a Harbour Gazette poll last week, most riders backed the tolls."));
        assert!(got.iter().all(|c| c.0 != "On" && c.1.as_deref() != Some("a Harbour Gazette poll")), "{got:?}");
        let got = parse(&format!("{LEDE}For Okafor, the timetable is a gamble."));
        assert!(got.iter().all(|c| c.0 != "For"), "{got:?}");
    }

    #[test]
    fn according_to_names_the_source() {
        let got = parse(&format!("{LEDE}The tolls will rise, according to the harbour authority."));
        assert_eq!(got[0].0, "according to");
        assert_eq!(got[0].1.as_deref(), Some("the harbour authority"));
        assert_eq!(got[0].3.as_deref(), Some("The tolls will rise"));
    }
}
