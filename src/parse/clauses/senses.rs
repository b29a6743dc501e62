//! Senses of single cue words that report nothing, told by the words
//! around them: a vote cast with no choice named (`millions voted on
//! Sunday`); `known` as an adjective (`no known ties`), of acquaintance
//! (`who has known Okafor for years`) or after *make* (`made their views
//! known`); `continued` as an adjective (`support for continued talks`);
//! a contest that was `decided`; `so called` written as two words;
//! `alleged` as an adjective (`about alleged fraud`); `admitted` meaning
//! let in (`boats admitted to the harbour`); `called` or `named` naming a
//! thing (`a harbour charity called Safe Berth`: see `naming`); `reports`
//! as a compound noun (`news reports`); `charged` as an adjective (`a
//! politically charged vote`); `add` with a thing added (`added 300
//! jobs`, `for added safety`); `decline` of a figure (`fares declined 4
//! percent`); `read` as reading (`has not read the report`); `found` as
//! coming upon a thing (`found them in a drawer`, `found a way`); a plural
//! noun spelt like a verb (`talk shows`: see `plural_nouns`); a sound of
//! the voice with no quote in its sentence (`the crowd laughed`).

use crate::parse::lexicon::class::*;
use crate::parse::lexicon::Lexicon;
use crate::parse::mentions::{self, Ctx};
use crate::parse::sentences::Sentence;
use crate::parse::tokens::{Token, TokenKind};

/// The cue word at token `i` is read in a sense that reports nothing.
pub(super) fn no_report_sense(c: Ctx<'_>, sentence: &Sentence, i: usize, lemma: &str) -> bool {
    if super::plural_nouns::plural_noun_of_report(c, sentence, i, lemma)
        || sound_without_words(c, sentence, i, lemma)
        || reaction_in_manner(c, sentence, i, lemma)
    {
        return true;
    }
    match lemma {
        "vote" => vote_without_choice(c, sentence, i),
        "continue" => adjective_after_preposition(c, sentence, i),
        "decide" => super::passive_agent::passive(c, sentence, i),
        "call" => so_called(c, sentence, i) || super::naming::names_a_thing(c, sentence, i) || contest_called(c, sentence, i) || called_to_mind(c, sentence, i),
        "name" => super::naming::names_a_thing(c, sentence, i) || super::naming::named_for(c, sentence, i),
        "report" => compound_noun(c, sentence, i),
        "charge" => charged_adjective(c, sentence, i),
        "add" => adds_a_thing(c, sentence, i),
        "decline" => declined_in_number(c, sentence, i),
        "read" => read_to_oneself(c, sentence, i),
        "find" => found_a_thing(c, sentence, i),
        "post" => thing_posted(c, sentence, i),
        "tell" => telling_adjective(c, sentence, i),
        "show" => show_as_a_noun(c, sentence, i),
        "see" => see_ahead(c, sentence, i),
        "concede" => contest_conceded(c, sentence, i),
        "interrupt" => interrupted_and_no_more(c, sentence, i),
        _ if c.is_word(&c.tokens[i], "known") => known_without_report(c, sentence, i),
        _ if c.is_word(&c.tokens[i], "alleged") => alleged_adjective(c, sentence, i),
        _ if c.is_word(&c.tokens[i], "admitted") => admitted_let_in(c, sentence, i),
        _ => false,
    }
}

/// `she laughed and shook her head`, `the crowd roared`: a verb of the
/// voice's sound (`[voice-sounds]` in `grammar/clause-words.txt`) reports
/// only the words it gives, so not in a sentence that holds no quote mark
/// and where no `that` or colon follows it (`chanting that the pier must
/// stay`) (on train 14 such cues were false and 2 marked; with a quote in
/// the sentence, 4 of 11 marked, kept). So does `react` («cue-words»
/// [reactions-that-need-words]): `the crowd reacted`, `markets will react
/// by …` tell an act (on train, outside clauses of manner, 9 such cues with
/// no quote in their sentence were false and 3 marked).
fn sound_without_words(c: Ctx<'_>, sentence: &Sentence, i: usize, lemma: &str) -> bool {
    let gives_words = at(c, sentence, i + 1).is_some_and(|n| c.is_word(n, "that") || n.is_punct(':'));
    let needs_words = voice_sound(c.lex, lemma) || c.lex.in_list("reactions-that-need-words", lemma);
    needs_words && !gives_words && !c.tokens[sentence.first as usize..sentence.end as usize].iter().any(Token::is_mark)
}

