//! Reports inside other reports: which of a sentence's clauses stand
//! inside what another clause of it reports, and are dropped because they
//! are part of that report (PolNeAR seldom marks them).

use super::*;

/// `it is believed`, `it was reported`: a passive whose subject is `it`
/// reports a claim of its own, wherever it stands.
fn impersonal_passive(c: Ctx<'_>, clause: &Clause) -> bool {
    let i = clause.cue_tokens.0 as usize;
    (i.saturating_sub(4)..i).any(|k| c.is_word(&c.tokens[k], "it"))
}

/// `…," adding that …`, `and saying …`, `by saying …`: a participle set off
/// from the words before it opens a report of its own.
fn set_off(c: Ctx<'_>, clause: &Clause) -> bool {
    let i = clause.cue_tokens.0 as usize;
    let prev = i.checked_sub(1).map(|k| &c.tokens[k]);
    prev.is_none_or(|p| !p.is_word() || c.lex.list("set-off-words").iter().any(|w| c.is_word(p, w)))
}

/// `the town halls that he said could not be bought`, `an article which
/// Okafor said was false`: a speaker after a relative pronoun, whose
/// report describes a thing inside another's words.
fn relative_speaker(c: Ctx<'_>, clause: &Clause) -> bool {
    word_before_speaker(c, clause).is_some_and(|t| c.lex.list("relatives-before-a-speaker").iter().any(|w| c.is_word(t, w)))
}

/// `a fare rule that she said would cut delays`, `a letter which he says
/// was drafted by the guild`: a speech verb straight before the predicate
/// of its relative (the relative is the subject of what is said) gives
/// the speaker's own claim about the thing, which PolNeAR marks more
/// often than not (on train 6 of 9 such reports inside another's words;
/// `the letter that he said the guild drafted` names its own subject and
/// stays a relative report).
fn says_of_the_relative(c: Ctx<'_>, clause: &Clause) -> bool {
    let speech = clause.verb.is_some_and(|v| v.class == VerbClass::Speech);
    speech && c.tokens.get(clause.cue_tokens.1 as usize).is_some_and(|t| t.is_word() && !t.cap() && opens_predicate(c, t))
}

/// An auxiliary, a modal or a simple past: a word that opens a predicate
/// whose subject went before it.
fn opens_predicate(c: Ctx<'_>, t: &Token) -> bool {
    let w = c.word(t);
    crate::parse::mentions::ed_form(c, t) || c.lex.in_list("irregular-past-tenses", w) || c.lex.in_list("predicates-after-a-relative", w)
}

/// The token straight before the clause's speaker.
fn word_before_speaker<'a>(c: Ctx<'a>, clause: &Clause) -> Option<&'a Token> {
    let source = clause.source.as_ref()?;
    (source.first_token as usize).checked_sub(1).map(|k| &c.tokens[k])
}

/// `portrayed himself as a "…"`: a report whose own words hold a quote,
/// which it gives its speaker.
fn gives_quote(c: Ctx<'_>, clause: &Clause) -> bool {
    clause.content.is_some_and(|s| {
        let first = c.tokens.partition_point(|t| t.span().start < s.start);
        c.tokens[first..].iter().take_while(|t| t.span().end <= s.end).any(|t| t.kind == TokenKind::OpenQuote)
    })
}

/// `even as he defended …`, `because she backs …`: a speaker opening a
/// subordinate clause of its own, whose report is no plain verb of
/// another's.
fn subordinate_speaker(c: Ctx<'_>, clause: &Clause) -> bool {
    word_before_speaker(c, clause).is_some_and(|t| c.lex.list("clause-openers").iter().any(|w| c.is_word(t, w)))
}

/// `Carson said the article was written about him`, `he says he's
/// expecting two to drop out`, `aides said voters believe …`: a passive, or
/// a participle (unless `with` or the like gives it a speaker of its own:
/// `with Holm yelling`) or verb of thought or evidence not set off, inside what
/// another clause of the sentence reports is mostly a plain verb of that
/// report (on train 125 of 488 passives and participles were marked, and
/// 48 of 307 verbs of thought or evidence). So is a verb of stance (`the
/// tolls the board praised`: 42 of 143 marked on train), unless its
/// speaker opens a clause of its own after `as`, `when`, `because`, `and`
/// … (`even as she praised …`) or its words hold a quote it gives that
/// speaker (`praised as "fair"`); so is a report whose speaker follows a
/// relative `that`, `which` or `whom` (16 of 54 marked), unless its words
/// hold a quote or it is a speech verb before the relative's predicate
/// (see `says_of_the_relative`); so is a participle of stance whose words hold none
/// (`with 40 percent backing her`, `groups opposing her`: 7 of 29 marked);
/// and so is a cue that names nobody
/// (`Okafor said the board appeared to favour the tolls`, `the harbour
/// guild, also known as …` inside a report: 36 of 124 marked). Clauses
/// from `before` on are this sentence's.
pub(super) fn drop_reports_in_content(c: Ctx<'_>, out: &mut Vec<Clause>, before: usize) {
    let inside = |k: usize| {
        let cue = out[k].cue;
        (before..out.len()).any(|j| j != k && out[j].content.is_some_and(|s| s.start <= cue.start && cue.end <= s.end))
    };
    let stance_verb = |cl: &Clause| cl.verb.is_some_and(|v| v.class == VerbClass::Stance);
    let stance = |cl: &Clause| cl.shape == ClauseShape::SpeakerFirst && stance_verb(cl);
    let believed = |cl: &Clause| cl.shape == ClauseShape::SpeakerFirst && cl.verb.is_some_and(|v| matches!(v.class, VerbClass::Thought | VerbClass::Evidence));
    let plain = |cl: &Clause| {
        (cl.shape == ClauseShape::Passive && !impersonal_passive(c, cl))
            || (cl.shape == ClauseShape::Participle && !absolute(c, cl) && !set_off(c, cl))
            || (believed(cl) && !set_off(c, cl))
            || (stance(cl) && !set_off(c, cl) && !subordinate_speaker(c, cl) && !gives_quote(c, cl))
            || (cl.shape == ClauseShape::SpeakerFirst && relative_speaker(c, cl) && !gives_quote(c, cl) && !says_of_the_relative(c, cl))
            || (cl.shape == ClauseShape::Participle && stance_verb(cl) && !gives_quote(c, cl))
            || cl.shape == ClauseShape::NoSpeaker
    };
    // Only this sentence's clauses are looked at and moved, so the cost
    // stays with the sentence however long the draft; most sentences have
    // nothing to drop and move nothing. Whether another clause's words hold
    // the cue is asked first: most sentences have one clause or none, and
    // the tests of a plain report read the words around it.
    let dropped = |k: usize| inside(k) && plain(&out[k]);
    // Asked first without a list: most sentences drop nothing.
    if !(before..out.len()).any(dropped) {
        return;
    }
    let drop: Vec<bool> = (before..out.len()).map(dropped).collect();
    let kept: Vec<Clause> = out.drain(before..).zip(drop).filter_map(|(clause, dropped)| (!dropped).then_some(clause)).collect();
    out.extend(kept);
}

