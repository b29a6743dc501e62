//! What the claim rules (`unsourced-statistic`, `unattributed-allegation`,
//! `vague-study`) share: which words are the narrator's own, and whether a
//! claim has a source near enough to count.
//!
//! A claim is sourced when a reporting clause of its sentence names a
//! speaker or carries one (`, adding …`), or reports content that covers
//! the claim (for statistics, any clause of the paragraph), or when its
//! sentence has a reporting verb (`says`, `hopes`, `backs`, `found`) whose
//! speaker the grammar did not find: the claim is still somebody's words,
//! view or finding. Words inside
//! quotation marks are someone else's, and a paragraph of transcript
//! (`Q: …`, `OKAFOR: …`) is its speaker's. A sentence that already says
//! `reportedly` or `critics say` belongs to the rules for those words.

use super::phrases;
use super::Context;
use crate::parse::lexicon::{class, same_word_bytes, PhraseKind};
use crate::parse::search;
use crate::parse::{ParagraphKind, Token, TokenKind};
use crate::source::Span;

/// The narrator's words: outside quotation marks, in a paragraph of copy.
pub fn narration(cx: &Context<'_>, t: &Token) -> bool {
    t.depth == 0 && cx.parsed.paragraphs[t.para as usize].kind == ParagraphKind::Copy
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
#[derive(Debug)]
pub struct Facts {
    /// Sentences with a hedge another rule flags (`reportedly`, `critics say`).
    hedged: Vec<bool>,
    /// Sentences that say `according to`, even where no clause was parsed.
    according: Vec<bool>,
    /// Lexicon classes found in each sentence's narration.
    words: Vec<u32>,
    /// The reporting verbs read as verbs (`says`, `hopes`, `backs`,
    /// `found`), clause or no clause: the grammar may have found no speaker
    /// for them, but the claim is still somebody's words or view. In text
    /// order, one list for the draft rather than one for each sentence.
    verbs: Vec<Span>,
    /// Sentence `s`'s verbs are `verbs[verb_starts[s]..verb_starts[s + 1]]`.
    verb_starts: Vec<u32>,
    /// Paragraphs of transcript: `Q:` or a name and a colon opening them.
    transcript: Vec<bool>,
}

impl Facts {
    fn of(cx: &Context<'_>) -> Facts {
        let n = cx.parsed.sentences.len();
        let mut facts = Facts {
            hedged: hedged_sentences(cx),
            according: vec![false; n],
            words: vec![0u32; n],
            verbs: Vec::new(),
            verb_starts: Vec::with_capacity(n + 1),
            transcript: transcript_paragraphs(cx),
        };
        for (si, sentence) in cx.parsed.sentences.iter().enumerate() {
            facts.verb_starts.push(facts.verbs.len() as u32);
            facts.read_sentence(cx, si, sentence.tokens(&cx.parsed.tokens));
        }
        facts.verb_starts.push(facts.verbs.len() as u32);
        facts
    }

    /// The narration's lexicon classes, reporting verbs and `according to`
    /// of sentence `si`.
    fn read_sentence(&mut self, cx: &Context<'_>, si: usize, tokens: &[Token]) {
        for (k, t) in tokens.iter().enumerate() {
            if !t.is_word() || t.depth > 0 {
                continue;
            }
            self.words[si] |= t.info().flags;
            let noun = || {
                k.checked_sub(1).map(|p| &tokens[p]).is_some_and(|p| {
                    // The word sliced once, not once an article.
                    let before = &cx.text.as_bytes()[p.span().start..p.span().end];
                    p.kind == TokenKind::Possessive || ARTICLES.iter().any(|a| before.eq_ignore_ascii_case(a.as_bytes()))
                })
            };
            if t.info().verb.is_some() && !noun() {
                self.verbs.push(t.span());
            }
            // A word can spell a key with no apostrophe only at the key's
            // length (only `’` folds, three bytes to one): the rest are
            // passed without a call.
            let is = |t: &Token, key: &str| t.span().len() == key.len() && spells(cx.text, t, key);
            if is(t, "according") && tokens.get(k + 1).is_some_and(|n| is(n, "to")) {
                self.according[si] = true;
            }
        }
    }

    fn verbs_of(&self, sentence: usize) -> &[Span] {
        &self.verbs[self.verb_starts[sentence] as usize..self.verb_starts[sentence + 1] as usize]
    }
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
        if facts.hedged[s] || facts.verbs_of(s).iter().any(|v| !v.overlaps(span)) {
            return true;
        }
        let range = self.around(s, reach);
        if range.clone().any(|k| facts.according[k] || facts.words[k] & frame != 0) {
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
        if self.facts().transcript[parsed.sentences[s].para as usize] {
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
}

/// `class::DATA_SOURCE`, re-exported for the rules.
pub const DATA: u32 = class::DATA_SOURCE;
/// `class::LEGAL_SOURCE`, re-exported for the rules.
pub const LEGAL: u32 = class::LEGAL_SOURCE;
