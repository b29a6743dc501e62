//! The passes whose evidence crosses a paragraph break: a clause ending
//! the sentence before in a colon (`colon-intro`), a signature
//! (`signature`), the voice ending the previous paragraph
//! (`previous-paragraph`).

use super::super::{QuoteLink, Speaker};
use super::{Place, Sieve};
use crate::parse::{ClauseShape, MentionKind, TokenKind};

impl Sieve<'_> {
    /// `Peskov said:` ending the previous sentence or paragraph.
    pub(super) fn colon_intro(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let prev = p.first_sentence.checked_sub(1)?;
        let sentence = &parsed.sentences[prev];
        let last = &parsed.tokens[sentence.end as usize - 1];
        if !last.is_punct(':') || !self.starts_sentence(p) {
            return None;
        }
        parsed.clauses_in(prev, prev).rev().find(|&c| parsed.clauses[c].colon)
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
        if !first_of_para || !self.starts_sentence(&p) {
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
        self.speaker_of_sentence(links, k, prev_sentence).filter(|(s, _)| s.kind != MentionKind::Group)
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
}
