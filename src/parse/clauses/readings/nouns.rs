//! Cues spelt as nouns of report (`his criticism of`, `new questions
//! about`): whose report a noun is depends on the word before it, a
//! possessive that owns it, a verb of receiving that takes it, or an
//! adjective that describes it. Split from the other readings because
//! these read no verb at all.

use std::ops::ControlFlow::Continue;

use super::*;

/// `his criticism of the tolls`: a noun of report (a phrase cue that is no
/// verb) straight after a possessive is its owner's; see `possessor`.
/// `his call for` is no report of its own (6 of 17 on train).
pub(super) fn noun_of_report(cue: &Cue<'_>) -> Reading {
    if cue.phrase.is_none() || cue.c.tokens[cue.i].is(CUE) {
        return Continue(());
    }
    match possessor(cue.c, cue.sentence, cue.i) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None if received(cue) => cue.read(ClauseShape::NoSpeaker, None),
        None => Continue(()),
    }
}

/// How many words (articles, adjectives, adverbs; no preposition: `received
/// after filing a suit`) may stand between a verb of receiving and the noun
/// of report it takes (`faced sharp public criticism`).
const RECEIVED_REACH: usize = 3;

/// `Okafor faced criticism for the fares`, `the plan drew sharp criticism
/// over …`: a noun of report that is the object of a verb of receiving
/// («clause-words» [verbs-of-receiving]) is what others said of the
/// subject, who is no source; the annotation names none (on train the
/// sentence's subject, read before, was the source of 6 such cues, the
/// gold's of none).
fn received(cue: &Cue<'_>) -> bool {
    let Cue { c, sentence, i, .. } = *cue;
    let first = sentence.first as usize;
    let verbs = c.lex.list("verbs-of-receiving");
    (first.max(i.saturating_sub(RECEIVED_REACH))..i)
        .rev()
        .take_while(|&k| c.tokens[k].is_word() && c.tokens[k].depth == 0 && !c.tokens[k].is(PREPOSITION))
        .any(|k| verbs.iter().any(|w| c.is_word(&c.tokens[k], w)))
}

/// `raised new questions about`, `we heard few calls for`, `no
/// serious calls to`: a cue spelt as a plural noun straight after an
/// attributive adjective («clause-words» [attributive-adjectives]) is that
/// noun, which the annotation marks as a report with no source named; the
/// words before are no subject of it. So is one of «plural-cues-after-a-verb»
/// straight after a verb or preposition (`faced questions about`,
/// `respond to questions about`): the one who faces them did not ask. After a possessive (`Okafor's false
/// claims`) the owner is the source, as `noun_of_report` reads it.
pub(super) fn noun_after_adjective(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, prev, .. } = *cue;
    // Most cues are no plural noun, and are turned away before either
    // word list is looked up.
    let plural = verb.form == VerbForm::Third && mentions::plural_noun(c.word(&c.tokens[i]));
    if !plural {
        return Continue(());
    }
    let after_adjective = prev.is_some_and(|p| !p.cap() && c.lex.in_list("attributive-adjectives", c.word(p)));
    let after_verb_or_preposition = c.lex.in_list("plural-cues-after-a-verb", c.word(&c.tokens[i]))
        && prev.is_some_and(|p| !p.cap() && (p.is(PREPOSITION) || verbal(c, p) || c.word(p).ends_with("ing")));
    if !(after_adjective || after_verb_or_preposition) {
        return Continue(());
    }
    match possessor(c, sentence, i - 1) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None => cue.finish(cue.clause()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::sources;

    #[test]
    fn a_noun_of_report_after_a_verb_of_receiving_has_no_source() {
        let got = sources("The ferry resumed service.\n\nOkafor faced sharp criticism for the night fares.");
        assert_eq!(got, [("criticism for".to_string(), None)]);
        let got = sources("The ferry resumed service.\n\nThe timetable has drawn criticism over its early sailings.");
        assert_eq!(got, [("criticism over".to_string(), None)]);
        // After a possessive the owner's; a verb of receiving before a
        // preposition takes nothing after it.
        let got = sources("The ferry resumed service.\n\nHolm softened her criticism of the night fares.");
        assert_eq!(got, [("criticism of".to_string(), Some("Holm".to_string()))]);
        let got = super::super::super::tests::parse("The ferry resumed service.\n\nThe pilots union received them after filing a complaint against the board.");
        assert!(got.iter().any(|(cue, _, shape, _)| cue == "filing a" && *shape != super::ClauseShape::NoSpeaker), "{got:?}");
    }

    #[test]
    fn only_a_cue_spelt_as_a_plural_noun_is_read_as_one_after_an_adjective() {
        // A plural noun after an adjective: a report with no source named.
        let got = sources("The ferry resumed service.\n\nThe board faced new questions about the pier.");
        assert_eq!(got, [("questions about".into(), None)]);
        // A verb in the past or the base form after `few` or `many` is the
        // verb of its subject, turned away before the word lists are read.
        let got = sources("The ferry resumed service.\n\nFew pilots claimed the pier was safe.");
        assert_eq!(got, [("claimed".into(), Some("Few pilots".into()))]);
        let got = sources("The ferry resumed service.\n\nMany pilots claim the pier is safe.");
        assert_eq!(got, [("claim".into(), Some("Many pilots".into()))]);
    }

    #[test]
    fn questions_after_a_verb_or_preposition_name_no_source() {
        let got = sources("The ferry resumed service.\n\nThe vote came amid questions about the tolls.");
        assert_eq!(got, [("questions about".into(), None)]);
        let got = sources("The ferry resumed service.\n\nOkafor has faced questions about her fares.");
        assert_eq!(got, [("questions about".into(), None)]);
    }

    #[test]
    fn a_plural_noun_cue_after_an_attributive_adjective_names_no_source() {
        let got = sources("The ferry resumed service.\n\nThe audit raised new questions about pier safety.");
        assert_eq!(got, [("questions about".into(), None)]);
        let got = sources("The ferry resumed service.\n\nSo far we heard no serious calls to shut the pier.");
        assert_eq!(got, [("calls".into(), None)]);
        let got = sources("The ferry resumed service.\n\nThe vote followed Okafor's false claims that the pier was safe.");
        assert!(got.iter().any(|(cue, source)| cue == "claims" && source.as_deref() == Some("Okafor")), "{got:?}");
    }
}
