//! The readings that rule a cue out: a verb whose object is no report, a
//! thought denied, advice, the writer's set phrases (`That said,`), a
//! sense of the word that reports nothing (`voted on Sunday`), and a
//! verb's form read as a noun (`the report`). They come early in the
//! grammar's order, so that no later reading finds a speaker for a cue
//! that is none.

use std::ops::ControlFlow::{Break, Continue};

use super::*;

/// A verb that reports nothing here: an object that is no report, a
/// thought denied (`I didn't know`), advice or a possibility (`riders
/// should remember`).
pub(super) fn ruled_out(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, phrase, .. } = *cue;
    let denied = phrase.is_none() && verb.class == VerbClass::Thought && verb.form == VerbForm::Base && negated(c, sentence, i);
    let out = !reports_what_follows(c, sentence, end, phrase, verb)
        || denied
        || (verb.class != VerbClass::Speech && hypothetical(c, sentence, i))
        || discourse_marker(cue)
        || not_a_report(cue);
    if out {
        Break(None)
    } else {
        Continue(())
    }
}

/// `That said, …`, `Enough said.`, `as mentioned above`: set phrases of
/// the writer's that report nothing (on train 7 of 8 such cues were none).
fn discourse_marker(cue: &Cue<'_>) -> bool {
    let Cue { c, sentence, i, end, prev, .. } = *cue;
    if cue.phrase.is_some() {
        return false;
    }
    let next = c.tokens.get(end).filter(|_| end < sentence.end as usize);
    let prev_is = |w: &str| prev.is_some_and(|p| c.is_word(p, w));
    let next_is = |w: &str| next.is_some_and(|n| c.is_word(n, w));
    let said = c.is_word(&c.tokens[i], "said");
    let opens = i == sentence.first as usize + 1;
    let that_said = said && opens && prev_is("that") && next.is_some_and(|n| n.is_punct(','));
    let enough_said = said && prev_is("enough") && next.is_none_or(|n| !n.is_word());
    let as_above = prev_is("as") && ["above", "below", "earlier"].iter().any(|w| next_is(w));
    that_said || enough_said || as_above
}

/// A single cue word read in a sense that reports nothing (`millions
/// voted on Sunday`, `no known ties`, `about alleged fraud`): see `senses`.
fn not_a_report(cue: &Cue<'_>) -> bool {
    let Cue { c, sentence, i, end, .. } = *cue;
    cue.phrase.is_none() && end == i + 1 && super::super::senses::no_report_sense(c, sentence, i, c.lex.lemma(cue.verb.lemma))
}

