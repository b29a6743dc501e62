//! Token streams for nom: the grammar in `grammar/attribution.md` is written
//! over words, not characters, so its parsers read tokens.
//!
//! [`Forward`] reads tokens left to right from a position. [`Backward`] reads
//! them right to left from a reporting verb, which is how a speaker standing
//! before the verb is found ("Kremlin spokesman Dmitry Peskov ← said"): the
//! verb anchors the clause, and the noun phrase is read outwards from it.
//! Both know the absolute index of the tokens they hold, so every parse
//! result maps back to byte spans for free.

use std::iter::{Copied, Enumerate, Rev};
use std::slice::Iter;

use nom::error::{ErrorKind, ParseError};
use nom::{IResult, Input, Needed};

use super::tokens::Token;
use crate::source::Span;

/// Errors carry nothing: the grammar only needs to know that a production failed.
pub type PResult<I, O> = IResult<I, O, ()>;

/// Tokens `base..base + toks.len()` read forwards.
#[derive(Debug, Clone, Copy)]
pub struct Forward<'a> {
    pub toks: &'a [Token],
    pub base: usize,
}

/// Tokens `base..base + toks.len()` read backwards: element 0 is the last.
#[derive(Debug, Clone, Copy)]
pub struct Backward<'a> {
    pub toks: &'a [Token],
    pub base: usize,
}

impl<'a> Forward<'a> {
    pub fn new(all: &'a [Token], from: usize, to: usize) -> Forward<'a> {
        Forward { toks: &all[from..to], base: from }
    }

    /// Absolute index of the next token.
    pub fn at(&self) -> usize {
        self.base
    }

    pub fn first(&self) -> Option<&'a Token> {
        self.toks.first()
    }

    pub fn get(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }
}

impl<'a> Backward<'a> {
    /// The tokens `from..to`, to be read from `to - 1` down to `from`.
    pub fn new(all: &'a [Token], from: usize, to: usize) -> Backward<'a> {
        Backward { toks: &all[from..to], base: from }
    }

    /// Absolute index just past the next token to be read (the boundary the
    /// reading has reached).
    pub fn at(&self) -> usize {
        self.base + self.toks.len()
    }

    pub fn first(&self) -> Option<&'a Token> {
        self.toks.last()
    }

    pub fn get(&self, i: usize) -> Option<&'a Token> {
        self.toks.len().checked_sub(i + 1).map(|k| &self.toks[k])
    }
}

/// Byte span of the tokens `from..to` (absolute indices).
pub fn span_of(all: &[Token], from: usize, to: usize) -> Span {
    Span::new(all[from].span().start, all[to - 1].span().end)
}

/// The methods of nom's [`Input`] that read the same either way round:
/// they are written in terms of `take`, `take_from`, `position` and
/// `iter_elements`, which each direction defines for itself.
macro_rules! same_either_way {
    () => {
        fn input_len(&self) -> usize {
            self.toks.len()
        }
        fn take_split(&self, index: usize) -> (Self, Self) {
            (self.take_from(index), self.take(index))
        }
        fn iter_indices(&self) -> Self::IterIndices {
            self.iter_elements().enumerate()
        }
        fn slice_index(&self, count: usize) -> Result<usize, Needed> {
            if self.toks.len() >= count {
                Ok(count)
            } else {
                Err(Needed::new(count - self.toks.len()))
            }
        }
        fn split_at_position<P: Fn(Self::Item) -> bool, E: ParseError<Self>>(&self, predicate: P) -> IResult<Self, Self, E> {
            let i = self.position(predicate).unwrap_or(self.toks.len());
            Ok(self.take_split(i))
        }
        fn split_at_position1<P: Fn(Self::Item) -> bool, E: ParseError<Self>>(&self, predicate: P, e: ErrorKind) -> IResult<Self, Self, E> {
            match self.position(predicate) {
                Some(0) => Err(nom::Err::Error(E::from_error_kind(*self, e))),
                Some(i) => Ok(self.take_split(i)),
                None if self.toks.is_empty() => Err(nom::Err::Error(E::from_error_kind(*self, e))),
                None => Ok(self.take_split(self.toks.len())),
            }
        }
        fn split_at_position_complete<P: Fn(Self::Item) -> bool, E: ParseError<Self>>(&self, predicate: P) -> IResult<Self, Self, E> {
            self.split_at_position(predicate)
        }
        fn split_at_position1_complete<P: Fn(Self::Item) -> bool, E: ParseError<Self>>(&self, predicate: P, e: ErrorKind) -> IResult<Self, Self, E> {
            self.split_at_position1(predicate, e)
        }
    };
}

impl<'a> Input for Forward<'a> {
    type Item = Token;
    type Iter = Copied<Iter<'a, Token>>;
    type IterIndices = Enumerate<Self::Iter>;

    fn take(&self, index: usize) -> Self {
        Forward { toks: &self.toks[..index], base: self.base }
    }
    fn take_from(&self, index: usize) -> Self {
        Forward { toks: &self.toks[index..], base: self.base + index }
    }
    fn position<P: Fn(Self::Item) -> bool>(&self, predicate: P) -> Option<usize> {
        self.toks.iter().position(|t| predicate(*t))
    }
    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter().copied()
    }
    same_either_way!();
}

impl<'a> Input for Backward<'a> {
    type Item = Token;
    type Iter = Copied<Rev<Iter<'a, Token>>>;
    type IterIndices = Enumerate<Self::Iter>;

