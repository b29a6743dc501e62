//! The readings of one reporting cue, tried in the grammar's order: each
//! production either reads the cue as a clause, rules it out (`appeared on
//! CNN`, `criticized him for saying`), or passes it to the next.

use std::ops::ControlFlow::{self, Break, Continue};

use nom::sequence::preceded;
use nom::Parser;

use super::*;

/// One production's answer: `Break(Some(clause))` reads the cue as that
/// clause, `Break(None)` rules the cue out, `Continue` passes it on.
type Reading = ControlFlow<Option<Clause>>;

/// A reporting verb (or a phrase with one) and the words around it, as
/// every production sees it.
#[derive(Clone, Copy)]
struct Cue<'a> {
    c: Ctx<'a>,
    sentence: &'a Sentence,
    si: usize,
    /// The cue's first token, and the token after its last.
    i: usize,
    end: usize,
    verb: Verb,
    phrase: Option<&'a Phrase>,
    /// The token before the cue, in the same sentence.
    prev: Option<&'a Token>,
}

impl Cue<'_> {
    fn start(&self) -> usize {
        self.sentence.first as usize
    }

    fn sentence_end(&self) -> usize {
        self.sentence.end as usize
    }

    fn clause(&self) -> Clause {
        bare_clause(self.c, self.si, self.i, self.end, Some(self.verb))
    }

    /// Reads the cue as `clause`, with the words after the cue that belong
    /// to it.
    fn finish(&self, clause: Clause) -> Reading {
        Break(finish(self.c, self.sentence, clause, self.end))
    }

    /// Reads the cue as a clause of this shape and source.
    fn read(&self, shape: ClauseShape, source: Option<Mention>) -> Reading {
        self.finish(Clause { shape, source, ..self.clause() })
    }

    fn next_is(&self, words: &[&str]) -> bool {
        self.c.tokens.get(self.end).filter(|_| self.end < self.sentence_end()).is_some_and(|n| words.iter().any(|w| self.c.is_word(n, w)))
    }
}

/// The productions after `according to`, in the order they are tried.
/// Each takes the cue by reference: a `Cue` is some 110 bytes, and a copy
/// for each production tried cost more than most of them read (about 9
/// million instructions over train).
#[rustfmt::skip]
const PRODUCTIONS: [for<'a, 'b> fn(&'b Cue<'a>) -> Reading; 20] = [
    noun_of_report,
    ruled_out,
    reportedly,
    nominal,
    passive,
    reduced_passive,
    passive_without_be,
    passive_after_thing,
    reduced_relative_passive,
    impersonal,
    reputation,
    participle,
    noun_after_adjective,
    speaker_first,
    inverted,
    coordinated,
    loose,
    said_after_aside,
    verb_after_aside,
    say_with_count,
];

/// The reporting clause whose cue starts at token `i`, if there is one.
///
/// Asked of every token, most of which start no cue: inlined, so that
/// answer costs no call (the build's code-generation units left it a call
/// in some builds and not others, ±50 million instructions over train).
#[inline]
pub(super) fn clause_at(c: Ctx<'_>, sentence: &Sentence, si: usize, i: usize) -> Option<Clause> {
    // The poll and `To …,` openers only open a sentence: asked here, not
    // of every token (each returns a whole clause).
    if i == sentence.first as usize {
        if let Some(clause) = poll_opener(c, sentence, si, i).or_else(|| to_opener(c, sentence, si, i)) {
            return Some(clause);
        }
    }
    let (end, verb, phrase) = cue_at(c, sentence, i)?;
    if let Some(slot) = phrase.and_then(|p| p.source_slot) {
        if genitive_without_article(c, sentence, i, slot) {
            return None;
        }
        return according(c, sentence, bare_clause(c, si, i, end, verb), i + slot);
    }
    let prev = (i > sentence.first as usize).then(|| &c.tokens[i - 1]);
    let cue = Cue { c, sentence, si, i, end, verb: verb?, phrase, prev };
    PRODUCTIONS.iter().find_map(|production| match production(&cue) {
        Break(reading) => Some(reading),
        Continue(()) => None,
    })?
}

/// `the endorsement of the guild` names its giver after `of` only after an
/// article: `Holm's endorsement of the guild`, `a formal endorsement of
/// Okafor` name what was endorsed (on train such uses were marked 10 times
/// in 20, with the source elsewhere). A phrase whose source follows `from`
/// (`criticism from NP`) names it wherever it stands.
fn genitive_without_article(c: Ctx<'_>, sentence: &Sentence, i: usize, slot: usize) -> bool {
    let genitive = slot > 0 && c.is_word(&c.tokens[i + slot - 1], "of");
    let after_article = i > sentence.first as usize && c.tokens[i - 1].is(DETERMINER) && !c.tokens[i - 1].is(POSSESSIVE);
    genitive && !after_article
}

/// A clause of the cue `i..end` with no speaker yet.
fn bare_clause(c: Ctx<'_>, si: usize, i: usize, end: usize, verb: Option<Verb>) -> Clause {
    Clause {
        cue: span_of(c.tokens, i, end),
        cue_tokens: (i as u32, end as u32),
        verb,
        source: None,
        subject: None,
        shape: ClauseShape::NoSpeaker,
        sentence: si as u32,
        tokens: (i as u32, end as u32),
        colon: false,
        content: None,
        content_before: false,
    }
}

