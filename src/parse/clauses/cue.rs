//! Which cue starts at a token: a phrase from `multiword-cues.txt` (`told
//! reporters`, `according to`), a reporting verb, or a verb of speech spelt
//! like a noun (`states`, `posts`) where only a verb can stand, right after
//! a quote. Every reading starts from the cue this finds.

use nom::Parser;

use super::*;

/// The cue starting at token `i`: a phrase from `multiword-cues.txt`, or a
/// reporting verb. Returns the cue's end and what it is. (Inlined, as
/// [`readings::clause_at`] is.)
#[inline]
pub(super) fn cue_at<'a>(c: Ctx<'a>, sentence: &Sentence, i: usize) -> Option<(usize, Option<Verb>, Option<&'a Phrase>)> {
    let t = &c.tokens[i];
    if !t.is_word() || t.depth > 0 {
        return None;
    }
    for phrase in c.phrases_of(t, PhraseKind::Cue) {
        if phrase.kind != PhraseKind::Cue {
            continue;
        }
        let end = i + phrase.words.len();
        // The first word is the token's own: the lexicon lists a phrase
        // under its first word spelt as the token's key.
        let matches = end <= sentence.end as usize && phrase.words[1..].iter().enumerate().all(|(k, w)| c.is_word(&c.tokens[i + 1 + k], w));
        if matches {
            // The phrase's verb, cue or not (`pointed out`, `went on`); a
            // phrase with none (`in a statement`) reports like a past verb.
            // A phrase whose verb no lexicon knows takes its form from its
            // first word (`referring to` is a participle).
            let form = if c.word(t).ends_with("ing") { VerbForm::Ing } else { VerbForm::Past };
            let verb = c.tokens[i..end].iter().find_map(|t| t.info().verb).or(Some(Verb { class: VerbClass::Speech, form, lemma: 0 }));
            // `Abt put it`, `Abt went on to say`: a phrase opening with a word
            // that is no cue by itself reports like a past, whatever the form
            // of its verb (`put` is also its own past). `a call on …` keeps
            // its base form, which a singular noun does not agree with.
            let past_like = !t.is(CUE);
            let verb = verb.map(|v| Verb { class: VerbClass::Speech, form: if past_like && v.form == VerbForm::Base { VerbForm::Past } else { v.form }, ..v });
            return Some((end, verb, Some(phrase)));
        }
    }
    // Whether the verb is a listed verb of speech is asked here, before
    // the call: most verbs that are no cue are none.
    if !(t.is(CUE) || (listed_speech_verb(c, i) && speech_after_quote(c, sentence, i))) {
        return None;
    }
    Some((i + 1, t.info().verb, None))
}

/// `"…," the council states.`: a verb of speech whose form is mostly a noun
/// (`states`, `posts`) is a cue right after a quote and its speaker, where no
/// noun can stand, or right after the quote with its speaker after it.
///
/// Asked only of a listed verb of speech (see `listed_speech_verb`).
fn speech_after_quote(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    const SPEAKER_WORDS: usize = 10;
    let first = sentence.first as usize;
    // `"…," begins a notice at the pier`: straight after the quote, with
    // the speaker after it.
    let right_after_quote = i > first && matches!(c.tokens[i - 1].kind, TokenKind::CloseQuote);
    if right_after_quote && c.tokens.get(i + 1).is_some_and(|n| n.is(DETERMINER) && !n.is(CONJUNCTION)) {
        return true;
    }
    // `states.`, `states in the paper`: the verb ends the clause, as an
    // inverted report's does; `press secretary` goes on as a noun.
    let ends = c.tokens.get(i + 1).is_none_or(|n| matches!(n.kind, TokenKind::Punct('.' | ',' | ';')) || n.is(PREPOSITION | TIME));
    if !ends {
        return false;
    }
    // The words before it must be one noun phrase, and a quote before them.
    let from = i.saturating_sub(SPEAKER_WORDS).max(first);
    // The quote can close no earlier than two tokens before the phrase's
    // reach (a comma between): with none there, the phrase is not read.
    if !c.tokens[from.saturating_sub(2).max(first)..i].iter().any(|t| matches!(t.kind, TokenKind::CloseQuote)) {
        return false;
    }
    let Ok((rest, _)) = mentions::before(c).parse(Backward::new(c.tokens, from, i)) else { return false };
    let mut k = rest.at();
    // `a narrator in the clip states`: the phrase may be described by one
    // prepositional phrase, whose noun is read first.
    if k > from + 1 && c.tokens[k - 1].is(PREPOSITION) && !c.tokens[k - 1].is(CONJUNCTION) {
        if let Ok((outer, _)) = mentions::before(c).parse(Backward::new(c.tokens, from, k - 1)) {
            k = outer.at();
        }
    }
    if k > first && c.tokens[k - 1].is_punct(',') {
        k -= 1;
    }
    k > first && matches!(c.tokens[k - 1].kind, TokenKind::CloseQuote)
}

