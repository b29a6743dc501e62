//! Who a clause names: the speaker before the verb and the words between,
//! agreement, the sentence's subject, a passive's agent.

use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::{pair, terminated};
use nom::{Input, Parser};

use crate::parse::lexicon::{class::*, Verb, VerbClass, VerbForm};
use crate::parse::mentions::{self, Ctx, Mention};
use crate::parse::sentences::Sentence;
use crate::parse::stream::{skip_m_n, tok, Backward, Forward, PResult};
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;

/// The verb agrees with its speaker: `critics say`, `the ministry says`,
/// `she will say`; not `the minister's latest request`, where the "verb" is
/// a noun. `gap_start` is where the words between speaker and verb begin.
pub(super) fn agrees(c: Ctx<'_>, source: &Mention, verb: Verb, gap_start: usize, cue: usize) -> bool {
    let head = &c.tokens[source.head as usize];
    let gap = &c.tokens[gap_start..cue];
    let auxiliary = gap.iter().any(|t| t.is(GAP) && !c.word(t).ends_with("ly"));
    let plural = source.kind == mentions::MentionKind::Group
        || head.is(THEY | FIRST_PERSON | SECOND_PERSON | GROUP | ORG)
        || (head.is(ANONYMOUS) && !c.is_word(head, "source") && !c.is_word(head, "official") && !c.is_word(head, "aide"))
        || mentions::plural_noun(c.word(head))
        || (c.word(head).ends_with("is") && c.lex.in_list("plurals-in-is", c.word(head)))
        // `data show` and `data shows` alike.
        || c.lex.in_list("nouns-of-either-number", c.word(head))
        || c.tokens[source.first_token as usize..source.end_token as usize].iter().any(|t| c.is_word(t, "and"));
    // `the statement read`: a verb whose past is its base form.
    let past_too = c.lex.lemma(verb.lemma) == "read";
    match verb.form {
        VerbForm::Base => plural || auxiliary || past_too,
        VerbForm::Third => !head.is(THEY | FIRST_PERSON | SECOND_PERSON) || auxiliary,
        _ => true,
    }
}

