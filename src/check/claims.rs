//! What the claim rules (`unsourced-statistic`, `unattributed-allegation`,
//! `vague-study`) share: which words are the narrator's own, and whether a
//! claim has a source near enough to count.
//!
//! A claim is sourced when a reporting clause of its sentence names a
//! speaker or carries one (`, adding …`), or reports content that covers
//! the claim (for statistics, any clause of the paragraph), or when its
//! sentence has a reporting verb (`says`, `hopes`, `backs`, `found`) whose
//! speaker the grammar did not find: the claim is still somebody's words,
//! view or finding; so is a claim after such a verb's noun with an owner
//! and `that` (`Okafor's claim that …`). Only the copy makes claims: a headline, the deck
//! under a title cut by a semicolon (`Ferry fares to rise;` ¶ `Council
//! blames a $2 million fuel bill.`) and page furniture leave them to the
//! story below. Words inside quotation marks are someone else's, a
//! paragraph of transcript (`Q: …`, `OKAFOR: …`) is its speaker's, and so
//! is a paragraph after one that ends on a colon after a reporting clause
//! with a speaker (`The mayor spoke out against the toll:` ¶ `…`). A sentence that already says
//! `reportedly` or `critics say` belongs to the rules for those words.

use super::phrases;
use super::Context;
use crate::parse::lexicon::{class, same_word_bytes, PhraseKind};
use crate::parse::search;
use crate::parse::{Token, TokenKind};
use crate::source::Span;

/// The narrator's words: outside quotation marks, in a paragraph of copy.
pub fn narration(cx: &Context<'_>, t: &Token) -> bool {
    t.depth == 0 && super::in_copy(cx, t.para)
}

/// Words before which a verb's form reads as a noun: `the report`, `his plans`.
const ARTICLES: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those"];

/// Whether token `t` spells the lexicon-style entry `word`. Read as
/// bytes: this runs for every word of the narration, and slicing the text
/// as a `str` checks both ends for character boundaries first.
fn spells(text: &str, t: &Token, word: &str) -> bool {
    same_word_bytes(&text.as_bytes()[t.span().start..t.span().end], word)
}

/// How far a source reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Sentence,
    Paragraph,
}

/// What the claim rules ask about a draft's claims, read through the
/// facts its sentences share (worked out once a draft, when a claim first
/// asks: most drafts have none).
pub struct Sourcing<'c, 'a> {
    cx: &'c Context<'a>,
}

/// What each sentence of a draft says about where its claims come from.
/// A sentence's words are read when a claim first asks about it (the
/// claim's own sentence, the others of its paragraph): a draft's claims
/// stand in few of its sentences, and reading every sentence of each
/// draft that has a claim cost more than the rules' own work.
#[derive(Debug)]
pub struct Facts {
    /// Sentences with a hedge another rule flags (`reportedly`, `critics say`).
    hedged: Vec<bool>,
    /// Each sentence's narration once read: see [`Narration`].
    read: Vec<std::cell::Cell<Option<Narration>>>,
    /// Paragraphs of transcript: `Q:` or a name and a colon opening them.
    transcript: Vec<bool>,
}

/// What a sentence's narration says of its claims' sources.
#[derive(Debug, Clone, Copy)]
struct Narration {
    /// It says `according to`, even where no clause was parsed.
    according: bool,
    /// The lexicon classes of its words.
    words: u32,
}

impl Facts {
    fn of(cx: &Context<'_>) -> Facts {
        Facts { hedged: hedged_sentences(cx), read: vec![std::cell::Cell::new(None); cx.parsed.sentences.len()], transcript: transcript_paragraphs(cx) }
    }

    /// Sentence `si`'s narration, read on first ask.
    fn narration(&self, cx: &Context<'_>, si: usize) -> Narration {
        if let Some(read) = self.read[si].get() {
            return read;
        }
        let read = read_narration(cx, cx.parsed.sentences[si].tokens(&cx.parsed.tokens));
        self.read[si].set(Some(read));
        read
    }
}