fn listed_speech_verb(c: Ctx<'_>, i: usize) -> bool {
    c.tokens[i].info().verb.is_some_and(|v| v.class == VerbClass::Speech && matches!(v.form, VerbForm::Third | VerbForm::Base | VerbForm::Past))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cues_of, parse, LEDE};

    #[test]
    fn a_noun_form_of_speech_after_a_quote_and_a_described_speaker_is_a_cue() {
        let got = parse(&format!("{LEDE}\"The fares must fall,\" a narrator in the harbour board's clip states."));
        assert_eq!(got.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["states"]);
    }

    #[test]
    fn a_noun_form_of_speech_with_no_quote_before_its_phrase_is_no_cue() {
        // Where no quote closes before the phrase, it is not read at all.
        assert!(cues_of("A narrator in the harbour board's clip states.").is_empty());
        assert!(cues_of("\"The fares must fall.\" Ruiz agreed, and a narrator in the harbour board's long clip states.").iter().all(|c| c != "states"));
        let got = parse(&format!("{LEDE}\"The fares must fall,\" the clip states."));
        assert_eq!(got.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["states"]);
    }

    /// Forms written with a `-` in «reporting-verbs» (`weighs`, `advises`,
    /// `testifying`, `calculated`, `bet`, `protest`, `requesting`) are
    /// mostly no report on train; after a quote and its speaker they still
    /// are.
    #[test]
    fn forms_that_mostly_report_nothing_are_cues_only_after_a_quote() {
        for text in [
            "The new ferry weighs more than the old one.",
            "Holm, who advises the harbour board, came late.",
            "The pilots were testifying before the council on Monday.",
            "It was a calculated move by the board.",
            "You can bet the fares will rise again.",
            "The pilots joined a protest at the pier.",
            "The board is requesting a new survey of the pier.",
        ] {
            assert!(cues_of(text).is_empty(), "{text}: {:?}", cues_of(text));
        }
        let got = parse(&format!("{LEDE}\"The pier is not safe,\" Holm testifies."));
        assert_eq!(got.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["testifies"]);
        // The forms left as cues report as before.
        assert_eq!(cues_of("Holm testified that the pier was safe."), ["testified"]);
        assert_eq!(cues_of("The pilots protested the new tolls."), ["protested"]);
        assert_eq!(cues_of("Holm weighed in on the tolls."), ["weighed in"]);
    }

    #[test]
    fn quotes_after_its_subject_is_a_cue() {
        let got = parse(&format!("{LEDE}Okafor quotes the harbour master: \"The boats run late.\""));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("quotes", Some("Okafor")), "{got:?}");
        // The noun is no cue.
        assert!(cues_of("Her quotes angered the pilots at the pier.").iter().all(|c| c != "quotes"));
        assert!(cues_of("The council printed quotes from the harbour memo.").iter().all(|c| c != "quotes"));
    }

    #[test]
    fn suits_filed_and_selves_cast_are_reports_of_their_subject() {
        let got = parse(&format!("{LEDE}The pilots union filed a complaint against the harbour board."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("filed a", Some("The pilots union")));
        let got = parse(&format!("{LEDE}Okafor cast herself as the riders' champion."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("cast herself", Some("Okafor")));
    }

    #[test]
    fn a_case_made_and_speaking_out_about_report_their_subject() {
        let got = parse(&format!("{LEDE}Okafor will make the case for cheaper fares at the hearing."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("make the case", Some("Okafor")), "{got:?}");
        assert_eq!(cues_of("Holm has spoken out against the new tolls."), ["spoken out"]);
        assert_eq!(cues_of("The pilots keep speaking out about the night crossings."), ["speaking out about"]);
        // Alone, `speak out` is mostly a wish or a right, no report.
        assert!(cues_of("The pilots felt compelled to speak out.").is_empty());
    }

    #[test]
    fn an_aim_after_a_form_of_be_is_its_subjects() {
        let got = parse(&format!("{LEDE}The harbour board is looking to cut the night fares."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("is looking to", Some("The harbour board")), "{got:?}");
        // Without *be* it may be a glance ahead.
        assert!(cues_of("Looking to the spring, the board bought two boats.").is_empty());
    }
}