/// `lemma` is written as a word of `[voice-sounds]` is, case and all: a
/// newsroom's extra verb written with a capital (`Guffaw`) is not one,
/// though `in_list` alone would find it. (The list is in lower case, so
/// this is its exact match, by the list's table rather than a scan.)
#[inline]
fn voice_sound(lex: &Lexicon, lemma: &str) -> bool {
    lex.in_list("voice-sounds", lemma) && !lemma.bytes().any(|b| b.is_ascii_uppercase())
}

/// How far back `reaction_in_manner` looks for `how` or `the way`: a subject
/// of a few words and its auxiliaries.
const MANNER_REACH: usize = 8;

/// `how the board responds`, `the way she reacted to it`: a verb of
/// reaction («cue-words» [reactions]) in a clause of manner (`how` or
/// `way` straight before its subject) tells how someone acted, not what
/// was said (on train 12 such cues, none marked). Other verbs there report
/// as often as not (`how she has explained it`, `the way they say it`: 7
/// of 18 marked), and stay; so do `how many pilots responded`, `how often
/// she replied`, and a reaction before a quote in its sentence (`the way
/// Okafor reacted: "…"`).
fn reaction_in_manner(c: Ctx<'_>, sentence: &Sentence, i: usize, lemma: &str) -> bool {
    let first = sentence.first as usize;
    let reaction = c.lex.in_list("reactions", lemma);
    if !reaction || c.tokens[i + 1..sentence.end as usize].iter().any(Token::is_mark) {
        return false;
    }
    for k in (first.max(i.saturating_sub(MANNER_REACH))..i).rev() {
        let t = &c.tokens[k];
        if in_list(c, t, "manner-openers") {
            return k + 1 < i && !at(c, sentence, k + 1).is_some_and(|n| in_list(c, n, "degrees-after-how"));
        }
        let subject_word =
            t.is_word() && (t.is(GAP | DETERMINER | PRONOUN) || t.cap() || t.info().verb.is_none()) && !t.is(PREPOSITION | CONJUNCTION | RELATIVE | CUE);
        if !subject_word && t.kind != TokenKind::Possessive {
            return false;
        }
    }
    false
}

/// `in a clip posted to her blog`, `a notice posted on the port website`,
/// `good wishes posted by fans`: `posted` straight after a thing, before
/// where or by whom, is a reduced passive naming where words were put,
/// not a report (on train 8 such cues, none marked). After a body, a
/// group or a person (`the church posted on its page`, `Holm posted on`)
/// or an auxiliary (`had posted on`) it is the poster's report.
fn thing_posted(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let past = c.is_word(&c.tokens[i], "posted");
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let thing = prev.is_some_and(|p| {
        p.is_word()
            && !p.cap()
            && !p.is(PRONOUN | DETERMINER | RELATIVE | GAP | PREPOSITION | CONJUNCTION | ROLE | TITLE | ORG | ANONYMOUS | GROUP)
            && p.info().verb.is_none()
    });
    let place_or_agent = at(c, sentence, i + 1).is_some_and(|n| in_list(c, n, "posted-where-or-by"));
    past && thing && place_or_agent
}