/// The subject of a sentence: its first noun phrase, after an opening
/// adverbial (`On Friday, …`, `Asked about the tolls, …`), when a verb
/// follows it. Expletive `it` and `there` are nobody.
pub fn sentence_subject(c: Ctx<'_>, sentence: &Sentence, before: usize) -> Option<Mention> {
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
    }
    // `On Thursday, after a long silence, Warren …`: up to two openers.
    let before_openers = start;
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
    // `About 200 dockers marched …`, `Outside the arena, about 200
    // dockers gathered`: a hedge before a count is part of the subject, no
    // preposition opening an adverbial (the openers' loop stops at it).
    start += count_hedge_len(c, start, before);
    if start >= before {
        return None;
    }
    let (mut rest, mut subject) = mentions::after(c).parse(Forward::new(c.tokens, start, before)).ok()?;
    // `In Salem, New Hampshire, Trump …`: a place after an opener's comma
    // ends the opener; the subject follows it (`China, Pyongyang's ally,
    // said` opens with no opener: China is the subject).
    let place = mentions::place_name(&c.tokens[subject.first_token as usize..subject.end_token as usize]);
    // `On Friday, Norway, leading a group of towns, asked …`: with no
    // phrase after its comma, the place is the subject, set off by an aside.
    if start > before_openers && place && rest.first().is_some_and(|t| t.is_punct(',')) {
        let after_place = mentions::after(c).parse(Forward::new(c.tokens, rest.at() + 1, before)).ok();
        let aside_follows = c.tokens.get(rest.at() + 1).is_some_and(|t| t.is_word() && !t.cap() && c.word(t).ends_with("ing"));
        match after_place {
            Some(found) => (rest, subject) = found,
            None if aside_follows => {}
            None => return None,
        }
    }
    let head_in_s = c.word(&c.tokens[subject.head as usize]).ends_with('s');
    let object_follows = rest.first().is_some_and(|n| n.is(DETERMINER | PRONOUN) && !n.is(PREPOSITION)) && head_in_s;
    let adverb_follows = rest.first().is_some_and(|n| mentions::ly_adverb(c, n));
    // `Okafor lists "…" as her goal`, `the FBI projects that "…"`: quoted
    // words or `that` straight after a head in -s are its object, and an
    // organisation before it is the subject as a person is.
    // (The subject is read up to the quote, so the quote's mark is the
    // token the reading stopped at.)
    let quote_follows = c.tokens.get(rest.at()).is_some_and(|n| n.kind == TokenKind::OpenQuote);
    let words_follow = head_in_s && (quote_follows || rest.first().is_some_and(|n| c.is_word(n, "that")));
    if object_follows || adverb_follows || words_follow {
        let organisation = || organisation_before_verb(c, &subject, before).filter(|_| words_follow);
        if let Some(found) = name_before_verb(c, &subject, before).or_else(organisation) {
            (rest, subject) = found;
        }
    }
    let first = &c.tokens[subject.first_token as usize];
    if c.is_word(first, "it") || c.is_word(first, "there") {
        return None;
    }
    if let Some(name) = name_set_beside(c, &subject, rest.at(), before) {
        subject.name = name;
        if c.tokens[subject.head as usize].is(ROLE | TITLE | ANONYMOUS) {
            subject.kind = mentions::MentionKind::Person;
        }
    }
    let next = rest.first()?;
    // `Gov. Ann Holm (R) blasted …`: a party label may follow the name.
    let party = |t: &Token| matches!(c.word(t).as_bytes(), [b'R' | b'D' | b'I'] | [b'R' | b'D' | b'I', b'-', ..]);
    let label = next.is_punct('(') && rest.get(1).is_some_and(party);
    ((next.is_word() && !next.cap()) || next.is_punct(',') || label).then_some(subject)
}

/// `One month after announcing …,`, `Two days before the vote,`: a count (a
/// number, a number word, `a` or `an`) before a time word and `after`,
/// `before` or `since` is no subject but the start of an opener. (`A week
/// later,` is read as it was: measured on train, taking it as an opener
/// too gave a later participle the phrase after it, which the annotation
/// did not.)
fn span_of_time_opens(c: Ctx<'_>, start: usize) -> bool {
    let Some([count, time, placing]) = c.tokens.get(start..start + 3) else { return false };
    let counts = count.kind == TokenKind::Number || mentions::number_word(c, count) || c.is_word(count, "a") || c.is_word(count, "an");
    // `years` and `decades` are no time words elsewhere (`for years`).
    let span = time.is(TIME) || c.is_word(time, "years") || c.is_word(time, "decades");
    counts && span && c.lex.list("counts-placed-in-time").iter().any(|w| c.is_word(placing, w))
}

