//! ## What it flags
//! A pronoun speaker (`he said`, `she told`) that could stand for two or
//! more of the people named just before it.
//!
//! Not when the reader has a lead: the pronoun's paragraph names only one
//! of them (or none, and the paragraph above only one), its sentence opens
//! on the same pronoun, or the quotes run on from the one it stands for
//! (`"…," said Mr. Reyes.` ¶ `"…," he said.`) with nobody else named in
//! between, or the quote itself names all of them but one (`"I told
//! Ortiz …," he said`).
//!
//! ## Why it matters
//! When two men are named and the next quote ends `he said`, the reader
//! has to guess whose words they are — and may guess wrong.
//!
//! ## Example
//! ```text
//! Mayor Tom Reyes and Senator Paul Ortiz met on Monday. "We agreed on nothing," he said.
//! ```
//! Use the name: `"We agreed on nothing," Reyes said.`

use crate::attribute::ClauseLink;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::class;
use crate::parse::{Mention, Token};

pub const RULE: Rule = Rule { name: "ambiguous-speaker", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (c, (clause, link)) in cx.parsed.clauses.iter().zip(&cx.attributed.clauses).enumerate() {
        let (Some(source), Some(_)) = (clause.source, link.speaker.as_ref()) else { continue };
        // Two clauses may share one pronoun (`He pointed to …, expressing
        // …`): the editor is told once.
        if link.candidates.len() < 2
            || out.last().is_some_and(|f: &Finding| f.span == source.span)
            || goes_on_in_its_paragraph(cx, &source, &link.candidates)
            || carries_on_the_last_quote(cx, c, &source, link)
            || its_quote_names_the_others(cx, c, &link.candidates)
        {
            continue;
        }
        let names: Vec<&str> = link.candidates.iter().map(|&e| cx.attributed.entities.list[e].name(cx.text)).collect();
        let pronoun = source.span.of(cx.text);
        out.push(Finding::new(source.span, format!("“{pronoun}” could be {}", or_list(&names))).help(format!("name the speaker instead of “{pronoun}”")));
    }
    out
}

/// `Though Ms. Holm has lived there for years, rents have doubled, she
/// said`, `Ms. Holm opened the hearing. "…," she said`, `Rather, he
/// would wait, and he said …`: the pronoun's paragraph has already named
/// one of the candidates, and no other, in its own words, or its sentence
/// opened on the same pronoun; the reader carries that on, and the
/// pronoun is no puzzle.
fn goes_on_in_its_paragraph(cx: &Context<'_>, source: &Mention, candidates: &[usize]) -> bool {
    let Some(s) = cx.parsed.sentence_at(source.span.start) else { return false };
    let sentence = &cx.parsed.sentences[s];
    let at = source.first_token as usize;
    let para_start = cx.parsed.token_at(paragraph_start(cx, sentence.para, sentence.span.start));
    let named = count_named(cx, narration_words(cx, para_start, at), candidates);
    let opened_on_pronoun = || opened_on_the_same_pronoun(cx, narration_words(cx, sentence.first as usize, at), at);
    named == 1 || opened_on_pronoun() || (named == 0 && named_alone_above(cx, sentence.para, candidates))
}

/// `"I told Ortiz we agreed on nothing," he said`: the quote the
/// pronoun's clause gives names every candidate but one by the last word
/// of their name, speaking of them, so the reader takes the one left.
fn its_quote_names_the_others(cx: &Context<'_>, clause: usize, candidates: &[usize]) -> bool {
    let quotes = &cx.parsed.quotes.quotes;
    let inside = cx.attributed.quotes.iter().filter(|q| q.clause == Some(clause)).flat_map(|q| {
        let span = quotes[q.quote].span;
        cx.parsed.tokens[cx.parsed.token_at(span.start)..cx.parsed.token_at(span.end)].iter().filter(|t| t.is_word())
    });
    count_named(cx, inside, candidates) + 1 == candidates.len()
}

/// `… Not so Mr. Ortiz.` ¶ `In 2010, he voted …`: a paragraph that names
/// none of the candidates before the pronoun goes on about the one the
/// paragraph above names, when it names only one.
fn named_alone_above(cx: &Context<'_>, para: u32, candidates: &[usize]) -> bool {
    let Some(above) = para.checked_sub(1).and_then(|p| cx.parsed.paragraphs.get(p as usize)) else { return false };
    let (from, to) = (cx.parsed.token_at(above.span.start), cx.parsed.token_at(above.span.end));
    count_named(cx, narration_words(cx, from, to), candidates) == 1
}

