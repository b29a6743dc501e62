//! Which quotes are speech. Titles of works (`on CNN's “State of the
//! Union”`), nicknames (`Robert C. "Bobby" Scott`), terms (`the so-called
//! "peace dividend"`) and scare quotes (`a "tough" fight`) are quoted words,
//! not anyone's speech, and get no speaker.

use super::{QuoteKind, QuoteLink};
use crate::parse::lexicon::{class, VerbClass};
use crate::parse::mentions::{name_word, Ctx};
use crate::parse::{Lexicon, Parsed, Quote, Token, TokenKind};

/// Scare quotes are short: longer quoted words are somebody's.
const SCARE_MAX_WORDS: usize = 4;
const TITLE_MAX_WORDS: usize = 12;
const NICKNAME_MAX_WORDS: usize = 2;

pub fn classify(text: &str, parsed: &Parsed, lex: &Lexicon, links: &mut [QuoteLink]) {
    let c = parsed.ctx(text, lex);
    let speech_in_double = quotes_speech_in_double_marks(parsed);
    // One list of a quote's words for all the quotes, emptied for each:
    // a list of its own for each quote was an allocation and a free each.
    let mut words = Vec::new();
    for link in links.iter_mut() {
        let q = &parsed.quotes.quotes[link.quote];
        link.kind = kind_of(c, parsed, q, link, speech_in_double, &mut words);
        // Asked last, and only of quotes opening in capitals: reading the words again is the dear part.
        if link.kind == QuoteKind::Speech
            && link.pass == "content"
            && link.confidence > TITLE_CASE_CAP
            && q.opens_capitalised(text)
            && title_cased(c, parsed, q, &mut words)
        {
            link.confidence = link.confidence.min(TITLE_CASE_CAP);
        }
    }
}

/// A quote of two words or more capitalised like a title (`Ruiz backed
/// the "Fair Tolls For All" plan`) that a report's words hold has the
/// annotated speaker for 32 of the 40 such answers with a person speaker
/// on PolNeAR train (fortieth round), against 0.94 for `content` with a
/// person as a whole: the rest are names of works, causes and nicknames
/// the annotation leaves unmarked, or another's phrase.
const TITLE_CASE_CAP: f32 = 0.8;

/// The quote's words (put in `words`, emptied first) are two or more,
/// capitalised like a title.
fn title_cased<'p>(c: Ctx<'_>, parsed: &'p Parsed, q: &Quote, words: &mut Vec<&'p Token>) -> bool {
    let open = parsed.token_at(q.span.start);
    let close = parsed.token_at(q.inner.end);
    let inner = &parsed.tokens[(open + 1).min(close)..close];
    words.clear();
    words.extend(inner.iter().filter(|t| t.is_word()));
    words.len() >= 2 && title_case(c, words, inner)
}

/// The draft marks quotes with double marks more than with single ones,
/// as American copy does; British copy quotes speech in single marks.
fn quotes_speech_in_double_marks(parsed: &Parsed) -> bool {
    let top = parsed.quotes.quotes.iter().filter(|q| q.depth == 0);
    let double = top.clone().filter(|q| q.style.is_double()).count();
    double > top.count() - double
}

