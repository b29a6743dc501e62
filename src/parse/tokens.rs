//! Words, numbers, punctuation and quotation marks, each with its byte span,
//! what the lexicons say of it, and how deep inside quotes it stands.
//!
//! The lexer is a plain loop over the text's bytes (the grammar's
//! productions, which read tokens, are nom); the quote scan decides
//! beforehand which apostrophe-like characters are quotation marks, so a
//! word never swallows one.

use super::lexicon::{lexicon, Lexicon, Verb, VerbClass, VerbForm, WordInfo};
use super::paragraphs::{is_blank, Paragraph};
use super::quotes::QuoteScan;
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
    marks: u8,
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
const HYPHEN: u8 = 1 << 7;
/// In [`Token::marks`]: the phrase kinds ([`PhraseKind::bit`](super::lexicon::PhraseKind::bit) has seven;
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
fn offset(at: usize) -> u32 {
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
    fn at_offsets(start: u32, end: u32, kind: TokenKind, info: WordInfo, cap: bool, depth: u8, para: u32) -> Token {
        let WordInfo { flags, verb, phrase_kinds } = info;
        debug_assert!(phrase_kinds <= PHRASE_KINDS && flags & CAP == 0, "room for the hyphen and the capital");
        debug_assert!(kind == TokenKind::Word || flags == 0, "only a word has the lexicon's flags");
        let flags = flags | if cap { CAP } else { 0 };
        Token { start, end, kind, flags, para, verb: PackedVerb::pack(verb), marks: phrase_kinds & PHRASE_KINDS, depth }
    }

    /// Starts with an upper-case letter (after [`capitals`](super::capitals)
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
fn is_mark_kind(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::ContinueQuote | TokenKind::StrayQuote)
}

/// A quotation mark's token kind and, for an opening mark, where its quote
/// ends (as a token's offsets are, in a `u32`: the list is as long as the
/// marks, a million for a million apostrophes).
type MarkRole = (TokenKind, u32);

/// The role each quotation mark plays, in text order.
fn mark_roles(scan: &QuoteScan) -> Vec<(Span, MarkRole)> {
    let mut roles = Vec::with_capacity(scan.marks.len());
    for q in &scan.quotes {
        roles.push((q.span.start, (TokenKind::OpenQuote, offset(q.span.end))));
        if let Some(close) = q.close_mark() {
            roles.push((close.start, (TokenKind::CloseQuote, 0)));
        }
        roles.extend(q.continued_at.iter().map(|m| (m.start, (TokenKind::ContinueQuote, 0))));
    }
    roles.sort_unstable_by_key(|r| r.0);
    let mut all = Vec::with_capacity(scan.marks.len());
    let mut known = roles.into_iter().peekable();
    for &mark in &scan.marks {
        while known.peek().is_some_and(|r| r.0 < mark.start) {
            known.next();
        }
        match known.peek() {
            Some(&(pos, kind)) if pos == mark.start => all.push((mark, kind)),
            _ => all.push((mark, (TokenKind::StrayQuote, 0))),
        }
    }
    all
}

/// Tokens of every paragraph, in order. `hidden` spans (code in Markdown)
/// are skipped as if they were spaces.
pub fn tokenize(text: &str, paragraphs: &[Paragraph], scan: &QuoteScan, hidden: &[Span], lex: &Lexicon) -> Vec<Token> {
    let marks = mark_roles(scan);
    let mut lexer = Lexer {
        text,
        lex,
        tokens: Vec::with_capacity(token_room(text.len())),
        marks: &marks,
        next_mark: 0,
        hidden,
        next_hidden: 0,
        open_ends: Vec::new(),
        offsets_fit: u32::try_from(text.len()).is_ok(),
    };
    for (i, para) in paragraphs.iter().enumerate() {
        lexer.paragraph(para.span, i as u32);
    }
    lexer.tokens
}

/// Room for the tokens of a draft of `len` bytes. Drafts run to four and
/// a half to six bytes a token (train: five and a third at the median,
/// with the quotation marks and possessive endings their own tokens), so
/// a fifth of the length was too little for nearly every draft, and the
/// whole array was copied once as it doubled. The room past the end is
/// never touched, so costs no memory.
fn token_room(len: usize) -> usize {
    len / 4 + 16
}

