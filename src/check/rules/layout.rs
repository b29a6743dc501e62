//! Quotes whose source the page's layout gives rather than a reporting
//! clause: a citation ending the line (or a byline, or a paper cited in
//! the bracket the quote opens), a signature on the line below, a
//! speaker's label opening a transcript line, a date after a slogan.

use crate::check::Context;
use crate::parse::Quote;
use crate::source::Span;

/// How far past the closing mark a citation is looked for, in characters.
const CITATION_REACH: usize = 200;

/// `"Tolls end in May." [Harbour Gazette]`, a link after the closing
/// mark, or `HARBOUR TOLLS "Tolls end in May." The fare falls too.
/// [Harbour Gazette.]`: a digest item quoting an article names its source
/// in the citation that ends the line, not in a reporting clause.
pub(super) fn cited_after(text: &str, quote: &Quote) -> bool {
    let rest = &text[quote.span.end..];
    let line = line_start(rest);
    let next = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';'));
    let whole_line = rest[line.len()..].is_empty() || rest[line.len()..].starts_with('\n');
    let ends_cited = whole_line && line.rfind('[').is_some_and(|i| bracketed_source(&line[i..]));
    ends_cited || next.starts_with("http://") || next.starts_with("https://") || bylined(next) || cited_in_brackets(text, quote, next)
}

/// `"Tolls end in May," by the Gazette's Ana Ruiz: "…"`: a digest item's
/// headline with its byline; the colon sets off the article's words.
fn bylined(next: &str) -> bool {
    let Some(rest) = next.strip_prefix("by ") else { return false };
    let byline = rest.split(['"', '\u{201c}', '\n']).next().unwrap_or("");
    rest.trim_start_matches("the ").starts_with(char::is_uppercase) && byline.trim_end().ends_with(':')
}

/// `(“Okafor wins the vote,” Harbour Gazette, Tuesday)`: a headline
/// opening a bracket that cites the paper it ran in, as letters to the
/// editor cite the story they answer.
fn cited_in_brackets(text: &str, quote: &Quote, next: &str) -> bool {
    let opens_bracket = text[..quote.span.start].ends_with('(');
    let cited = next.split(['\n', '(']).next().is_some_and(|rest| rest.contains(')'));
    opens_bracket && next.starts_with(char::is_uppercase) && cited
}

/// The start of `rest` up to its line's end, at most [`CITATION_REACH`]
/// characters.
fn line_start(rest: &str) -> &str {
    let reach = rest.char_indices().nth(CITATION_REACH).map_or(rest.len(), |(i, _)| i);
    rest[..reach].split('\n').next().unwrap_or("")
}

/// The end of `before` back to its line's start, if that is at most
/// `reach` bytes back: a quote's line is asked about once per quote, and
/// a line of a million quotes must not be read back to its start each time.
fn line_end(before: &str, reach: usize) -> Option<&str> {
    let window = window_end(before, reach);
    match window.rfind('\n') {
        Some(i) => Some(&window[i + 1..]),
        None => (window.len() == before.len()).then_some(window),
    }
}

/// The last `reach` bytes of `before`, or fewer to start on a character.
fn window_end(before: &str, reach: usize) -> &str {
    let mut from = before.len().saturating_sub(reach);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    &before[from..]
}

/// How far back a link's opening tag is looked for, in bytes: its
/// address and its text.
const LINK_REACH: usize = 1_000;

/// `[Harbour Gazette.]` alone at the end of the line: a capitalised name
/// in brackets (not an editor's `[sic]`) with nothing but stops after it.
fn bracketed_source(line: &str) -> bool {
    let Some(inside) = line.strip_prefix('[') else { return false };
    let Some(close) = inside.find(']') else { return false };
    let after = inside[close + 1..].trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    inside.starts_with(char::is_uppercase) && after.is_empty()
}

/// The most words a signature line under a quote may hold.
const SIGNATURE_WORDS: usize = 10;

/// `"Tolls must end this year.` on one line and `Marta Okafor, Harbour
/// Users' Union."` on the next: a round-up quoting people signs each
/// quote on the line below, where the closing mark stands. The quote is
/// left open only because the mark moved down; the speaker is named.
pub(super) fn signed_below(text: &str, quote: &Quote) -> bool {
    signature_close(text, quote).is_some()
}

/// Where the closing mark stands that ends the signature line under an
/// unclosed quote, as [`signed_below`] reads it.
pub(super) fn signature_close(text: &str, quote: &Quote) -> Option<Span> {
    if quote.closed {
        return None;
    }
    let rest = text[quote.span.end..].trim_start_matches([' ', '\t', '\r']);
    let rest = rest.strip_prefix('\n')?;
    let line = line_start(rest).trim_end();
    let mark = line.chars().next_back().filter(|&c| matches!(c, '"' | '\u{201d}'))?;
    let words = line.split_whitespace().take(SIGNATURE_WORDS + 1).count();
    let at = text.len() - rest.len() + line.len() - mark.len_utf8();
    (words <= SIGNATURE_WORDS && line.trim_start().starts_with(char::is_uppercase)).then(|| Span::new(at, at + mark.len_utf8()))
}

