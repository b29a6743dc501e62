//! What may open a sentence before its subject: a wire dateline (`OSLO,
//! May 2 (Wire) —`), adverbials closed by their commas (`On Friday,`), a
//! span of time (`Two weeks after the vote,`), a sentence adverb
//! (`Ultimately,`), and an opening participle's clause (`Noting that …,
//! Holm said`), whose subject follows it.

use super::*;

/// Where the subject of the sentence may start, read past what opens it
/// (see [`sentence_subject`]): the words that open it, then up to two
/// adverbials closed by their commas, then a hedge before a count, which
/// belongs to the subject. Returns that token and where the adverbials
/// began (the start when there are none); `None` when an adverbial opens
/// the sentence with no comma to close it.
pub(super) fn subject_start(c: Ctx<'_>, sentence: &Sentence, before: usize) -> Option<(usize, usize)> {
    let before_openers = opening_words(c, sentence, before)?;
    let start = past_adverbials(c, before_openers, before)?;
    // `About 200 dockers marched …`, `Outside the arena, about 200
    // dockers gathered`: a hedge before a count is part of the subject, no
    // preposition opening an adverbial (the openers' loop stops at it).
    Some((start + count_hedge_len(c, start, before), before_openers))
}

/// Where the words that open a sentence before its adverbials end: a
/// quote, a dateline, a conjunction joining it to the last, the count
/// and time word of a span of time (`Two weeks after …`), a lone adverb.
fn opening_words(c: Ctx<'_>, sentence: &Sentence, before: usize) -> Option<usize> {
    // A quote opening the sentence is not its subject (`"…," the aide,
    // Joe Kasner, said`): the subject comes after it.
    let mut start = sentence.first as usize;
    while start < before && (c.tokens[start].is_mark() || c.tokens[start].depth > 0 || (start > sentence.first as usize && c.tokens[start].is_punct(','))) {
        start += 1;
    }
    start = after_dateline(c, start, before);
    // `And then Holm went on the attack, saying …`: a conjunction opening
    // the sentence, before a name or pronoun (and a lone adverb), joins it
    // to the last; it opens no adverbial.
    let first_word = c.tokens.get(start)?;
    let joins = c.lex.list("sentence-joiners").iter().any(|w| c.is_word(first_word, w));
    let named_after = |k: usize| c.tokens.get(k).is_some_and(|t| (t.cap() && t.is_word()) || subject_pronoun(c, t));
    if joins && (named_after(start + 1) || (c.tokens.get(start + 1).is_some_and(|t| t.is(GAP)) && named_after(start + 2))) {
        start += 1;
    }
    // `Two weeks after the vote, …`: a span of time opens the adverbial
    // its preposition heads.
    if start + 3 <= before && span_of_time_opens(c, start) {
        start += 2;
    }
    let opener = c.tokens.get(start)?;
    // `Then he cut into Bush`: a lone adverb before the subject (`Before
    // the vote, …` opens an adverbial instead).
    if opener.is(GAP) && !opener.is(PREPOSITION) && c.tokens.get(start + 1).is_some_and(|n| !n.is_punct(',')) {
        start += 1;
    } else if c.tokens.get(start + 1).is_some_and(|n| n.is(PREPOSITION)) && mentions::ly_adverb(c, opener) {
        // `Shortly after the vote, …`: an adverb in -ly before the
        // preposition of the adverbial it qualifies.
        start += 1;
    }
    Some(start)
}

