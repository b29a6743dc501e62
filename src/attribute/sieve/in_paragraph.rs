//! The passes whose evidence lies in an earlier sentence of the quote's
//! paragraph, or in the next quote: `quote-run`, `paragraph`,
//! `running-on`.

use super::super::{QuoteLink, Speaker};
use super::confidence::relative_cap;
use super::{Place, Sieve};
use crate::parse::lexicon::{class, VerbClass, VerbForm};
use crate::parse::{ClauseShape, MentionKind, TokenKind};

/// How many sentences back within a paragraph a speaker carries.
const PARAGRAPH_REACH: usize = 3;

impl Sieve<'_> {
    /// The quote opens its sentence, or follows only a connective and a
    /// comma (`Instead, "…"`, `Then, "…"`), or a participle of speech with
    /// no subject (`Adding, "…"`).
    pub(super) fn starts_sentence(&self, p: &Place) -> bool {
        let parsed = self.parsed;
        let first = parsed.sentences[p.first_sentence].first as usize;
        let connective = |t: &crate::parse::Token| t.is(class::GAP | class::CONJUNCTION | class::TIME) || t.span().of(self.text).ends_with("ly");
        // `But, "…"` and `But "…"` open the sentence with the quote too.
        first == p.open
            || (first + 1 == p.open && connective(&parsed.tokens[first]))
            || (first + 2 == p.open && connective(&parsed.tokens[first]) && parsed.tokens[first + 1].is_punct(','))
            || (first + 2 == p.open && speech_participle(&parsed.tokens[first]) && [',', ':'].iter().any(|&c| parsed.tokens[first + 1].is_punct(c)))
    }

    /// `"A." "B," he said.`: the next quote of the paragraph follows with only
    /// quotes between, and has a speaker from its own clause.
    pub(super) fn quote_run(&self, links: &[QuoteLink], k: usize) -> Option<usize> {
        let parsed = self.parsed;
        let p = self.place(k)?;
        let close = p.close?;
        let next = k + 1;
        let np = self.place(next)?;
        let between_is_empty = (close + 1..np.open).all(|i| matches!(parsed.tokens[i].kind, TokenKind::Punct(_)));
        let same_para = np.para == p.last_para;
        let anchored = links[next].clause.is_some() && matches!(links[next].pass, "clause-after" | "clause-before");
        (between_is_empty && same_para && anchored && self.starts_sentence(&p)).then_some(next)
    }

    /// The speaker of the previous sentence in the paragraph: its last linked
    /// quote, or its last clause.
    pub(super) fn previous_sentence_speaker(&self, links: &[QuoteLink], k: usize, p: Place) -> Option<(Speaker, Option<usize>)> {
        let parsed = self.parsed;
        if !self.starts_sentence(&p) {
            return None;
        }
        // The nearest earlier sentence of the paragraph that has a speaker.
        (p.first_sentence.saturating_sub(PARAGRAPH_REACH)..p.first_sentence)
            .rev()
            .take_while(|&s| parsed.sentences[s].para == p.para)
            .find_map(|s| self.speaker_of_sentence(links, k, s))
    }

    /// `Holm said the pier was safe. That makes it "the best in the
    /// region."`: a quote inside a sentence that has no clause at all goes
    /// on in the voice of the sentence just before it in the paragraph.
    pub(super) fn speaker_running_on(&self, links: &[QuoteLink], k: usize, p: Place) -> Option<(Speaker, Option<usize>)> {
        let parsed = self.parsed;
        let before = p.first_sentence.checked_sub(1).filter(|&s| parsed.sentences[s].para == p.para)?;
        if !parsed.clauses_in(p.first_sentence, p.last_sentence).is_empty() {
            return None;
        }
        // A person's voice runs on; a thing's words (`a sign that read`) do not.
        let person = |s: &Speaker| s.kind == MentionKind::Person && relative_cap(s.mention.of(self.text)).is_none();
        // Only words of speech run on (`said`, `according to`), not a
        // memory or a deed (`remembers`, `was charged`).
        let speech = |c: &Option<usize>| {
            c.is_some_and(|c| parsed.clauses[c].shape == ClauseShape::According || parsed.clauses[c].verb.is_some_and(|v| v.class == VerbClass::Speech))
        };
        self.speaker_of_sentence(links, k, before).filter(|(s, c)| person(s) && speech(c))
    }

    pub(super) fn speaker_of_sentence(&self, links: &[QuoteLink], k: usize, sentence: usize) -> Option<(Speaker, Option<usize>)> {
        let (parsed, clauses) = (self.parsed, self.clauses);
        let from_quote = (0..k)
            .rev()
            .take_while(|&j| self.place(j).is_none_or(|pl| pl.last_sentence >= sentence))
            .find(|&j| self.place(j).is_some_and(|pl| pl.last_sentence == sentence) && links[j].speaker.is_some())
            .map(|j| (links[j].speaker.as_deref().cloned().expect("checked"), links[j].clause));
        from_quote.or_else(|| {
            // The last few clauses of the sentence: a sentence of thousands
            // of clauses costs no more per quote.
            const LAST_CLAUSES: usize = 8;
            let speaking = || parsed.clauses_in(sentence, sentence).rev().filter(|&i| clauses[i].effective().is_some()).take(LAST_CLAUSES);
            // `Ruiz wrote that the pilots she backs have signed …`: the voice
            // that runs on is the report's, not the one its words hold.
            // A relative clause (`a pilot who sailed for years, said …`)
            // ends before the verb its words seem to run over.
            let relative = |o: usize| parsed.clauses[o].source.is_some_and(|m| m.relative);
            let outer = speaking().find(|&i| !speaking().any(|o| o != i && !relative(o) && self.reports(o, i)));
            let i = outer.or_else(|| speaking().next())?;
            Some((clauses[i].effective().cloned().expect("checked"), Some(i)))
        })
    }
}

