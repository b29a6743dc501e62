//! ## What it flags
//! A direct quotation that no reporting clause attributes to anyone.
//!
//! Not flagged: quotes in a headline or in the deck under it (the story
//! names the speaker), a
//! term of at most three words inside the writer's own sentence (`the
//! so-called "river tax"`) or a fragment there that opens in lower case
//! (`her pledge that the ferry "will run all year"`) or a name in title
//! case after a lower-case word (`dubbed the "Harbour Rescue Fund
//! Committee"`), a digest quote followed by its citation in
//! brackets or a link, a quote signed on the line below, and the words of
//! a sign, slogan, headline or title (a crosshead between dashes, `– "No
//! tolls" –`, a title the draft opens with, `"We are ready": A harbour
//! braces`, a digest headline before the excerpt its line cites, and the
//! words of a link), and words the writer proposes that someone say
//! (`why not just say: "…"`, `to simply tell them: "…"`).
//!
//! ## Why it matters
//! Readers cannot weigh a quote without knowing who said it, and a quote
//! with no speaker is the first thing a copy editor sends back.
//!
//! ## Example
//! ```text
//! The bridge reopened on Sunday. "Nobody will cross it without thinking of that night."
//! ```
//! Name the speaker: `"Nobody will cross it without thinking of that night," said Ana Ruiz, who lives by the river.`

use super::layout::{cited_after, crosshead, dated_title, heads_a_cited_quote, in_a_transcript_line, in_link_text, quote_led_title, signed_below};
use super::{excerpt, plain_speakers};
use crate::attribute::QuoteKind;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::{class, VerbClass, VerbForm};
use crate::parse::TokenKind;

pub const RULE: Rule = Rule { name: "unattributed-quote", severity: Severity::Error, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    cx.attributed
        .quotes
        .iter()
        .filter(|link| link.kind == QuoteKind::Speech && link.speaker.is_none())
        .map(|link| &cx.parsed.quotes.quotes[link.quote])
        .filter(|quote| asks_for_a_speaker(cx, quote))
        .map(|quote| {
            let words = excerpt(quote.inner.of(cx.text), 40);
            Finding::new(quote.span, format!("nobody is named as saying “{words}”"))
                .help("say who said it, e.g. `, <speaker> said` after the closing quotation mark")
        })
        .collect()
}

/// A speech quote with no speaker that an editor would send back: not one
/// whose speaker is there in another form, nor words that need none.
fn asks_for_a_speaker(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    in_the_copy(cx, quote)
        && !speaker_left_inside(cx, quote)
        && !crowd_outcry(cx, quote)
        && !term_in_the_writers_sentence(cx, quote)
        && !cited_after(cx.text, quote)
        && !signed_below(cx.text, quote)
        && !dated_title(cx.text, quote)
        && !crosshead(cx.text, quote)
        && !in_link_text(cx.text, quote)
        && !heads_a_cited_quote(cx, quote)
        && !quote_led_title(cx.text, quote)
        && !in_a_transcript_line(cx, quote)
        && !plain_speakers::named_before(cx, quote)
        && !plain_speakers::named_after(cx, quote)
        && !text_of_a_written_thing(cx, quote)
        && !words_for_someone_to_say(cx, quote)
}

/// `It would be kinder to simply tell the crews: "…"`, `Why not just say:
/// "…"?`: a verb of speech in its base form after `to` (with one adverb
/// in -ly between at most) or in a question opening on `why`, before the
/// quote in its sentence. The words are the writer's proposal of what
/// someone might say; nobody has said them, and there is no speaker to
/// name. (An infinitive that does report, `led the atlas to state, "…"`,
/// names its speaker before `to`, and is passed too.)
fn words_for_someone_to_say(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    let before: Vec<&crate::parse::Token> = before_in_sentence(cx, quote).filter(|t| t.is_word()).collect();
    let word = |t: &crate::parse::Token, w: &str| t.span().of(cx.text).eq_ignore_ascii_case(w);
    let asks_why = before.first().is_some_and(|t| word(t, "why"));
    let base_speech = |t: &crate::parse::Token| t.info().verb.is_some_and(|v| v.class == VerbClass::Speech && v.form == VerbForm::Base);
    (0..before.len()).filter(|&k| base_speech(before[k])).any(|k| {
        let at = |back: usize| k.checked_sub(back).map(|i| before[i]);
        let adverb = at(1).is_some_and(|t| t.span().of(cx.text).ends_with("ly"));
        asks_why || at(1).is_some_and(|t| word(t, "to")) || (adverb && at(2).is_some_and(|t| word(t, "to")))
    })
}