/// The quote's kind; `words` is a list to put its words in (emptied first).
fn kind_of<'p>(c: Ctx<'_>, parsed: &'p Parsed, q: &Quote, link: &QuoteLink, speech_in_double: bool, words: &mut Vec<&'p Token>) -> QuoteKind {
    let open = parsed.token_at(q.span.start);
    let close = parsed.token_at(q.inner.end);
    let inner = &parsed.tokens[(open + 1).min(close)..close];
    // Sized once for the quote: collected through the filter, the list grew
    // (and was copied) three or four times a quote.
    words.clear();
    words.reserve(inner.len());
    words.extend(inner.iter().filter(|t| t.is_word()));
    let words: &[&Token] = words;
    let before = open.checked_sub(1).map(|i| &parsed.tokens[i]).filter(|t| t.para == parsed.tokens[open].para);
    let after = parsed.tokens.get(close + 1).filter(|t| t.para == parsed.tokens[open].para);
    let headline = parsed.in_headline(parsed.tokens[open].para);
    let anchored = matches!(link.pass, "clause-after" | "clause-before" | "colon-intro");
    if words.is_empty() {
        return if inner.is_empty() || !q.closed { QuoteKind::Scare } else { QuoteKind::Speech };
    }
    if outcry(c, parsed, open) {
        return QuoteKind::Speech;
    }
    if speech_in_double && words.len() <= TITLE_MAX_WORDS && subhead(c.text, parsed, q) && !matches!(link.pass, "colon-intro" | "signature") {
        return QuoteKind::Title;
    }
    // A cause's or a person's phrase inside a report's words (`Ruiz said
    // the "Fair Tolls" campaign had won`) is the reporter's speech, as
    // PolNeAR annotates it; a programme there (`on Harbour Radio's "…"`)
    // stays a title.
    let reported_phrase = link.pass == "content" && phrase_of_cause(c, parsed, open, before, after);
    if nickname(c, words, before, after)
        || (!headline && !reported_phrase && named_work(c, parsed, open, words, inner, before, after))
        || bylined(c, parsed, inner, before, close)
    {
        return QuoteKind::Title;
    }
    // Quoted words inside what a clause reports are that speaker's, whatever they look like.
    if anchored || matches!(link.pass, "content" | "owner" | "subject") || reported(parsed, q) {
        return QuoteKind::Speech;
    }
    if term_marker(c, parsed, open) {
        return QuoteKind::Scare;
    }
    if !headline && title_of_work(c, words, inner, before, after) {
        return QuoteKind::Title;
    }
    // A clause of speech reporting back over the quote's sentence
    // (`"Higher tolls" would be fine, Holm said`) makes short words speech too.
    if link.pass == "trailing-clause" {
        return QuoteKind::Speech;
    }
    let sentence_like = inner.iter().any(|t| matches!(t.kind, TokenKind::Punct('.' | '!' | '?')));
    if words.len() <= SCARE_MAX_WORDS && !sentence_like {
        return QuoteKind::Scare;
    }
    QuoteKind::Speech
}

/// `'A long winter ahead.'` alone on its line: in a draft that quotes
/// speech in double marks, a paragraph of nothing but a short quote in
/// single marks is a subhead, quoting the section below it as headlines
/// quote, not words spoken where it stands. On PolNeAR train all 11 such
/// paragraphs are subheads that gold leaves unannotated.
fn subhead(text: &str, parsed: &Parsed, q: &Quote) -> bool {
    let para = parsed.tokens.get(parsed.token_at(q.span.start)).map(|t| parsed.paragraphs[t.para as usize].span);
    let alone = para.is_some_and(|p| text[p.start..p.end].trim().trim_end_matches('.') == text[q.span.start..q.span.end].trim_end_matches('.'));
    !q.style.is_double() && q.depth == 0 && alone
}

/// The quote stands inside what some clause of its sentence reports, even
/// a clause that names nobody, when its verb is one of speech (`was
/// described as "…"`).
fn reported(parsed: &Parsed, q: &Quote) -> bool {
    let Some(sentence) = parsed.sentence_at(q.span.start) else { return false };
    parsed.clauses_in(sentence, sentence).map(|i| &parsed.clauses[i]).any(|c| {
        (c.source.is_some() || c.verb.is_some_and(|v| v.class == VerbClass::Speech))
            && c.content.is_some_and(|s| s.start <= q.span.start && q.span.end <= s.end + 3)
    })
}

