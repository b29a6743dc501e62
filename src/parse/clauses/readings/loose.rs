//! The looser readings, tried last: a verb after `and` that shares the
//! subject before it, a subject the noun-phrase grammar cannot read, the
//! sentence's subject across an aside, and *say* after a count (`About 4
//! in 10 say`). Each gives a speaker only where the main readings found
//! none.

use std::ops::ControlFlow::{Break, Continue};

use super::*;

/// `Holm thanked the crew and said …`: see `coordinated_subject`.
pub(super) fn coordinated(cue: &Cue<'_>) -> Reading {
    match coordinated_subject(cue.c, cue.sentence, cue.i) {
        Some(source) => cue.read(ClauseShape::SpeakerFirst, Some(source)),
        None => Continue(()),
    }
}

/// `officials who spoke with the Post said`: see `loose_subject`.
pub(super) fn loose(cue: &Cue<'_>) -> Reading {
    match loose_subject(cue.c, cue.sentence, cue.i, cue.verb) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None => Continue(()),
    }
}

/// A verb that takes an object (`the notice, quoted in full`) is a
/// participle after an aside, and not reported; `Dale, moved by the
/// crew's story, told them …` has its object, and so is the sentence's
/// verb (see `object_follows`).
fn participle_after_aside(cue: &Cue<'_>) -> bool {
    cue.c.tokens[cue.i].is(TRANSITIVE) && !object_follows(cue.c, cue.verb, cue.sentence, cue.end) && !that_clause_follows(cue)
}

/// `…, proposed that the fees rise`: a clause in `that` is the object of a
/// finite verb, which a participle would not take (`approved that year`
/// is a time).
fn that_clause_follows(cue: &Cue<'_>) -> bool {
    let after = cue.c.tokens.get(cue.end + 1).filter(|_| cue.end + 1 < cue.sentence_end());
    cue.next_is(&["that"]) && after.is_some_and(|t| t.is_word() && !t.is(TIME))
}

/// `there were nine reported fires`, `the reported talks`: a past form
/// straight after a count or an article describes the noun after it, as
/// an adjective does; the sentence's subject did not report it.
fn counted_before(cue: &Cue<'_>) -> bool {
    let c = cue.c;
    // (`one called …` names a thing: `one` stands for a noun there.)
    let count = |p: &Token| p.kind == TokenKind::Number || (mentions::number_word(c, p) && !c.is_word(p, "one"));
    let counted = cue.prev.is_some_and(|p| count(p) || (p.is(DETERMINER) && !p.is(PRONOUN) && !c.is_word(p, "one")));
    // `43 said the same`: a count before a verb and its object is its subject.
    let noun_after = c.tokens.get(cue.end).filter(|_| cue.end < cue.sentence_end()).is_some_and(|n| mentions::nominal(c, n) && !n.is(GAP | PREPOSITION));
    cue.phrase.is_none() && counted && noun_after
}

/// `said` with no speaker found is still a cue (`states` or `points` with
/// none is a plural noun). `The group's chief, Kim Fritts, said`,
/// `Eastland, wearing a cowboy hat, said`: asides the speaker grammar
/// cannot read; the sentence's subject says it, unless the verb is a
/// participle.
pub(super) fn said_after_aside(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, .. } = *cue;
    if verb.class != VerbClass::Speech || verb.form != VerbForm::Past || counted_before(cue) {
        return Continue(());
    }
    let near = |s: &Mention| s.kind != mentions::MentionKind::Pronoun || i - (s.end_token as usize) < 3;
    let subject = (!participle_after_aside(cue)).then(|| sentence_subject(c, sentence, i)).flatten().filter(near);
    // `she urged the council to act, proposed …`: see `listed_subject`.
    let listed = || (!participle_after_aside(cue)).then(|| listed_subject(c, sentence, i)).flatten();
    if let Some(subject) = subject.or_else(listed) {
        return cue.read(ClauseShape::SpeakerFirst, Some(subject));
    }
    // `Of the voters, 43 said …`: see `counted_speakers`.
    match counted_speakers(c, sentence, i, verb) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None => cue.finish(cue.clause()),
    }
}

/// `Dulles, his future secretary of State, criticized …`: after an aside
/// the grammar cannot read, any past or third-person verb takes the
/// sentence's subject, as a past speech verb does above. `…, compared with
/// 41 percent` compares figures and reports nothing.
pub(super) fn verb_after_aside(cue: &Cue<'_>) -> Reading {
    let comparison = cue.c.tokens.get(cue.end).is_some_and(|n| cue.c.is_word(n, "with") || cue.c.is_word(n, "to"));
    let after_comma = cue.prev.is_some_and(|p| p.is_punct(','));
    if !matches!(cue.verb.form, VerbForm::Past | VerbForm::Third | VerbForm::Base) || !after_comma || participle_after_aside(cue) || comparison {
        return Continue(());
    }
    // `Pilots at the pier, who sailed all year, say …`: a base form takes a
    // plural subject; `, say, five` is an aside, not a report.
    let aside = cue.c.tokens.get(cue.end).is_some_and(|n| n.is_punct(','));
    let fits = |s: &Mention| cue.verb.form != VerbForm::Base || (!aside && agrees(cue.c, s, cue.verb, cue.i, cue.i));
    match sentence_subject(cue.c, cue.sentence, cue.i).filter(|s| s.kind != mentions::MentionKind::Pronoun && fits(s)) {
        Some(subject) => cue.read(ClauseShape::SpeakerFirst, Some(subject)),
        None => Continue(()),
    }
}

/// `About 4 in 10 say`: *say* is never a plural noun; see `say_speaker`.
pub(super) fn say_with_count(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, .. } = *cue;
    if c.lex.lemma(verb.lemma) != "say" || !matches!(verb.form, VerbForm::Third | VerbForm::Base) {
        return Continue(());
    }
    let Some(source) = say_speaker(c, sentence, i) else { return Break(None) };
    let mut clause = cue.clause();
    if let Some(source) = source {
        clause.tokens.0 = source.first_token;
        clause.shape = ClauseShape::SpeakerFirst;
        clause.source = Some(source);
    }
    cue.finish(clause)
}

#[cfg(test)]
mod tests {
    use super::super::tests::sources;

    #[test]
    fn a_past_form_between_a_count_and_its_noun_reports_nothing() {
        let got = sources("The ferry resumed service.\n\nOne pilot was hurt, and there were just nine reported fires.");
        assert!(got.iter().all(|(cue, _)| cue != "reported"), "{got:?}");
        // A count before the verb and an article is its subject.
        let got = sources("The ferry resumed service.\n\nOf the pilots, 43 said the fares were too high.");
        assert!(got.iter().any(|(cue, _)| cue == "said"), "{got:?}");
    }

    #[test]
    fn a_speech_verb_listed_after_a_clause_shares_its_subject() {
        let got = sources("The ferry resumed service.\n\nShe urged the council to act on the fees, proposed that more boats be bought, and pushed for a vote.");
        let proposed = got.iter().find(|(cue, _)| cue == "proposed").expect("a cue at proposed");
        assert_eq!(proposed.1.as_deref(), Some("She"));
    }

    #[test]
    fn a_plural_subject_before_an_aside_says_a_base_form_after_it() {
        let got = sources("The ferry resumed service.\n\nPilots at the pier, who earned more last year, say the boats are old.");
        assert_eq!(got, [("say".into(), Some("Pilots".into()))]);
        let got = sources("The ferry resumed service.\n\nCrossing by ferry is slower than, say, flying over the strait.");
        assert!(got.iter().all(|(_, source)| source.is_none()), "{got:?}");
    }
}