/// `according to the ministry`, `in an interview with Okafor`: the phrase
/// names its source at a fixed place.
fn according(c: Ctx<'_>, sentence: &Sentence, mut clause: Clause, at: usize) -> Option<Clause> {
    let input = Forward::new(c.tokens, at, sentence.end as usize);
    let (end, source) = match mentions::after(c).parse(input) {
        Ok((rest, source)) => (rest.at(), source),
        Err(_) => {
            let source = mentions::loose_phrase(c, at, sentence.end as usize)?;
            (source.end_token as usize, source)
        }
    };
    let (end, source) = source_with_maker(c, sentence, end, source);
    clause.source = Some(source);
    clause.shape = ClauseShape::According;
    clause.tokens.1 = end as u32;
    Some(clause)
}

/// `his criticism of the tolls`: a noun of report (a phrase cue that is no
/// verb) straight after a possessive is its owner's; see `possessor`.
/// `his call for` is no report of its own (6 of 17 on train).
fn noun_of_report(cue: &Cue<'_>) -> Reading {
    if cue.phrase.is_none() || cue.c.tokens[cue.i].is(CUE) {
        return Continue(());
    }
    match possessor(cue.c, cue.sentence, cue.i) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None if received(cue) => cue.read(ClauseShape::NoSpeaker, None),
        None => Continue(()),
    }
}

/// How many words (articles, adjectives, adverbs; no preposition: `received
/// after filing a suit`) may stand between a verb of receiving and the noun
/// of report it takes (`faced sharp public criticism`).
const RECEIVED_REACH: usize = 3;

/// `Okafor faced criticism for the fares`, `the plan drew sharp criticism
/// over …`: a noun of report that is the object of a verb of receiving
/// («clause-words» [verbs-of-receiving]) is what others said of the
/// subject, who is no source; the annotation names none (on train the
/// sentence's subject, read before, was the source of 6 such cues, the
/// gold's of none).
fn received(cue: &Cue<'_>) -> bool {
    let Cue { c, sentence, i, .. } = *cue;
    let first = sentence.first as usize;
    let verbs = c.lex.list("verbs-of-receiving");
    (first.max(i.saturating_sub(RECEIVED_REACH))..i)
        .rev()
        .take_while(|&k| c.tokens[k].is_word() && c.tokens[k].depth == 0 && !c.tokens[k].is(PREPOSITION))
        .any(|k| verbs.iter().any(|w| c.is_word(&c.tokens[k], w)))
}

/// A verb that reports nothing here: an object that is no report, a
/// thought denied (`I didn't know`), advice or a possibility (`riders
/// should remember`).
fn ruled_out(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, phrase, .. } = *cue;
    let denied = phrase.is_none() && verb.class == VerbClass::Thought && verb.form == VerbForm::Base && negated(c, sentence, i);
    let out = !reports_what_follows(c, sentence, end, phrase, verb)
        || denied
        || (verb.class != VerbClass::Speech && hypothetical(c, sentence, i))
        || discourse_marker(cue)
        || not_a_report(cue);
    if out {
        Break(None)
    } else {
        Continue(())
    }
}

/// `That said, …`, `Enough said.`, `as mentioned above`: set phrases of
/// the writer's that report nothing (on train 7 of 8 such cues were none).
fn discourse_marker(cue: &Cue<'_>) -> bool {
    let Cue { c, sentence, i, end, prev, .. } = *cue;
    if cue.phrase.is_some() {
        return false;
    }
    let next = c.tokens.get(end).filter(|_| end < sentence.end as usize);
    let prev_is = |w: &str| prev.is_some_and(|p| c.is_word(p, w));
    let next_is = |w: &str| next.is_some_and(|n| c.is_word(n, w));
    let said = c.is_word(&c.tokens[i], "said");
    let opens = i == sentence.first as usize + 1;
    let that_said = said && opens && prev_is("that") && next.is_some_and(|n| n.is_punct(','));
    let enough_said = said && prev_is("enough") && next.is_none_or(|n| !n.is_word());
    let as_above = prev_is("as") && ["above", "below", "earlier"].iter().any(|w| next_is(w));
    that_said || enough_said || as_above
}

/// A single cue word read in a sense that reports nothing (`millions
/// voted on Sunday`, `no known ties`, `about alleged fraud`): see `senses`.
fn not_a_report(cue: &Cue<'_>) -> bool {
    let Cue { c, sentence, i, end, .. } = *cue;
    cue.phrase.is_none() && end == i + 1 && super::senses::no_report_sense(c, sentence, i, c.lex.lemma(cue.verb.lemma))
}

/// `Okafor reportedly reacted`: the report is someone else's, and
/// unnamed. `Holm reportedly said, "…"`, `with Holm reportedly shouting:
/// "…"`, `reportedly argued that …`: before a verb of speech that gives
/// the words the annotation runs one cue over both, whose source is the
/// verb's speaker; the verb's own clause is that report, and `reportedly`
/// no second one.
fn reportedly(cue: &Cue<'_>) -> Reading {
    if cue.phrase.is_none_or(|p| p.words != ["reportedly"]) {
        return Continue(());
    }
    if speech_with_its_words(cue.c, cue.end, cue.sentence_end()) {
        return Break(None);
    }
    cue.finish(cue.clause())
}

