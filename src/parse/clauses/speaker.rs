//! Whether a phrase read as a speaker can speak for the verb: agreement
//! in number (`critics say`, not `the minister's latest request`), no
//! expletive behind a verb of thought, a verb that may invert (`said
//! Peskov`) and what may follow its speaker, and the verbs of impression
//! that name nobody. The readings ask these of every speaker they find;
//! where the speaker is found is in `subject`, `openers`, `gap`,
//! `coordination`, `loose_subject` and `passive_agent`.

use super::*;

/// The verb agrees with its speaker: `critics say`, `the ministry says`,
/// `she will say`; not `the minister's latest request`, where the "verb" is
/// a noun. `gap_start` is where the words between speaker and verb begin.
pub(super) fn agrees(c: Ctx<'_>, source: &Mention, verb: Verb, gap_start: usize, cue: usize) -> bool {
    // A past form agrees with any speaker: the tests below are asked only
    // of the forms they decide (most cues are past forms, `said`).
    if !matches!(verb.form, VerbForm::Base | VerbForm::Third) {
        return true;
    }
    let head = &c.tokens[source.head as usize];
    let auxiliary = || c.tokens[gap_start..cue].iter().any(|t| t.is(GAP) && !c.word(t).ends_with("ly"));
    let plural = || {
        source.kind == mentions::MentionKind::Group
            || head.is(THEY | FIRST_PERSON | SECOND_PERSON | GROUP | ORG)
            || (head.is(ANONYMOUS) && !c.is_word(head, "source") && !c.is_word(head, "official") && !c.is_word(head, "aide"))
            || mentions::plural_noun(c.word(head))
            || (c.word(head).ends_with("is") && c.lex.in_list("plurals-in-is", c.word(head)))
            // `data show` and `data shows` alike.
            || c.lex.in_list("nouns-of-either-number", c.word(head))
            || c.tokens[source.first_token as usize..source.end_token as usize].iter().any(|t| c.is_word(t, "and"))
    };
    // `the statement read`: a verb whose past is its base form.
    let past_too = || c.lex.lemma(verb.lemma) == "read";
    match verb.form {
        VerbForm::Base => plural() || auxiliary() || past_too(),
        _ => !head.is(THEY | FIRST_PERSON | SECOND_PERSON) || auxiliary(),
    }
}

/// Verbs of thought and stance need a person or organisation behind them;
/// `it seems` and `there appears` attribute nothing.
pub(super) fn acceptable_speaker(c: Ctx<'_>, source: &Mention, verb: Verb) -> bool {
    let first = &c.tokens[source.first_token as usize];
    let expletive = c.is_word(first, "it") || c.is_word(first, "there");
    !(expletive && verb.class != VerbClass::Speech)
}

/// `said Peskov`, `say critics` is possible for speech verbs that take no object.
pub(super) fn invertible(t: &Token, verb: Verb) -> bool {
    verb.class == VerbClass::Speech && !t.is(TRANSITIVE) && verb.form != VerbForm::Ing
}

/// What may follow the speaker of `said Ruiz`: the sentence's end, a comma,
/// a setting (`in a statement`, `on Monday`) or `who`. A verb after it
/// (`…, said the plan could fail`) makes the phrase the subject of what
/// was said, not the speaker.
pub(super) fn ends_inverted_speaker(c: Ctx<'_>, rest: Forward<'_>) -> bool {
    // `said a source involved in the talks`, `said the chief known as
    // Red`, `wrote a man calling himself Pat`: a participle describing the
    // speaker.
    let described = |t: &Token| {
        let w = c.word(t);
        let participle = w.ends_with("ed") || w == "known";
        (participle && rest.get(1).is_some_and(|n| n.is(PREPOSITION))) || (w.ends_with("ing") && w.len() > 5 && !t.cap())
    };
    rest.first().is_none_or(|t| !t.is_word() || t.is(PREPOSITION | CONJUNCTION | TIME | RELATIVE) || c.word(t).ends_with("ly") || described(t))
}

/// Verbs that report the writer's impression and name nobody: `it seems`,
/// `Trump appeared unmoved`.
pub(super) fn impersonal(c: Ctx<'_>, verb: Verb) -> bool {
    let lemma = c.lex.lemma(verb.lemma);
    lemma == "seem" || lemma == "appear"
}

#[cfg(test)]
mod tests {
    use super::super::tests::names_of;

    #[test]
    fn a_bare_mass_noun_of_evidence_says_and_data_takes_either_number() {
        assert_eq!(names_of("Data show that the fares doubled."), [("show".into(), Some("Data".into()))]);
        assert_eq!(names_of("But early tide data suggests that the pier flooded."), [("suggests".into(), Some("tide data".into()))]);
        // `polling` takes one number: `decline` here is a noun.
        assert!(names_of("Her recent polling decline in Dover has worried allies.").iter().all(|(cue, _)| cue != "decline"));
    }

    #[test]
    fn a_plural_in_is_agrees_with_a_base_form() {
        let got = names_of("\"The pier stays shut,\" the Israelis state in the memo.");
        assert_eq!(got, [("state".into(), Some("Israelis".into()))]);
        assert_eq!(names_of("The Sunnis insist that the pier stays shut."), [("insist".into(), Some("Sunnis".into()))]);
    }

    /// A past form agrees with any speaker, and is answered before the
    /// number tests; a base form still needs a plural speaker or an
    /// auxiliary, and a form in -s a speaker that is no `they` or `I`.
    #[test]
    fn only_base_and_third_forms_are_tested_for_agreement() {
        assert_eq!(names_of("The ferry captain insisted that the pier stays shut."), [("insisted".into(), Some("ferry captain".into()))]);
        assert_eq!(names_of("The ferry crews insisted that the pier stays shut."), [("insisted".into(), Some("ferry crews".into()))]);
        assert_eq!(names_of("The ferry crews insist that the pier stays shut."), [("insist".into(), Some("ferry crews".into()))]);
        assert_eq!(names_of("The ferry captain will insist that the pier stays shut."), [("insist".into(), Some("ferry captain".into()))]);
        assert!(names_of("The ferry captain insist that the pier stays shut.").iter().all(|(_, who)| who.as_deref() != Some("ferry captain")));
        assert!(names_of("They insists that the pier stays shut.").iter().all(|(_, who)| who.as_deref() != Some("They")));
    }
}
