//! The `owner` pass: a quote that no clause links, after `her remark
//! that "…"`, `Okafor's promise of "…"` or `his warning that the port
//! would be "…"`, holds the words of that remark, promise or warning, and
//! so of its owner. PolNeAR marks such nouns as cues, with the possessive
//! as their source, though the grammar reads no clause there (nouns are
//! cues in too few of their uses to be read as clauses).

use super::super::entities::Entities;
use super::super::{QuoteLink, Speaker};
use super::{Place, Sieve};
use crate::parse::lexicon::class::{CONJUNCTION, HE, POSSESSIVE, PREPOSITION, PRONOUN, SHE, THEY};
use crate::parse::mentions::{self, Ctx};
use crate::parse::stream::Backward;
use crate::parse::{Lexicon, Mention, MentionKind, Parsed, TokenKind};
use nom::Parser;

/// How far before the quote the noun may stand, in tokens: a clause of
/// its own may come between (`his claim that the pier was "…"`).
const NOUN_REACH: usize = 14;
/// Words that may stand between the possessive and the noun (`her March
/// comment`, `the mayor's own campaign slogan`).
const MODIFIERS: usize = 2;

/// The share of quotes this rule links that have the annotated speaker
/// (PolNeAR train, twenty-fifth round).
pub(super) const CONFIDENCE: f32 = 0.7;

/// The owners the pass found, by quote link, kept to be joined to their
/// entities once the quotes' kinds are known: the sieve sees no entities.
#[derive(Debug, Default)]
pub struct Owners(Vec<(usize, Mention)>);

impl Owners {
    pub(super) fn push(&mut self, link: usize, owner: Mention) {
        self.0.push((link, owner));
    }

    /// Names each owner as a clause's speaker is named (`his` resolved,
    /// `Okafor` to the Ines Okafor named before), for the quotes still
    /// linked by this pass (a quote read as a title or scare quote is not).
    pub fn resolve(&self, text: &str, parsed: &Parsed, lex: &Lexicon, entities: &mut Entities, links: &mut [QuoteLink]) {
        for (k, owner) in &self.0 {
            let link = &mut links[*k];
            if !matches!(link.pass, "owner" | "subject-before" | "colon-someone") || link.speaker.is_none() {
                continue;
            }
            let (speaker, rivals, _) = super::super::speakers::resolve(text, parsed, lex, entities, owner);
            // A `his` or `their` the resolver gives to a place or a company
            // (a state, a treaty's name) is misread: it stays as it reads.
            let misread = owner.kind == MentionKind::Pronoun && speaker.kind != MentionKind::Person;
            if speaker.entity.is_some() && rivals.len() <= 1 && !misread {
                link.speaker = Some(Box::new(speaker));
            }
        }
    }
}

impl Sieve<'_> {
    /// The owner of the nearest noun of speech before the quote in its
    /// sentence, when it is a person, organisation or personal pronoun.
    pub(super) fn owner_of_words(&self, p: &Place) -> Option<Mention> {
        owner_mention(self.parsed.ctx(self.text, self.lex), self.parsed, p.open, p.first_sentence)
    }

    /// The owner of a noun of speech standing after clause `c`'s verb and
    /// before the quote, when it is a name's possessive, not a pronoun's
    /// (`Abt called Ruiz's claim of a "…" odd`: Ruiz's words, not Abt's).
    pub(super) fn named_owner_after(&self, c: usize, p: &Place) -> Option<Mention> {
        let cue = self.parsed.clauses[c].cue;
        let x = self.parsed.ctx(self.text, self.lex);
        let first = self.parsed.sentences[p.first_sentence].first as usize;
        // Cheapest first: a tie word after the holder's verb with a noun of
        // speech straight before it, asked of the few tie words only.
        let from = first.max(p.open.saturating_sub(NOUN_REACH)) + 1;
        let ties = x.lex.list("speech-noun-ties");
        let is_in = |k: usize, list: &[&str]| list.iter().any(|w| x.is_word(&x.tokens[k], w));
        let noun_at = |k: usize| x.tokens[k].is_word() && x.lex.in_list("speech-nouns", x.tokens[k].span().of(self.text));
        // The ties are prepositions: the class bit rules out most words.
        let tie_at = |k: usize| x.tokens[k].is(PREPOSITION) && x.lex.in_list("speech-noun-ties", x.tokens[k].span().of(self.text));
        let tied = (from..p.open).any(|k| x.tokens[k].span().start >= cue.end && tie_at(k) && noun_at(k - 1));
        if !tied || noun_of_speech(x, first, p.open).is_none_or(|noun| noun + 1 >= p.open || !is_in(noun + 1, ties)) {
            return None;
        }
        let owner = self.owner_of_words(p)?;
        (owner.kind != MentionKind::Pronoun && owner.span.start >= cue.end).then_some(owner)
    }
}

