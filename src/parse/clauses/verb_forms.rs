//! Whether a verb's form is read as a verb here: not a noun after an
//! article (`the report`), an infinitive (`to say`), a name in capitals
//! (`the Washington Post`), an adjective (`pledged delegates`) or a
//! naming (`a program called Safe Harbour`); and the small tests of a
//! word as a verb and of the object after one.

use super::*;

/// `released`, `has drawn`, `sent`: a lower-case word that reads as a verb.
pub(super) fn verbal(c: Ctx<'_>, t: &Token) -> bool {
    let lower = t.is_word() && !t.cap() && !t.is(FUNCTION | DETERMINER | PRONOUN);
    lower && (t.info().verb.is_some() || mentions::ed_form(c, t) || c.lex.list("irregular-verb-forms").iter().any(|w| c.is_word(t, w)))
}

/// `told her`, `called the plan …`: a word after a verb that opens its
/// object (not a preposition, time, adverb or punctuation, as after the
/// participle in `the notice, quoted in full,`).
/// A naming verb before anything but a pronoun names (`a newsletter,
/// called the "Wire,"`).
pub(super) fn object_follows(c: Ctx<'_>, verb: Verb, sentence: &Sentence, at: usize) -> bool {
    let naming = c.lex.in_list("naming-verbs", c.lex.lemma(verb.lemma));
    c.tokens.get(at).filter(|_| at < sentence.end as usize).is_some_and(|t| {
        if naming {
            return c.lex.list("object-pronouns").iter().any(|w| c.is_word(t, w));
        }
        let adverb = c.word(t).ends_with("ly") && !t.cap();
        t.is_word() && !t.is(PREPOSITION | TIME | CONJUNCTION | RELATIVE) && !adverb
    })
}

/// False where the verb's form reads as a noun or an adjective: `the report`,
/// `his claims`, `the so-called`, `to say`, `the Washington Post`.
/// Words before a verb's form that make it a noun (`the report`, `his
/// claims`).
const ARTICLES: [&str; 13] = ["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those"];

pub(super) fn verbal_reading(c: Ctx<'_>, sentence: &Sentence, prev: Option<&Token>, i: usize, verb: Verb) -> bool {
    let t = &c.tokens[i];
    // A capitalised verb is a name (`the Washington Post`) unless it opens the
    // sentence or stands in a headline, where every word is capitalised.
    let sentence_start = i == sentence.first as usize || prev.is_some_and(|p| p.is_mark() || p.is_punct('('));
    if t.cap() && !sentence_start && !c.is_headline(t) {
        return false;
    }
    let Some(prev) = prev else { return verb.form != VerbForm::Base };
    // Each article is a determiner or a possessive («function-words»):
    // other words are not compared with the thirteen.
    let article = prev.kind == TokenKind::Possessive || (prev.is(DETERMINER | POSSESSIVE) && ARTICLES.iter().any(|w| c.is_word(prev, w)));
    if article {
        return false;
    }
    let infinitive = c.is_word(prev, "to") && verb.form == VerbForm::Base;
    // `758 pledged delegates`, `of pledged delegates`: a participle between
    // a number or a preposition and a plural noun describes the noun.
    let adjective = verb.form == VerbForm::Past
        && (prev.kind == TokenKind::Number || prev.is(PREPOSITION))
        && c.tokens.get(i + 1).is_some_and(|n| n.is_word() && !n.cap() && n.info().flags == 0 && mentions::plural_noun(c.word(n)));
    // `a program called Safe Harbour`: a naming verb after an indefinite
    // noun phrase names the thing; nobody reports anything.
    // The list is looked up last of the word tests: most past forms follow
    // a name or a pronoun, which no noun test passes.
    let naming = verb.form == VerbForm::Past
        && prev.is_word()
        && !prev.cap()
        && mentions::nominal(c, prev)
        && !mentions::plural_noun(c.word(prev))
        && c.lex.in_list("naming-verbs", c.lex.lemma(verb.lemma))
        && (1..5).filter_map(|k| i.checked_sub(k + 1)).take_while(|&j| j >= sentence.first as usize).find_map(|j| {
            let t = &c.tokens[j];
            if mentions::indefinite(c, t) {
                Some(true)
            } else if mentions::nominal(c, t) && !t.cap() {
                None
            } else {
                Some(false)
            }
        }) == Some(true);
    !infinitive && !adjective && !naming
}

#[cfg(test)]
mod tests {
    use super::super::tests::{parse, LEDE};
    use super::*;

    #[test]
    fn every_article_before_a_verb_is_a_determiner_or_a_possessive_in_any_case() {
        let text = "Harbour Notes\n\nthe a an his her their its my our your this these those. \
            The A An His Her Their Its My Our Your This These Those. THE A AN HIS HER THEIR ITS MY OUR YOUR THIS THESE THOSE.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let c = parsed.ctx(text, lex);
        let articles = parsed.tokens.iter().filter(|t| ARTICLES.iter().any(|w| c.is_word(t, w))).collect::<Vec<_>>();
        assert_eq!(articles.len(), 39);
        assert!(articles.iter().all(|t| t.is(DETERMINER | POSSESSIVE)));
    }

    #[test]
    fn nouns_and_infinitives_are_not_cues() {
        let got = parse(&format!("{LEDE}The report was late. She declined to say more."));
        assert!(got.iter().all(|c| c.0 != "report" && c.0 != "say"), "{got:?}");
    }

    /// The naming test asks its list only after the word before the verb
    /// is a lower-case noun: `a ferry called …` names a thing, `Holm
    /// called …` and `she called …` may report.
    #[test]
    fn a_naming_verb_after_an_indefinite_noun_names_a_thing() {
        let got = parse(&format!("{LEDE}Okafor sailed on a ferry called Northern Star."));
        assert!(got.iter().all(|c| c.0 != "called"), "{got:?}");
        let got = parse(&format!("{LEDE}Okafor called the tolls a disgrace."));
        assert_eq!(got[0].0, "called", "{got:?}");
        let got = parse(&format!("{LEDE}She called the tolls a disgrace."));
        assert_eq!(got[0].0, "called", "{got:?}");
    }

    #[test]
    fn pledged_delegates_are_delegates() {
        let got = parse(&format!("{LEDE}Okafor won most of the pledged delegates. PLEDGED DELEGATES: 40."));
        assert!(got.iter().all(|c| !c.0.eq_ignore_ascii_case("pledged")), "{got:?}");
        let got = parse(&format!("{LEDE}Okafor pledged to cut the tolls."));
        assert_eq!(got[0].0, "pledged");
    }
}
