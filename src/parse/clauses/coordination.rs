//! Subjects shared across `and`, `but` and a comma: `Holm thanked the crew
//! and said …`, `she told the crowd, then referred to …`. The verb after
//! the joiner takes the subject of the clause before it, read back to
//! that clause's start, or the subject of a clause a subordinator opens.

use nom::combinator::opt;
use nom::sequence::pair;
use nom::Parser;

use super::*;
use crate::parse::stream::{skip_m_n, tok};

/// `Okafor paused and said`, `Holm often visits and has also called for`:
/// the subject of the sentence, or of the clause a subordinator opens
/// (`When Holm arrived and said …`), when the verb follows `and` or `but`
/// with at most auxiliaries and adverbs between.
pub(super) fn coordinated_subject(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Mention> {
    let joiner = joiner_before(c, sentence, i).filter(|&k| k > sentence.first as usize)?;
    // `Ruiz, the mayor, said she was keen to call and talk about …`: a base
    // form joined to an infinitive is one too; the subject before an aside
    // is not its own.
    let base = c.tokens[i].info().verb.is_some_and(|v| v.form == VerbForm::Base);
    let infinitive = base && joiner >= 2 && c.is_word(&c.tokens[joiner - 2], "to");
    subject_before_joiner(c, sentence, joiner, !infinitive)
        .or_else(|| sentence_subject(c, sentence, joiner))
        .or_else(|| subordinate_subject(c, sentence, joiner))
}

/// Where the `and` or `but` before the verb at token `i` stands, with at
/// most auxiliaries and adverbs between (`and has also called for`).
pub(super) fn joiner_before(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<usize> {
    let in_between = |t: &Token| t.is(GAP) || mentions::ly_adverb(c, t);
    let joiner = (sentence.first as usize..i).rev().find(|&k| !in_between(&c.tokens[k]))?;
    (c.is_word(&c.tokens[joiner], "and") || c.is_word(&c.tokens[joiner], "but")).then_some(joiner)
}

/// The subject of the clause `joiner` ends, read back to the nearest
/// clause boundary (the sentence's start, a comma, semicolon, colon or
/// dash) after which a noun phrase stands before a verb: in `A month later,
/// he toured the pier in Vik, Norway and said`, `Norway and` has no verb
/// after it, so `he` is the subject.
pub(super) fn nearest_subject(c: Ctx<'_>, sentence: &Sentence, joiner: usize) -> Option<Mention> {
    subject_before_joiner(c, sentence, joiner, true)
}

/// `nearest_subject`, reading a subject over an aside only when `asides`.
fn subject_before_joiner(c: Ctx<'_>, sentence: &Sentence, joiner: usize, asides: bool) -> Option<Mention> {
    let first = sentence.first as usize;
    // `, saying …` opening the draft: nothing before the joiner to read
    // (and no token before it at all).
    if joiner <= first {
        return None;
    }
    let subordinator = |t: &Token| super::content::SUBORDINATORS.iter().any(|w| c.is_word(t, w));
    // `…, and the union has taken the port to court over the tolls, saying`,
    // `prosecutors charged him and Holm fired her chief, acknowledging`:
    // `and` or `but` after a clause of its own opens the next one.
    let joins_clause = |k: usize| {
        let joined = c.is_word(&c.tokens[k - 1], "and") || c.is_word(&c.tokens[k - 1], "but");
        // Read back at most 40 words, as the search itself, so that a run-on
        // sentence costs no more than a short one.
        joined && k >= first + 2 && (c.tokens[k - 2].is_punct(',') || (first.max(k.saturating_sub(40))..k - 1).any(|j| finite_verb(c, &c.tokens[j])))
    };
    // `"…," she told the crowd, then referred to …`: a quote closed by its
    // comma ends a clause listed before a comma; `saying "of course" Ruiz
    // has …` runs on, and `- "…," she said - and argued` is an aside.
    let listed = c.tokens[joiner].is_punct(',');
    let closes_quoted_sentence =
        |k: usize| listed && c.tokens[k].kind == TokenKind::CloseQuote && k > first && matches!(c.tokens[k - 1].kind, TokenKind::Punct(',' | '?' | '!'));
    // `He defended the plan when the mayor came under attack, and has also
    // …`: a clause a subordinator opens straight after a word of the main
    // clause ends at the comma before `, and`; the verb after it is the
    // main clause's. After a form of *be* (`it's because the crews …, and
    // refuse …`) the clause is the main clause's complement.
    let comma_and = c.tokens[joiner - 1].is_punct(',');
    let be = |t: &Token| be_form(c, t) || c.is_word(t, "'s") || c.is_word(t, "\u{2019}s");
    let inside_main = |k: usize| comma_and && k >= first + 2 && c.tokens[k - 2].is_word() && !be(&c.tokens[k - 2]);
    let boundary = |k: usize| {
        k == first
            || matches!(c.tokens[k - 1].kind, TokenKind::Punct(',' | ';' | ':' | '\u{2014}' | '\u{2013}'))
            || closes_quoted_sentence(k - 1)
            || (subordinator(&c.tokens[k - 1]) && !inside_main(k))
            || joins_clause(k)
    };
    // `judges who would overturn it, and reminded`: a `who` straight after
    // its noun closes before a comma; after a comma (`Ann Berg, who …`) it
    // may hold commas of its own.
    let comma_before_joiner = c.tokens[joiner - 1].is_punct(',');
    let relative = |k: usize| c.is_word(&c.tokens[k], "who") && (!comma_before_joiner || k.checked_sub(1).is_some_and(|p| c.tokens[p].is_punct(',')));
    (first.max(joiner.saturating_sub(40))..joiner)
        .rev()
        .filter(|&k| (boundary(k) || relative(k)) && c.tokens[k].depth == 0)
        .find_map(|k| subject_at(c, first, k, joiner, relative(k), asides))
}

/// The subject of a clause that starts at token `k` (see
/// [`subject_before_joiner`]) and runs to `joiner`: the relative standing
/// there for the phrase before it (when `relative`), or a noun phrase
/// with its verb after it (past a time, or an aside when `asides`).
/// Expletive `it` and `there` name nobody.
fn subject_at(c: Ctx<'_>, first: usize, k: usize, joiner: usize, relative: bool, asides: bool) -> Option<Mention> {
    let verb_like = |t: &Token| t.is_word() && !t.cap() && !t.is(PREPOSITION | CONJUNCTION | RELATIVE | DETERMINER | PRONOUN);
    // `Ann Holm, who saw the vote and said …`: the relative, standing
    // for the phrase before it.
    let (rest, subject) = if relative {
        // `The council that met … rejected the plan and said`: a
        // relative on the sentence's first phrase ends before its verb.
        let opens_sentence = |m: &Mention| m.antecedent.is_some_and(|a| a.start == c.tokens[first].span().start);
        let (_, subject) = mentions::before(c).parse(Backward::new(c.tokens, first, k + 1)).ok().filter(|(_, m)| m.relative && !opens_sentence(m))?;
        (Forward::new(c.tokens, k + 1, joiner), subject)
    } else if c.tokens[k].is(RELATIVE) {
        return None;
    } else {
        // `Then he turned on Ruiz, calling him …`: a lone adverb first.
        let lone_adverb = c.tokens[k].is(GAP) && !c.tokens[k].is(PREPOSITION) && c.tokens.get(k + 1).is_some_and(|n| !n.is_punct(','));
        let k = if lone_adverb { k + 1 } else { k };
        let (rest, subject) = mentions::after(c).parse(Forward::new(c.tokens, k, joiner)).ok()?;
        // `as Holm leans on the mayor, citing`: a name and its verb in -s.
        let preposition_follows = rest.first().is_some_and(|t| t.is(PREPOSITION)) && c.word(&c.tokens[subject.head as usize]).ends_with('s');
        if preposition_follows {
            name_before_verb(c, &subject, joiner).unwrap_or((rest, subject))
        } else {
            (rest, subject)
        }
    };
    // `there are …`, `it's easy to … and call`, `it would be a … and
    // calculated move`: nobody is named.
    let it_is = c.is_word(&c.tokens[subject.first_token as usize], "it")
        && rest.first().is_some_and(|t| c.lex.list("verbs-after-expletive-it").iter().any(|w| c.is_word(t, w)));
    let expletive = c.is_word(&c.tokens[subject.first_token as usize], "there") || it_is;
    let rest = past_time_or_aside(c, rest, &subject, asides);
    (rest.at() < joiner && rest.first().is_some_and(verb_like) && !expletive).then_some(subject)
}

/// `the board on Monday rejected …`, `Ana Ruiz, the former mayor, proposed
/// …`: a time, or the comma closing an aside the mention read, may stand
/// between a subject and its verb. The verb after an aside must be finite,
/// so that `to call and` does not read a phrase before it as its subject.
fn past_time_or_aside<'a>(c: Ctx<'a>, rest: Forward<'a>, subject: &Mention, asides: bool) -> Forward<'a> {
    let before_time = |t: &Token| c.lex.list("words-before-a-time").iter().any(|w| c.is_word(t, w));
    let time = pair(opt(tok(before_time)), tok(|t: &Token| t.is(TIME)));
    if let Ok((after, _)) = skip_m_n(1, 2, time).parse(rest) {
        return after;
    }
    let aside_read = rest.at() > subject.end_token as usize;
    let closes_aside = rest.first().is_some_and(|t| t.is_punct(',')) && rest.get(1).is_some_and(|t| finite_verb(c, t));
    if asides && aside_read && closes_aside {
        return Forward::new(c.tokens, rest.at() + 1, rest.at() + rest.toks.len());
    }
    match adverbial_aside(c, rest) {
        Some(skip) if asides => Forward::new(c.tokens, rest.at() + skip, rest.at() + rest.toks.len()),
        _ => rest,
    }
}

/// `…, and Holm, once again, pledged …`: one to three words in lower case
/// (none a finite verb) between commas, straight after a subject and
/// before its finite verb, set off an adverbial the mention did not read.
/// Returns how many tokens the aside and its commas take.
fn adverbial_aside(c: Ctx<'_>, rest: Forward<'_>) -> Option<usize> {
    if !rest.first().is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let close = (2..=4).find(|&j| rest.get(j).is_some_and(|t| t.is_punct(',')))?;
    let plain = |t: &Token| t.is_word() && !t.cap() && !finite_verb(c, t);
    ((1..close).all(|j| rest.get(j).is_some_and(plain)) && rest.get(close + 1).is_some_and(|t| finite_verb(c, t))).then_some(close + 1)
}

/// `he vowed to ban the boats, declined to …`, `she told the crowd, then
/// referred to …`: the subject of the clause that a comma before the verb at
/// token `i` closes (adverbs and `then` between), when that clause holds a
/// subject and its verb (see `nearest_subject`).
pub(super) fn listed_subject(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Mention> {
    let in_between = |t: &Token| t.is(GAP) || mentions::ly_adverb(c, t) || c.is_word(t, "then");
    let comma = (sentence.first as usize..i).rev().find(|&k| !in_between(&c.tokens[k]))?;
    if !c.tokens[comma].is_punct(',') || c.tokens[comma].depth > 0 {
        return None;
    }
    nearest_subject(c, sentence, comma)
}

/// A lower-case verb in the past or third person outside quotation marks.
fn finite_verb(c: Ctx<'_>, t: &Token) -> bool {
    let verb = t.info().verb.is_some_and(|v| matches!(v.form, VerbForm::Past | VerbForm::Third));
    t.depth == 0 && !t.cap() && (verb || (t.is_word() && t.info().flags == 0 && mentions::ed_form(c, t)))
}

/// `But as Holm denounced the plan and pledged …`: the subject right after
/// a subordinator, with no comma between it and `joiner`.
fn subordinate_subject(c: Ctx<'_>, sentence: &Sentence, joiner: usize) -> Option<Mention> {
    let first = sentence.first as usize;
    let opener = (first..joiner)
        .rev()
        .take_while(|&k| !matches!(c.tokens[k].kind, TokenKind::Punct(_)) && c.tokens[k].depth == 0)
        .find(|&k| super::content::SUBORDINATORS.iter().any(|w| c.is_word(&c.tokens[k], w)))?;
    let (rest, subject) = mentions::after(c).parse(Forward::new(c.tokens, opener + 1, joiner)).ok()?;
    let verb_follows = rest.first().is_some_and(|t| t.is_word() && !t.cap());
    (verb_follows && !c.is_word(&c.tokens[subject.first_token as usize], "it")).then_some(subject)
}

/// `Holm thanked the crew and said …`, `he called it "weak" and said …`:
/// a past speech verb right after `and` or `but` (auxiliaries and adverbs
/// between) whose speaker `coordinated_subject` did not find shares the
/// subject of the verb before it: the speaker of the sentence's last clause
/// before it (which `clause_at` cannot see), or else the sentence's subject.
pub(super) fn shared_subject(c: Ctx<'_>, sentence: &Sentence, clause: &mut Clause, earlier: &[Clause]) {
    let i = clause.cue_tokens.0 as usize;
    let speech_past = clause.verb.is_some_and(|v| v.class == VerbClass::Speech && v.form == VerbForm::Past);
    if clause.shape != ClauseShape::NoSpeaker || !speech_past || c.is_word(&c.tokens[i], "reportedly") {
        return;
    }
    let Some(k) = joiner_before(c, sentence, i) else { return };
    let last = earlier.iter().rev().find(|e| e.sentence == clause.sentence && e.cue_tokens.1 as usize <= k);
    let source = match last {
        Some(e) if matches!(e.shape, ClauseShape::SpeakerFirst | ClauseShape::Inverted) => e.source,
        Some(_) => None,
        None => sentence_subject(c, sentence, k),
    };
    if let Some(source) = source {
        clause.source = Some(source);
        clause.shape = ClauseShape::SpeakerFirst;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{names_of, parse, LEDE};

    #[test]
    fn a_verb_after_and_takes_a_subject_over_a_time_or_an_aside() {
        let got = names_of(
            "Adopting the advice of a pilot who studied the case last week, the harbour board on Monday rejected both claims and ordered the levy cut.",
        );
        assert_eq!(got.last(), Some(&("ordered".to_string(), Some("harbour board".to_string()))));
        let got = names_of("Tom Bell on Monday signed an order, while Ana Ruiz, the former harbour chief, proposed a levy and said the mayor should resign.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("Ana Ruiz".to_string()))));
    }

    #[test]
    fn a_verb_after_comma_and_skips_a_clause_a_subordinator_opens_inside_the_main_one() {
        let got = names_of("She defended the plan when the mayor came under fire last spring, and has still not answered the question.");
        assert_eq!(got.last(), Some(&("answered".to_string(), Some("She".to_string()))));
        // Opening the sentence, the subordinate clause's subject says it.
        let got = names_of("When the mayor came under attack and said the fares would rise, nobody listened.");
        assert!(got.contains(&("said".to_string(), Some("mayor".to_string()))), "{got:?}");
        // After a form of *be* the clause is the main one's complement.
        let got = names_of("It is because the pilots saw the logs, and said the boats were old.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("pilots".to_string()))));
    }

    #[test]
    fn a_quote_closed_by_its_comma_opens_the_clause_a_listed_verb_joins() {
        let got = names_of("\"The levy must go,\" she told the crowd, then referred to the mayor's slogan.");
        assert_eq!(got.last(), Some(&("referred to".to_string(), Some("she".to_string()))));
    }

    #[test]
    fn a_verb_after_and_takes_a_subject_over_an_adverbial_set_off_by_commas() {
        let got = names_of("Ruiz has criticised the tolls, and Holm, once again, pledged a new timetable and said that the fares would fall.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("Holm".to_string()))));
        let got = names_of("Ruiz has criticised the tolls, and the crews, for their part, pledged a strike and said that the fares would rise.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("crews".to_string()))), "{got:?}");
        // A noun between commas with no finite verb after the second is a
        // list, not an adverbial: the list's last noun stays the subject.
        let got = names_of("Holm backed the tolls, and the pilots, dockers, and crews met and said the fares were fair.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("crews".to_string()))), "{got:?}");
    }

    #[test]
    fn none_standing_alone_speaks() {
        let got = names_of("The three harbour chiefs issued statements, and none has said it backs a levy.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("none".to_string()))));
    }

    #[test]
    fn a_verb_after_and_shares_the_subject_of_the_verb_before() {
        let got = parse(&format!("{LEDE}Okafor thanked the crew and then said the ferry would run."));
        let said = got.iter().find(|c| c.0 == "said").expect("said is a cue");
        assert_eq!(said.1.as_deref(), Some("Okafor"), "{got:?}");
        let got = parse(&format!("{LEDE}The skipper stopped the engines but later described the crossing as calm."));
        let described = got.iter().find(|c| c.0 == "described").expect("described is a cue");
        assert_eq!(described.1.as_deref(), Some("The skipper"), "{got:?}");
    }
}
