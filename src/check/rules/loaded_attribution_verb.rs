//! ## What it flags
//! Attribution verbs that pass judgement — `claimed`, `admitted`,
//! `insisted`, `confessed` — where the neutral `said` would do.
//!
//! ## Why it matters
//! "Claimed" tells the reader not to believe the speaker; "admitted"
//! implies a confession. Unless the copy supports that judgement, `said`
//! keeps the story neutral.
//!
//! ## Example
//! ```text
//! The company claimed the leak was small.
//! ```
//! Prefer `The company said the leak was small.`
//!
//! Uses that report no words are passed: `claimed by a group`, `claims of
//! fraud`, `insisted on paying`, `claimed responsibility`, `claimed the
//! nomination`, `boasts a deep harbour` (a thing owned), the noun
//! (`have claims in the area`, `the new claims from Ruiz`, `Ruiz's false
//! claims that`), `admitted`
//! meaning let in (`boats admitted to the United Kingdom`), a thing taken
//! named before (`the victory, which Ruiz conceded`) and the writer's own
//! words in the first person (`I confessed`).

use crate::check::words::{listed, spelt};
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::class;
use crate::parse::TokenKind;

pub const RULE: Rule = Rule { name: "loaded-attribution-verb", severity: Severity::Info, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    cx.parsed
        .clauses
        .iter()
        .filter(|clause| clause.source.is_some())
        .flat_map(|clause| clause.cue_tokens.0 as usize..clause.cue_tokens.1 as usize)
        .filter(|&i| cx.parsed.tokens[i].is(class::LOADED) && !passed(cx, i))
        .filter_map(|i| {
            let t = &cx.parsed.tokens[i];
            let verb = t.span().of(cx.text);
            let neutral = cx.lexicon.neutral_for(verb)?;
            Some(
                Finding::new(t.span(), format!("“{verb}” judges the speaker where “{neutral}” would not"))
                    .help(format!("use “{neutral}” unless the story bears out the judgement “{verb}” carries")),
            )
        })
        .collect()
}

/// A loaded verb that judges nobody, or reports no words.
fn passed(cx: &Context<'_>, i: usize) -> bool {
    takes_not_says(cx, i) || a_noun(cx, i) || let_in(cx, i) || legal_record(cx, i) || taken_before(cx, i) || the_writers_own(cx, i)
}

/// `Ruiz's victory, which Okafor conceded at ten`: the thing the verb
/// takes or yields stands before it, as the antecedent of `which` or
/// `that` (a word of `clause-words.txt` [taken-not-said], as after the
/// verb in [`takes_not_says`], a comma between at most). Reads at most
/// five tokens back from the verb, within its paragraph.
fn taken_before(cx: &Context<'_>, i: usize) -> bool {
    let tokens = &cx.parsed.tokens;
    let para = tokens[i].para;
    let near = |k: usize| Some(&tokens[k]).filter(|t| t.para == para);
    let relative =
        (i.saturating_sub(5)..i).rev().find(|&k| near(k).is_some_and(|t| t.is_word() && (t.is(class::RELATIVE) || spelt(Some(t.span().of(cx.text)), "that"))));
    let Some(r) = relative else { return false };
    let before = r.checked_sub(1).and_then(near).filter(|t| t.kind != TokenKind::Punct(',')).or_else(|| r.checked_sub(2).and_then(near));
    before.is_some_and(|t| t.is_word() && cx.lexicon.in_list("taken-not-said", t.span().of(cx.text)))
}

/// `"The ferry was a gift to the town," I confessed.`: the writer's own
/// words, told in the first person (`I`, `we` straight before the verb,
/// outside quotation marks); the writer judges no source.
fn the_writers_own(cx: &Context<'_>, i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| &cx.parsed.tokens[k]);
    before.is_some_and(|t| t.depth == 0 && t.para == cx.parsed.tokens[i].para && t.is(class::FIRST_PERSON))
}