/// `— "Ferry fares set to rise," by the Gazette's Ann Holm:` a headline
/// listed with its byline, as newsletters list the day's reading: the
/// title of an article, opening its paragraph or set off by a dash.
fn bylined(c: Ctx<'_>, parsed: &Parsed, inner: &[Token], before: Option<&Token>, close: usize) -> bool {
    let listed = before.is_none_or(|t| t.is_dash() || t.is_punct(':'));
    let comma_inside = inner.last().is_some_and(|t| t.is_punct(','));
    let by = parsed.tokens.get(close + 1).is_some_and(|t| c.is_word(t, "by"));
    let capital = |k: usize| parsed.tokens.get(k).is_some_and(|t| t.cap() && t.is_word());
    let writer = capital(close + 2) || (parsed.tokens.get(close + 2).is_some_and(|t| c.is_word(t, "the")) && capital(close + 3));
    listed && comma_inside && by && writer
}

/// `Robert C. "Bobby" Scott`: a capitalised word or two between two parts
/// of a name. (`Rubio "apologized," Hannity said` is speech between names.)
fn nickname(c: Ctx<'_>, words: &[&Token], before: Option<&Token>, after: Option<&Token>) -> bool {
    let name = |t: Option<&Token>| t.is_some_and(|t| name_word(c, t) || (t.is_word() && t.cap() && c.word(t).ends_with('.')));
    words.len() <= NICKNAME_MAX_WORDS && words.iter().all(|t| t.cap()) && name(before) && name(after)
}

/// A title: every longer word capitalised, no sentence inside, and something
/// around it that names works (`on`, `’s`, `show`, `book`, `titled`).
/// Capitalised like a title: every longer word, and the first.
fn title_case(c: Ctx<'_>, words: &[&Token], inner: &[Token]) -> bool {
    // A full stop or comma that ends the quote is punctuation, not a sentence.
    let body = inner.len().saturating_sub(usize::from(inner.last().is_some_and(|t| matches!(t.kind, TokenKind::Punct(_)))));
    words.len() <= TITLE_MAX_WORDS
        && !inner[..body].iter().any(|t| t.is_punct('.'))
        && words.iter().enumerate().filter(|(k, t)| (c.word(t).chars().count() > 3 || t.is(class::TITLE)) && !host_with(c, words, *k)).all(|(_, t)| t.cap())
        && words.first().is_some_and(|t| t.cap())
}

/// `"This Week with Ann Holm"`: a show's title may name its host after a
/// lower-case `with`.
fn host_with(c: Ctx<'_>, words: &[&Token], k: usize) -> bool {
    k > 0 && c.is_word(words[k], "with") && words.get(k + 1).is_some_and(|t| t.cap())
}

/// Whether word token `t` is in the list `name`: `is_word` against each
/// entry, asked of the list at once (its entries are plain lower-case
/// words, with no apostrophe for `is_word` to fold).
fn listed(c: Ctx<'_>, t: &Token, name: &'static str) -> bool {
    t.is_word() && c.lex.in_list(name, c.word(t))
}

/// `the book "…"`, `the "…" tour`: a word naming a work or an event
/// (`[work-words]`), before or after its title.
fn work_word(c: Ctx<'_>, t: &Token) -> bool {
    listed(c, t, "work-words")
}

/// `her new film, "Harbourlight."`: a work named, then its title set off
/// by a comma. Only works proper (`[works-in-apposition]`): after `his
/// speech,` or `the slogan,` the quoted words may be what was said.
fn work_in_apposition(c: Ctx<'_>, parsed: &Parsed, open: usize) -> bool {
    let token = |k: usize| open.checked_sub(k).map(|i| &parsed.tokens[i]).filter(|t| t.para == parsed.tokens[open].para);
    token(1).is_some_and(|t| t.is_punct(',')) && token(2).is_some_and(|t| c.lex.list("works-in-apposition").iter().any(|w| c.is_word(t, w)))
}

/// `in an interview with "Morning Tide,"`: a programme one speaks to.
fn interview_with(c: Ctx<'_>, parsed: &Parsed, open: usize) -> bool {
    let word = |k: usize, w: &str| open.checked_sub(k).is_some_and(|i| c.is_word(&parsed.tokens[i], w));
    word(1, "with") && (word(2, "interview") || word(2, "appearance") || word(2, "conversation"))
}

/// `the "Harbour Nights" host`, `"Dockside" star Ann Holm`: people named
/// by the work they make or appear in.
fn credit_word(c: Ctx<'_>, t: &Token) -> bool {
    listed(c, t, "credit-words")
}