/// `"We will rebuild, the mayor said.` with the closing mark left out: the
/// speaker is named, inside the quote, and `unbalanced-quote` already says
/// where the mark goes; a second error would send the editor looking for
/// a speaker who is there.
fn speaker_left_inside(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    !quote.closed && super::unbalanced_quote::tag_inside(cx, quote).is_some()
}

/// `The square rang with chants of "Ruiz! Ruiz!"`: words a crowd cried
/// out, which no one person said; the report of the outcry is sourcing
/// enough, and a reporter is not sent looking for a name.
fn crowd_outcry(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    let c = cx.parsed.ctx(cx.text, cx.lexicon);
    crate::attribute::kinds::outcry(c, cx.parsed, cx.parsed.token_at(quote.span.start))
}

/// A headline (`Mayor Vows 'No More Tolls'`) is not where a speaker is
/// named: the story under it says who spoke, and page furniture quotes
/// no one. Only quotes in the copy are sent back for a speaker.
fn in_the_copy(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    let open = cx.parsed.token_at(quote.span.start);
    cx.parsed.tokens.get(open).is_none_or(|t| crate::check::in_copy(cx, t.para))
}

/// The most words a quote woven into the writer's own sentence may hold
/// and still be read as a term or a label rather than someone's words.
const TERM_WORDS: usize = 3;

/// `calling the levy a "river tax"`, `dubbed the "Harbour Pact"`, `must
/// dial "1" for help`: a few words quoted inside a sentence the writer
/// began name, label or hold at arm's length; they are no one's speech
/// to attribute, and a partial quote this short leans on the sentence
/// round it (`she called it "a disgrace"`) for its speaker. So does a
/// longer fragment that opens in lower case (`her pledge that the ferry
/// "will run every day of the year"`): the writer's grammar carries on
/// through it, and the sentence, not a reporting clause, says whose it is.
/// So does a name in title case after a lower-case word (`dubbed the
/// "Harbour Rescue Fund Committee"`), at any length.
fn term_in_the_writers_sentence(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    let tokens = &cx.parsed.tokens;
    let first = cx.parsed.token_at(quote.inner.start);
    let end = cx.parsed.token_at(quote.inner.end);
    // Counting stops past the limit, so a long quote costs no more.
    let words = tokens[first..end].iter().filter(|t| is_word_or_number(t)).take(TERM_WORDS + 1).count();
    let fragment = || opens_in_lower_case(quote.inner.of(cx.text)) && someone_before_in_sentence(cx, quote);
    let name = || in_title_case(quote.inner.of(cx.text)) && after_lower_case_word(cx, quote);
    (words <= TERM_WORDS || fragment() || name()) && words_before_in_sentence(cx, quote)
}

/// `dubbed the "Harbour Rescue Fund Committee"`, `has been called the
/// "Queen of the Western Piers"`: every word of four letters or more
/// capitalised, at least two of them, and no stop inside; a name or a
/// nickname, not a sentence anyone spoke (which capitalises its first
/// word only).
fn in_title_case(words: &str) -> bool {
    let inside = words.trim_end_matches(|c: char| !c.is_alphanumeric());
    let long: Vec<&str> = inside.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| w.chars().count() >= 4).collect();
    long.len() >= 2 && long.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) && !inside.contains(['.', '!', '?', ','])
}

/// The word just before the opening mark is a lower-case word of the
/// writer's sentence: the quote is woven into it.
fn after_lower_case_word(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    before_in_sentence(cx, quote).last().is_some_and(|t| t.is_word() && !t.cap() && t.span().end + 1 >= quote.span.start)
}