/// A verb of speech at token `at` followed by the words it gives: `that`,
/// a colon or a quote, straight or after a comma.
fn speech_with_its_words(c: Ctx<'_>, at: usize, end: usize) -> bool {
    let token = |k: usize| c.tokens.get(k).filter(|_| k < end);
    let speech = token(at).is_some_and(|t| t.is(CUE) && t.info().verb.is_some_and(|v| v.class == VerbClass::Speech));
    let opens_words = |t: &Token| t.kind == TokenKind::OpenQuote || t.is_punct(':') || c.is_word(t, "that");
    let after_comma = token(at + 1).is_some_and(|t| t.is_punct(',')) && token(at + 2).is_some_and(|t| t.kind == TokenKind::OpenQuote);
    speech && (token(at + 1).is_some_and(opens_words) || after_comma)
}

/// `the report`, `his claims`, `to say`: a verb's form read as a noun or an
/// adjective is no cue.
fn nominal(cue: &Cue<'_>) -> Reading {
    if cue.phrase.is_none() && !verbal_reading(cue.c, cue.sentence, cue.prev, cue.i, cue.verb) {
        return Break(None);
    }
    Continue(())
}

/// `was asked`, `is expected to`: a passive, whose source is named after
/// `by` or not at all. `is seen as`, `was seen by`: a phrase opening with
/// a participle after *be* is a passive like a single verb.
fn passive(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, phrase, .. } = *cue;
    // `the council is worried that …`: a feeling after *be*, which its
    // subject holds, like an adjective of stance (`is wary of`); so is a
    // certainty before `of` (`is assured of winning`, `is persuaded of`).
    let lemma = c.lex.lemma(verb.lemma);
    let certain_of = ["assure", "persuade"].contains(&lemma) && c.tokens.get(end).is_some_and(|n| c.is_word(n, "of"));
    let feeling = lemma == "worry" || certain_of;
    if !((phrase.is_none() || verb.form == VerbForm::Past) && !feeling && super::passive(c, sentence, i)) {
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
fn reduced_passive(cue: &Cue<'_>) -> Reading {
    // The list is looked up only for the few past forms with a word before.
    let reduced = || cue.prev.is_some_and(|p| p.is_word() && cue.c.lex.list("reduced-passive-subordinators").iter().any(|w| cue.c.is_word(p, w)));
    if cue.phrase.is_none() && cue.verb.form == VerbForm::Past && reduced() {
        return cue.read(ClauseShape::Passive, agent(cue.c, cue.sentence, cue.i + 1));
    }
    Continue(())
}

/// `Holm's remarks, first carried by the Gazette`: a participle with its
/// agent right after it is a passive without *be*.
fn passive_without_be(cue: &Cue<'_>) -> Reading {
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
fn reduced_relative_passive(cue: &Cue<'_>) -> Reading {
    let Cue { c, i, end, verb, prev, .. } = *cue;
    let Some(next) = c.tokens.get(end).filter(|_| end < cue.sentence_end() && cue.phrase.is_none()) else { return Continue(()) };
    let pair = |entry: &&str| entry.split_once(' ').is_some_and(|(form, preposition)| c.is_word(&c.tokens[i], form) && c.is_word(next, preposition));
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
fn passive_after_thing(cue: &Cue<'_>) -> Reading {
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
    c.tokens[thing.head as usize].is(DATA_SOURCE) || super::head_names_text(c, thing)
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

/// `Trump seemed unperturbed`, `it appears that …`: the writer's
/// impression, which names nobody; `appeared on CNN` is no report.
/// `he seemed to indicate …`, `she appeared to imply …`: before `to` and a
/// verb of report the subject says it, if guardedly; the later productions
/// read it.
fn impersonal(cue: &Cue<'_>) -> Reading {
    let Cue { c, end, verb, .. } = *cue;
    let guarded = c.tokens.get(end).is_some_and(|n| c.is_word(n, "to")) && c.tokens.get(end + 1).is_some_and(|v| v.is(CUE) && end + 1 < cue.sentence_end());
    if cue.phrase.is_some() || !super::impersonal(c, verb) || verb.form == VerbForm::Ing || guarded {
        return Continue(());
    }
    if cue.next_is(&["on", "in", "at", "with", "before"]) || shows_up(cue) {
        return Break(None);
    }
    cue.finish(cue.clause())
}

/// `Okafor appeared together with the mayor`, `appeared by video`,
/// `appeared Sunday`, `she appeared as his adviser`, `footage of the pier
/// appears.`: being seen, not an impression (on train 5 false cues; `it
/// appears, though, that`, `than it appears:` and `appeared as if` stay
/// cues, as annotated).
fn shows_up(cue: &Cue<'_>) -> bool {
    let Cue { c, end, .. } = *cue;
    let next = c.tokens.get(end).filter(|_| end < cue.sentence_end());
    let after = c.tokens.get(end + 1).filter(|_| end + 1 < cue.sentence_end());
    let as_role = cue.next_is(&["as"]) && !after.is_some_and(|a| c.is_word(a, "if") || c.is_word(a, "though"));
    // `than it may seem.` is an impression; `footage of it appears.` is not.
    let impression = (cue.start().max(cue.i.saturating_sub(3))..cue.i).any(|k| c.is_word(&c.tokens[k], "it"));
    let full_stop = next.is_none_or(|n| n.is_punct('.')) && c.lex.lemma(cue.verb.lemma) == "appear" && !impression;
    cue.next_is(&["together", "by"]) || next.is_some_and(|n| n.is(TIME)) || as_role || full_stop
}

/// `a state known for …`, `Clinton is widely known`: a reputation, whose
/// holders go unnamed. `a book titled …`: a title, whose giver goes
/// unnamed.
fn reputation(cue: &Cue<'_>) -> Reading {
    let word = &cue.c.tokens[cue.i];
    if cue.phrase.is_none() && (cue.c.is_word(word, "known") || cue.c.is_word(word, "titled")) {
        return cue.read(ClauseShape::NoSpeaker, knowers(cue.c, cue.sentence, cue.i, cue.end));
    }
    Continue(())
}

/// `, saying …`, `a statement saying …`: a participle, whose speaker is the
/// sentence's subject or the phrase it describes.
fn participle(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, end, verb, .. } = *cue;
    if verb.form != VerbForm::Ing || cue.phrase.is_some_and(|p| p.words.len() <= 1) {
        return Continue(());
    }
    // `polling is showing Trump ahead`, `he is not saying`: a progressive
    // is a finite verb.
    let auxiliaries = (cue.start()..i).rev().take_while(|&k| c.tokens[k].is(GAP) || mentions::ly_adverb(c, &c.tokens[k]));
    let progressive = auxiliaries.into_iter().any(|k| BE.iter().any(|w| c.is_word(&c.tokens[k], w)));
    if !progressive && !participle_reports(c, verb, end) {
        return Break(None);
    }
    // `criticized him for saying`, `no sign of backing down`: after `for`
    // or `of` the form is a gerund, the reason or the thing talked of, and
    // nobody reports anything (12 of 83 on train). After `as` it belongs
    // to the verb before (`quoted him as saying`, `read the poll as
    // showing`), which is the report (2 of 11).
    match gerund_after(c, sentence, i) {
        Some(p) if ["for", "of", "as"].contains(&p) => return Break(None),
        Some(_) if !speech_before_quote(c, sentence, verb, end) => return Break(None),
        _ => {}
    }
    // `…, as Holm leaned on the mayor, citing him …`, `broke her silence by
    // asking …`: after a comma, or after `by`, `after`, `while` and the
    // like, the subject of the clause the participle hangs from. `after
    // strongly backing him`: an adverb may stand between.
    let hang_at = skip_adverbs_back(c, sentence, i);
    let hang = (hang_at < i).then(|| &c.tokens[hang_at]);
    let hangs = hang.is_some_and(|p| p.is_punct(',') || c.lex.list("participle-hangers").iter().any(|w| c.is_word(p, w)));
    if hang.is_some_and(|p| c.is_word(p, "by")) && answered_by(c, sentence, hang_at) {
        return Break(None);
    }
    if hangs && super::reply::gives_words_of_reply(c, sentence, hang_at) {
        return Break(None);
    }
    let subject = hangs
        .then(|| nearest_subject(c, sentence, hang_at))
        .flatten()
        .or_else(|| sentence_subject(c, sentence, i))
        .or_else(|| subject_after_opener(c, sentence, i))
        .or_else(|| phrase_before_participle(c, sentence, i, verb));
    let mut clause = Clause { shape: ClauseShape::Participle, subject, ..cue.clause() };
    // `Holm began calling …`, `spent much of her speech praising …`: the
    // subject of the verb that governs the form does it.
    let governed = governing_verb(c, sentence, i).and_then(|k| subject_of_verb(c, sentence, k, verb));
    let doer = governed
        .or_else(|| doer_before_participle(cue, progressive))
        .or_else(|| maker_of_object(c, sentence, i, verb))
        .or_else(|| progressive.then(|| subject_of_progressive(c, sentence, i, verb)).flatten());
    if let Some((first, source)) = doer {
        clause.source = Some(source);
        clause.tokens.0 = first as u32;
    }
    cue.finish(clause)
}

/// `he is not saying`, `Senate Republicans refusing to …`, `a group backing
/// Rubio`: the phrase just before the participle does it. Returns where the
/// phrase starts, and the phrase.
fn doer_before_participle(cue: &Cue<'_>, progressive: bool) -> Option<(usize, Mention)> {
    let Cue { c, sentence, i, verb, .. } = *cue;
    if !cue.prev.is_some_and(|p| p.is_word() || p.kind == TokenKind::Number) {
        return None;
    }
    let before = Backward::new(c.tokens, cue.start(), i);
    let (rest, source) = preceded(|s| gap(c, s), mentions::before(c)).parse(before).ok()?;
    // Without *be*, only a phrase after `with`, `of`, `from` or `among`
    // (`with Senate Republicans refusing`, `from groups supporting`):
    // elsewhere it is mostly an object (`an email to supporters saying`,
    // `sued a staffer calling`).
    let opens = rest.first().is_some_and(|t| c.lex.list("absolute-openers").iter().any(|w| c.is_word(t, w)));
    let first = &c.tokens[source.first_token as usize];
    // `…, Berg saying she was "hopeful" and Holm calling it …`: a person's
    // name after a comma, a dash or `and` heads an absolute phrase; the name
    // says it.
    let absolute =
        rest.first().is_some_and(|t| t.is_punct(',') || t.is_dash() || c.is_word(t, "and")) && first.cap() && source.kind == mentions::MentionKind::Person;
    let opens = opens || absolute || described_by_participle(c, sentence, &source, i);
    let phrase_before = opens && first.info().verb.is_none() && source.kind != mentions::MentionKind::Pronoun && !names_occasion(c, &source);
    ((progressive || phrase_before) && acceptable_speaker(c, &source, verb)).then(|| (rest.at(), source))
}

/// `raised new questions about`, `we heard few calls for`, `no
/// serious calls to`: a cue spelt as a plural noun straight after an
/// attributive adjective («clause-words» [attributive-adjectives]) is that
/// noun, which the annotation marks as a report with no source named; the
/// words before are no subject of it. So is one of «plural-cues-after-a-verb»
/// straight after a verb or preposition (`faced questions about`,
/// `respond to questions about`): the one who faces them did not ask. After a possessive (`Okafor's false
/// claims`) the owner is the source, as `noun_of_report` reads it.
fn noun_after_adjective(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, prev, .. } = *cue;
    // Most cues are no plural noun, and are turned away before either
    // word list is looked up.
    let plural = verb.form == VerbForm::Third && mentions::plural_noun(c.word(&c.tokens[i]));
    if !plural {
        return Continue(());
    }
    let after_adjective = prev.is_some_and(|p| !p.cap() && c.lex.in_list("attributive-adjectives", c.word(p)));
    let after_verb_or_preposition = c.lex.in_list("plural-cues-after-a-verb", c.word(&c.tokens[i]))
        && prev.is_some_and(|p| !p.cap() && (p.is(PREPOSITION) || verbal(c, p) || c.word(p).ends_with("ing")));
    if !(after_adjective || after_verb_or_preposition) {
        return Continue(());
    }
    match possessor(c, sentence, i - 1) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None => cue.finish(cue.clause()),
    }
}

/// `Peskov said`, `the Kremlin said on Friday`, `Flynn, who said`: the
/// speaker before the verb, read backwards.
fn speaker_first(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, .. } = *cue;
    let start = cue.start();
    let subject = Backward::new(c.tokens, start, i);
    let read = preceded(|s| gap(c, s), mentions::before(c)).parse(subject).ok();
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

/// `Okafor warned the chief, Tom Bell, during their talks not to raise the
/// fares, said an official briefed on them`: the phrase read before the
/// verb is set off by a comma after another verb of the sentence (an object
/// in apposition, not the sentence's subject), and the backward reading
/// took everything after it for an aside.
fn object_set_off(cue: &Cue<'_>, source: &Mention) -> bool {
    let Cue { c, sentence, i, .. } = *cue;
    let first = source.first_token as usize;
    let set_off = first > sentence.first as usize && c.tokens[first - 1].is_punct(',');
    let verb_before = (sentence.first as usize..first).any(|k| {
        let t = &c.tokens[k];
        !t.cap() && t.depth == 0 && t.info().verb.is_some_and(|v| matches!(v.form, VerbForm::Past | VerbForm::Third))
    });
    c.tokens[i - 1].is_punct(',') && (source.end_token as usize) < i - 1 && set_off && verb_before
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
fn inverted(cue: &Cue<'_>) -> Reading {
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

/// A phrase headed by this word names someone who can speak: a name, or
/// a role, title, organisation, anonymous source or group word.
fn names_someone(head: &Token) -> bool {
    head.cap() || head.is(ROLE | TITLE | ORG | ANONYMOUS | GROUP)
}

/// `Holm thanked the crew and said …`: see `coordinated_subject`.
fn coordinated(cue: &Cue<'_>) -> Reading {
    match coordinated_subject(cue.c, cue.sentence, cue.i) {
        Some(source) => cue.read(ClauseShape::SpeakerFirst, Some(source)),
        None => Continue(()),
    }
}

/// `officials who spoke with the Post said`: see `loose_subject`.
fn loose(cue: &Cue<'_>) -> Reading {
    match loose_subject(cue.c, cue.sentence, cue.i, cue.verb) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None => Continue(()),
    }
}

/// A verb that takes an object (`the notice, quoted in full`) is a
/// participle after an aside, and not reported; `Dale, moved by the
/// crew's story, told them …` has its object, and so is the sentence's
/// verb (see `object_follows`).
fn participle_after_aside(cue: &Cue<'_>) -> bool {
    cue.c.tokens[cue.i].is(TRANSITIVE) && !object_follows(cue.c, cue.verb, cue.sentence, cue.end) && !that_clause_follows(cue)
}

/// `…, proposed that the fees rise`: a clause in `that` is the object of a
/// finite verb, which a participle would not take (`approved that year`
/// is a time).
fn that_clause_follows(cue: &Cue<'_>) -> bool {
    let after = cue.c.tokens.get(cue.end + 1).filter(|_| cue.end + 1 < cue.sentence_end());
    cue.next_is(&["that"]) && after.is_some_and(|t| t.is_word() && !t.is(TIME))
}

/// `there were nine reported fires`, `the reported talks`: a past form
/// straight after a count or an article describes the noun after it, as
/// an adjective does; the sentence's subject did not report it.
fn counted_before(cue: &Cue<'_>) -> bool {
    let c = cue.c;
    // (`one called …` names a thing: `one` stands for a noun there.)
    let count = |p: &Token| p.kind == TokenKind::Number || (mentions::number_word(c, p) && !c.is_word(p, "one"));
    let counted = cue.prev.is_some_and(|p| count(p) || (p.is(DETERMINER) && !p.is(PRONOUN) && !c.is_word(p, "one")));
    // `43 said the same`: a count before a verb and its object is its subject.
    let noun_after = c.tokens.get(cue.end).filter(|_| cue.end < cue.sentence_end()).is_some_and(|n| mentions::nominal(c, n) && !n.is(GAP | PREPOSITION));
    cue.phrase.is_none() && counted && noun_after
}

/// `said` with no speaker found is still a cue (`states` or `points` with
/// none is a plural noun). `The group's chief, Kim Fritts, said`,
/// `Eastland, wearing a cowboy hat, said`: asides the speaker grammar
/// cannot read; the sentence's subject says it, unless the verb is a
/// participle.
fn said_after_aside(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, .. } = *cue;
    if verb.class != VerbClass::Speech || verb.form != VerbForm::Past || counted_before(cue) {
        return Continue(());
    }
    let near = |s: &Mention| s.kind != mentions::MentionKind::Pronoun || i - (s.end_token as usize) < 3;
    let subject = (!participle_after_aside(cue)).then(|| sentence_subject(c, sentence, i)).flatten().filter(near);
    // `she urged the council to act, proposed …`: see `listed_subject`.
    let listed = || (!participle_after_aside(cue)).then(|| listed_subject(c, sentence, i)).flatten();
    if let Some(subject) = subject.or_else(listed) {
        return cue.read(ClauseShape::SpeakerFirst, Some(subject));
    }
    // `Of the voters, 43 said …`: see `counted_speakers`.
    match counted_speakers(c, sentence, i, verb) {
        Some(source) => {
            cue.finish(Clause { tokens: (source.first_token, cue.end as u32), source: Some(source), shape: ClauseShape::SpeakerFirst, ..cue.clause() })
        }
        None => cue.finish(cue.clause()),
    }
}

/// `Dulles, his future secretary of State, criticized …`: after an aside
/// the grammar cannot read, any past or third-person verb takes the
/// sentence's subject, as a past speech verb does above. `…, compared with
/// 41 percent` compares figures and reports nothing.
fn verb_after_aside(cue: &Cue<'_>) -> Reading {
    let comparison = cue.c.tokens.get(cue.end).is_some_and(|n| cue.c.is_word(n, "with") || cue.c.is_word(n, "to"));
    let after_comma = cue.prev.is_some_and(|p| p.is_punct(','));
    if !matches!(cue.verb.form, VerbForm::Past | VerbForm::Third | VerbForm::Base) || !after_comma || participle_after_aside(cue) || comparison {
        return Continue(());
    }
    // `Pilots at the pier, who sailed all year, say …`: a base form takes a
    // plural subject; `, say, five` is an aside, not a report.
    let aside = cue.c.tokens.get(cue.end).is_some_and(|n| n.is_punct(','));
    let fits = |s: &Mention| cue.verb.form != VerbForm::Base || (!aside && agrees(cue.c, s, cue.verb, cue.i, cue.i));
    match sentence_subject(cue.c, cue.sentence, cue.i).filter(|s| s.kind != mentions::MentionKind::Pronoun && fits(s)) {
        Some(subject) => cue.read(ClauseShape::SpeakerFirst, Some(subject)),
        None => Continue(()),
    }
}

/// `About 4 in 10 say`: *say* is never a plural noun; see `say_speaker`.
fn say_with_count(cue: &Cue<'_>) -> Reading {
    let Cue { c, sentence, i, verb, .. } = *cue;
    if c.lex.lemma(verb.lemma) != "say" || !matches!(verb.form, VerbForm::Third | VerbForm::Base) {
        return Continue(());
    }
    let Some(source) = say_speaker(c, sentence, i) else { return Break(None) };
    let mut clause = cue.clause();
    if let Some(source) = source {
        clause.tokens.0 = source.first_token;
        clause.shape = ClauseShape::SpeakerFirst;
        clause.source = Some(source);
    }
    cue.finish(clause)
}

#[cfg(test)]
mod tests {
    /// Each clause's cue and source, read by the clause grammar's own test parser.
    fn sources(text: &str) -> Vec<(String, Option<String>)> {
        super::super::tests::parse(text).into_iter().map(|(cue, source, ..)| (cue, source)).collect()
    }

    #[test]
    fn a_past_form_between_a_count_and_its_noun_reports_nothing() {
        let got = sources("The ferry resumed service.\n\nOne pilot was hurt, and there were just nine reported fires.");
        assert!(got.iter().all(|(cue, _)| cue != "reported"), "{got:?}");
        // A count before the verb and an article is its subject.
        let got = sources("The ferry resumed service.\n\nOf the pilots, 43 said the fares were too high.");
        assert!(got.iter().any(|(cue, _)| cue == "said"), "{got:?}");
    }

    #[test]
    fn a_noun_of_report_after_a_verb_of_receiving_has_no_source() {
        let got = sources("The ferry resumed service.\n\nOkafor faced sharp criticism for the night fares.");
        assert_eq!(got, [("criticism for".to_string(), None)]);
        let got = sources("The ferry resumed service.\n\nThe timetable has drawn criticism over its early sailings.");
        assert_eq!(got, [("criticism over".to_string(), None)]);
        // After a possessive the owner's; a verb of receiving before a
        // preposition takes nothing after it.
        let got = sources("The ferry resumed service.\n\nHolm softened her criticism of the night fares.");
        assert_eq!(got, [("criticism of".to_string(), Some("Holm".to_string()))]);
        let got = super::super::tests::parse("The ferry resumed service.\n\nThe pilots union received them after filing a complaint against the board.");
        assert!(got.iter().any(|(cue, _, shape, _)| cue == "filing a" && *shape != super::ClauseShape::NoSpeaker), "{got:?}");
    }

    #[test]
    fn a_speech_verb_listed_after_a_clause_shares_its_subject() {
        let got = sources("The ferry resumed service.\n\nShe urged the council to act on the fees, proposed that more boats be bought, and pushed for a vote.");
        let proposed = got.iter().find(|(cue, _)| cue == "proposed").expect("a cue at proposed");
        assert_eq!(proposed.1.as_deref(), Some("She"));
    }
    fn cues(text: &str) -> Vec<String> {
        sources(&format!("The ferry resumed service.\n\n{text}")).into_iter().map(|(cue, _)| cue).collect()
    }

    #[test]
    fn only_a_cue_spelt_as_a_plural_noun_is_read_as_one_after_an_adjective() {
        // A plural noun after an adjective: a report with no source named.
        let got = sources("The ferry resumed service.\n\nThe board faced new questions about the pier.");
        assert_eq!(got, [("questions about".into(), None)]);
        // A verb in the past or the base form after `few` or `many` is the
        // verb of its subject, turned away before the word lists are read.
        let got = sources("The ferry resumed service.\n\nFew pilots claimed the pier was safe.");
        assert_eq!(got, [("claimed".into(), Some("Few pilots".into()))]);
        let got = sources("The ferry resumed service.\n\nMany pilots claim the pier is safe.");
        assert_eq!(got, [("claim".into(), Some("Many pilots".into()))]);
    }

    #[test]
    fn questions_after_a_verb_or_preposition_name_no_source() {
        let got = sources("The ferry resumed service.\n\nThe vote came amid questions about the tolls.");
        assert_eq!(got, [("questions about".into(), None)]);
        let got = sources("The ferry resumed service.\n\nOkafor has faced questions about her fares.");
        assert_eq!(got, [("questions about".into(), None)]);
    }

    #[test]
    fn a_plural_noun_cue_after_an_attributive_adjective_names_no_source() {
        let got = sources("The ferry resumed service.\n\nThe audit raised new questions about pier safety.");
        assert_eq!(got, [("questions about".into(), None)]);
        let got = sources("The ferry resumed service.\n\nSo far we heard no serious calls to shut the pier.");
        assert_eq!(got, [("calls".into(), None)]);
        let got = sources("The ferry resumed service.\n\nThe vote followed Okafor's false claims that the pier was safe.");
        assert!(got.iter().any(|(cue, source)| cue == "claims" && source.as_deref() == Some("Okafor")), "{got:?}");
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
    fn a_plural_subject_before_an_aside_says_a_base_form_after_it() {
        let got = sources("The ferry resumed service.\n\nPilots at the pier, who earned more last year, say the boats are old.");
        assert_eq!(got, [("say".into(), Some("Pilots".into()))]);
        let got = sources("The ferry resumed service.\n\nCrossing by ferry is slower than, say, flying over the strait.");
        assert!(got.iter().all(|(_, source)| source.is_none()), "{got:?}");
    }

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
    fn reportedly_before_speech_giving_its_words_is_that_speech() {
        let got = sources("The ferry resumed service.\n\nOkafor reportedly said, “The tolls must go.”");
        assert_eq!(got, [("said".into(), Some("Okafor".into()))]);
        let got = sources("The ferry resumed service.\n\nThe pilots reportedly argued that the tolls were unfair.");
        assert_eq!(got, [("argued".into(), Some("The pilots".into()))]);
        assert_eq!(cues("Okafor reportedly responded to the vote with anger."), ["reportedly", "responded"]);
    }

    #[test]
    fn a_vote_with_no_choice_named_is_no_report() {
        assert!(cues("Thousands of pilots voted on Sunday.").is_empty());
        assert!(cues("Most crews have already voted, the union said.").iter().all(|c| c != "voted"));
        assert_eq!(cues("The council voted for the new tolls."), ["voted"]);
        assert_eq!(cues("The board voted in favor of the plan."), ["voted"]);
    }

    #[test]
    fn known_as_an_adjective_or_of_acquaintance_is_no_report() {
        assert!(cues("The skipper had no known ties to the council.").is_empty());
        assert!(cues("Ines Okafor has known the mayor since 1990.").is_empty());
        assert!(cues("Pilots made their views known at the meeting.").is_empty());
        assert_eq!(cues("The harbour is known for its ferries."), ["known"]);
    }

    #[test]
    fn continued_as_an_adjective_and_a_decided_contest_are_no_reports() {
        assert!(cues("The mayor stressed broad support for continued engagement.").iter().all(|c| c != "continued"));
        assert!(cues("The race for harbour master was decided by a runoff.").is_empty());
        assert_eq!(cues("Okafor continued to criticise the tolls."), ["continued"]);
        assert_eq!(cues("The council decided to raise the tolls."), ["decided"]);
    }

    #[test]
    fn so_called_as_two_words_is_no_naming() {
        assert!(cues("The so called harbour levy passed.").is_empty());
        assert_eq!(cues("The mayor called the levy a tax."), ["called"]);
    }

    #[test]
    fn called_naming_a_thing_is_no_report() {
        assert!(cues("Holm founded a Facebook group called Safe Berth last year.").is_empty());
        assert!(cues("The pilots fund one charity called “Low Water” near the pier.").is_empty());
        assert_eq!(cues("One skipper called Okafor “a menace” on Friday."), ["called"]);
        assert_eq!(cues("The harbour master called the tolls unfair."), ["called"]);
        assert!(cues("The ferry went to a harbour pilot named Ines Okafor.").is_empty());
        assert!(cues("The pilots fund a charity named for its founder.").is_empty());
        assert_eq!(cues("The board named Dover as the busiest port."), ["named"]);
    }

    #[test]
    fn reports_after_a_compounding_noun_is_a_plural_noun() {
        assert!(cues("Several news reports came out on Monday.").is_empty());
        assert!(cues("Fees rose sharply, according to press reports.").iter().all(|c| c != "reports"));
        assert_eq!(cues("The harbour board reports that the fees rose."), ["reports"]);
    }

    #[test]
    fn charged_as_an_adjective_is_no_report() {
        assert!(cues("The mayor chose a politically charged route for the parade.").is_empty());
        assert!(cues("The vote was so racially charged that the board adjourned.").is_empty());
        assert_eq!(cues("Okafor angrily charged that the board had lied."), ["charged"]);
    }

    #[test]
    fn adding_a_thing_is_no_report() {
        assert!(cues("The harbour board has added 300 jobs since May.").is_empty());
        assert!(cues("The port has added another ferry to the fleet.").is_empty());
        assert!(cues("Crews asked for added safety on the pier.").iter().all(|c| c != "added"));
        assert_eq!(cues("Okafor added that the fares would fall."), ["added"]);
        assert_eq!(cues("“The fares will fall,” added another pilot."), ["added"]);
    }

    #[test]
    fn a_figure_that_declined_is_no_refusal() {
        assert!(cues("Ferry fares declined 4 percent in May.").is_empty());
        assert!(cues("Toll income declined sharply from 2010 to 2015.").is_empty());
        assert!(cues("The pilots cited tolls and declining fares.").iter().all(|c| c != "declining"));
        assert_eq!(cues("The harbour master declined to comment."), ["declined"]);
    }

    #[test]
    fn reading_to_oneself_is_no_report() {
        assert!(cues("Okafor has not read the harbour plan yet.").is_empty());
        assert!(cues("Few pilots could read them in time.").is_empty());
        assert_eq!(cues("The pilots carried a banner that read “Fair fares now.”"), ["read"]);
        assert_eq!(cues("The harbour master read a statement to the crews."), ["read"]);
    }

    #[test]
    fn coming_upon_a_thing_is_no_finding() {
        assert!(cues("The crews found them in a locker on the pier.").is_empty());
        assert!(cues("Okafor found a way around the tolls.").is_empty());
        assert_eq!(cues("The harbour study found a link between fares and delays."), ["found"]);
        assert_eq!(cues("Okafor found it hard to pay the fares."), ["found"]);
    }

    #[test]
    fn a_sound_of_the_voice_reports_only_the_words_it_gives() {
        assert!(cues("The pilots laughed and went back to the pier.").is_empty());
        assert!(cues("Okafor chuckled when the harbour master came in.").is_empty());
        assert_eq!(cues("\"Not this week,\" Okafor laughed."), ["laughed"]);
        assert_eq!(cues("Okafor laughed off the harbour board's warning."), ["laughed off"]);
        assert!(cues("The dockers shouted and waved their flags.").is_empty());
        assert_eq!(cues("\"Go home,\" the dockers shouted."), ["shouted"]);
        assert_eq!(cues("The dockers shouted that the pier must stay open."), ["shouted"]);
    }

    #[test]
    fn appearing_in_person_is_no_impression() {
        assert!(cues("The mayor appeared together with the harbour master.").is_empty());
        assert!(cues("Okafor appeared by video from Dover.").is_empty());
        assert_eq!(cues("It appears, though, that the ferry will run."), ["appears"]);
        assert_eq!(cues("The crews are calmer than it may seem."), ["seem"]);
    }
}
