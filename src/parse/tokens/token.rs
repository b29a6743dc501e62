//! The token and its kinds: what one word, number, punctuation character
//! or quotation mark of a draft is, with its byte span, what the lexicons
//! say of it (the flags, the reporting verb packed into 16 bits, the
//! capital in the flags' spare bit) and how deep inside quotes it stands.
//!
//! Apart from the lexer because every stage of the grammar reads tokens
//! and only the lexer makes them: how a token is stored can change here
//! without the loop that reads the text noticing.

use crate::parse::lexicon::{Verb, VerbClass, VerbForm, WordInfo};
use crate::source::Span;
#[derive(Debug, Clone, Copy, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct(char),
    /// The `’s` or trailing `’` of a possessive, split from its word.
    Possessive,
    /// A quote's marks carry no quote number: only the depth needs one,
    /// and a payload beside `Punct`'s `char` would double the kind's size.
    OpenQuote,
    CloseQuote,
    /// The opening mark of a later paragraph of a multi-paragraph quote.
    ContinueQuote,
    /// A quotation mark that pairs with nothing.
    StrayQuote,
}

/// Equal kinds: two marks of the same character, or the same kind of any
/// other sort. The grammar compares a token's kind with a constant one
/// (`t.kind == TokenKind::Word`), and inlined, this is then one comparison
/// of the stored number; the derived comparison worked out the variant of
/// the token's kind first (a subtraction and a conditional move), for 2%
/// of a run's instructions.
impl PartialEq for TokenKind {
    #[inline(always)]
    fn eq(&self, other: &TokenKind) -> bool {
        match (self, other) {
            (TokenKind::Punct(a), TokenKind::Punct(b)) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// One token. Tokens are the largest array a parse makes (one for every
/// five bytes or so), and most stages read it through from start to end,
/// so it is kept small (24 bytes): the offsets are `u32`, the kind 4 bytes
/// (no quote number), the reporting verb packed into 16 bits, the capital
/// in the flags' spare bit and the hyphen in the phrase kinds' spare bit,
/// which keeps a long draft's passes over it in cache and its pages few.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// [`WordInfo::flags`] (see [`Token::info`]), and [`CAP`].
    flags: u32,
    pub para: u32,
    /// [`WordInfo::verb`], packed: see [`PackedVerb`].
    verb: PackedVerb,
    /// [`WordInfo::phrase_kinds`] in the low seven bits, then [`HYPHEN`].
    pub(super) marks: u8,
    /// How many quotes this token stands inside (0: the narration).
    pub depth: u8,
}

/// In [`Token::flags`]: starts with an upper-case letter (see
/// [`Token::cap`]). The lexicon's flags use 31 bits (`class`, up to
/// `VAGUE_MODIFIER`); see the test `the_capital_has_the_flags_spare_bit`.
const CAP: u32 = 1 << 31;
/// In [`Token::marks`]: a word with a hyphen in it (`al-Assad`), as the
/// lexer found it: the name test asks of every lower-case word, and would
/// otherwise read its bytes again.
pub(super) const HYPHEN: u8 = 1 << 7;
/// In [`Token::marks`]: the phrase kinds ([`PhraseKind::bit`](crate::parse::lexicon::PhraseKind::bit) has seven;
/// see the test `every_phrase_kind_fits`).
const PHRASE_KINDS: u8 = HYPHEN - 1;

/// A reporting verb in 16 bits: 0 for none, else its class (2 bits), its
/// form (2 bits) and one more than its lemma (12 bits). The built-in
/// lexicon has a few hundred lemmas (see the test `every_lemma_fits`);
/// lemmas past the 4,095th (only a newsroom's extra verbs could get there)
/// share its number, which the grammar, comparing lemmas only with
/// built-in verbs by name, never tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PackedVerb(u16);

const LEMMA_BITS: u32 = 12;
const LEMMA_MAX: u16 = (1 << LEMMA_BITS) - 2;

impl PackedVerb {
    #[inline]
    fn pack(verb: Option<Verb>) -> PackedVerb {
        let Some(Verb { class, form, lemma }) = verb else { return PackedVerb(0) };
        let kind = (class as u16) << 2 | form as u16;
        PackedVerb(kind << LEMMA_BITS | (lemma.min(LEMMA_MAX) + 1))
    }

    #[inline]
    fn unpack(self) -> Option<Verb> {
        let lemma = self.0 & ((1 << LEMMA_BITS) - 1);
        if lemma == 0 {
            return None;
        }
        let class = match self.0 >> (LEMMA_BITS + 2) {
            0 => VerbClass::Speech,
            1 => VerbClass::Thought,
            2 => VerbClass::Evidence,
            _ => VerbClass::Stance,
        };
        let form = match (self.0 >> LEMMA_BITS) & 3 {
            0 => VerbForm::Base,
            1 => VerbForm::Third,
            2 => VerbForm::Past,
            _ => VerbForm::Ing,
        };
        Some(Verb { class, form, lemma: lemma - 1 })
    }
}

pub const NO_QUOTE: u32 = u32::MAX;

/// A byte offset as a token keeps it. Token indices and paragraph numbers
/// are `u32` already, so a draft of 4 GiB or more was never read right.
pub(super) fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("a draft is smaller than 4 GiB")
}

impl Token {
    /// Only a word keeps the lexicon's flags (see [`Token::is`]): any other
    /// kind is given none, whatever `info` says.
    #[inline]
    pub fn new(span: Span, kind: TokenKind, info: WordInfo, cap: bool, depth: u8, para: u32) -> Token {
        let info = if kind == TokenKind::Word { info } else { WordInfo { flags: 0, ..info } };
        Token::at_offsets(offset(span.start), offset(span.end), kind, info, cap, depth, para)
    }