/// Words that stand for someone or something that speaks: a name, a
/// pronoun, a title, role, organisation or group, a poll or a filing.
const SOMEONE: u32 = class::HE
    | class::SHE
    | class::THEY
    | class::IT
    | class::FIRST_PERSON
    | class::TITLE
    | class::ROLE
    | class::ORG
    | class::GROUP
    | class::ANONYMOUS
    | class::DATA_SOURCE
    | class::LEGAL_SOURCE;

/// The quote's sentence names someone before it (`her pledge that the
/// ferry "will run …"`, `Ruiz wants the ferry "running …"`): a fragment
/// with no one before it (`The ferry "will run …"`) is nobody's words
/// and is still flagged.
fn someone_before_in_sentence(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    before_in_sentence(cx, quote).any(|t| t.is_word() && (t.cap() || t.is(SOMEONE)))
}

/// The quoted words' first letter or digit is a lower-case letter.
fn opens_in_lower_case(words: &str) -> bool {
    words.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase)
}

/// Whether the quote's sentence has words of the narration before the
/// opening mark: the quote does not open the sentence.
fn words_before_in_sentence(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    before_in_sentence(cx, quote).any(is_word_or_number)
}

/// The tokens of the quote's sentence before its opening mark, at the
/// quote's own depth (the words round it, not those of a quote inside).
fn before_in_sentence<'c>(cx: &Context<'c>, quote: &crate::parse::Quote) -> impl Iterator<Item = &'c crate::parse::Token> {
    let open = cx.parsed.token_at(quote.span.start);
    let start = cx.parsed.sentence_at(quote.span.start).map_or(open, |sentence| (cx.parsed.sentences[sentence].first as usize).min(open));
    let depth = quote.depth;
    cx.parsed.tokens[start..open].iter().filter(move |t| t.depth == depth)
}

fn is_word_or_number(t: &crate::parse::Token) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Number)
}

/// How many words before the opening mark a written thing is looked for.
const WRITTEN_REACH: usize = 3;

