//! Reporting clauses: a cue (`said`, `according to`, `told reporters`), the
//! speaker it names, and the content it reports — the productions of
//! `grammar/attribution.md`.
//!
//! Each sentence is read once. At every reporting cue outside quotation
//! marks the productions are tried in the grammar's order: `according to`
//! NP; a passive; the speaker before the verb, read backwards; the speaker
//! after the verb (`said Peskov`) after a quote or comma; a participle
//! (`, adding …`) that carries the main clause's speaker.

use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::many_m_n;
use nom::sequence::{pair, preceded, terminated};
use nom::{Input, Parser};

use super::lexicon::{class::*, Phrase, PhraseKind, Verb, VerbClass, VerbForm};
use super::mentions::{self, Ctx, Mention};
use super::paragraphs::{Paragraph, ParagraphKind};
use super::sentences::Sentence;
use super::stream::{span_of, tok, Backward, Forward, PResult};
use super::tokens::{Token, TokenKind};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClauseShape {
    /// `Peskov said`, `the Kremlin said on Friday`, `Flynn, who said`
    SpeakerFirst,
    /// `said Peskov`, `added the ministry`
    Inverted,
    /// `according to the ministry`
    According,
    /// `, adding that …`: the speaker is the main clause's
    Participle,
    /// `was asked`, `is expected`: nobody named
    Passive,
    /// `Okafor: …` in a headline or before a quote
    Colon,
    /// A reporting verb whose speaker the grammar did not find
    NoSpeaker,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub cue: Span,
    pub cue_tokens: (u32, u32),
    pub verb: Option<Verb>,
    pub source: Option<Mention>,
    /// For a participle (`, adding …`): the subject of its sentence, who
    /// says it when no earlier clause of the sentence names a speaker.
    pub subject: Option<Mention>,
    pub shape: ClauseShape,
    pub sentence: u32,
    /// Tokens of the whole clause: speaker, cue and the words that belong to
    /// the cue (`on Friday`, `in a statement`, `told reporters`).
    pub tokens: (u32, u32),
    /// The clause ends in a colon that introduces what follows.
    pub colon: bool,
    /// What the clause reports, when it is in the same sentence.
    pub content: Option<Span>,
    /// The content stands before the clause (`"…," Peskov said`).
    pub content_before: bool,
}

impl Clause {
    pub fn span(&self, tokens: &[Token]) -> Span {
        span_of(tokens, self.tokens.0 as usize, self.tokens.1 as usize)
    }
}

/// All reporting clauses, sentence by sentence, in text order.
pub fn clauses(c: Ctx<'_>, sentences: &[Sentence], paragraphs: &[Paragraph]) -> Vec<Clause> {
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let kind = paragraphs[sentence.para as usize].kind;
        if kind == ParagraphKind::Boilerplate {
            continue;
        }
        let before = out.len();
        if let Some(clause) = colon_clause(c, sentence, si, kind) {
            out.push(clause);
        }
        let mut i = sentence.first as usize;
        while i < sentence.end as usize {
            match clause_at(c, sentence, si, i) {
                Some(clause) => {
                    i = clause.cue_tokens.1 as usize;
                    out.push(clause);
                }
                None => i += 1,
            }
        }
        if let Some(clause) = subject_colon(c, sentence, si, &out[before..]) {
            out.push(clause);
            out[before..].sort_by_key(|cl| cl.tokens.0);
        }
        assign_content(c, sentence, &mut out[before..]);
    }
    out
}

