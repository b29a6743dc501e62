//! Sentences: where a full stop, question or exclamation mark ends one.
//!
//! A full stop inside a quotation does not end the sentence around it, so
//! `"We won. We lost," he said.` is one sentence: the quote and the clause
//! that attributes it stay together. Abbreviations (`Mr.`, `Lt. Gen.`) never
//! end a sentence; initialisms (`U.S.`) end one only before a word that
//! plainly starts the next.

use super::lexicon::{class, VerbForm};
use super::tokens::{Token, TokenKind};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Token indices `first..end`.
    pub first: u32,
    pub end: u32,
    pub para: u32,
}

impl Sentence {
    pub fn tokens<'t>(&self, tokens: &'t [Token]) -> &'t [Token] {
        &tokens[self.first as usize..self.end as usize]
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.first as usize..self.end as usize
    }
}

pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    /// Fewer bytes than news copy's sentences mostly have (train: 111 a
    /// sentence, 85 at the tenth percentile of articles).
    const SENTENCE_BYTES: usize = 96;
    let mut out = Vec::with_capacity(crate::source::room_for(text.len(), SENTENCE_BYTES).min(tokens.len()));
    let mut start = 0;
    let mut i = 0;
    let mut ends = MayEnd::new(text.as_bytes(), tokens);
    while i < tokens.len() {
        i = ends.next(start, i);
        let para_ends = tokens.get(i + 1).is_none_or(|n| n.para != tokens[i].para);
        let end = if para_ends || overlong(tokens, start, i) { Some(i + 1) } else { boundary_after(text, tokens, i) };
        match end {
            Some(end) => {
                out.push(make(tokens, start, end));
                start = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Tokens after which a sentence with no full stop is cut at its next
/// comma, semicolon or colon, and tokens after which it is cut anyway. News
/// sentences run to a few dozen words; a draft with no full stop for pages
/// (a transcript, a list, a pasted feed) would otherwise be one sentence,
/// and every quote in it would read every clause of it.
const LONG_SENTENCE: usize = 1_000;
const LONGEST_SENTENCE: usize = 1_200;

/// Where the sentences of a draft may end: [`MayEnd::next`].
struct MayEnd<'t> {
    bytes: &'t [u8],
    tokens: &'t [Token],
    /// Where each ellipsis (`…`) starts: a terminal mark with none of the
    /// bytes [`MayEnd::by_bytes`] searches for (few drafts have any).
    ellipses: Vec<usize>,
    /// The first of them not yet passed.
    next_ellipsis: usize,
    /// The last token of the paragraph the last search was in.
    para_last: Option<usize>,
}

impl<'t> MayEnd<'t> {
    fn new(bytes: &'t [u8], tokens: &'t [Token]) -> MayEnd<'t> {
        // By its last byte, which few other characters have (a search
        // for one byte, where one for the three cost twice as much).
        let ellipsis = "\u{2026}".as_bytes();
        let ellipses = memchr::memchr_iter(ellipsis[2], bytes).filter_map(|at| at.checked_sub(2)).filter(|&at| bytes[at..].starts_with(ellipsis)).collect();
        MayEnd { bytes, tokens, ellipses, next_ellipsis: 0, para_last: None }
    }

    /// The first token from `i` after which the sentence from `start` may
    /// end: the last of its paragraph, one from where the sentence has run
    /// long, or a full stop, question or exclamation mark or a word ending
    /// in a full stop (see [`boundary_after`]). Most tokens are none of
    /// these, and are passed here without a test of their own.
    fn next(&mut self, start: usize, i: usize) -> usize {
        let limit = (start + LONG_SENTENCE).min(self.tokens.len());
        if i + 1 >= limit {
            return i;
        }
        let para_last = match self.para_last {
            Some(last) if last >= i => last,
            _ => {
                // The tokens' paragraphs never go back: the rest of this one
                // is the run of its number from `i`.
                let para = self.tokens[i].para;
                let last = i + self.tokens[i..].partition_point(|t| t.para == para) - 1;
                *self.para_last.insert(last)
            }
        };
        self.by_bytes(i, para_last.min(limit - 1))
    }

    /// The first token from `i` before `upper` that [`may_end`], or else
    /// `upper`, found by the bytes a token that may end a sentence holds
    /// (`.`, `!`, `?`, or an ellipsis): a search of the text between them
    /// (a sentence's worth, a vector compare for each 32 bytes), and only
    /// the tokens holding one of them tested, where every token was.
    /// Asked with `i` never going back, as the sentences are made.
    fn by_bytes(&mut self, i: usize, upper: usize) -> usize {
        let tokens = self.tokens;
        let (mut at, to) = (tokens[i].span().start, tokens[upper].span().start);
        let mut j = i;
        loop {
            let mark = memchr::memchr3(b'.', b'!', b'?', &self.bytes[at..to]).map(|k| at + k);
            while self.ellipses.get(self.next_ellipsis).is_some_and(|&e| e < at) {
                self.next_ellipsis += 1;
            }
            let ellipsis = self.ellipses.get(self.next_ellipsis).copied().filter(|&e| e < to);
            let Some(p) = mark.into_iter().chain(ellipsis).min() else { return upper };
            // The first token ending past the byte: never past `upper`,
            // which starts after it.
            j += crate::parse::search::position_by_pairs(&tokens[j..upper], |t| t.span().end > p).unwrap_or(upper - j);
            // (A byte in no token, as in code a Markdown draft hides, is
            // passed over.)
            if tokens[j].span().start <= p && may_end(self.bytes, &tokens[j]) {
                return j;
            }
            at = p + 1;
        }
    }
}

/// A terminal mark, or a word whose last byte is a full stop (`U.S.`,
/// `Mr.`): the only tokens after which [`boundary_after`] may find a
/// boundary.
fn may_end(bytes: &[u8], t: &Token) -> bool {
    match t.kind {
        TokenKind::Word => bytes.get(t.span().end.wrapping_sub(1)) == Some(&b'.'),
        TokenKind::Punct(c) => matches!(c, '.' | '!' | '?' | '\u{2026}'),
        _ => false,
    }
}

/// The sentence from token `start` has run long enough to end after token `i`.
fn overlong(tokens: &[Token], start: usize, i: usize) -> bool {
    let len = i + 1 - start;
    len >= LONGEST_SENTENCE || (len >= LONG_SENTENCE && matches!(tokens[i].kind, TokenKind::Punct(',' | ';' | ':')))
}

fn make(tokens: &[Token], first: usize, end: usize) -> Sentence {
    Sentence { span: Span::new(tokens[first].span().start, tokens[end - 1].span().end), first: first as u32, end: end as u32, para: tokens[first].para }
}

/// When token `i` ends a sentence, the index just past the sentence (after
/// any closing marks and brackets that belong to it).
fn boundary_after(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let terminal = matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | '\u{2026}'));
    // The word's last byte, read alone (a word is never empty): this is
    // asked of every token, and slicing the word cost a fifth of the pass.
    let initialism_end = t.kind == TokenKind::Word && text.as_bytes()[t.span().end - 1] == b'.' && !t.is(class::TITLE);
    if !terminal && !initialism_end {
        return None;
    }
    let mut end = i + 1;
    while let Some(n) = tokens.get(end) {
        let closer = matches!(n.kind, TokenKind::CloseQuote | TokenKind::Punct(')' | ']'));
        if !closer || n.para != t.para {
            break;
        }
        end += 1;
    }
    let next = tokens.get(end).filter(|n| n.para == t.para)?;
    let quoted_question = matches!(t.kind, TokenKind::Punct('!' | '?')) && matches!(tokens[end - 1].kind, TokenKind::CloseQuote);
    if quoted_question && reporting_clause_at(tokens, end) {
        return None;
    }
    if next.depth > 0 && !matches!(next.kind, TokenKind::OpenQuote) {
        return None;
    }
    let starts_sentence = match next.kind {
        TokenKind::Word if initialism_end => next.cap() && next.is(class::DETERMINER | class::PRONOUN | class::CONJUNCTION | class::PREPOSITION | class::GAP),
        TokenKind::Word => next.cap(),
        TokenKind::Number | TokenKind::OpenQuote => !initialism_end,
        TokenKind::Punct(c) => !initialism_end && matches!(c, '(' | '[' | '\u{2014}' | '-' | '\u{2022}' | '*'),
        _ => false,
    };
    starts_sentence.then_some(end)
}

