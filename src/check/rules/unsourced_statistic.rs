//! ## What it flags
//! A figure, percentage or count stated as fact with no attribution in its
//! sentence or paragraph: `Crime rose 40% last year.`
//!
//! Percentages (`40%`, `12 percent`), amounts with a magnitude (`3
//! million`, `$2.1 billion`), sums of money from a thousand up (`$2,500`,
//! `4,000 pesos`; `grammar/figures.txt` [currencies]) and counts of a
//! hundred or more things are figures. Years, dates, ages, times, ordinals,
//! street numbers, scores, names with numbers in them (`Section 8`,
//! `F-35`), counts of delegates or seats won, shares of the vote, of
//! delegates or of seats (public results, `grammar/figures.txt` [tallies]
//! and [vote-words]), bare counts with no noun of their own (`she needs
//! 1,500 to win`) and thresholds (`the 1,500 needed to carry the vote`,
//! [thresholds]) are not. Nor are figures that are public record or no
//! figure at all: market prices and moves in a sentence that names a stock,
//! an index or a traded good (`shares fell 3 percent`, `closed down 1.9
//! percent at $44.10`), the size of a place (`a city of 40,000 people`,
//! `home to some 7,500 residents`), settings in page code pasted into the
//! copy (`width:100%;`) and figures inside an embedded post
//! (`<tweet>…</tweet>`), which are its author's; nor figures in a headline
//! or the deck under it, which the copy below sources; nor figures posed
//! rather than stated (`whether there are 2,400 pilots or 1,800`, `if 40
//! percent of the ferries fail`: [hypotheticals]). A paragraph is
//! sourced by a reporting clause, by `according to`, or by naming where its
//! figures come from: a poll, a census, a report, a plan or a law
//! (`grammar/claim-sources.txt`); a sentence, by a reporting verb whose
//! speaker the grammar could not pin down. A paragraph after one that ends
//! on a colon after a reporting clause with a speaker (`The mayor told the
//! board:` ¶ `Crossings fell 40% last year.`) is that speaker's. Once a
//! draft has named a poll or a survey, its later percentages are taken as
//! the poll's (an article on a poll names it once); once it has named
//! filings or disclosures, its later sums of money are taken as theirs. One
//! finding per sentence, at its first unsourced figure.
//!
//! ## Why it matters
//! A number carries authority: readers take it as measured. Where it comes
//! from — police records, a census, a poll, a campaign — decides how much
//! it can bear, and a figure nobody vouches for cannot be checked or
//! corrected.
//!
//! ## Example
//! ```text
//! Crime rose 40% last year.
//! ```
//! Say whose figure it is: `Crime rose 40% last year, according to police records.`

use crate::check::claims::{narration, Reach, Sourcing, DATA};
use crate::check::public_figures;
use crate::check::words::{listed, spelt, spelt_out, WordList};
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::{Token, TokenKind};
use crate::source::Span;

pub const RULE: Rule = Rule { name: "unsourced-statistic", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let sourcing = Sourcing::new(cx);
    let mut out = Vec::new();
    let mut polls = NamedScan::new(cx, "poll-words");
    let mut filings = NamedScan::new(cx, "filing-words");
    let tallies = WordList::new(cx.lexicon, "tallies");
    for (s, sentence) in cx.parsed.sentences.iter().enumerate() {
        // Only a number starts a figure: a sentence without one is passed
        // whole, walking its tokens as a slice (indexing each one cost
        // more than the test).
        let tokens = sentence.tokens(&cx.parsed.tokens);
        if crate::parse::search::position_by_pairs(tokens, |t| t.kind == TokenKind::Number).is_none() {
            continue;
        }
        let tallied = counts_a_tally(cx, &tallies, tokens);
        let numbers = tokens.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Number).map(|(k, _)| sentence.first as usize + k);
        let figures: Vec<Figure> = numbers.filter_map(|i| figure_at(cx, i, tallied)).collect();
        if figures.is_empty() || public_figures::names_a_market(cx, tokens) {
            continue;
        }
        // Read only when a percentage asks: most sentences have none.
        let shares_of_a_tally = std::cell::OnceCell::new();
        let mut percentage_explained = || polls.named_before(cx, s) || *shares_of_a_tally.get_or_init(|| names_a_tally(cx, &tallies, tokens));
        let mut explained = |f: &Figure| (f.percent && percentage_explained()) || (f.money && filings.named_before(cx, s));
        // A source in the paragraph first: a poll or filing named before is
        // looked for over all the draft's sentences before. Posed last: few
        // figures are left to ask.
        let mut sourced = |f: &Figure| sourcing.sourced(f.span, Reach::Paragraph, DATA) || explained(f) || posed(cx, tokens, f.span);
        let Some(first) = figures.iter().find(|f| !sourced(f)).map(|f| f.span) else { continue };
        let words = first.of(cx.text);
        let more = figures.iter().filter(|f| f.span.start > first.start).count();
        let message = match more {
            0 => format!("“{words}” is stated as fact with no source"),
            1 => format!("“{words}” and one more figure are stated as fact with no source"),
            n => format!("“{words}” and {} more figures are stated as fact with no source", spelt_out(n)),
        };
        out.push(Finding::new(first, message).help("say whose figure it is, e.g. `, according to police records` or `, the census bureau said`"));
    }
    out
}