/// The narration's lexicon classes and `according to` of a sentence's
/// `tokens`.
fn read_narration(cx: &Context<'_>, tokens: &[Token]) -> Narration {
    let mut read = Narration { according: false, words: 0 };
    for (k, t) in tokens.iter().enumerate() {
        if !t.is_word() || t.depth > 0 {
            continue;
        }
        read.words |= t.info().flags;
        // A word can spell a key with no apostrophe only at the key's
        // length (only `’` folds, three bytes to one): the rest are
        // passed without a call.
        let is = |t: &Token, key: &str| t.span().len() == key.len() && spells(cx.text, t, key);
        if is(t, "according") && tokens.get(k + 1).is_some_and(|n| is(n, "to")) {
            read.according = true;
        }
    }
    read
}

/// Whether a sentence's `tokens` hold a reporting verb read as a verb
/// (`says`, `hopes`, `backs`, `found`) outside `span`, clause or no
/// clause: the grammar may have found no speaker for it, but the claim
/// is still somebody's words or view.
fn verb_outside(cx: &Context<'_>, tokens: &[Token], span: Span) -> bool {
    tokens.iter().enumerate().any(|(k, t)| {
        if !t.is_word() || t.depth > 0 || t.info().verb.is_none() || t.span().overlaps(span) {
            return false;
        }
        let before = k.checked_sub(1).map(|p| &tokens[p]);
        let noun = before.is_some_and(|p| {
            // The word sliced once, not once an article.
            let before = &cx.text.as_bytes()[p.span().start..p.span().end];
            p.kind == TokenKind::Possessive || ARTICLES.iter().any(|a| before.eq_ignore_ascii_case(a.as_bytes()))
        });
        !noun || owned_saying(cx, before, tokens.get(k + 1))
    })
}

/// `Okafor's claim that 90 percent …`, `her estimate that …`: the noun of
/// a reporting verb after an owner (a possessive `'s`, or a word of
/// `figures.txt` [third-person-owners]: `his`, `her`, `their`, `its`) and
/// before `that` says whose the words after it are, as `Okafor claimed
/// that` would. `the claim that` and `a claim that` name nobody.
fn owned_saying(cx: &Context<'_>, before: Option<&Token>, after: Option<&Token>) -> bool {
    let owner = before.is_some_and(|p| p.kind == TokenKind::Possessive || cx.lexicon.in_list("third-person-owners", p.span().of(cx.text)));
    owner && after.is_some_and(|n| n.is_word() && spells(cx.text, n, "that"))
}

/// Sentences with a hedge another rule flags (`reportedly`, `critics say`).
fn hedged_sentences(cx: &Context<'_>) -> Vec<bool> {
    let mut hedged = vec![false; cx.parsed.sentences.len()];
    for kind in [PhraseKind::Reportedly, PhraseKind::Weasel] {
        for span in phrases::found(cx, kind) {
            if let Some(s) = cx.parsed.sentence_at(span.start) {
                hedged[s] = true;
            }
        }
    }
    hedged
}

/// Paragraphs of transcript: a colon among their first four tokens, after
/// nothing but capitalised words and full stops (`Q:`, `OKAFOR:`, `Mr. Abt:`).
fn transcript_paragraphs(cx: &Context<'_>) -> Vec<bool> {
    let parsed = cx.parsed;
    let mut transcript = vec![false; parsed.paragraphs.len()];
    let mut first = 0;
    for (pi, flag) in transcript.iter_mut().enumerate() {
        first = search::partition_point_near(&parsed.tokens, first, |t| (t.para as usize) < pi);
        let opening = parsed.tokens[first..].iter().take_while(|t| t.para as usize == pi).take(4);
        for t in opening {
            if t.is_punct(':') {
                *flag = true;
                break;
            }
            if !(t.is_word() && (t.cap() || t.span().of(cx.text).chars().all(|c| !c.is_lowercase()))) && t.kind != TokenKind::Punct('.') {
                break;
            }
        }
    }
    transcript
}