/// `About 200 dockers`, `More than 40 pilots`: how many words of a hedge
/// («clause-words» [count-hedges], or `more than`) stand before a count
/// (a number or number word) and the lower-case noun it counts; 0 if none.
fn count_hedge_len(c: Ctx<'_>, start: usize, before: usize) -> usize {
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
const OPENER_WORDS: usize = 20;
const OPENING_CLAUSE_WORDS: usize = 40;

/// `The union's chief, Tom Bell, 70, had sailed for years and said …`: a
/// name set off by commas straight after a common noun subject names it,
/// as `mentions::before` reads such an aside before a verb. Returns the
/// name's span.
fn name_set_beside(c: Ctx<'_>, subject: &Mention, comma: usize, before: usize) -> Option<Span> {
    let head = &c.tokens[subject.head as usize];
    if subject.kind == mentions::MentionKind::Pronoun || head.cap() || !c.tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let words = (comma + 1..before.min(comma + 1 + NAME_WORDS)).take_while(|&k| mentions::name_word(c, &c.tokens[k])).count();
    let closes = comma + 1 + words;
    (words > 0 && closes < before && c.tokens[closes].is_punct(',')).then(|| Span::new(c.tokens[comma + 1].span().start, c.tokens[closes - 1].span().end))
}

/// The most words a name set beside a subject may have.
const NAME_WORDS: usize = 4;

/// `Holm makes a case:`, `Holm went fully on the attack`: a name and its
/// verb read as a noun phrase (`Holm voters`) when an object, an adverb or
/// a preposition follows; the name is the subject, and the reading goes on
/// at the verb (up to `end`).
fn name_before_verb<'a>(c: Ctx<'a>, subject: &Mention, end: usize) -> Option<(Forward<'a>, Mention)> {
    let head = subject.head as usize;
    if c.tokens[head].cap() || head <= subject.first_token as usize {
        return None;
    }
    let (rest, name) = mentions::after(c).parse(Forward::new(c.tokens, subject.first_token as usize, head)).ok()?;
    (rest.at() == head && name.kind == mentions::MentionKind::Person).then(|| (Forward::new(c.tokens, head, end), name))
}

/// As [`name_before_verb`], for an organisation (`The FBI lists`).
fn organisation_before_verb<'a>(c: Ctx<'a>, subject: &Mention, end: usize) -> Option<(Forward<'a>, Mention)> {
    let head = subject.head as usize;
    if c.tokens[head].cap() || head <= subject.first_token as usize {
        return None;
    }
    let (rest, name) = mentions::after(c).parse(Forward::new(c.tokens, subject.first_token as usize, head)).ok()?;
    (rest.at() == head && name.kind == mentions::MentionKind::Organisation).then(|| (Forward::new(c.tokens, head, end), name))
}

/// `Ultimately,`, `Additionally,`: an adverb in -ly and a comma opening the
/// sentence. Only the adverb endings count, so that a name (`Kelly, 34,
/// said`) is still a subject.
fn sentence_adverb(c: Ctx<'_>, k: usize) -> bool {
    let word = c.word(&c.tokens[k]);
    let comma = c.tokens.get(k + 1).is_some_and(|t| t.is_punct(','));
    comma && word.len() > 5 && c.lex.list("sentence-adverb-endings").iter().any(|e| word.ends_with(e))
}