/// The verb does not report words: `claimed by a group` (passive),
/// `claims of fraud` (a noun), `insisted on paying` (a demand),
/// `claimed responsibility`, `claimed the nomination` (a thing taken,
/// `grammar/clause-words.txt` [taken-not-said], after at most one
/// determiner), `boasts a deep harbour` (a thing owned). Only the next
/// three tokens are read.
fn takes_not_says(cx: &Context<'_>, i: usize) -> bool {
    let t = &cx.parsed.tokens[i];
    let token = |k: usize| cx.parsed.tokens.get(k).filter(|n| n.para == t.para);
    let word = |k: usize| token(k).filter(|n| n.is_word()).map(|n| n.span().of(cx.text));
    let (next, after) = (word(i + 1), word(i + 2));
    let plural = t.span().of(cx.text).ends_with('s');
    let determiner = token(i + 1).is_some_and(|n| n.is(class::DETERMINER));
    let taken = listed(cx.lexicon, "taken-not-said", next) || (determiner && listed(cx.lexicon, "taken-not-said", after));
    let owned = cx.lexicon.in_list("possession-verbs", t.span().of(cx.text))
        && (listed(cx.lexicon, "owned-openers", next) || token(i + 1).is_some_and(|n| n.kind == TokenKind::Number));
    spelt(next, "by") || (plural && spelt(next, "of")) || (spelt(next, "on") && after.is_some_and(|a| a.ends_with("ing"))) || taken || owned
}

/// `Taiwan and Vietnam have claims in the area`, `the new claims from
/// Ruiz`, `his claims`: an -s form after a form of *have*, a determiner or
/// a possessive, or before `from` or `against`, is the noun. Reads one
/// token each side.
fn a_noun(cx: &Context<'_>, i: usize) -> bool {
    let t = &cx.parsed.tokens[i];
    if !t.span().of(cx.text).ends_with('s') {
        return false;
    }
    let near = |k: usize| cx.parsed.tokens.get(k).filter(|n| n.para == t.para && n.is_word());
    let before = i.checked_sub(1).and_then(near);
    let owner = before.is_some_and(|b| b.is(class::DETERMINER) || b.is(class::POSSESSIVE) || cx.lexicon.in_list("have-forms", b.span().of(cx.text)));
    let of_someone = near(i + 1).is_some_and(|n| ["from", "against"].iter().any(|w| n.span().of(cx.text).eq_ignore_ascii_case(w)));
    owner || of_someone || judged_after_owner(cx, i)
}

/// `Okafor's false claims that`, `her by-now-familiar claims`: an
/// adjective that judges the claims (`figures.txt` [judging-adjectives])
/// or a compound joined by hyphens, between an owner (`'s`, `his`, `the`)
/// and the -s form, makes it the noun; `Okafor's campaign claims that`
/// is the verb. Reads two tokens back.
fn judged_after_owner(cx: &Context<'_>, i: usize) -> bool {
    let tokens = &cx.parsed.tokens;
    let para = tokens[i].para;
    let near = |k: Option<usize>| k.map(|k| &tokens[k]).filter(|t| t.para == para);
    let Some(adjective) = near(i.checked_sub(1)).filter(|t| t.is_word()) else { return false };
    let word = adjective.span().of(cx.text);
    let judging = word.contains('-') || cx.lexicon.in_list("judging-adjectives", word);
    let owner = near(i.checked_sub(2)).is_some_and(|b| b.kind == TokenKind::Possessive || b.is(class::DETERMINER) || b.is(class::POSSESSIVE));
    judging && owner
}

/// `boats admitted to the United Kingdom`, `admitted into the
/// country`: `admitted` before `to` or `into` and a place (a word of
/// `places.txt`, capitalised, or of `figures.txt` [let-into]) means let
/// in, not confessed. Reads the next three tokens.
fn let_in(cx: &Context<'_>, i: usize) -> bool {
    let t = &cx.parsed.tokens[i];
    let word = |k: usize| cx.parsed.tokens.get(k).filter(|n| n.para == t.para && n.is_word());
    let is = |k: usize, w: &str| word(k).is_some_and(|n| n.span().of(cx.text).eq_ignore_ascii_case(w));
    if !t.span().of(cx.text).eq_ignore_ascii_case("admitted") || !(is(i + 1, "to") || is(i + 1, "into")) {
        return false;
    }
    let k = if is(i + 2, "the") { i + 3 } else { i + 2 };
    word(k).is_some_and(|n| (n.cap() && n.is(class::PLACE)) || cx.lexicon.in_list("let-into", n.span().of(cx.text)))
}

