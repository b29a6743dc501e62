//! The speaker named beside the verb: before it, read backwards (`Peskov
//! said`, `the Kremlin said on Friday`), or after it where the verb
//! inverts (`said Peskov`, `"…," added the ministry`). These are the
//! grammar's main readings; each turns away a phrase that is the verb's
//! object rather than its speaker.

use std::ops::ControlFlow::{Break, Continue};

use nom::sequence::preceded;
use nom::Parser;

use super::*;

/// `Peskov said`, `the Kremlin said on Friday`, `Flynn, who said`: the
/// speaker before the verb, read backwards.
pub(super) fn speaker_first(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, .. } = *cue;
    let start = cue.start();
    let subject = Backward::new(c.tokens, start, i);
    let read = preceded(|s| gap(c, s), mentions::before(c)).parse(subject).ok().or_else(|| name_after_quote(c, start, i));
    let Some((rest, source)) = read.and_then(|(rest, found)| subject_before_circumstance(c, start, rest, found)) else { return Continue(()) };
    // `Many pilots at the hearing — including … — said`: after an aside
    // in dashes, a phrase after any preposition is the object of the
    // subject's preposition.
    let dashed = (rest.at()..i).any(|k| c.tokens[k].is_dash());
    let after_preposition = dashed && rest.first().is_some_and(|t| t.is(PREPOSITION) && !t.is(CONJUNCTION));
    let source = if after_preposition { sentence_subject(c, sentence, rest.at()) } else { Some(source) };
    match source.filter(|s| acceptable_speaker(c, s, verb) && agrees(c, s, verb, rest.at(), i)) {
        Some(source) if object_set_off(cue, &source) && speaker_after_long_report(cue) => inverted(cue),
        Some(source) => {
            let (from, source) = maker_of_thing(c, sentence, &source, verb).unwrap_or((rest.at(), source));
            cue.finish(Clause { source: Some(source), shape: ClauseShape::SpeakerFirst, tokens: (from as u32, cue.end as u32), ..cue.clause() })
        }
        None => Continue(()),
    }
}

/// `"…," From said`: a capitalised word between a quote's closing comma
/// and the verb is a name, whatever else it could be (a preposition, a
/// function word). Asked only when no speaker was read before the verb.
fn name_after_quote<'a>(c: Ctx<'a>, start: usize, i: usize) -> Option<(Backward<'a>, Mention)> {
    let word = i.checked_sub(1).filter(|&k| k >= start + 2)?;
    let t = &c.tokens[word];
    let after_quote = c.tokens[word - 1].kind == TokenKind::CloseQuote && c.tokens[word - 2].is_punct(',');
    (after_quote && t.cap() && t.is_word() && !t.is(PRONOUN | DETERMINER)).then(|| (Backward::new(c.tokens, start, word), mentions::name_at(c, word)))
}

/// `Okafor warned the chief, Tom Bell, during their talks not to raise the
/// fares, said an official briefed on them`: the phrase read before the
/// verb is set off by a comma after another verb of the sentence (an object
/// in apposition, not the sentence's subject), and the backward reading
/// took everything after it for an aside.
fn object_set_off(cue: &Cue<'_>, source: &Mention) -> bool {
    let Cue { c, sentence, i, .. } = *cue;
    let first = source.first_token as usize;
    let set_off = first > sentence.first as usize && c.tokens[first - 1].is_punct(',');
    // Read only for a phrase set off by commas (the sentence's words
    // before it are read back to its start).
    let verb_before = || {
        (sentence.first as usize..first).any(|k| {
            let t = &c.tokens[k];
            !t.cap() && t.depth == 0 && t.info().verb.is_some_and(|v| matches!(v.form, VerbForm::Past | VerbForm::Third))
        })
    };
    c.tokens[i - 1].is_punct(',') && (source.end_token as usize) < i - 1 && set_off && verb_before()
}