struct Lexer<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    tokens: Vec<Token>,
    marks: &'a [(Span, MarkRole)],
    next_mark: usize,
    hidden: &'a [Span],
    next_hidden: usize,
    /// Where each quote open at the lexer's position ends, innermost last:
    /// a token's depth is set as it is pushed, rather than in a second
    /// pass over all the tokens.
    open_ends: Vec<usize>,
    /// Every offset in the text fits a token's `u32` (see [`offset`]): the
    /// fast path then converts them without a test. (A longer text, which
    /// only a library caller could pass, goes the long way, which fails.)
    offsets_fit: bool,
}

impl<'a> Lexer<'a> {
    fn paragraph(&mut self, para: Span, index: u32) {
        let mut pos = para.start;
        // Where the next mark or hidden span starts, or the paragraph ends:
        // before it there are only words, numbers, punctuation and blanks,
        // so the marks and hidden spans are asked about only on reaching it
        // rather than before every token.
        let mut stop = pos;
        // The text up to the stop, as the tokens before it are read.
        let mut upto: &'a [u8] = &[];
        // The same for the fast path, or nothing when a token's offsets
        // may not fit (see [`Lexer::plain_token`]): tested once a stop
        // rather than once a token.
        let mut plain_upto: &'a [u8] = &[];
        let in_para = &self.text.as_bytes()[..para.end];
        while pos < para.end {
            if pos >= stop {
                if let Some(next) = self.mark_or_hidden(pos, index) {
                    pos = next;
                    continue;
                }
                stop = self.next_stop(para.end);
                upto = &self.text.as_bytes()[..stop];
                plain_upto = if self.offsets_fit { upto } else { &[] };
            }
            if let Some(end) = self.plain_token(plain_upto, pos, index) {
                pos = end;
            } else if let Some(len) = blank_len(self.text, pos) {
                pos += len;
                continue;
            } else {
                pos = self.lex_run(Input { text: self.text, bytes: upto, start: pos }, index);
            }
            // The spaces after a token, skipped here rather than one turn of
            // this loop each: no mark starts with a blank, and a hidden span
            // starting among them is skipped whole on reaching the stop, as
            // it would have been from its start.
            while let Some(b' ' | b'\t' | b'\n' | b'\r') = in_para.get(pos) {
                pos += 1;
            }
        }
    }

    /// Most tokens are plain words: ASCII letters (and digits) from a
    /// letter, followed by nothing that could join them to more (an
    /// apostrophe, a hyphen, `&`, a full stop inside an initialism or after
    /// an abbreviation) and no character to decode; most others are single
    /// ASCII punctuation. Such a token is pushed here, at `pos` in `upto`
    /// (the bytes up to the stop; none when the text is too long for a
    /// token's `u32` offsets, so every token goes the long way, which
    /// fails), as [`lexeme`] and [`Lexer::push_word`]
    /// would push it, without their tests for joiners, abbreviations,
    /// possessives and numbers, and with its capital known from its first
    /// byte. Where the token ends, or `None` for any other (left to
    /// [`Lexer::lex_run`]).
    #[inline(always)]
    fn plain_token(&mut self, upto: &[u8], pos: usize, index: u32) -> Option<usize> {
        let tail = upto.get(pos..)?;
        let &first = tail.first()?;
        match BYTE_CLASS[first as usize] {
            LETTER => {}
            PUNCT => {
                let depth = self.depth_at(pos, TokenKind::Punct(first as char));
                let kind = TokenKind::Punct(first as char);
                self.tokens.push(Token::at_offsets(pos as u32, pos as u32 + 1, kind, WordInfo::default(), false, depth, index));
                return Some(pos + 1);
            }
            _ => return None,
        }
        let len = word_bytes_len(tail);
        match tail.get(len) {
            Some(b'\'' | b'-' | b'&' | 0x80..) => return None,
            Some(b'.') if !plain_before_full_stop(&tail[..len], tail.get(len + 1).copied()) => return None,
            _ => {}
        }
        let info = self.lex.word_bytes_in_lexer(&tail[..len]);
        let depth = self.depth_at(pos, TokenKind::Word);
        let (start, end) = (pos as u32, (pos + len) as u32);
        self.tokens.push(Token::at_offsets(start, end, TokenKind::Word, info, first.is_ascii_uppercase(), depth, index));
        Some(pos + len)
    }

