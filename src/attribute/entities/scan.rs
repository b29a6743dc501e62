//! Finding the named mentions of the narration.

use crate::parse::mentions::{self, name_word, Ctx, Mention, MentionKind};
use crate::parse::Parsed;

/// `the President`, `the company's CEO`: a title in capitals after an
/// article or a possessive is a description of someone named before (or
/// no one), not a name. (`Mr. King`, `King said` are surnames.)
pub(super) fn title_alone(parsed: &Parsed, m: &Mention) -> bool {
    use crate::parse::lexicon::class::{DETERMINER, ROLE, TITLE};
    use crate::parse::TokenKind;
    let tokens = &parsed.tokens[m.first_token as usize..m.end_token as usize];
    let Some(first) = tokens.iter().position(|t| m.name.contains(t.span())) else { return false };
    let owned = first > 0 && (tokens[first - 1].is(DETERMINER) || tokens[first - 1].kind == TokenKind::Possessive);
    owned && tokens[first..].iter().filter(|t| m.name.contains(t.span())).all(|t| t.is(TITLE | ROLE))
}

/// Names in the narration that no clause made a speaker: the people a
/// pronoun may stand for. Each run of name words is read backwards from its
/// end, so its titles come with it (`Kremlin spokesman Dmitry Peskov`).
///
/// They are handed to `each_sentence` a sentence at a time, in the order
/// found, rather than collected for the whole draft: a long draft's list
/// of them (and its sort) was a tenth of its peak memory. A sentence's
/// names lie within it, so sentence by sentence they come in text order.
pub(super) fn name_mentions(c: Ctx<'_>, parsed: &Parsed, mut each_sentence: impl FnMut(&mut Vec<Mention>)) {
    let tokens = &parsed.tokens;
    let mut found = Vec::new();
    for sentence in &parsed.sentences {
        found.clear();
        let first = sentence.first as usize;
        // The sentence's tokens as a slice: walked without a bounds check a token.
        let words = sentence.tokens(tokens);
        // Whether token `k` is a name word, when step `k - 1` worked it out.
        let mut next_is_name: Option<bool> = None;
        for (k, t) in words.iter().enumerate() {
            let i = first + k;
            let next = words.get(k + 1);
            let known = next_is_name.take();
            let ends_run = t.depth == 0
                && known.unwrap_or_else(|| name_word(c, t))
                && next.is_none_or(|n| {
                    let is_name = name_word(c, n);
                    next_is_name = Some(is_name);
                    !is_name
                });
            if !ends_run {
                continue;
            }
            // `Finnish leader`, `Republican candidates`: a capital before a noun describes it.
            use crate::parse::lexicon::class::{ANONYMOUS, GROUP, ORG, ROLE};
            let modifier = next.is_some_and(|n| n.is_word() && !n.cap() && n.is(ROLE | ANONYMOUS | GROUP | ORG));
            if modifier {
                continue;
            }
            if let Some(m) = mentions::phrase_ending_at(c, first, i + 1) {
                if matches!(m.kind, MentionKind::Person | MentionKind::Organisation) {
                    found.push(m);
                }
            }
        }
        if !found.is_empty() {
            each_sentence(&mut found);
        }
    }
}