/// `…, said an official briefed on the talks`: a role or an anonymous
/// source after an article, then the sentence's end, a comma, a relative or
/// a participle describing it, is the speaker the verb inverts.
fn speaker_after_long_report(cue: &Cue<'_>) -> bool {
    let Cue { c, end, .. } = *cue;
    if !invertible(&c.tokens[cue.i], cue.verb) {
        return false;
    }
    let after = Forward::new(c.tokens, end, cue.sentence_end());
    mentions::after(c).parse(after).ok().is_some_and(|(rest, source)| {
        let (first, head) = (&c.tokens[source.first_token as usize], &c.tokens[source.head as usize]);
        let described = first.is(DETERMINER) && !head.cap() && head.is(ROLE | ANONYMOUS | TITLE);
        let closes = rest.first().is_none_or(|t| t.is_punct('.') || t.is_punct(',') || t.is(RELATIVE));
        described && (closes || ends_inverted_speaker(c, rest))
    })
}

/// `said Peskov`, `"…," added the ministry`: the speaker after the verb,
/// after a quote or a comma. `"…," remembered Lena Holt.`: right after a
/// quote, a verb of thought reports it, when the speaker ends the sentence
/// or a clause.
pub(super) fn inverted(cue: &Cue<'_>) -> Reading {
    let Cue { c, i, end, verb, prev, .. } = *cue;
    let after_quote = prev.is_some_and(|p| matches!(p.kind, TokenKind::CloseQuote));
    let thought_after_quote = after_quote && verb.class == VerbClass::Thought && verb.form == VerbForm::Past;
    // `Holm, chair of the board, laid out a vision`: after an aside's comma
    // a phrase cue is the aside's subject's, and what follows its object.
    let phrase_after_aside = cue.phrase.is_some() && !after_quote;
    let inverts = invertible(&c.tokens[i], verb) && !phrase_after_aside && prev.is_none_or(|p| p.is_punct(',') || after_quote);
    if !inverts && !thought_after_quote {
        return Continue(());
    }
    let after = Forward::new(c.tokens, end, cue.sentence_end());
    let ends = |rest: Forward<'_>| if thought_after_quote { rest.first().is_none_or(|t| !t.is_word()) } else { ends_inverted_speaker(c, rest) };
    let Some((rest, source)) = mentions::after(c).parse(after).ok().filter(|(rest, _)| ends(*rest)) else { return Continue(()) };
    if thing_posted(c, verb, &source) || object_after_comma(c, after_quote, &source) {
        return Continue(());
    }
    let clause = Clause { source: Some(source), shape: ClauseShape::Inverted, tokens: (i as u32, rest.at() as u32), ..cue.clause() };
    Break(finish(c, cue.sentence, clause, rest.at()))
}

/// `"…," posted the clip of the hearing`: after a verb of posting a plain
/// noun (no name, no person's word) is what was posted, not who spoke.
fn thing_posted(c: Ctx<'_>, verb: Verb, source: &Mention) -> bool {
    let lemma = c.lex.lemma(verb.lemma);
    let head = &c.tokens[source.head as usize];
    !names_someone(head) && c.lex.list("posting-verbs").contains(&lemma)
}

/// `Ruiz, a pollster at the institute, said her survey showed …`,
/// `Holm, an hour later, announced plans to …`: after a comma that closes
/// no quote, a plain noun phrase (no name, pronoun, person's, group's or
/// data source's word) after the verb is its object; the verb is the
/// subject's before the aside (`…, said the spokesman` still inverts).
fn object_after_comma(c: Ctx<'_>, after_quote: bool, source: &Mention) -> bool {
    let head = &c.tokens[source.head as usize];
    !after_quote && source.kind != mentions::MentionKind::Pronoun && !names_someone(head) && !head.is(DATA_SOURCE) && !counts_people(c, source)
}

