//! Figures that are public record or no figure at all, for
//! `unsourced-statistic`: market prices and moves, the size of a place's
//! population, numbers in page code that leaked into the copy and in
//! embedded posts. Each test reads a few tokens round the number, or a
//! bounded stretch of its line, never further.

use super::words::{listed, spelt, WordList};
use super::Context;
use crate::parse::{Token, TokenKind};

/// `shares fell 3 percent`, `the Nasdaq rose 1.2 percent`, `gold settled
/// at $1,020 an ounce`: a sentence naming a stock, an index or a traded
/// good (`figures.txt` [market-words]) gives prices anyone can look up.
pub fn names_a_market(cx: &Context<'_>, tokens: &[Token]) -> bool {
    // The list found by its name once, not once a word.
    let markets = WordList::new(cx.lexicon, "market-words");
    tokens.iter().any(|t| t.is_word() && markets.has(&cx.text.as_bytes()[t.span().start..t.span().end]))
}

/// `slipped $2.10, or 3.5 percent, to $58.40`, `closed down 1.9 percent at
/// $44.10`: a percentage followed by the price it moved to is a market
/// move. `end` is the token after the percentage.
pub fn price_move(cx: &Context<'_>, end: usize, para: u32) -> bool {
    let tokens = &cx.parsed.tokens;
    let at = |k: usize| tokens.get(k).filter(|t| t.para == para);
    let comma = at(end).is_some_and(|t| t.is_punct(','));
    let k = end + usize::from(comma);
    let to = at(k).is_some_and(|t| t.is_word() && ["to", "at"].iter().any(|w| t.span().of(cx.text).eq_ignore_ascii_case(w)));
    to && at(k + 1).is_some_and(|t| matches!(t.kind, TokenKind::Punct('$' | '£' | '€')))
}

/// `a city of 40,000 people`, `a population of about 90,000`, `home to
/// some 7,500 residents`: the size of a place, public record. Reads at most
/// the six words before the number at token `i`, skipping words of
/// approximation (`figures.txt` [approximators]).
pub fn population(cx: &Context<'_>, i: usize) -> bool {
    let tokens = &cx.parsed.tokens;
    let para = tokens[i].para;
    let before = tokens[i.saturating_sub(6)..i].iter().rev().take_while(|t| t.is_word() && t.para == para).map(|t| t.span().of(cx.text));
    let mut nearest = before.skip_while(|w| cx.lexicon.in_list("approximators", w));
    let (first, second) = (nearest.next(), nearest.next());
    (spelt(first, "of") && listed(cx.lexicon, "settlements", second)) || (spelt(first, "to") && spelt(second, "home"))
}

/// `won the county 58%-41%`, `a 52%–47% margin`: a percentage joined by
/// a hyphen or a dash, with no space, to another number is a score or a
/// result, public record, not a figure someone measured (`52-48` with no
/// sign is passed already as a hyphenated pair). `end` is the token after
/// the percentage.
pub fn score(cx: &Context<'_>, end: usize, para: u32) -> bool {
    let tokens = &cx.parsed.tokens;
    let (Some(dash), Some(number)) = (tokens.get(end), tokens.get(end + 1)) else { return false };
    let joined = |a: &Token, b: &Token| a.para == para && b.para == para && a.span().end == b.span().start;
    matches!(dash.kind, TokenKind::Punct('-' | '–')) && number.kind == TokenKind::Number && joined(&tokens[end - 1], dash) && joined(dash, number)
}

/// `width:100%;` in a style sheet pasted into the copy: a number between a
/// colon and a semicolon is a setting, not a figure. `end` is the token
/// after the number and its unit.
pub fn in_markup(cx: &Context<'_>, i: usize, end: usize) -> bool {
    let tokens = &cx.parsed.tokens;
    let para = tokens[i].para;
    let colon = i.checked_sub(1).is_some_and(|p| tokens[p].para == para && tokens[p].is_punct(':'));
    colon && tokens.get(end).is_some_and(|t| t.para == para && t.is_punct(';'))
}

/// How far back an embedded post's opening tag is looked for: posts are
/// short, and a long line must not be read again for each of its figures.
const POST_REACH: usize = 2_000;

/// `<tweet …>… a 100% rating …</tweet>`: a figure (or a `reportedly`)
/// inside an embedded post is its author's words, shown as posted, not
/// the paper's claim. Reads back at most [`POST_REACH`] bytes, within the
/// line.
pub fn in_embedded_post(cx: &Context<'_>, start: usize) -> bool {
    let mut from = start.saturating_sub(POST_REACH);
    while !cx.text.is_char_boundary(from) {
        from += 1;
    }
    let before = &cx.text[from..start];
    let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
    // Most lines before a figure hold no tag at all: one scan for `<`
    // answers them, where each substring search sets up a searcher first.
    memchr::memchr(b'<', line.as_bytes()).is_some() && line.rfind("<tweet") > line.rfind("</tweet>")
}

#[cfg(test)]
mod tests {
    use super::super::rules::testing::words;

    #[test]
    fn a_percentage_joined_to_another_by_a_dash_is_a_score() {
        let text = "Ruiz carried the port towns 58%-41% on Tuesday.\n\nShe won the harbour ward 61%–38%.";
        assert!(words("unsourced-statistic", text).is_empty());
    }

    #[test]
    fn a_percentage_with_a_spaced_dash_or_a_range_word_is_still_a_figure() {
        let text = "Crossings fell 58% - a record.\n\nFares rose 12% to 14% a year.";
        assert_eq!(words("unsourced-statistic", text), ["58%", "12%"]);
    }
}
