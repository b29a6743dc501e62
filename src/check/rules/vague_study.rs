//! ## What it flags
//! Research or polling cited without being named: `studies show`,
//! `research has shown`, `a recent study`, `polls show`.
//!
//! The phrases are listed in `grammar/vague-studies.txt`. A study counts as
//! named when a name stands next to it (`Gallup polls show`, `a recent
//! study by Harbour University`), when the next sentence (in its paragraph,
//! or opening the next one) says who did it (`The study, by …`, `The
//! Harbour Herald poll asked …`), or when a reporting clause of the
//! sentence names an organisation or a person as the source. A study cited
//! in someone's reported words (`Okafor said studies show …`) is theirs to
//! name, and is left alone. So is a phrase after `the`, `these` or
//! `those` (`the statistics show`), which points back at research named
//! before, and one whose line ends on the source in brackets, as digests
//! cite polls (`One poll has the mayor ahead. [Harbour Herald]`).
//!
//! ## Why it matters
//! "Studies show" borrows the authority of research while hiding it from
//! the reader: which study, by whom, how large, published where? A claim
//! resting on an unnamed study cannot be checked, and often the study says
//! less than the sentence does.
//!
//! ## Example
//! ```text
//! Studies show that ferry passengers are safer than drivers.
//! ```
//! Name it: `Ferry passengers are safer than drivers, according to a 2021 study by the Norrvik Transport Institute.`

use crate::check::claims::{narration, Reach, Sourcing};
use crate::check::phrases;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::{class, PhraseKind};
use crate::parse::{MentionKind, Token, TokenKind};
use crate::source::Span;

pub const RULE: Rule = Rule { name: "vague-study", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let sourcing = Sourcing::new(cx);
    phrases::found(cx, PhraseKind::VagueStudy)
        .into_iter()
        .filter(|&span| !phrases::points_back(cx.text, span.start) && !cited_in_brackets(cx, span))
        .filter(|&span| !named(cx, span) && !sourcing.clause_sourced(span, Reach::Sentence, Some(span)))
        .map(|span| {
            let words = span.of(cx.text);
            Finding::new(span, format!("“{words}” cites research without naming it"))
                .help("name the study or poll: who carried it out, when, and where it was published")
        })
        .collect()
}

/// `One poll has the mayor ahead. [Harbour Herald]`: after the phrase's
/// sentence, its line ends on a bracket that opens on a capital: the
/// source, cited the way digests of polls cite them.
fn cited_in_brackets(cx: &Context<'_>, span: Span) -> bool {
    let rest = &cx.text[span.end..];
    let line = rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())].trim_end();
    let Some(close) = line.chars().last().filter(|c| matches!(c, ']' | ')')) else { return false };
    let open = if close == ']' { '[' } else { '(' };
    let Some(at) = line.rfind(open) else { return false };
    let inner = &line[at + 1..line.len() - 1];
    let after_a_sentence = line[..at].trim_end().ends_with(['.', '!', '?']);
    after_a_sentence && inner.starts_with(char::is_uppercase) && !inner.contains(['[', ']', '(', ')'])
}

/// Words after which a name says whose the study is: `by`, `from`, `at`.
const NAMING: &[&str] = &["by", "from", "at", "published", "conducted", "commissioned", "released"];

fn named(cx: &Context<'_>, span: Span) -> bool {
    let parsed = cx.parsed;
    let Some(s) = parsed.sentence_at(span.start) else { return true };
    let sentence = parsed.sentences[s];
    let tokens = &parsed.tokens;
    let first = parsed.token_at(span.start);
    let end = parsed.token_at(span.end);
    // `Gallup polls show`, `Pew's research shows`.
    if owner_before(tokens, first, sentence.first as usize).is_some() {
        return true;
    }
    // `a recent study by Harbour University`.
    if names_after(cx, end, (end + 8).min(sentence.end as usize), sentence.end as usize) {
        return true;
    }
    // `A recent study found … . The study, by researchers at …`
    let plural = (first..end).any(|k| tokens[k].is(class::DATA_SOURCE) && plural_noun(cx, &tokens[k]));
    if next_sentence(cx, s).is_some_and(|next| names_the_study(cx, next, plural)) {
        return true;
    }
    // `…, according to the Norrvik Transport Institute.`
    parsed.clauses_in(s, s).any(|i| {
        let (clause, link) = (&parsed.clauses[i], &cx.attributed.clauses[i]);
        clause.source.is_some_and(|m| !m.span.overlaps(span))
            && link.speaker.as_ref().is_some_and(|sp| matches!(sp.kind, MentionKind::Person | MentionKind::Organisation))
    })
}

/// The sentence after sentence `s` in its paragraph or, when `s` ends its
/// paragraph, the next paragraph's first: news often names a poll just
/// below the line citing it (`…, a new poll shows.` ¶ `The Harbour Herald
/// poll asked …`).
fn next_sentence(cx: &Context<'_>, s: usize) -> Option<usize> {
    let sentences = &cx.parsed.sentences;
    let (this, next) = (sentences.get(s)?, sentences.get(s + 1)?);
    (next.para == this.para || next.para == this.para + 1).then_some(s + 1)
}