/// `Okafor said she wants …`, `he told reporters that the mayor called …`:
/// a report whose speaker opens the words another clause reports (right
/// after that clause, or after `that`) is part of what it says, and
/// PolNeAR seldom marks it (on train 21 of 447 such cues, none of them
/// with a pronoun speaker and a verb of thought). Clauses from `before` on
/// are this sentence's.
pub(super) fn drop_nested_reports(c: Ctx<'_>, out: &mut Vec<Clause>, before: usize) {
    let mut k = before + 1;
    while k < out.len() {
        let outer_end = out[k - 1].tokens.1 as usize;
        let inner = &out[k];
        let opens = inner.source.as_ref().map(|s| s.first_token as usize);
        let after_that = opens.is_some_and(|o| o == outer_end + 1 && c.is_word(&c.tokens[outer_end], "that"));
        let nested = opens == Some(outer_end) || after_that;
        if nested && inner.shape == ClauseShape::SpeakerFirst {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `Ruiz denounced what she called a "toll grab"`, `he railed against
/// what he calls …`: a report whose speaker is a pronoun straight after
/// `what`, in a sentence where an earlier clause reports, names in the
/// speaker's own words the thing that earlier report is about; PolNeAR
/// marks only the earlier report (on train 20 such cues were none, 5
/// marked). With no earlier clause (`Ruiz has made ending what she calls
/// …  her cause`) such a report stands, as half of them are marked.
/// Clauses from `before` on are this sentence's.
pub(super) fn drop_what_reports(c: Ctx<'_>, out: &mut Vec<Clause>, before: usize) {
    let mut k = before + 1;
    while k < out.len() {
        if names_in_own_words(c, &out[k]) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `what he called`, `what they have described as`: a speaker-first
/// clause whose speaker is a pronoun right after `what`.
fn names_in_own_words(c: Ctx<'_>, clause: &Clause) -> bool {
    let Some(source) = clause.source.as_ref() else { return false };
    let pronoun = source.kind == mentions::MentionKind::Pronoun && source.end_token == source.first_token + 1;
    let after_what = word_before_speaker(c, clause).is_some_and(|t| c.is_word(t, "what"));
    clause.shape == ClauseShape::SpeakerFirst && pronoun && after_what
}

/// `with Holm reportedly yelling`, `from groups backing him`: a participle
/// whose own speaker follows `with`, `of`, `from` or `among`.
fn absolute(c: Ctx<'_>, clause: &Clause) -> bool {
    let Some(source) = clause.source.as_ref() else { return false };
    let before = (source.first_token as usize).checked_sub(1).map(|k| &c.tokens[k]);
    before.is_some_and(|t| c.lex.list("absolute-openers").iter().any(|w| c.is_word(t, w)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::cues_of;

    #[test]
    fn a_plain_report_is_dropped_only_inside_another_clause_s_words() {
        // Alone in its sentence a passive is its own report; inside what
        // another clause reports it is part of that report.
        assert_eq!(cues_of("The pier was described as safe by the board."), ["described"]);
        assert_eq!(cues_of("Okafor said the pier was described as safe by the board."), ["said"]);
        // A participle set off by commas stays, inside another's words or not.
        assert_eq!(cues_of("The ferry, described as safe by the board, had sunk."), ["described"]);
        assert_eq!(cues_of("Okafor said the ferry, described as safe by the board, had sunk."), ["said", "described"]);
    }

    #[test]
    fn a_speech_verb_before_its_relative_s_predicate_stays_inside_another_s_words() {
        // The relative is the subject of what is said: the speaker's own claim.
        assert_eq!(cues_of("Holm backed a fare rule that she said would cut delays."), ["backed", "said"]);
        assert_eq!(cues_of("The guild signed a letter which its chair says was drafted in haste."), ["signed a", "says"]);
        // The words said name their own subject, or the verb is no speech:
        // a relative report inside another's words, dropped.
        assert_eq!(cues_of("Holm backed a fare rule that she said the council drafted."), ["backed"]);
        assert_eq!(cues_of("Holm backed a fare rule that she believes would cut delays."), ["backed"]);
    }
}
