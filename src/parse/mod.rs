//! The second stage: text becomes paragraphs, sentences, tokens, quotes and
//! reporting clauses. Everything here is syntax; who is who is decided later.

pub mod capitals;
pub mod clauses;
pub mod lexicon;
pub mod mentions;
pub mod paragraphs;
pub mod quotes;
pub mod search;
pub mod sentences;
pub mod stream;
pub mod tokens;
mod word_lists;

use std::cell::Cell;

use crate::source::Prose;
pub use clauses::{Clause, ClauseShape};
pub use lexicon::Lexicon;
pub use mentions::{Gender, Mention, MentionKind};
pub use paragraphs::{Paragraph, ParagraphKind};
pub use quotes::{MarkIssue, MarkProblem, MarkStyle, Quote, QuoteScan};
pub use sentences::Sentence;
pub use tokens::{Token, TokenKind};

/// The syntax of one draft.
#[derive(Debug)]
pub struct Parsed {
    pub paragraphs: Vec<Paragraph>,
    pub quotes: QuoteScan,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub clauses: Vec<Clause>,
    /// Clauses of sentence `s` are `clause_starts[s]..clause_starts[s + 1]`.
    pub clause_starts: Vec<u32>,
    /// Indices of the paragraphs that are headlines.
    pub headlines: Vec<u32>,
    /// The last answers of `token_at` and `sentence_at`, where the next
    /// search starts: see [`search`].
    token_hint: Cell<usize>,
    sentence_hint: Cell<usize>,
}

pub fn parse(text: &str, prose: &Prose, lex: &Lexicon) -> Parsed {
    let paragraphs = if prose.whole_blocks { paragraphs::whole_blocks(text, &prose.blocks, lex) } else { paragraphs::paragraphs(text, &prose.blocks, lex) };
    let mut quotes = quotes::scan(text, &paragraphs, &prose.hidden);
    let mut tokens = tokens::tokenize(text, &paragraphs, &quotes, &prose.hidden, lex);
    quotes.marks = Vec::new();
    let sentences = sentences::sentences(text, &tokens);
    capitals::settle(text, &mut tokens, &sentences, &paragraphs);
    let headlines: Vec<u32> = (0..paragraphs.len() as u32).filter(|&i| paragraphs[i as usize].kind == ParagraphKind::Headline).collect();
    let c = mentions::Ctx { text, tokens: &tokens, lex, headlines: &headlines };
    let clauses = clauses::clauses(c, &sentences, &paragraphs);
    let clause_starts = clause_starts(&clauses, sentences.len());
    Parsed { paragraphs, quotes, tokens, sentences, clauses, clause_starts, headlines, token_hint: Cell::new(0), sentence_hint: Cell::new(0) }
}

/// Where each sentence's clauses start: clauses come sentence by sentence.
fn clause_starts(clauses: &[Clause], sentences: usize) -> Vec<u32> {
    let mut at = 0;
    (0..=sentences)
        .map(|s| {
            at = search::partition_point_near(clauses, at, |c| (c.sentence as usize) < s);
            at as u32
        })
        .collect()
}

impl Parsed {
    /// The sentence holding byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = search::partition_point_near(&self.sentences, self.sentence_hint.get(), |s| s.span.end <= at);
        self.sentence_hint.set(i);
        self.sentences.get(i).filter(|s| s.span.start <= at).map(|_| i)
    }

    /// Paragraph `para` is a headline.
    pub fn in_headline(&self, para: u32) -> bool {
        self.paragraphs.get(para as usize).is_some_and(|p| p.kind == ParagraphKind::Headline)
    }

    /// Index of the first token starting at or after `at`.
    pub fn token_at(&self, at: usize) -> usize {
        let i = search::partition_point_near(&self.tokens, self.token_hint.get(), |t| t.span().start < at);
        self.token_hint.set(i);
        i
    }

    /// Indices of the clauses of sentences `first..=last`.
    pub fn clauses_in(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        let at = |s: usize| self.clause_starts.get(s).map_or(self.clauses.len(), |&i| i as usize);
        at(first)..at(last + 1)
    }

    /// What the grammar's parsers read.
    pub fn ctx<'a>(&'a self, text: &'a str, lex: &'a Lexicon) -> mentions::Ctx<'a> {
        mentions::Ctx { text, tokens: &self.tokens, lex, headlines: &self.headlines }
    }
}
