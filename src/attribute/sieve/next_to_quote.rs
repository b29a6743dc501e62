//! The passes whose evidence stands right beside the quote: a clause
//! just after it (`clause-after`) or just before it (`clause-before`),
//! and the tests that keep a quote from a clause it only borders.

use super::{Place, Sieve};
use crate::parse::lexicon::{class, VerbForm};
use crate::parse::{ClauseShape, TokenKind};

impl Sieve<'_> {
    fn is_joiner(&self, i: usize) -> bool {
        let parsed = self.parsed;
        matches!(parsed.tokens[i].kind, TokenKind::Punct(',' | '\u{2014}' | '\u{2013}' | '-' | ':'))
    }

    /// `"…," Peskov said`: a clause starting right after the closing mark.
    pub(super) fn clause_after(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let close = p.close?;
        let mut at = close + 1;
        while at < parsed.tokens.len() && self.is_joiner(at) && at <= close + 2 {
            at += 1;
        }
        let t = parsed.tokens.get(at)?;
        if t.para != parsed.tokens[close].para {
            return None;
        }
        let sentence = parsed.sentence_at(t.span().start)?;
        let found = parsed.clauses_in(sentence, sentence).find(|&c| parsed.clauses[c].tokens.0 as usize == at)?;
        if self.modifies_next_word(p.open, close) || self.inside_fronted_phrase(p) {
            return None;
        }
        let clause = &parsed.clauses[found];
        // Across a full stop the clause must look back at the quote (`"Why?"
        // Ruiz asked.`), not open a new report of its own.
        let same_sentence = clause.sentence as usize == p.last_sentence;
        (same_sentence || (self.looks_back(clause) && !self.woven_before_own_report(clause, p))).then_some(found)
    }

    /// `Holm founded "Ferry Friends." Holm also said that …`: across a full
    /// stop, a clause with words of its own to report after its verb does
    /// not look back at a quote woven into the writer's sentence before it;
    /// a quote that is its own sentence (`"Why?" Holm asked, and said that
    /// …`) or set off by a colon (`Holm lobbies hard: "…" Holm says that …`)
    /// it still may.
    fn woven_before_own_report(&self, clause: &crate::parse::Clause, p: &Place) -> bool {
        let reports_after = clause.content.is_some_and(|s| !clause.content_before && s.start >= clause.cue.end);
        let set_off = p.open.checked_sub(1).is_some_and(|i| self.parsed.tokens[i].is_punct(':'));
        reports_after && !set_off && !self.starts_sentence(p)
    }

    /// `At a rally billed as "Tolls for All," Ruiz unveiled …`, `Walking
    /// in to chants of "Pier! Pier!" the mayor said …`: a quote inside a
    /// phrase opening its sentence (a preposition first, or a participle
    /// and a preposition straight before the quote), with no comma or mark
    /// to close that phrase before it, names something in the phrase; the
    /// clause after it is the sentence's own, not a report of the quote.
    fn inside_fronted_phrase(&self, p: &Place) -> bool {
        // A fronted phrase is short; a longer run before the quote is read no further.
        const FRONTED: usize = 24;
        let tokens = &self.parsed.tokens;
        let first = self.parsed.sentences[p.first_sentence].first as usize;
        if p.open <= first || p.open - first > FRONTED {
            return false;
        }
        let before = &tokens[first..p.open];
        let closed = before.iter().any(|t| matches!(t.kind, TokenKind::Punct(_)) || t.is_mark());
        let opener = &tokens[first];
        // Read by its ending too: the lexicon knows only verbs of report.
        let ing = opener.info().verb.is_some_and(|v| v.form == VerbForm::Ing) || (!opener.is(class::FUNCTION) && ends_in_ing(opener.span().of(self.text)));
        let participle = ing && tokens[p.open - 1].is(class::PREPOSITION);
        !closed && (opener.is(class::PREPOSITION) || participle)
    }

    /// `the "Dock Talk" host Ann Holm said`, `its "isolationist" plans, which
    /// …`, `"Dear Walter" letters that …`: a quote of three words or fewer
    /// with no punctuation inside its close or after it, straight before a
    /// lower-case word that is no pronoun, names or describes that word,
    /// and the clause that follows says nothing of it.
    fn modifies_next_word(&self, open: usize, close: usize) -> bool {
        const SHORT: usize = 3;
        let tokens = &self.parsed.tokens;
        let inner = &tokens[(open + 1).min(close)..close];
        let short = inner.iter().filter(|t| t.is_word()).count() <= SHORT;
        let bare = inner.last().is_some_and(|t| t.is_word());
        let next = tokens.get(close + 1).is_some_and(|t| t.is_word() && !t.cap() && !t.is(class::PRONOUN));
        short && bare && next
    }

    /// A clause that reports what came before it: inverted (`said Ruiz`),
    /// ending its sentence, or followed only by circumstances (`rhetorically`,
    /// `as she left`, `adding …`) rather than a report of its own.
    pub(super) fn looks_back(&self, clause: &crate::parse::Clause) -> bool {
        let (text, parsed) = (self.text, self.parsed);
        let sentence = &parsed.sentences[clause.sentence as usize];
        let next = parsed.tokens[clause.tokens.1 as usize..sentence.end as usize].iter().find(|t| t.is_word());
        let circumstance = |t: &crate::parse::Token| {
            t.is(class::CONJUNCTION | class::PREPOSITION | class::GAP | class::TIME)
                || (!t.cap() && t.span().of(text).ends_with("ly"))
                || t.info().verb.is_some_and(|v| v.form == VerbForm::Ing)
        };
        // `"Why?" Ruiz asked, looking up.`: a comma straight after the verb
        // leaves the clause nothing of its own to report.
        let comma_after = parsed.tokens.get(clause.tokens.1 as usize).is_some_and(|t| t.is_punct(','));
        clause.shape == ClauseShape::Inverted || comma_after || next.is_none_or(circumstance)
    }

    /// `Holm joked, "…"`, `Holm joked, again in her stage voice, "…"`: the
    /// opening mark of the quote a clause introduces after a comma or colon,
    /// and at most a short aside.
    pub(super) fn quote_opened_by(&self, clause: usize) -> Option<usize> {
        const ASIDE: usize = 10;
        let tokens = &self.parsed.tokens;
        let end = self.parsed.clauses[clause].tokens.1 as usize;
        if !tokens.get(end).is_some_and(|t| t.is_punct(',') || t.is_punct(':')) {
            return None;
        }
        let open = (end + 1..tokens.len().min(end + 2 + ASIDE)).take_while(|&k| !tokens[k].is_punct('.')).find(|&k| tokens[k].is_mark())?;
        let introduced = matches!(tokens[open].kind, TokenKind::OpenQuote) && (tokens[open - 1].is_punct(',') || tokens[open - 1].is_punct(':'));
        introduced.then_some(open)
    }

    /// `Peskov said: "…"`: a clause ending right before the opening mark.
    pub(super) fn clause_before(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let mut at = p.open;
        while at > 0 && self.is_joiner(at - 1) && p.open - at < 2 {
            at -= 1;
        }
        let sentence = parsed.sentence_at(parsed.tokens[at.saturating_sub(1)].span().start)?;
        let adjacent = parsed
            .clauses_in(sentence.saturating_sub(1), sentence)
            .rev()
            .find(|&c| parsed.clauses[c].tokens.1 as usize == at && parsed.tokens[at.saturating_sub(1)].para == p.para);
        adjacent.or_else(|| self.clause_before_colon(p)).or_else(|| self.clause_before_aside(p))
    }

    /// `Holm joked, again in her stage voice, "…"`: a clause of the
    /// quote's sentence, and a short aside between it and the quote.
    fn clause_before_aside(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        parsed.clauses_in(p.first_sentence, p.first_sentence).rev().find(|&c| self.quote_opened_by(c) == Some(p.open))
    }

    /// `Kelly answered sharply, with a grin: "…"`: a colon opening the quote
    /// after a clause of the same sentence whose words run on to it.
    fn clause_before_colon(&self, p: &Place) -> Option<usize> {
        let parsed = self.parsed;
        let colon = p.open.checked_sub(1).filter(|&i| parsed.tokens[i].is_punct(':') && parsed.tokens[i].para == p.para)?;
        let sentence = parsed.sentence_at(parsed.tokens[colon].span().start)?;
        let last = parsed.clauses_in(sentence, sentence).rev().find(|&c| (parsed.clauses[c].tokens.1 as usize) <= colon)?;
        (self.clauses[last].effective().is_some()).then_some(last)
    }
}