/// `whether there are 2,400 harbour pilots or 1,800`, `if 40 percent of
/// the ferries fail`: a figure in a clause opened by a word of
/// `figures.txt` [hypotheticals], with no comma, semicolon or colon
/// between, is posed, not stated as fact. `tokens` are the sentence's.
fn posed(cx: &Context<'_>, tokens: &[Token], figure: Span) -> bool {
    let before = &tokens[..tokens.partition_point(|t| t.span().end <= figure.start)];
    let opener = before
        .iter()
        .rev()
        .take_while(|t| !matches!(t.kind, TokenKind::Punct(',' | ';' | ':')))
        .find(|t| t.is_word() && t.depth == 0 && listed(cx.lexicon, "hypotheticals", Some(t.span().of(cx.text))));
    opener.is_some()
}

/// A figure: its words, with currency sign and unit, and what kind it is.
struct Figure {
    span: Span,
    /// `40%`, `12 percent`
    percent: bool,
    /// `$2 million`: a sum of money
    money: bool,
}

/// Whether a sentence before the one asking names a poll or a survey
/// (`figures.txt` [poll-words]: its later percentages are the poll's) or
/// a filing (`figures.txt` [filing-words]: an article built on campaign
/// filings or financial disclosures names them once, and its later sums
/// are theirs). The sentences are read once, in order, and only as far as
/// a figure asks, so a draft with no such figure reads none.
struct NamedScan<'l> {
    /// The `figures.txt` list that names the source, looked up once:
    /// finding a list by its name costs more than reading it.
    words: WordList<'l>,
    /// Sentences `0..scanned` have been read.
    scanned: usize,
    named: bool,
}

impl<'l> NamedScan<'l> {
    fn new(cx: &Context<'l>, list: &'static str) -> NamedScan<'l> {
        NamedScan { words: WordList::new(cx.lexicon, list), scanned: 0, named: false }
    }

    fn named_before(&mut self, cx: &Context<'_>, sentence: usize) -> bool {
        while !self.named && self.scanned < sentence {
            let tokens = cx.parsed.sentences[self.scanned].tokens(&cx.parsed.tokens);
            self.named = tokens.iter().any(|t| t.is_word() && self.words.has(&cx.text.as_bytes()[t.span().start..t.span().end]));
            self.scanned += 1;
        }
        self.named
    }
}

/// `needs 57 percent of the delegates left, Lind 64 percent`: a
/// sentence that names delegates or seats (`figures.txt` [tallies]) gives
/// its percentages as shares of that public tally.
fn names_a_tally(cx: &Context<'_>, tallies: &WordList<'_>, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.is_word() && tallies.has(word_bytes(cx, t)))
}

/// `Reyes has 312 delegates, Lind has 140`: once a sentence counts
/// delegates or seats, its other bare counts are the same tally with the
/// noun left out.
fn counts_a_tally(cx: &Context<'_>, tallies: &WordList<'_>, tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| w[0].kind == TokenKind::Number && w[1].is_word() && tallies.has(word_bytes(cx, &w[1])))
}

/// A token's bytes in the text, as [`WordList::has`] reads them.
fn word_bytes<'t>(cx: &Context<'t>, t: &Token) -> &'t [u8] {
    &cx.text.as_bytes()[t.span().start..t.span().end]
}