    /// At `pos`, a hidden span is skipped and a mark becomes a token: where
    /// the text goes on after either. `None` when neither is there.
    fn mark_or_hidden(&mut self, pos: usize, index: u32) -> Option<usize> {
        while self.next_mark < self.marks.len() && self.marks[self.next_mark].0.start < pos {
            self.next_mark += 1;
        }
        while self.next_hidden < self.hidden.len() && self.hidden[self.next_hidden].end <= pos {
            self.next_hidden += 1;
        }
        if let Some(h) = self.hidden.get(self.next_hidden).filter(|h| h.start <= pos) {
            return Some(h.end);
        }
        let &(mark, (kind, quote_end)) = self.marks.get(self.next_mark).filter(|m| m.0.start == pos)?;
        self.push(mark, kind, index);
        if kind == TokenKind::OpenQuote {
            self.open_ends.push(quote_end as usize);
        }
        Some(mark.end)
    }

    /// Where the next mark or hidden span starts, or else `para_end`.
    fn next_stop(&self, para_end: usize) -> usize {
        let mut limit = para_end;
        if let Some(&(mark, _)) = self.marks.get(self.next_mark) {
            limit = limit.min(mark.start);
        }
        if let Some(h) = self.hidden.get(self.next_hidden) {
            limit = limit.min(h.start);
        }
        limit
    }

    /// Lexes one token from the start of `input`, never past its limit
    /// (the next mark or hidden span, or the paragraph's end).
    fn lex_run(&mut self, input: Input<'a>, index: u32) -> usize {
        let pos = input.start;
        let Some(Lexeme { kind, taken, len, hyphen }) = lexeme(input) else { return input.bytes.len() };
        let end = pos + taken;
        match kind {
            TokenKind::Word => self.push_word(Span::new(pos, end), len, hyphen, index),
            // A number or punctuation: nothing to look up, and no call.
            _ => self.push_token(Span::new(pos, end), kind, WordInfo::default(), index, false),
        }
        end
    }

    /// A word, split from its possessive ending (`len` is the word without it).
    fn push_word(&mut self, span: Span, len: usize, hyphen: bool, index: u32) {
        let word = Span::new(span.start, span.start + len);
        // The word's own push inlined here, where its kind is known: it
        // runs for most tokens, and as a call its entry and exit and the
        // tests of its kind cost a fifth of it.
        let info = self.word_info(word);
        self.push_token(word, TokenKind::Word, info, index, hyphen);
        if len < span.len() {
            // `he's said`, `it's expected`: after a pronoun the ending is
            // *is* or *has*, a word of its own, not a possessive.
            const CONTRACTING_PRONOUNS: [&str; 9] = ["he", "she", "it", "who", "that", "there", "what", "here", "where"];
            let stem = word.of(self.text);
            // `they’re`, `I'm`: always a contraction (see `contraction_split`).
            let ending = &self.text[word.end..span.end];
            let possessive = ending.ends_with(['s', 'S', '\'', '\u{2019}']);
            let contracted = !possessive || CONTRACTING_PRONOUNS.iter().any(|p| stem.eq_ignore_ascii_case(p));
            let kind = if contracted { TokenKind::Word } else { TokenKind::Possessive };
            self.push(Span::new(word.end, span.end), kind, index);
        }
    }

    fn push(&mut self, span: Span, kind: TokenKind, para: u32) {
        let info = if matches!(kind, TokenKind::Word) { self.word_info(span) } else { WordInfo::default() };
        self.push_token(span, kind, info, para, false);
    }

    /// What the lexicons say of the word at `span`. (Inlined, with the
    /// lookup of a short ASCII word: it runs for every word.)
    #[inline(always)]
    fn word_info(&self, span: Span) -> WordInfo {
        // As bytes: slicing a `str` checks both ends for char boundaries
        // (spans always fall on them).
        let bytes = &self.text.as_bytes()[span.start..span.end];
        // Few words end in a full stop (`Mr.`, `U.S.`): the rest skip the count.
        let dots = if bytes.last() == Some(&b'.') { bytes.iter().rev().take_while(|&&b| b == b'.').count() } else { 0 };
        let mut info = self.lex.word_bytes_in_lexer(&bytes[..bytes.len() - dots]);
        if dots > 0 {
            // Phrases are looked up with the full stop (`mr.`): say here
            // which kinds may start with it, so no token needs its text
            // read again to know whether to look.
            info.phrase_kinds |= self.lex.word_bytes(bytes).phrase_kinds;
        }
        info
    }

