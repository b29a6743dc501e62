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

pub const RULE: Rule = Rule { name: "ambiguous-speaker", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (clause, link) in cx.parsed.clauses.iter().zip(&cx.attributed.clauses) {
        let (Some(source), Some(_)) = (clause.source, link.speaker.as_ref()) else { continue };
        // Two clauses may share one pronoun (`He pointed to …, expressing
        // …`): the editor is told once.
        if link.candidates.len() < 2 || out.last().is_some_and(|f: &Finding| f.span == source.span) {
            continue;
        }
        let names: Vec<&str> = link.candidates.iter().map(|&e| cx.attributed.entities.list[e].name(cx.text)).collect();
        let pronoun = source.span.of(cx.text);
        out.push(Finding::new(source.span, format!("“{pronoun}” could be {}", or_list(&names))).help(format!("name the speaker instead of “{pronoun}”")));
    }
    out
}

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
    fn passes_he_after_one_man() {
        let text = "Mayor Tom Reyes spoke on Monday.\n\n\"We agreed on nothing,\" he said.";
        assert!(flagged("ambiguous-speaker", text).is_empty());
    }
}
