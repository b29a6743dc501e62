//! Reporting clauses: a cue (`said`, `according to`, `told reporters`), the
//! speaker it names, and the content it reports — the productions of
//! `grammar/attribution.md`.
//!
//! Each sentence is read once. At every reporting cue outside quotation
//! marks the productions are tried in the grammar's order, each one
//! function in `readings`: `according to` NP; a passive; a participle
//! (`, adding …`) that carries the main clause's speaker; the speaker
//! before the verb, read backwards; the speaker after the verb (`said
//! Peskov`) after a quote or comma; then the looser subjects.

mod catenative;
mod colon_predicate;
mod content;
mod coordination;
mod gap;
mod governing;
mod idioms;
mod joined;
mod labels;
mod loose_subject;
mod naming;
mod nested;
mod openers;
mod passive_agent;
mod plural_nouns;
mod readings;
mod reply;
mod senses;
mod speaker;
mod subject;
pub use subject::sentence_subject;
mod tail;

use nom::sequence::preceded;
use nom::Parser;

use crate::parse::lexicon::{class::*, Phrase, PhraseKind, Verb, VerbClass, VerbForm};
use crate::parse::mentions::{self, Ctx, Mention};
use crate::parse::paragraphs::{Paragraph, ParagraphKind};
use crate::parse::sentences::Sentence;
use crate::parse::stream::{span_of, Backward, Forward};
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;
use catenative::catenative_report;
use content::assign_content;
use coordination::*;
use gap::*;
use governing::*;
use idioms::*;
use loose_subject::*;
use nested::*;
use openers::*;
use passive_agent::*;
use readings::clause_at;
use speaker::*;
use subject::*;
use tail::*;

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
    /// `— Okafor.`: a paragraph that signs the quote above it
    Signature,
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

/// `Vance at the time said`, `delegates at the meeting in Dover said`: a
/// phrase after a preposition of time, place or company says when, where
/// or with whom, and the phrase before the preposition speaks. A common
/// noun takes the prepositional phrases with it, as words describing who
/// speaks. When no phrase can be read before the preposition (`officials
/// who spoke with the Post said`), none is the speaker and the reading
/// falls to the clause's loose subject.
fn subject_before_circumstance<'a>(c: Ctx<'a>, start: usize, rest: Backward<'a>, found: Mention) -> Option<(Backward<'a>, Mention)> {
    const CIRCUMSTANCE: [&str; 6] = ["at", "in", "on", "during", "amid", "with"];
    // A relative is its own clause's subject (`compared with 23 percent
    // who said`).
    if found.kind == mentions::MentionKind::Pronoun || found.relative {
        return Some((rest, found));
    }
    if let Some(read) = document_before_its_handler(c, start, rest, &found) {
        return Some(read);
    }
    let (found_rest, mut rest, mut subject) = (rest, rest, found);
    // `One in four drivers`: `in` before a number makes a proportion.
    let proportion = |at: usize| c.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number || mentions::number_word(c, t));
    while rest.first().is_some_and(|t| CIRCUMSTANCE.iter().any(|w| c.is_word(t, w))) && !proportion(rest.at()) {
        let preposition = rest.at() - 1;
        if preposition == start {
            break;
        }
        (rest, subject) = mentions::before(c).parse(Backward::new(c.tokens, start, preposition)).ok()?;
    }
    // `Varga is brokering talks in the dispute`: a phrase after a verb is
    // its object, no speaker; the reading stays as it was.
    if rest.first().is_some_and(|t| t.is(GAP) || t.info().verb.is_some()) {
        return Some((found_rest, found));
    }
    if subject.first_token != found.first_token && !c.tokens[subject.head as usize].cap() {
        subject.span = subject.span.cover(found.span);
        subject.end_token = found.end_token;
    }
    Some((rest, subject))
}

/// `A letter from the guild obtained by the Gazette warns …`, `a survey
/// conducted by the Harbour Institute found …`: the phrase after `by` names
/// who obtained or made a document («clause-words» [handled-by-participles]);
/// the document before the participle speaks, and takes the participle and
/// its agent with it as words describing it.
fn document_before_its_handler<'a>(c: Ctx<'a>, start: usize, rest: Backward<'a>, found: &Mention) -> Option<(Backward<'a>, Mention)> {
    let by = rest.at().checked_sub(1)?;
    let participle = by.checked_sub(1).filter(|&k| k > start)?;
    let handled = c.is_word(&c.tokens[by], "by") && c.lex.list("handled-by-participles").iter().any(|w| c.is_word(&c.tokens[participle], w));
    let noun = &c.tokens[participle - 1];
    if !handled || !noun.is_word() || noun.is(FUNCTION | PRONOUN) || verbal(c, noun) {
        return None;
    }
    let (mut outer, mut document) = mentions::before(c).parse(Backward::new(c.tokens, start, participle)).ok()?;
    // `a letter from the guild obtained by …`: the maker after `from` or
    // `of` describes the document, which is the phrase before it.
    if outer.first().is_some_and(|t| c.is_word(t, "from") || c.is_word(t, "of")) && outer.at() - 1 > start {
        if let Ok((before, whole)) = mentions::before(c).parse(Backward::new(c.tokens, start, outer.at() - 1)) {
            (outer, document) = (before, Mention { span: whole.span.cover(document.span), end_token: document.end_token, ..whole });
        }
    }
    Some((outer, Mention { span: document.span.cover(found.span), end_token: found.end_token, ..document }))
}

