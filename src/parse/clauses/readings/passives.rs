//! The passive readings: `was asked` after a form of *be*, and the
//! passives without one (`when asked`, `remarks first carried by the
//! Gazette`, `the pilot accused of`, `a step intended as`). A passive's
//! speaker is named after `by`, in a document (`named in court filings`),
//! or not at all; the phrase before it is what the report is about.

use std::ops::ControlFlow::{Break, Continue};

use nom::Parser;

use super::*;

/// `was asked`, `is expected to`: a passive, whose source is named after
/// `by` or not at all. `is seen as`, `was seen by`: a phrase opening with
/// a participle after *be* is a passive like a single verb.
pub(super) fn passive(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, phrase, .. } = *cue;
    // `the council is worried that …`: a feeling after *be*, which its
    // subject holds, like an adjective of stance (`is wary of`); so is a
    // certainty before `of` (`is assured of winning`, `is persuaded of`).
    let lemma = c.lex.lemma(verb.lemma);
    let certain_of = ["assure", "persuade"].contains(&lemma) && c.tokens.get(end).is_some_and(|n| c.is_word(n, "of"));
    let feeling = lemma == "worry" || certain_of;
    if !((phrase.is_none() || verb.form == VerbForm::Past) && !feeling && super::super::passive(c, sentence, i)) {
        return Continue(());
    }
    let source = agent(c, sentence, i + 1).or_else(|| knowers(c, sentence, i, end)).or_else(|| document_told_in(c, sentence, end));
    // `the poll can be found here`, `are certain to be challenged`: a
    // report that may come is none yet, unless someone is named to make it
    // (`will be remembered by historians`); 17 of 69 on train.
    let named = source.is_some() || by_phrase(c, sentence, i + 1).is_some();
    if !named && unrealised_passive(c, sentence, i) && !speech_before_quote(c, sentence, verb, end) {
        return Break(None);
    }
    cue.read(ClauseShape::Passive, source)
}

/// `when asked about it`, `if pressed`: a past form straight after a
/// subordinator has no subject of its own; it is a passive whose asker
/// goes unnamed (or is named after `by`).
pub(super) fn reduced_passive(cue: &Cue<'_>) -> Reading {
    // The list is looked up only for the few past forms with a word before.
    let reduced = || cue.prev.is_some_and(|p| p.is_word() && cue.c.lex.list("reduced-passive-subordinators").iter().any(|w| cue.c.is_word(p, w)));
    if cue.phrase.is_none() && cue.verb.form == VerbForm::Past && reduced() {
        return cue.read(ClauseShape::Passive, agent(cue.c, cue.sentence, cue.i + 1));
    }
    Continue(())
}

/// `Holm's remarks, first carried by the Gazette`: a participle with its
/// agent right after it is a passive without *be*.
pub(super) fn passive_without_be(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, end, .. } = *cue;
    if cue.phrase.is_some() || cue.verb.form != VerbForm::Past {
        return Continue(());
    }
    let window = end..(end + 4).min(sentence.end as usize);
    // Most past forms have no `by` after them: the list is not looked up.
    if !window.clone().any(|k| c.is_word(&c.tokens[k], "by")) {
        return Continue(());
    }
    let before_time = c.lex.list("words-before-a-time");
    let between = |t: &Token| c.is_word(t, "by") || t.is(TIME) || t.kind == TokenKind::Number || before_time.iter().any(|w| c.is_word(t, w));
    let by = window.take_while(|&k| between(&c.tokens[k])).find(|&k| c.is_word(&c.tokens[k], "by"));
    match by.and_then(|by| agent(c, sentence, by)) {
        Some(source) => cue.read(ClauseShape::Passive, Some(source)),
        None => Continue(()),
    }
}