    /// Pushes the token at `span`, its capital read from the text and its
    /// depth from the quotes open there.
    #[inline(always)]
    fn push_token(&mut self, span: Span, kind: TokenKind, info: WordInfo, para: u32, hyphen: bool) {
        let cap = match self.text.as_bytes().get(span.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            // A quotation mark is never a capital: a curly one is not
            // decoded and looked up in the Unicode tables to say so.
            _ if is_mark_kind(kind) => false,
            _ => span.of(self.text).chars().next().is_some_and(char::is_uppercase),
        };
        let depth = self.depth_at(span.start, kind);
        let mut token = Token::new(span, kind, info, cap, depth, para);
        if hyphen {
            token.marks |= HYPHEN;
        }
        self.tokens.push(token);
    }

    /// The number of quotes a token of `kind` starting at `start` stands
    /// inside (an opening mark's own quote is pushed after it).
    fn depth_at(&mut self, start: usize, kind: TokenKind) -> u8 {
        while self.open_ends.last().is_some_and(|&end| start >= end) {
            self.open_ends.pop();
        }
        match kind {
            TokenKind::CloseQuote => {
                self.open_ends.pop();
                self.open_ends.len() as u8
            }
            TokenKind::ContinueQuote => self.open_ends.len().saturating_sub(1) as u8,
            _ => self.open_ends.len() as u8,
        }
    }
}

/// What [`lexeme`] read: the token's kind, the bytes it takes, for a word
/// the length without its possessive ending (else the same length), and
/// whether a hyphen joins its parts (the possessive ending never has one).
struct Lexeme {
    kind: TokenKind,
    taken: usize,
    len: usize,
    hyphen: bool,
}

/// The text from a token's start up to where it may end (the next mark
/// or hidden span, or the paragraph's end), read as bytes. Slicing the
/// text as a `str` there checked both ends for character boundaries before
/// every token; here only the rare non-ASCII character is sliced, to be
/// decoded, and the bytes up to the limit are sliced once a limit.
#[derive(Clone, Copy)]
struct Input<'a> {
    text: &'a str,
    /// The text's bytes up to the limit.
    bytes: &'a [u8],
    start: usize,
}

impl<'a> Input<'a> {
    /// The byte `at` bytes from the start, if before the limit.
    #[inline(always)]
    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes.get(self.start + at).copied()
    }

    /// The bytes from `at` bytes after the start to the limit.
    fn rest(&self, at: usize) -> &'a [u8] {
        self.bytes.get(self.start + at..).unwrap_or(&[])
    }

    /// The character starting `at` bytes from the start (always a
    /// character boundary where this is asked).
    fn char_at(&self, at: usize) -> Option<char> {
        let from = self.start + at;
        if from >= self.bytes.len() {
            return None;
        }
        self.text[from..self.bytes.len()].chars().next()
    }

    /// The first `len` bytes as a `str`.
    fn head(&self, len: usize) -> &'a str {
        &self.text[self.start..self.start + len]
    }
}

/// One token from the start of `input`: a number, a word, or a single
/// punctuation character.
///
/// A plain loop over bytes rather than nom: it runs once per token of every
/// draft, and nom's per-character combinators cost most of the lexing time.
/// Non-ASCII characters are decoded and classed exactly as `char` does.
fn lexeme(input: Input<'_>) -> Option<Lexeme> {
    let first = input.byte(0)?;
    if first.is_ascii_digit() {
        return Some(numeral(input));
    }
    let run = word_run(input, 0);
    if run > 0 {
        let (taken, len, hyphen) = word(input, run);
        return Some(Lexeme { kind: TokenKind::Word, taken, len, hyphen });
    }
    // Most punctuation is ASCII: one byte, with nothing to decode.
    let c = if first.is_ascii() { char::from(first) } else { input.char_at(0)? };
    Some(Lexeme { kind: TokenKind::Punct(c), taken: c.len_utf8(), len: c.len_utf8(), hyphen: false })
}

