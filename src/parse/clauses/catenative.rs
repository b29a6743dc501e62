//! A report named by an infinitive after a verb whose subject makes it:
//! `Okafor continues to criticize the board`, `Holm was quick to condemn
//! the fares`, `the pilots struggled to explain the delay`. The verbs
//! before `to` are listed in `grammar/catenatives.txt`; the infinitive
//! must be a reporting verb, which on its own (`to criticize`) is no cue.

use super::*;

/// How many adverbs may stand between `to` and the verb (`continues to
/// sharply criticize`).
const ADVERBS: usize = 2;

/// The report whose governing verb starts at token `i`: the cue runs from
/// it through the infinitive, as the annotation marks it, and the
/// governing verb's subject makes the report. (Inlined: it is asked of
/// nearly every token, and as a call it cost 25 million instructions on
/// train, most of them before its first test fails.)
#[inline]
pub(super) fn catenative_report(c: Ctx<'_>, sentence: &Sentence, si: usize, i: usize) -> Option<Clause> {
    let t = &c.tokens[i];
    if !t.is_word() || t.depth > 0 {
        return None;
    }
    let to_end = c.phrases_of(t, PhraseKind::Catenative).find_map(|p| phrase_end(c, sentence, i, p))?;
    let last = (sentence.end as usize).min(to_end + ADVERBS + 1);
    let at = (to_end..last).find(|&k| !mentions::ly_adverb(c, &c.tokens[k]))?;
    let word = &c.tokens[at];
    let verb = word.info().verb.filter(|v| v.form == VerbForm::Base && word.is(CUE) && !word.cap())?;
    // `continues to maintain a lead`, `could continue to press`: what
    // rules the verb out on its own rules it out here.
    let hypothetical = verb.class != VerbClass::Speech && hypothetical(c, sentence, i);
    if hypothetical || !reports_what_follows(c, sentence, at + 1, None, verb) {
        return None;
    }
    let (first, source) = subject_of_verb(c, sentence, i, verb)?;
    let clause = Clause {
        cue: span_of(c.tokens, i, at + 1),
        cue_tokens: (i as u32, at as u32 + 1),
        verb: Some(verb),
        source: Some(source),
        subject: None,
        shape: ClauseShape::SpeakerFirst,
        sentence: si as u32,
        tokens: (first as u32, at as u32 + 1),
        colon: false,
        content: None,
        content_before: false,
    };
    finish(c, sentence, clause, at + 1)
}

/// Where `phrase` ends when its words stand from token `i` on, inside the
/// sentence.
fn phrase_end(c: Ctx<'_>, sentence: &Sentence, i: usize, phrase: &Phrase) -> Option<usize> {
    let end = i + phrase.words.len();
    let matches = end <= sentence.end as usize && phrase.words.iter().enumerate().all(|(k, w)| c.is_word(&c.tokens[i + k], w));
    matches.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse;

    const LEDE: &str = "The ferry resumed service on Monday.\n\n";

    fn first(text: &str) -> (String, Option<String>) {
        let got = parse(&format!("{LEDE}{text}"));
        got.first().map(|c| (c.0.clone(), c.1.clone())).unwrap_or_default()
    }

    #[test]
    fn the_subject_of_the_verb_before_to_makes_the_report() {
        assert_eq!(first("Marta Okafor continues to criticize the harbour board."), ("continues to criticize".into(), Some("Marta Okafor".into())));
        assert_eq!(first("The pilots were quick to condemn the new fares."), ("quick to condemn".into(), Some("The pilots".into())));
        assert_eq!(first("Holm struggled to sharply explain the delay."), ("struggled to sharply explain".into(), Some("Holm".into())));
    }

    #[test]
    fn an_infinitive_that_reports_nothing_makes_no_cue() {
        assert!(parse(&format!("{LEDE}The ferry continues to run on Sundays.")).is_empty());
        assert!(parse(&format!("{LEDE}Okafor continues to maintain a lead in the polls.")).is_empty());
    }

    #[test]
    fn a_comparison_of_what_respondents_say_is_their_report() {
        let got = first("Older pilots were markedly more likely to say that the tolls were too high.");
        assert_eq!(got, ("more likely to say".into(), Some("Older pilots".into())));
        // A forecast (`likely to` alone) names no report.
        assert!(parse(&format!("{LEDE}The pilots are likely to strike in June.")).is_empty());
    }
}