/// `placards reading "No Tolls"`, `under the headline "Pier
/// Reopens"`, `an e-mail with the subject line "Tolls"`: the words of a
/// sign, a headline or a title (`grammar/clause-words.txt`
/// [written-things]) are quoted as text, not as anyone's speech, and the
/// thing is named as their source.
fn text_of_a_written_thing(cx: &Context<'_>, quote: &crate::parse::Quote) -> bool {
    let tokens = &cx.parsed.tokens;
    let open = cx.parsed.token_at(quote.span.start);
    let Some(para) = tokens.get(open).map(|t| t.para) else { return false };
    tokens[..open]
        .iter()
        .rev()
        .take_while(|t| t.para == para && t.depth == quote.depth)
        .filter(|t| t.is_word())
        .take(WRITTEN_REACH)
        .any(|t| cx.lexicon.in_list("written-things", t.span().of(cx.text)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_a_quote_nobody_said() {
        let text = "The bridge reopened on Sunday.\n\n\"Nobody will cross it without thinking of that night.\"";
        assert_eq!(words("unattributed-quote", text), ["\"Nobody will cross it without thinking of that night.\""]);
    }

    #[test]
    fn passes_a_quote_with_its_speaker() {
        let text = "The bridge reopened on Sunday.\n\n\"Nobody will cross it lightly,\" said Ana Ruiz.";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_a_quote_left_open_over_its_own_speaker() {
        let text = "The bridge reopened on Sunday.\n\n\"Nobody will cross it lightly, said Ana Ruiz.\n\nShe left.";
        assert!(words("unattributed-quote", text).is_empty());
        assert_eq!(words("unbalanced-quote", text), ["\""]);
    }

    #[test]
    fn passes_a_name_in_title_case_woven_into_the_sentence() {
        let text = "The ferry ran late.\n\nThe new fund will be dubbed the \"Harbour Rescue Fund Committee\" and will meet monthly.";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "The ferry ran late.\n\nOkafor has been called the \"Queen of the Western Piers\" for years.";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn flags_a_sentence_in_sentence_case_or_standing_alone() {
        // A sentence capitalises its first word only.
        let text = "The ferry ran late.\n\nThe new fund will be dubbed the \"Harbour rescue fund for the western piers\" soon.";
        assert_eq!(words("unattributed-quote", text).len(), 1);
        // Capitals in a sentence of their own are woven into nothing.
        let text = "The ferry ran late.\n\nThe pier shut. \"Never Again Without Fair Pay.\"";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_words_the_writer_proposes_someone_say() {
        let text = "The ferry ran late.\n\nIt would be kinder to simply tell the crews who built it: \"We are sorry, but the pier is closing.\"";
        assert!(words("unattributed-quote", text).is_empty());
        let text = "The ferry ran late.\n\nMany riders disliked the word \"shuttle.\" Why not just say: \"The boat leaves at six\"?";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn flags_words_someone_said_after_a_report_of_a_thing_done() {
        // `to` before a verb that is no verb of speech proposes nothing said.
        let text = "The ferry ran late.\n\nIt was a long trip to the pier in the rain, \"We are sorry, but the pier is closing\" ringing out from a boat.";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_a_crowd_outcry() {
        let text = "The ferry ran late.\n\nThe pier rang with chants of \"Fair Tolls Now\" as the mayor left.";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_scare_quotes_and_titles() {
        let text = "The council approved the so-called \"river tax\" after the \"Evening Report\" show aired.";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_a_quote_in_the_headline() {
        let text = "Harbour Chief On Tolls: 'We Will End Them By May'\n\nMarta Okafor, who runs the harbour authority, said tolls would end in May.";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_a_quote_in_the_deck_under_a_headline_but_not_in_the_copy() {
        let text = "Harbour chief to end tolls;\n\nBoard backs 'a fairer harbour for all.'\n\nThe board met on Monday. \"We will end them by May.\"";
        assert_eq!(words("unattributed-quote", text), ["\"We will end them by May.\""]);
    }

    #[test]
    fn passes_a_few_words_woven_into_the_writers_sentence() {
        let text = "The ferry ran late.\n\nThe toll was, in short, \"a disgrace.\"";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_a_lower_case_fragment_woven_into_the_writers_sentence() {
        let text = "The ferry ran late.\n\nOkafor repeated her pledge that the ferry \"will run every day of the year, storms or not.\"";
        assert!(words("unattributed-quote", text).is_empty());
        // Capitalised, the same words are a sentence of someone's own.
        let text = "The ferry ran late.\n\nThe toll went up again and \"Nobody will cross it without thinking of that night.\"";
        assert_eq!(words("unattributed-quote", text).len(), 1);
        let text = "The ferry ran late.\n\nOkafor saw the toll go up again and \"nobody will cross it without thinking of that night.\"";
        assert!(words("unattributed-quote", text).is_empty());
        // With no one named before it, the fragment is nobody's words.
        let text = "The ferry ran late.\n\nThe toll went up again and \"nobody will cross it without thinking of that night.\"";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn flags_a_short_quote_that_opens_its_sentence() {
        let text = "The ferry ran late.\n\n\"Never again.\"";
        assert_eq!(words("unattributed-quote", text), ["\"Never again.\""]);
    }

    #[test]
    fn passes_a_digest_quote_with_its_citation() {
        let text = "Morning digest.\n\nHARBOUR TOLLS TO END \"Tolls on the east pier end in May, and the ferry fare falls with them.\" [Harbour Gazette.]\n\nFERRY FARES \"The new timetable adds two crossings a day.\" http://example.org/ferry\n";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn flags_a_quote_followed_by_an_editors_bracket() {
        let text = "The ferry ran late.\n\n\"Nobody will cross it without thinking of that night.\" [sic]";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }

    #[test]
    fn passes_a_quote_signed_on_the_line_below() {
        let text = "The ferry ran late.\n\n\"Tolls must end this year, and the ferry must run on time.\nMarta Okafor, Harbour Users' Union.\"\n\nThe port did not reply.";
        assert!(words("unattributed-quote", text).is_empty());
    }

    #[test]
    fn passes_the_words_of_a_sign_or_a_headline() {
        let text = "The ferry ran late.\n\nAn e-mail went out with the subject line \"Tolls are going up again this spring.\"\n\nThe gazette ran a story under the headline \"Night ferry gone for good, and nobody asked us.\"";
        assert!(words("unattributed-quote", text).is_empty());
    }
}