/// A token that starts with a digit. `46-year-old`, `12-day`: a number
/// joined to words by hyphens is a word. Otherwise a number: `40%`,
/// `1,200`, `3.5`, `1990s`, `10:30`, `21st`.
fn numeral(input: Input<'_>) -> Lexeme {
    let digits = digit_run(input, 0);
    let mut end = digits;
    while input.byte(end) == Some(b'-') {
        let letters = alphabetic_run(input, end + 1);
        if letters == end + 1 {
            break;
        }
        end = letters;
    }
    if end > digits {
        return Lexeme { kind: TokenKind::Word, taken: end, len: end, hyphen: true };
    }
    while matches!(input.byte(end), Some(b',' | b'.' | b':' | b'/')) && input.byte(end + 1).is_some_and(|b| b.is_ascii_digit()) {
        end = digit_run(input, end + 1);
    }
    if input.byte(end) == Some(b'%') {
        end += 1;
    }
    end = alphabetic_run(input, end);
    Lexeme { kind: TokenKind::Number, taken: end, len: end, hyphen: false }
}

/// End of the ASCII digits from `from`.
fn digit_run(input: Input<'_>, from: usize) -> usize {
    from + input.rest(from).iter().take_while(|b| b.is_ascii_digit()).count()
}

/// End of the run of characters from `from` that satisfy `class`, with
/// `ascii` answering for ASCII bytes without decoding them.
#[inline(always)]
fn run_of(input: Input<'_>, from: usize, ascii: impl Fn(u8) -> bool, class: impl Fn(char) -> bool) -> usize {
    let mut end = from;
    while let Some(b) = input.byte(end) {
        if b.is_ascii() {
            if !ascii(b) {
                break;
            }
            end += 1;
        } else {
            let c = input.char_at(end).expect("a char starts here");
            if !class(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// End of the alphabetic characters from `from`.
fn alphabetic_run(input: Input<'_>, from: usize) -> usize {
    run_of(input, from, |b| b.is_ascii_alphabetic(), char::is_alphabetic)
}

/// End of the word characters from `from`. (Inlined: it runs for every
/// word, and as a call it cost more than its loop.) An ASCII word byte is
/// passed on one table lookup, with no test for ASCII first; any other
/// byte ends the word or, not ASCII, is decoded.
#[inline(always)]
fn word_run(input: Input<'_>, from: usize) -> usize {
    let rest = input.rest(0);
    let mut end = from;
    while let Some(&b) = rest.get(end) {
        if WORD_BYTES[b as usize] {
            end += 1;
            continue;
        }
        if b.is_ascii() {
            break;
        }
        let c = input.char_at(end).expect("a char starts here");
        if !is_word_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// [`is_word_char`] for ASCII bytes, as a table of all 256 (false for the
/// others): the test runs on every byte of every word.
/// How many of the bytes at the start of `tail` are [`WORD_BYTES`], read
/// two a turn (a word runs to five bytes or so: see
/// [`position_by_pairs`](super::search::position_by_pairs)).
#[inline(always)]
fn word_bytes_len(tail: &[u8]) -> usize {
    super::search::position_by_pairs(tail, |&b| !WORD_BYTES[b as usize]).unwrap_or(tail.len())
}

const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'@' || c == b'#' || c == b'_';
        b += 1;
    }
    table
};

/// Classes of a token's first byte for [`Lexer::plain_token`]: an ASCII
/// letter; ASCII punctuation (a byte that is neither blank, nor a digit,
/// nor a word byte: a token of its own); anything else.
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const PUNCT: u8 = 2;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let blank = matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'\0');
        table[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if !blank && !WORD_BYTES[b] {
            PUNCT
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// Whether the plain word `word` (ASCII word bytes from a letter), with a
/// full stop after it and then `after`, ends before the stop: the stop
/// joins nothing after it (no word byte, and no character to decode), and
/// the word is neither a single letter (an initialism, `F.`) nor an
/// abbreviation (`Mr.`), which keep it (see [`word`]).
fn plain_before_full_stop(word: &[u8], after: Option<u8>) -> bool {
    let joins = after.is_some_and(|b| WORD_BYTES[b as usize] || !b.is_ascii());
    !joins && word.len() > 1 && !lexicon().word_bytes(word).is(super::lexicon::class::ABBREVIATION)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '@' || c == '#' || c == '_'
}

/// The length of the character joining two parts of a word (`'`, `’`, `-`,
/// `&`, `.`, and the Unicode hyphens) at the start of `rest`, if one is there.
fn joiner_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'\'' | b'-' | b'&' | b'.', ..] => Some(1),
        [0xE2, 0x80, 0x99 | 0x90 | 0x91, ..] => Some(3), // ’ ‐ ‑
        _ => None,
    }
}

/// A word whose first run of word characters ends at `run`, with its
/// inner apostrophes and hyphens (`don’t`, `al-Assad`), initialisms
/// (`U.S.`), abbreviations with their full stop (`Mr.`), and a possessive
/// ending kept apart. Returns the bytes taken, the word's length without
/// the possessive, and whether an ASCII hyphen joins two of its parts.
///
/// Only an apostrophe joining two of its parts can make a possessive
/// (`Brien’s`) or a contraction (`they’re`): word characters include
/// neither apostrophe, so a word with no such joiner is not searched for one.
fn word(input: Input<'_>, run: usize) -> (usize, usize, bool) {
    let mut end = run;
    let mut hyphen = false;
    let mut apostrophe = false;
    while let Some(joiner) = joiner_len(input.rest(end)) {
        let next = word_run(input, end + joiner);
        if next == end + joiner {
            break;
        }
        hyphen |= input.byte(end) == Some(b'-');
        apostrophe |= apostrophe_len(input.rest(end)).is_some();
        end = next;
    }
    // The full stop of an abbreviation or initialism belongs to the word.
    let abbreviation = || is_initialism(input.head(end)) || lexicon().word_bytes(input.head(end).as_bytes()).is(super::lexicon::class::ABBREVIATION);
    let whole = if input.byte(end) == Some(b'.') && abbreviation() { end + 1 } else { end };
    // A trailing apostrophe after an s (`farmers’`) is a possessive ending.
    if input.byte(end - 1) == Some(b's') {
        if let Some(n) = apostrophe_len(input.rest(whole)) {
            if !input.char_at(whole + n).is_some_and(is_word_char) {
                return (whole + n, whole, hyphen);
            }
        }
    }
    if !apostrophe {
        return (whole, whole, hyphen);
    }
    let taken = input.head(whole);
    let contraction = || may_be_contraction(taken.as_bytes()).then(|| contraction_split(taken)).flatten();
    (whole, possessive_split(taken.as_bytes()).or_else(contraction).unwrap_or(whole), hyphen)
}

/// The length of the apostrophe (`'` or `’`) at the start of `rest`, if one is there.
fn apostrophe_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'\'', ..] => Some(1),
        [0xE2, 0x80, 0x99, ..] => Some(3),
        _ => None,
    }
}