/// `the most telling promise`, `other telling signs`, `Her choice is
/// telling in itself`: `telling` as an adjective, revealing, after a
/// degree word or an article (not before `to`: `most telling to the
/// pilots` is marked), or after *be* before `in`, a comma or a full stop
/// (on train 5 such cues, none marked).
fn telling_adjective(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    if !c.is_word(&c.tokens[i], "telling") {
        return false;
    }
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let next = at(c, sentence, i + 1);
    let graded = prev.is_some_and(|p| in_list(c, p, "adjective-graders")) && !next.is_some_and(|n| c.is_word(n, "to"));
    let after_be = prev.is_some_and(|p| ["is", "are", "was", "were"].iter().any(|w| c.is_word(p, w)));
    let predicative = after_be && next.is_none_or(|n| c.is_word(n, "in") || n.is_punct(',') || n.is_punct('.'));
    graded || predicative
}

/// `a talk show`, `the reality show`, `an evening show`, `another show of
/// strength`: `show` after an article or a possessive, straight or with
/// one singular word between, is the noun (on train 65 such uses, 3
/// marked, all after a relative `that` or a plural: `polls that show`,
/// `the pilots show`, which stay).
fn show_as_a_noun(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let owner = |k: usize| at(c, sentence, k).is_some_and(|t| in_list(c, t, "noun-owners"));
    let singular_word = |k: usize| {
        at(c, sentence, k).is_some_and(|t| t.is_word() && !c.word(t).ends_with('s') && !t.is(PRONOUN | RELATIVE | GAP | DETERMINER) && t.info().verb.is_none())
    };
    let noun = i >= 1 && owner(i - 1) || i >= 2 && singular_word(i - 1) && owner(i - 2);
    c.is_word(&c.tokens[i], "show") && noun
}

/// `workers would see their pay rise`, `a typical rider will see the ad`,
/// `we'll see`: `see` after `would`, `will` or `'ll` (an adverb, `soon`,
/// `also`, `not` or `never` may stand between) is what will happen or be
/// seen, no view (on train 34 such uses, none marked).
fn see_ahead(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let before = |k: usize| at(c, sentence, k);
    let skippable = |t: &Token| mentions::ly_adverb(c, t) || in_list(c, t, "adverbs-before-see");
    let mut k = i.checked_sub(1);
    if k.and_then(before).is_some_and(skippable) {
        k = k.and_then(|k| k.checked_sub(1));
    }
    let future = k.and_then(before).is_some_and(|t| {
        let w = c.word(t);
        c.is_word(t, "would") || c.is_word(t, "will") || w.ends_with("'ll") || w.ends_with("’ll") || w == "ll"
    });
    c.is_word(&c.tokens[i], "see") && future
}

/// `conceded the race`, `has not conceded his bid`, `conceded defeat`: a
/// contest given up («cue-words» [contests-conceded]), straight after the
/// verb or after an article or a possessive, is no point granted in words.
fn contest_conceded(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let next = at(c, sentence, i + 1);
    let owned = next.is_some_and(|n| in_list(c, n, "noun-owners"));
    let thing = at(c, sentence, if owned { i + 2 } else { i + 1 });
    thing.is_some_and(|t| in_list(c, t, "contests-conceded"))
}

/// `as people kept interrupting him.`: an interruption of someone
/// («clause-words» [object-pronouns]) with nothing after it but a comma,
/// a stop or the sentence's end cuts a speaker off, and reports no words
/// (`interrupts me with a joke`, `interrupted: "…"` still report).
fn interrupted_and_no_more(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let someone = at(c, sentence, i + 1).is_some_and(|n| n.is(PRONOUN) && in_list(c, n, "object-pronouns"));
    let no_more = at(c, sentence, i + 2).is_none_or(|n| n.is_punct(',') || n.is_punct('.') || n.is_punct(';'));
    someone && no_more
}

/// The token is a word of the «cue-words» list `name`.
fn in_list(c: Ctx<'_>, t: &Token, name: &'static str) -> bool {
    t.is_word() && c.lex.in_list(name, c.word(t))
}

/// The token at `k`, if it is in the sentence.
pub(super) fn at<'a>(c: Ctx<'a>, sentence: &Sentence, k: usize) -> Option<&'a Token> {
    c.tokens.get(k).filter(|_| k >= sentence.first as usize && k < sentence.end as usize)
}

