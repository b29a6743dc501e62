//! ## What it flags
//! A quote of three or more sentences whose speaker is named only after it
//! ends.
//!
//! The reporting clause that attributes the quote (`she said`) stands
//! after its closing mark. Sentences are counted at a full stop, question
//! or exclamation mark before a capital, and at each new paragraph of a
//! multi-paragraph quote. A quote whose speaker the reporting clause
//! just before (in its paragraph or the one before) already gave, or the
//! narration just before names (`Ruiz gave a short answer.` ¶ `"…," she
//! said.`), is passed: the reader knows whose voice it is. So is a quote
//! standing alone with its speaker's name signed on the line under it
//! (`"…. …. …."` ¶ `— Ana Ruiz, on the harbour radio`): a signed quote,
//! as in a roundup of posts or readers' letters, puts the name last by
//! design.
//!
//! ## Why it matters
//! Readers meet three sentences in a voice they cannot place and must hold
//! them until the end to learn whose they are. Wire style puts the
//! attribution after the first sentence of a long quote.
//!
//! ## Example
//! ```text
//! "We waited all night. Nobody came. By morning the water was at the door," said Ana Ruiz.
//! ```
//! Attribute early: `"We waited all night," said Ana Ruiz. "Nobody came. By morning the water was at the door."`

use crate::attribute::{QuoteKind, QuoteLink, Status};
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::{Quote, TokenKind};

pub const RULE: Rule = Rule { name: "late-attribution", severity: Severity::Info, run };

/// Sentences a quote may run before its speaker must be named.
const LONGEST: usize = 2;

/// The sieve pass that links a quote to the name signed under it.
const SIGNED: &str = "signature";

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for link in &cx.attributed.quotes {
        if link.kind != QuoteKind::Speech || link.status != Status::Attributed || link.pass == SIGNED {
            continue;
        }
        let Some(k) = link.clause else { continue };
        let quote = &cx.parsed.quotes.quotes[link.quote];
        let clause = &cx.parsed.clauses[k];
        if quote.depth > 0 || clause.cue.start < quote.span.end {
            continue;
        }
        let sentences = sentences_in(cx, quote);
        if sentences <= LONGEST || already_speaking(cx, k, link) || named_just_before(cx, quote, link) {
            continue;
        }
        let span = clause.span(&cx.parsed.tokens);
        let words = span.of(cx.text);
        out.push(
            Finding::new(
                span,
                format!("the speaker of this {}-sentence quote is named only after it ends (“{words}”)", crate::check::words::spelt_out(sentences)),
            )
            .help(format!("name the speaker after the first sentence: `\"…,\" {words}. \"…\"`")),
        );
    }
    out
}

/// `Ruiz said on Monday the pier was safe.` ¶ `"…," she said.`: the
/// reporting clause just before, in this paragraph or the one before,
/// gave the same speaker, so the reader already knows whose voice this is.
/// Clauses inside quoted words (`"… I told them to wait …," she said`)
/// are the speaker's own words, not the narration's: the one just before
/// is the last clause outside every quote.
fn already_speaking(cx: &Context<'_>, k: usize, link: &QuoteLink) -> bool {
    let Some(entity) = link.speaker.as_ref().and_then(|s| s.entity) else { return false };
    let cue = |clause: usize| &cx.parsed.tokens[cx.parsed.clauses[clause].cue_tokens.0 as usize];
    let para = |clause: usize| cue(clause).para;
    let Some(before) = (0..k).rev().take_while(|&b| para(k) <= para(b) + 1).find(|&b| cue(b).depth == 0) else { return false };
    let prior = &cx.attributed.clauses[before];
    let same = prior.speaker.as_ref().or(prior.carried.as_ref()).is_some_and(|s| s.entity == Some(entity));
    same && para(k) <= para(before) + 1
}

/// `Ruiz gave a short answer.` ¶ `"…. …. …," she said.`, `Tom Bell
/// dismissed the critics. "…. …. …," Bell said.`: the narration just
/// before the quote (the sentence before its own, in its paragraph or the
/// one above, and its own sentence's words before the opening mark) names
/// the speaker by the last word of their name, so the reader meets the
/// quote knowing whose voice it is.
fn named_just_before(cx: &Context<'_>, quote: &Quote, link: &QuoteLink) -> bool {
    let Some(entity) = link.speaker.as_ref().and_then(|s| s.entity) else { return false };
    let Some(surname) = cx.attributed.entities.list[entity].name(cx.text).rsplit(' ').next() else { return false };
    let Some(own) = cx.parsed.sentence_at(quote.span.start) else { return false };
    let sentences = &cx.parsed.sentences;
    let from = own.checked_sub(1).filter(|&b| sentences[b].para + 1 >= sentences[own].para).unwrap_or(own);
    let tokens = &cx.parsed.tokens[sentences[from].first as usize..cx.parsed.token_at(quote.span.start)];
    tokens.iter().any(|t| t.depth == 0 && t.cap() && t.is_word() && t.span().of(cx.text) == surname)
}