/// All reporting clauses, sentence by sentence, in text order.
pub fn clauses(c: Ctx<'_>, sentences: &[Sentence], paragraphs: &[Paragraph]) -> Vec<Clause> {
    // News copy has a clause for every other sentence or so (train: three
    // or four regrowths a draft from nothing, each copying every clause).
    let mut out = Vec::with_capacity(sentences.len() / 2 + 8);
    // A single capitalised label (`UPDATE: …`) is no transcript; two or
    // more make one.
    let transcript = sentences.iter().filter(|s| transcript_label(c, s).is_some()).take(2).count() == 2;
    for (si, sentence) in sentences.iter().enumerate() {
        let kind = paragraphs[sentence.para as usize].kind;
        if kind == ParagraphKind::Boilerplate {
            continue;
        }
        let before = out.len();
        let label = || transcript.then(|| transcript_label(c, sentence)).flatten().map(|colon| transcript_clause(c, sentence, si, colon));
        let (colon, dash) = colon_and_dash(c, sentence);
        let named_before_colon = || colon.then(|| colon_clause(c, sentence, si, kind).or_else(|| labels::label_clause(c, sentence, si))).flatten();
        let signed = || dash.then(|| signature(c, sentence, si)).flatten();
        if let Some(clause) = named_before_colon().or_else(signed).or_else(label) {
            out.push(clause);
        }
        let (first, end) = (sentence.first as usize, sentence.end as usize);
        let mut i = first;
        while i < end {
            // The sentence's first token may open a reading (its openers);
            // after it, the next word that may is searched for two tokens a
            // turn, past the many that none could start.
            if i != first {
                match crate::parse::search::position_by_pairs(&c.tokens[i..end], may_open_clause) {
                    Some(skip) => i += skip,
                    None => break,
                }
            }
            // An infinitive that reports only after its governing verb is
            // tried where no reporting word starts.
            match clause_at(c, sentence, si, i).or_else(|| catenative_report(c, sentence, si, i)) {
                Some(mut clause) => {
                    i = clause.cue_tokens.1 as usize;
                    shared_subject(c, sentence, &mut clause, &out[before..]);
                    joined::own_clause_speaker(c, sentence, &mut clause, &out[before..]);
                    out.push(clause);
                }
                None => i += 1,
            }
        }
        drop_nested_reports(c, &mut out, before);
        drop_what_reports(c, &mut out, before);
        if let Some(mut clause) = colon.then(|| subject_colon(c, sentence, si, &out[before..])).flatten() {
            // A label's clause may hold the same colon already: the colon
            // alone stays that clause's cue.
            if out[before..].iter().all(|cl| cl.cue_tokens != clause.cue_tokens) {
                colon_predicate::widen_over_predicate(c, sentence, &mut clause);
            }
            out.push(clause);
            out[before..].sort_by_key(|cl| cl.tokens.0);
        }
        assign_content(c, sentence, &mut out[before..]);
        labels::end_reports_at_signed_labels(c, &mut out[before..]);
        drop_reports_in_content(c, &mut out, before);
    }
    out
}

/// Whether the sentence holds a colon, and a dash: the colon readings
/// (`colon_clause`, `subject_colon`) need a colon, and `signature` a dash.
/// Most sentences have neither, and are read for them once rather than
/// once for each reading.
fn colon_and_dash(c: Ctx<'_>, sentence: &Sentence) -> (bool, bool) {
    let (mut colon, mut dash) = (false, false);
    for t in &c.tokens[sentence.range()] {
        colon |= t.is_punct(':');
        dash |= t.is_dash();
    }
    (colon, dash)
}

/// Whether any reading could start at token `t` after its sentence's
/// first (which may always: its openers), by what the readings ask first:
/// a word of the narration that is a cue, may start a cue or catenative
/// phrase, or is a reporting verb (a speech verb after a quote, see
/// [`speech_after_quote`]). Most tokens are none of these, and are passed
/// over with this one test rather than both readings' (`clause_at` and
/// `catenative_report` return nothing for them).
#[inline(always)]
fn may_open_clause(t: &Token) -> bool {
    let info = t.info();
    let phrase_kinds = PhraseKind::Cue.bit() | PhraseKind::Catenative.bit();
    t.is_word() && t.depth == 0 && (info.is(CUE) || info.phrase_kinds & phrase_kinds != 0 || info.verb.is_some())
}

/// The cue starting at token `i`: a phrase from `multiword-cues.txt`, or a
/// reporting verb. Returns the cue's end and what it is. (Inlined, as
/// [`readings::clause_at`] is.)
#[inline]
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
        let matches = end <= sentence.end as usize && phrase.words.iter().enumerate().all(|(k, w)| c.is_word(&c.tokens[i + k], w));
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
    if !t.is(CUE) && !speech_after_quote(c, sentence, i) {
        return None;
    }
    Some((i + 1, t.info().verb, None))
}

/// `according to an analysis by the Harbour Institute`, `a post from Lena
/// Abt`: a document's maker, after `by`, `from` or `with`, belongs to the
/// source (the annotation often names only the maker), not to the report's
/// words. Not after `of`: `the average of recent polls` names what was
/// averaged, and the vague-study rule would read the polls as the source.
fn source_with_maker(c: Ctx<'_>, sentence: &Sentence, end: usize, source: Mention) -> (usize, Mention) {
    let maker_follows = c.tokens.get(end).filter(|_| end < sentence.end as usize).is_some_and(|t| ["by", "from", "with"].iter().any(|w| c.is_word(t, w)));
    let common = !c.tokens[source.head as usize].cap();
    let longer = maker_follows.then(|| mentions::loose_phrase(c, source.first_token as usize, sentence.end as usize)).flatten();
    match longer.filter(|l| common && l.end_token as usize > end + 1) {
        Some(l) => (l.end_token as usize, Mention { span: source.span.cover(l.span), end_token: l.end_token, ..source }),
        None => (end, source),
    }
}

