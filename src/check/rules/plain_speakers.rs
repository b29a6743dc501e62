//! Quotes whose speaker a reader sees at once though no verb of speech
//! ties them: `Ana Ruiz laughed, "…"`, `"…" beamed Tom Bell`, `was moved
//! to say, "…"`. The words round the quote are read, a few tokens each
//! side, never further.

use crate::check::Context;
use crate::parse::lexicon::class;
use crate::parse::{Quote, Token};

/// `Ana Ruiz laughed, "…"`, `she cracked: "…"`, `was moved to say, "…"`:
/// a comma or a colon before the opening mark, after a verb in -ed (with
/// a name or `he`/`she` before it) or after `to say`.
pub(super) fn named_before(cx: &Context<'_>, quote: &Quote) -> bool {
    let tokens = &cx.parsed.tokens;
    let open = cx.parsed.token_at(quote.span.start);
    let Some(k) = open.checked_sub(4) else { return false };
    let [subject, verb, comma] = [&tokens[k + 1], &tokens[k + 2], &tokens[k + 3]];
    let para = tokens[open.min(tokens.len() - 1)].para;
    let same_para = tokens[k..open].iter().all(|t| t.para == para);
    let introduced = comma.is_punct(',') || comma.is_punct(':');
    let says_to = word(cx, &tokens[k + 1]) == Some("to") && word(cx, verb).is_some_and(|w| w.eq_ignore_ascii_case("say"));
    same_para && introduced && (says_to || (a_person(subject) && past_in_ed(cx, verb)))
}

/// `"…" beamed Tom Bell`: a verb in -ed straight after the closing mark,
/// then a name of two capitalised words.
pub(super) fn named_after(cx: &Context<'_>, quote: &Quote) -> bool {
    let tokens = &cx.parsed.tokens;
    let after = cx.parsed.token_at(quote.span.end);
    let [Some(verb), Some(first), Some(last)] = [after, after + 1, after + 2].map(|k| tokens.get(k)) else { return false };
    let para = verb.para;
    [first, last].iter().all(|t| t.para == para && t.is_word() && t.cap()) && past_in_ed(cx, verb)
}

fn word<'a>(cx: &Context<'a>, t: &Token) -> Option<&'a str> {
    t.is_word().then(|| t.span().of(cx.text))
}

fn a_person(t: &Token) -> bool {
    t.is_word() && (t.cap() || t.is(class::HE) || t.is(class::SHE)) && !t.is(class::DETERMINER)
}

fn past_in_ed(cx: &Context<'_>, t: &Token) -> bool {
    word(cx, t).is_some_and(|w| w.len() > 3 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn passes_a_speaker_named_with_a_verb_of_no_speech() {
        for text in [
            "The ferry ran late.\n\nAt the pier, Ana Ruiz cracked, \"Nobody will cross it without a life jacket, not even me.\"",
            "The ferry ran late.\n\nThe delay was so long that Mr. Bell was moved to say, \"Nobody will cross it without thinking twice.\"",
            "The ferry ran late.\n\n\"Nobody will cross it without thinking of that night!\" beamed Tom Bell of the harbour board.",
        ] {
            assert!(words("unattributed-quote", text).is_empty(), "{text}");
        }
        // A verb with no person before it names no one.
        let text = "The ferry ran late.\n\nThe engine stalled and the deck flooded, \"Nobody will cross it without thinking of that night.\"";
        assert_eq!(words("unattributed-quote", text).len(), 1);
    }
}