/// The cue starting at token `i`: a phrase from `multiword-cues.txt`, or a
/// reporting verb. Returns the cue's end and what it is.
fn cue_at<'a>(c: Ctx<'a>, sentence: &Sentence, i: usize) -> Option<(usize, Option<Verb>, Option<&'a Phrase>)> {
    let t = &c.tokens[i];
    if !t.is_word() || t.depth > 0 {
        return None;
    }
    for phrase in c.phrases_of(t, PhraseKind::Cue) {
        if phrase.kind != PhraseKind::Cue {
            continue;
        }
        let end = i + phrase.words.len();
        let matches = end <= sentence.end as usize
            && phrase.words.iter().enumerate().all(|(k, w)| c.is_word(&c.tokens[i + k], w));
        if matches {
            // The phrase's verb, cue or not (`pointed out`, `went on`); a
            // phrase with none (`in a statement`) reports like a past verb.
            let verb = c.tokens[i..end].iter().find_map(|t| t.info.verb).or(Some(Verb { class: VerbClass::Speech, form: VerbForm::Past, lemma: 0 }));
            let verb = verb.map(|v| Verb { class: VerbClass::Speech, ..v });
            return Some((end, verb, Some(phrase)));
        }
    }
    if !t.is(CUE) {
        return None;
    }
    Some((i + 1, t.info.verb, None))
}

fn clause_at(c: Ctx<'_>, sentence: &Sentence, si: usize, i: usize) -> Option<Clause> {
    let (cue_end, verb, phrase) = cue_at(c, sentence, i)?;
    let start = sentence.first as usize;
    let prev = (i > start).then(|| &c.tokens[i - 1]);
    let mut clause = Clause {
        cue: span_of(c.tokens, i, cue_end),
        cue_tokens: (i as u32, cue_end as u32),
        verb,
        source: None,
        subject: None,
        shape: ClauseShape::NoSpeaker,
        sentence: si as u32,
        tokens: (i as u32, cue_end as u32),
        colon: false,
        content: None,
        content_before: false,
    };
    if let Some(slot) = phrase.and_then(|p| p.source_slot) {
        let input = Forward::new(c.tokens, i + slot, sentence.end as usize);
        let (rest, source) = mentions::after(c).parse(input).ok()?;
        clause.source = Some(source);
        clause.shape = ClauseShape::According;
        clause.tokens.1 = rest.at() as u32;
        return Some(clause);
    }
    let verb = verb?;
    if phrase.is_none() && !verbal_reading(c, sentence, prev, i, verb) {
        return None;
    }
    if phrase.is_none() && passive(c, sentence, i) {
        clause.shape = ClauseShape::Passive;
        clause.source = agent(c, sentence, cue_end);
        return finish(c, sentence, clause, cue_end);
    }
    // `, saying …`, `a statement saying …`: the speaker is the sentence's subject.
    if verb.form == VerbForm::Ing && phrase.is_none() {
        if !participle_reports(c, verb, cue_end) {
            return None;
        }
        clause.shape = ClauseShape::Participle;
        clause.subject = sentence_subject(c, sentence, i);
        return finish(c, sentence, clause, cue_end);
    }
    let subject = Backward::new(c.tokens, start, i);
    if let Ok((rest, source)) = preceded(|s| gap(c, s), mentions::before(c)).parse(subject) {
        // `Putin in his call with Netanyahu expressed …`: the phrase after
        // `with` is not the subject; the sentence's subject is.
        let after_preposition = rest.first().is_some_and(|t| c.is_word(t, "with"))
            && rest.get(1).is_some_and(|b| b.kind != TokenKind::Number && !b.is(DETERMINER));
        let source = if after_preposition { sentence_subject(c, sentence, rest.at()) } else { Some(source) };
        if let Some(source) = source.filter(|s| acceptable_speaker(c, s, verb) && agrees(c, s, verb, rest.at(), i)) {
            clause.source = Some(source);
            clause.shape = ClauseShape::SpeakerFirst;
            clause.tokens.0 = rest.at() as u32;
            return finish(c, sentence, clause, cue_end);
        }
    }
    if invertible(&c.tokens[i], verb) && prev.is_none_or(|p| p.is_punct(',') || matches!(p.kind, TokenKind::CloseQuote(_))) {
        let after = Forward::new(c.tokens, cue_end, sentence.end as usize);
        if let Ok((rest, source)) = mentions::after(c).parse(after) {
            clause.source = Some(source);
            clause.shape = ClauseShape::Inverted;
            clause.tokens.1 = rest.at() as u32;
            return finish(c, sentence, clause, rest.at());
        }
    }
    if let Some(source) = coordinated_subject(c, sentence, i) {
        clause.source = Some(source);
        clause.shape = ClauseShape::SpeakerFirst;
        return finish(c, sentence, clause, cue_end);
    }
    // `said` with no speaker found is still a cue; `states` or `points` with
    // none is a plural noun.
    if verb.class == VerbClass::Speech && verb.form == VerbForm::Past {
        return finish(c, sentence, clause, cue_end);
    }
    None
}

