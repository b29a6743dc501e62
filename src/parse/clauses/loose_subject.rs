//! Subjects the noun-phrase grammar cannot read (`A poll out Monday
//! showed`, `executives who worked with him say`, `About 4 in 10 say`):
//! the words back from the verb to its clause's start, when they open
//! like a noun phrase and the verb agrees with them.

use super::*;

/// A subject the noun-phrase grammar cannot read (`A poll out Monday
/// showed`, `executives who worked with him say`): the words back from the
/// verb to the start of its clause — the sentence's start, a punctuation
/// mark, or a word that opens a clause — when they open like a noun phrase
/// and end in a noun the verb agrees with.
pub(super) fn loose_subject(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<Mention> {
    let first = sentence.first as usize;
    // `pilots in the union have said`, `a skipper chosen Sunday has
    // publicly warned`: auxiliaries and adverbs may stand between.
    let end = auxiliaries_before(c, sentence, i);
    let last = c.tokens.get(end.checked_sub(1)?)?;
    // `A poll out this week shows`: the subject may end in a time.
    let noun = mentions::nominal(c, last) || mentions::name_word(c, last) || last.is(TIME);
    // `those surveyed say`: a participle after `those` heads the subject.
    let those = end >= 2 && c.is_word(&c.tokens[end - 2], "those");
    let noun = noun || (those && c.word(last).ends_with("ed"));
    if end <= first || (c.word(last).ends_with("ed") && !those) || !(last.is_word() && noun) || last.is(PREPOSITION | GAP) {
        return None;
    }
    let start = clause_start(c, sentence, end);
    if end - start < 2 || (start > first && end - start >= 14) {
        return None;
    }
    let opener = &c.tokens[start];
    let opens_phrase = opener.is(DETERMINER | POSSESSIVE) || opener.kind == TokenKind::Number || mentions::name_word(c, opener) || mentions::nominal(c, opener);
    if !opens_phrase || opener.is(PRONOUN) {
        return None;
    }
    // `shows that …`, `say the boats are old`, `hope to`: what follows a
    // present verb opens its object; `media reports as …`, `opposing views
    // on …` are nouns.
    let next = c.tokens.get(i + 1).filter(|_| i + 1 < sentence.end as usize);
    let object = next.is_none_or(|n| {
        c.is_word(n, "that")
            || (n.is(DETERMINER | PRONOUN) && !n.is(PREPOSITION))
            || mentions::name_word(c, n)
            || n.kind == TokenKind::Number
            || matches!(n.kind, TokenKind::OpenQuote | TokenKind::Punct('.' | ','))
    });
    let infinitive = verb.class == VerbClass::Thought && next.is_some_and(|n| c.is_word(n, "to"));
    if matches!(verb.form, VerbForm::Third | VerbForm::Base) && !object && !infinitive {
        return None;
    }
    let mut source = mentions::phrase(c, start, end);
    // The head stands before the words that describe it: `executives`
    // in `executives who worked with him`, `logs` in `logs kept by …`.
    let described = (start + 1..end).find(|&k| {
        let t = &c.tokens[k];
        t.is(PREPOSITION | RELATIVE) || (!t.cap() && (c.word(t).ends_with("ed") || c.word(t).ends_with("ing")))
    });
    if let Some(k) = described {
        source.head = (k - 1) as u32;
    }
    (source.kind != mentions::MentionKind::Pronoun && agrees(c, &source, verb, end, i)).then_some(source)
}

/// Where the auxiliaries straight before the verb at `i` begin, with the
/// adverbs among them (at most three words: `has also publicly`); `i`
/// where no auxiliary stands there (`fairly detailed`, `now deemed` are
/// no verbs of a subject before them).
fn auxiliaries_before(c: Ctx<'_>, sentence: &Sentence, i: usize) -> usize {
    let auxiliaries = c.lex.list("tense-auxiliaries");
    let auxiliary = |t: &Token| auxiliaries.iter().any(|w| c.is_word(t, w)) || be_form(c, t);
    let between = |t: &Token| (t.is(GAP) && !t.is(PREPOSITION | TIME)) || mentions::ly_adverb(c, t);
    let lowest = (sentence.first as usize).max(i.saturating_sub(3));
    let start = (lowest..i).rev().take_while(|&k| between(&c.tokens[k])).last().unwrap_or(i);
    if (start..i).any(|k| auxiliary(&c.tokens[k])) {
        start
    } else {
        i
    }
}

/// Where the clause holding token `i` starts, read back from `i` over words
/// and numbers (at most fourteen): the sentence's start, a punctuation mark,
/// a quote, or just after a word that opens a clause.
fn clause_start(c: Ctx<'_>, sentence: &Sentence, i: usize) -> usize {
    let first = sentence.first as usize;
    let openers = c.lex.list("loose-subject-openers");
    let mut start = i;
    while start > first && i - start < 14 {
        let t = &c.tokens[start - 1];
        if !(t.is_word() || matches!(t.kind, TokenKind::Number | TokenKind::Possessive)) || t.depth > 0 || openers.iter().any(|w| c.is_word(t, w)) {
            break;
        }
        start -= 1;
    }
    start
}

/// `About 4 in 10 say`, `42% say`, `majorities in all five say`: *say* is a
/// verb wherever it stands outside a noun phrase, so when no speaker the
/// grammar knows agrees with it, the words back to its clause's start say
/// it. `Let me just say`, `would say` name nobody there; `, say, five` is
/// an aside, not a report.
pub(super) fn say_speaker(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Option<Mention>> {
    let aside = i > sentence.first as usize && c.tokens[i - 1].is_punct(',') && c.tokens.get(i + 1).is_some_and(|n| n.is_punct(','));
    if aside {
        return None;
    }
    let start = clause_start(c, sentence, i);
    // `supporters can't quite say`: auxiliaries and adverbs are no part of it.
    let end = (start..i).rev().find(|&k| !c.tokens[k].is(GAP) && !c.word(&c.tokens[k]).ends_with("ly")).map_or(start, |k| k + 1);
    let words = &c.tokens[start..end];
    let named = words.iter().any(|t| t.kind == TokenKind::Number || mentions::nominal(c, t) || mentions::name_word(c, t));
    let opener = words.first().is_some_and(|t| !t.is(GAP) && t.info().verb.is_none());
    Some((named && opener).then(|| mentions::phrase(c, start, end)))
}

/// `Of the voters, 43 said …`, `at least 21,000 said`, `all but two said`:
/// a count of people with no noun after it says what `said` reports, read
/// as `say_speaker` reads the speakers of `say`.
pub(super) fn counted_speakers(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<Mention> {
    let counted = i > sentence.first as usize && {
        let p = &c.tokens[i - 1];
        p.kind == TokenKind::Number || mentions::number_word(c, p)
    };
    (counted && c.lex.lemma(verb.lemma) == "say").then(|| say_speaker(c, sentence, i)).flatten().flatten()
}

#[cfg(test)]
mod tests {
    use super::super::tests::names_of;

    #[test]
    fn a_loose_subject_may_stand_before_an_auxiliary() {
        let got = names_of("And pilots working with the harbour groups have made clear that the levy must go.");
        assert_eq!(got, [("made clear".to_string(), Some("pilots working with the harbour groups".to_string()))]);
    }
}