/// `the host of "Harbour Nights"`, `author of "The Long Tide"`: a person
/// named by the work they make or appear in, the work after `of` (and
/// `the`). Asked of title-cased quotes only (`named_work`); on PolNeAR
/// train all five such quotes read as speech were works.
fn credited_of(c: Ctx<'_>, parsed: &Parsed, open: usize) -> bool {
    let token = |k: usize| open.checked_sub(k).map(|i| &parsed.tokens[i]).filter(|t| t.para == parsed.tokens[open].para);
    let of = if token(1).is_some_and(|t| c.is_word(t, "the")) { 2 } else { 1 };
    token(of).is_some_and(|t| c.is_word(t, "of")) && token(of + 1).is_some_and(|t| credit_word(c, t))
}

/// `on ABC's "This Week,"`, `the show "The Apprentice"`, `appeared on
/// "Meet the Press"`, `told "Fox and Friends"`: a title named as one,
/// whatever clause it stands in.
fn named_work(c: Ctx<'_>, parsed: &Parsed, open: usize, words: &[&Token], inner: &[Token], before: Option<&Token>, after: Option<&Token>) -> bool {
    let broadcast = words.len() >= 2 && (before.is_some_and(|t| c.is_word(t, "on") || c.is_word(t, "told")) || interview_with(c, parsed, open));
    let named = broadcast
        || before.is_some_and(|t| t.kind == TokenKind::Possessive || work_word(c, t))
        || after.is_some_and(|t| work_word(c, t) || credit_word(c, t))
        || credited_of(c, parsed, open)
        || work_in_apposition(c, parsed, open);
    named && words.len() <= 8 && title_case(c, words, inner)
}

fn title_of_work(c: Ctx<'_>, words: &[&Token], inner: &[Token], before: Option<&Token>, after: Option<&Token>) -> bool {
    if !title_case(c, words, inner) {
        return false;
    }
    let work_word = |t: &Token| work_word(c, t);
    let before_cue = before.is_some_and(|t| {
        t.kind == TokenKind::Possessive || work_word(t) || ["on", "in", "the", "of", "at", "called", "named", "to"].iter().any(|w| c.is_word(t, w))
    });
    let after_cue = after.is_some_and(|t| work_word(t) || t.is_punct(','));
    before_cue || after_cue || words.len() >= 2
}

/// `the harbour's "Fair Tolls" slogan`, `the "Keep Sailing" campaign`,
/// `Holm's "Never Again"`: a cause's slogan or a person's phrase, named by
/// its owner or its cause, and not a programme named by its broadcaster
/// after `on`, `told`, `to`, `with` or `of` (`on Harbour Radio's "Morning Tide"`).
fn phrase_of_cause(c: Ctx<'_>, parsed: &Parsed, open: usize, before: Option<&Token>, after: Option<&Token>) -> bool {
    let cause = |t: &Token| ["movement", "campaign", "slogan", "cry", "tax", "side"].iter().any(|w| c.is_word(t, w));
    let owned = before.is_some_and(|t| t.kind == TokenKind::Possessive) && !broadcaster_before(c, parsed, open);
    owned || after.is_some_and(cause)
}

/// The owner before `’s "…"` is a name of up to four capitalised words
/// after `on`, `told`, `to`, `with` or `of` (`on Harbour Radio Channel’s`).
fn broadcaster_before(c: Ctx<'_>, parsed: &Parsed, open: usize) -> bool {
    let capital = |i: usize| parsed.tokens[i].cap() && parsed.tokens[i].is_word();
    let name_words = (1..=4).take_while(|&k| open.checked_sub(1 + k).is_some_and(capital)).last().unwrap_or(1);
    open.checked_sub(2 + name_words).is_some_and(|i| ["on", "told", "to", "with", "of"].iter().any(|w| c.is_word(&parsed.tokens[i], w)))
}