/// `"Why?" Ruiz asked` / `"Stop!" shouted the guard`: after a quoted
/// question or exclamation, a name and a reporting verb carry on the same
/// sentence.
fn reporting_clause_at(tokens: &[Token], from: usize) -> bool {
    let cue = |t: &Token| t.is(class::CUE) && t.info().verb.is_some_and(|v| v.form != VerbForm::Ing);
    let mut i = from;
    while let Some(t) = tokens.get(i).filter(|t| t.is_word() && i < from + 5) {
        if cue(t) {
            return true;
        }
        if !t.cap() && !t.is(class::PRONOUN) {
            return false;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::{paragraphs::paragraphs, quotes::scan, tokens::tokenize};
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        let quotes = scan(text, &paras, &[]);
        let tokens = tokenize(text, &paras, &quotes, &[], crate::parse::lexicon::lexicon());
        sentences(text, &tokens).into_iter().map(|s| s.span.of(text)).collect()
    }

    /// The first token from `i` whose pair with the next may end the
    /// sentence from `start`, read a pair of tokens at a time: what
    /// [`MayEnd::next`] finds from the text's bytes.
    fn next_by_pairs(bytes: &[u8], tokens: &[Token], start: usize, i: usize) -> usize {
        let limit = (start + LONG_SENTENCE).min(tokens.len());
        let Some(run) = tokens.get(i..limit) else { return i };
        let ends = |pair: &[Token]| pair[1].para != pair[0].para || may_end(bytes, &pair[0]);
        i + run.windows(2).position(ends).unwrap_or(run.len().saturating_sub(1))
    }

    #[test]
    fn the_bytes_find_where_a_sentence_may_end_as_the_tokens_do() {
        let texts = [
            "Mr. Lee met Lt. Gen. Ray. They spoke!\n\nWhy? Aid reached the U.S. Senate at 3.5 p.m. on Friday",
            "He paused\u{2026} then went on. “Why?” she asked… Nobody knew.",
            "No full stop here at all\n\nnor here, and none at the end",
            "A site, example.org, and 1.5.2 are no ends. An end!\n\n\u{2026}",
            "",
        ];
        for text in texts {
            let hidden = text.find("example").map(|at| Span::new(at, at + 11)).into_iter().collect::<Vec<_>>();
            let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
            let quotes = scan(text, &paras, &hidden);
            let tokens = tokenize(text, &paras, &quotes, &hidden, crate::parse::lexicon::lexicon());
            for start in 0..tokens.len() {
                let mut ends = MayEnd::new(text.as_bytes(), &tokens);
                for i in start..tokens.len() {
                    assert_eq!(ends.next(start, i), next_by_pairs(text.as_bytes(), &tokens, start, i), "{text:?} from {start}, {i}");
                }
            }
        }
    }

    #[test]
    fn an_ellipsis_ends_a_sentence_and_a_full_stop_inside_a_word_does_not() {
        assert_eq!(split("He paused\u{2026} Then he left."), ["He paused\u{2026}", "Then he left."]);
        assert_eq!(split("See example.org for more. Then go."), ["See example.org for more.", "Then go."]);
    }

    #[test]
    fn a_page_with_no_full_stop_is_cut_at_a_comma_once_it_runs_long() {
        let text = "the tide rose, ".repeat(400);
        let got = split(&text);
        // Four tokens a phrase: cut at the first comma from the thousandth.
        assert_eq!(got.len(), 2, "{:?}", got.iter().map(|s| s.len()).collect::<Vec<_>>());
        assert!(got[0].ends_with("rose,"));
        // With no comma at all, at the longest.
        let text = "tide ".repeat(3000);
        assert_eq!(split(&text).len(), 3);
    }

    #[test]
    fn full_stops_end_sentences_but_not_abbreviations() {
        assert_eq!(split("Mr. Lee met Lt. Gen. Ray. They spoke."), ["Mr. Lee met Lt. Gen. Ray.", "They spoke."]);
    }

    #[test]
    fn an_initialism_ends_a_sentence_only_before_a_plain_start() {
        assert_eq!(split("Aid reached the U.S. Senate. It passed."), ["Aid reached the U.S. Senate.", "It passed."]);
        assert_eq!(split("He flew to the U.S. The talks failed."), ["He flew to the U.S.", "The talks failed."]);
    }

    #[test]
    fn a_quote_keeps_its_sentences_together() {
        assert_eq!(split("“We won. We lost,” he said. Then he left."), ["“We won. We lost,” he said.", "Then he left."]);
        assert_eq!(split("She said: “Go.” Nobody moved."), ["She said: “Go.”", "Nobody moved."]);
    }

    #[test]
    fn a_question_inside_a_quote_does_not_end_the_attribution() {
        assert_eq!(split("“Why?” he asked."), ["“Why?” he asked."]);
        assert_eq!(split("“Stop!” Ana Ruiz shouted. “Now?” asked Ruiz."), ["“Stop!” Ana Ruiz shouted.", "“Now?” asked Ruiz."]);
        assert_eq!(split("“Stop!” Ruiz went home."), ["“Stop!”", "Ruiz went home."]);
    }
}