/// The figure starting at token `i`, with its currency sign and unit, and
/// whether it is a percentage; `tallied`: the sentence counts delegates or
/// seats.
fn figure_at(cx: &Context<'_>, i: usize, tallied: bool) -> Option<Figure> {
    let tokens = &cx.parsed.tokens;
    let t = &tokens[i];
    if t.kind != TokenKind::Number || !narration(cx, t) {
        return None;
    }
    let text = t.span().of(cx.text);
    let number = Number::read(text)?;
    // Words as they stand, compared ignoring case (no lower-case copies).
    let word = |k: usize| tokens.get(k).filter(|n| n.is_word() && n.para == t.para).map(|n| n.span().of(cx.text));
    let adjacent = |a: &Token, b: &Token| a.span().end == b.span().start;
    let prev = i.checked_sub(1).map(|p| &tokens[p]).filter(|p| p.para == t.para);
    let next = tokens.get(i + 1).filter(|n| n.para == t.para);
    // Joined by a hyphen: `F-35`, `COVID-19`, `45-year-old`, `52-48`.
    if prev.is_some_and(|p| adjacent(p, t) && matches!(p.kind, TokenKind::Punct('-' | '–'))) {
        return None;
    }
    let hyphen_after = next.is_some_and(|n| adjacent(t, n) && matches!(n.kind, TokenKind::Punct('-' | '–')));
    let currency = prev.filter(|p| adjacent(p, t) && matches!(p.kind, TokenKind::Punct('$' | '£' | '€')));
    let unit = word(i + 1);
    let (percent, magnitude, end) = number.extent(cx.lexicon, i, unit, word(i + 2));
    // `150 pesos a day`: money named by a word, as `$` names it.
    let named_currency = !percent && !magnitude && listed(cx.lexicon, "currencies", unit);
    let money = currency.is_some() || named_currency;
    let end = if named_currency { i + 2 } else { end };
    let figure = if percent || magnitude || (money && number.value >= 1000.0) {
        true
    } else if money || hyphen_after || number.decimal || number.value < 100.0 {
        false
    } else {
        let year = text.len() == 4 && (1000.0..=2100.0).contains(&number.value);
        let counted = next.is_some_and(|n| n.is_word() && !n.cap() && !bare_before(cx, n)) && !listed(cx.lexicon, "units", unit) && !threshold(cx, prev, unit);
        // Delegates and seats won are results anyone can look up.
        // `160 additional delegates`: one word may stand between.
        let tally = tallied || listed(cx.lexicon, "tallies", unit) || listed(cx.lexicon, "tallies", word(i + 2));
        !year && counted && !tally && !identifier(cx, prev)
    };
    if !figure || hyphen_after && !percent || percent && share_of_a_result(cx, end, t.para) || public_record(cx, i, end, percent, money) {
        return None;
    }
    let near_month = listed(cx.lexicon, "months", prev.and_then(|_| word(i - 1))) || listed(cx.lexicon, "months", unit);
    if near_month && !percent && !magnitude {
        return None;
    }
    let start = currency.map_or(t.span().start, |c| c.span().start);
    Some(Figure { span: Span::new(start, tokens[end - 1].span().end), percent, money })
}

/// A figure that is public record or no figure: a price move
/// (`1.9 percent at $44.10`), a place's population (`a city of 40,000
/// people`), a setting in page code (`width:100%;`), a figure in an
/// embedded post (`<tweet>`). The number is token
/// `i`, `end` the token after its unit.
fn public_record(cx: &Context<'_>, i: usize, end: usize, percent: bool, money: bool) -> bool {
    let para = cx.parsed.tokens[i].para;
    let place = !percent && !money && public_figures::population(cx, i);
    let posted = public_figures::in_embedded_post(cx, cx.parsed.tokens[i].span().start);
    public_figures::in_markup(cx, i, end) || (percent && (public_figures::price_move(cx, end, para) || public_figures::score(cx, end, para))) || place || posted
}