/// The length of the blank character (see [`is_blank`]) at `pos`, if it is one.
fn blank_len(text: &str, pos: usize) -> Option<usize> {
    match text.as_bytes()[pos] {
        b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'\0' => Some(1),
        b if b.is_ascii() => None,
        _ => text[pos..].chars().next().filter(|&c| is_blank(c)).map(char::len_utf8),
    }
}

/// `U.S`, `F`, `D.C`: single letters joined by full stops.
fn is_initialism(body: &str) -> bool {
    // Asked of every word before a full stop, most of them not one letter
    // and its stop: ruled out by their second byte, without the split.
    if let [first, second, ..] = body.as_bytes() {
        if first.is_ascii() && *second != b'.' {
            return false;
        }
    }
    body.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Where a possessive `’s` starts in `word`, if it has one.
fn possessive_split(word: &[u8]) -> Option<usize> {
    // Every ending ends in an s: most words are ruled out at once.
    if !matches!(word.last(), Some(b's' | b'S')) {
        return None;
    }
    for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = word.strip_suffix(ending.as_bytes()) {
            if !stem.is_empty() {
                return Some(stem.len());
            }
        }
    }
    None
}

/// Where the `’re`, `’m`, `’ve`, `’ll` or `’d` of a pronoun (`they’re`,
/// `I'm`, `we’ll`) starts: the ending is an auxiliary, a word of its own.
fn contraction_split(word: &str) -> Option<usize> {
    const PRONOUNS: [&str; 8] = ["i", "you", "we", "they", "he", "she", "it", "who"];
    let apostrophe = word.rfind(['\'', '\u{2019}'])?;
    let ending = word[apostrophe..].trim_start_matches(['\'', '\u{2019}']);
    let contraction = ["re", "m", "ve", "ll", "d"].iter().any(|e| ending.eq_ignore_ascii_case(e));
    let stem = &word[..apostrophe];
    (contraction && PRONOUNS.iter().any(|p| stem.eq_ignore_ascii_case(p))).then_some(apostrophe)
}