/// `the report`, `his claims`, `to say`: a verb's form read as a noun or an
/// adjective is no cue.
pub(super) fn nominal(cue: &Cue<'_>) -> Reading {
    if cue.phrase.is_none() && !verbal_reading(cue.c, cue.sentence, cue.prev, cue.i, cue.verb) {
        return Break(None);
    }
    Continue(())
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::cues_of;
    use super::super::tests::cues;

    #[test]
    fn a_vote_with_no_choice_named_is_no_report() {
        assert!(cues("Thousands of pilots voted on Sunday.").is_empty());
        assert!(cues("Most crews have already voted, the union said.").iter().all(|c| c != "voted"));
        assert_eq!(cues("The council voted for the new tolls."), ["voted"]);
        assert_eq!(cues("The board voted in favor of the plan."), ["voted"]);
    }

    #[test]
    fn known_as_an_adjective_or_of_acquaintance_is_no_report() {
        assert!(cues("The skipper had no known ties to the council.").is_empty());
        assert!(cues("Ines Okafor has known the mayor since 1990.").is_empty());
        assert!(cues("Pilots made their views known at the meeting.").is_empty());
        assert_eq!(cues("The harbour is known for its ferries."), ["known"]);
    }

    #[test]
    fn continued_as_an_adjective_and_a_decided_contest_are_no_reports() {
        assert!(cues("The mayor stressed broad support for continued engagement.").iter().all(|c| c != "continued"));
        assert!(cues("The race for harbour master was decided by a runoff.").is_empty());
        assert_eq!(cues("Okafor continued to criticise the tolls."), ["continued"]);
        assert_eq!(cues("The council decided to raise the tolls."), ["decided"]);
    }

    #[test]
    fn so_called_as_two_words_is_no_naming() {
        assert!(cues("The so called harbour levy passed.").is_empty());
        assert_eq!(cues("The mayor called the levy a tax."), ["called"]);
    }

    #[test]
    fn called_naming_a_thing_is_no_report() {
        assert!(cues("Holm founded a Facebook group called Safe Berth last year.").is_empty());
        assert!(cues("The pilots fund one charity called “Low Water” near the pier.").is_empty());
        assert_eq!(cues("One skipper called Okafor “a menace” on Friday."), ["called"]);
        assert_eq!(cues("The harbour master called the tolls unfair."), ["called"]);
        assert!(cues("The ferry went to a harbour pilot named Ines Okafor.").is_empty());
        assert!(cues("The pilots fund a charity named for its founder.").is_empty());
        assert_eq!(cues("The board named Dover as the busiest port."), ["named"]);
    }

    #[test]
    fn reports_after_a_compounding_noun_is_a_plural_noun() {
        assert!(cues("Several news reports came out on Monday.").is_empty());
        assert!(cues("Fees rose sharply, according to press reports.").iter().all(|c| c != "reports"));
        assert_eq!(cues("The harbour board reports that the fees rose."), ["reports"]);
    }

    #[test]
    fn charged_as_an_adjective_is_no_report() {
        assert!(cues("The mayor chose a politically charged route for the parade.").is_empty());
        assert!(cues("The vote was so racially charged that the board adjourned.").is_empty());
        assert_eq!(cues("Okafor angrily charged that the board had lied."), ["charged"]);
    }

    #[test]
    fn adding_a_thing_is_no_report() {
        assert!(cues("The harbour board has added 300 jobs since May.").is_empty());
        assert!(cues("The port has added another ferry to the fleet.").is_empty());
        assert!(cues("Crews asked for added safety on the pier.").iter().all(|c| c != "added"));
        assert_eq!(cues("Okafor added that the fares would fall."), ["added"]);
        assert_eq!(cues("“The fares will fall,” added another pilot."), ["added"]);
    }

    #[test]
    fn a_figure_that_declined_is_no_refusal() {
        assert!(cues("Ferry fares declined 4 percent in May.").is_empty());
        assert!(cues("Toll income declined sharply from 2010 to 2015.").is_empty());
        assert!(cues("The pilots cited tolls and declining fares.").iter().all(|c| c != "declining"));
        assert_eq!(cues("The harbour master declined to comment."), ["declined"]);
    }

    #[test]
    fn reading_to_oneself_is_no_report() {
        assert!(cues("Okafor has not read the harbour plan yet.").is_empty());
        assert!(cues("Few pilots could read them in time.").is_empty());
        assert_eq!(cues("The pilots carried a banner that read “Fair fares now.”"), ["read"]);
        assert_eq!(cues("The harbour master read a statement to the crews."), ["read"]);
    }

    #[test]
    fn coming_upon_a_thing_is_no_finding() {
        assert!(cues("The crews found them in a locker on the pier.").is_empty());
        assert!(cues("Okafor found a way around the tolls.").is_empty());
        assert_eq!(cues("The harbour study found a link between fares and delays."), ["found"]);
        assert_eq!(cues("Okafor found it hard to pay the fares."), ["found"]);
    }

    #[test]
    fn a_sound_of_the_voice_reports_only_the_words_it_gives() {
        assert!(cues("The pilots laughed and went back to the pier.").is_empty());
        assert!(cues("Okafor chuckled when the harbour master came in.").is_empty());
        assert_eq!(cues("\"Not this week,\" Okafor laughed."), ["laughed"]);
        assert_eq!(cues("Okafor laughed off the harbour board's warning."), ["laughed off"]);
        assert!(cues("The dockers shouted and waved their flags.").is_empty());
        assert_eq!(cues("\"Go home,\" the dockers shouted."), ["shouted"]);
        assert_eq!(cues("The dockers shouted that the pier must stay open."), ["shouted"]);
    }

    #[test]
    fn the_writers_set_phrases_are_no_reports() {
        assert!(cues_of("That said, the ferry will run on Sunday.").is_empty());
        assert!(cues_of("The fares, as mentioned above, will rise.").is_empty());
        assert_eq!(cues_of("Okafor said the ferry will run."), vec!["said"]);
    }

    #[test]
    fn alleged_as_an_adjective_and_admitted_as_let_in_are_no_reports() {
        assert!(cues_of("The board looked into alleged bribes at the pier.").is_empty());
        assert!(cues_of("Few boats admitted to the harbour were old.").is_empty());
        assert!(cues_of("Only six boats have been admitted since May.").is_empty());
        assert_eq!(cues_of("Okafor alleged bribes at the pier."), vec!["alleged"]);
        assert_eq!(cues_of("Okafor admitted that the boats were old."), vec!["admitted"]);
    }
}