/// `about alleged fraud`, `and alleged kickbacks`: before a noun, after a
/// preposition, article, possessive, `and` or a colon, an adjective (on
/// train, with `admitted` below, 13 such cues were none and 2 the
/// annotation took as reports).
fn alleged_adjective(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let next = at(c, sentence, i + 1);
    let before_noun = next.is_some_and(|n| n.is_word() && !n.is(DETERMINER | PRONOUN | FUNCTION) && !c.is_word(n, "that"));
    let no_subject = prev.is_some_and(|p| p.is(PREPOSITION | DETERMINER | POSSESSIVE) || c.is_word(p, "and") || p.is_punct(':'));
    before_noun && no_subject
}

/// `have been admitted`, `boats admitted to the harbour`: after a form of
/// *be*, or between a common noun and `to`, `through`, `into`, `are` or
/// `were`, `admitted` means let in.
fn admitted_let_in(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let next = at(c, sentence, i + 1);
    let after_be = prev.is_some_and(|p| super::passive_agent::be_form(c, p));
    let common_noun = prev.is_some_and(|p| p.is_word() && !p.cap() && !p.is(PRONOUN | FUNCTION | DETERMINER));
    let let_in = next.is_some_and(|n| ["to", "through", "into", "are", "were"].iter().any(|w| c.is_word(n, w)));
    after_be || (common_noun && let_in)
}

/// `support for continued talks`, `and continued cost-cutting`: a past
/// form after a preposition, a determiner or `and`, before a noun, is an
/// adjective (on train 5 false cues; `faces continued backlash`, after a
/// verb, stays a cue as annotated).
fn adjective_after_preposition(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let after_preposition = prev.is_some_and(|p| (p.is(PREPOSITION | DETERMINER) && !p.is(PRONOUN)) || c.is_word(p, "and"));
    let next = at(c, sentence, i + 1);
    let noun = next.is_some_and(|n| n.is_word() && !n.cap() && !n.is(PREPOSITION | FUNCTION | CONJUNCTION | GAP) && !n.is(TIME) && !mentions::ly_adverb(c, n));
    after_preposition && noun && !next.is_some_and(|n| c.word(n).ends_with("ing"))
}

/// `the so called "harbour levy"`: `so-called` written as two words, a
/// term held at arm's length, not a naming.
fn so_called(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    i.checked_sub(1).and_then(|k| at(c, sentence, k)).is_some_and(|p| c.is_word(p, "so")) && c.is_word(&c.tokens[i], "called")
}

/// `after the race was called`, `states are called alphabetically`,
/// `Texas was called for Holm`: a contest whose winner was declared, not a
/// naming or a report: `called` after a form of *be*, before a comma, a
/// stop, `for`, an adverb in -ly, a time or nothing (on train 8 such uses,
/// none marked; `as the bill is called,` names, and `is called on it`
/// challenges: both marked, and kept).
fn contest_called(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let first = sentence.first as usize;
    let be_or_being = |t: &Token| super::passive_agent::be_form(c, t) || c.is_word(t, "being");
    let be = i.checked_sub(1).filter(|&k| k >= first && be_or_being(&c.tokens[k]));
    let Some(be) = be else { return false };
    let naming = (be.saturating_sub(3).max(first)..be).any(|k| c.is_word(&c.tokens[k], "as"));
    let declared =
        at(c, sentence, i + 1).is_none_or(|n| [',', '.', ';'].iter().any(|&p| n.is_punct(p)) || c.is_word(n, "for") || n.is(TIME) || mentions::ly_adverb(c, n));
    c.is_word(&c.tokens[i], "called") && declared && !naming
}

/// `a tune that called to mind …`: recalled, no report (2 on train, none
/// marked).
fn called_to_mind(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    at(c, sentence, i + 1).is_some_and(|n| c.is_word(n, "to")) && at(c, sentence, i + 2).is_some_and(|n| c.is_word(n, "mind"))
}

