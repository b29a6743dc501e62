//! The passes whose evidence crosses a paragraph break: a clause ending
//! the sentence before in a colon (`colon-intro`), a signature
//! (`signature`), the voice ending the previous paragraph
//! (`previous-paragraph`), and two passes tried last for a whole quoted
//! sentence with no clause: the person named as a verb's object just
//! before a colon (`colon-someone`) and the subject of the sentence before it
//! (`subject-before`).

use super::super::{QuoteLink, Speaker};
use super::{Place, Sieve};
use crate::parse::lexicon::class;
use crate::parse::{ClauseShape, Mention, MentionKind, TokenKind};

/// How many paragraphs of one statement a colon's speaker carries over.
const STATEMENT_REACH: usize = 4;

impl Sieve<'_> {
    /// `Peskov said:` ending the previous sentence or paragraph.
    /// Also across paragraphs that go on with the statement: `Ruiz
    /// stated:` ¶ `"A…` ¶ `"B."`, each paragraph between opening with a
    /// double mark that nothing in it closes.
    pub(super) fn colon_intro(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        // Asked first, as only a quote opening its sentence can be
        // introduced: so only the few quotes opening a paragraph's first
        // sentence walk back over the paragraphs before, and the cost
        // stays linear however many quotes a paragraph holds.
        if !self.starts_sentence(p) {
            return None;
        }
        let mut prev = p.first_sentence.checked_sub(1)?;
        if parsed.sentences[prev].para != p.para {
            for _ in 0..STATEMENT_REACH {
                let para = parsed.sentences[prev].para;
                if !self.goes_on_with_a_statement(para as usize) {
                    break;
                }
                while parsed.sentences[prev].para == para {
                    prev = prev.checked_sub(1)?;
                }
            }
        }
        let sentence = &parsed.sentences[prev];
        let last = &parsed.tokens[sentence.end as usize - 1];
        if !last.is_punct(':') {
            return None;
        }
        parsed.clauses_in(prev, prev).rev().find(|&c| parsed.clauses[c].colon)
    }

    /// A paragraph of copy opening with a double mark that nothing in it
    /// closes: the multi-paragraph convention, one statement going on.
    fn goes_on_with_a_statement(&self, para: usize) -> bool {
        let para = &self.parsed.paragraphs[para];
        let words = para.span.of(self.text).trim_start();
        let open = |mark: char, close: char| words.strip_prefix(mark).is_some_and(|rest| !rest.contains(close));
        para.kind == crate::parse::ParagraphKind::Copy && (open('"', '"') || open('\u{201c}', '\u{201d}'))
    }

    /// `"…"` ¶ `— Peskov.`: the quote ends its paragraph and the next
    /// paragraph signs it; or a dash and a name follow it on its line
    /// (`“…” ― Ana Ruiz`).
    pub(super) fn signature(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let close = p.close?;
        let next = (close + 1..parsed.tokens.len()).find(|&i| !matches!(parsed.tokens[i].kind, TokenKind::Punct('.' | ',')))?;
        let sentence = parsed.sentence_at(parsed.tokens[next].span().start)?;
        let found = parsed.clauses_in(sentence, sentence).find(|&c| parsed.clauses[c].shape == ClauseShape::Signature)?;
        let para = parsed.tokens[next].para;
        let signs = parsed.clauses[found].tokens.0 as usize == next && (para == p.last_para + 1 || para == p.last_para);
        signs.then_some(found)
    }

    /// `"A," he said.` ¶ `"B."`: a quote opening a paragraph that has no clause
    /// of its own continues the speaker who ended the previous paragraph.
    pub(super) fn previous_paragraph_speaker(&self, links: &[QuoteLink], k: usize, p: Place) -> Option<(Speaker, Option<usize>)> {
        let parsed = self.parsed;
        let first_of_para = p.first_sentence == 0 || parsed.sentences[p.first_sentence - 1].para != p.para;
        if !first_of_para || !(self.starts_sentence(&p) || self.connective_colon(&p)) {
            return None;
        }
        let last_of_para = (p.first_sentence..parsed.sentences.len()).take_while(|&s| parsed.sentences[s].para == p.para).last().unwrap_or(p.first_sentence);
        let own_clause = !parsed.clauses_in(p.first_sentence, last_of_para).is_empty();
        if own_clause {
            return None;
        }
        // The previous paragraph of copy, skipping page furniture.
        let prev_sentence = (0..p.first_sentence).rev().find(|&s| {
            let para = &parsed.paragraphs[parsed.sentences[s].para as usize];
            para.kind == crate::parse::ParagraphKind::Copy
        })?;
        // A crowd or a class of people (`supporters`, `the delegates`) ending
        // a paragraph does not speak the next one: copy carries a named
        // voice across paragraphs, not a group's.
        // A group's quote inside a person's report (`Her friends mocked him,
        // calling him "a clown," Ruiz said.`) leaves the person's voice to run on.
        let not_group = |(s, _): &(Speaker, Option<usize>)| s.kind != MentionKind::Group;
        match self.speaker_of_sentence(links, k, prev_sentence) {
            Some(found) if not_group(&found) => Some(found),
            Some(_) => {
                let clauses = self.clauses;
                let person =
                    parsed.clauses_in(prev_sentence, prev_sentence).rev().find(|&c| clauses[c].effective().is_some_and(|s| s.kind == MentionKind::Person))?;
                Some((clauses[person].effective().cloned().expect("checked"), Some(person)))
            }
            None => None,
        }
    }

    /// `Then, a week later on the radio: "…"`: a sentence opened by a
    /// connective that sets a quote off with a colon and no verb.
    fn connective_colon(&self, p: &Place) -> bool {
        let parsed = self.parsed;
        let first = parsed.sentences[p.first_sentence].first as usize;
        let opener = &parsed.tokens[first];
        let colon = p.open.checked_sub(1).is_some_and(|i| i > first && parsed.tokens[i].is_punct(':'));
        colon && opener.is(class::GAP | class::TIME) && !opener.is(class::CUE | class::CONJUNCTION)
    }

    /// `The vote did not surprise the pollster Ann Holm: "…"`: a whole quote
    /// straight after a colon, in a sentence with no clause (a person
    /// subject before a colon is read as one: `Holm had an answer: "…"`),
    /// goes to the named person the colon follows as the object of a verb,
    /// not of a preposition (`belonged to Holm: "…"`, `a word for Holm`:
    /// said to her, if anything). Named as the `owner` pass's speakers are,
    /// once entities are known.
    pub(super) fn colon_someone(&self, q: &crate::parse::Quote, p: Place) -> Option<Mention> {
        let parsed = self.parsed;
        let colon = p.open.checked_sub(1).filter(|&i| parsed.tokens[i].is_punct(':'))?;
        let sentence = parsed.sentence_at(parsed.tokens[colon].span().start)?;
        if !q.opens_capitalised(self.text) || !parsed.clauses_in(sentence, sentence).is_empty() {
            return None;
        }
        let c = parsed.ctx(self.text, self.lex);
        let first = parsed.sentences[sentence].first as usize;
        let after_verb = |m: &Mention| {
            let before = (m.first_token as usize).checked_sub(1).filter(|&i| i >= first).map(|i| &parsed.tokens[i]);
            before.is_some_and(|t| t.is_word() && !t.is(class::PREPOSITION))
        };
        crate::parse::mentions::phrase_ending_at(c, first, colon).filter(|m| m.kind == MentionKind::Person && named_or_he_she(c, m) && after_verb(m))
    }

    /// `Ann Holm is unrepentant.` `"I would sail again."`: a whole quoted
    /// sentence standing alone, with no clause of its own, goes to the
    /// named person or `he`/`she` that is the subject of the sentence just
    /// before it (in its paragraph, or ending the paragraph above when the
    /// quote opens its own), when nothing else links it. Named as the
    /// `owner` pass's speakers are, once entities are known.
    pub(super) fn subject_before(&self, q: &crate::parse::Quote, p: Place) -> Option<Mention> {
        let parsed = self.parsed;
        let close = p.close.filter(|_| q.closed && p.last_para == p.para)?;
        let sentence_end = parsed.sentences[p.last_sentence].end as usize;
        let alone = parsed.tokens[close + 1..sentence_end.max(close + 1)].iter().all(|t| matches!(t.kind, TokenKind::Punct(_)));
        if !q.opens_capitalised(self.text) || !alone || !self.starts_sentence(&p) || !parsed.clauses_in(p.first_sentence, p.last_sentence).is_empty() {
            return None;
        }
        let prev = p.first_sentence.checked_sub(1)?;
        let para = parsed.sentences[prev].para;
        let copy = parsed.paragraphs[para as usize].kind == crate::parse::ParagraphKind::Copy;
        if !copy || para + 1 < p.para {
            return None;
        }
        let sentence = &parsed.sentences[prev];
        let c = parsed.ctx(self.text, self.lex);
        crate::parse::clauses::sentence_subject(c, sentence, sentence.end as usize).filter(|m| named_or_he_she(c, m))
    }
}

