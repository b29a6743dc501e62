//! The lexer loop: each paragraph's bytes read once from start to end,
//! blanks and hidden spans (code in Markdown) skipped, the quote scan's
//! marks made tokens in their roles, every other token read by its shape,
//! and each token given its depth inside quotes as it is pushed.
//!
//! Apart from the word shapes (see [`shapes`](super::shapes)) because it
//! decides where tokens start and what stands around them (marks, hidden
//! spans, paragraphs, quotes open), not what one word or number is.

use super::shapes::{
    blank_len, letters_in_sixteen, lexeme, plain_before_full_stop, word_bytes_len, Input, Lexeme, AFTER_WORD, BYTE_CLASS, ENDS_WORD, FULL_STOP, LETTER, PUNCT,
};
use super::token::{is_mark_kind, offset, Token, TokenKind, HYPHEN};
use crate::parse::lexicon::{packed_letters, Lexicon, WordInfo};
use crate::parse::paragraphs::Paragraph;
use crate::parse::quotes::QuoteScan;
use crate::source::Span;
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
    /// byte. Where the token ends (after a word, past the space after it
    /// when there is one, which the paragraph's loop would skip), or `None`
    /// for any other (left to [`Lexer::lex_run`]).
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
        // A word of fewer than sixteen letters is counted and keyed from
        // its bytes loaded eight at a time; a longer one, or one near the
        // stop, a byte at a time. (A digit, `@`, `#` or `_` after the
        // letters goes on with the word: `AFTER_WORD` leaves it to the full
        // lexer.)
        let (len, letters) = match letters_in_sixteen(tail) {
            Some((len, bytes)) => (len, Some(bytes)),
            None => (word_bytes_len(tail), None),
        };
        let after = tail.get(len).copied();
        match after.map_or(ENDS_WORD, |b| AFTER_WORD[b as usize]) {
            ENDS_WORD => {}
            FULL_STOP if plain_before_full_stop(&tail[..len], tail.get(len + 1).copied()) => {}
            _ => return None,
        }
        let info = match letters {
            Some(bytes) => self.lex.short_word_in_lexer(packed_letters(bytes, len)),
            None => self.lex.word_at_in_lexer(tail, len),
        };
        let depth = self.depth_at(pos, TokenKind::Word);
        let (start, end) = (pos as u32, (pos + len) as u32);
        self.tokens.push(Token::at_offsets(start, end, TokenKind::Word, info, first.is_ascii_uppercase(), depth, index));
        // Most words have a space after them: passed here, where its byte
        // has been read, rather than by a turn of the paragraph's loop.
        Some(pos + len + usize::from(after == Some(b' ')))
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

#[cfg(test)]
mod tests {
    use super::super::{lex, tokens_of};
    use super::*;
    use crate::parse::{paragraphs::paragraphs, quotes::scan};

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
        // Each text alone, and with more after it, which its first eight
        // bytes are read from (`letters_in_sixteen`).
        for (head, more) in heads.iter().flat_map(|h| [(h, ""), (h, " and more words after")]) {
            for tail in tails {
                let text = format!("{head}{tail}{more}");
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
                // A word's space after it is passed too; a mark's never.
                let space = usize::from(full.tokens[0].kind == TokenKind::Word && text.as_bytes().get(full_end) == Some(&b' '));
                assert_eq!((end, &fast.tokens), (full_end + space, &full.tokens), "{text:?}");
                plain += usize::from(more.is_empty());
            }
        }
        // Words: all but the joiners, the non-ASCII bytes and (for the
        // abbreviations and the initial) a full stop; punctuation: all.
        // Less the ten texts of eight bytes or more whose letters have a
        // digit after them (`covid19` with each of its nine plain tails
        // that are not empty, and `farmers5`): the full lexer's.
        assert_eq!(plain, 10 * 10 + 3 * 7 + 6 * tails.len() - 10);
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