/// `news reports`, `credit reports`: after a noun listed in
/// `[report-compounds]` (`grammar/clause-words.txt`), `reports` is a
/// plural noun, not a verb with that noun as its subject (on train 11
/// false cues, none annotated).
fn compound_noun(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let plural = c.is_word(&c.tokens[i], "reports");
    plural && prev.is_some_and(|p| !p.cap() && c.lex.list("report-compounds").iter().any(|w| c.is_word(p, w)))
}

/// `a politically charged vote`, `so racially charged that …`: after an
/// adverb in -ly, before a noun or after `so`/`too`, `charged` describes
/// (on train 4 false cues; `he angrily charged that …` stays a report).
fn charged_adjective(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    if !c.is_word(&c.tokens[i], "charged") {
        return false;
    }
    if !i.checked_sub(1).and_then(|k| at(c, sentence, k)).is_some_and(|p| mentions::ly_adverb(c, p)) {
        return false;
    }
    let degree = i
        .checked_sub(2)
        .and_then(|k| at(c, sentence, k))
        .is_some_and(|p| ["so", "too", "very", "more", "most", "highly", "deeply"].iter().any(|w| c.is_word(p, w)));
    let next = at(c, sentence, i + 1);
    let noun = next.is_some_and(|n| n.is_word() && !n.cap() && !n.is(FUNCTION | DETERMINER | PRONOUN) && !c.is_word(n, "that"));
    noun || degree
}

/// `the port added 300 jobs`, `has added another ferry`, `for added
/// safety`: `add` before a number, `another` or a word that is no
/// function word, adverb or time adds a thing, or is an adjective; a
/// report takes `that`, a quote, a colon or a comma, an adverb or a
/// phrase (`added in a statement`). After a quote (`"…," added Holm`) the
/// verb is inverted and what follows is its speaker. On train 11 false
/// cues, none annotated.
fn adds_a_thing(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let before_prev = i.checked_sub(2).and_then(|k| at(c, sentence, k));
    let after_quote = |t: Option<&Token>| t.is_some_and(|t| t.kind == TokenKind::CloseQuote);
    if after_quote(prev) || (prev.is_some_and(|p| p.is_punct(',')) && after_quote(before_prev)) {
        return false;
    }
    let Some(next) = at(c, sentence, i + 1) else { return false };
    let thing = next.is_word() && !next.cap() && !next.is(FUNCTION | DETERMINER | PRONOUN | TIME) && !mentions::ly_adverb(c, next) && !c.is_word(next, "that");
    next.kind == TokenKind::Number || c.is_word(next, "another") || thing
}

/// `fares declined 4 percent`, `declined to $20`, `declined sharply
/// from …`, `declining fares`: a figure that falls, not a refusal. Before
/// a number (or `to`, `from` or `by` and a number), before an adverb in
/// -ly not followed by `to`, or before a noun after `and`, a preposition
/// or a determiner (on train 6 false cues; `declined to comment`,
/// `declined an interview` stay).
fn declined_in_number(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let amount = |k: usize| at(c, sentence, k).is_some_and(|t| t.kind == TokenKind::Number || t.is_punct('$'));
    let Some(next) = at(c, sentence, i + 1) else { return false };
    let by_amount = ["to", "from", "by"].iter().any(|w| c.is_word(next, w)) && amount(i + 2);
    let not_to = !at(c, sentence, i + 2).is_some_and(|t| c.is_word(t, "to"));
    let adverb = mentions::ly_adverb(c, next) && not_to;
    let adjective = c.is_word(&c.tokens[i], "declining") && adjective_after_preposition(c, sentence, i);
    amount(i + 1) || by_amount || adverb || adjective
}