/// How many sentences the words of `quote` hold: a full stop, question or
/// exclamation mark followed by a capital starts a new one, and so does a
/// new paragraph of a multi-paragraph quote.
fn sentences_in(cx: &Context<'_>, quote: &Quote) -> usize {
    let tokens = &cx.parsed.tokens;
    let first = cx.parsed.token_at(quote.inner.start);
    let end = cx.parsed.token_at(quote.inner.end);
    let mut count = 0;
    // Where the sentence being read stands: none yet, open, or ended by a
    // stop (`… it. The`) or by a paragraph break.
    let mut open = false;
    let mut stopped = true;
    let mut para = None;
    for t in tokens[first..end].iter().filter(|t| t.depth > quote.depth) {
        if para != Some(t.para) {
            para = Some(t.para);
            open = false;
            stopped = true;
        }
        match t.kind {
            TokenKind::Punct('.' | '?' | '!') if t.depth == quote.depth + 1 => {
                open = false;
                stopped = true;
            }
            TokenKind::Word | TokenKind::Number if !open => {
                // `… and then, well… we left`: a lower-case word after a stop goes on.
                if stopped && (count == 0 || t.span().of(cx.text).starts_with(|c: char| !c.is_lowercase())) {
                    count += 1;
                }
                open = true;
                stopped = false;
            }
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_a_long_quote_attributed_at_its_end() {
        let text = "The river rose overnight.\n\n\"We waited all night. Nobody came. By morning the water was at the door,\" said Ana Ruiz.";
        assert_eq!(words("late-attribution", text), ["said Ana Ruiz"]);
        let message = &super::super::testing::flagged("late-attribution", text)[0].1;
        assert!(message.contains("this three-sentence quote"), "{message}");
        let long = format!("The river rose overnight.\n\n\"{}\" said Ana Ruiz.", "We waited all night. ".repeat(12).trim_end());
        let message = &super::super::testing::flagged("late-attribution", &long)[0].1;
        assert!(message.contains("this 12-sentence quote"), "{message}");
    }

    #[test]
    fn a_clause_inside_the_quote_before_is_not_the_narrations() {
        // The clause just before the long quote is `I said` inside Ruiz's
        // words; the narration's last clause names Tom Reyes.
        let text = "\"The boats came late,\" said Tom Reyes. \"Ana Ruiz said we would wait.\"\n\n\"We waited. Nobody came. We left,\" Ruiz said.";
        assert_eq!(words("late-attribution", text), ["Ruiz said"]);
    }

    #[test]
    fn passes_a_speaker_the_narration_just_before_names_but_not_one_named_further_up() {
        let text = "The river rose overnight.\n\nAsked about the flood, Ana Ruiz gave a short answer.\n\n\"We waited all night. Nobody came. By morning the water was at the door,\" she said.";
        assert!(words("late-attribution", text).is_empty());
        let text = "Ana Ruiz lives by the river.\n\nThe river rose overnight. The pier was shut.\n\n\"We waited all night. Nobody came. By morning the water was at the door,\" said Ruiz.";
        assert_eq!(words("late-attribution", text), ["said Ruiz"]);
    }

    #[test]
    fn passes_a_quote_signed_on_the_line_under_it() {
        let text =
            "Readers wrote in.\n\n\"We waited all night. Nobody came. By morning the water was at the door.\"\n\n\u{2014} Ana Ruiz, on the harbour radio.";
        assert!(words("late-attribution", text).is_empty(), "{:?}", words("late-attribution", text));
        // Named on the quote's own line, after it: flagged.
        let text = "Readers wrote in.\n\n\"We waited all night. Nobody came. By morning the water was at the door,\" Ana Ruiz said on the harbour radio.";
        assert_eq!(words("late-attribution", text), ["Ana Ruiz said on the harbour radio"]);
    }

    #[test]
    fn passes_short_quotes_and_early_attribution() {
        let text = "The river rose overnight.\n\n\"We waited all night. Nobody came,\" said Ana Ruiz.\n\n\
                    \"We waited all night.\n\n\"Nobody came,\" said Ana Ruiz.\n\n\
                    \"We waited... and waited. Nobody came,\" said Ana Ruiz.\n\n\
                    \"By morning the water was at the door,\" Ruiz said. \"We left. We did not look back.\"\n\n\
                    Ruiz said: \"We waited. Nobody came. The water rose.\"\n\n\
                    Tom Reyes said on Monday the pier was safe.\n\n\"We checked it. We checked it twice. It holds,\" he said.\n\n\
                    \"The boats came late,\" said Ana Ruiz. \"I said we would wait.\"\n\n\"We waited. Nobody came. We left,\" she said.";
        assert!(words("late-attribution", text).is_empty(), "{:?}", words("late-attribution", text));
    }
}