    /// [`Token::new`] with its offsets already made `u32`.
    #[inline]
    pub(super) fn at_offsets(start: u32, end: u32, kind: TokenKind, info: WordInfo, cap: bool, depth: u8, para: u32) -> Token {
        let WordInfo { flags, verb, phrase_kinds } = info;
        debug_assert!(phrase_kinds <= PHRASE_KINDS && flags & CAP == 0, "room for the hyphen and the capital");
        debug_assert!(kind == TokenKind::Word || flags == 0, "only a word has the lexicon's flags");
        let flags = flags | if cap { CAP } else { 0 };
        Token { start, end, kind, flags, para, verb: PackedVerb::pack(verb), marks: phrase_kinds & PHRASE_KINDS, depth }
    }

    /// Starts with an upper-case letter (after [`capitals`](crate::parse::capitals)
    /// has settled sentence-initial and headline capitals). A method rather
    /// than a field so that how a token stores it can change without the
    /// grammar noticing.
    #[inline]
    pub fn cap(&self) -> bool {
        self.flags & CAP != 0
    }

    /// A capital that only the sentence start or a headline put there.
    pub fn settle_as_lower_case(&mut self) {
        self.flags &= !CAP;
    }

    /// A word with an ASCII hyphen in it (`well-known`, `46-year-old`).
    #[inline]
    pub fn has_hyphen(&self) -> bool {
        self.marks & HYPHEN != 0
    }

    /// What the lexicons say of the word.
    #[inline]
    pub fn info(&self) -> WordInfo {
        WordInfo { flags: self.flags & !CAP, verb: self.verb.unpack(), phrase_kinds: self.marks & PHRASE_KINDS }
    }

    /// The token's bytes in the text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// A dash: em, en, or a hyphen standing alone for one.
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, TokenKind::Punct('-' | '\u{2013}' | '\u{2014}' | '\u{2015}'))
    }

    /// A word of any of the lexicon's classes `flags`. Only words have
    /// flags (see [`Token::new`]), so the kind is not tested: this is
    /// asked of tokens everywhere in the grammar, a test and a branch
    /// fewer each time.
    #[inline]
    pub fn is(&self, flags: u32) -> bool {
        self.flags & flags & !CAP != 0
    }

    pub fn is_mark(&self) -> bool {
        is_mark_kind(self.kind)
    }
}

/// A quotation mark's kind, of whatever role.
pub(super) fn is_mark_kind(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::ContinueQuote | TokenKind::StrayQuote)
}

#[cfg(test)]
mod tests {
    use super::super::tokens_of;
    use super::*;
    use crate::parse::lexicon::class;

    #[test]
    fn kinds_are_equal_as_the_derived_comparison_finds_them() {
        use TokenKind::*;
        let kinds = [Word, Number, Punct('.'), Punct(','), Punct('\u{2014}'), Punct(char::MAX), Possessive, OpenQuote, CloseQuote, ContinueQuote, StrayQuote];
        for (i, a) in kinds.iter().enumerate() {
            for (j, b) in kinds.iter().enumerate() {
                assert_eq!(a == b, i == j, "{a:?} {b:?}");
            }
        }
        assert!(Punct('.') == Punct('.') && Punct('.') != Punct('!') && Punct('.') != Word && Word != Number);
    }

