//! Passives and their agents: whether a participle follows a form of *be*
//! (`was asked`, `it's expected`, `can be found`), and who is named to
//! have made the report, after `by` (`was called "a disgrace" by the
//! mayor`) or in a document (`was named in court filings`).

use nom::Parser;

use super::*;

/// `was asked`, `is expected`, `were told`: a participle after a form of *be*.
pub(super) fn passive(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    passive_auxiliary(c, sentence, i).is_some()
}

/// `can be found`, `is certain to be challenged`: a passive after the bare
/// form *be*, a report that may or may not come. So is one after `being`
/// with no other *be* before it (`missions being considered`, `without
/// being told`): 16 of 24 such cues on train were none.
pub(super) fn unrealised_passive(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    passive_auxiliary(c, sentence, i).is_some_and(|k| c.is_word(&c.tokens[k], "be") || c.is_word(&c.tokens[k], "being"))
}

/// Where the form of *be* of a passive stands.
fn passive_auxiliary(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<usize> {
    let verb = c.tokens[i].info().verb.filter(|v| v.form == VerbForm::Past)?;
    // `he's said`, `who's argued`: before a verb of speech or stance `'s`
    // is *has*; `it's expected`, `it's known` are passives. So is it before
    // `wanted` after a subject pronoun (`he's wanted to run since …`).
    let has = matches!(verb.class, VerbClass::Speech | VerbClass::Stance);
    let want = c.lex.lemma(verb.lemma) == "want";
    // `being` alone is the auxiliary when no other form of *be* precedes.
    let mut being = None;
    let inside = c.lex.list("words-inside-a-passive");
    let mut j = i;
    while j > sentence.first as usize {
        j -= 1;
        let t = &c.tokens[j];
        // `is increasingly seen as`, `was formally nominated`, `is now
        // deemed`: an adverb in -ly may stand between, but for those that
        // make a habit of it (`are typically reported`), which state the
        // writer's generalisation rather than a report.
        let adverb = mentions::ly_adverb(c, t) && !c.lex.list("habitual-adverbs").iter().any(|w| c.is_word(t, w));
        // `being`, the forms of *be* and the words inside a passive are all
        // gap words («function-words» [gap]): others are not compared.
        let gap_word = t.is(GAP);
        if gap_word && c.is_word(t, "being") {
            being = being.or(Some(j));
            continue;
        }
        if adverb || (gap_word && inside.iter().any(|w| c.is_word(t, w))) {
            continue;
        }
        let contracted = c.is_word(t, "'s") || c.is_word(t, "’s");
        let wanted = want && j > 0 && subject_pronoun(c, &c.tokens[j - 1]);
        let be = (gap_word && be_form(c, t)) || (contracted && !has && !wanted);
        return if be { Some(j) } else { being };
    }
    being
}

/// A form of *be* (`grammar/clause-words.txt` [be-forms]), negatives
/// written as one word with it.
pub(super) fn be_form(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && c.lex.in_list("be-forms", c.word(t))
}

/// `was called "a disgrace" by the mayor`: the speaker of a passive report,
/// named after `by` within a few words of the verb.
pub(super) fn agent(c: Ctx<'_>, sentence: &Sentence, from: usize) -> Option<Mention> {
    let (by, source) = by_phrase(c, sentence, from)?;
    // `was asked at a dinner held by the Gazette`, `to play by the
    // rules`: a verb between makes the `by` that verb's.
    (!(from..by).any(|k| verb_between(c, &c.tokens[k]))).then_some(source)
}

/// The first `by` within twelve tokens of `from` and the speaker it
/// names, whichever verb it belongs to: someone named to make a report
/// that may come (`could be read in filings sent by the fund`).
pub(super) fn by_phrase(c: Ctx<'_>, sentence: &Sentence, from: usize) -> Option<(usize, Mention)> {
    let end = (from + 12).min(sentence.end as usize);
    let by = (from..end).find(|&i| c.tokens[i].depth == 0 && c.is_word(&c.tokens[i], "by"))?;
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, by + 1, sentence.end as usize)).ok()?;
    // `responded by saying Japan …`, `objected by hitting Ruiz`: a gerund
    // after `by` tells how, and the name after it is its object, no agent
    // (`by striking pilots` keeps its -ing word inside the phrase).
    let gerund = source.first_token as usize > by + 1 && c.tokens.get(by + 1).is_some_and(|t| t.is_word() && !t.cap() && c.word(t).ends_with("ing"));
    let someone = !gerund
        && matches!(
            source.kind,
            mentions::MentionKind::Person | mentions::MentionKind::Organisation | mentions::MentionKind::Group | mentions::MentionKind::Anonymous
        );
    someone.then_some((by, source))
}