/// `Walking`, `WAITING`: a word ending in -ing, in any case, read
/// without a lower-case copy.
fn ends_in_ing(word: &str) -> bool {
    word.len() >= 3 && word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"ing")
}

#[cfg(test)]
mod tests {
    use super::super::testing::links;

    #[test]
    fn a_quote_between_two_reports_goes_to_the_one_before_when_the_next_opens_its_own() {
        let text = "When a deckhand shouted, \"Tolls!\" Holm joked, with a wave, \"Not today.\" \"Never,\" Ruiz said, \"on my watch.\"";
        let got = links(text);
        assert_eq!(got[0], ("clause-before", Some("a deckhand".to_string())));
        assert_eq!(got[1], ("clause-before", Some("Holm".to_string())));
        // An interrupted quote has no clause before it: the one after keeps it.
        assert_eq!(got[2], ("clause-after", Some("Ruiz".to_string())));
    }

    #[test]
    fn a_short_quote_running_into_a_noun_is_not_the_next_clause_s() {
        let text = "Harbour pilots mailed \"Dear Skipper\" notes that called the tolls unfair.";
        assert_ne!(links(text)[0].0, "clause-after");
        // A pronoun after the quote still speaks it.
        let text = "The talks would come \"down the line\" he warned on Monday.";
        assert_eq!(links(text)[0], ("clause-after", Some("he".to_string())));
    }