/// `"…," said Ms. Holm. ¶ "…," she said.`: the last quote before the
/// pronoun's own, in its paragraph or the one above, is the words of the
/// candidate the pronoun was given. News carries a speaker on from quote
/// to quote, and so does the reader.
fn carries_on_the_last_quote(cx: &Context<'_>, clause: usize, source: &Mention, link: &ClauseLink) -> bool {
    let Some(chosen) = link.speaker.as_ref().and_then(|s| s.entity) else { return false };
    let quotes = &cx.parsed.quotes.quotes;
    let links = &cx.attributed.quotes;
    let own_start = links.iter().filter(|q| q.clause == Some(clause)).map(|q| quotes[q.quote].span.start).min();
    let before = own_start.unwrap_or(source.span.start).min(source.span.start);
    let first_after = links.partition_point(|q| quotes[q.quote].span.start < before);
    let Some(last) = links[..first_after].iter().rev().find(|q| q.clause != Some(clause) && q.speaker.is_some()) else { return false };
    let para = |at: usize| cx.parsed.sentence_at(at).map(|s| cx.parsed.sentences[s].para);
    let (Some(last_para), Some(own_para)) = (para(quotes[last.quote].span.start), para(before)) else { return false };
    let same_speaker = last.speaker.as_ref().and_then(|s| s.entity) == Some(chosen) && link.candidates.contains(&chosen);
    let last_end = quotes[last.quote].span.end;
    let since = cx.parsed.sentence_at(last_end.saturating_sub(1)).map_or(last_end, |s| cx.parsed.sentences[s].span.end);
    same_speaker && last_para + 1 >= own_para && !rival_named_since(cx, since, own_para, source, link, chosen)
}

/// `"…," Ms. Ruiz said. ¶ As Ms. Holm agreed, she said …`: a rival of the
/// chosen speaker named in the pronoun's paragraph, after the sentence of
/// the last quote (whose own clause may name anyone) and before the
/// pronoun, breaks the run of quotes.
fn rival_named_since(cx: &Context<'_>, since: usize, para: u32, source: &Mention, link: &ClauseLink, chosen: usize) -> bool {
    let from = cx.parsed.token_at(since.max(paragraph_start(cx, para, since)));
    let words = narration_words(cx, from, source.first_token as usize);
    link.candidates.iter().any(|&e| e != chosen && names_entity(cx, words.clone(), e))
}

/// Where paragraph `para` starts (`or` if there is no such paragraph).
fn paragraph_start(cx: &Context<'_>, para: u32, or: usize) -> usize {
    cx.parsed.paragraphs.get(para as usize).map_or(or, |p| p.span.start)
}

/// The narration's words (outside quotes) among tokens `from..to`.
fn narration_words<'a>(cx: &Context<'a>, from: usize, to: usize) -> impl Iterator<Item = &'a Token> + Clone {
    cx.parsed.tokens[from.min(to)..to].iter().filter(|t| t.depth == 0 && t.is_word())
}

/// How many of `candidates` one of `words` names.
fn count_named<'a>(cx: &Context<'a>, words: impl Iterator<Item = &'a Token> + Clone, candidates: &[usize]) -> usize {
    candidates.iter().filter(|&&e| names_entity(cx, words.clone(), e)).count()
}

/// Whether one of `words` is the last word of entity `e`'s name.
fn names_entity<'a>(cx: &Context<'a>, mut words: impl Iterator<Item = &'a Token>, e: usize) -> bool {
    let name = cx.attributed.entities.list[e].name(cx.text);
    let Some(surname) = name.split_whitespace().next_back() else { return false };
    words.any(|t| t.span().of(cx.text) == surname)
}

/// The sentence's first words (one word and a comma may come before it)
/// hold a pronoun of the same sex as the one at `at`.
fn opened_on_the_same_pronoun<'a>(cx: &Context<'a>, words: impl Iterator<Item = &'a Token>, at: usize) -> bool {
    let sex = [class::HE, class::SHE].into_iter().find(|&c| cx.parsed.tokens[at].is(c));
    sex.is_some_and(|c| words.take(OPENING_WORDS).any(|t| t.is(c)))
}

/// How many of a sentence's first words are read for the pronoun it
/// opens on.
const OPENING_WORDS: usize = 2;

