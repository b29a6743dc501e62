//! ## What it flags
//! Allegation language — `accused of`, `committed fraud`, `abused`,
//! `bribed`, `war crimes` — stated in the narrator's voice, with no source
//! in the same sentence.
//!
//! The phrases are listed in `grammar/allegations.txt`. A sentence is
//! sourced by a reporting clause that names a speaker (`prosecutors
//! said`, `according to the indictment`) or by words that frame the claim
//! as an allegation (`a lawsuit alleging`, `was convicted of`; the
//! `[legal]` words of `grammar/claim-sources.txt`), and so is one that
//! turns on a reporting verb whose speaker the grammar could not pin down,
//! or that says `reportedly` (a rule of its own). Words inside quotation
//! marks are the speaker's, not the paper's. A passive that names nobody
//! as the doer (`twenty villagers were murdered`) accuses nobody and is
//! left alone; `were harassed by the guards` is flagged. Nor is a word
//! that names a historical event (`the Norrvik genocide`). One finding per
//! sentence.
//!
//! ## Why it matters
//! An accusation in the paper's own voice is the paper making it. If it
//! cannot be proved, that is libel; if it can, readers still need to know
//! who says so — a court, a prosecutor, a rival — to weigh it.
//!
//! ## Example
//! ```text
//! The contractor bribed two council members to win the bid.
//! ```
//! Say who alleges it: `The contractor bribed two council members to win the bid, prosecutors said in the indictment.`

use crate::check::claims::{Reach, Sourcing, LEGAL};
use crate::check::phrases;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::PhraseKind;
use crate::parse::Token;
use crate::source::Span;

pub const RULE: Rule = Rule { name: "unattributed-allegation", severity: Severity::Error, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let sourcing = Sourcing::new(cx);
    let mut last_sentence = None;
    phrases::found(cx, PhraseKind::Allegation)
        .into_iter()
        .filter(|&span| !sourcing.sourced(span, Reach::Sentence, LEGAL) && !agentless(cx, span) && !named_event(cx, span))
        // One finding per sentence: `was accused of abusing` is one allegation.
        .filter(|span| {
            let sentence = cx.parsed.sentence_at(span.start);
            std::mem::replace(&mut last_sentence, sentence) != sentence
        })
        .map(|span| {
            let words = span.of(cx.text);
            let message = if words.to_ascii_lowercase().contains("accused") {
                format!("“{words}” names no accuser")
            } else {
                format!("“{words}” is an allegation stated as fact, with no source")
            };
            Finding::new(span, message).help("say who makes the allegation, e.g. `, prosecutors said` or `, according to the lawsuit`")
        })
        .collect()
}

/// `the Armenian genocide`, `the Srebrenica massacre`: one word after
/// `the` and a capitalised word, not the sentence's first, is the name of
/// a historical event, not an accusation the paper makes.
fn named_event(cx: &Context<'_>, span: Span) -> bool {
    let first = cx.parsed.token_at(span.start);
    let tokens = &cx.parsed.tokens;
    let one_word = tokens.get(first + 1).is_none_or(|t| t.span().start >= span.end);
    let Some(name) = first.checked_sub(1).map(|k| &tokens[k]) else { return false };
    let article = first.checked_sub(2).map(|k| &tokens[k]).filter(|t| t.para == name.para);
    one_word && name.is_word() && name.cap() && article.is_some_and(|t| t.is_word() && t.span().of(cx.text).eq_ignore_ascii_case("the"))
}

/// A passive with nobody doing it (`twenty people were murdered`) accuses
/// nobody; `were harassed by the guards` does.
fn agentless(cx: &Context<'_>, span: Span) -> bool {
    let words = span.of(cx.text);
    if !words.ends_with("ed") {
        return false;
    }
    let tokens = &cx.parsed.tokens;
    let first = cx.parsed.token_at(span.start);
    let end = cx.parsed.token_at(span.end);
    let is = |t: &Token, list: &[&str]| t.is_word() && list.iter().any(|w| t.span().of(cx.text).eq_ignore_ascii_case(w));
    let by = tokens.get(end).is_some_and(|t| is(t, &["by"]));
    let before = tokens[..first].iter().rev().take(3).find(|t| !(is(t, &["had", "has", "have", "not", "never"]) || t.span().of(cx.text).ends_with("ly")));
    let passive = before.is_some_and(|t| is(t, &["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting"]));
    passive && !by
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_allegations_in_the_narrators_voice() {
        let text = "The contractor bribed two council members.\n\nThe mayor was accused of abusing the office.";
        assert_eq!(words("unattributed-allegation", text), ["bribed", "was accused of"]);
    }

    #[test]
    fn passes_sourced_and_quoted_allegations() {
        let text = "The contractor bribed two council members, prosecutors said.\n\n\
                    Twenty villagers were murdered in the raid.\n\n\
                    According to the lawsuit, the landlord harassed tenants.\n\n\
                    \"They committed fraud,\" said Rosa Lind.\n\n\
                    Lind accused the firm of fraud.";
        assert!(words("unattributed-allegation", text).is_empty(), "{:?}", words("unattributed-allegation", text));
    }

    #[test]
    fn passes_the_name_of_a_historical_event() {
        let text = "April marked a century since the Norrvik genocide began.\n\nThe regime committed genocide in Norrvik.\n\nThe Norrvik regime committed the genocide.";
        assert_eq!(words("unattributed-allegation", text), ["genocide", "genocide"]);
    }
}