/// `Adding, "…"`, `Noting: "…"`: a sentence opened by a participle of a
/// verb of speech and a comma or colon goes on in the voice before it,
/// which the participle's missing subject stands for.
fn speech_participle(t: &crate::parse::Token) -> bool {
    t.is(class::CUE) && t.info().verb.is_some_and(|v| v.class == VerbClass::Speech && v.form == VerbForm::Ing)
}

#[cfg(test)]
mod tests {
    use super::super::testing::links;

    #[test]
    fn a_quote_after_but_continues_the_last_speaker() {
        let text = "\"We need no help,\" Ruiz said at the pier. But \"the mayor's backing makes us stronger.\"";
        assert_eq!(links(text)[1], ("paragraph", Some("Ruiz".to_string())));
    }

    #[test]
    fn a_quote_after_a_participle_of_speech_continues_the_last_speaker() {
        let text = "Okafor said the audit \"was not good.\" Adding, \"Now we wait for the board to decide.\"";
        assert_eq!(links(text)[1], ("paragraph", Some("Okafor".to_string())));
        let text = "Okafor said the audit \"was not good.\" Noting: \"Now we wait for the board to decide.\"";
        assert_eq!(links(text)[1], ("paragraph", Some("Okafor".to_string())));
    }

    #[test]
    fn a_quote_in_a_sentence_with_no_clause_runs_on_in_the_voice_before_it() {
        let text = "The tolls rose again.\n\nAnn Holm said the pier was safe. That makes it \"the best harbour in the whole region by far\" for the pilots.";
        assert_eq!(links(text), vec![("running-on", Some("Ann Holm".to_string()))]);
        // Not a thing's words, nor across a paragraph.
        let text = "The tolls rose again.\n\nA pier sign that read \"Welcome\" was stolen. That makes it \"the best harbour in the whole region by far\" for the pilots.";
        assert_eq!(links(text)[1], ("none", None));
        let text = "Ann Holm said the pier was safe.\n\nThat makes it \"the best harbour in the whole region by far\" for the pilots.";
        assert_eq!(links(text), vec![("none", None)]);
        // Nor a deed or a memory (`remembers`) rather than words.
        let text = "The tolls rose again.\n\nAnn Holm remembers the old pier. That makes it \"the best harbour in the whole region by far\" for the pilots.";
        assert_eq!(links(text), vec![("none", None)]);
    }
}
