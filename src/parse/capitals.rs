//! A capital letter at the start of a sentence, or in a headline, says
//! nothing about whether a word is a name. Such a word counts as
//! capitalised only when the draft never writes it in lower case and the
//! lexicons do not know it as a common word: `Officials said` is not a
//! person, `Peskov said` is.

use std::collections::HashSet;

use super::lexicon::{class::*, VerbForm};
use super::paragraphs::{Paragraph, ParagraphKind};
use super::sentences::Sentence;
use super::tokens::Token;

pub fn settle(text: &str, tokens: &mut [Token], sentences: &[Sentence], paragraphs: &[Paragraph]) {
    let lower: HashSet<&str> = tokens.iter().filter(|t| t.is_word() && !t.cap).map(|t| t.span.of(text)).collect();
    let common = |t: &Token| {
        let word = t.span.of(text);
        t.is(DETERMINER | PRONOUN | FUNCTION | ANONYMOUS | GROUP | CUE | ROLE | ORG)
            || word.ends_with("ly")
            || word.ends_with("ing")
            || lower.contains(word.to_lowercase().as_str())
    };
    // `Studies show`: a capital before a plural verb is a plural noun, not a name.
    let before_plural_verb = |tokens: &[Token], i: usize| {
        tokens.get(i + 1).is_some_and(|n| n.is(CUE) && n.info.verb.is_some_and(|v| v.form == VerbForm::Base))
    };
    for sentence in sentences {
        let headline = paragraphs[sentence.para as usize].kind == ParagraphKind::Headline;
        let range = sentence.range();
        for i in range.clone() {
            let t = &tokens[i];
            let first_word = i == range.start || tokens[range.start..i].iter().all(|p| !p.is_word());
            if t.is_word() && t.cap && (headline || first_word) && (common(t) || before_plural_verb(tokens, i)) && !t.is(TITLE_BEFORE_NAME) {
                tokens[i].cap = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{parse, Lexicon};
    use crate::source::Prose;

    fn caps(text: &str) -> Vec<(String, bool)> {
        let parsed = parse(text, &Prose::plain(text), crate::parse::lexicon::lexicon() as &Lexicon);
        parsed.tokens.iter().filter(|t| t.is_word()).map(|t| (t.span.of(text).to_string(), t.cap)).collect()
    }

    #[test]
    fn sentence_starts_are_names_only_when_nothing_says_otherwise() {
        let got = caps("Officials said so. Okafor said so. Harbour staff agreed, as harbour staff do.");
        assert_eq!(got[0], ("Officials".into(), false));
        assert_eq!(got[3], ("Okafor".into(), true));
        assert_eq!(got[6], ("Harbour".into(), false));
    }
}