/// A participle reports when it is a verb of speech or stance (`saying`,
/// `calling`, `criticizing`), or of thought followed by what is thought
/// (`hoping that …`).
fn participle_reports(c: Ctx<'_>, verb: Verb, cue_end: usize) -> bool {
    match verb.class {
        VerbClass::Speech | VerbClass::Stance => true,
        VerbClass::Thought | VerbClass::Evidence => c.tokens.get(cue_end).is_some_and(|n| {
            c.is_word(n, "that") || c.is_word(n, "to") || matches!(n.kind, TokenKind::OpenQuote(_)) || n.is_punct(':')
        }),
    }
}

/// False where the verb's form reads as a noun or an adjective: `the report`,
/// `his claims`, `the so-called`, `to say`, `the Washington Post`.
fn verbal_reading(c: Ctx<'_>, sentence: &Sentence, prev: Option<&Token>, i: usize, verb: Verb) -> bool {
    let t = &c.tokens[i];
    // A capitalised verb is a name (`the Washington Post`) unless it opens the
    // sentence or stands in a headline, where every word is capitalised.
    let sentence_start = i == sentence.first as usize || prev.is_some_and(|p| p.is_mark() || p.is_punct('('));
    if t.cap && !sentence_start && !c.is_headline(t) {
        return false;
    }
    let Some(prev) = prev else { return verb.form != VerbForm::Base };
    let article = prev.kind == TokenKind::Possessive
        || ["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those"]
            .iter()
            .any(|w| c.is_word(prev, w));
    if article {
        return false;
    }
    let infinitive = c.is_word(prev, "to") && verb.form == VerbForm::Base;
    !infinitive
}

/// The verb agrees with its speaker: `critics say`, `the ministry says`,
/// `she will say`; not `the minister's latest request`, where the "verb" is
/// a noun. `gap_start` is where the words between speaker and verb begin.
fn agrees(c: Ctx<'_>, source: &Mention, verb: Verb, gap_start: usize, cue: usize) -> bool {
    let head = &c.tokens[source.head as usize];
    let gap = &c.tokens[gap_start..cue];
    let auxiliary = gap.iter().any(|t| t.is(GAP) && !c.word(t).ends_with("ly"));
    let plural = source.kind == mentions::MentionKind::Group
        || head.is(THEY | FIRST_PERSON | SECOND_PERSON | GROUP | ORG)
        || (head.is(ANONYMOUS) && !c.is_word(head, "source") && !c.is_word(head, "official") && !c.is_word(head, "aide"))
        || mentions::plural_noun(c.word(head))
        || c.tokens[source.first_token as usize..source.end_token as usize].iter().any(|t| c.is_word(t, "and"));
    match verb.form {
        VerbForm::Base => plural || auxiliary,
        VerbForm::Third => !head.is(THEY | FIRST_PERSON | SECOND_PERSON) || auxiliary,
        _ => true,
    }
}

/// The subject of a sentence: its first noun phrase, after an opening
/// adverbial (`On Friday, …`, `Asked about the tolls, …`), when a verb
/// follows it. Expletive `it` and `there` are nobody.
pub fn sentence_subject(c: Ctx<'_>, sentence: &Sentence, before: usize) -> Option<Mention> {
    let mut start = sentence.first as usize;
    while start < before && c.tokens[start].is_mark() {
        start += 1;
    }
    let opener = c.tokens.get(start)?;
    // `Then he cut into Bush`: a lone adverb before the subject.
    if opener.is(GAP) && c.tokens.get(start + 1).is_some_and(|n| !n.is_punct(',')) {
        start += 1;
    }
    let opener = c.tokens.get(start)?;
    let adverbial = opener.is(PREPOSITION | TIME | GAP | CONJUNCTION) || opener.info.verb.is_some_and(|v| v.form == VerbForm::Past);
    if adverbial {
        let comma = (start..before.min(start + 14)).find(|&k| c.tokens[k].is_punct(','))?;
        start = comma + 1;
    }
    let (rest, subject) = mentions::after(c).parse(Forward::new(c.tokens, start, before)).ok()?;
    let first = &c.tokens[subject.first_token as usize];
    if c.is_word(first, "it") || c.is_word(first, "there") {
        return None;
    }
    let next = rest.first()?;
    ((next.is_word() && !next.cap) || next.is_punct(',')).then_some(subject)
}