/// `he`, `she`, `they`, `we`, `I`: a pronoun that can only be a subject.
fn subject_pronoun(c: Ctx<'_>, t: &Token) -> bool {
    // Most tokens are ruled out by their kind before the list is looked up.
    t.is(PRONOUN) && c.lex.list("subject-pronouns").iter().any(|w| c.is_word(t, w))
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
fn after_dateline(c: Ctx<'_>, start: usize, before: usize) -> usize {
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

/// `was asked`, `is expected`, `were told`: a participle after a form of *be*.
pub(super) fn passive(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    passive_auxiliary(c, sentence, i).is_some()
}

/// `can be found`, `is certain to be challenged`: a passive after the bare
/// form *be*, a report that may or may not come. So is one after `being`
/// with no other *be* before it (`missions being considered`, `without
/// being told`): 16 of 24 such cues on train were none.
pub(super) fn unrealised_passive(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    passive_auxiliary(c, sentence, i).is_some_and(|k| c.is_word(&c.tokens[k], "be") || c.is_word(&c.tokens[k], "being"))
}

/// Where the form of *be* of a passive stands.
fn passive_auxiliary(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<usize> {
    let verb = c.tokens[i].info().verb.filter(|v| v.form == VerbForm::Past)?;
    // `he's said`, `who's argued`: before a verb of speech or stance `'s`
    // is *has*; `it's expected`, `it's known` are passives. So is it before
    // `wanted` after a subject pronoun (`he's wanted to run since …`).
    let has = matches!(verb.class, VerbClass::Speech | VerbClass::Stance);
    let want = c.lex.lemma(verb.lemma) == "want";
    // `being` alone is the auxiliary when no other form of *be* precedes.
    let mut being = None;
    let inside = c.lex.list("words-inside-a-passive");
    let mut j = i;
    while j > sentence.first as usize {
        j -= 1;
        let t = &c.tokens[j];
        // `is increasingly seen as`, `was formally nominated`, `is now
        // deemed`: an adverb in -ly may stand between, but for those that
        // make a habit of it (`are typically reported`), which state the
        // writer's generalisation rather than a report.
        let adverb = mentions::ly_adverb(c, t) && !c.lex.list("habitual-adverbs").iter().any(|w| c.is_word(t, w));
        // `being`, the forms of *be* and the words inside a passive are all
        // gap words («function-words» [gap]): others are not compared.
        let gap_word = t.is(GAP);
        if gap_word && c.is_word(t, "being") {
            being = being.or(Some(j));
            continue;
        }
        if adverb || (gap_word && inside.iter().any(|w| c.is_word(t, w))) {
            continue;
        }
        let contracted = c.is_word(t, "'s") || c.is_word(t, "’s");
        let wanted = want && j > 0 && subject_pronoun(c, &c.tokens[j - 1]);
        let be = (gap_word && be_form(c, t)) || (contracted && !has && !wanted);
        return if be { Some(j) } else { being };
    }
    being
}

/// A form of *be* (`grammar/clause-words.txt` [be-forms]), negatives
/// written as one word with it.
pub(super) fn be_form(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && c.lex.in_list("be-forms", c.word(t))
}

/// `was called "a disgrace" by the mayor`: the speaker of a passive report,
/// named after `by` within a few words of the verb.
pub(super) fn agent(c: Ctx<'_>, sentence: &Sentence, from: usize) -> Option<Mention> {
    let (by, source) = by_phrase(c, sentence, from)?;
    // `was asked at a dinner held by the Gazette`, `to play by the
    // rules`: a verb between makes the `by` that verb's.
    (!(from..by).any(|k| verb_between(c, &c.tokens[k]))).then_some(source)
}

/// The first `by` within twelve tokens of `from` and the speaker it
/// names, whichever verb it belongs to: someone named to make a report
/// that may come (`could be read in filings sent by the fund`).
pub(super) fn by_phrase(c: Ctx<'_>, sentence: &Sentence, from: usize) -> Option<(usize, Mention)> {
    let end = (from + 12).min(sentence.end as usize);
    let by = (from..end).find(|&i| c.tokens[i].depth == 0 && c.is_word(&c.tokens[i], "by"))?;
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, by + 1, sentence.end as usize)).ok()?;
    let someone = matches!(
        source.kind,
        mentions::MentionKind::Person | mentions::MentionKind::Organisation | mentions::MentionKind::Group | mentions::MentionKind::Anonymous
    );
    someone.then_some((by, source))
}

/// `was named this week in court filings`, `was listed in a port report`: a
/// passive with no `by` tells its report in a document (one of «clause-words»
/// [documents-that-tell]) after `in`, at most three words of time or manner
/// after the cue; the document is its source.
pub(super) fn document_told_in(c: Ctx<'_>, sentence: &Sentence, cue_end: usize) -> Option<Mention> {
    let end = sentence.end as usize;
    let circumstance = |t: &Token| t.is(TIME) || t.kind == TokenKind::Number || mentions::ly_adverb(c, t) || c.is_word(t, "last") || c.is_word(t, "this");
    let skip = (cue_end..(cue_end + 3).min(end)).take_while(|&k| circumstance(&c.tokens[k])).count();
    let at = cue_end + skip;
    if at >= end || !c.is_word(&c.tokens[at], "in") {
        return None;
    }
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, at + 1, end)).ok()?;
    c.lex.in_list("documents-that-tell", c.word(&c.tokens[source.head as usize])).then_some(source)
}

