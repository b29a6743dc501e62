//! Words, numbers, punctuation and quotation marks, each with its byte span,
//! what the lexicons say of it, and how deep inside quotes it stands.
//!
//! The lexer is a plain loop over the text's bytes (the grammar's
//! productions, which read tokens, are nom); the quote scan decides
//! beforehand which apostrophe-like characters are quotation marks, so a
//! word never swallows one.
//!
//! One idea a file: `token` is the token and its kinds, `lexer` the loop
//! that makes them, and `shapes` the word shapes the loop reads (numbers,
//! joiners, apostrophes, possessives, contractions, initialisms, the
//! byte-class tables).

mod lexer;
mod shapes;
mod token;

pub use lexer::tokenize;
pub use token::{Token, TokenKind, NO_QUOTE};

/// The tokens of `text` read as one block of prose.
#[cfg(test)]
fn tokens_of(text: &str) -> Vec<Token> {
    use super::{lexicon::lexicon, paragraphs::paragraphs, quotes::scan};
    use crate::source::Span;
    let paras = paragraphs(text, &[Span::new(0, text.len())], lexicon());
    let quotes = scan(text, &paras, &[]);
    tokenize(text, &paras, &quotes, &[], lexicon())
}

/// Each token of `text` as its text, its kind and its depth.
#[cfg(test)]
fn lex(text: &str) -> Vec<(String, TokenKind, u8)> {
    tokens_of(text).into_iter().map(|t| (t.span().of(text).to_string(), t.kind, t.depth)).collect()
}

/// Each token of `text` as its text.
#[cfg(test)]
fn words(text: &str) -> Vec<String> {
    lex(text).into_iter().map(|t| t.0).collect()
}
