//! ## What it flags
//! A pronoun speaker (`he said`, `she told`) that could stand for two or
//! more of the people named just before it.
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

use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::class;
use crate::parse::{Mention, Token};

pub const RULE: Rule = Rule { name: "ambiguous-speaker", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (clause, link) in cx.parsed.clauses.iter().zip(&cx.attributed.clauses) {
        let (Some(source), Some(_)) = (clause.source, link.speaker.as_ref()) else { continue };
        // Two clauses may share one pronoun (`He pointed to …, expressing
        // …`): the editor is told once.
        if link.candidates.len() < 2 || out.last().is_some_and(|f: &Finding| f.span == source.span) || goes_on_in_its_sentence(cx, &source, &link.candidates) {
            continue;
        }
        let names: Vec<&str> = link.candidates.iter().map(|&e| cx.attributed.entities.list[e].name(cx.text)).collect();
        let pronoun = source.span.of(cx.text);
        out.push(Finding::new(source.span, format!("“{pronoun}” could be {}", or_list(&names))).help(format!("name the speaker instead of “{pronoun}”")));
    }
    out
}

/// `Though Ms. Holm has lived there for years, rents have doubled, she
/// said`, `Rather, he would wait, and he said …`: the pronoun's sentence
/// has already named one of the candidates, and no other, in its own
/// words, or opened on the same pronoun; the reader carries that on, and
/// the pronoun is no puzzle.
fn goes_on_in_its_sentence(cx: &Context<'_>, source: &Mention, candidates: &[usize]) -> bool {
    let tokens = &cx.parsed.tokens;
    let Some(sentence) = cx.parsed.sentence_at(source.span.start) else { return false };
    let first = cx.parsed.sentences[sentence].first as usize;
    let at = source.first_token as usize;
    let narration: Vec<&Token> = tokens[first.min(at)..at].iter().filter(|t| t.depth == 0 && t.is_word()).collect();
    let named = candidates.iter().filter(|&&e| names_entity(cx, &narration, e)).count();
    named == 1 || opened_on_the_same_pronoun(tokens, &narration, at)
}

/// Whether one of `words` is the last word of entity `e`'s name.
fn names_entity(cx: &Context<'_>, words: &[&Token], e: usize) -> bool {
    let name = cx.attributed.entities.list[e].name(cx.text);
    let Some(surname) = name.split_whitespace().next_back() else { return false };
    words.iter().any(|t| t.span().of(cx.text) == surname)
}

/// The sentence's first words (one word and a comma may come before it)
/// hold a pronoun of the same sex as the one at `at`.
fn opened_on_the_same_pronoun(tokens: &[Token], words: &[&Token], at: usize) -> bool {
    let sex = [class::HE, class::SHE].into_iter().find(|&c| tokens[at].is(c));
    sex.is_some_and(|c| words.iter().take(OPENING_WORDS).any(|t| t.is(c)))
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
        let before =
            "\"We ride every day,\" Mr. Tom Holm said. He left early.\n\nWarm and plain-spoken, Mr. Paul Ortiz was among the best speakers of his day.";
        let text = format!("{before} He thought of his sermons as \"harbour chats,\" he told friends.");
        assert!(flagged("ambiguous-speaker", &text).is_empty(), "{:?}", flagged("ambiguous-speaker", &text));
        // With no pronoun or name before it in its sentence, the reader
        // still has to guess.
        let text = format!("{before} The crowd waited, he told friends.");
        assert_eq!(flagged("ambiguous-speaker", &text).len(), 1);
    }

    #[test]
    fn passes_he_after_one_man() {
        let text = "Mayor Tom Reyes spoke on Monday.\n\n\"We agreed on nothing,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
    }
}