/// A lower-case verb form, known or in -ed, that is no auxiliary.
fn verb_between(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && !t.cap() && !t.is(GAP) && (t.info().verb.is_some() || mentions::ed_form(c, t))
}

/// Words between a speaker and the verb, read backwards: auxiliaries and
/// adverbs (`has also`), a time (`on Friday`), an aside in commas or brackets.
pub(super) fn gap<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    // Most gaps are empty (`Okafor said`): a word that opens none of the
    // alternatives is answered at once rather than by trying all seven
    // (about 250 instructions a subject read).
    if input.first().is_some_and(|t| opens_no_gap(c, t)) {
        return Ok((input, ()));
    }
    gap_parse(c, input)
}

/// A word that no alternative of [`gap_parse`] starts with (reading
/// backwards): no auxiliary, adverb in -ly, determiner or time. Marks and
/// numbers are left to the parse.
fn opens_no_gap(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && !t.is(GAP | DETERMINER | TIME) && !mentions::ly_adverb(c, t)
}

fn gap_parse<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    // A capitalised auxiliary between a quote and the verb is a name (`"…,"
    // Will wrote`).
    let auxiliary = |t: &Token| t.is(GAP) && (!t.cap() || c.is_headline(t));
    let word = tok(|t: &Token| auxiliary(t) || (mentions::ly_adverb(c, t) && !t.is(ORG | ANONYMOUS | TITLE)));
    // The word lists are looked up only when a word could be in them: most
    // gaps are read many times over and hold neither.
    let time_opener = |t: &Token| c.lex.list("time-openers").iter().any(|w| c.is_word(t, w));
    let time = |input: Backward<'a>| {
        let (rest, (_, before)) = pair(tok(|t: &Token| t.is(TIME) || t.kind == TokenKind::Number), opt(tok(time_opener))).parse(input)?;
        // `3 in 10 said`, `three in 10 said`: a proportion, the speaker, not a time.
        let proportion =
            before.is_some_and(|b| c.is_word(&b, "in")) && rest.first().is_some_and(|n| n.kind == TokenKind::Number || mentions::number_word(c, n));
        if proportion {
            return Err(nom::Err::Error(()));
        }
        Ok((rest, ()))
    };
    // `Holm and Ruiz both condemned`, `who has both endorsed`: a quantifier
    // floating after its subject (a word before it) is no speaker.
    // Each floating quantifier is a determiner («function-words»).
    let floating = terminated(
        tok(|t: &Token| t.is(DETERMINER) && c.lex.list("floating-quantifiers").iter().any(|w| c.is_word(t, w))),
        nom::combinator::peek(tok(|t: &Token| (t.is_word() || t.is_punct(')')) && !t.is(DETERMINER | PREPOSITION))),
    );
    // `Kasich (R-Ohio), said`: a stray comma after a bracketed label.
    let comma_after_label = terminated(tok(|t: &Token| t.is_punct(',')), nom::combinator::peek(tok(|t: &Token| t.is_punct(')'))));
    let (rest, _) = skip_m_n(
        0,
        6,
        alt((word.map(|_| ()), floating.map(|_| ()), time.map(|_| ()), mentions::bracketed, comma_after_label.map(|_| ()), comma_aside, dash_aside)),
    )
    .parse(input)?;
    Ok((rest, ()))
}

