//! Whether an -ing form reports: a participle of speech, stance, belief
//! or evidence does (`, saying …`, `, fearing a split,`), a gerund after a
//! preposition does not (`criticized him for saying`), nor the tail of a
//! report it completes (`responded by saying`); a progressive (`is
//! saying`) is a finite verb.

use super::*;

/// Forms of *be* that make a participle progressive (`is saying`).
pub(super) const BE: [&str; 13] = ["is", "are", "was", "were", "been", "be", "am", "'s", "’s", "'re", "’re", "'m", "’m"];

/// The preposition before an -ing form that makes it a gerund (`criticized
/// him for saying`, `no sign of backing down`, `focused on attacking`,
/// `refrained from attacking`, `his policy of not attacking`), which names
/// an act, not a report: 9 of 28 such forms after `on`, `from`, `about`,
/// `against`, `into`, `at` were cues on train. `by`, `after`, `while`,
/// `without` hang from a clause whose subject reports (`broke her silence
/// by asking`) and are read in `clause_at`.
pub(super) fn gerund_after(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<&'static str> {
    let k = (sentence.first as usize..i).rev().find(|&k| !c.is_word(&c.tokens[k], "not"))?;
    c.lex.list("gerund-prepositions").iter().copied().find(|w| c.is_word(&c.tokens[k], w))
}

/// `without being told to "relax"`, `keen on telling pilots to stop
/// "grumbling"`: a verb of speech that none of its readings makes a report
/// still makes the quote soon after it speech (the annotation marks the
/// quote, with no source).
pub(super) fn speech_before_quote(c: Ctx<'_>, sentence: &Sentence, verb: Verb, cue_end: usize) -> bool {
    const NEAR: usize = 6;
    let end = (sentence.end as usize).min(cue_end + NEAR);
    verb.class == VerbClass::Speech && (cue_end..end).any(|k| matches!(c.tokens[k].kind, TokenKind::OpenQuote))
}

/// The token before `i`, past any lower-case adverbs in -ly; `i` itself
/// when the sentence starts there.
pub(super) fn skip_adverbs_back(c: Ctx<'_>, sentence: &Sentence, i: usize) -> usize {
    (sentence.first as usize..i).rev().find(|&k| !mentions::ly_adverb(c, &c.tokens[k])).unwrap_or(i)
}

/// `Zucker responded by saying …`, `he concluded by implying …`: the verb
/// before `by` is the report, and the annotation runs its cue on through
/// the participle, which is no second report (7 of 7 such participles on
/// train were no cue of their own; after `began by`, `started by` the
/// participle is the report: 4 of 6).
pub(super) fn answered_by(c: Ctx<'_>, sentence: &Sentence, by: usize) -> bool {
    let verb_at = skip_adverbs_back(c, sentence, by);
    let lemma = c.tokens.get(verb_at).filter(|_| verb_at < by).and_then(|t| t.info().verb).map(|v| c.lex.lemma(v.lemma));
    lemma.is_some_and(|l| ["respond", "continue", "conclude", "reply", "answer"].contains(&l))
}

/// A participle reports when it is a verb of speech or stance (`saying`,
/// `calling`, `criticizing`), of belief (`, fearing a split,`), or of
/// thought or evidence followed by what is thought (`hoping that …`).
pub(super) fn participle_reports(c: Ctx<'_>, verb: Verb, cue_end: usize) -> bool {
    match verb.class {
        VerbClass::Speech | VerbClass::Stance => true,
        // `…, believing there were three`, `Democrats, fearing the cost,
        // …`: a participle of belief, fear, hope or expectation
        // («clause-words» [belief-participles]) is its subject's view
        // whatever follows it (on train 20 of 22 such forms not yet cues
        // were marked). `thinking`, `knowing`, `worrying`, `showing` and
        // `seeking` are as often an act or a noun (`policy thinking`,
        // `without worrying`) and still need what follows.
        _ if c.lex.list("belief-participles").contains(&c.lex.lemma(verb.lemma)) => true,
        // `with polls showing Holm ahead`, `a survey demonstrating …`: a
        // participle of evidence straight after a poll, a survey or data
        // («claim-sources» [data]) is what they show, whatever follows.
        VerbClass::Evidence if shown_by_data(c, cue_end) => true,
        VerbClass::Thought | VerbClass::Evidence => {
            c.tokens.get(cue_end).is_some_and(|n| c.is_word(n, "that") || c.is_word(n, "to") || matches!(n.kind, TokenKind::OpenQuote) || n.is_punct(':'))
        }
    }
}

/// Whether the word before the one-word participle ending at `cue_end`
/// names a poll, survey or data (on train 7 of 13 such participles not
/// followed by `that` or `to` are marked; most of the rest stand inside
/// another's report, where the nested rules drop them).
fn shown_by_data(c: Ctx<'_>, cue_end: usize) -> bool {
    cue_end >= 2 && c.tokens[cue_end - 2].is(DATA_SOURCE)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cues_of, parse, LEDE};

    #[test]
    fn a_gerund_after_a_preposition_is_no_report() {
        assert!(cues_of("The mayor refrained from attacking the pilots.").is_empty());
        assert!(cues_of("Her team was focused on criticizing the pier plan.").is_empty());
        assert!(cues_of("He dropped his rule of not attacking the council.").is_empty());
        assert_eq!(cues_of("Okafor stood up for the crews, saying the ferry was safe."), ["saying"]);
    }

    #[test]
    fn a_speech_gerund_before_a_quote_stays_a_cue() {
        assert_eq!(cues_of("Some riders are keen on telling skippers to stop \"dawdling.\""), ["telling"]);
    }

    #[test]
    fn a_participle_after_responded_by_is_part_of_that_report() {
        assert_eq!(cues_of("Holm responded by saying the fares were fair."), ["responded"]);
        // After `began by` the participle reports.
        assert_eq!(cues_of("Holm began by saying the fares were fair."), ["saying"]);
    }

    #[test]
    fn a_participle_after_as_completes_the_verb_before() {
        let got = parse(&format!("{LEDE}The Courier quoted the skipper as saying the crossing was rough."));
        let cues: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cues, ["quoted"], "{got:?}");
    }

    #[test]
    fn evidence_shown_by_a_poll_is_a_report_whatever_follows() {
        let got = parse(&format!("{LEDE}With polls showing Okafor far ahead, Holm left the race."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("showing", Some("polls")));
        let got = parse(&format!("{LEDE}Holm pinned up a chart showing the ferry times."));
        assert!(got.iter().all(|c| c.0 != "showing"), "{got:?}");
    }
}