/// `"Tolls Out, Ferries In" (2009) — "Fair Fares Now" (2013)`: a year in
/// brackets straight after the closing mark dates a slogan or a title in
/// a list of them, words of a campaign rather than anyone's speech.
pub(super) fn dated_title(text: &str, quote: &Quote) -> bool {
    let rest = text[quote.span.end..].trim_start_matches([' ', '\u{a0}']).as_bytes();
    rest.len() >= 6 && rest[0] == b'(' && rest[1..5].iter().all(u8::is_ascii_digit) && rest[5] == b')'
}

/// `‘Harbour asks if tolls are here to stay’ “The board voted …” [Harbour
/// Gazette]`:
/// a digest item's headline opening its line, straight before the
/// article's words, which the citation ending the line sources
/// ([`cited_after`]); both quotes are the cited article's.
pub(super) fn heads_a_cited_quote(cx: &Context<'_>, quote: &Quote) -> bool {
    let text = cx.text;
    let opens_line = line_end(&text[..quote.span.start], CITATION_REACH).is_some_and(|b| b.trim().is_empty());
    let quotes = &cx.parsed.quotes.quotes;
    let next = quotes.partition_point(|q| q.span.start < quote.span.end);
    let excerpt = quotes.get(next).filter(|q| q.depth == quote.depth && text[quote.span.end..q.span.start].trim_matches([' ', '\u{a0}']).is_empty());
    opens_line && excerpt.is_some_and(|q| cited_after(text, q))
}

/// The most words a title set over the story may hold.
const TITLE_WORDS: usize = 20;

/// `“We are ready”: A harbour braces for the storm.`, the draft's first
/// line: a title led by a quote, which the story below attributes. The
/// quote must open the draft, a colon and a capital follow it, and the
/// line is short and alone in its paragraph.
pub(super) fn quote_led_title(text: &str, quote: &Quote) -> bool {
    if !text[..quote.span.start].trim().is_empty() {
        return false;
    }
    let Some(rest) = text[quote.span.end..].strip_prefix(": ") else { return false };
    let line = rest.split('\n').next().unwrap_or("");
    let alone = rest[line.len()..].starts_with("\n\n") || rest.len() == line.len();
    let words = text[quote.span.start..quote.span.end].split_whitespace().count() + line.split_whitespace().count();
    line.starts_with(char::is_uppercase) && alone && words <= TITLE_WORDS
}

/// `– ‘No tolls’ –` alone on its line: a crosshead, the wire's heading
/// over a section of the story, set between dashes. The quote heads the
/// story's words below, which name its speaker; it is page furniture, not
/// a quote to attribute. A line holding anything else beside the quote
/// and its dashes (a full stop at most) is copy.
pub(super) fn crosshead(text: &str, quote: &Quote) -> bool {
    let dash = |c: char| matches!(c, '-' | '\u{2013}' | '\u{2014}');
    let lone_dash = |s: &str| s.chars().count() == 1 && s.chars().all(dash);
    let Some(before) = line_end(&text[..quote.span.start], CITATION_REACH) else { return false };
    let after = line_start(&text[quote.span.end..]).trim().trim_end_matches('.').trim_end();
    lone_dash(before.trim()) && lone_dash(after)
}

/// `<a href="…">Pier vote “We won” (with photos)</a>`: the words of a
/// link, the title of the page it points to; quoted words in it are that
/// page's headline, and the link is their source.
pub(super) fn in_link_text(text: &str, quote: &Quote) -> bool {
    let line_before = window_end(&text[..quote.span.start], LINK_REACH).rsplit('\n').next().unwrap_or("");
    let line_after = line_start(&text[quote.span.end..]);
    let opened = line_before.rfind("<a ").is_some_and(|i| line_before[i..].contains('>') && !line_before[i..].contains("</a>"));
    opened && line_after.contains("</a>") && !line_after.split("</a>").next().unwrap_or("").contains("<a ")
}

/// The most characters a transcript's speaker label may run to.
const LABEL_CHARS: usize = 30;

/// The most words a transcript's speaker label may hold (`Q`, `Okafor`,
/// `Marta Okafor`, `Sen. Tom Bell`).
const LABEL_WORDS: usize = 3;

/// `Okafor: Nobody says, 'Raise the tolls.'` or a quote of a transcript
/// that opens `"Bell: We will …`: the line's speaker is its label, and the
/// words quoted inside are that speaker's, not a quote to attribute.
pub(super) fn in_a_transcript_line(cx: &Context<'_>, quote: &Quote) -> bool {
    let open = cx.parsed.token_at(quote.span.start);
    let Some(token) = cx.parsed.tokens.get(open) else { return false };
    let para = cx.parsed.paragraphs[token.para as usize].span;
    speaker_label(&cx.text[para.start..quote.span.start]) || speaker_label(quote.inner.of(cx.text))
}

