//! A report whose doer is the subject of another verb: an -ing form that a
//! verb of phase governs (`Holm began calling …`, `Ruiz spent much of her
//! speech praising …`), and what a thing says that someone put out (`Holm
//! released an ad that says …`, where the annotation names Holm).

use nom::sequence::preceded;
use nom::Parser;

use super::*;

/// How far back from the -ing form `spend` may stand (`spent much of the
/// run-up to the caucuses portraying`).
const SPEND_REACH: usize = 10;

/// The verb that governs the -ing form at `i`, if one does: a verb of
/// phase whose -ing complement is its subject's own act (`began calling`,
/// `kept talking about`; not `continue` before `by`, see `answered_by`,
/// which the caller has already ruled out), `took to` (`have taken to
/// saying`), or `spent` some way back (`spent much of his speech
/// praising`). The verbs are in `grammar/clause-words.txt`.
pub(super) fn governing_verb(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<usize> {
    let first = sentence.first as usize;
    let k = skip_adverbs_back(c, sentence, i);
    if k == i {
        return None;
    }
    let is_any = |k: usize, words: &[&str]| words.iter().any(|w| c.is_word(&c.tokens[k], w));
    if is_any(k, c.lex.list("phase-verbs")) {
        return Some(k);
    }
    if c.is_word(&c.tokens[k], "to") && k > first && is_any(k - 1, c.lex.list("take-verbs")) {
        return Some(k - 1);
    }
    // `spent most of the week attacking`: words and numbers only
    // between, no clause boundary.
    let spend = c.lex.list("spend-verbs");
    let plain = |t: &Token| (t.is_word() || matches!(t.kind, TokenKind::Number | TokenKind::Possessive)) && t.depth == 0;
    (first.max(i.saturating_sub(SPEND_REACH))..i).rev().take_while(|&j| plain(&c.tokens[j])).find(|&j| is_any(j, spend))
}

/// The subject of the verb at `k`, read back as `speaker_first` reads a
/// cue's, or shared across `and` (`and began calling`). Returns where the
/// subject starts, and the subject.
pub(super) fn subject_of_verb(c: Ctx<'_>, sentence: &Sentence, k: usize, verb: Verb) -> Option<(usize, Mention)> {
    let start = sentence.first as usize;
    let read = preceded(|s| gap(c, s), mentions::before(c)).parse(Backward::new(c.tokens, start, k)).ok();
    let found = read.and_then(|(rest, found)| subject_before_circumstance(c, start, rest, found));
    match found {
        Some((rest, source)) => acceptable_speaker(c, &source, verb).then_some((rest.at(), source)),
        None => coordinated_subject(c, sentence, k).map(|s| (s.first_token as usize, s)),
    }
}

/// `Holm released an ad that says …`: a relative `that` or `which` whose
/// antecedent is the object of a verb of putting out (`clause-words.txt`,
/// section `put-out-verbs`) speaks for that
/// verb's subject, whom the annotation names (6 of 6 such cues on train;
/// `put her note under a banner that said` is the banner's, its
/// antecedent no object).
pub(super) fn maker_of_thing(c: Ctx<'_>, sentence: &Sentence, source: &Mention, verb: Verb) -> Option<(usize, Mention)> {
    let relative = &c.tokens[source.first_token as usize];
    if !source.relative || !(c.is_word(relative, "that") || c.is_word(relative, "which")) {
        return None;
    }
    let antecedent = source.antecedent?;
    let start = sentence.first as usize;
    let object = (start..source.first_token as usize).find(|&k| c.tokens[k].span().start == antecedent.start)?;
    let put = skip_adverbs_back(c, sentence, object);
    if put == object || !c.lex.list("put-out-verbs").iter().any(|w| c.is_word(&c.tokens[put], w)) {
        return None;
    }
    subject_of_verb(c, sentence, put, verb).filter(|(_, s)| !s.relative || s.first_token != source.first_token)
}

/// `the party published a report detailing …`, `the campaign sent the
/// board a letter alleging …`: a participle straight after the object of
/// a verb (no comma between) reports for that verb's subject; the
/// annotation runs its cue from the verb. The sentence's subject, taken
/// before, was wrong where the verb stood in a clause of its own (`…
/// after the Gazette published a story detailing`).
pub(super) fn maker_of_object(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<(usize, Mention)> {
    let start = sentence.first as usize;
    if i == start || !c.tokens[i - 1].is_word() || c.tokens[i - 1].cap() {
        return None;
    }
    let (_, object) = mentions::before(c).parse(Backward::new(c.tokens, start, i)).ok()?;
    let first = object.first_token as usize;
    let k = first.checked_sub(1).filter(|&k| k >= start)?;
    if object.end_token as usize != i || object.kind == mentions::MentionKind::Pronoun || !verbal(c, &c.tokens[k]) {
        return None;
    }
    subject_of_verb(c, sentence, k, verb)
}

/// `… and are considering a pause`, `politicians and voters alike are
/// calling on …`: the subject of a progressive that the noun-phrase
/// grammar cannot read before its auxiliary, read as a finite verb's
/// would be: shared across `and`, or the loose words back to the clause's
/// start.
pub(super) fn subject_of_progressive(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<(usize, Mention)> {
    let between = |k: usize| c.tokens[k].is(GAP) || mentions::ly_adverb(c, &c.tokens[k]);
    let aux = (sentence.first as usize..i).rev().take_while(|&k| between(k)).last()?;
    let finite = Verb { form: VerbForm::Past, ..verb };
    let subject = coordinated_subject(c, sentence, aux).or_else(|| loose_subject(c, sentence, aux, finite))?;
    Some((subject.first_token as usize, subject))
}
