//! Paragraphs: the unit quotes close in and speakers carry over between.
//!
//! In plain text a blank line always ends a paragraph, and so does a single
//! line break, unless the line plainly runs on (it ends mid-sentence and the
//! next line starts in lower case): news systems export one paragraph a line,
//! while hand-wrapped drafts wrap mid-sentence.

use super::lexicon::{Lexicon, PhraseKind};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    Copy,
    /// The first short paragraph of a story: its title.
    Headline,
    /// Page furniture: "Also Read …", "ADVERTISEMENT", "Follow us on …".
    Boilerplate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParagraphKind,
}

/// Splits the prose blocks of a file into paragraphs. `blocks` are the byte
/// ranges that hold prose (the whole file for plain text).
pub fn paragraphs(text: &str, blocks: &[Span], lex: &Lexicon) -> Vec<Paragraph> {
    /// Fewer bytes than news copy's paragraphs mostly have (train: 237 a
    /// paragraph, 159 at the tenth percentile of articles).
    const PARAGRAPH_BYTES: usize = 160;
    let mut out = Vec::with_capacity(crate::source::room_for(text.len(), PARAGRAPH_BYTES));
    for block in blocks {
        split_block(text, *block, &mut out);
    }
    classify(text, &mut out, lex);
    out
}

/// Each block is one paragraph (Markdown, whose parser already found the
/// paragraphs): only trimmed and classified.
pub fn whole_blocks(text: &str, blocks: &[Span], lex: &Lexicon) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> =
        blocks.iter().map(|b| trim(text, *b)).filter(|b| !b.is_empty()).map(|span| Paragraph { span, kind: ParagraphKind::Copy }).collect();
    classify(text, &mut out, lex);
    out
}

fn split_block(text: &str, block: Span, out: &mut Vec<Paragraph>) {
    let mut start: Option<usize> = None;
    let mut last_line: Option<Span> = None;
    for line in lines(text, block) {
        let trimmed = trim(text, line);
        if trimmed.is_empty() {
            flush(start.take(), last_line.take(), out);
            continue;
        }
        if let (Some(_), Some(prev)) = (start, last_line) {
            if !runs_on(prev.of(text), trimmed.of(text)) {
                flush(start.take(), Some(prev), out);
            }
        }
        start.get_or_insert(trimmed.start);
        last_line = Some(trimmed);
    }
    flush(start, last_line, out);
}

fn flush(start: Option<usize>, last_line: Option<Span>, out: &mut Vec<Paragraph>) {
    if let (Some(start), Some(last)) = (start, last_line) {
        out.push(Paragraph { span: Span::new(start, last.end), kind: ParagraphKind::Copy });
    }
}

/// True when a line break between `prev` and `next` is a wrap, not a new paragraph.
fn runs_on(prev: &str, next: &str) -> bool {
    let ends_open = !prev.ends_with(['.', '!', '?', ':', ';', '"', '\u{201d}', '\u{2019}', ')', ']']);
    let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && next_lower
}

/// Lines of a block, each without its line break.
fn lines(text: &str, block: Span) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut pos = block.start;
    std::iter::from_fn(move || {
        if pos >= block.end {
            return None;
        }
        let start = pos;
        let found = memchr::memchr2(b'\n', b'\r', &bytes[pos..block.end]);
        let end = found.map_or(block.end, |i| pos + i);
        pos = end + 1;
        if end < block.end && bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            pos += 1;
        }
        if found.is_none() {
            pos = block.end;
        }
        Some(Span::new(start, end))
    })
}

/// The span without surrounding whitespace (including no-break spaces and a BOM).
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    // Most lines start and end with a printing ASCII byte (no blank, see
    // [`is_blank`]): nothing to trim, and no character decoded at either
    // end to find that out.
    if let (Some(&first), Some(&last)) = (s.as_bytes().first(), s.as_bytes().last()) {
        if first.is_ascii_graphic() && last.is_ascii_graphic() {
            return span;
        }
    }
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let body = s.trim_matches(is_blank);
    Span::new(span.start + lead, span.start + lead + body.len())
}

pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\0'
}

fn classify(text: &str, paragraphs: &mut [Paragraph], lex: &Lexicon) {
    for p in paragraphs.iter_mut() {
        if is_boilerplate(p.span.of(text), lex) {
            p.kind = ParagraphKind::Boilerplate;
        }
    }
    if let Some(first) = paragraphs.iter_mut().find(|p| p.kind == ParagraphKind::Copy) {
        if looks_like_headline(first.span.of(text)) {
            first.kind = ParagraphKind::Headline;
        }
    }
}

fn is_boilerplate(para: &str, lex: &Lexicon) -> bool {
    let Some(first) = first_word(para) else { return false };
    let starts_with = |phrase_words: &[&str]| {
        let mut all = para.split_whitespace();
        phrase_words.iter().all(|w| all.next().is_some_and(|x| super::lexicon::same_word(x, w)))
    };
    let boilerplate_start = lex.phrases_at(first).any(|p| p.kind == PhraseKind::Boilerplate && starts_with(&p.words));
    let shouting =
        para.len() < 40 && para.chars().any(|c| c.is_alphabetic()) && !para.chars().any(|c| c.is_lowercase()) && !para.contains(['"', '\u{201c}', '.']);
    let follow = super::lexicon::same_word(first, "follow") && para.contains(" on ") && para.split_whitespace().any(|w| w.starts_with('@') || same_network(w));
    boilerplate_start || shouting || follow
}