/// `— after a long pause —` or `-- who chairs the council --` read
/// backwards: an aside set off by dashes, up to 30 tokens with no
/// quotation in it (the input is the sentence's).
pub(super) fn dash_aside(input: Backward<'_>) -> PResult<Backward<'_>, ()> {
    let dash = |t: &Token| t.is_dash();
    let (inside, _) = skip_m_n(1, 2, tok(dash)).parse(input)?;
    let len = (1..30).take_while(|&k| inside.get(k - 1).is_some_and(|t| !t.is_mark())).find(|&k| inside.get(k).is_some_and(dash)).ok_or(nom::Err::Error(()))?;
    let (rest, _) = skip_m_n(1, 2, tok(dash)).parse(inside.take_from(len))?;
    Ok((rest, ()))
}

/// `, in a statement,` or `, on Friday,` read backwards: an aside that opens
/// with a preposition or a time.
pub(super) fn comma_aside(input: Backward<'_>) -> PResult<Backward<'_>, ()> {
    let (inside, _) = tok(|t: &Token| t.is_punct(',')).parse(input)?;
    let len = (1..10).find(|&k| inside.get(k).is_some_and(|t| t.is_punct(','))).ok_or(nom::Err::Error(()))?;
    let opener = inside.get(len - 1).ok_or(nom::Err::Error(()))?;
    let all_words = (0..len).all(|k| inside.get(k).is_some_and(|t| t.is_word() || t.kind == TokenKind::Number || t.kind == TokenKind::Possessive));
    if !(all_words && (opener.is(PREPOSITION | TIME) || opener.is(GAP))) {
        return Err(nom::Err::Error(()));
    }
    Ok((inside.take_from(len + 1), ()))
}

/// Verbs of thought and stance need a person or organisation behind them;
/// `it seems` and `there appears` attribute nothing.
pub(super) fn acceptable_speaker(c: Ctx<'_>, source: &Mention, verb: Verb) -> bool {
    let first = &c.tokens[source.first_token as usize];
    let expletive = c.is_word(first, "it") || c.is_word(first, "there");
    !(expletive && verb.class != VerbClass::Speech)
}

/// `said Peskov`, `say critics` is possible for speech verbs that take no object.
pub(super) fn invertible(t: &Token, verb: Verb) -> bool {
    verb.class == VerbClass::Speech && !t.is(TRANSITIVE) && verb.form != VerbForm::Ing
}

/// What may follow the speaker of `said Ruiz`: the sentence's end, a comma,
/// a setting (`in a statement`, `on Monday`) or `who`. A verb after it
/// (`…, said the plan could fail`) makes the phrase the subject of what
/// was said, not the speaker.
pub(super) fn ends_inverted_speaker(c: Ctx<'_>, rest: Forward<'_>) -> bool {
    // `said a source involved in the talks`, `said the chief known as
    // Red`, `wrote a man calling himself Pat`: a participle describing the
    // speaker.
    let described = |t: &Token| {
        let w = c.word(t);
        let participle = w.ends_with("ed") || w == "known";
        (participle && rest.get(1).is_some_and(|n| n.is(PREPOSITION))) || (w.ends_with("ing") && w.len() > 5 && !t.cap())
    };
    rest.first().is_none_or(|t| !t.is_word() || t.is(PREPOSITION | CONJUNCTION | TIME | RELATIVE) || c.word(t).ends_with("ly") || described(t))
}

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
    let verb_like = |t: &Token| t.is_word() && !t.cap() && !t.is(PREPOSITION | CONJUNCTION | RELATIVE | DETERMINER | PRONOUN);
    // `judges who would overturn it, and reminded`: a `who` straight after
    // its noun closes before a comma; after a comma (`Ann Berg, who …`) it
    // may hold commas of its own.
    let comma_before_joiner = c.tokens[joiner - 1].is_punct(',');
    let relative = |k: usize| c.is_word(&c.tokens[k], "who") && (!comma_before_joiner || k.checked_sub(1).is_some_and(|p| c.tokens[p].is_punct(',')));
    (first.max(joiner.saturating_sub(40))..joiner).rev().filter(|&k| (boundary(k) || relative(k)) && c.tokens[k].depth == 0).find_map(|k| {
        // `Ann Holm, who saw the vote and said …`: the relative, standing
        // for the phrase before it.
        let (rest, subject) = if relative(k) {
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
    })
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
    rest
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

/// Verbs that report the writer's impression and name nobody: `it seems`,
/// `Trump appeared unmoved`.
pub(super) fn impersonal(c: Ctx<'_>, verb: Verb) -> bool {
    let lemma = c.lex.lemma(verb.lemma);
    lemma == "seem" || lemma == "appear"
}

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

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn the_words_of_a_passives_auxiliary_are_gap_words_in_any_case() {
        use super::{Token, GAP};
        let lex = crate::parse::lexicon::lexicon();
        let words: Vec<&str> = lex.list("be-forms").iter().chain(lex.list("words-inside-a-passive")).chain(&["being"]).copied().collect();
        let line = words.join(" ");
        let capitalised: Vec<String> = words.iter().map(|w| w[..1].to_uppercase() + &w[1..]).collect();
        let text = format!("Harbour Notes\n\n{line}. {}. {}.", capitalised.join(" "), line.to_uppercase());
        let parsed = crate::parse::parse(&text, &crate::source::Prose::plain(&text), lex);
        let c = parsed.ctx(&text, lex);
        let listed = |t: &&Token| words.iter().any(|w| c.is_word(t, w));
        let found: Vec<&Token> = parsed.tokens.iter().filter(listed).collect();
        assert_eq!(found.len(), 3 * words.len());
        assert!(found.iter().all(|t| t.is(GAP)), "{:?}", found.iter().filter(|t| !t.is(GAP)).map(|t| c.word(t)).collect::<Vec<_>>());
    }

    #[test]
    fn a_gap_skipped_by_its_first_word_is_the_gap_the_parse_reads() {
        use super::{gap, gap_parse, opens_no_gap, Backward, PResult};
        let text = "Harbour Chief Quits\n\n\
            Marta Okafor has also repeatedly said the fares, in a statement, rose. The two both agreed on Friday that \
            three in 10 riders (R-Lindholm), as the mayor Will wrote, had Sunday sided - after a pause - with the \
            harbour authority, which 64 percent of voters backed, and the board just then quietly denied it.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let c = parsed.ctx(text, lex);
        let read = |found: PResult<Backward<'_>, ()>| found.ok().map(|(rest, ())| rest.at());
        let mut skipped = 0;
        for from in [0, parsed.tokens.len() / 2] {
            for end in from..=parsed.tokens.len() {
                let input = Backward::new(&parsed.tokens, from, end);
                assert_eq!(read(gap(c, input)), read(gap_parse(c, input)), "{from}..{end}");
                skipped += usize::from(input.first().is_some_and(|t| opens_no_gap(c, t)));
            }
        }
        assert!(skipped > 20, "{skipped}");
    }

    /// Each clause's cue and the name its source goes by.
    fn names_of(text: &str) -> Vec<(String, Option<String>)> {
        let text = format!("The ferry resumed service on Monday.\n\n{text}");
        clauses_of(&text).into_iter().map(|cl| (cl.cue.of(&text).to_string(), cl.source.map(|m| m.name.of(&text).to_string()))).collect()
    }

    #[test]
    fn a_first_name_in_ing_the_draft_writes_capitalised_is_no_opening_participle() {
        let got = names_of("The board fired Ann Dowling.\n\nDowling, through a lawyer, declined to comment.");
        assert!(got.contains(&("declined".into(), Some("Dowling".into()))), "{got:?}");
    }

    #[test]
    fn a_bare_mass_noun_of_evidence_says_and_data_takes_either_number() {
        assert_eq!(names_of("Data show that the fares doubled."), [("show".into(), Some("Data".into()))]);
        assert_eq!(names_of("But early tide data suggests that the pier flooded."), [("suggests".into(), Some("tide data".into()))]);
        // `polling` takes one number: `decline` here is a noun.
        assert!(names_of("Her recent polling decline in Dover has worried allies.").iter().all(|(cue, _)| cue != "decline"));
    }

    #[test]
    fn a_plural_in_is_agrees_with_a_base_form() {
        let got = names_of("\"The pier stays shut,\" the Israelis state in the memo.");
        assert_eq!(got, [("state".into(), Some("Israelis".into()))]);
        assert_eq!(names_of("The Sunnis insist that the pier stays shut."), [("insist".into(), Some("Sunnis".into()))]);
    }

    /// The name of the subject the sentence's opening participle hangs from.
    fn participle_subject(text: &str) -> Option<String> {
        let text = format!("The ferry resumed service on Monday.\n\n{text}");
        let clauses = clauses_of(&text);
        let participle = clauses.iter().find(|cl| cl.shape == super::super::ClauseShape::Participle)?;
        participle.subject.map(|m| m.name.of(&text).to_string())
    }

    #[test]
    fn a_place_after_an_opener_with_an_aside_is_the_subject() {
        let got = names_of("On Friday, Norway, leading a group of nine states, asked the court to halt the tolls.");
        assert_eq!(got, [("asked".to_string(), Some("Norway".to_string()))]);
    }

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

    #[test]
    fn a_participle_after_while_may_run_long_before_its_comma() {
        let got = participle_subject(
            "While discussing the fares with the crews who had sailed the strait through the storm on Friday and the pilots who waited all night, Holm said the pier was safe.",
        );
        assert_eq!(got.as_deref(), Some("Holm"));
    }

    #[test]
    fn a_quote_closed_by_its_comma_opens_the_clause_a_listed_verb_joins() {
        let got = names_of("\"The levy must go,\" she told the crowd, then referred to the mayor's slogan.");
        assert_eq!(got.last(), Some(&("referred to".to_string(), Some("she".to_string()))));
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
    fn a_loose_subject_may_stand_before_an_auxiliary() {
        let got = names_of("And pilots working with the harbour groups have made clear that the levy must go.");
        assert_eq!(got, [("made clear".to_string(), Some("pilots working with the harbour groups".to_string()))]);
    }

    #[test]
    fn a_contracted_has_before_wanted_after_a_subject_pronoun() {
        let got = names_of("This is the job he's wanted to win since he was a boy.");
        assert!(got.contains(&("wanted".to_string(), Some("he".to_string()))), "{got:?}");
    }

    #[test]
    fn none_standing_alone_speaks() {
        let got = names_of("The three harbour chiefs issued statements, and none has said it backs a levy.");
        assert_eq!(got.last(), Some(&("said".to_string(), Some("none".to_string()))));
    }

    #[test]
    fn a_name_set_beside_the_subject_names_the_speaker_of_a_later_verb() {
        let got = names_of("The head of the union, Tom Bell, had sailed the strait for years and said the pier was safe.");
        assert_eq!(got, [("said".to_string(), Some("Tom Bell".to_string()))]);
        // A pronoun or a name as subject keeps its own words.
        let got = names_of("Ruiz, Tom Bell, and the pilots sailed on Monday and said the pier was safe.");
        assert!(got.iter().all(|(_, name)| name.as_deref() != Some("Tom Bell")), "{got:?}");
    }

    #[test]
    fn a_hedged_count_opens_the_subject_not_an_adverbial() {
        let got = participle_subject("About 200 dockers marched to the pier, holding signs and chanting \"Fair pay now.\"");
        assert_eq!(got.as_deref(), Some("200 dockers"));
        let got = participle_subject("Outside the hall, about 200 dockers gathered, holding signs and chanting \"Fair pay now.\"");
        assert_eq!(got.as_deref(), Some("200 dockers"));
    }

    #[test]
    fn an_agency_in_brackets_after_a_dateline_abbreviation_opens_no_subject() {
        let got =
            names_of("VIK, Nor. (Wire) - Mayor Marta Okafor met crews of a ferry and relatives of the 12 people hurt on Monday and said the fares would rise.");
        assert!(got.contains(&("said".into(), Some("Marta Okafor".into()))), "{got:?}");
    }

    #[test]
    fn a_few_riders_open_the_subject() {
        assert_eq!(participle_subject("A few riders have spoken out, saying the fares are too high.").as_deref(), Some("riders"));
    }
}