/// `so-called` (or `so called`), `dubbed`, `known as`, `the word`, `Latin
/// for`: what follows is a term.
fn term_marker(c: Ctx<'_>, parsed: &Parsed, open: usize) -> bool {
    let prev = |k: usize| open.checked_sub(k).map(|i| &parsed.tokens[i]);
    let one = prev(1).filter(|t| t.is_word());
    let markers = c.lex.list("term-markers");
    let after = |first: &str, second: &str| one.is_some_and(|t| c.is_word(t, second)) && prev(2).is_some_and(|t| c.is_word(t, first));
    one.is_some_and(|t| markers.iter().any(|w| c.is_word(t, w))) || after("known", "as") || after("so", "called") || gloss(c, one, prev(2))
}

/// `chants of "Ruiz! Ruiz!"`, `shouting "Free the Ferry"`: words a crowd
/// or a person cried out, however much they look like a title. On train
/// the 27 quotes after such words that gold marks are all speech, and 5
/// of them had been read as titles.
pub(crate) fn outcry(c: Ctx<'_>, parsed: &Parsed, open: usize) -> bool {
    let prev = |k: usize| open.checked_sub(k).map(|i| &parsed.tokens[i]).filter(|t| t.para == parsed.tokens[open].para);
    let skip = usize::from(prev(1).is_some_and(|t| c.is_word(t, "of") || t.is_punct(',') || t.is_punct(':')));
    prev(1 + skip).is_some_and(|t| listed(c, t, "outcry-words"))
}

/// `Latin for "always faithful"`, `slang for "broke"`: the quote glosses a
/// word, in another tongue or register; nobody says it.
fn gloss(c: Ctx<'_>, one: Option<&Token>, two: Option<&Token>) -> bool {
    one.is_some_and(|t| c.is_word(t, "for")) && two.is_some_and(|t| c.lex.list("gloss-markers").iter().any(|w| c.is_word(t, w)))
}

#[cfg(test)]
mod tests {
    use super::QuoteKind;

    fn kinds(text: &str) -> Vec<(String, QuoteKind)> {
        let checked = crate::check_source(crate::source::Source::new("t.txt", text), &crate::config::Config::default());
        let quotes = &checked.parsed.quotes.quotes;
        checked.attributed.quotes.iter().map(|l| (quotes[l.quote].span.of(text).to_string(), l.kind)).collect()
    }

    #[test]
    fn a_term_after_so_called_is_a_scare_quote_hyphen_or_not() {
        for text in ["The ferry ran late.\n\nThe so-called \"harbour levy\" passed.", "The ferry ran late.\n\nThe so called \"harbour levy\" passed."] {
            assert_eq!(kinds(text), [("\"harbour levy\"".to_string(), QuoteKind::Scare)], "{text}");
        }
    }

    #[test]
    fn a_gloss_after_a_tongue_or_register_and_for_is_a_term() {
        let text = "The crew shouted \"Skål!\" - Norwegian for \"cheers.\"\n\nThe fund was \"tapped out,\" slang for broke, and \"tapped out\" was shorthand for \"empty.\"";
        let got = kinds(text);
        assert_eq!(got[1], ("\"cheers.\"".to_string(), QuoteKind::Scare));
        assert_eq!(got.last().unwrap(), &("\"empty.\"".to_string(), QuoteKind::Scare));
    }

    #[test]
    fn a_title_set_off_by_a_comma_after_a_work_is_a_title() {
        let text = "Two people were hurt at a screening of her blockbuster film, \u{201c}Harbourlight.\u{201d}\n\nShe wrote for the hit stage play, \u{201c}Eventide.\u{201d}";
        assert!(kinds(text).iter().all(|(_, kind)| *kind == QuoteKind::Title), "{:?}", kinds(text));
        let speech = "The mayor gave a short speech, \"Never.\" Nobody clapped.";
        assert_ne!(kinds(speech)[0].1, QuoteKind::Title);
    }