/// `has not read the report`, `read between the lines`, `reads more like
/// a memo`: `read` before a word is reading, not what a sign or a message
/// says (`a banner that read “…”`, `read:`, `read, “…”`), unless it reads
/// out a thing listed in `[read-aloud]` («clause-words») within five words
/// (`read a statement`, `read his decision`). After a quote the verb is
/// inverted (`"…," read the banner`). On train 12 false cues and 1
/// annotated (`a headline … reads in an article`).
fn read_to_oneself(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let after_quote = |k: Option<usize>| k.and_then(|k| at(c, sentence, k)).is_some_and(|t| t.kind == TokenKind::CloseQuote);
    let comma_before = i.checked_sub(1).and_then(|k| at(c, sentence, k)).is_some_and(|p| p.is_punct(','));
    if after_quote(i.checked_sub(1)) || (comma_before && after_quote(i.checked_sub(2))) {
        return false;
    }
    if !at(c, sentence, i + 1).is_some_and(|n| n.is_word()) {
        return false;
    }
    let aloud = c.lex.list("read-aloud");
    !(i + 1..(i + 6).min(sentence.end as usize)).any(|k| aloud.iter().any(|w| c.is_word(&c.tokens[k], w)))
}

/// `found them in a drawer`, `found it online`, `found a way to …`:
/// coming upon a thing, not a finding. `found` before a pronoun and a
/// preposition, a punctuation mark or a time (`found it difficult`,
/// `found it was`, `found them to be` stay), or before `a way`. Other
/// objects after `a` are as often a finding (`inspectors found a cracked
/// seal`) as a thing come upon (`found a receptive audience`: 5 false
/// cues on train, none annotated, left). On train 2 false cues.
fn found_a_thing(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    if !c.is_word(&c.tokens[i], "found") {
        return false;
    }
    let Some(next) = at(c, sentence, i + 1) else { return false };
    let then = at(c, sentence, i + 2);
    let object = ["it", "them", "him", "her"].iter().any(|w| c.is_word(next, w));
    let placed = then.is_none_or(|t| matches!(t.kind, TokenKind::Punct(_)) || (t.is(PREPOSITION | TIME) && !c.is_word(t, "to")));
    let a_way = c.is_word(next, "a") && then.is_some_and(|t| c.is_word(t, "way"));
    (object && placed) || a_way
}

/// `voted on Tuesday`, `have already voted.`, `voted in the primary`: a
/// vote is a stance only where what it was for is said (`voted for`,
/// `against`, `to endorse`, `in favor of`, `Democratic`, `5 to 4`). On
/// train, of the cues `voted` followed by nothing, a time, or `in`, `on`,
/// `at`, `by` or `with` (outside `in favor`, `in support`), 20 are false
/// cues and none is annotated.
fn vote_without_choice(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let mut k = i + 1;
    while at(c, sentence, k).is_some_and(|t| mentions::ly_adverb(c, t)) {
        k += 1;
    }
    let Some(next) = at(c, sentence, k) else { return true };
    if matches!(next.kind, TokenKind::Punct(_)) || next.is(TIME) {
        return true;
    }
    let stance = at(c, sentence, k + 1).is_some_and(|n| ["favor", "favour", "support"].iter().any(|w| c.is_word(n, w)));
    ["in", "on", "at", "by", "with"].iter().any(|w| c.is_word(next, w)) && !stance
}

/// `no known ties` (a determiner before, a noun after), `who has known
/// Okafor since 1990` (a perfect with a person as object), `made their
/// views known`: `known` there reports no view. On train 9 false cues,
/// 1 annotated (`had known him`).
fn known_without_report(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|k| at(c, sentence, k));
    let next = at(c, sentence, i + 1);
    let before_noun = next.is_some_and(|n| n.is_word() && !n.is(PREPOSITION | FUNCTION | CONJUNCTION) && !c.is_word(n, "as"));
    if prev.is_some_and(|p| p.is(DETERMINER)) && before_noun {
        return true;
    }
    let perfect = prev.is_some_and(|p| ["have", "has", "had", "'ve", "’ve"].iter().any(|w| c.is_word(p, w)));
    let person = next.is_some_and(|n| (n.cap() && n.is_word()) || ["him", "her", "them", "the"].iter().any(|w| c.is_word(n, w)));
    if perfect && person {
        return true;
    }
    made_known(c, sentence, i)
}