/// `said a handful of voters`: a count of people named after `of`.
fn counts_people(c: Ctx<'_>, source: &Mention) -> bool {
    let after = source.end_token as usize;
    let of = c.tokens.get(after).is_some_and(|t| c.is_word(t, "of"));
    of && c.tokens.get(after + 1).is_some_and(names_someone)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{parse, LEDE};
    use super::super::tests::sources;
    use crate::parse::ClauseShape;

    #[test]
    fn a_capitalised_function_word_between_a_quotes_comma_and_its_verb_is_a_name() {
        let got = sources("The ferry resumed service.\n\n\"The fees must go,\" From said. \"Nobody rides for free.\"");
        assert_eq!(got, [("said".into(), Some("From".into()))]);
        // Not after a comma that closes no quote.
        let got = sources("The ferry resumed service.\n\nThe fees must go, From said.");
        assert!(got.iter().all(|(_, source)| source.as_deref() != Some("From")), "{got:?}");
    }

    /// A capitalised day or month after an article dates the noun of an
    /// inverted speaker that ends before a stop or a preposition; before a
    /// verb the phrase is a clause's object, not the speaker.
    #[test]
    fn a_day_after_the_article_dates_an_inverted_speaker() {
        let got = sources("The ferry resumed service.\n\n\"The fees must go,\" reads a Tuesday editorial in the Harbour Gazette.");
        assert_eq!(got, [("reads".into(), Some("a Tuesday editorial".into()))]);
        let got = sources("The ferry resumed service.\n\nPilots who watched the Saturday hearing said the fees must go.");
        assert!(got.iter().all(|(_, source)| source.as_deref() != Some("the Saturday hearing")), "{got:?}");
    }

    #[test]
    fn a_thing_posted_after_a_quote_is_no_inverted_speaker() {
        let got = sources("The ferry resumed service.\n\n\"The fees must go,\" posted the clip of the pier hearing.");
        assert!(got.iter().all(|(_, source)| source.as_deref() != Some("the clip")));
        let got = sources("The ferry resumed service.\n\n\"The fees must go,\" posted Marta Okafor.");
        assert_eq!(got, [("posted".into(), Some("Marta Okafor".into()))]);
    }

    #[test]
    fn a_plain_object_after_an_asides_comma_is_no_inverted_speaker() {
        let got = sources("The ferry resumed service.\n\nMarta Okafor, a pilot since May, said her survey of crews showed strain.");
        assert_eq!(got, [("said".into(), Some("Marta Okafor".into()))]);
        let got = sources("The ferry resumed service.\n\nThe harbour board, an hour later, announced plans to sell the pier.");
        assert_eq!(got[0], ("announced".into(), Some("The harbour board".into())));
        let got = sources("The ferry resumed service.\n\nThe fees will rise, said a handful of voters at the quay.");
        assert_eq!(got, [("said".into(), Some("a handful of voters".into()))]);
    }

    #[test]
    fn an_official_after_a_long_report_with_an_object_set_off_is_its_speaker() {
        let text = "The ferry resumed service.\n\nOkafor warned the harbour chief, Tom Bell, during their meeting in Dover not to \
            raise the fares again, said an official who sat in on the talks.";
        let got = sources(text);
        assert_eq!(got.iter().find(|c| c.0 == "said").map(|c| c.1.as_deref()), Some(Some("an official")), "{got:?}");
        // The sentence's own subject before an aside keeps its verb.
        let got = sources("The ferry resumed service.\n\nTom Bell, the harbour chief, said the official who ran the pier was wrong.");
        assert_eq!(got.iter().find(|c| c.0 == "said").map(|c| c.1.as_deref()), Some(Some("Tom Bell")), "{got:?}");
    }

    #[test]
    fn speaker_before_the_verb_with_a_quote_before() {
        let got = parse(&format!("{LEDE}“We are ready,” port authority spokeswoman Ines Okafor said on Friday."));
        assert_eq!(got, [("said".into(), Some("port authority spokeswoman Ines Okafor".into()), ClauseShape::SpeakerFirst, Some("“We are ready,”".into()))]);
    }

    #[test]
    fn speaker_after_the_verb() {
        let got = parse(&format!("{LEDE}“We are ready,” said Ines Okafor."));
        assert_eq!(got[0].1.as_deref(), Some("Ines Okafor"));
        assert_eq!(got[0].2, ClauseShape::Inverted);
    }
}