/// `the pilot accused of smuggling`, `Harbour Board Accused Of …`: a past
/// form and its preposition from «clause-words» [reduced-passives] straight
/// after a noun (no pronoun, relative or auxiliary) is a passive without
/// *be*: the accuser goes unnamed, or is named after `by`.
pub(super) fn reduced_relative_passive(cue: &Cue<'_>) -> Reading {
    let Cue { c, i, end, verb, prev, .. } = *cue;
    let Some(next) = c.tokens.get(end).filter(|_| end < cue.sentence_end() && cue.phrase.is_none()) else { return Continue(()) };
    // Each line is a form and a preposition, split at its space's byte
    // (`split_once` searched for the character, at every cue asked).
    let pair = |entry: &&str| entry.bytes().position(|b| b == b' ').is_some_and(|k| c.is_word(&c.tokens[i], &entry[..k]) && c.is_word(next, &entry[k + 1..]));
    let after_noun = prev.is_some_and(|p| p.is_word() && !p.is(PRONOUN | RELATIVE | GAP | PREPOSITION | CONJUNCTION | DETERMINER) && p.info().verb.is_none());
    if verb.form != VerbForm::Past || !after_noun || !c.lex.list("reduced-passives").iter().any(pair) {
        return Continue(());
    }
    cue.read(ClauseShape::Passive, agent(c, cue.sentence, end))
}

/// `a step intended as a warning`, `Low fares, seen as a boon`, `an option
/// seen by pilots as …`: a past form before `as` straight after a phrase
/// naming a thing (no name, no person's word) is a passive without *be*.
/// The thing is what the report is about; who reports goes unnamed, or is
/// named after `by`.
pub(super) fn passive_after_thing(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, .. } = *cue;
    let first = &c.tokens[i];
    // `cast himself as`: a phrase holding its object is active.
    let object_inside = (i + 1..end).any(|k| c.tokens[k].is(PRONOUN));
    let participle = (cue.phrase.is_some() && !object_inside) || first.info().verb.is_some_and(|v| v.form == VerbForm::Past) || mentions::ed_form(c, first);
    if verb.form != VerbForm::Past || !participle || first.cap() {
        return Continue(());
    }
    // `seen as a boon`: a role, which a finite verb of report would not
    // give a thing. `known as` is a reputation (see `reputation`).
    let role = cue.phrase.is_some_and(|p| matches!(p.words.last(), Some(&"as" | &"by"))) || cue.next_is(&["as"]);
    let done_then = cue.phrase.is_none() && time_follows(cue) && c.lex.in_list("done-to-things", c.word(first));
    if !(role || done_then) || c.is_word(first, "known") {
        return Continue(());
    }
    // `People seen as likely troublemakers`: a form that is only ever a
    // participle («clause-words» [participles-only]), straight after a noun
    // with no auxiliary, is a passive whoever the phrase names: the people
    // are seen, they do not see.
    if role && c.lex.in_list("participles-only", c.word(first)) && after_bare_noun(c, sentence, i) {
        return cue.read(ClauseShape::Passive, agent(c, sentence, i + 1));
    }
    // `the memo stated on Monday that …`: a text may speak for itself.
    match thing_before(c, sentence, i).filter(|thing| role || !text_that_speaks(c, thing)) {
        Some(_) => cue.read(ClauseShape::Passive, agent(c, sentence, i + 1)),
        None => Continue(()),
    }
}

/// Token `i` stands straight after a noun or a name (`People seen`,
/// `Okafor seen`), not after an auxiliary, a pronoun, a relative or a
/// conjunction (`who is seen`, `known and seen`).
fn after_bare_noun(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).filter(|&k| k >= sentence.first as usize).map(|k| &c.tokens[k]);
    prev.is_some_and(|p| (mentions::nominal(c, p) || (p.is_word() && p.cap())) && !p.is(GAP | PRONOUN | RELATIVE | PREPOSITION | CONJUNCTION | DETERMINER))
}

/// `a deal announced Friday`, `the plan rejected on Monday`, `a ruling
/// expected in two weeks`: a time or a place straight after a past form
/// of «clause-words» [done-to-things] (verbs seldom without their object)
/// makes the thing before it what was done, not the doer. Any past form
/// would take a lower-case speaker the lists lack (`a friend said on
/// Monday`) for a thing.
fn time_follows(cue: &Cue<'_>) -> bool {
    let Some(next) = cue.c.tokens.get(cue.end).filter(|_| cue.end < cue.sentence_end()) else { return false };
    next.is(TIME) || cue.c.lex.list("words-before-a-time").iter().any(|w| cue.c.is_word(next, w))
}

/// A phrase headed by a text or a figure's source (`the memo`, `a poll`),
/// which reports on its own.
fn text_that_speaks(c: Ctx<'_>, thing: &Mention) -> bool {
    c.tokens[thing.head as usize].is(DATA_SOURCE) || super::super::head_names_text(c, thing)
}