    #[test]
    fn a_token_stays_small() {
        assert_eq!(std::mem::size_of::<Token>(), 24);
    }

    #[test]
    fn every_phrase_kind_fits() {
        use crate::parse::lexicon::PhraseKind::{self, *};
        // Exhaustive: a kind added to `PhraseKind` stops this compiling
        // until it is listed, and then fails it if the byte is full.
        let listed = |kind: PhraseKind| match kind {
            Cue | Weasel | Reportedly | Boilerplate | Allegation | VagueStudy | Catenative => kind,
        };
        for kind in [Cue, Weasel, Reportedly, Boilerplate, Allegation, VagueStudy, Catenative].map(listed) {
            assert_eq!(kind.bit() & !PHRASE_KINDS, 0, "{kind:?}");
        }
    }

    #[test]
    fn the_capital_has_the_flags_spare_bit() {
        // The highest of the lexicon's flags; one above it would take the capital's bit.
        assert_eq!(class::VAGUE_MODIFIER, CAP >> 1);
        let flagged = WordInfo { flags: u32::MAX >> 1, ..WordInfo::default() };
        let t = Token::new(Span::new(0, 1), TokenKind::Word, flagged, true, 0, 0);
        assert!(t.cap() && !t.is(CAP));
        assert_eq!(t.info(), flagged);
    }

    #[test]
    fn every_lemma_fits() {
        // `add_verbs` makes at most one lemma a line of the file.
        let lines = include_str!("../../../grammar/reporting-verbs.txt").lines().count();
        assert!(lines <= LEMMA_MAX as usize + 1, "{lines} lemmas");
    }

    #[test]
    fn a_token_gives_back_what_it_was_given() {
        let classes = [VerbClass::Speech, VerbClass::Thought, VerbClass::Evidence, VerbClass::Stance];
        let forms = [VerbForm::Base, VerbForm::Third, VerbForm::Past, VerbForm::Ing];
        let verbs = classes.iter().flat_map(|&class| forms.iter().flat_map(move |&form| [0, 1, 352, LEMMA_MAX].map(|lemma| Some(Verb { class, form, lemma }))));
        for verb in verbs.chain([None]) {
            for (phrase_kinds, cap) in [(0, false), (0b111_1111, true), (0b100_0101, false)] {
                let info = WordInfo { flags: 0x7fff_ffff, verb, phrase_kinds };
                let mut t = Token::new(Span::new(3, 9), TokenKind::Word, info, cap, 7, 11);
                assert_eq!((t.info(), t.cap(), t.has_hyphen(), t.depth, t.para, t.span()), (info, cap, false, 7, 11, Span::new(3, 9)));
                t.settle_as_lower_case();
                assert_eq!((t.info(), t.cap()), (info, false));
            }
        }
        let past_the_last = Verb { class: VerbClass::Speech, form: VerbForm::Past, lemma: u16::MAX };
        let t = Token::new(Span::new(0, 1), TokenKind::Word, WordInfo { verb: Some(past_the_last), ..WordInfo::default() }, false, 0, 0);
        assert_eq!(t.info().verb, Some(Verb { lemma: LEMMA_MAX, ..past_the_last }));
    }

    #[test]
    fn only_a_word_is_of_a_class() {
        let flagged = WordInfo { flags: 0x7fff_ffff, ..WordInfo::default() };
        for kind in [TokenKind::Number, TokenKind::Punct(','), TokenKind::Possessive, TokenKind::OpenQuote, TokenKind::StrayQuote] {
            let t = Token::new(Span::new(0, 1), kind, flagged, false, 0, 0);
            assert!(!t.is(0x7fff_ffff) && t.info().flags == 0, "{kind:?}");
        }
        assert!(Token::new(Span::new(0, 1), TokenKind::Word, flagged, false, 0, 0).is(class::CUE));
        let text = "\"It's the harbour's 40% levy,\" Okafor said, and he's said it since 1990 (twice).";
        let tokens = tokens_of(text);
        assert!(tokens.iter().any(|t| t.is(class::CUE)));
        assert!(tokens.iter().filter(|t| !t.is_word()).all(|t| t.info().flags == 0));
    }
}