    #[test]
    fn words_chanted_or_shouted_are_speech_not_a_title() {
        let text = "The ferry ran late.\n\nThe pier rang with chants of \"Fair Tolls Now\" as the mayor left. Riders were shouting, \"Open The Gates.\"";
        assert!(kinds(text).iter().all(|(_, kind)| *kind == QuoteKind::Speech), "{:?}", kinds(text));
        let title = "The ferry ran late.\n\nShe hosts the show \"Harbour Nights\" on Fridays.";
        assert_eq!(kinds(title)[0].1, QuoteKind::Title);
    }

    #[test]
    fn a_quote_after_for_alone_is_not_a_gloss() {
        let text = "Tolls will rise.\n\nThe mayor asked for \"Patience, and more patience.\" Nobody answered.";
        assert_eq!(kinds(text)[0].1, QuoteKind::Speech);
    }

    #[test]
    fn a_programme_named_after_on_or_told_is_a_title() {
        let got = kinds("The ferry ran late.\n\n\"We will sail,\" Holm told \"Harbour Live,\" adding that the boats were full. She said on \"Morning Harbour\" that tolls would rise.");
        assert_eq!(
            got,
            [
                ("\"We will sail,\"".to_string(), QuoteKind::Speech),
                ("\"Harbour Live,\"".to_string(), QuoteKind::Title),
                ("\"Morning Harbour\"".to_string(), QuoteKind::Title)
            ]
        );
    }

    #[test]
    fn words_a_clause_reports_back_over_are_speech_unless_they_read_as_a_title() {
        let got = kinds("The vote was close.\n\nA \"long winter\" is coming for the port, Holm said after the vote. \"Harbour Nights\" aired late, Ruiz said after the show.");
        assert_eq!(got[0], ("\"long winter\"".to_string(), QuoteKind::Speech));
        assert_eq!(got[1], ("\"Harbour Nights\"".to_string(), QuoteKind::Title));
    }

    #[test]
    fn a_work_after_its_host_or_author_and_of_is_a_title() {
        let got = kinds("The ferry ran late.\n\n\"We sail at dawn,\" Ruiz told the hosts of \"Morning Tide,\" adding that fares would rise. Ann Holm, author of \"The Long Pier,\" said the dock was old.");
        assert_eq!(got[0].1, QuoteKind::Speech);
        assert_eq!(got[1], ("\"Morning Tide,\"".to_string(), QuoteKind::Title));
        assert_eq!(got[2], ("\"The Long Pier,\"".to_string(), QuoteKind::Title));
        // Not after `of` alone, nor words that are no title.
        let got = kinds(
            "The ferry ran late.\n\nHolm, the host of the meeting, warned of \"A Long Winter Ahead.\" The host of the show said it was \"a fine mess\" on air.",
        );
        assert!(got.iter().all(|(_, kind)| *kind != QuoteKind::Title), "{got:?}");
    }

    #[test]
    fn a_show_named_by_its_star_or_host_or_interview_is_a_title() {
        let got = kinds("The ferry ran late.\n\nThe \"Harbour Nights\" star said the show would end. Ruiz said on \"Morning Tide with Ann Holm\" that tolls would rise. \"We sail with Holm,\" Ruiz said. In an interview with \"Dock Talk,\" Holm said the pier was safe.");
        assert_eq!(got[0].1, QuoteKind::Title);
        assert_eq!(got[1].1, QuoteKind::Title);
        assert_eq!(got[2].1, QuoteKind::Speech);
        assert_eq!(got[3].1, QuoteKind::Title);
    }

    #[test]
    fn a_cause_s_slogan_inside_a_report_is_speech_but_a_programme_there_a_title() {
        let got = kinds("The vote was close.\n\nRuiz said the pilots' \"Fair Tolls\" campaign had won the vote. Holm said the mayor had spoken on Harbour Radio's \"Morning Tide\" about the tolls.");
        assert_eq!(got[0], ("\"Fair Tolls\"".to_string(), QuoteKind::Speech));
        assert_eq!(got[1], ("\"Morning Tide\"".to_string(), QuoteKind::Title));
        // Outside a report's words the slogan stays a title.
        let got = kinds("The vote was close.\n\nThe \"Fair Tolls\" campaign won the vote.");
        assert_eq!(got[0].1, QuoteKind::Title);
    }