    fn take(&self, index: usize) -> Self {
        let n = self.toks.len();
        Backward { toks: &self.toks[n - index..], base: self.base + n - index }
    }
    fn take_from(&self, index: usize) -> Self {
        let n = self.toks.len();
        Backward { toks: &self.toks[..n - index], base: self.base }
    }
    fn position<P: Fn(Self::Item) -> bool>(&self, predicate: P) -> Option<usize> {
        self.toks.iter().rev().position(|t| predicate(*t))
    }
    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter().rev().copied()
    }
    same_either_way!();
}

/// A stream of tokens either way round, so one set of primitive parsers serves both.
pub trait Stream<'a>: Input<Item = Token> + Copy {
    fn first(&self) -> Option<&'a Token>;
    /// The token `i` places ahead in reading order.
    fn peek(&self, i: usize) -> Option<&'a Token>;
    /// Absolute index of the reading boundary.
    fn at(&self) -> usize;
}

impl<'a> Stream<'a> for Forward<'a> {
    fn first(&self) -> Option<&'a Token> {
        Forward::first(self)
    }
    fn peek(&self, i: usize) -> Option<&'a Token> {
        self.get(i)
    }
    fn at(&self) -> usize {
        Forward::at(self)
    }
}

impl<'a> Stream<'a> for Backward<'a> {
    fn first(&self) -> Option<&'a Token> {
        Backward::first(self)
    }
    fn peek(&self, i: usize) -> Option<&'a Token> {
        self.get(i)
    }
    fn at(&self) -> usize {
        Backward::at(self)
    }
}

/// One token satisfying `pred`.
pub fn tok<'a, S: Stream<'a>>(pred: impl Fn(&Token) -> bool) -> impl Fn(S) -> PResult<S, Token> {
    move |input: S| match input.first() {
        Some(t) if pred(t) => Ok((input.take_from(1), *t)),
        _ => Err(nom::Err::Error(())),
    }
}

/// Runs `parser` and returns the absolute token range it consumed, in
/// natural (left-to-right) order whichever way the stream reads.
pub fn extent<'a, S: Stream<'a>, O>(mut parser: impl nom::Parser<S, Output = O, Error = ()>) -> impl FnMut(S) -> PResult<S, (O, std::ops::Range<usize>)> {
    move |input: S| {
        let before = input.at();
        let (rest, out) = parser.parse(input)?;
        let after = rest.at();
        let range = if after >= before { before..after } else { after..before };
        Ok((rest, (out, range)))
    }
}

/// nom's `many0` for items that are not wanted: the same parse, without
/// the vector `many0` allocates at every call, found or not.
pub fn skip0<I: Clone + Input, F: nom::Parser<I, Error = ()>>(parser: F) -> impl nom::Parser<I, Output = (), Error = ()> {
    nom::multi::fold_many0(parser, || (), |(), _| ())
}

/// nom's `many_m_n` for items that are not wanted: the same parse, without
/// the vector.
pub fn skip_m_n<I: Clone + Input, F: nom::Parser<I, Error = ()>>(min: usize, max: usize, parser: F) -> impl nom::Parser<I, Output = (), Error = ()> {
    nom::multi::fold_many_m_n(min, max, parser, || (), |(), _| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lexicon::WordInfo;
    use crate::parse::tokens::TokenKind;
    use nom::multi::many1;
    use nom::Parser;

    fn toks(n: usize) -> Vec<Token> {
        (0..n).map(|i| Token::new(Span::new(i * 2, i * 2 + 1), TokenKind::Word, WordInfo::default(), i % 2 == 0, 0, 0)).collect()
    }

    #[test]
    fn backward_reads_from_the_end_and_reports_natural_ranges() {
        let all = toks(5);
        let input = Backward::new(&all, 0, 4);
        let (rest, (_, range)) = extent(many1(tok(|t: &Token| !t.cap()))).parse(input).unwrap();
        assert_eq!(range, 3..4);
        assert_eq!(rest.at(), 3);
        assert_eq!(rest.first().unwrap().span().start, 4);
    }

    #[test]
    fn skipping_stops_where_many_stops() {
        use nom::multi::{many0, many_m_n};
        let all: Vec<Token> = (0..9).map(|i| Token::new(Span::new(i * 2, i * 2 + 1), TokenKind::Word, WordInfo::default(), i % 3 != 0, 0, 0)).collect();
        let cap = |t: &Token| t.cap();
        for from in 0..9 {
            let input = Forward::new(&all, from, 9);
            assert_eq!(skip0(tok(cap)).parse(input).map(|(r, _)| r.at()), many0(tok(cap)).parse(input).map(|(r, _)| r.at()));
            for (min, max) in [(0, 1), (0, 3), (1, 2), (2, 6)] {
                let skipped = skip_m_n(min, max, tok(cap)).parse(input).map(|(r, _)| r.at());
                assert_eq!(skipped, many_m_n(min, max, tok(cap)).parse(input).map(|(r, _)| r.at()), "{from} {min} {max}");
            }
        }
    }

    #[test]
    fn forward_reads_from_the_start() {
        let all = toks(5);
        let input = Forward::new(&all, 1, 5);
        let (rest, (found, range)) = extent(many1(tok(|t: &Token| !t.cap()))).parse(input).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(range, 1..2);
        assert_eq!(rest.at(), 2);
    }
}