/// `make their voices known`, `made his feelings known`: a form of *make*
/// at most four words back, with no punctuation between.
fn made_known(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    (i.saturating_sub(4).max(sentence.first as usize)..i)
        .rev()
        .take_while(|&k| c.tokens[k].is_word() || c.tokens[k].kind == TokenKind::Possessive)
        .any(|k| ["make", "makes", "made", "making"].iter().any(|w| c.is_word(&c.tokens[k], w)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::cues_of as cues;

    #[test]
    fn a_voice_sound_is_its_list_word_as_written() {
        let lex = crate::parse::lexicon::lexicon();
        for word in lex.list("voice-sounds") {
            assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "[voice-sounds] {word} is written in lower-case letters");
        }
        assert!(super::voice_sound(lex, "chuckle"));
        assert!(!super::voice_sound(lex, "Chuckle"));
        assert!(!super::voice_sound(lex, "murmur the"));
        assert!(cues("The crowd on the pier chuckled.").is_empty());
        assert_eq!(cues("\"Not again,\" the pilot chuckled."), ["chuckled"]);
    }

    #[test]
    fn a_contest_called_or_a_thing_called_to_mind_is_no_report() {
        assert!(cues("The crews cheered after the harbour race was called.").is_empty());
        assert!(cues("The new pier called to mind the old ferry days.").is_empty());
        assert_eq!(cues("The harbour levy, as the toll is called, will rise."), ["called"]);
    }

    #[test]
    fn a_contest_conceded_is_no_report_but_a_point_conceded_is() {
        assert!(cues("Okafor has not conceded his bid for the harbour seat.").is_empty());
        assert!(cues("Late on Sunday Okafor conceded defeat.").is_empty());
        assert_eq!(cues("Okafor conceded the levy had been too steep."), ["conceded"]);
        assert_eq!(cues("Okafor conceded that the race was lost."), ["conceded"]);
    }

    #[test]
    fn cutting_someone_off_is_no_report_but_interrupting_with_words_is() {
        let got = cues("The vote at the pier ran long, as the pilots kept interrupting him.");
        assert!(got.is_empty(), "{got:?}");
        assert_eq!(cues("Okafor interrupts me with a joke about the tolls."), ["interrupts"]);
    }

    #[test]
    fn see_after_would_or_will_is_no_view() {
        assert!(cues("Under the plan, pilots would see their pay rise.").is_empty());
        assert!(cues("Riders will soon see new ferries.").is_empty());
        assert_eq!(cues("Many pilots see the levy as a theft."), ["see"]);
    }

    #[test]
    fn show_after_an_article_is_the_noun() {
        assert!(cues("Okafor hosts an evening show on the harbour radio.").is_empty());
        assert!(cues("The crews staged another show of strength at the pier.").is_empty());
        assert_eq!(cues("The harbour counts show a rise in fares."), ["show"]);
    }

    #[test]
    fn telling_as_an_adjective_is_no_report() {
        assert!(cues("The most telling sign was the empty pier.").is_empty());
        assert!(cues("Her choice of ferry is telling in itself.").is_empty());
        assert_eq!(cues("Okafor was telling the crews to wait."), ["telling"]);
    }

    #[test]
    fn react_without_words_in_its_sentence_is_no_report() {
        assert!(cues("The crowd at the pier reacted loudly.").is_empty());
        assert_eq!(cues("\"We will fight,\" Okafor reacted."), ["reacted"]);
    }

    #[test]
    fn a_reaction_in_a_clause_of_manner_is_no_report() {
        assert!(cues("Much depends on how the harbour board responds to the strike.").is_empty());
        assert!(cues("Much depends on the way the guild reacts.").is_empty());
        assert_eq!(cues("It is unclear how many pilots responded."), ["responded"]);
        assert_eq!(cues("The levy was set in a way Okafor derided as \"a toll trap\"."), ["derided"]);
    }

    #[test]
    fn a_thing_posted_somewhere_is_no_report_but_a_poster_posting_is() {
        assert_eq!(cues("In a clip posted to her blog, Okafor criticized the tolls."), ["criticized"]);
        assert_eq!(cues("The harbour authority posted on its website that the ferries would stop."), ["posted"]);
    }
}