/// `line` opens with a label of one to three capitalised words and a
/// colon.
fn speaker_label(line: &str) -> bool {
    let head = line.char_indices().nth(LABEL_CHARS).map_or(line, |(i, _)| &line[..i]);
    let Some((label, after)) = head.split_once(':') else { return false };
    let words = label.split_whitespace().take(LABEL_WORDS + 1).count();
    (1..=LABEL_WORDS).contains(&words) && label.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) && after.starts_with(' ')
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;
    use super::{line_end, window_end};

    #[test]
    fn passes_a_digest_quote_cited_at_the_end_of_its_line() {
        let text = "Morning digest.\n\nHARBOUR TOLLS \"Tolls on the east pier end in May.\" The ferry fare falls with them. [Harbour Gazette.]\n";
        assert!(words("unattributed-quote", text).is_empty());
        // The citation must end the quote's own line.
        let text = "Morning digest.\n\nHARBOUR TOLLS \"Tolls on the east pier end in May.\" The fare falls.\n\n[Harbour Gazette.]\n";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn a_line_is_read_back_only_as_far_as_its_reach() {
        assert_eq!(line_end("The pier.\n– ", 10), Some("– "));
        assert_eq!(line_end("– ", 10), Some("– "), "the text's first line");
        assert_eq!(line_end("The pier is long.\nand the ferry ran late ", 10), None, "the line starts further back");
        assert_eq!(window_end("pier – ", 3), " ", "on a character");
    }

    #[test]
    fn passes_a_digest_headline_before_its_cited_excerpt() {
        let text = "Morning digest.\n\n‘Harbour asks if the tolls are becoming a fact of life’ “The board voted on Monday to end the tolls after a long night.” [Harbour Gazette]\n";
        assert!(words("unattributed-quote", text).is_empty());
        // Not when the excerpt is cited nowhere.
        let text = "Morning digest.\n\n‘Harbour asks if the tolls are becoming a fact of life’ “The board voted on Monday to end the tolls after a long night.” The fare falls.\n";
        assert_eq!(words("unattributed-quote", text).len(), 2);
    }

    #[test]
    fn passes_a_title_led_by_a_quote_on_the_first_line_only() {
        let text = "“We are ready for the storm”: A harbour braces for the storm.\n\nThe pier closed on Monday.\n";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "The pier closed on Monday.\n\n“We are ready for the storm”: A harbour braces for the storm.\n";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_a_crosshead_between_dashes_but_not_a_quote_dashed_into_copy() {
        let text = "The pier reopened on Sunday.\n\n– ‘Who pays?’ –.\n\nThe council met on Monday.\n";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "The pier reopened on Sunday.\n\nThe crowd – ‘Who pays for the pier now?’ – went quiet.\n";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_quoted_words_in_a_link_but_not_after_it() {
        let text = "The pier reopened.\n\n[<a href=\"http://x.example/pier\">Pier vote “Nobody will cross it again” (with photos)</a>.]\n";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "The pier reopened.\n\nThe crowd went home. <a href=\"http://x.example/pier\">Pier vote</a> “Nobody will cross it again.”\n";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_a_digest_headline_with_its_byline_or_cited_in_brackets() {
        let text = "Morning digest.\n\nPIER NEWS—\"Tolls on the east pier end in May,\" by the Gazette's Ana Ruiz: \"The board voted.\" More.\n";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "Letters.\n\nI agree with the mayor (\"Okafor wins the vote on the east pier,\" Harbour Gazette, Tuesday).\n";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn flags_a_quote_after_by_with_no_byline_or_in_brackets_with_no_citation() {
        // `by` and a name with no colon after it is no byline.
        let text = "Morning digest.\n\nThe line \"Tolls on the east pier end in May for good,\" by Ana Ruiz, was cut.\n";
        assert_eq!(words("unattributed-quote", text).len(), 1);
        // A bracket that closes on the quote cites nothing.
        let text = "The pier reopened.\n\nThe vote was close (\"Nobody will cross the pier without thinking of that night\").\n";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_dated_slogans() {
        let text = "The party ran hard.\n\n\"Tolls Out, Ferries In\" (2009) — \"Fair Fares for All? Yes.\" (2013).";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_quotes_on_a_transcript_line() {
        let text = "The panel met.\n\nOkafor: Well, nobody says, 'Raise the tolls on the east pier.' It is all talk.";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "The panel met.\n\n\"Bell: The ferry will run every day of the year, storms or not.\"";
        assert!(words("unattributed-quote", text).is_empty());
        // A colon later in the line is no label.
        let text = "The panel met.\n\nAfter the storm the talk went on for hours: \"Nobody will cross it without thinking of that night.\"";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }
}