/// `was asked`, `is expected`, `were told`: a participle after a form of *be*.
fn passive(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    if c.tokens[i].info.verb.is_none_or(|v| v.form != VerbForm::Past) {
        return false;
    }
    let mut j = i;
    while j > sentence.first as usize {
        j -= 1;
        let t = &c.tokens[j];
        if ["not", "n't", "also", "widely", "often", "repeatedly", "being"].iter().any(|w| c.is_word(t, w)) {
            continue;
        }
        return ["is", "are", "was", "were", "be", "been", "'s", "’s"].iter().any(|w| c.is_word(t, w));
    }
    false
}

/// `was called "a disgrace" by the mayor`: the speaker of a passive report,
/// named after `by` within a few words of the verb.
fn agent(c: Ctx<'_>, sentence: &Sentence, from: usize) -> Option<Mention> {
    let end = (from + 12).min(sentence.end as usize);
    let by = (from..end).find(|&i| c.tokens[i].depth == 0 && c.is_word(&c.tokens[i], "by"))?;
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, by + 1, sentence.end as usize)).ok()?;
    matches!(source.kind, mentions::MentionKind::Person | mentions::MentionKind::Organisation | mentions::MentionKind::Group | mentions::MentionKind::Anonymous)
        .then_some(source)
}

/// Words between a speaker and the verb, read backwards: auxiliaries and
/// adverbs (`has also`), a time (`on Friday`), an aside in commas or brackets.
fn gap<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    let word = tok(|t: &Token| t.is(GAP) || (t.is_word() && !t.cap && c.word(t).ends_with("ly") && !t.is(ORG | ANONYMOUS | TITLE)));
    let time = pair(
        tok(|t: &Token| t.is(TIME) || t.kind == TokenKind::Number),
        opt(tok(|t: &Token| ["on", "last", "this", "early", "late", "earlier", "in"].iter().any(|w| c.is_word(t, w)))),
    );
    // `Kasich (R-Ohio), said`: a stray comma after a bracketed label.
    let comma_after_label = terminated(tok(|t: &Token| t.is_punct(',')), nom::combinator::peek(tok(|t: &Token| t.is_punct(')'))));
    let (rest, _) = many_m_n(
        0,
        6,
        alt((word.map(|_| ()), time.map(|_| ()), mentions::bracketed, comma_after_label.map(|_| ()), |i| comma_aside(c, i))),
    )
    .parse(input)?;
    Ok((rest, ()))
}

/// `, in a statement,` or `, on Friday,` read backwards: an aside that opens
/// with a preposition or a time.
fn comma_aside<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    let (inside, _) = tok(|t: &Token| t.is_punct(',')).parse(input)?;
    let len = (1..10).find(|&k| inside.get(k).is_some_and(|t| t.is_punct(','))).ok_or(nom::Err::Error(()))?;
    let opener = inside.get(len - 1).ok_or(nom::Err::Error(()))?;
    let all_words = (0..len).all(|k| inside.get(k).is_some_and(|t| t.is_word() || t.kind == TokenKind::Number || t.kind == TokenKind::Possessive));
    if !(all_words && (opener.is(PREPOSITION | TIME) || opener.is(GAP))) {
        return Err(nom::Err::Error(()));
    }
    let _ = c;
    Ok((inside.take_from(len + 1), ()))
}