/// Sentence `s` opens on the study (`The study`, `The survey`) and says
/// whose it is: `The study, by Harbour University, …`, `The Harbour
/// Herald poll asked …`, `Gallup's survey …` (not `The April survey`).
/// Polls cited in the `plural` are not named by one poll: `Other polls
/// show a tie. The Herald poll …` names only the paper's own.
fn names_the_study(cx: &Context<'_>, s: usize, plural: bool) -> bool {
    let sentence = &cx.parsed.sentences[s];
    let tokens = &cx.parsed.tokens;
    let first = sentence.first as usize;
    // A long owner may stand before it: `The Harbour Herald-Norrvik Radio poll`.
    let mut opening = (first..sentence.end as usize).take(OWNER_WORDS + 2);
    let Some(study) = opening.find(|&k| tokens[k].depth == 0 && tokens[k].is(class::DATA_SOURCE)) else { return false };
    if plural && !plural_noun(cx, &tokens[study]) {
        return false;
    }
    let owned = owner_before(tokens, study, first).is_some_and(|owner| !owner.is(class::TIME));
    owned || (study < first + 4 && names_after(cx, first, sentence.end as usize, sentence.end as usize))
}

/// The capitalised word or possessive `'s` straight before token `k` (at
/// or after token `first`), which may name whose the study is.
fn owner_before(tokens: &[Token], k: usize, first: usize) -> Option<&Token> {
    let prev = k.checked_sub(1).filter(|&p| p >= first).map(|p| &tokens[p])?;
    ((prev.is_word() && prev.cap()) || prev.kind == TokenKind::Possessive).then_some(prev)
}

/// `polls`, `studies`: a study's noun in the plural.
fn plural_noun(cx: &Context<'_>, t: &Token) -> bool {
    t.span().of(cx.text).ends_with('s')
}

/// How many tokens of a name may stand before the study's noun.
const OWNER_WORDS: usize = 6;

/// A naming word (`by`, `from`) in tokens `from..to`, followed within
/// three words by a name, which may run past `to` (not past `end`, the
/// sentence's end): `In a new study, two engineers -- Ann Holm at
/// Norrvik University …` names its authors at the window's edge.
fn names_after(cx: &Context<'_>, from: usize, to: usize, end: usize) -> bool {
    let tokens = &cx.parsed.tokens;
    let is_naming = |t: &Token| t.is_word() && narration(cx, t) && NAMING.iter().any(|w| t.span().of(cx.text).eq_ignore_ascii_case(w));
    (from..to).any(|k| is_naming(&tokens[k]) && tokens[k + 1..end.min(k + 4)].iter().any(|n| n.is_word() && n.cap()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_unnamed_research() {
        let text = "Studies show that ferry passengers are safer than drivers.\n\n\
                    A recent study found that tolls cut traffic.\n\n\
                    Research has shown the harbour is sinking.";
        assert_eq!(words("vague-study", text), ["Studies show", "A recent study", "Research has shown"]);
    }

    #[test]
    fn passes_named_research_and_quotes() {
        let text = "A recent study by the Norrvik Transport Institute found that tolls cut traffic.\n\n\
                    Gallup polls show the mayor ahead.\n\n\
                    A new survey found most residents back the plan. The survey, conducted by Harbour University, asked 900 people.\n\n\
                    \"Studies show we are right,\" Rosa Lind said.";
        assert!(words("vague-study", text).is_empty(), "{:?}", words("vague-study", text));
    }

    #[test]
    fn passes_a_study_whose_authors_are_named_at_the_edge_of_the_window() {
        let text = "The council met.\n\nIn a new study, two engineers -- Ann Holm at the Norrvik Institute -- raised doubts about the tolls.";
        assert!(words("vague-study", text).is_empty(), "{:?}", words("vague-study", text));
        // A name further on is no author.
        let text = "The council met.\n\nIn a new study, two engineers from several small colleges raised doubts about the tolls at Norrvik.";
        assert_eq!(words("vague-study", text), ["a new study"]);
    }

    #[test]
    fn passes_research_pointed_back_at_or_cited_in_brackets() {
        let text = "The council counted crossings in May. In short, the statistics show a drop.\n\n\
                    One poll shows the mayor ahead by six points. [Harbour Herald]";
        assert!(words("vague-study", text).is_empty(), "{:?}", words("vague-study", text));
        // A bracket that opens in lower case, or words after it, cite nothing.
        let text = "The council met.\n\nOne poll shows the mayor ahead. [updated]\n\nStatistics show a drop. (Harbour Herald) The council met.";
        assert_eq!(words("vague-study", text), ["One poll", "Statistics show"]);
    }

    #[test]
    fn passes_a_poll_named_at_the_start_of_the_next_paragraph() {
        let text = "The mayor leads her rival by four points, a poll out this week found.\n\n\
                    The Harbour Herald-Norrvik Radio poll asked 900 residents.\n\n\
                    The ferry plan is popular, a recent survey found.\n\n\
                    The survey, conducted by Norrvik University, ran for a week.";
        assert!(words("vague-study", text).is_empty(), "{:?}", words("vague-study", text));
        // A month is no owner, and a paragraph further on is too far.
        let text = "Most residents back the tolls, a new poll shows.\n\nThe April poll asked 900 people.\n\n\
                    A recent study found the pier is safe.\n\nThe mayor disagreed.\n\nThe study, by Norrvik University, was short.";
        assert_eq!(words("vague-study", text), ["a new poll", "A recent study"]);
        let text = "Other polls show the mayor ahead. The Harbour Herald poll has her behind.";
        assert_eq!(words("vague-study", text), ["polls show"]);
    }
}