fn or_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::flagged;

    #[test]
    fn flags_he_after_two_men() {
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\"We agreed on nothing,\" he said.";
        let got = flagged("ambiguous-speaker", text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "he");
        assert!(got[0].1.contains("Reyes") && got[0].1.contains("Ortiz"), "{}", got[0].1);
    }

    #[test]
    fn passes_he_that_goes_on_about_the_last_subject() {
        // The speaker is the subject before; the other man is only named.
        let text = "Former harbour pilot Tom Reyes said the crews should meet Senator Paul Ortiz and his aides.\n\n\"They are within their rights,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
        // A bare capitalised name may be a place or a thing: no rival.
        let text = "Tom Reyes spoke after the Defiance and Harbour Lights sailed.\n\n\"We waited,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
    }

    #[test]
    fn passes_she_that_goes_on_about_the_subject_before() {
        // Holm spoke last, but the reader takes `she` for Ruiz, the subject.
        let text = "Ms. Maria Holm opened the hearing. \"The port is safe,\" she said.\n\nBut Ms. Ana Ruiz painted a darker picture of the docks. \"The cranes are rusting,\" she said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
    }

    #[test]
    fn passes_a_pronoun_that_carries_on_from_another() {
        // Reyes spoke last, but the `his` after Ortiz's name is Ortiz's,
        // and the next sentence's `he` carries it on.
        let text = "\"The court will not change soon,\" Mr. Tom Reyes said.\n\n\
                    Given that he is near the end of his term, Mr. Paul Ortiz may care more about his legacy than the budget. \
                    If so, he would want a judge who shares his views.";
        assert!(flagged("ambiguous-speaker", text).is_empty(), "{:?}", flagged("ambiguous-speaker", text));
    }

    #[test]
    fn passes_a_name_with_no_office_before_it() {
        // `former Lindholm` has a word before it, but no office: no rival.
        let text =
            "The letter former Lindholm Gov. and harbour chair Ana Ruiz signed came after she heard of the strike.\n\n\"We will not stand for it,\" she said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
    }

    #[test]
    fn flags_a_pronoun_once_for_all_its_clauses() {
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\
                    He pointed to the mayor's comments expressing confidence in the port, and said \"we are ready.\"";
        let got = flagged("ambiguous-speaker", text);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn passes_a_pronoun_after_one_of_the_two_in_its_sentence() {
        let text = "\"We ride every day,\" Mr. Tom Holm said. He left early.\n\n\
                    Though Mr. Paul Ortiz has lived by the pier for years, the rents have doubled, he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty(), "{:?}", flagged("ambiguous-speaker", text));
    }

    #[test]
    fn passes_a_pronoun_its_sentence_opened_on() {
        // Both men are named in the paragraph, so only the sentence's
        // opening `He` tells the reader who speaks.
        let before = "\"We ride every day,\" Mr. Tom Holm said. He left early.\n\n\
                      Warm and plain-spoken, Mr. Paul Ortiz was among the best speakers of his day, Mr. Holm included.";
        let text = format!("{before} He thought of his sermons as \"harbour chats,\" he told friends.");
        assert!(flagged("ambiguous-speaker", &text).is_empty(), "{:?}", flagged("ambiguous-speaker", &text));
        // With no pronoun or name before it in its sentence, the reader
        // still has to guess.
        let text = format!("{before} The crowd waited, he told friends.");
        assert_eq!(flagged("ambiguous-speaker", &text).len(), 1);
    }

    #[test]
    fn passes_a_pronoun_after_one_of_the_two_in_its_paragraph() {
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\
                    Mr. Ortiz left before the vote. \"We agreed on nothing,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty(), "{:?}", flagged("ambiguous-speaker", text));
    }

    #[test]
    fn passes_a_pronoun_that_carries_on_the_last_quote() {
        // Ortiz is named in Reyes's clause, but the quotes run on from Reyes.
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\
                    \"The pier stays open,\" said Mr. Reyes, who has known Mr. Ortiz for years.\n\n\
                    \"We will not close it,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty(), "{:?}", flagged("ambiguous-speaker", text));
    }

    #[test]
    fn flags_a_pronoun_when_the_other_man_comes_between() {
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\
                    \"The pier stays open,\" said Mr. Reyes.\n\n\
                    The harbour board sided with Mr. Ortiz against Mr. Reyes. \"We will see,\" he said.";
        assert_eq!(flagged("ambiguous-speaker", text).len(), 1, "{:?}", flagged("ambiguous-speaker", text));
    }

    #[test]
    fn passes_a_pronoun_about_the_one_named_in_the_paragraph_above() {
        let text = "\"He never bends,\" said Tom Reyes, an aide to Senator Paul Ortiz.\n\n\
                    He voted against the tolls in 2008. The pier bill? Not to Mr. Ortiz.\n\n\
                    In 2010, he said the ferry should stay public.";
        assert!(flagged("ambiguous-speaker", text).is_empty(), "{:?}", flagged("ambiguous-speaker", text));
    }

    #[test]
    fn passes_a_pronoun_whose_quote_names_the_other_man() {
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\"I told Ortiz we agreed on nothing,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty(), "{:?}", flagged("ambiguous-speaker", text));
        let text = "Mayor Tom Reyes and Senator Paul Ortiz met on Monday.\n\n\"I told the board we agreed on nothing,\" he said.";
        assert_eq!(flagged("ambiguous-speaker", text).len(), 1, "a quote naming neither leaves the puzzle");
    }

    #[test]
    fn passes_he_after_one_man() {
        let text = "Mayor Tom Reyes spoke on Monday.\n\n\"We agreed on nothing,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
    }
}