/// `para.split_whitespace().next()`, asked of every paragraph: an ASCII
/// first word is read by bytes up to the white space after it, without
/// decoding characters. A paragraph that starts with white space, or a
/// byte of another character (perhaps Unicode's white space) before the
/// first ASCII white space, goes the long way.
fn first_word(para: &str) -> Option<&str> {
    // The white space `char::is_whitespace` finds among ASCII bytes (the
    // vertical tab too, unlike `u8::is_ascii_whitespace`).
    let white = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let bytes = para.as_bytes();
    let end = bytes.iter().position(|&b| !b.is_ascii() || white(b)).unwrap_or(bytes.len());
    let ascii_word = end > 0 && bytes.get(end).is_none_or(|&b| b.is_ascii());
    if ascii_word {
        Some(&para[..end])
    } else {
        para.split_whitespace().next()
    }
}

fn same_network(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    ["Twitter", "Facebook", "Instagram", "X"].contains(&w)
}

/// `Ferry fares to rise;` ¶ `Council blames the price of fuel.`: paragraph
/// `i` is the deck of a title cut by a semicolon, the short line under it,
/// which its full stop does not make a sentence of the copy. Kept apart
/// from the headline's kind: the rules read a deck as a headline, the
/// grammar reads it as copy.
pub fn is_deck(text: &str, paragraphs: &[Paragraph], i: usize) -> bool {
    let Some(title) = i.checked_sub(1).and_then(|t| paragraphs.get(t)) else { return false };
    let Some(deck) = paragraphs.get(i) else { return false };
    let line = deck.span.of(text);
    title.kind == ParagraphKind::Headline
        && deck.kind == ParagraphKind::Copy
        && title.span.of(text).ends_with(';')
        && !line.contains('\n')
        && line.split_whitespace().nth(25).is_none()
}

/// A story's title: short, and either without a full stop or in Title Case.
fn looks_like_headline(para: &str) -> bool {
    let words: Vec<&str> = para.split_whitespace().collect();
    if words.is_empty() || words.len() > 25 {
        return false;
    }
    let unfinished = !para.ends_with(['.', '!', '?', '"', '\u{201d}']);
    let capitalised = words.iter().filter(|w| w.len() > 3).all(|w| !w.starts_with(|c: char| c.is_lowercase()));
    unfinished || capitalised
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, ParagraphKind)> {
        paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon()).into_iter().map(|p| (p.span.of(text), p.kind)).collect()
    }

    #[test]
    fn blank_lines_and_single_breaks_end_paragraphs() {
        let text = "Storm Warning Issued\n\nThe river rose.\nThe mayor spoke.\r\n\r\nShe left.";
        let got = texts(text);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], ("Storm Warning Issued", ParagraphKind::Headline));
        assert_eq!(got[1].0, "The river rose.");
        assert_eq!(got[3].0, "She left.");
    }

    #[test]
    fn a_wrapped_line_runs_on() {
        let text = "The council met on Monday and the\nmayor said nothing.";
        assert_eq!(texts(text)[0].0, text);
    }

    #[test]
    fn a_first_word_is_the_one_split_whitespace_gives() {
        for para in ["Okafor said", "Okafor", "Okafor\x0bsaid", "Zoë said", "Okafor\u{2003}said", " Okafor", "\u{2003}Okafor", "", "\t", "A\u{a0}B C"] {
            assert_eq!(first_word(para), para.split_whitespace().next(), "{para:?}");
        }
    }

    #[test]
    fn a_span_is_trimmed_of_every_blank_at_its_ends() {
        let text = "a\u{2003} \u{feff}Okafor said.\u{a0}\0\t\"x\" y\u{1}z";
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let s = &text[start..end];
                let body = s.trim_matches(is_blank);
                let lead = s.len() - s.trim_start_matches(is_blank).len();
                assert_eq!(trim(text, Span::new(start, end)), Span::new(start + lead, start + lead + body.len()), "{s:?}");
            }
        }
    }

    #[test]
    fn the_line_under_a_title_cut_by_a_semicolon_is_its_deck() {
        let decks = |text: &str| {
            let paragraphs = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
            (0..paragraphs.len()).filter(|&i| is_deck(text, &paragraphs, i)).collect::<Vec<_>>()
        };
        assert_eq!(decks("Ferry fares to rise;\n\nCouncil blames the price of fuel.\n\nThe council met on Monday."), [1]);
        assert!(decks("Ferry fares to rise\n\nCouncil blames the price of fuel.\n\nThe council met on Monday.").is_empty(), "no semicolon, no deck");
        let long = format!("Ferry fares to rise;\n\n{}", "The council met on Monday and talked. ".repeat(5));
        assert!(decks(&long).is_empty(), "a paragraph of copy is no deck");
        assert!(decks("Ferry fares to rise;\n\nADVERTISEMENT\n\nThe council met on Monday.").is_empty(), "page furniture is no deck");
    }

    #[test]
    fn page_furniture_is_boilerplate() {
        let text = "The bridge opened in May after two years of works.\n\nADVERTISEMENT\n\nAlso Read Ferry strike ends, say unions\n\nIt carries a road.";
        let kinds: Vec<_> = texts(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(kinds, [ParagraphKind::Copy, ParagraphKind::Boilerplate, ParagraphKind::Boilerplate, ParagraphKind::Copy]);
    }
}
