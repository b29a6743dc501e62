//! Fixed phrases from the lexicons found in the narration: the weasel and
//! "reportedly" phrases that rules look for.

use super::Context;
use crate::parse::lexicon::{Phrase, PhraseKind};
use crate::parse::mentions::Ctx;
use crate::parse::Token;
use crate::source::Span;

/// What [`found`] found for each kind asked so far in one draft.
#[derive(Debug, Default)]
pub struct Found(std::cell::RefCell<Vec<(PhraseKind, Vec<Span>)>>);

/// The kinds the rules ask for. The first ask finds them all in one pass
/// over the tokens: a long draft's tokens do not fit in cache, and one
/// pass for each kind read them all from memory again.
const ASKED: [PhraseKind; 4] = [PhraseKind::Reportedly, PhraseKind::Weasel, PhraseKind::Allegation, PhraseKind::VagueStudy];

/// Every occurrence of a `kind` phrase outside quotation marks, in copy.
/// (Looked for once a draft: the claim rules ask for the same kinds.)
pub fn found(cx: &Context<'_>, kind: PhraseKind) -> Vec<Span> {
    if let Some((_, spans)) = cx.found.0.borrow().iter().find(|(k, _)| *k == kind) {
        return spans.clone();
    }
    let kinds: &[PhraseKind] = if ASKED.contains(&kind) { &ASKED } else { std::slice::from_ref(&kind) };
    let all = scan(cx, kinds);
    let spans = all.iter().find(|(k, _)| *k == kind).map(|(_, spans)| spans.clone()).unwrap_or_default();
    cx.found.0.borrow_mut().extend(all);
    spans
}

/// The phrases of each of `kinds`, in one pass. Each kind is read on its
/// own, left to right: a phrase found skips its words for that kind only.
fn scan(cx: &Context<'_>, kinds: &[PhraseKind]) -> Vec<(PhraseKind, Vec<Span>)> {
    let tokens = &cx.parsed.tokens;
    let c = cx.parsed.ctx(cx.text, cx.lexicon);
    let bits = kinds.iter().fold(0u8, |bits, k| bits | k.bit());
    let mut out: Vec<(PhraseKind, Vec<Span>)> = kinds.iter().map(|&k| (k, Vec::new())).collect();
    // For each kind, the first token not inside a phrase already found.
    let mut next = vec![0usize; kinds.len()];
    // The words that may start a phrase of these kinds are a few in a
    // hundred: found by a search of their own, which reads nothing else.
    let mut from = 0;
    while let Some(i) = next_that_may_start(tokens, from, bits) {
        from = i + 1;
        let t = &tokens[i];
        let in_copy = || super::in_copy(cx, t.para);
        if !(t.is_word() && t.depth == 0 && in_copy()) {
            continue;
        }
        // The word's phrases, looked up once for every kind, and walked as
        // a plain slice: the iterator adapters of a filtered search, made
        // again for each kind, cost more than the comparing.
        let starting = c.lex.phrase_list(c.word(t));
        let follower = Follower::of(c, i + 1);
        for (k, (kind, spans)) in out.iter_mut().enumerate() {
            if i < next[k] || t.info().phrase_kinds & kind.bit() == 0 {
                continue;
            }
            let mut of_kind = starting.iter().map(|&p| c.lex.phrase(p)).filter(|p| p.kind == *kind);
            if let Some(p) = of_kind.find(|p| follower.may_continue(p) && continues_at(c, i, p)) {
                let end = i + p.words.len();
                spans.push(Span::new(t.span().start, tokens[end - 1].span().end));
                next[k] = end;
            }
        }
    }
    out
}

/// What the token after a phrase's first word lets through, read once for
/// all the word's phrases (`a` starts ten, and the word after it seldom
/// starts the second word of any): most phrases are turned away by their
/// second word's first letter, before [`continues_at`] reads the tokens.
enum Follower {
    /// No word outside quotation marks: only one-word phrases.
    None,
    /// A word whose first byte, lower-cased, is this ASCII letter or sign.
    Ascii(u8),
    /// A word starting with a non-ASCII character: left to [`continues_at`].
    Other,
}

impl Follower {
    fn of(c: Ctx<'_>, at: usize) -> Follower {
        match c.tokens.get(at) {
            Some(n) if n.is_word() && n.depth == 0 => match c.text.as_bytes()[n.span().start] {
                b if b.is_ascii() => Follower::Ascii(b.to_ascii_lowercase()),
                _ => Follower::Other,
            },
            _ => Follower::None,
        }
    }

    /// Whether `phrase` may go on past its first word here (as
    /// [`continues_at`] would find if it does: a lexicon word's first
    /// byte is lower-case, and [`Ctx::is_word`] turns an ASCII word away
    /// by its first letter).
    fn may_continue(&self, phrase: &Phrase) -> bool {
        match (phrase.words.get(1), self) {
            (None, _) => true,
            (Some(_), Follower::None) => false,
            (Some(w), Follower::Ascii(b)) => w.as_bytes().first() == Some(b),
            (Some(_), Follower::Other) => true,
        }
    }
}

/// The first token from `from` that may start a phrase of the kinds in
/// `bits`, searched two tokens a turn (a few tokens in a hundred are such
/// words: see [`position_by_pairs`](crate::parse::search::position_by_pairs)).
fn next_that_may_start(tokens: &[Token], from: usize, bits: u8) -> Option<usize> {
    let skip = crate::parse::search::position_by_pairs(tokens.get(from..)?, |t| t.info().phrase_kinds & bits != 0)?;
    Some(from + skip)
}

/// Whether the words after token `i` are the rest of `phrase`, outside
/// quotation marks. (Its first word is the one it was looked up by, the
/// word's lexicon key, so it is not compared again.)
fn continues_at(c: Ctx<'_>, i: usize, phrase: &Phrase) -> bool {
    for (j, w) in phrase.words.iter().enumerate().skip(1) {
        match c.tokens.get(i + j) {
            Some(n) if n.depth == 0 && c.is_word(n, w) => {}
            _ => return false,
        }
    }
    true
}

/// `these experts say`, `the statistics show`: the phrase starting at
/// `start` follows `the`, `these` or `those`, and points back at sources
/// or research the copy has described.
pub fn points_back(text: &str, start: usize) -> bool {
    let word = text[..start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    ["the", "these", "those"].iter().any(|w| word.eq_ignore_ascii_case(w))
}