/// Where up to two adverbials from `start` end (`On Thursday, after a long
/// silence, Warren …`), each closed by its comma or by a subject right
/// after a time; `None` when the first has no end before `before`.
fn past_adverbials(c: Ctx<'_>, mut start: usize, before: usize) -> Option<usize> {
    for round in 0..2 {
        let opener = c.tokens.get(start)?;
        if count_hedge_len(c, start, before) > 0 {
            break;
        }
        // `After thanking the crowd, which chanted his name, he …`: a
        // relative clause after the opener belongs to it.
        let relative = round == 1 && opener.is(RELATIVE);
        // `Citing the attack, Will urged …`: a capitalised auxiliary after
        // an opener is a name, not a second opener.
        let name = round == 1 && opener.cap() && opener.is(GAP) && !opener.is(PREPOSITION | TIME | CONJUNCTION);
        // `Dowling, the mayor, said`: a word in -ing still capitalised once
        // the sentence-start capitals are settled is a name (see
        // `capitals.rs`), not an opening participle.
        let ing_name = opener.cap() && opener.info().verb.is_some_and(|v| v.form == VerbForm::Ing);
        let adverbial = !name && opener.is(PREPOSITION | TIME | GAP | CONJUNCTION)
            || (opener.info().verb.is_some_and(|v| matches!(v.form, VerbForm::Past | VerbForm::Ing)) && !ing_name)
            || sentence_adverb(c, start)
            || relative;
        if !adverbial {
            break;
        }
        // `In calling the plan "a scandal," Holm …`: a comma closing a quote
        // closes the opener too; other commas inside quotes do not.
        let closes =
            |k: usize| c.tokens[k].is_punct(',') && (c.tokens[k].depth == 0 || c.tokens.get(k + 1).is_some_and(|n| matches!(n.kind, TokenKind::CloseQuote)));
        // `Noting that the port's policy has been to let the firm keep …,
        // Holm …`: an opening participle's clause runs longer than a
        // preposition's phrase.
        // So does one after `while`, `after` or `by` (`While discussing the
        // fares with the crews who …, Holm …`).
        let ing = |t: &Token| t.info().verb.is_some_and(|v| v.form == VerbForm::Ing);
        let introduced = opener.is(PREPOSITION | CONJUNCTION) && c.tokens.get(start + 1).is_some_and(ing);
        let reach = if ing(opener) || introduced { OPENING_CLAUSE_WORDS } else { OPENER_WORDS };
        let comma = (start..before.min(start + reach)).find(|&k| closes(k)).map(|k| if c.tokens[k].depth == 0 { k } else { k + 1 });
        // `On Monday she held firm on it, seeking …`: a subject pronoun
        // right after a time ends the opener, which had no comma.
        let pronoun_after_time = |k: usize| subject_pronoun(c, &c.tokens[k]) && (c.tokens[k - 1].is(TIME) || c.tokens[k - 1].kind == TokenKind::Number);
        // `On Sunday morning Okafor made …, writing …`: so does a name
        // right after a time that a preposition opens (`At a Monday Senate
        // hearing,` is one phrase; `In 2008 Democratic …` may be one too).
        let name_after_time = |k: usize| {
            let (t, time) = (&c.tokens[k], &c.tokens[k - 1]);
            let opened = k >= 2 && c.tokens[k - 2].is(PREPOSITION | TIME);
            t.cap() && !t.is(TIME) && (mentions::name_word(c, t) || t.is(TITLE)) && time.is(TIME) && opened
        };
        let after_time = |k: usize| pronoun_after_time(k) || name_after_time(k);
        if let Some(subject_start) = comma.and_then(|comma| (start + 1..comma).find(|&k| after_time(k))) {
            start = subject_start;
            break;
        }
        match comma {
            Some(comma) => start = comma + 1,
            None if round == 0 => return None,
            None => break,
        }
    }
    Some(start)
}

/// `One month after announcing …,`, `Two days before the vote,`: a count (a
/// number, a number word, `a` or `an`) before a time word and `after`,
/// `before` or `since` is no subject but the start of an opener. (`A week
/// later,` is read as it was: measured on train, taking it as an opener
/// too gave a later participle the phrase after it, which the annotation
/// did not.)
pub(super) fn span_of_time_opens(c: Ctx<'_>, start: usize) -> bool {
    let Some([count, time, placing]) = c.tokens.get(start..start + 3) else { return false };
    let counts = count.kind == TokenKind::Number || mentions::number_word(c, count) || mentions::indefinite(c, count);
    // `years` and `decades` are no time words elsewhere (`for years`).
    let span = time.is(TIME) || c.is_word(time, "years") || c.is_word(time, "decades");
    counts && span && c.lex.list("counts-placed-in-time").iter().any(|w| c.is_word(placing, w))
}