/// Verbs of thought and stance need a person or organisation behind them;
/// `it seems` and `there appears` attribute nothing.
fn acceptable_speaker(c: Ctx<'_>, source: &Mention, verb: Verb) -> bool {
    let first = &c.tokens[source.first_token as usize];
    let expletive = c.is_word(first, "it") || c.is_word(first, "there");
    !(expletive && verb.class != VerbClass::Speech)
}

/// `said Peskov`, `say critics` is possible for speech verbs that take no object.
fn invertible(t: &Token, verb: Verb) -> bool {
    verb.class == VerbClass::Speech && !t.is(TRANSITIVE) && verb.form != VerbForm::Ing
}

/// `Okafor paused and said`: the subject of the sentence, when the verb
/// follows `and` or `but`.
fn coordinated_subject(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Mention> {
    let prev = c.tokens.get(i.checked_sub(1)?)?;
    if !(c.is_word(prev, "and") || c.is_word(prev, "but")) || i - 1 <= sentence.first as usize {
        return None;
    }
    sentence_subject(c, sentence, i - 1)
}

/// Extends a clause over the words that belong to its cue, and notes a colon.
fn finish(c: Ctx<'_>, sentence: &Sentence, mut clause: Clause, from: usize) -> Option<Clause> {
    let input = Forward::new(c.tokens, from, sentence.end as usize);
    let transitive = clause.cue_tokens.1 as usize == from && c.tokens[from - 1].is(TRANSITIVE);
    let (rest, ()) = tail(c, input, transitive && clause.shape != ClauseShape::Inverted).unwrap_or((input, ()));
    let end = rest.at().max(clause.tokens.1 as usize);
    clause.tokens.1 = end as u32;
    clause.colon = c.tokens.get(end).is_some_and(|t| t.is_punct(':')) && end < sentence.end as usize;
    Some(clause)
}

/// Words after a cue that still belong to it: a listener (`told reporters`),
/// a time (`on Friday`), a setting (`in a statement`, `on Twitter`).
fn tail<'a>(c: Ctx<'a>, input: Forward<'a>, takes_object: bool) -> PResult<Forward<'a>, ()> {
    let mut input = input;
    if takes_object {
        let listener = |i: Forward<'a>| mentions::after(c).parse(i).map(|(r, _)| (r, ()));
        if let Ok((rest, _)) = alt((listener, |i| object_pronoun(c, i))).parse(input) {
            input = rest;
        }
    }
    let time = pair(
        opt(tok(|t: &Token| ["on", "last", "this", "early", "late", "earlier", "late", "in"].iter().any(|w| c.is_word(t, w)))),
        tok(|t: &Token| t.is(TIME)),
    );
    let setting = preceded(
        tok(|t: &Token| ["in", "on", "at", "during", "via", "to", "of", "about", "through", "with"].iter().any(|w| c.is_word(t, w))),
        |i| mentions::after(c).parse(i),
    );
    let (rest, _) = many_m_n(0, 3, alt((time.map(|_| ()), setting.map(|_| ())))).parse(input)?;
    Ok((rest, ()))
}

fn object_pronoun<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, ()> {
    let (rest, _) = tok(|t: &Token| ["him", "her", "them", "me", "us", "you", "it"].iter().any(|w| c.is_word(t, w))).parse(input)?;
    Ok((rest, ()))
}

/// `Okafor: …` — a name and a colon opening a headline, or a quote.
fn colon_clause(c: Ctx<'_>, sentence: &Sentence, si: usize, kind: ParagraphKind) -> Option<Clause> {
    let input = Forward::new(c.tokens, sentence.first as usize, sentence.end as usize);
    let (rest, source) = mentions::after(c).parse(input).ok()?;
    let colon = rest.first().filter(|t| t.is_punct(':'))?;
    let next = rest.get(1)?;
    let opens_quote = matches!(next.kind, TokenKind::OpenQuote(_));
    if !(kind == ParagraphKind::Headline || opens_quote) || source.kind == mentions::MentionKind::Pronoun {
        return None;
    }
    let at = rest.at();
    Some(Clause {
        cue: colon.span,
        cue_tokens: (at as u32, at as u32 + 1),
        verb: None,
        source: Some(source),
        subject: None,
        shape: ClauseShape::Colon,
        sentence: si as u32,
        tokens: (sentence.first, at as u32 + 1),
        colon: true,
        content: None,
        content_before: false,
    })
}

/// `In a Fox interview, Trump went further: "…"`: a sentence whose subject
/// introduces a quote with a colon, with no reporting verb before it.
fn subject_colon(c: Ctx<'_>, sentence: &Sentence, si: usize, found: &[Clause]) -> Option<Clause> {
    let range = sentence.range();
    let colon = range.clone().find(|&i| {
        let t = &c.tokens[i];
        t.is_punct(':') && t.depth == 0 && c.tokens.get(i + 1).is_some_and(|n| matches!(n.kind, TokenKind::OpenQuote(_)) || n.para != t.para)
    })?;
    if found.iter().any(|cl| (cl.cue_tokens.0 as usize) < colon) {
        return None;
    }
    let subject = sentence_subject(c, sentence, colon)?;
    if !matches!(subject.kind, mentions::MentionKind::Person | mentions::MentionKind::Organisation | mentions::MentionKind::Pronoun) {
        return None;
    }
    Some(Clause {
        cue: c.tokens[colon].span,
        cue_tokens: (colon as u32, colon as u32 + 1),
        verb: None,
        source: Some(subject),
        subject: None,
        shape: ClauseShape::Colon,
        sentence: si as u32,
        tokens: (colon as u32, colon as u32 + 1),
        colon: true,
        content: None,
        content_before: false,
    })
    .filter(|_| range.contains(&colon))
}

/// What each clause of a sentence reports: the words before it when it
/// follows a quote or closes the sentence after a comma, else the words after.
fn assign_content(c: Ctx<'_>, sentence: &Sentence, clauses: &mut [Clause]) {
    let end = sentence.end as usize;
    let starts: Vec<usize> = clauses.iter().map(|cl| cl.tokens.0 as usize).collect();
    for k in 0..clauses.len() {
        let (first, last) = (clauses[k].tokens.0 as usize, clauses[k].tokens.1 as usize);
        let left_start = if k > 0 { clauses[k - 1].tokens.1 as usize } else { sentence.first as usize };
        let right_end = right_end(c, sentence, first, last, &starts[k + 1..]).unwrap_or(end);
        let prev = first.checked_sub(1).filter(|&p| p >= sentence.first as usize).map(|p| &c.tokens[p]);
        let after_quote = prev.is_some_and(|p| matches!(p.kind, TokenKind::CloseQuote(_)))
            || (prev.is_some_and(|p| p.is_punct(',')) && first >= 2 && matches!(c.tokens[first - 2].kind, TokenKind::CloseQuote(_)));
        let right = trim_tokens(c.tokens, last, right_end);
        let closes_sentence = right.is_none();
        let before = clauses[k].shape != ClauseShape::According || closes_sentence;
        let trailing = closes_sentence && (after_quote || prev.is_some_and(|p| p.is_punct(',')));
        // A clause closing the sentence after a comma or a quote reports all of it.
        let left_start = if trailing { sentence.first as usize } else { left_start };
        let left = trim_tokens(c.tokens, left_start, first);
        let use_left = before && left.is_some() && (after_quote || trailing);
        let use_left = use_left || (clauses[k].shape == ClauseShape::According && closes_sentence && left.is_some());
        clauses[k].content_before = use_left;
        clauses[k].content = if use_left { left } else { right };
    }
}

/// Where the words a clause reports stop short of the sentence's end: at
/// the comma closing an opening subordinate clause (`When he spoke, he
/// said …`), or where a coordinated report begins (`…, while Cruz said …`).
fn right_end(c: Ctx<'_>, sentence: &Sentence, first: usize, last: usize, later_starts: &[usize]) -> Option<usize> {
    let opener = &c.tokens[sentence.first as usize..first];
    let subordinate = opener.first().is_some_and(|t| SUBORDINATORS.iter().any(|w| c.is_word(t, w)))
        && !opener.iter().any(|t| t.is_punct(','));
    if subordinate {
        let comma = (last..sentence.end as usize).find(|&i| c.tokens[i].is_punct(',') && c.tokens[i].depth == 0);
        if comma.is_some() {
            return comma;
        }
    }
    later_starts.iter().find_map(|&start| {
        let mut i = start;
        if i > last && c.tokens[i - 1].is(CONJUNCTION) {
            i -= 1;
        }
        // `then`, not `then_some`: `i - 1` must not be worked out when `i` is 0.
        (i > last && matches!(c.tokens[i - 1].kind, TokenKind::Punct(',' | ';' | '\u{2014}'))).then(|| i - 1)
    })
}

/// Words that open a subordinate clause before the main one.
const SUBORDINATORS: [&str; 10] = ["when", "as", "after", "while", "if", "because", "since", "although", "though", "before"];

/// The span of tokens `from..to` without leading and trailing punctuation
/// (quotation marks stay), or `None` when nothing is left.
fn trim_tokens(tokens: &[Token], mut from: usize, mut to: usize) -> Option<Span> {
    let skip = |t: &Token| matches!(t.kind, TokenKind::Punct(_)) || (t.is_word() && ["that", "who"].iter().any(|_| false));
    while from < to && skip(&tokens[from]) {
        from += 1;
    }
    while to > from && skip(&tokens[to - 1]) {
        to -= 1;
    }
    (from < to).then(|| span_of(tokens, from, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{paragraphs::paragraphs, quotes::scan, sentences::sentences, tokens::tokenize};

    fn parse(text: &str) -> Vec<(String, Option<String>, ClauseShape, Option<String>)> {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        let q = scan(text, &paras, &[]);
        let toks = tokenize(text, &paras, &q, &[], crate::parse::lexicon::lexicon());
        let sents = sentences(text, &toks);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        clauses(c, &sents, &paras)
            .into_iter()
            .map(|c| {
                (
                    c.cue.of(text).to_string(),
                    c.source.map(|m| m.span.of(text).to_string()),
                    c.shape,
                    c.content.map(|s| s.of(text).to_string()),
                )
            })
            .collect()
    }

    const LEDE: &str = "The ferry resumed service on Monday.\n\n";

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

    #[test]
    fn according_to_names_the_source() {
        let got = parse(&format!("{LEDE}The tolls will rise, according to the harbour authority."));
        assert_eq!(got[0].0, "according to");
        assert_eq!(got[0].1.as_deref(), Some("the harbour authority"));
        assert_eq!(got[0].3.as_deref(), Some("The tolls will rise"));
    }

    #[test]
    fn reported_speech_without_quote_marks() {
        let got = parse(&format!("{LEDE}Norway says it backs the plan."));
        assert_eq!(got[0].1.as_deref(), Some("Norway"));
        assert_eq!(got[0].3.as_deref(), Some("it backs the plan"));
    }

    #[test]
    fn a_colon_introduces_the_quote() {
        let got = parse(&format!("{LEDE}Okafor said: “We are ready.”"));
        assert_eq!(got[0].1.as_deref(), Some("Okafor"));
        assert_eq!(got[0].3.as_deref(), Some("“We are ready.”"));
    }

    #[test]
    fn nouns_and_infinitives_are_not_cues() {
        let got = parse(&format!("{LEDE}The report was late. She declined to say more."));
        assert!(got.iter().all(|c| c.0 != "report" && c.0 != "say"), "{got:?}");
    }

    #[test]
    fn a_trailing_clause_reports_what_came_before() {
        let got = parse(&format!("{LEDE}The two ports will share the cost, the council added."));
        assert_eq!(got[0].3.as_deref(), Some("The two ports will share the cost"));
    }

    #[test]
    fn told_takes_a_listener_not_a_speaker() {
        let got = parse(&format!("{LEDE}Okafor told reporters the ferry was safe."));
        assert_eq!(got[0].1.as_deref(), Some("Okafor"));
        assert_eq!(got[0].3.as_deref(), Some("the ferry was safe"));
    }
}