/// `40 percent of the vote`, `of the popular vote`: an election result,
/// public record; `61 percent of the delegates left`, `of the
/// seats`: the arithmetic of a public tally. Reads at most the four words
/// after the figure.
fn share_of_a_result(cx: &Context<'_>, end: usize, para: u32) -> bool {
    let tokens = &cx.parsed.tokens;
    let word = |k: usize| tokens.get(k).filter(|n| n.is_word() && n.para == para).map(|n| n.span().of(cx.text));
    let results = |w: Option<&str>| listed(cx.lexicon, "vote-words", w) || listed(cx.lexicon, "tallies", w);
    spelt(word(end), "of") && (end + 1..end + 4).map(word).take_while(Option::is_some).any(results)
}

/// `she needs 1,500 to win`, `leads 900 to 750`, `a village of under
/// 800 that …`: a count followed by a preposition, conjunction or
/// relative word has no noun of its own; it repeats a tally the sentences
/// round it name. `300 of the workers` still counts something.
fn bare_before(cx: &Context<'_>, next: &Token) -> bool {
    next.is(crate::parse::lexicon::class::FUNCTION) && !next.span().of(cx.text).eq_ignore_ascii_case("of")
}

/// `the 1,500 needed to carry the vote`, `the 218 required to pass`: a
/// count after `the` and before a word of `figures.txt` [thresholds] is
/// a threshold a rule sets, public record.
fn threshold(cx: &Context<'_>, prev: Option<&Token>, unit: Option<&str>) -> bool {
    prev.is_some_and(|p| p.is_word() && p.span().of(cx.text).eq_ignore_ascii_case("the")) && listed(cx.lexicon, "thresholds", unit)
}

/// What a number token says by itself.
struct Number {
    value: f64,
    /// `40%`
    percent_sign: bool,
    /// `4m`, `2bn`, `10k`
    short_magnitude: bool,
    /// `2.5`: a measure more often than a count
    decimal: bool,
}

impl Number {
    /// None for a time, a date, an ordinal, a decade or a name (`10:30`,
    /// `9/11`, `21st`, `1990s`, `10am`, `4G`).
    fn read(text: &str) -> Option<Number> {
        if text.contains([':', '/']) {
            return None;
        }
        let digits = text.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = text[digits.len()..].to_ascii_lowercase();
        let short_magnitude = matches!(suffix.as_str(), "m" | "bn" | "b" | "k" | "tn");
        if !suffix.is_empty() && !short_magnitude {
            return None;
        }
        let percent_sign = digits.ends_with('%');
        let digits = digits.trim_end_matches('%');
        let value = value_of(digits);
        Some(Number { value, percent_sign, short_magnitude, decimal: digits.contains('.') })
    }

    /// Whether the figure at token `i` is a percentage or a magnitude, and
    /// the token after its last word (`40 percent`, `3 percentage points`,
    /// `12 per cent`, `2 million`), given the two words after the number.
    fn extent(&self, lex: &crate::parse::Lexicon, i: usize, unit: Option<&str>, after: Option<&str>) -> (bool, bool, usize) {
        if self.percent_sign {
            (true, false, i + 1)
        } else if (listed(lex, "percent", unit) && listed(lex, "points", after)) || (spelt(unit, "per") && spelt(after, "cent")) {
            (true, false, i + 3)
        } else if listed(lex, "percent", unit) {
            (true, false, i + 2)
        } else if listed(lex, "magnitudes", unit) {
            (false, true, i + 2)
        } else {
            (false, self.short_magnitude, i + 1)
        }
    }
}

/// The value of a number's digits, its thousands separators left out, as
/// `f64` parsing reads it (0 where it cannot). Most figures are whole
/// numbers: summed as an integer, which is exact and then rounded to
/// `f64` as parsing rounds, with no copy made to take the commas out and
/// none of the float parser's work.
fn value_of(digits: &str) -> f64 {
    if let Some(n) = whole_number(digits) {
        return n as f64;
    }
    if digits.contains(',') { digits.replace(',', "").parse() } else { digits.parse() }.unwrap_or(0.0)
}

/// Digits and commas only, with a digit, and under 2^64: their integer.
fn whole_number(digits: &str) -> Option<u64> {
    let mut value: u64 = 0;
    let mut any = false;
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                value = value.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                any = true;
            }
            b',' => {}
            _ => return None,
        }
    }
    any.then_some(value)
}

