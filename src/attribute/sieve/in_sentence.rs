//! The passes whose evidence lies elsewhere in the quote's sentence: an
//! `according to` closing it, a report whose words hold the quote
//! (`content`), a clause of speech reporting back after a comma
//! (`trailing-clause`), the sentence's only clause (`same-sentence`).

use super::{same_speaker, Place, Sieve};
use crate::parse::lexicon::{class, VerbClass};
use crate::parse::{ClauseShape, Quote, TokenKind};

impl Sieve<'_> {
    /// `Ruiz defends her record: "…," the mayor says`, `The vote signals
    /// "the end" for the pier, said Ruiz`: a belief or stance before the
    /// quote, and a clause of speech of the quote's sentence after it that
    /// reports back; the words are the speaker's, not the stance's.
    pub(super) fn speech_over_belief(&self, believed: Option<usize>, after: Option<usize>, p: &Place) -> Option<(&'static str, usize)> {
        believed.filter(|&c| self.believes(c))?;
        // Across a full stop, the next sentence's clause is its own report.
        let after = after.filter(|&c| self.parsed.clauses[c].sentence as usize == p.last_sentence);
        after.map(|c| ("clause-after", c)).or_else(|| self.trailing_speech(p).map(|c| ("trailing-clause", c)))
    }

    /// `"Higher tolls" would be fine, Holm said after the vote.`, `"A big wave"
    /// hit the pier, he said, and …`, `"Settled," councilmember Dan Ortiz
    /// said`: a clause of speech later in the quote's sentence, set off by a
    /// comma (a lower-case title or two may stand before its speaker), that
    /// looks back, reports the words before it, the quote among them.
    pub(super) fn trailing_speech(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let close = p.close?;
        parsed.clauses_in(p.last_sentence, p.last_sentence).find(|&i| {
            let clause = &parsed.clauses[i];
            let speech = clause.verb.is_some_and(|v| v.class == VerbClass::Speech);
            // Cheap tests first: a sentence of many quotes and clauses asks this of each pair.
            speech
                && clause.tokens.0 as usize > close
                && self.clauses[i].effective().is_some()
                && self.set_off_by_comma(clause.tokens.0 as usize)
                && self.quote_opened_by(i).is_none()
                && (self.looks_back(clause) || self.circumstances_after(clause))
        })
    }

    /// `…, she said in a recorded message to the council.`: from the cue to
    /// the sentence's end only a setting (a preposition, time or adverb
    /// first, and no report, `that`, relative, quote or comma).
    fn circumstances_after(&self, clause: &crate::parse::Clause) -> bool {
        let (text, parsed) = (self.text, self.parsed);
        let from = parsed.token_at(clause.cue.end);
        let end = parsed.sentences[clause.sentence as usize].end as usize;
        // A setting is a short phrase; a longer tail is read no further.
        const SETTING: usize = 16;
        let rest = &parsed.tokens[from.min(end)..end];
        if rest.len() > SETTING {
            return false;
        }
        let mut words = rest.iter().filter(|t| t.is_word());
        let setting = words.clone().next().is_some_and(|t| t.is(class::PREPOSITION | class::TIME) || (!t.cap() && t.span().of(text).ends_with("ly")));
        let reports = words.any(|t| t.is(class::CUE | class::RELATIVE) || t.span().of(text).eq_ignore_ascii_case("that"));
        let marks = rest.iter().any(|t| t.is_mark() || t.is_punct(','));
        setting && !reports && !marks
    }

    /// A comma, or a quote closing on one, just before token `start` or
    /// before at most two lower-case words that are no verbs (`…, harbour
    /// pilot Ann Holm said`).
    fn set_off_by_comma(&self, start: usize) -> bool {
        let tokens = &self.parsed.tokens;
        let describing =
            |t: &crate::parse::Token| t.is_word() && !t.cap() && t.info().verb.is_none() && !t.is(class::FUNCTION | class::DETERMINER | class::TIME);
        let at = (start.saturating_sub(2)..start).rev().take_while(|&k| describing(&tokens[k])).last().unwrap_or(start);
        // `…, as the harbour master suggested`: a comparison set off likewise.
        let at = if at >= 2 && tokens[at - 1].span().of(self.text).eq_ignore_ascii_case("as") && tokens[at - 2].is_punct(',') { at - 1 } else { at };
        let Some(prev) = at.checked_sub(1).map(|k| &tokens[k]) else { return false };
        let comma_in_quote = matches!(prev.kind, TokenKind::CloseQuote) && at >= 2 && tokens[at - 2].is_punct(',');
        prev.is_punct(',') || comma_in_quote
    }

    /// `"…," Ware said, according to the Courier.`: an `according to` that
    /// closes the sentence is the source of every quote before it, words
    /// describing its source included (`according to a transcript released
    /// by the campaign`), so long as no other report follows it.
    pub(super) fn according_to_closing(&self, q: &Quote, p: &Place) -> Option<usize> {
        let (parsed, clauses) = (self.parsed, self.clauses);
        let mut in_sentence = parsed.clauses_in(p.last_sentence, p.last_sentence);
        let last = in_sentence.next_back()?;
        let c = &parsed.clauses[last];
        (c.shape == ClauseShape::According && c.cue.start >= q.span.end && clauses[last].effective().is_some()).then_some(last)
    }

    /// A clause of the quote's sentence whose reported content holds the quote;
    /// the outermost one when clauses nest (`Trump said Clinton called him a
    /// "liar"` is Trump's report; so is `Clinton called him a "liar", Trump
    /// said`), as news attribution is usually read.
    /// A report whose words run over an absolute phrase holding the quote
    /// (`The board defended the tolls, with Okafor telling reporters it was
    /// "…"`) does not speak it: the phrase has a speaker of its own. Nor
    /// does a relative clause on the speaker of another holder.
    pub(super) fn content_holding(&self, q: &Quote, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let holders: Vec<usize> = parsed.clauses_in(p.first_sentence, p.last_sentence).filter(|&i| self.holds(i, q)).collect();
        let cut = |h: usize| holders.iter().any(|&a| a != h && ((self.absolute(a) && self.reports(h, a)) || self.relative_on(h, a)));
        let open: Vec<usize> = holders.iter().copied().filter(|&h| !cut(h)).collect();
        open.iter().copied().find(|&h| !open.iter().any(|&o| o != h && self.reports(o, h)))
    }

    /// `Okafor, who backs the plan, said …`: clause `i` is a relative
    /// clause on clause `main`'s speaker, and its words end before that
    /// speaker's verb, however far the parse runs them.
    fn relative_on(&self, i: usize, main: usize) -> bool {
        let clauses = &self.parsed.clauses;
        let antecedent = clauses[i].source.and_then(|m| m.antecedent);
        antecedent.is_some_and(|a| clauses[main].source.is_some_and(|m| m.span.overlaps(a)) && clauses[main].cue.start > clauses[i].cue.end)
    }

    /// `with Okafor telling reporters …`: a participle whose own speaker
    /// follows `with`.
    fn absolute(&self, i: usize) -> bool {
        let parsed = self.parsed;
        let clause = &parsed.clauses[i];
        let Some(source) = clause.source.filter(|_| clause.shape == ClauseShape::Participle) else { return false };
        let before = (source.first_token as usize).checked_sub(1).map(|k| &parsed.tokens[k]);
        before.is_some_and(|t| parsed.ctx(self.text, self.lex).is_word(t, "with"))
    }

    /// Two clauses whose words hold each other (`Although he says he "…,"
    /// he also accuses it …`, read both ways) have no outermost; when
    /// nothing else in the sentence speaks, the one whose verb comes before
    /// the quote is read first.
    pub(super) fn crossed_holder(&self, q: &Quote, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        parsed.clauses_in(p.first_sentence, p.last_sentence).filter(|&i| self.holds(i, q) && parsed.clauses[i].cue.end <= q.span.start).last()
    }

    /// Clause `i` names a speaker and its reported words hold quote `q`.
    fn holds(&self, i: usize, q: &Quote) -> bool {
        self.clauses[i].effective().is_some() && self.parsed.clauses[i].content.is_some_and(|s| s.start <= q.span.start + 3 && q.span.end <= s.end + 3)
    }

    /// `Ruiz said: "…"`, `Ruiz said, "…"`: clause `b` opens the quote
    /// itself with a colon or comma, a direct quote of its own, and is
    /// neither a thing's words (`a sign which read, "…"`) nor inside an
    /// `according to` that sources the whole sentence.
    pub(super) fn introduces(&self, b: usize, h: usize, p: &Place) -> bool {
        let (text, parsed) = (self.text, self.parsed);
        let end = parsed.clauses[b].tokens.1 as usize;
        let opens = end + 1 == p.open && parsed.tokens.get(end).is_some_and(|t| t.is_punct(':') || t.is_punct(','));
        let thing = parsed.clauses[b].source.is_some_and(|m| ["which", "that"].iter().any(|w| m.span.of(text).eq_ignore_ascii_case(w)));
        opens && !thing && parsed.clauses[h].shape != ClauseShape::According
    }

    /// Clause `i`'s verb is one of belief, stance or evidence (`hoped`,
    /// `wants`, `shows`) rather than of speech (`said`, `called`).
    pub(super) fn believes(&self, i: usize) -> bool {
        self.parsed.clauses[i].verb.is_some_and(|v| v.class != VerbClass::Speech)
    }

    /// Another speaker's clause stands between clause `c`'s cue and quote
    /// `q`: the quote went to the outer report over a rival.
    pub(super) fn rival_between(&self, c: usize, q: &Quote) -> bool {
        let (parsed, clauses) = (self.parsed, self.clauses);
        let clause = &parsed.clauses[c];
        let Some(speaker) = clauses[c].effective() else { return false };
        parsed.clauses_in(clause.sentence as usize, clause.sentence as usize).any(|i| {
            let cue = parsed.clauses[i].cue;
            cue.start > clause.cue.end && cue.end <= q.span.start && clauses[i].effective().is_some_and(|o| !same_speaker(o, speaker))
        })
    }

    /// Clause `outer`'s reported words hold clause `inner`'s cue.
    pub(super) fn reports(&self, outer: usize, inner: usize) -> bool {
        let clauses = &self.parsed.clauses;
        clauses[outer].content.is_some_and(|s| s.contains(clauses[inner].cue))
    }

    /// The one clause with a speaker in the quote's sentence, if there is exactly one.
    pub(super) fn only_clause(&self, p: &Place) -> Option<usize> {
        let (parsed, clauses) = (self.parsed, self.clauses);
        let mut found = parsed.clauses_in(p.first_sentence, p.last_sentence).filter(|&i| clauses[i].effective().is_some());
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{confidences, links};

    #[test]
    fn crossed_reports_give_the_quote_to_the_verb_before_it() {
        let text = "The mayor has not always praised the port. Although he says he \"admires the crews,\" he also blames them for delays.";
        assert_eq!(links(text), vec![("content", Some("he".to_string()))]);
    }

    #[test]
    fn an_outer_report_still_outranks_the_one_it_holds() {
        let text = "Ruiz said the mayor called the plan \"a mistake\" on Monday.";
        assert_eq!(links(text), vec![("content", Some("Ruiz".to_string()))]);
    }

    #[test]
    fn a_clause_of_speech_after_a_comma_reports_back_over_its_sentence() {
        let text = "The vote was close.\n\n\"Higher tolls\" would be fine, Ann Holm said after the vote. \"Settled,\" councilmember Dan Ortiz said of it.";
        assert_eq!(links(text), vec![("trailing-clause", Some("Ann Holm".to_string())), ("trailing-clause", Some("Dan Ortiz".to_string()))]);
        let text = "The vote was close.\n\nCrews had \"made real gains\" yet in the talks for pilots, she said in a recorded message to the council. The port is a \"regional\" hub, as the harbour master suggested after the vote.";
        assert_eq!(links(text), vec![("trailing-clause", Some("she".to_string())), ("trailing-clause", Some("the harbour master".to_string()))]);
        // Not a clause that opens its own quote, nor one after `and`.
        let text =
            "The vote was close.\n\nIn his \"harbour plan,\" a memo from May, he wrote, \"We sail.\" A \"tough\" winter came, and Holm said the tolls rose.";
        assert_eq!(links(text)[0], ("none", None));
        assert_eq!(links(text)[2], ("none", None));
    }

    #[test]
    fn a_clause_opening_the_quote_outranks_a_report_running_over_it() {
        // The first report's words run on over the second clause; the
        // colon and comma mark the quote as the second speaker's own.
        let text = "Holm said the pier might do better with \"fewer boats,\" Ruiz said: \"I do not like what she said, not at all.\"";
        assert_eq!(links(text)[1], ("clause-before", Some("Ruiz".to_string())));
        // Not inside an `according to` that sources its whole sentence.
        let text = "According to the Gazette, one pier sign read, \"Mind the gap at every tide today.\"";
        assert_eq!(links(text), vec![("content", Some("the Gazette".to_string()))]);
    }

    #[test]
    fn a_clause_of_speech_reporting_back_outranks_a_stance_before_the_quote() {
        let text = "Ruiz defends her record in a new advert on island radio: \"We will keep every boat sailing,\" the mayor says to the camera.";
        assert_eq!(links(text), vec![("clause-after", Some("the mayor".to_string()))]);
        let text = "Ruiz defends her record in a new advert: \"We will keep every boat sailing\" all winter, the mayor says to the camera.";
        assert_eq!(links(text), vec![("trailing-clause", Some("the mayor".to_string()))]);
        // With no clause of speech after it, the stance keeps the quote.
        let text = "Ruiz defends her record in a new advert on island radio: \"We will keep every boat sailing.\"";
        assert_eq!(links(text), vec![("clause-before", Some("Ruiz".to_string()))]);
    }

    #[test]
    fn an_absolute_phrase_inside_a_report_speaks_its_own_quote() {
        let text = "The harbour board defended the tolls on Monday, with Marta Okafor telling reporters the plan was \"a quiet disaster for the pilots.\"";
        assert_eq!(links(text), vec![("content", Some("Marta Okafor".to_string()))]);
        // Without `with`, the outer report keeps the quote.
        let text = "Ruiz said the mayor called the plan \"a mistake\" on Monday.";
        assert_eq!(links(text), vec![("content", Some("Ruiz".to_string()))]);
    }

    #[test]
    fn a_relative_clause_on_the_speaker_does_not_report_the_speaker_s_words() {
        let text = "Marta Okafor, who has backed the mayor, said the pilots were \"far too slow\" on Monday.";
        assert_eq!(links(text), vec![("content", Some("Marta Okafor".to_string()))]);
        assert!(confidences(text)[0] > 0.9, "{:?}", confidences(text));
    }

    #[test]
    fn a_belief_leaves_the_quote_to_the_clause_that_speaks_it() {
        let text = "The city hoped to shed what Ruiz called \"a stale image\" before the games.";
        assert_eq!(links(text), vec![("clause-before", Some("Ruiz".to_string()))]);
    }
}