/// `Okafor alleged in the suit that …`, `admitted in his plea that …`:
/// in a sentence about a lawsuit, a plea or a trial (`figures.txt`
/// [legal-record]) `allege` and `admit` are the law's own words for a
/// claim and a confession, house style rather than a judgement. Reads the
/// verb's sentence.
fn legal_record(cx: &Context<'_>, i: usize) -> bool {
    let stem = cx.parsed.tokens[i].span().of(cx.text).get(..5);
    if !stem.is_some_and(|w| w.eq_ignore_ascii_case("alleg") || w.eq_ignore_ascii_case("admit")) {
        return false;
    }
    let Some(sentence) = cx.parsed.sentence_at(cx.parsed.tokens[i].span().start) else { return false };
    let tokens = cx.parsed.sentences[sentence].tokens(&cx.parsed.tokens);
    tokens.iter().any(|t| t.is_word() && cx.lexicon.in_list("legal-record", t.span().of(cx.text)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_claimed_and_admitted() {
        let text = "The company claimed the leak was small.\n\nThe mayor admitted the plan had failed.";
        assert_eq!(words("loaded-attribution-verb", text), ["claimed", "admitted"]);
    }

    #[test]
    fn passes_verbs_that_report_no_words() {
        let text = "The blast was claimed by a militia.\n\nHer claims of fraud grew.\n\nHe insisted on paying the fare.\n\nThe militia claimed responsibility.\n\nHe insisted on radio that the port was safe.";
        assert_eq!(words("loaded-attribution-verb", text), ["insisted"]);
    }

    #[test]
    fn passes_a_thing_owned_or_taken_after_a_determiner() {
        let text = "The port boasts a deep harbour and two dry docks.\n\nMarta Okafor claimed the nomination on Monday.\n\nShe boasted that the port was safe.";
        assert_eq!(words("loaded-attribution-verb", text), ["boasted"]);
    }

    #[test]
    fn passes_a_thing_taken_before_a_relative_but_not_words_reported() {
        let text = "Ruiz's victory, which Okafor conceded at ten, surprised the port.\n\n\
                    The nomination that Okafor claimed last spring is safe.\n\n\
                    The plan, which Okafor conceded was late, is dead.";
        assert_eq!(words("loaded-attribution-verb", text), ["conceded"]);
    }

    #[test]
    fn passes_the_writers_own_words_in_the_first_person() {
        let text = "\"The ferry was a gift to the town,\" I confessed.\n\nWe admitted the pier was late.\n\nThe mayor admitted the pier was late.";
        assert_eq!(words("loaded-attribution-verb", text), ["admitted"]);
    }

    #[test]
    fn passes_the_noun_claims() {
        let text = "Norway and Iceland have claims in the area.\n\n\
                    The port would not answer the new claims from Marta Okafor.\n\n\
                    Her claims were false.\n\n\
                    The board heard Okafor's false claims that the pier is unsafe.\n\n\
                    It was one more of Okafor's by-now-familiar claims that the pier is unsafe.\n\n\
                    The union claims the pier is unsafe.";
        assert_eq!(words("loaded-attribution-verb", text), ["claims"]);
        assert_eq!(super::super::testing::flagged("loaded-attribution-verb", text)[0].0, "claims");
    }

    #[test]
    fn flags_claims_after_an_owner_and_a_noun() {
        let text = "Okafor's campaign claims that the pier is unsafe.\n\nOkafor's false claims that the pier is unsafe spread.";
        assert_eq!(words("loaded-attribution-verb", text), ["claims"]);
        assert!(super::super::testing::flagged("loaded-attribution-verb", text)[0].1.contains("“claims”"));
    }

    #[test]
    fn passes_admitted_meaning_let_in() {
        let text = "Most boats from Lindholm admitted to the United Kingdom were searched.\n\n\
                    Boats from Lindholm admitted into the country were searched.\n\n\
                    Okafor admitted to the council that the plan had failed.";
        assert_eq!(words("loaded-attribution-verb", text), ["admitted"]);
    }

    #[test]
    fn passes_the_laws_words_in_a_sentence_about_a_suit_or_a_plea() {
        let text = "Marta Okafor alleged in the suit that the harbour board hid the costs.\n\n\
                    Tom Bell admitted in the plea deal that the ferry went down by his hand.\n\n\
                    Tom Bell admitted that the ferry sank.";
        assert_eq!(words("loaded-attribution-verb", text), ["admitted"]);
    }

    #[test]
    fn passes_said() {
        assert!(words("loaded-attribution-verb", "The company said the leak was small.").is_empty());
    }
}