/// The owner's words as its speaker, until [`Owners::resolve`] names it.
pub(super) fn as_read(text: &str, owner: &Mention) -> Speaker {
    Speaker { name: owner.name.of(text).to_string(), kind: owner.kind, mention: owner.span, entity: None }
}

fn owner_mention(c: Ctx<'_>, parsed: &Parsed, open: usize, sentence: usize) -> Option<Mention> {
    let first = parsed.sentences[sentence].first as usize;
    let noun = noun_of_speech(c, first, open)?;
    if cue_between(parsed, sentence, noun, open) {
        return None;
    }
    let owner = owner_before(c, first, noun)?;
    super::super::subject::someone(c, &owner).then_some(owner)
}

/// A reporting clause's verb between the noun and the quote reports the
/// quote itself, or it is no report of the noun's (`after Ruiz's call
/// ended, the office sent a note saying "…"`).
fn cue_between(parsed: &Parsed, sentence: usize, noun: usize, open: usize) -> bool {
    parsed.clauses_in(sentence, sentence).any(|i| {
        let (from, _) = parsed.clauses[i].cue_tokens;
        (noun..open).contains(&(from as usize))
    })
}

/// The nearest noun of speech before `open`, after no other quote and no
/// mark that ends a clause (`;`, `:` but one opening the quote, a dash,
/// brackets).
fn noun_of_speech(c: Ctx<'_>, first: usize, open: usize) -> Option<usize> {
    let from = first.max(open.saturating_sub(NOUN_REACH));
    let nouns = c.lex.list("speech-nouns");
    for k in (from..open).rev() {
        let t = &c.tokens[k];
        // A colon may open the quote itself (`her answer was: "…"`).
        let opens_quote = k + 1 == open && t.is_punct(':');
        if t.is_mark() || t.depth > 0 || t.is_dash() || (!opens_quote && [';', ':', '(', ')', '?', '!'].iter().any(|&p| t.is_punct(p))) {
            return None;
        }
        if t.is_word() && nouns.iter().any(|w| c.is_word(t, w)) {
            return Some(k);
        }
    }
    None
}

/// `his`, `their` or a name's possessive (`Okafor's`) right before the
/// noun, or before up to [`MODIFIERS`] words modifying it.
fn owner_before(c: Ctx<'_>, first: usize, noun: usize) -> Option<Mention> {
    let lowest = first.max(noun.saturating_sub(MODIFIERS + 1));
    let mut k = noun.checked_sub(1)?;
    while k >= lowest {
        let t = &c.tokens[k];
        if t.is(POSSESSIVE) && t.is(PRONOUN) && t.is(HE | SHE | THEY) {
            return Some(mentions::pronoun_at(c, k));
        }
        if t.kind == TokenKind::Possessive {
            let (_, owner) = mentions::before(c).parse(Backward::new(c.tokens, first, k)).ok()?;
            return (owner.kind != MentionKind::Pronoun).then_some(owner);
        }
        // A modifier, not a phrase of its own (`wag their fingers and cry`).
        if !t.is_word() || t.is(CONJUNCTION | PREPOSITION) || k == lowest {
            return None;
        }
        k -= 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::source::Source;

    /// The owner the pass reads for the first quote of `text`, whatever
    /// an earlier pass made of it.
    fn owner(text: &str) -> Option<String> {
        let checked = crate::check_source(Source::new("t.txt", text.to_string()), &Config::default());
        let (parsed, lex) = (&checked.parsed, crate::parse::lexicon::lexicon());
        let q = &parsed.quotes.quotes[0];
        let sentence = parsed.sentence_at(q.span.start)?;
        super::owner_mention(parsed.ctx(text, lex), parsed, parsed.token_at(q.span.start), sentence).map(|m| m.span.of(text).to_string())
    }

    #[test]
    fn a_colon_opening_the_quote_does_not_stop_the_search() {
        assert_eq!(owner("It came after her famous demand at the pier: \"Sink the old boat!\"\n").as_deref(), Some("her"));
        // A colon further back ends the noun's phrase.
        assert_eq!(owner("It came after her famous demand: the pier was \"no place for boats.\"\n"), None);
    }
}