    #[test]
    fn a_paragraph_of_one_quote_in_single_marks_is_a_subhead() {
        let text = "Tolls rose again on Monday.\n\n\"We cannot pay,\" said Ana Ruiz, a pilot.\n\n'A long winter ahead.'\n\nThe board meets in May.\n\n\"We will sail.\"";
        let got = kinds(text);
        assert_eq!(got[1], ("'A long winter ahead.'".to_string(), QuoteKind::Title));
        // In double marks, or with words of its own around it, it is speech.
        assert_eq!(got[2].1, QuoteKind::Speech);
        let text = "Tolls rose again on Monday.\n\nShe said it was 'A long winter ahead.'";
        assert_eq!(kinds(text)[0].1, QuoteKind::Speech);
        // Copy that quotes speech in single marks has such paragraphs of speech.
        let text = "Tolls rose again on Monday.\n\n'We cannot pay,' said Ana Ruiz, a pilot.\n\n'We will not pay a penny more.'";
        assert_eq!(kinds(text)[1].1, QuoteKind::Speech);
    }

    #[test]
    fn each_quote_is_read_by_its_own_words_not_those_of_the_quote_before() {
        // The list of a quote's words is kept from one quote to the next:
        // a long quote leaves none of its words to a short one after it.
        let got = kinds(
            "The ferry ran late.\n\n\"We will sail at dawn whatever the board decides about the tolls,\" Holm said. The so-called \"harbour levy\" passed.",
        );
        assert_eq!(got[0].1, QuoteKind::Speech);
        assert_eq!(got[1], ("\"harbour levy\"".to_string(), QuoteKind::Scare));
        // Nor a short one its few words to a long one after it.
        let got = kinds(
            "The ferry ran late.\n\nThe so-called \"harbour levy\" passed. \"We will sail at dawn whatever the board decides about the tolls,\" Holm said.",
        );
        assert_eq!(got[0].1, QuoteKind::Scare);
        assert_eq!(got[1].1, QuoteKind::Speech);
    }

    #[test]
    fn a_title_cased_quote_in_a_report_s_words_is_less_sure() {
        let confidences = |text: &str| {
            let checked = crate::check_source(crate::source::Source::new("t.txt", text), &crate::config::Config::default());
            checked.attributed.quotes.iter().map(|l| (l.pass, l.kind, l.confidence)).collect::<Vec<_>>()
        };
        let got = confidences("The vote was close.\n\nRuiz said the pilots' \"Fair Tolls\" campaign had won the vote.");
        assert_eq!((got[0].0, got[0].1), ("content", QuoteKind::Speech));
        assert!(got[0].2 <= super::TITLE_CASE_CAP, "{got:?}");
        // Words in lower case, or one capitalised word, keep the pass's figure.
        let got = confidences("The vote was close.\n\nRuiz said the pilots' \"fair tolls\" campaign had won the vote.");
        assert!(got[0].2 > 0.9, "{got:?}");
        let got = confidences("The vote was close.\n\nRuiz said the crews were \"Heroes\" on Monday.");
        assert!(got[0].2 > 0.9, "{got:?}");
        // Next to its clause, a quote in capitals is no less sure.
        let got = confidences("The vote was close.\n\n\"Fair Tolls Now,\" Ruiz said.");
        assert!(got[0].2 > 0.9, "{got:?}");
    }

    #[test]
    fn a_headline_listed_with_its_byline_is_a_title() {
        let got = kinds("READING LIST:\n\n—\"Ferry fares set to rise again,\" by the Gazette's Ann Holm: \"The harbour board voted on Monday.\"\n\nThe tolls were \"arbitrarily set,\" by Holm's account.");
        assert_eq!(got[0], ("\"Ferry fares set to rise again,\"".to_string(), QuoteKind::Title));
        assert_eq!(got[1].1, QuoteKind::Speech);
        assert_ne!(got[2].1, QuoteKind::Title);
    }
}