impl<'c, 'a> Sourcing<'c, 'a> {
    pub fn new(cx: &'c Context<'a>) -> Sourcing<'c, 'a> {
        Sourcing { cx }
    }

    fn facts(&self) -> &'c Facts {
        self.cx.sourcing.get_or_init(|| Facts::of(self.cx))
    }

    /// The sentences `reach` spans around sentence `s`.
    fn around(&self, s: usize, reach: Reach) -> std::ops::Range<usize> {
        match reach {
            Reach::Sentence => s..s + 1,
            Reach::Paragraph => {
                let sentences = &self.cx.parsed.sentences;
                let para = sentences[s].para;
                let start = sentences[..s].iter().rposition(|x| x.para != para).map_or(0, |p| p + 1);
                let end = sentences[s..].iter().position(|x| x.para != para).map_or(sentences.len(), |p| s + p);
                start..end
            }
        }
    }

    /// True when the claim at `span` has a source within `reach`: a
    /// reporting clause that names or carries a speaker or whose content
    /// covers the claim, `according to`, a reporting verb in the claim's
    /// own sentence (outside the claim), a word of lexicon class `frame`
    /// (a poll for a figure, a lawsuit for an allegation), or a transcript
    /// paragraph.
    pub fn sourced(&self, span: Span, reach: Reach, frame: u32) -> bool {
        let parsed = self.cx.parsed;
        let Some(s) = parsed.sentence_at(span.start) else { return false };
        let facts = self.facts();
        if facts.hedged[s] || verb_outside(self.cx, parsed.sentences[s].tokens(&parsed.tokens), span) {
            return true;
        }
        let range = self.around(s, reach);
        if range.clone().any(|k| {
            let read = facts.narration(self.cx, k);
            read.according || read.words & frame != 0
        }) {
            return true;
        }
        self.clause_sourced(span, reach, None)
    }

    /// True when a reporting clause within `reach` names or carries a
    /// speaker, or reports content that covers `span`, or the claim stands
    /// in a transcript paragraph. Clauses whose speaker stands inside
    /// `except` (the vague study itself, `studies show`) do not count.
    pub fn clause_sourced(&self, span: Span, reach: Reach, except: Option<Span>) -> bool {
        let parsed = self.cx.parsed;
        let Some(s) = parsed.sentence_at(span.start) else { return false };
        if self.facts().transcript[parsed.sentences[s].para as usize] || self.introduced_by_colon(s) {
            return true;
        }
        let range = self.around(s, reach);
        parsed.clauses_in(range.start, range.end.saturating_sub(1).max(range.start)).any(|i| {
            let (clause, link) = (&parsed.clauses[i], &self.cx.attributed.clauses[i]);
            if let (Some(except), Some(source)) = (except, clause.source) {
                if except.overlaps(source.span) {
                    return false;
                }
            }
            let speaks = clause.source.is_some() || link.effective().is_some();
            let covers = clause.content.is_some_and(|c| c.contains(span));
            speaks || covers
        })
    }

    /// `The mayor also spoke out against the toll:` ¶ `Crossings fell
    /// 40% last year.`: the paragraph after one that ends on a colon after
    /// a reporting clause with a speaker is that speaker's words, set off
    /// without quotation marks.
    fn introduced_by_colon(&self, s: usize) -> bool {
        let parsed = self.cx.parsed;
        let para = parsed.sentences[s].para;
        let Some(before) = parsed.sentences[..s].iter().rposition(|x| x.para != para) else { return false };
        let sentence = &parsed.sentences[before];
        let colon = sentence.tokens(&parsed.tokens).last().is_some_and(|t| t.is_punct(':') && t.depth == 0);
        colon
            && sentence.para + 1 == para
            && parsed.clauses_in(before, before).any(|i| parsed.clauses[i].source.is_some() || self.cx.attributed.clauses[i].effective().is_some())
    }
}

/// `class::DATA_SOURCE`, re-exported for the rules.
pub const DATA: u32 = class::DATA_SOURCE;
/// `class::LEGAL_SOURCE`, re-exported for the rules.
pub const LEGAL: u32 = class::LEGAL_SOURCE;