/// `was named this week in court filings`, `was listed in a port report`: a
/// passive with no `by` tells its report in a document (one of «clause-words»
/// [documents-that-tell]) after `in`, at most three words of time or manner
/// after the cue; the document is its source.
pub(super) fn document_told_in(c: Ctx<'_>, sentence: &Sentence, cue_end: usize) -> Option<Mention> {
    let end = sentence.end as usize;
    let circumstance = |t: &Token| t.is(TIME) || t.kind == TokenKind::Number || mentions::ly_adverb(c, t) || c.is_word(t, "last") || c.is_word(t, "this");
    let skip = (cue_end..(cue_end + 3).min(end)).take_while(|&k| circumstance(&c.tokens[k])).count();
    let at = cue_end + skip;
    if at >= end || !c.is_word(&c.tokens[at], "in") {
        return None;
    }
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, at + 1, end)).ok()?;
    c.lex.in_list("documents-that-tell", c.word(&c.tokens[source.head as usize])).then_some(source)
}

/// A lower-case verb form, known or in -ed, that is no auxiliary.
fn verb_between(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && !t.cap() && !t.is(GAP) && (t.info().verb.is_some() || mentions::ed_form(c, t))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{names_of, parse, LEDE};
    use crate::parse::ClauseShape;

    #[test]
    fn the_words_of_a_passives_auxiliary_are_gap_words_in_any_case() {
        use super::{Token, GAP};
        let lex = crate::parse::lexicon::lexicon();
        let words: Vec<&str> = lex.list("be-forms").iter().chain(lex.list("words-inside-a-passive")).chain(&["being"]).copied().collect();
        let line = words.join(" ");
        let capitalised: Vec<String> = words.iter().map(|w| w[..1].to_uppercase() + &w[1..]).collect();
        let text = format!("Harbour Notes\n\n{line}. {}. {}.", capitalised.join(" "), line.to_uppercase());
        let parsed = crate::parse::parse(&text, &crate::source::Prose::plain(&text), lex);
        let c = parsed.ctx(&text, lex);
        let listed = |t: &&Token| words.iter().any(|w| c.is_word(t, w));
        let found: Vec<&Token> = parsed.tokens.iter().filter(listed).collect();
        assert_eq!(found.len(), 3 * words.len());
        assert!(found.iter().all(|t| t.is(GAP)), "{:?}", found.iter().filter(|t| !t.is(GAP)).map(|t| c.word(t)).collect::<Vec<_>>());
    }

    #[test]
    fn a_contracted_has_before_wanted_after_a_subject_pronoun() {
        let got = names_of("This is the job he's wanted to win since he was a boy.");
        assert!(got.contains(&("wanted".to_string(), Some("he".to_string()))), "{got:?}");
    }

    #[test]
    fn a_by_after_another_verb_names_no_agent() {
        let got = parse(&format!("{LEDE}The skipper was asked during an interview published on Monday by the Gazette about the fares."));
        let asked = got.iter().find(|c| c.0 == "asked").expect("asked is a cue");
        assert_eq!(asked.1, None, "{got:?}");
    }

    #[test]
    fn a_gerund_after_by_names_no_agent() {
        let got = names_of("The minister responded by praising Ruiz for the new ferry.");
        assert!(!got.iter().any(|(_, who)| who.as_deref() == Some("Ruiz")), "{got:?}");
        // An -ing word inside the phrase after `by` keeps its agent.
        let got = names_of("The toll was called unfair by striking pilots.");
        assert!(got.contains(&("called".to_string(), Some("striking pilots".to_string()))), "{got:?}");
    }

    #[test]
    fn an_adverb_between_be_and_the_participle_keeps_the_passive() {
        for text in ["The pier is increasingly seen as a risk.", "The ferry was formally named Astrid.", "Holm isn’t expected to attend."] {
            let got = parse(&format!("{LEDE}{text}"));
            assert_eq!((got[0].1.as_deref(), got[0].2), (None, ClauseShape::Passive), "{text}: {got:?}");
        }
        // An adverb of habit makes no passive report of it.
        let got = parse(&format!("{LEDE}Tolls are typically reported in ranges."));
        assert_ne!(got[0].2, ClauseShape::Passive, "{got:?}");
    }
}