/// `About 200 dockers`, `More than 40 pilots`: how many words of a hedge
/// («clause-words» [count-hedges], or `more than`) stand before a count
/// (a number or number word) and the lower-case noun it counts; 0 if none.
pub(super) fn count_hedge_len(c: Ctx<'_>, start: usize, before: usize) -> usize {
    let hedge = |k: usize| c.tokens.get(k).is_some_and(|t| c.lex.in_list("count-hedges", c.word(t)));
    let more_than = c.tokens.get(start + 1).is_some_and(|t| c.is_word(t, "than")) && c.tokens.get(start).is_some_and(|t| c.is_word(t, "more"));
    let len = if more_than { 2 } else { usize::from(hedge(start)) };
    let counted = |k: usize| {
        let (Some(count), Some(noun)) = (c.tokens.get(k), c.tokens.get(k + 1)) else { return false };
        let is_count = count.kind == TokenKind::Number || mentions::number_word(c, count);
        is_count && noun.is_word() && !noun.cap() && !noun.is(TIME | FUNCTION | DETERMINER | PREPOSITION)
    };
    if len > 0 && start + len + 2 <= before && counted(start + len) {
        len
    } else {
        0
    }
}

/// The most tokens an opening phrase (`On Friday,`, `After a long
/// silence,`) may run before its comma, and an opening participle's clause.
pub(super) const OPENER_WORDS: usize = 20;

pub(super) const OPENING_CLAUSE_WORDS: usize = 40;

/// `Ultimately,`, `Additionally,`: an adverb in -ly and a comma opening the
/// sentence. Only the adverb endings count, so that a name (`Kelly, 34,
/// said`) is still a subject.
pub(super) fn sentence_adverb(c: Ctx<'_>, k: usize) -> bool {
    let word = c.word(&c.tokens[k]);
    let comma = c.tokens.get(k + 1).is_some_and(|t| t.is_punct(','));
    comma && word.len() > 5 && c.lex.list("sentence-adverb-endings").iter().any(|e| word.ends_with(e))
}

/// `After suggesting …, Lena Berg voted`, `Noting that …, Holm said`: a
/// participle in the phrase that opens the sentence has the subject that
/// follows the phrase.
pub fn subject_after_opener(c: Ctx<'_>, sentence: &Sentence, participle: usize) -> Option<Mention> {
    let first = (sentence.first as usize..participle).find(|&k| c.tokens[k].is_word()).unwrap_or(participle);
    if opener_reaches(c, first, participle) == participle {
        return sentence_subject(c, sentence, sentence.end as usize).filter(|s| s.first_token as usize > participle);
    }
    // `On Sunday, while commenting on the fares, Holm said …`: adverbials
    // closed by their commas may stand before the participle's phrase; the
    // subject is read as if the sentence opened with that phrase.
    let after = adverbials_before(c, first, participle)?;
    if opener_reaches(c, after, participle) != participle {
        return None;
    }
    let rest = Sentence { first: after as u32, ..*sentence };
    sentence_subject(c, &rest, sentence.end as usize).filter(|s| s.first_token as usize > participle)
}

/// Where up to two adverbials that open the sentence before the token
/// `participle` end (`On Sunday,`, `Tuesday on the harbour radio show,`):
/// each opens with a preposition or a time and runs to a comma (one inside
/// a closing quote counts) before the participle. `None` when none does.
fn adverbials_before(c: Ctx<'_>, first: usize, participle: usize) -> Option<usize> {
    let mut k = first;
    for _ in 0..2 {
        let opens = c.tokens.get(k).is_some_and(|t| t.is(PREPOSITION | TIME) && !t.is(CONJUNCTION)) && k < participle;
        let comma = opens.then(|| (k + 1..participle.min(k + OPENER_WORDS)).find(|&j| c.tokens[j].is_punct(','))).flatten();
        let Some(comma) = comma else { break };
        k = comma + 1;
        if c.tokens.get(k).is_some_and(|t| t.kind == TokenKind::CloseQuote) {
            k += 1;
        }
    }
    (k > first && k <= participle).then_some(k)
}