/// A named or titled person, or `he` or `she`: someone a reader takes a
/// quote that follows to be from; not an organisation, a group or `they`.
fn named_or_he_she(c: crate::parse::mentions::Ctx<'_>, m: &Mention) -> bool {
    match m.kind {
        MentionKind::Person => super::super::subject::someone(c, m),
        MentionKind::Pronoun => c.tokens[m.head as usize].is(class::HE | class::SHE) && !m.relative,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::links;

    #[test]
    fn a_dash_and_a_name_after_a_quote_sign_it() {
        let text = "Readers wrote in.\n\n“The ferry must run all winter.” — Lena Abt\n\n“Nobody asked us.” ― Tom Bell\n\n\"Raise the tolls.\"\n\n— Ana Ruiz.";
        let got = links(text);
        assert_eq!(got[0], ("signature", Some("Lena Abt".to_string())));
        assert_eq!(got[1].1, Some("Tom Bell".to_string()));
        assert_eq!(got[2], ("signature", Some("Ana Ruiz".to_string())));
    }

    #[test]
    fn a_paragraph_s_voice_is_its_outer_report_not_one_its_words_hold() {
        let text =
            "Ann Holm argued in a column that harbour pilots, who signed a letter, complained about the ferry.\n\n\"We will sail at dawn whatever the tolls.\"";
        assert_eq!(links(text), vec![("previous-paragraph", Some("Ann Holm".to_string()))]);
    }

    #[test]
    fn a_group_ending_a_paragraph_does_not_speak_the_next() {
        let text = "Ann Holm spoke on Monday. Many harbour pilots said the tolls were too high.\n\n\"We will sail at dawn whatever the tolls.\"";
        assert_eq!(links(text), vec![("none", None)]);
        let text = "Many harbour pilots met on Monday. Ann Holm said the tolls were too high.\n\n\"We will sail at dawn whatever the tolls.\"";
        assert_eq!(links(text), vec![("previous-paragraph", Some("Ann Holm".to_string()))]);
    }

    #[test]
    fn a_colon_s_speaker_carries_over_a_statement_of_several_paragraphs() {
        // Each paragraph between opens with a mark nothing in it closes,
        // and holds a quote of its own in curly marks.
        let text = "Dr. Ana Ruiz stated:\n\n\"The harbour board is not about \u{201c}Fair Tolls\u{201d} any more. It is about its own budget.\n\n\"The latest case is the \u{201c}Pier Fee,\u{201d} which nobody voted for.\n\n\"The answer is simple. Let the riders decide.\"\n";
        let got = links(text);
        assert_eq!(got.last(), Some(&("colon-intro", Some("Dr. Ana Ruiz".to_string()))));
        // A paragraph of narration between ends the statement.
        let text = "Dr. Ana Ruiz stated:\n\n\"The harbour board is not about \u{201c}Fair Tolls\u{201d} any more.\n\nThe board met on Monday and the pilots left early.\n\n\"The answer is simple. Let the riders decide.\"\n";
        assert_ne!(links(text).last().map(|l| l.0), Some("colon-intro"));
    }

    #[test]
    fn a_persons_report_over_a_groups_quote_runs_on() {
        let text = "Her neighbours have teased the skipper, calling him \"a stubborn mule,\" Lena Abt said as she tied the rope.\n\n\"But he is our stubborn mule, and we trust him!\"\n";
        assert_eq!(links(text)[1], ("previous-paragraph", Some("Lena Abt".to_string())));
        // With no person reporting over the group's quote, nobody runs on.
        let text = "Her neighbours have teased the skipper, calling him \"a stubborn mule,\" the crew said as they tied the rope.\n\n\"But he is our stubborn mule, and we trust him!\"\n";
        assert_eq!(links(text)[1], ("none", None));
    }

    #[test]
    fn a_connective_and_a_colon_opening_a_paragraph_carry_the_voice_above() {
        let text = "\"The pier is safe,\" Ines Okafor told the radio in May.\n\nThen, a week later on the radio: \"I never said the pier was safe.\"\n";
        assert_eq!(links(text)[1], ("previous-paragraph", Some("Ines Okafor".to_string())));
        // `And` opens the writer's own aside, no speaker's words.
        let text =
            "\"The pier is safe,\" Ines Okafor told the radio in May.\n\nAnd here is the new sign on the harbour gate: \"Pier closed until further notice.\"\n";
        assert_ne!(links(text)[1].0, "previous-paragraph");
    }

    #[test]
    fn a_quote_standing_alone_goes_to_the_subject_of_the_sentence_before() {
        let text = "The pier reopened.\n\nAnn Holm is unrepentant about the tolls. \"I would raise them again tomorrow.\"\n";
        assert_eq!(links(text), vec![("subject-before", Some("Ann Holm".to_string()))]);
        // Across a paragraph break too, and a `he` is named as its person.
        let text = "Tom Bell runs the ferry. Later he had one more query for the riders.\n\n\"Who will pay for the new pier?\"\n";
        assert_eq!(links(text), vec![("subject-before", Some("he".to_string()))]);
        let checked = crate::check_source(crate::source::Source::new("t.txt", text.to_string()), &crate::config::Config::default());
        assert_eq!(checked.attributed.quotes[0].speaker.as_ref().map(|s| s.name.as_str()), Some("Tom Bell"));
    }

    #[test]
    fn a_quote_not_standing_alone_or_after_a_thing_keeps_no_subject_before() {
        // A thing as the subject before says nothing of who spoke.
        let text = "The pier reopened on Sunday. \"Nobody will cross it without thinking of that night.\"\n";
        assert_eq!(links(text), vec![("none", None)]);
        // Words of the writer's after the quote: the sentence goes on.
        let text = "Ann Holm is unrepentant. \"I would raise them again\" sounds bold on the pier.\n";
        assert_ne!(links(text)[0].0, "subject-before");
        // A fragment in lower case is no sentence of the speaker's.
        let text = "Ann Holm is unrepentant. \"raise them again tomorrow and the day after.\"\n";
        assert_ne!(links(text)[0].0, "subject-before");
        // A group or `they` is not carried on.
        let text = "The pilots are unrepentant. \"We would strike again tomorrow.\"\n";
        assert_eq!(links(text), vec![("none", None)]);
    }

    #[test]
    fn a_quote_after_a_colon_goes_to_the_person_before_the_colon() {
        let text = "The ferry strike ended.\n\nThe vote did not surprise the harbour pollster Ann Holm: \"Riders always punish a strike at the ballot box.\"\n";
        assert_eq!(links(text), vec![("colon-someone", Some("the harbour pollster Ann Holm".to_string()))]);
        let text = "The ferry strike ended.\n\nThe result did not surprise Tom Bell: \"You kept the island going all winter.\"\n";
        assert_eq!(links(text), vec![("colon-someone", Some("Tom Bell".to_string()))]);
    }

    #[test]
    fn a_quote_after_a_colon_is_not_given_to_whom_it_is_said() {
        // After a preposition the person is the one spoken to.
        let text = "The ferry strike ended.\n\nThe whole evening belonged to Ann Holm: \"Pay us what you owe.\"\n";
        assert_eq!(links(text), vec![("none", None)]);
        // Nor is an organisation before the colon anyone's voice here.
        let text = "The ferry strike ended.\n\nThe result did not surprise the harbour board: \"Pay us what you owe.\"\n";
        assert_eq!(links(text), vec![("none", None)]);
    }
}