/// A number that is part of a name or a label: `Section 230`, `Fortune
/// 500`, `No. 10`, `Route 66`, `1600 Pennsylvania Avenue`.
fn identifier(cx: &Context<'_>, prev: Option<&Token>) -> bool {
    let Some(p) = prev else { return false };
    if !p.is_word() {
        return p.is_punct('#');
    }
    p.cap() || cx.lexicon.in_list("labels", p.span().of(cx.text))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn a_figure_has_the_value_parsing_gives_it() {
        let parsed = |d: &str| d.replace(',', "").parse::<f64>().unwrap_or(0.0);
        let cases = [
            "0", "7", "40", "1,200", "12,000,000", "2.5", "1,234.75", "007", "9007199254740993", "18446744073709551615", "18446744073709551616",
            "99999999999999999999999", "1e5", "3.", ",", "",
        ];
        for d in cases {
            assert_eq!(super::value_of(d).to_bits(), parsed(d).to_bits(), "{d}");
        }
    }

    #[test]
    fn flags_percentages_amounts_and_counts_stated_as_fact() {
        let text = "Crime rose 40% last year.\n\n\
                    The harbour lost $2.1 billion and 12 percent of its trade.\n\n\
                    About 1,200 fishermen left the island.";
        assert_eq!(words("unsourced-statistic", text), ["40%", "$2.1 billion", "1,200"]);
    }

    #[test]
    fn passes_dates_ages_times_years_and_names() {
        let text = "On March 12, 2019, Ana Ruiz, 45, a 45-year-old nurse, left 1600 Harbour Road at 10:30 a.m.\n\n\
                    She was the 21st mayor since the 1990s and voted on Section 230 in 2016.\n\n\
                    The team won 102-98 after 200 days at sea.\n\n\
                    Pablo Reyes has 312 delegates and needs 1,500 delegates to win; his party holds 140 seats.\n\n\
                    Reyes has 312 delegates, Tom Lind has 140 and Ana Ruiz 120.\n\n\
                    Lind won 52 percent of the popular vote.\n\n\
                    Reyes now needs 61 percent of the delegates left, Lind 64 percent. She needs 1,500 to win.";
        assert!(words("unsourced-statistic", text).is_empty(), "{:?}", words("unsourced-statistic", text));
    }

    #[test]
    fn passes_sourced_and_quoted_figures() {
        let text = "Crime rose 40% last year, according to police records.\n\n\
                    The council said on Monday that tolls would rise. Trade fell 12 percent.\n\n\
                    \"We lost $2 million,\" Rosa Lind said.";
        assert!(words("unsourced-statistic", text).is_empty(), "{:?}", words("unsourced-statistic", text));
    }

    #[test]
    fn passes_a_figure_posed_as_one_of_two_or_a_condition() {
        let text = "The council met.\n\nWhether there are 2,400 harbour pilots or 1,800 hardly matters.\n\n\
                    If 40 percent of the ferries fail, the port will close.\n\n\
                    The port will close whether it rains or not, and 60 percent of the ferries failed.";
        assert_eq!(words("unsourced-statistic", text), ["60 percent"]);
    }

    #[test]
    fn passes_a_figure_in_the_claim_someone_owns() {
        let text = "The council met.\n\nOkafor's claim that 90 percent of the ferries run late is wrong.\n\n\
                    Her estimate that 40 percent of crossings fail is high.\n\n\
                    The claim that 60 percent of the ferries run late is wrong.";
        assert_eq!(words("unsourced-statistic", text), ["60 percent"]);
    }

    #[test]
    fn owns_a_claim_by_a_third_person_word_only() {
        // `figures.txt` [third-person-owners]: `their` and `its` own the
        // claim; `our` and `your` are the writer's or the reader's.
        let text = "The council met.\n\nTheir claim that 30 percent of the piers leak is wrong.\n\n\
                    Its claim that 20 percent of fares go unpaid is new.\n\n\
                    Our claim that 70 percent of the piers leak is wrong.\n\n\
                    Your claim that 80 percent of fares go unpaid is new.";
        assert_eq!(words("unsourced-statistic", text), ["70 percent", "80 percent"]);
    }

    #[test]
    fn takes_percentages_after_a_poll_as_the_polls() {
        let text =
            "Crime rose 40% last year.\n\nA harbour survey of 900 residents was out on Monday.\n\nMarta Okafor led with 41 percent. The pier cost $2 million.";
        assert_eq!(words("unsourced-statistic", text), ["40%", "$2 million"]);
    }

    #[test]
    fn passes_market_prices_and_moves() {
        let text = "Harbour Freight shares fell 3 percent on Monday.\n\n\
                    Tidewater slipped $1.10, or 2.5 percent, to $41.20. Gull Marine closed up 4 percent at $12.\n\n\
                    Silver settled at $1,020 an ounce.\n\n\
                    Crime rose 40% last year.";
        assert_eq!(words("unsourced-statistic", text), ["40%"]);
    }

    #[test]
    fn passes_the_size_of_a_place() {
        let text = "Port Alder, a town of 40,000 people, voted on Monday.\n\n\
                    The island, home to some 7,500 residents, draws a population of about 90,000 in summer.\n\n\
                    About 1,200 fishermen left the island.";
        assert_eq!(words("unsourced-statistic", text), ["1,200"]);
    }

    #[test]
    fn passes_a_figure_in_an_embedded_post_and_a_tally_with_a_word_between() {
        let text = "<tweet id=\"9\">The pier tolls went up 40% today</tweet>\n\n\
                    Okafor won 160 additional delegates on Tuesday.\n\n\
                    About 1,200 fishermen left the island.";
        assert_eq!(words("unsourced-statistic", text), ["1,200"]);
    }

    #[test]
    fn passes_page_code_in_the_copy() {
        let text = "The pier reopened.\n\n.banner {\n   width:100%;\n   }";
        assert!(words("unsourced-statistic", text).is_empty(), "{:?}", words("unsourced-statistic", text));
    }

    #[test]
    fn takes_sums_after_a_filing_as_the_filings() {
        let text = "Crews were paid $40,000 in May.\n\n\
                    The harbour board spent more, according to its filings with the port regulator.\n\n\
                    It paid Okafor Dredging $35,000 in June. About 1,200 fishermen left the island.";
        assert_eq!(words("unsourced-statistic", text), ["$40,000", "1,200"]);
    }

    #[test]
    fn takes_a_paragraph_after_a_speakers_colon_as_the_speakers() {
        let text = "Mayor Ana Ruiz told the harbour board:\n\nCrossings fell 40% last year.\n\n\
                    The pier closed for the winter:\n\nTrade fell 12% in May.\n\n\
                    Ruiz told the board on Monday that the pier was old.\n\nAbout 1,200 fishermen left the island.";
        assert_eq!(words("unsourced-statistic", text), ["12%", "1,200"]);
    }

    #[test]
    fn passes_figures_in_the_deck_under_a_headline() {
        let text = "Ferry fares to rise;\n\nCouncil blames a $2 million fuel bill.\n\nCrime rose 12% last year.";
        assert_eq!(words("unsourced-statistic", text), ["12%"]);
    }

    #[test]
    fn passes_a_threshold_a_rule_sets() {
        let text = "Okafor is still below the 1,500 needed to carry the vote.\n\nThe bill has more than the 218 required to pass.\n\nAbout 1,200 needed treatment after the storm.";
        assert_eq!(words("unsourced-statistic", text), ["1,200"]);
    }

    #[test]
    fn a_sum_in_a_currency_named_by_a_word_is_money() {
        let text = "Dockers earn 150 pesos a day.\n\nThe harbour paid 4,000 pesos for the crane.\n\nAbout 1,200 fishermen left the island.";
        assert_eq!(words("unsourced-statistic", text), ["4,000 pesos", "1,200"]);
    }

    #[test]
    fn counts_more_figures_in_words_up_to_nine() {
        let found = |text: &str| super::super::testing::flagged("unsourced-statistic", text)[0].1.clone();
        assert!(found("Trade fell 40%, 12%, 9% and 3% in a year.").contains("and three more figures"));
        let many = format!("Trade fell {} in a year.", (1..=12).map(|n| format!("{n}%")).collect::<Vec<_>>().join(", "));
        assert!(found(&many).contains("and 11 more figures"), "{}", found(&many));
    }

    #[test]
    fn one_finding_per_sentence() {
        let text = "Trade fell from 40% to 12% in a year.";
        let found = super::super::testing::flagged("unsourced-statistic", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("one more figure"), "{}", found[0].1);
    }
}