/// Where the words that may open a sentence before its participle end,
/// read from `first`: a dateline, a connective and its comma (`But while
/// denouncing …`, `Now, after arguing …`), one preposition or subordinator
/// or `in addition to`, and adverbs in -ly (`After deliberately playing
/// down …`).
fn opener_reaches(c: Ctx<'_>, first: usize, participle: usize) -> usize {
    let connectives = c.lex.list("opener-connectives");
    let is = |k: usize, w: &str| k < participle && c.is_word(&c.tokens[k], w);
    let mut k = after_dateline(c, first, participle);
    if k + 3 <= participle && span_of_time_opens(c, k) {
        k += 2;
    }
    while k < participle && (connectives.iter().any(|w| is(k, w)) || c.tokens[k].is_punct(',')) {
        k += 1;
    }
    if is(k, "in") && is(k + 1, "addition") && is(k + 2, "to") {
        k += 3;
    } else if k < participle && c.tokens[k].is(PREPOSITION | CONJUNCTION) {
        k += 1;
    }
    while k < participle && mentions::ly_adverb(c, &c.tokens[k]) {
        k += 1;
    }
    k
}

/// Where the copy starts after a wire dateline (`OSLO, May 2 (Wire) —`):
/// a place in capitals, then a date or agency, up to a dash.
///
/// A state's abbreviation in the dateline (`VIK, Nor. (Wire) —`) ends a
/// sentence, so the next one opens with the agency in brackets: it is
/// read to the dash as well.
pub(super) fn after_dateline(c: Ctx<'_>, start: usize, before: usize) -> usize {
    let place = c.tokens.get(start).is_some_and(|t| t.is_word() && c.word(t).len() > 1 && !c.word(t).chars().any(char::is_lowercase));
    let agency = c.tokens.get(start).is_some_and(|t| t.is_punct('('));
    // `New Harbor (Wire) –`: a place in title case when the agency's
    // bracket follows its words straight away (`Sen. Ann Holm (D-Vik) —`
    // is a name with its party).
    let titled = || {
        let words = (start..before.min(start + 4)).take_while(|&k| c.tokens[k].is_word() && c.tokens[k].cap() && !c.tokens[k].is(TITLE)).count();
        let party = |t: &Token| matches!(c.word(t).as_bytes(), [b'R' | b'D' | b'I'] | [b'R' | b'D' | b'I', b'-', ..]);
        words > 0 && c.tokens.get(start + words).is_some_and(|t| t.is_punct('(')) && c.tokens.get(start + words + 1).is_some_and(|t| !party(t))
    };
    if !place && !agency && !titled() {
        return start;
    }
    let dateline_word = |t: &Token| t.is_word() || t.kind == TokenKind::Number || matches!(t.kind, TokenKind::Punct(',' | '(' | ')' | '.'));
    (start + 1..before.min(start + 12))
        .take_while(|&k| dateline_word(&c.tokens[k]) || c.tokens[k].is_dash())
        .find(|&k| c.tokens[k].is_dash())
        .map_or(start, |dash| dash + 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{clauses_of, names_of, participle_subject};

    #[test]
    fn a_dateline_with_a_place_in_title_case_before_the_agency_opens_no_subject() {
        let subject = |text: &str| {
            let text = format!("The ferry resumed service on Monday.\n\n{text}");
            let clauses = clauses_of(&text);
            let accusing = clauses.iter().find(|cl| cl.cue.of(&text) == "accusing").expect("accusing is a cue");
            accusing.subject.map(|m| m.name.of(&text).to_string())
        };
        let dateline = "Vik Harbor (Wire) – Mayor Ann Holm on Monday toured the pier with the crews, trashing the plan and accusing the board of delay.";
        assert_eq!(subject(dateline).as_deref(), Some("Ann Holm"));
        // A name and its party in brackets is no dateline: it speaks.
        let got = names_of("Sen. Ann Holm (D-Vik) — Announced March 23, 2015");
        assert_eq!(got, [("Announced".to_string(), Some("Ann Holm".to_string()))]);
    }

    #[test]
    fn an_opening_participle_after_adverbials_has_the_subject_after_its_phrase() {
        let got = participle_subject("On Sunday, commenting on the fares, Mayor Ann Holm said the pier was safe.");
        assert_eq!(got.as_deref(), Some("Ann Holm"));
        let got = participle_subject("Sunday, on the \"Harbour Hour,\" while discussing the fares, Mayor Ann Holm (D-Vik) said the pier was safe.");
        assert_eq!(got.as_deref(), Some("Ann Holm"));
        // No subject after the participle's phrase: none.
        assert_eq!(participle_subject("On Sunday, commenting on the fares."), None);
    }

    /// An adverb in -ly before the preposition of an opening adverbial
    /// (`Shortly after …,`) belongs to it: the subject follows its comma.
    #[test]
    fn an_adverb_in_ly_before_an_opening_preposition_is_part_of_the_adverbial() {
        let got = participle_subject("Shortly after the vote ended, the harbour board sent out a release saying the fees must go \"at once.\"");
        assert_eq!(got.as_deref(), Some("harbour board"));
        // An adverb in -ly before no preposition opens no adverbial: it
        // qualifies the subject's count.
        let got = participle_subject("Nearly two dozen crews sent out a release saying the fees must go \"at once.\"");
        assert_eq!(got.as_deref(), Some("dozen crews"));
    }

    #[test]
    fn a_participle_after_while_may_run_long_before_its_comma() {
        let got = participle_subject(
            "While discussing the fares with the crews who had sailed the strait through the storm on Friday and the pilots who waited all night, Holm said the pier was safe.",
        );
        assert_eq!(got.as_deref(), Some("Holm"));
    }

    #[test]
    fn an_opening_participle_may_run_long_before_its_comma() {
        let got = participle_subject("Noting that the port's policy has been to let the ferry firm keep on running the boats on the lines it controls across the strait, Holm reminded voters of his plan.");
        assert_eq!(got.as_deref(), Some("Holm"));
    }

    #[test]
    fn a_capitalised_auxiliary_after_an_opener_is_a_name() {
        let got = participle_subject(
            "Citing the storm as a warning to the harbour and its \"dreams of an easy summer,\" Will urged the board, the council and the port to act.",
        );
        assert_eq!(got.as_deref(), Some("Will"));
    }

    #[test]
    fn a_name_after_a_time_ends_an_opener_without_its_comma() {
        let got = participle_subject("On Thursday evening Marta Okafor delivered her speech as the nominee, seeking to prove her case.");
        assert_eq!(got.as_deref(), Some("Marta Okafor"));
        let got = participle_subject("On Sunday morning Mr. Okafor made a third attempt to calm the crews, writing that the fares would fall.");
        assert_eq!(got.as_deref(), Some("Okafor"));
    }

    #[test]
    fn a_span_of_time_opening_the_sentence_is_no_subject() {
        let got = participle_subject("Two weeks after backing the levy, Marta Okafor still believes the pier is unsafe.");
        assert_eq!(got.as_deref(), Some("Marta Okafor"));
        let got = participle_subject("Eight years after backing the mayor, pier owner Tom Bell is again weighing the field.");
        assert_eq!(got.as_deref(), Some("Tom Bell"));
    }

    #[test]
    fn an_agency_in_brackets_after_a_dateline_abbreviation_opens_no_subject() {
        let got =
            names_of("VIK, Nor. (Wire) - Mayor Marta Okafor met crews of a ferry and relatives of the 12 people hurt on Monday and said the fares would rise.");
        assert!(got.contains(&("said".into(), Some("Marta Okafor".into()))), "{got:?}");
    }
}