/// Whether `word` is short enough for a pronoun, an apostrophe and an
/// ending (`they’re`: at most 4 + 3 + 2 bytes) and ends as an ending does:
/// [`contraction_split`] finds none in any other. Nearly every word fails
/// one test, and so is spared the backward search for an apostrophe, which
/// decoded the whole word character by character (a sixth of the lexer's
/// time).
fn may_be_contraction(word: &[u8]) -> bool {
    word.len() <= 9 && matches!(word.last(), Some(b'e' | b'E' | b'm' | b'M' | b'l' | b'L' | b'd' | b'D'))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::class;
    use super::super::{paragraphs::paragraphs, quotes::scan};
    use super::*;

    /// The tokens of `text` read as one block of prose.
    fn tokens_of(text: &str) -> Vec<Token> {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        let quotes = scan(text, &paras, &[]);
        tokenize(text, &paras, &quotes, &[], crate::parse::lexicon::lexicon())
    }

    fn lex(text: &str) -> Vec<(String, TokenKind, u8)> {
        tokens_of(text).into_iter().map(|t| (t.span().of(text).to_string(), t.kind, t.depth)).collect()
    }

    fn words(text: &str) -> Vec<String> {
        lex(text).into_iter().map(|t| t.0).collect()
    }

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
    fn quotation_marks_are_never_capitals() {
        let text = "“Go,” said Ana. «Non», dit Marta. „Ja“, sagte Lind. ‘Fine,’ he said. \"Yes\" and 'no' and ”stray.";
        let tokens = tokens_of(text);
        let marks: Vec<&Token> = tokens.iter().filter(|t| t.is_mark()).collect();
        assert!(marks.len() >= 10, "{} marks", marks.len());
        for t in marks {
            let c = t.span().of(text).chars().next().unwrap();
            assert!(!t.cap() && !c.is_uppercase(), "{c}");
        }
    }

    #[test]
    fn word_bytes_are_counted_two_at_a_time_as_one_at_a_time() {
        let bytes = b"ab9Z -.'\xc3\xa9_";
        // Every string of up to five of these bytes.
        let mut strings: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = strings.clone();
        for _ in 0..5 {
            last = last.iter().flat_map(|s| bytes.iter().map(move |&b| [s.as_slice(), &[b]].concat())).collect();
            strings.extend(last.iter().cloned());
        }
        for s in &strings {
            let one_at_a_time = s.iter().position(|&b| !WORD_BYTES[b as usize]).unwrap_or(s.len());
            assert_eq!(word_bytes_len(s), one_at_a_time, "{s:?}");
        }
    }

    #[test]
    fn a_draft_of_news_prose_fits_its_first_room() {
        let text = "The harbour authority said on Tuesday that ferry tolls would rise in spring, Marta Okafor’s aide told reporters. ".repeat(50);
        let paras = paragraphs(&text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        let quotes = scan(&text, &paras, &[]);
        let tokens = tokenize(&text, &paras, &quotes, &[], crate::parse::lexicon::lexicon());
        assert!(tokens.len() <= token_room(text.len()), "{} tokens in {} bytes", tokens.len(), text.len());
        assert_eq!(tokens.capacity(), token_room(text.len()), "never grown");
    }

    #[test]
    fn a_plain_token_is_pushed_as_the_full_lexer_would_push_it() {
        let lex = crate::parse::lexicon::lexicon();
        let heads =
            ["said", "Said", "Mr", "Gen", "U", "farmers", "they", "covid19", "Don", "al", "Q3", "x_y", "abcdefghijklmnopq", ",", "(", "\"", "%", "\x01", "-"];
        let tails = [
            "", " ", ",", ".", ". ", ".S", ".é", ".\u{2019}", "..", "'s", "\u{2019}s", "\u{2019}", "-run", "&Co", "é", "\u{2010}x", "\u{a0}", ")", "\"", ":",
            "5",
        ];
        let mut plain = 0;
        for head in heads {
            for tail in tails {
                let text = format!("{head}{tail}");
                let new_lexer = || Lexer {
                    text: &text,
                    lex,
                    tokens: Vec::new(),
                    marks: &[],
                    next_mark: 0,
                    hidden: &[],
                    next_hidden: 0,
                    open_ends: Vec::new(),
                    offsets_fit: true,
                };
                let mut fast = new_lexer();
                let Some(end) = fast.plain_token(text.as_bytes(), 0, 0) else { continue };
                let mut full = new_lexer();
                let full_end = full.lex_run(Input { text: &text, bytes: text.as_bytes(), start: 0 }, 0);
                assert_eq!((end, &fast.tokens), (full_end, &full.tokens), "{text:?}");
                plain += 1;
            }
        }
        // Words: all but the joiners, the non-ASCII bytes and (for the
        // abbreviations and the initial) a full stop; punctuation: all.
        assert_eq!(plain, 10 * 10 + 3 * 7 + 6 * tails.len());
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_possessives() {
        assert_eq!(words("Don’t ask O'Brien’s aide."), ["Don’t", "ask", "O'Brien", "’s", "aide", "."]);
        assert_eq!(words("the farmers’ union"), ["the", "farmers", "’", "union"]);
    }

    #[test]
    fn a_pronoun_and_its_auxiliary_are_two_words() {
        assert_eq!(words("They’re sure I'm late; we'll see."), ["They", "’re", "sure", "I", "'m", "late", ";", "we", "'ll", "see", "."]);
        assert_eq!(words("Holm're O'Malley'd"), ["Holm're", "O'Malley'd"]);
    }

    #[test]
    fn every_contraction_passes_the_quick_test() {
        for pronoun in ["i", "you", "we", "they", "he", "she", "it", "who", "THEY", "Who"] {
            for apostrophe in ["'", "\u{2019}"] {
                for ending in ["re", "m", "ve", "ll", "d", "RE", "M", "VE", "LL", "D"] {
                    let word = format!("{pronoun}{apostrophe}{ending}");
                    assert!(may_be_contraction(word.as_bytes()), "{word}");
                    assert_eq!(contraction_split(&word), Some(pronoun.len()), "{word}");
                }
            }
        }
        assert_eq!(contraction_split("they\u{2019}ve-been"), None);
    }

    #[test]
    fn abbreviations_and_initialisms_keep_their_full_stop() {
        assert_eq!(words("Mr. Lee met U.S. Lt. Gen. Ray."), ["Mr.", "Lee", "met", "U.S.", "Lt.", "Gen.", "Ray", "."]);
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    }

    #[test]
    fn blank_bytes_are_the_blank_characters() {
        let others = ['\u{85}', '\u{a0}', '\u{2003}', '\u{feff}', '\u{2019}', 'é'];
        for c in (0u8..0x80).map(char::from).chain(others) {
            let text = format!("{c}x");
            assert_eq!(blank_len(&text, 0), is_blank(c).then(|| c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn the_lexer_notes_each_word_with_a_hyphen_in_it() {
        let text = "A well-known pro-Kremlin 46-year-old said - an e-mail’s tone isn't all‐caps, nor 12 - 3.";
        let tokens = tokens_of(text);
        let hyphenated: Vec<&str> = tokens.iter().filter(|t| t.has_hyphen()).map(|t| t.span().of(text)).collect();
        assert_eq!(hyphenated, ["well-known", "pro-Kremlin", "46-year-old", "e-mail"]);
        // Exactly the words whose text has an ASCII hyphen, as `name_word` read it before.
        for t in &tokens {
            assert_eq!(t.has_hyphen(), t.is_word() && t.span().of(text).contains('-'), "{}", t.span().of(text));
        }
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
        use crate::parse::lexicon::class;
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
        let lines = include_str!("../../grammar/reporting-verbs.txt").lines().count();
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

    #[test]
    fn numbers_are_one_token() {
        assert_eq!(words("Up 40% to 1,200.5 in the 1990s"), ["Up", "40%", "to", "1,200.5", "in", "the", "1990s"]);
    }

    #[test]
    fn quote_marks_are_tokens_with_depth() {
        let got = lex("“No ‘never’,” he said.");
        assert_eq!(got[0].1, TokenKind::OpenQuote);
        assert_eq!(got[1], ("No".into(), TokenKind::Word, 1));
        assert_eq!(got[3], ("never".into(), TokenKind::Word, 2));
        let said = got.iter().find(|t| t.0 == "said").unwrap();
        assert_eq!(said.2, 0);
    }
}