/// The phrase straight before token `i` (past adverbs in -ly and one
/// comma), when it names a thing: its head in lower case and no word for
/// a person, a group or a body.
fn thing_before(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Mention> {
    let first = sentence.first as usize;
    let mut last = skip_adverbs_back(c, sentence, i);
    if last >= i {
        return None;
    }
    if last > first && c.tokens[last].is_punct(',') {
        last -= 1;
    }
    let t = &c.tokens[last];
    if !mentions::nominal(c, t) || t.is(GAP | PREPOSITION | CONJUNCTION) {
        return None;
    }
    let at = last + 1;
    let (rest, found) = mentions::before(c).parse(Backward::new(c.tokens, first, at)).ok()?;
    // `what the writers described as`: the phrase is the subject of a
    // relative clause whose object is the relative.
    if rest.first().is_some_and(|t| t.is(RELATIVE) || c.is_word(t, "what")) {
        return None;
    }
    let head = &c.tokens[found.head as usize];
    let someone = names_someone(head) || found.relative || found.kind == mentions::MentionKind::Pronoun;
    (!someone).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{cues_of, parse, LEDE};
    use super::super::tests::sources;

    #[test]
    fn a_passive_made_in_a_document_has_the_document_as_source() {
        let got = sources("The ferry resumed service.\n\nThe pilot was named this week in court filings as the owner.");
        assert_eq!(got, [("named".into(), Some("court filings".into()))]);
        let got = sources("The ferry resumed service.\n\nThe pilot was named in May as the owner.");
        assert_eq!(got, [("named".into(), None)]);
    }

    #[test]
    fn accused_of_straight_after_a_noun_is_a_passive() {
        let got = sources("The ferry resumed service.\n\nThe skipper accused of smuggling fuel resigned on Monday.");
        assert!(got.iter().all(|(_, source)| source.is_none()), "{got:?}");
        let got = sources("The ferry resumed service.\n\nThe pilots she accused of lying were cleared.");
        assert!(got.iter().any(|(cue, source)| cue == "accused" && source.as_deref() == Some("she")), "{got:?}");
    }

    #[test]
    fn people_seen_as_something_are_no_speaker_but_people_who_see_are() {
        let got = sources("The ferry resumed service.\n\nPeople seen as likely troublemakers were kept off the pier.");
        assert_eq!(got, [("seen as".into(), None)]);
        let got = sources("The ferry resumed service.\n\nOkafor and Bell seen as the likely winners.");
        assert_eq!(got, [("seen as".into(), None)]);
        let got = sources("The ferry resumed service.\n\nPilots see the levy as a theft.");
        assert_eq!(got, [("see".into(), Some("Pilots".into()))]);
    }

    #[test]
    fn a_thing_seen_as_something_names_no_speaker() {
        let got = sources("The ferry resumed service.\n\nLow tolls, seen as a boon for pilots, rose again.");
        assert_eq!(got, [("seen as".into(), None)]);
        let got = sources("The ferry resumed service.\n\nThe pier closed for a week, a step partly intended as a warning to the board.");
        assert!(got.iter().any(|(cue, source)| cue == "intended" && source.is_none()));
        let got = sources("The ferry resumed service.\n\nThey chose a ferry, an option seen by pilots as a lifeline.");
        assert!(got.iter().any(|(cue, source)| cue == "seen by" && source.as_deref() == Some("pilots")));
        let got = sources("The ferry resumed service.\n\nMarta Okafor described the levy as unfair.");
        assert_eq!(got, [("described".into(), Some("Marta Okafor".into()))]);
    }

    #[test]
    fn a_thing_done_at_a_time_names_no_speaker() {
        let got = sources("The ferry resumed service.\n\nThe toll deal, announced on Friday, will last two years.");
        assert_eq!(got, [("announced".into(), None)]);
        let got = sources("The ferry resumed service.\n\nA ruling expected in two weeks may settle the dispute.");
        assert_eq!(got, [("expected".into(), None)]);
        let got = sources("The ferry resumed service.\n\nThe harbour board announced on Friday that tolls would rise.");
        assert_eq!(got, [("announced".into(), Some("The harbour board".into()))]);
    }

    #[test]
    fn a_passive_after_a_lone_being_needs_an_agent() {
        assert!(cues_of("Two new routes being considered would close the pier.").is_empty());
        let got = parse(&format!("{LEDE}The pilots struck after being warned by the council that fares would rise."));
        assert_eq!(got[0].0, "warned");
        assert_eq!(got[0].1.as_deref(), Some("the council"));
    }
}
