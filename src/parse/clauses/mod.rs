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
//!
//! This file holds the clause itself and the scan that finds the clauses
//! of each sentence; which cue starts where is `cue`, the productions are
//! `readings`, and the pieces of the speaker grammar they share have a
//! file each (`subject`, `openers`, `gap`, `coordination`, `passive_agent`,
//! `verbal`, `ing_forms`, …).

mod catenative;
mod circumstance;
mod colon_predicate;
mod content;
mod coordination;
mod cue;
mod described;
mod documents;
mod gap;
mod governing;
mod holders;
mod idioms;
mod ing_forms;
mod joined;
mod labels;
mod loose_subject;
mod mood;
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
mod verb_forms;

use nom::Parser;

use crate::parse::lexicon::{class::*, Phrase, PhraseKind, Verb, VerbClass, VerbForm};
use crate::parse::mentions::{self, Ctx, Mention};
use crate::parse::paragraphs::{Paragraph, ParagraphKind};
use crate::parse::sentences::Sentence;
use crate::parse::stream::{span_of, Backward, Forward};
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;
use catenative::catenative_report;
use circumstance::*;
use content::assign_content;
use coordination::*;
use cue::*;
use described::*;
use documents::*;
use gap::*;
use governing::*;
use holders::*;
use idioms::*;
use ing_forms::*;
use loose_subject::*;
use mood::*;
use nested::*;
use openers::*;
use passive_agent::*;
use readings::clause_at;
use speaker::*;
use subject::*;
use tail::*;
use verb_forms::*;

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

    pub(super) const LEDE: &str = "The ferry resumed service on Monday.\n\n";

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
        assert_eq!(cues_of("Okafor said the pier that the board said it had mended had cracked."), ["said"]);
        assert_eq!(cues_of("The pier that the board said it had mended had cracked."), ["said"]);
        // Before the relative's own predicate the report stays (see
        // `nested::says_of_the_relative`).
        assert_eq!(cues_of("Okafor said the pier that the board said was safe had cracked."), ["said", "said"]);
    }

    #[test]
    fn a_stance_participle_inside_another_report_is_part_of_it() {
        assert_eq!(cues_of("Okafor said the mayor led the race, with 40 percent of pilots backing her."), ["said"]);
        assert_eq!(cues_of("The mayor led the race, with 40 percent of pilots backing her."), ["backing"]);
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
    fn a_group_before_a_colon_speaks_but_not_a_verb_read_as_a_plural() {
        let got = parse(&format!("{LEDE}The ferry pilots were blunt: “We will strike.”"));
        assert_eq!(got[0].1.as_deref(), Some("The ferry pilots"));
        let got = parse(&format!("{LEDE}In town after town, Ruiz lobbies for lower tolls: “Nobody should pay twice.”"));
        assert!(got.iter().all(|c| c.1.as_deref() != Some("Ruiz lobbies")), "{got:?}");
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