    #[test]
    fn a_quote_inside_a_fronted_phrase_is_not_the_next_clause_s() {
        let text = "At a rally billed as \"Tolls for All,\" Ruiz unveiled a plan to cut ferry fares.";
        assert_ne!(links(text)[0].0, "clause-after");
        let text = "Walking in to chants of \"Pier! Pier!\" the mayor said the fares would fall.";
        assert_ne!(links(text)[0].0, "clause-after");
        // A comma closes the phrase: the quote is the clause's words.
        let text = "In past years, \"we paid far too much,\" Ruiz said.";
        assert_eq!(links(text)[0], ("clause-after", Some("Ruiz".to_string())));
        // A subject and verb before the quote are no fronted phrase.
        let text = "The new tolls are \"a fair deal for the crews,\" Ruiz said.";
        assert_eq!(links(text)[0], ("clause-after", Some("Ruiz".to_string())));
    }

    #[test]
    fn a_report_of_its_own_after_a_full_stop_does_not_take_a_woven_quote() {
        let text = "Years ago Holm was the founder of \"Ferry Friends.\" Holm also said that the pier needed paint.";
        assert_eq!(links(text)[0].0, "none");
        // A quote that is its own sentence, or set off by a colon, it still takes.
        let text = "The ferry ran late again.\n\n\"Nobody should wait a week for a crossing.\" Holm also said that the tolls must fall.";
        assert_eq!(links(text)[0], ("clause-after", Some("Holm".to_string())));
        let text = "Island by island, Holm lobbies for lower tolls: \"Nobody should wait a week for a crossing.\" Holm says that the tolls must fall.";
        assert_eq!(links(text)[0], ("clause-after", Some("Holm".to_string())));
        // A clause with nothing of its own to report looks back as before.
        let text = "Years ago Holm was the founder of \"Ferry Friends.\" Holm said on Monday.";
        assert_eq!(links(text)[0], ("clause-after", Some("Holm".to_string())));
    }
    #[test]
    fn a_sound_or_a_reprisal_right_after_a_quote_reports_it() {
        // `blare`, `riff`, `beam` and `retaliate` are speech only there.
        let text = "\"Sunk!\" blared a headline in the Harbour Gazette.";
        assert_eq!(links(text)[0], ("clause-after", Some("a headline".to_string())));
        let text = "\"Fares are up,\" the mayor riffed on the council report.";
        assert_eq!(links(text)[0], ("clause-after", Some("the mayor".to_string())));
        let text = "\"The ferry will sail,\" Okafor retaliated.";
        assert_eq!(links(text)[0], ("clause-after", Some("Okafor".to_string())));
        // Elsewhere they report nothing: the sirens are no speaker.
        let text = "The sirens blared all night. \"We could not sleep.\"";
        assert_eq!(links(text)[0], ("none", None));
        let text = "The pilots retaliated with a strike. \"We had no choice.\"";
        assert_eq!(links(text)[0], ("none", None));
    }
}