/// `"…," the council states.`: a verb of speech whose form is mostly a noun
/// (`states`, `posts`) is a cue right after a quote and its speaker, where no
/// noun can stand, or right after the quote with its speaker after it.
fn speech_after_quote(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    const SPEAKER_WORDS: usize = 10;
    if !listed_speech_verb(c, i) {
        return false;
    }
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

/// `Of the voters, 43 said …`, `at least 21,000 said`, `all but two said`:
/// a count of people with no noun after it says what `said` reports, read
/// as `say_speaker` reads the speakers of `say`.
fn counted_speakers(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<Mention> {
    let counted = i > sentence.first as usize && {
        let p = &c.tokens[i - 1];
        p.kind == TokenKind::Number || mentions::number_word(c, p)
    };
    (counted && c.lex.lemma(verb.lemma) == "say").then(|| say_speaker(c, sentence, i)).flatten().flatten()
}

/// `Holm thanked the crew and said …`, `he called it "weak" and said …`:
/// a past speech verb right after `and` or `but` (auxiliaries and adverbs
/// between) whose speaker `coordinated_subject` did not find shares the
/// subject of the verb before it: the speaker of the sentence's last clause
/// before it (which `clause_at` cannot see), or else the sentence's subject.
fn shared_subject(c: Ctx<'_>, sentence: &Sentence, clause: &mut Clause, earlier: &[Clause]) {
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

/// `Harbour groups backing Okafor have spent …`, `leaflets attacking the
/// mayor`: a participle with no clause to hang from describes the phrase
/// right before it, which does what it says.
fn phrase_before_participle(c: Ctx<'_>, sentence: &Sentence, i: usize, verb: Verb) -> Option<Mention> {
    let start = sentence.first as usize;
    if i == start || !c.tokens[i - 1].is_word() {
        return None;
    }
    let before = Backward::new(c.tokens, start, i);
    let (_, source) = preceded(|s| gap(c, s), mentions::before(c)).parse(before).ok()?;
    // `Ms. Holm avoids discussing`, `the mayor spent Monday touring`: a
    // phrase holding a finite verb is a clause, whose subject the
    // participle does not take.
    let finite = (source.first_token as usize..source.end_token as usize).any(|k| {
        let t = &c.tokens[k];
        c.is_word(t, "to") || t.info().verb.is_some_and(|v| matches!(v.form, VerbForm::Past | VerbForm::Third))
    });
    // A quote in the sentence is mostly someone else's, whom the
    // phrase would take it from (`a poster saying "…"`, `a group backing
    // her premiered "…"`): leave the participle without a speaker there.
    let speaks = !names_occasion(c, &source);
    (!finite && speaks && !holds_quote(c, sentence) && source.kind != mentions::MentionKind::Pronoun && acceptable_speaker(c, &source, verb)).then_some(source)
}

/// `his criticism of the tolls`, `the mayor's assertion that …`: the
/// owner of a noun of report (a phrase cue straight after a possessive)
/// made the report. On train the possessor is the annotated source for 10
/// of the 13 such cues marked. A word between is not passed over: `her
/// campaign refers to` is the campaign's.
fn possessor(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<Mention> {
    let start = sentence.first as usize;
    let k = i.checked_sub(1).filter(|&k| k > start)?;
    let t = &c.tokens[k];
    if t.is(POSSESSIVE) && t.is(PRONOUN) {
        let pronoun = mentions::pronoun_at(c, k);
        return Some(sentence_subject(c, sentence, k).filter(|s| owner_of(s, &pronoun)).unwrap_or(pronoun));
    }
    if t.kind != TokenKind::Possessive {
        return None;
    }
    let (_, owner) = mentions::before(c).parse(Backward::new(c.tokens, start, k)).ok()?;
    Some(owner)
}

/// `Holm has softened his criticism of …`: the sentence's subject, when
/// named and of the possessive pronoun's gender, is whom it stands for; a
/// name is more use to the reader (and to resolving it) than `his`.
fn owner_of(subject: &Mention, pronoun: &Mention) -> bool {
    use mentions::Gender::*;
    let fits = match pronoun.gender {
        Male | Female => subject.gender == pronoun.gender || (subject.gender == Unknown && subject.kind == mentions::MentionKind::Person),
        other => subject.gender == other,
    };
    subject.kind != mentions::MentionKind::Pronoun && subject.end_token <= pronoun.first_token && fits
}

/// `a leaflet saying …`, `the pilots' union backing Okafor`: a participle
/// straight after a common noun, with no comma between, describes that
/// noun's phrase, which says it. Not where the phrase holds or follows a
/// verb (`Police receive calls saying`, `released a statement saying`: the
/// annotation gives such a participle to the verb's subject, its cue
/// running from the verb), nor where the sentence holds a quotation (see
/// `phrase_before_participle`).
fn described_by_participle(c: Ctx<'_>, sentence: &Sentence, source: &Mention, i: usize) -> bool {
    let last = &c.tokens[i - 1];
    let adverb = c.word(last).ends_with("ly") || c.is_word(last, "perhaps");
    let common = !last.cap() && !last.is(GAP | PREPOSITION | CONJUNCTION) && !adverb && mentions::nominal(c, last);
    let noun = common || common_acronym(c, i - 1);
    let first = source.first_token as usize;
    let verb_inside = (first..i - 1).any(|k| verbal(c, &c.tokens[k]) || c.is_word(&c.tokens[k], "and"));
    let object = first.checked_sub(1).is_some_and(|k| verbal(c, &c.tokens[k]));
    source.end_token as usize == i && noun && !verb_inside && !object && !holds_quote(c, sentence)
}

/// `a super PAC backing Holm`, `the ferry PACs supporting her`: an
/// acronym in capitals (a plural in `s`) after a word in lower case (not
/// a preposition) is a common noun, a kind of group, not a name.
fn common_acronym(c: Ctx<'_>, k: usize) -> bool {
    let word = c.word(&c.tokens[k]);
    let letters = word.strip_suffix('s').unwrap_or(word);
    let capitals = letters.len() >= 2 && letters.chars().all(|ch| ch.is_ascii_uppercase());
    // `on CNN talking about …`: after a preposition it is a name.
    let modified = k > 0 && {
        let before = &c.tokens[k - 1];
        before.is_word() && !before.cap() && !before.is(PREPOSITION)
    };
    capitals && modified
}

/// `during a speech attacking …`, `heard on an open microphone telling …`,
/// `went on the record endorsing …`: a phrase headed by a noun of an
/// occasion, a place or a channel of speech («clause-words»
/// [occasion-nouns]) says nothing itself; the participle is the speaker's
/// who used it.
pub(super) fn names_occasion(c: Ctx<'_>, source: &Mention) -> bool {
    let head = &c.tokens[(source.end_token as usize).saturating_sub(1)];
    c.lex.list("occasion-nouns").iter().any(|w| c.is_word(head, w))
}

/// Whether a phrase's head names a text that tells (`the memo`, `her
/// speech`, `a footnote`: «clause-words» [documents-that-tell],
/// [speech-nouns], [written-things], [texts-that-speak]), which may
/// report on its own.
pub(super) fn head_names_text(c: Ctx<'_>, phrase: &Mention) -> bool {
    const TEXTS: [&str; 4] = ["documents-that-tell", "speech-nouns", "written-things", "texts-that-speak"];
    let head = c.word(&c.tokens[phrase.head as usize]);
    TEXTS.iter().any(|list| c.lex.in_list(list, head))
}

/// `released`, `has drawn`, `sent`: a lower-case word that reads as a verb.
fn verbal(c: Ctx<'_>, t: &Token) -> bool {
    let lower = t.is_word() && !t.cap() && !t.is(FUNCTION | DETERMINER | PRONOUN);
    lower && (t.info().verb.is_some() || mentions::ed_form(c, t) || c.lex.list("irregular-verb-forms").iter().any(|w| c.is_word(t, w)))
}

/// The sentence holds a quotation.
fn holds_quote(c: Ctx<'_>, sentence: &Sentence) -> bool {
    (sentence.first as usize..sentence.end as usize).any(|k| matches!(c.tokens[k].kind, TokenKind::OpenQuote))
}

/// `known to fans as …`, `is well known among voters`: those who know it,
/// named after `to` or `among`, hold the reputation.
fn knowers(c: Ctx<'_>, sentence: &Sentence, i: usize, cue_end: usize) -> Option<Mention> {
    let next = c.tokens.get(cue_end).filter(|_| cue_end < sentence.end as usize)?;
    if !c.is_word(&c.tokens[i], "known") || !(c.is_word(next, "to") || c.is_word(next, "among")) {
        return None;
    }
    let (_, source) = mentions::after(c).parse(Forward::new(c.tokens, cue_end + 1, sentence.end as usize)).ok()?;
    // People, not an infinitive (`were known to use the house`): a
    // phrase opening with a determiner, a plural noun, or `everyone`.
    let first = &c.tokens[source.first_token as usize];
    let people = first.is(DETERMINER) || mentions::plural_noun(c.word(&c.tokens[source.head as usize])) || c.is_word(first, "everyone");
    (people && source.kind != mentions::MentionKind::Pronoun).then_some(source)
}

/// `told her`, `called the plan …`: a word after a verb that opens its
/// object (not a preposition, time, adverb or punctuation, as after the
/// participle in `the notice, quoted in full,`).
/// A naming verb before anything but a pronoun names (`a newsletter,
/// called the "Wire,"`).
fn object_follows(c: Ctx<'_>, verb: Verb, sentence: &Sentence, at: usize) -> bool {
    let naming = c.lex.in_list("naming-verbs", c.lex.lemma(verb.lemma));
    c.tokens.get(at).filter(|_| at < sentence.end as usize).is_some_and(|t| {
        if naming {
            return c.lex.list("object-pronouns").iter().any(|w| c.is_word(t, w));
        }
        let adverb = c.word(t).ends_with("ly") && !t.cap();
        t.is_word() && !t.is(PREPOSITION | TIME | CONJUNCTION | RELATIVE) && !adverb
    })
}

/// Forms of *be* that make a participle progressive (`is saying`).
const BE: [&str; 13] = ["is", "are", "was", "were", "been", "be", "am", "'s", "’s", "'re", "’re", "'m", "’m"];

/// The preposition before an -ing form that makes it a gerund (`criticized
/// him for saying`, `no sign of backing down`, `focused on attacking`,
/// `refrained from attacking`, `his policy of not attacking`), which names
/// an act, not a report: 9 of 28 such forms after `on`, `from`, `about`,
/// `against`, `into`, `at` were cues on train. `by`, `after`, `while`,
/// `without` hang from a clause whose subject reports (`broke her silence
/// by asking`) and are read in `clause_at`.
fn gerund_after(c: Ctx<'_>, sentence: &Sentence, i: usize) -> Option<&'static str> {
    let k = (sentence.first as usize..i).rev().find(|&k| !c.is_word(&c.tokens[k], "not"))?;
    c.lex.list("gerund-prepositions").iter().copied().find(|w| c.is_word(&c.tokens[k], w))
}

/// `without being told to "relax"`, `keen on telling pilots to stop
/// "grumbling"`: a verb of speech that none of its readings makes a report
/// still makes the quote soon after it speech (the annotation marks the
/// quote, with no source).
fn speech_before_quote(c: Ctx<'_>, sentence: &Sentence, verb: Verb, cue_end: usize) -> bool {
    const NEAR: usize = 6;
    let end = (sentence.end as usize).min(cue_end + NEAR);
    verb.class == VerbClass::Speech && (cue_end..end).any(|k| matches!(c.tokens[k].kind, TokenKind::OpenQuote))
}

/// The token before `i`, past any lower-case adverbs in -ly; `i` itself
/// when the sentence starts there.
fn skip_adverbs_back(c: Ctx<'_>, sentence: &Sentence, i: usize) -> usize {
    (sentence.first as usize..i).rev().find(|&k| !mentions::ly_adverb(c, &c.tokens[k])).unwrap_or(i)
}

/// `Zucker responded by saying …`, `he concluded by implying …`: the verb
/// before `by` is the report, and the annotation runs its cue on through
/// the participle, which is no second report (7 of 7 such participles on
/// train were no cue of their own; after `began by`, `started by` the
/// participle is the report: 4 of 6).
fn answered_by(c: Ctx<'_>, sentence: &Sentence, by: usize) -> bool {
    let verb_at = skip_adverbs_back(c, sentence, by);
    let lemma = c.tokens.get(verb_at).filter(|_| verb_at < by).and_then(|t| t.info().verb).map(|v| c.lex.lemma(v.lemma));
    lemma.is_some_and(|l| ["respond", "continue", "conclude", "reply", "answer"].contains(&l))
}

/// A participle reports when it is a verb of speech or stance (`saying`,
/// `calling`, `criticizing`), of belief (`, fearing a split,`), or of
/// thought or evidence followed by what is thought (`hoping that …`).
fn participle_reports(c: Ctx<'_>, verb: Verb, cue_end: usize) -> bool {
    match verb.class {
        VerbClass::Speech | VerbClass::Stance => true,
        // `…, believing there were three`, `Democrats, fearing the cost,
        // …`: a participle of belief, fear, hope or expectation
        // («clause-words» [belief-participles]) is its subject's view
        // whatever follows it (on train 20 of 22 such forms not yet cues
        // were marked). `thinking`, `knowing`, `worrying`, `showing` and
        // `seeking` are as often an act or a noun (`policy thinking`,
        // `without worrying`) and still need what follows.
        _ if c.lex.list("belief-participles").contains(&c.lex.lemma(verb.lemma)) => true,
        // `with polls showing Holm ahead`, `a survey demonstrating …`: a
        // participle of evidence straight after a poll, a survey or data
        // («claim-sources» [data]) is what they show, whatever follows.
        VerbClass::Evidence if shown_by_data(c, cue_end) => true,
        VerbClass::Thought | VerbClass::Evidence => {
            c.tokens.get(cue_end).is_some_and(|n| c.is_word(n, "that") || c.is_word(n, "to") || matches!(n.kind, TokenKind::OpenQuote) || n.is_punct(':'))
        }
    }
}

/// Whether the word before the one-word participle ending at `cue_end`
/// names a poll, survey or data (on train 7 of 13 such participles not
/// followed by `that` or `to` are marked; most of the rest stand inside
/// another's report, where the nested rules drop them).
fn shown_by_data(c: Ctx<'_>, cue_end: usize) -> bool {
    cue_end >= 2 && c.tokens[cue_end - 2].is(DATA_SOURCE)
}

/// `I didn't know`, `they don't want`: a thought denied is mostly no
/// report (PolNeAR marks a third of them), while `didn't mention`,
/// `wouldn't discuss` are reports like any other.
fn negated(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let before = (sentence.first as usize..i).rev().find(|&k| !mentions::ly_adverb(c, &c.tokens[k]));
    before.is_some_and(|k| {
        let w = c.word(&c.tokens[k]);
        c.tokens[k].is_word() && (w.ends_with("n't") || w.ends_with("n’t") || NEGATIVES.iter().any(|n| c.is_word(&c.tokens[k], n)))
    })
}

const NEGATIVES: [&str; 3] = ["not", "never", "cannot"];

/// `riders should remember`, `the board could favor`: what someone should
/// or could do is advice or a possibility, no report (9 of 11 such cues
/// of verbs other than speech on train were none). `would`, `will`, `may`, `might`, `can` report as
/// often as not, and stay; so do verbs of speech, which may open a quote
/// (`a spokesman could only quip: "…"`).
fn hypothetical(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let before = (sentence.first as usize..i).rev().find(|&k| {
        let t = &c.tokens[k];
        !(mentions::ly_adverb(c, t) || ["not", "also", "never", "still", "then", "just"].iter().any(|w| c.is_word(t, w)))
    });
    before.is_some_and(|k| c.is_word(&c.tokens[k], "should") || c.is_word(&c.tokens[k], "could"))
}

/// False where the verb's form reads as a noun or an adjective: `the report`,
/// `his claims`, `the so-called`, `to say`, `the Washington Post`.
/// Words before a verb's form that make it a noun (`the report`, `his
/// claims`).
const ARTICLES: [&str; 13] = ["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those"];

fn verbal_reading(c: Ctx<'_>, sentence: &Sentence, prev: Option<&Token>, i: usize, verb: Verb) -> bool {
    let t = &c.tokens[i];
    // A capitalised verb is a name (`the Washington Post`) unless it opens the
    // sentence or stands in a headline, where every word is capitalised.
    let sentence_start = i == sentence.first as usize || prev.is_some_and(|p| p.is_mark() || p.is_punct('('));
    if t.cap() && !sentence_start && !c.is_headline(t) {
        return false;
    }
    let Some(prev) = prev else { return verb.form != VerbForm::Base };
    // Each article is a determiner or a possessive («function-words»):
    // other words are not compared with the thirteen.
    let article = prev.kind == TokenKind::Possessive || (prev.is(DETERMINER | POSSESSIVE) && ARTICLES.iter().any(|w| c.is_word(prev, w)));
    if article {
        return false;
    }
    let infinitive = c.is_word(prev, "to") && verb.form == VerbForm::Base;
    // `758 pledged delegates`, `of pledged delegates`: a participle between
    // a number or a preposition and a plural noun describes the noun.
    let adjective = verb.form == VerbForm::Past
        && (prev.kind == TokenKind::Number || prev.is(PREPOSITION))
        && c.tokens.get(i + 1).is_some_and(|n| n.is_word() && !n.cap() && n.info().flags == 0 && mentions::plural_noun(c.word(n)));
    // `a program called Safe Harbour`: a naming verb after an indefinite
    // noun phrase names the thing; nobody reports anything.
    let naming = verb.form == VerbForm::Past
        && c.lex.in_list("naming-verbs", c.lex.lemma(verb.lemma))
        && prev.is_word()
        && !prev.cap()
        && !mentions::plural_noun(c.word(prev))
        && mentions::nominal(c, prev)
        && (1..5).filter_map(|k| i.checked_sub(k + 1)).take_while(|&j| j >= sentence.first as usize).find_map(|j| {
            let t = &c.tokens[j];
            if c.is_word(t, "a") || c.is_word(t, "an") {
                Some(true)
            } else if mentions::nominal(c, t) && !t.cap() {
                None
            } else {
                Some(false)
            }
        }) == Some(true);
    !infinitive && !adjective && !naming
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{paragraphs::paragraphs, quotes::scan, sentences::sentences, tokens::tokenize};

    /// The clauses the grammar reads in `text`, parsed on their own.
    pub(super) fn clauses_of(text: &str) -> Vec<Clause> {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        let q = scan(text, &paras, &[]);
        let mut toks = tokenize(text, &paras, &q, &[], crate::parse::lexicon::lexicon());
        let sents = sentences(text, &toks);
        // As the whole parse does: a sentence's first capital is settled.
        crate::parse::capitals::settle(text, &mut toks, &sents, &paras);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        clauses(c, &sents, &paras)
    }

    pub(super) fn parse(text: &str) -> Vec<(String, Option<String>, ClauseShape, Option<String>)> {
        clauses_of(text)
            .into_iter()
            .map(|c| (c.cue.of(text).to_string(), c.source.map(|m| m.span.of(text).to_string()), c.shape, c.content.map(|s| s.of(text).to_string())))
            .collect()
    }

    const LEDE: &str = "The ferry resumed service on Monday.\n\n";

    /// Each clause's cue and the name its source goes by.
    pub(super) fn names_of(text: &str) -> Vec<(String, Option<String>)> {
        let text = format!("The ferry resumed service on Monday.\n\n{text}");
        clauses_of(&text).into_iter().map(|cl| (cl.cue.of(&text).to_string(), cl.source.map(|m| m.name.of(&text).to_string()))).collect()
    }

    /// The name of the subject the sentence's opening participle hangs from.
    pub(super) fn participle_subject(text: &str) -> Option<String> {
        let text = format!("The ferry resumed service on Monday.\n\n{text}");
        let clauses = clauses_of(&text);
        let participle = clauses.iter().find(|cl| cl.shape == ClauseShape::Participle)?;
        participle.subject.map(|m| m.name.of(&text).to_string())
    }

    #[test]
    fn every_article_before_a_verb_is_a_determiner_or_a_possessive_in_any_case() {
        let text = "Harbour Notes\n\nthe a an his her their its my our your this these those. \
            The A An His Her Their Its My Our Your This These Those. THE A AN HIS HER THEIR ITS MY OUR YOUR THIS THESE THOSE.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let c = parsed.ctx(text, lex);
        let articles = parsed.tokens.iter().filter(|t| ARTICLES.iter().any(|w| c.is_word(t, w))).collect::<Vec<_>>();
        assert_eq!(articles.len(), 39);
        assert!(articles.iter().all(|t| t.is(DETERMINER | POSSESSIVE)));
    }

    #[test]
    fn speaker_before_the_verb_with_a_quote_before() {
        let got = parse(&format!("{LEDE}“We are ready,” port authority spokeswoman Ines Okafor said on Friday."));
        assert_eq!(got, [("said".into(), Some("port authority spokeswoman Ines Okafor".into()), ClauseShape::SpeakerFirst, Some("“We are ready,”".into()))]);
    }

    #[test]
    fn a_noun_form_of_speech_after_a_quote_and_a_described_speaker_is_a_cue() {
        let got = parse(&format!("{LEDE}\"The fares must fall,\" a narrator in the harbour board's clip states."));
        assert_eq!(got.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), ["states"]);
    }

    #[test]
    fn a_report_stops_at_a_colon_before_another_speakers_report() {
        let got = parse(&format!("{LEDE}The pilots sounded wary: Ann Holm called it \"a gamble.\" Holm said: \"We will sail.\""));
        let contents: Vec<(&str, Option<&str>)> = got.iter().map(|c| (c.0.as_str(), c.3.as_deref())).collect();
        assert_eq!(contents, [("sounded", Some("wary")), ("called", Some("\"a gamble.\"")), ("said", Some("\"We will sail.\""))]);
    }

    /// The cues of `text` read after a lede, so that it is copy, not a headline.
    pub(super) fn cues_of(text: &str) -> Vec<String> {
        parse(&format!("{LEDE}{text}")).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn cues_are_found_past_the_words_no_reading_could_start() {
        // The sentence's first token may always open a reading; after it
        // only words that may start one are tried.
        assert_eq!(cues_of("According to the board, the pier is safe."), ["According to"]);
        assert_eq!(cues_of("The pilots of the old harbour ferry that sails at dawn to the island every day said the tolls were too high."), ["said"]);
        assert_eq!(cues_of("The pilots said the tolls were high, and the board told them the tolls would stay."), ["said", "told"]);
        assert!(cues_of("The pilots of the old harbour ferry sailed at dawn to the island every day of the week.").is_empty());
    }

    #[test]
    fn what_the_speaker_calls_it_after_an_earlier_report_is_no_report_of_its_own() {
        assert_eq!(cues_of("Okafor denounced what she called a \"toll grab\" by the board."), ["denounced"]);
        assert_eq!(cues_of("The pilots have railed against what they call the harbour levy."), ["railed"]);
        assert_eq!(cues_of("The board has made ending what it calls idle berths its aim."), ["calls"]);
    }

    #[test]
    fn a_cue_naming_nobody_inside_another_report_is_part_of_it() {
        assert_eq!(cues_of("Okafor said the harbour board appeared to favour the new tolls."), ["said"]);
        assert_eq!(cues_of("The harbour board appeared to favour the new tolls."), ["appeared"]);
    }

    #[test]
    fn a_stance_inside_another_report_is_part_of_it_unless_set_off_or_quoting() {
        assert_eq!(cues_of("Okafor said the tolls the board praised were too high."), ["said"]);
        assert_eq!(cues_of("Okafor said the tolls the board praised as \"fair\" were too high."), ["said", "praised"]);
        assert_eq!(cues_of("Okafor conceded the fares were high even as she praised the crews."), ["conceded", "praised"]);
    }

    #[test]
    fn a_report_after_a_relative_pronoun_inside_another_report_is_part_of_it() {
        assert_eq!(cues_of("Okafor said the pier that the board said was safe had cracked."), ["said"]);
        assert_eq!(cues_of("The pier that the board said was safe had cracked."), ["said"]);
    }

    #[test]
    fn a_stance_participle_inside_another_report_is_part_of_it() {
        assert_eq!(cues_of("Okafor said the mayor led the race, with 40 percent of pilots backing her."), ["said"]);
        assert_eq!(cues_of("The mayor led the race, with 40 percent of pilots backing her."), ["backing"]);
    }

    #[test]
    fn a_gerund_after_a_preposition_is_no_report() {
        assert!(cues_of("The mayor refrained from attacking the pilots.").is_empty());
        assert!(cues_of("Her team was focused on criticizing the pier plan.").is_empty());
        assert!(cues_of("He dropped his rule of not attacking the council.").is_empty());
        assert_eq!(cues_of("Okafor stood up for the crews, saying the ferry was safe."), ["saying"]);
    }

    #[test]
    fn a_speech_gerund_before_a_quote_stays_a_cue() {
        assert_eq!(cues_of("Some riders are keen on telling skippers to stop \"dawdling.\""), ["telling"]);
    }

    #[test]
    fn a_passive_after_a_lone_being_needs_an_agent() {
        assert!(cues_of("Two new routes being considered would close the pier.").is_empty());
        let got = parse(&format!("{LEDE}The pilots struck after being warned by the council that fares would rise."));
        assert_eq!(got[0].0, "warned");
        assert_eq!(got[0].1.as_deref(), Some("the council"));
    }

    #[test]
    fn a_by_after_another_verb_names_no_agent() {
        let got = parse(&format!("{LEDE}The skipper was asked during an interview published on Monday by the Gazette about the fares."));
        let asked = got.iter().find(|c| c.0 == "asked").expect("asked is a cue");
        assert_eq!(asked.1, None, "{got:?}");
    }

    #[test]
    fn the_writers_set_phrases_are_no_reports() {
        assert!(cues_of("That said, the ferry will run on Sunday.").is_empty());
        assert!(cues_of("The fares, as mentioned above, will rise.").is_empty());
        assert_eq!(cues_of("Okafor said the ferry will run."), vec!["said"]);
    }

    #[test]
    fn alleged_as_an_adjective_and_admitted_as_let_in_are_no_reports() {
        assert!(cues_of("The board looked into alleged bribes at the pier.").is_empty());
        assert!(cues_of("Few boats admitted to the harbour were old.").is_empty());
        assert!(cues_of("Only six boats have been admitted since May.").is_empty());
        assert_eq!(cues_of("Okafor alleged bribes at the pier."), vec!["alleged"]);
        assert_eq!(cues_of("Okafor admitted that the boats were old."), vec!["admitted"]);
    }

    #[test]
    fn what_someone_should_or_could_do_is_no_report() {
        assert!(cues_of("Riders should remember that the ferry is old.").is_empty());
        assert!(cues_of("The harbour board could favor the pier plan in May.").is_empty());
        // Speech keeps its cue: it may open a quote.
        assert_eq!(cues_of("A pilot could only quip: \"Bring a book.\""), ["quip"]);
    }

    #[test]
    fn according_to_takes_the_maker_of_a_document() {
        let got = parse(&format!("{LEDE}Fares rose by a fifth, according to an analysis by the Harbour Institute."));
        assert_eq!(got[0].1.as_deref(), Some("an analysis by the Harbour Institute"));
        let got = parse(&format!("{LEDE}Fares rose by a fifth, according to the average of recent counts."));
        assert_eq!(got[0].1.as_deref(), Some("the average"));
    }

    #[test]
    fn suits_filed_and_selves_cast_are_reports_of_their_subject() {
        let got = parse(&format!("{LEDE}The pilots union filed a complaint against the harbour board."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("filed a", Some("The pilots union")));
        let got = parse(&format!("{LEDE}Okafor cast herself as the riders' champion."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("cast herself", Some("Okafor")));
    }

    #[test]
    fn support_won_names_its_giver_after_of() {
        let got = parse(&format!("{LEDE}Okafor won the endorsement of the pilots' guild."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("endorsement of", Some("the pilots' guild")), "{got:?}");
        let got = parse(&format!("{LEDE}The timetable has the backing of most island councils."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("backing of", Some("most island councils")), "{got:?}");
        // After a possessive or an adjective, or with `support`, no cue.
        assert!(cues_of("Her endorsement of the timetable came late.").is_empty());
        assert!(cues_of("The guild gave a formal endorsement of the timetable.").is_empty());
        assert!(cues_of("The timetable has the support of most island councils.").is_empty());
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

    #[test]
    fn a_participle_after_responded_by_is_part_of_that_report() {
        assert_eq!(cues_of("Holm responded by saying the fares were fair."), ["responded"]);
        // After `began by` the participle reports.
        assert_eq!(cues_of("Holm began by saying the fares were fair."), ["saying"]);
    }

    #[test]
    fn according_to_opening_the_sentence_reports_all_of_it() {
        let got = parse(&format!("{LEDE}According to the Gazette, Holm praised her \"wonderful crews.\""));
        assert_eq!(got[0].3.as_deref(), Some("Holm praised her \"wonderful crews.\""));
    }

    #[test]
    fn a_person_after_an_opening_to_holds_the_view_that_follows() {
        let got = parse(&format!("{LEDE}To Okafor, the new timetable is a gamble."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("To", Some("Okafor")), "{got:?}");
        assert_eq!(got[0].3.as_deref(), Some("the new timetable is a gamble"));
        let got = parse(&format!("{LEDE}To stop the tolls, Okafor wrote to the council. To a standing ovation, she left."));
        assert!(got.iter().all(|c| c.0 != "To"), "{got:?}");
    }

    #[test]
    fn a_title_given_names_nobody() {
        let got = parse(&format!("{LEDE}The pilots left a pamphlet titled \"Rough Crossings\" on the pier."));
        let titled = got.iter().find(|c| c.0 == "titled").expect("titled is a cue");
        assert_eq!((titled.1.as_deref(), titled.2), (None, ClauseShape::NoSpeaker));
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

    #[test]
    fn a_document_obtained_by_someone_speaks_not_who_obtained_it() {
        let source = |text: &str, cue: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == cue).unwrap_or_else(|| panic!("{cue} is a cue: {got:?}")).1.clone()
        };
        let letter = "A letter from the guild obtained by the Harbour Gazette warns that the fares will rise.";
        assert_eq!(source(letter, "warns").as_deref(), Some("A letter from the guild obtained by the Harbour Gazette"));
        let survey = "A survey conducted by the Harbour Institute found that riders want more boats.";
        assert_eq!(source(survey, "found").as_deref(), Some("A survey conducted by the Harbour Institute"));
    }

    #[test]
    fn a_participle_after_a_clause_joined_to_a_report_is_that_clauses() {
        let speaker = |text: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == "saying").expect("saying is a cue").1.clone()
        };
        let joined = "Riders say the tolls are too high, and the harbour union has sued the port, saying they break the law.";
        assert_eq!(speaker(joined).as_deref(), Some("the harbour union"));
        let named = "Officials charged the skipper with theft and Okafor fired her deputy, Tom Bell, saying trust was lost.";
        assert_eq!(speaker(named).as_deref(), Some("Okafor"));
        // Two phrases joined: the report's speaker is carried, as before.
        let phrases = "Okafor said the board and its lawyers are wrong about the tolls, saying they break the law.";
        assert_eq!(speaker(phrases), None);
    }

    #[test]
    fn a_participle_straight_after_a_noun_describes_its_phrase() {
        let speaker = |text: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == "saying").and_then(|c| c.1.clone())
        };
        assert_eq!(
            speaker("The pilots handed out leaflets on the pier, and Holm sent the crews a memo saying the boats were safe.").as_deref(),
            Some("a memo")
        );
        // The phrase is the object of a verb: not it but the verb's subject
        // says it (see `maker_of_object`).
        assert_eq!(speaker("The ferry office released a notice saying the boats would run late.").as_deref(), Some("The ferry office"));
        // A comma before the participle: it hangs from the clause (whose
        // subject is the participle's `subject`), not from the crews.
        assert_eq!(speaker("The ferry office wrote to the crews, saying the boats would run late."), None);
    }

    #[test]
    fn a_participle_after_a_noun_of_occasion_is_not_that_nouns() {
        let source = |text: &str, cue: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == cue).map(|c| c.1.clone())
        };
        let telling = source("Okafor could be heard on an open microphone telling the crews to leave.", "telling");
        assert_eq!(telling, Some(None), "a cue, its doer left to the clause's subject");
        let praising = source("Holm made her name with a speech praising the crews.", "praising");
        assert_eq!(praising, Some(None));
        // A thing that carries words keeps the participle.
        let praising = source("Holm made her name with a pamphlet praising the crews.", "praising");
        assert_eq!(praising, Some(Some("a pamphlet".to_string())));
    }

    #[test]
    fn an_acronym_after_a_lower_case_word_is_a_group_that_speaks() {
        let source = |text: &str| {
            let got = parse(&format!("{LEDE}{text}"));
            got.iter().find(|c| c.0 == "backing").and_then(|c| c.1.clone())
        };
        assert_eq!(source("Ferries First, the harbour PAC backing Okafor, spent more on leaflets.").as_deref(), Some("PAC"));
        assert_eq!(source("The money came in from a family of ferry PACs backing Okafor.").as_deref(), Some("PACs"));
        // After a preposition an acronym is a name (`on CBS`), and the
        // participle hangs from the clause.
        assert_ne!(source("Holm was on HTV backing the new tolls.").as_deref(), Some("HTV"));
    }

    #[test]
    fn an_adverb_between_be_and_the_participle_keeps_the_passive() {
        for text in ["The pier is increasingly seen as a risk.", "The ferry was formally named Astrid.", "Holm isn’t expected to attend."] {
            let got = parse(&format!("{LEDE}{text}"));
            assert_eq!((got[0].1.as_deref(), got[0].2), (None, ClauseShape::Passive), "{text}: {got:?}");
        }
        // An adverb of habit makes no passive report of it.
        let got = parse(&format!("{LEDE}Tolls are typically reported in ranges."));
        assert_ne!(got[0].2, ClauseShape::Passive, "{got:?}");
    }

    #[test]
    fn a_participle_after_as_completes_the_verb_before() {
        let got = parse(&format!("{LEDE}The Courier quoted the skipper as saying the crossing was rough."));
        let cues: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cues, ["quoted"], "{got:?}");
    }

    #[test]
    fn pledged_delegates_are_delegates() {
        let got = parse(&format!("{LEDE}Okafor won most of the pledged delegates. PLEDGED DELEGATES: 40."));
        assert!(got.iter().all(|c| !c.0.eq_ignore_ascii_case("pledged")), "{got:?}");
        let got = parse(&format!("{LEDE}Okafor pledged to cut the tolls."));
        assert_eq!(got[0].0, "pledged");
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
    fn a_subjects_colon_has_its_predicate_for_cue() {
        let got = parse(&format!("{LEDE}Ines Okafor delivered a curt reply: “No ferry, no vote.”"));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("delivered a curt reply:", Some("Ines Okafor")));
        let got = parse(&format!("{LEDE}Holm waved, then leaned in and boomed: “Ferries for all!”"));
        assert_eq!(got[0].0, "boomed:");
    }

    #[test]
    fn evidence_shown_by_a_poll_is_a_report_whatever_follows() {
        let got = parse(&format!("{LEDE}With polls showing Okafor far ahead, Holm left the race."));
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("showing", Some("polls")));
        let got = parse(&format!("{LEDE}Holm pinned up a chart showing the ferry times."));
        assert!(got.iter().all(|c| c.0 != "showing"), "{got:?}");
    }

    #[test]
    fn a_group_before_a_colon_speaks_but_not_a_verb_read_as_a_plural() {
        let got = parse(&format!("{LEDE}The ferry pilots were blunt: “We will strike.”"));
        assert_eq!(got[0].1.as_deref(), Some("The ferry pilots"));
        let got = parse(&format!("{LEDE}In town after town, Ruiz lobbies for lower tolls: “Nobody should pay twice.”"));
        assert!(got.iter().all(|c| c.1.as_deref() != Some("Ruiz lobbies")), "{got:?}");
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
    fn a_relative_or_a_quote_between_dashes_opens_a_report_of_its_own() {
        let got = parse(&format!("{LEDE}Ruiz said the tolls were fair, to which Okafor replied: “Not at all.”"));
        assert_eq!(got[0].3.as_deref(), Some("the tolls were fair"));
        let got = parse(&format!("{LEDE}Ruiz said the plan was weak - “We need details,” she said - and left."));
        assert_eq!(got[0].3.as_deref(), Some("the plan was weak"));
    }

    #[test]
    fn a_name_and_a_colon_head_the_first_paragraph() {
        let got = parse("Okafor: Ferry will run on Monday.\n\nThe council met.");
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), (":", Some("Okafor")));
        let got = parse(&format!("{LEDE}Okafor: Ferry will run on Monday."));
        assert!(got.iter().all(|c| c.0 != ":"), "{got:?}");
    }

    #[test]
    fn a_label_in_capitals_names_a_speaker_only_in_a_transcript() {
        let got = parse(&format!("{LEDE}HOLM: Why was it late?\n\nOKAFOR: The crossing was rough."));
        let labels: Vec<Option<&str>> = got.iter().filter(|c| c.0 == ":").map(|c| c.1.as_deref()).collect();
        assert_eq!(labels, [Some("HOLM"), Some("OKAFOR")]);
        let got = parse(&format!("{LEDE}UPDATE: The ferry ran on time."));
        assert!(got.iter().all(|c| c.0 != ":"), "{got:?}");
    }

    #[test]
    fn told_takes_a_listener_not_a_speaker() {
        let got = parse(&format!("{LEDE}Okafor told reporters the ferry was safe."));
        assert_eq!(got[0].1.as_deref(), Some("Okafor"));
        assert_eq!(got[0].3.as_deref(), Some("the ferry was safe"));
    }

    #[test]
    fn a_report_inside_another_is_part_of_its_content() {
        let got = parse(&format!("{LEDE}Okafor said she wants a second ferry. The mayor told reporters that the council thinks so too."));
        let cues: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cues, ["said", "told reporters"]);
    }

    #[test]
    fn a_passive_inside_a_report_is_part_of_it() {
        let got = parse(&format!("{LEDE}Okafor said the timetable was criticised in March."));
        let cues: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cues, ["said"]);
    }

    #[test]
    fn a_belief_inside_a_report_is_part_of_it() {
        let got = parse(&format!("{LEDE}Okafor said the pilots believe the ferry is safe."));
        let cues: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cues, ["said"]);
    }
}
